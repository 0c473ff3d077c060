/**
 * Quick fixes write only right sentences (issue "Everyday use", item 2): every fix of every contradiction in the
 * corpus and the blind batches is applied, and the fixed text is read again, with the shipped lexicon. A fix is
 * right when the fixed sentence raises no contradiction and still makes a claim the lexicon curates between the
 * same two entries (checked here apart from the service's own check, through the claim it reads).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { curatedService, loadBlindBatches, loadCorpus, type LabelledClaim } from '../helpers/claimsCorpus';
import { MECHANISM_CONTRADICTION } from '../../server/src/service';

const service = curatedService();
let documents = 0;

function contradictions(text: string, format: LabelledClaim['format']) {
  const document = { uri: `fixes-${documents++}.${format === 'latex' ? 'tex' : 'md'}`, languageId: format, version: 1, getText: () => text };
  const found = service.provideDiagnostics(document).filter((d) => d.code === MECHANISM_CONTRADICTION);
  service.forget(document.uri);
  return found;
}

function applied(text: string, edits: readonly { start: number; end: number; newText: string }[]): string {
  let out = text;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.newText + out.slice(edit.end);
  return out;
}

test('every mechanism fix in the corpus and the blind batches writes a sentence that is read as right', () => {
  const items = [...loadCorpus(), ...loadBlindBatches().flatMap((batch) => batch.claims)];
  let flagged = 0;
  let fixed = 0;
  for (const item of items) {
    const before = contradictions(item.text, item.format);
    for (const diagnostic of before) {
      flagged++;
      for (const fix of diagnostic.fixes.filter((f) => !f.title.startsWith('Disable BioLex'))) {
        fixed++;
        const text = applied(item.text, fix.edits);
        assert.notEqual(text, item.text, `${item.id}: "${fix.title}" changes nothing`);
        // The fixed claim is gone from the findings (another claim of the sentence may still be wrong), and no
        // new one appears where it was.
        const after = contradictions(text, item.format);
        assert.ok(after.length < before.length, `${item.id}: "${fix.title}" leaves "${text}" with ${after.map((d) => d.message).join(' | ')}`);
        assert.ok(!after.some((d) => d.start === diagnostic.start && d.message === diagnostic.message), `${item.id}: "${fix.title}" leaves the same contradiction`);
      }
    }
  }
  assert.ok(flagged > 300, `${flagged} contradictions flagged`);
  assert.ok(fixed > 150, `${fixed} fixes checked`);
});

test('a fix that would leave the sentence saying nothing right is not offered', () => {
  const [diagnostic] = contradictions('Ferroportin imports iron into the cell.', 'markdown');
  const titles = diagnostic!.fixes.map((f) => f.title);
  assert.ok(titles.includes('Replace "imports" with "exports" and "into" with "out of"'), titles.join(' | '));
  for (const fix of diagnostic!.fixes) assert.notEqual(applied('Ferroportin imports iron into the cell.', fix.edits), 'Ferroportin exports iron into the cell.');
  // Read again, "exports … into the cell" says the other way round within itself: no claim, so no fix of that kind.
  assert.deepEqual(contradictions('Ferroportin exports iron into the cell.', 'markdown'), []);
});

test('a fix whose mended word a relative clause then speaks of, wrongly, is not offered', () => {
  // "The p53-dependent decrease of SLC7A11, which enhances cystine import" makes the decrease raise the import:
  // a new contradiction, judged as p53's (what caused the loss), which the fix check must see as new.
  const text = 'The p53-dependent induction of SLC7A11, which enhances cystine import, explains it.';
  const [diagnostic] = contradictions(text, 'markdown');
  assert.ok(diagnostic);
  assert.deepEqual(diagnostic.fixes.filter((f) => !f.title.startsWith('Disable BioLex')).map((f) => f.title), []);
});

test('a process called a kind of one it is distinct from is fixed to "distinct from", from the article to the object', () => {
  const text = 'Ferroptosis is best regarded as an iron-accelerated subtype of apoptosis.';
  const [diagnostic] = contradictions(text, 'markdown');
  const fix = diagnostic!.fixes.find((f) => !f.title.startsWith('Disable BioLex'));
  assert.equal(fix?.title, 'Replace "an iron-accelerated subtype of" with "distinct from"');
  assert.equal(applied(text, fix!.edits), 'Ferroptosis is best regarded as distinct from apoptosis.');
});
