/** Mechanism diagnostics: ranges, messages, fixes and inline control, on in-memory documents. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { curatedService } from '../helpers/claimsCorpus';
import { DiagnosticSeverity, type BiolexDiagnostic } from '../../server/src/service';

const service = curatedService();
let version = 0;

function check(text: string, languageId = 'markdown', severity?: DiagnosticSeverity): BiolexDiagnostic[] {
  return service.provideDiagnostics({ uri: `memory://d${++version}`, languageId, version: 1, getText: () => text }, severity ? { severity } : undefined);
}

function applyFix(text: string, diagnostic: BiolexDiagnostic, index = 0): string {
  let out = text;
  for (const edit of [...diagnostic.fixes[index]!.edits].sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.newText + out.slice(edit.end);
  return out;
}

test('a contradiction covers the claim, states the curated relation with its references and links a DOI', () => {
  const text = 'We found that FSP1 promotes ferroptosis.';
  const [d] = check(text);
  assert.equal(text.slice(d!.start, d!.end), 'FSP1 promotes ferroptosis');
  assert.equal(d!.code, 'mechanism-contradiction');
  assert.equal(d!.severity, DiagnosticSeverity.Warning);
  assert.match(d!.message, /suppresses ferroptosis.*\[\d+(, \d+|–\d+)*\]\. Read as: FSP1 promotes ferroptosis\.$/);
  assert.match(d!.href!, /^https:\/\/doi\.org\/10\./);
  assert.ok(d!.related.some((r) => r.location.file.endsWith('relations.yaml')));
});

const fixes: [string, string, string, string?][] = [
  ['verb', 'FSP1 promotes ferroptosis.', 'FSP1 suppresses ferroptosis.'],
  ['capitalized verb in a passive', 'Ferroptosis is promoted by FSP1.', 'Ferroptosis is suppressed by FSP1.'],
  ['directness', 'Erastin directly inhibits GPX4.', 'Erastin indirectly inhibits GPX4.'],
  ['transport', 'Ferroportin imports iron.', 'Ferroportin exports iron.'],
  ['verb with a preposition', 'ACSL4 knockout sensitizes cells to ferroptosis.', 'ACSL4 knockout protects cells against ferroptosis.'],
  ['protects → sensitizes', 'Erastin protects tumour cells from ferroptosis.', 'Erastin sensitizes tumour cells to ferroptosis.'],
  ['action noun after "-mediated"', 'Erastin-mediated GSH accumulation protected GPX4.', 'Erastin-mediated GSH decrease protected GPX4.'],
  ['direction of a transport verb', 'Ferroportin transports iron into the cell.', 'Ferroportin transports iron out of the cell.'],
  ['a second verb whose object is "its"', 'RSL3 binds GPX4 and enhances its activity.', 'RSL3 binds GPX4 and inhibits its activity.'],
  ['negation of a curated fact', 'GPX4 does not suppress ferroptosis.', 'GPX4 suppresses ferroptosis.'],
  ['contracted negation', "RSL3 doesn't inhibit GPX4.", 'RSL3 inhibits GPX4.'],
  ['contracted negation, typographic apostrophe', 'Erastin didn’t inhibit system Xc⁻.', 'Erastin inhibited system Xc⁻.'],
  ['adjective of state', 'ACSL4-knockout cells were more sensitive to ferroptosis.', 'ACSL4-knockout cells were more resistant to ferroptosis.'],
  ['adjective of need', 'Iron is dispensable for ferroptosis.', 'Iron is required for ferroptosis.'],
  ['adjective after a causative', 'FSP1 overexpression made the cells Susceptible to ferroptosis.', 'FSP1 overexpression made the cells Resistant to ferroptosis.'],
  ['LaTeX markup inside the claim', '\\emph{FSP1} promotes ferroptosis~\\cite{x}.', '\\emph{FSP1} suppresses ferroptosis~\\cite{x}.', 'latex'],
  ['the place of a protein', 'FSP1 is anchored to the inner mitochondrial membrane.', 'FSP1 is anchored to the plasma membrane.'],
  ['the place of a protein, named by an adjective', 'DHODH, a plasma-membrane CoQ10 reductase, limits ferroptosis.', 'DHODH, an inner-mitochondrial-membrane CoQ10 reductase, limits ferroptosis.'],
  ['the place of a protein, named by an adjective after "an"', 'FSP1 is an ER-resident oxidoreductase.', 'FSP1 is a plasma-membrane oxidoreductase.'],
  ['the place of a protein, capitalized', 'In DHODH-low cells, FSP1 resides in Mitochondria.', 'In DHODH-low cells, FSP1 resides in the plasma membrane.'],
];
for (const [name, before, after, language] of fixes) {
  test(`the preferred fix rewrites the claim: ${name}`, () => {
    const [d] = check(before, language);
    assert.ok(d, `no diagnostic for ${before}`);
    assert.equal(d.fixes[0]!.preferred, true);
    const fixed = applyFix(before, d);
    assert.equal(fixed, after);
    assert.deepEqual(check(fixed, language), []);
  });
}

test('a wrong part of a complex is flagged with the curated composition and offers no rewrite', () => {
  const [d] = check('System Xc⁻, a heterodimer of SLC7A11 and ferroportin, imports cystine.');
  assert.ok(d);
  assert.match(d.message, /^Not what this complex is made of in the curated literature: .*SLC3A2/);
  assert.match(d.message, /Read as: System Xc⁻ is made of ferroportin/);
  assert.ok(d.fixes.every((fix) => !fix.preferred));
});

test('a verb of transport takes its direction from the place after it', () => {
  const text = 'Ferroportin pumps iron from the plasma into hepatocytes.';
  const [d] = check(text);
  assert.equal(text.slice(d!.start, d!.end), 'Ferroportin pumps iron from the plasma');
  assert.match(d!.message, /exports/);
  // From the blood is import, but "out of" would not fix it: no rewrite is offered, only the disable fixes.
  assert.ok(d!.fixes.every((fix) => !fix.preferred));
  for (const correct of [
    'Ferroportin transports iron out of enterocytes into the blood.',
    'SLC7A11 transports cystine into cells in exchange for glutamate.',
    'Ferroportin does not transport iron into cells.',
  ]) {
    assert.deepEqual(check(correct).map((x) => x.message), [], correct);
  }
  // An organelle is neither the inside nor the outside of the cell: no direction, no claim.
  assert.deepEqual(check('Ferroportin transports iron into mitochondria.'), []);
});

test('a causative gives the state of its object to its subject: "X made (the) cells sensitive to…"', () => {
  for (const text of ['FSP1 overexpression made these cells even more sensitive to ferroptosis.', 'ACSL4-knockout cells were rendered sensitive to ferroptosis.']) {
    assert.equal(check(text).length, 1, text);
  }
  for (const text of ['GPX4 inhibition rendered tumour cells sensitive to ferroptosis.', 'FSP1 renders cells resistant to ferroptosis.', 'ACSL4 loss made the cells resistant to ferroptosis.']) {
    assert.deepEqual(check(text).map((d) => d.message), [], text);
  }
});

test('"its" after a second verb stands for the first verb\'s object, and a directness word counts for both', () => {
  const text = 'Erastin binds GPX4 directly and blocks its catalytic site in vitro.';
  const ranges = check(text).map((d) => text.slice(d.start, d.end));
  assert.ok(ranges.includes('Erastin binds GPX4 directly and blocks its catalytic site'), ranges.join(' | '));
  // Without "directly", the inhibition may be indirect, which is right; the binding alone is wrong.
  const indirect = 'Erastin binds GPX4 and blocks its catalytic site.';
  assert.deepEqual(check(indirect).map((d) => indirect.slice(d.start, d.end)), ['Erastin binds GPX4']);
  assert.deepEqual(check('RSL3 binds GPX4 covalently and blocks its catalytic selenocysteine.'), []);
});

test('"These cells" are the modified cells of the sentence before, in the same paragraph, when they are one kind', () => {
  const made = 'We generated ACSL4-knockout HT-1080 cells by CRISPR.';
  const [d] = check(`${made} These cells were more sensitive to ferroptosis.`);
  assert.match(d!.message, /ACSL4/);
  assert.ok(d!.related.some((r) => r.message === 'Lexicon entry: ACSL4'));
  for (const text of [
    `${made} These cells were resistant to ferroptosis.`,
    `${made}\n\nThese cells were more sensitive to ferroptosis.`,
    'We compared ACSL4-knockout and FSP1-knockout cells. These cells were more sensitive to ferroptosis.',
    'These cells were more sensitive to ferroptosis.',
  ]) {
    assert.deepEqual(check(text).map((x) => x.message), [], text);
  }
});

test('a sentence that comes again is fixed where it stands, every word of the fix included', () => {
  // The second is read from the claim cache: every range it carries must move with it.
  const sentence = 'ACSL4 knockout sensitizes cells to ferroptosis.';
  const text = `${sentence}\n\nWe cultured HT-1080 cells for two weeks.\n\n${sentence}\n`;
  const diagnostics = check(text);
  assert.equal(diagnostics.length, 2);
  const fixed = 'ACSL4 knockout protects cells against ferroptosis.';
  assert.equal(applyFix(text, diagnostics[1]!), `${sentence}\n\nWe cultured HT-1080 cells for two weeks.\n\n${fixed}\n`);
  assert.equal(applyFix(text, diagnostics[0]!), `${fixed}\n\nWe cultured HT-1080 cells for two weeks.\n\n${sentence}\n`);
});

test('correct, negated-contradiction, hedged-correct and question sentences are left alone', () => {
  for (const text of [
    'GPX4 suppresses ferroptosis.',
    'FSP1 does not promote ferroptosis.',
    'RSL3 may inhibit GPX4.',
    'Does FSP1 promote ferroptosis?',
    'Whether FSP1 promotes ferroptosis remains unclear.',
    'Unlike FSP1, ACSL4 promotes ferroptosis.',
    'p53 promotes ferroptosis.',
    'Dixon et al. showed that erastin inhibits system Xc-.',
  ]) {
    assert.deepEqual(check(text).map((d) => d.message), [], text);
  }
});

test('a nominal claim takes its object after the verb\'s preposition, and "of" names who is protected', () => {
  const text = 'CD36-mediated protection of CD8⁺ T cells from ferroptosis preserved their function.';
  const [d] = check(text);
  assert.equal(text.slice(d!.start, d!.end), 'CD36-mediated protection of CD8⁺ T cells from ferroptosis');
  assert.match(d!.message, /CD36 drives ferroptosis/);
  assert.deepEqual(check('FSP1-mediated protection against ferroptosis requires CoQ10.'), []);
  assert.deepEqual(check('The contribution of ACSL4 to ferroptosis is well established.'), []);
});

test('a nominal claim reported as not seen states nothing; one reported as seen does', () => {
  for (const text of [
    'FSP1-induced ferroptosis was not observed in HT-1080 cells.',
    'NCOA4-mediated ferritin accumulation could not be detected.',
    'Protection of tumour cells against ferroptosis by ACSL4 did not occur.',
    'NCOA4-mediated ferritin accumulation was absent.',
  ]) {
    assert.deepEqual(check(text).map((d) => d.message), [], text);
  }
  assert.equal(check('FSP1-induced ferroptosis was observed in HT-1080 cells.').length, 1);
  assert.equal(check('NCOA4-mediated ferritin accumulation was not sufficient to protect the cells.').length, 1);
});

test('a "sentence" past 2,000 characters or 64 mentions is a list or a table, not a claim, and is not read', () => {
  const flagged = (text: string): string[] => check(text).map((d) => text.slice(d.start, d.end));
  assert.deepEqual(flagged(`FSP1 promotes ferroptosis${' in cells'.repeat(10)}.`), ['FSP1 promotes ferroptosis']);
  assert.deepEqual(flagged(`FSP1 promotes ferroptosis${' in cells'.repeat(230)}.`), []);
  const listing = (n: number): string => `Cells expressing ${'GPX4, '.repeat(n)}FSP1 and ACSL4 showed that FSP1 promotes ferroptosis.`;
  assert.deepEqual(flagged(listing(30)), ['FSP1 promotes ferroptosis']);
  assert.deepEqual(flagged(listing(70)), []);
});

test('a hedged contradiction is still a claim', () => {
  assert.equal(check('FSP1 may promote ferroptosis.').length, 1);
});

test('inline control: next line, region, and both markups', () => {
  assert.equal(check('<!-- biolex-disable-next-line -->\nFSP1 promotes ferroptosis.').length, 0);
  assert.equal(check('<!-- biolex-disable-next-line -->\n\nFSP1 promotes ferroptosis.').length, 1);
  assert.equal(check('<!-- biolex-disable -->\nFSP1 promotes ferroptosis.\n<!-- biolex-enable -->\nFSP1 promotes ferroptosis.').length, 1);
  assert.equal(check('% biolex-disable-next-line\nFSP1 promotes ferroptosis.', 'latex').length, 0);
  assert.equal(check('% biolex-disable\nFSP1 promotes ferroptosis.\n\nACSL4 suppresses ferroptosis.', 'latex').length, 0);
  assert.equal(check('50\\% biolex-disable\nFSP1 promotes ferroptosis.', 'latex').length, 1, 'an escaped percent sign is no comment');
});

test('the disable fixes insert the directive of the document\'s markup', () => {
  const md = 'Intro.\n\n  FSP1 promotes ferroptosis.';
  const [d] = check(md);
  assert.equal(applyFix(md, d!, 1), 'Intro.\n\n  <!-- biolex-disable-next-line -->\n  FSP1 promotes ferroptosis.');
  assert.equal(check(applyFix(md, d!, 1)).length, 0);
  const tex = 'FSP1 promotes ferroptosis.';
  const [t] = check(tex, 'latex');
  assert.equal(applyFix(tex, t!, 2), '% biolex-disable\nFSP1 promotes ferroptosis.');
});

test('severity follows the option', () => {
  assert.equal(check('FSP1 promotes ferroptosis.', 'markdown', DiagnosticSeverity.Error)[0]!.severity, DiagnosticSeverity.Error);
});

test('re-checks while typing keep no earlier version of the document alive', async () => {
  const { setFlagsFromString } = await import('node:v8');
  const { runInNewContext } = await import('node:vm');
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  const typing = curatedService();
  const paragraphs = Array.from({ length: 5000 }, (_, i) => `In cohort ${i}, FSP1 suppresses ferroptosis and GPX4 reduces lipid peroxides.`);
  const uri = 'memory://typing';
  const at = paragraphs.slice(0, 2500).join('\n\n').length + 12;
  const base = paragraphs.join('\n\n');
  const versionOf = (v: number): string => `${base.slice(0, at)}${'x'.repeat(v)} ${base.slice(at)}`;
  typing.provideDiagnostics({ uri, languageId: 'markdown', version: 1, getText: () => versionOf(1) });
  gc();
  const before = process.memoryUsage().heapUsed;
  for (let v = 2; v <= 100; v++) {
    const text = versionOf(v);
    const diagnostics = typing.provideDiagnostics({ uri, languageId: 'markdown', version: v, getText: () => text });
    assert.equal(diagnostics.length, 0);
  }
  gc();
  // Each version's text is 0.4 MB: a cache that kept a piece of each would hold about 40 MB.
  const grown = (process.memoryUsage().heapUsed - before) / 1e6;
  assert.ok(grown < 8, `the heap grew by ${grown.toFixed(1)} MB over 99 edits`);
});
