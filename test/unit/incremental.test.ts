/** Re-reading only the changed block must give exactly what a full analysis gives. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyzeDocument, type Analysis } from '../../server/src/service/analysis';
import { updateAnalysis } from '../../server/src/service/incremental';
import { TermMatcher, loadLexicon } from '../../server/src/service';
import { testLexiconFiles } from '../helpers/lexicon';
import { expandSourceMap } from '../../server/src/service/markup/prose';

const matcher = TermMatcher.fromEntries(loadLexicon(testLexiconFiles()).lexicon.entries.values());

function doc(text: string, languageId: string, version: number): { uri: string; languageId: string; version: number; getText(): string } {
  return { uri: 'memory://incremental', languageId, version, getText: () => text };
}

function comparable(analysis: Analysis): unknown {
  const { sourceStart, sourceEnd } = expandSourceMap(analysis.prose);
  return {
    text: analysis.prose.text,
    starts: Array.from(sourceStart),
    ends: Array.from(sourceEnd),
    mentions: analysis.mentions.map((m) => [m.start, m.end, analysis.source.slice(m.start, m.end), m.id, m.proseStart, m.proseEnd]),
  };
}

const WORDS = ['GPX4', 'erastin', 'ferroptosis', 'lipid peroxidation', 'IFN-γ', 'CD8⁺ T cells', 'Tregs', 'the', 'cells', 'inhibits', 'and', 'of', 'FSP1', 'ATM', 'ROS', 'robot', 'x', 'TF', 'TF', 'transferrin (TF)', 'lipoxygenase', '(LOX)', 'LOX'];
const MD_MARKUP = ['*', '**', '`', '$^+$', '[', '](u)', '<!-- c -->', '# ', '- ', '> ', '\\', '|', '$', '&amp;', '[@k]', '\n', '\n\n', '```\n'];
const TEX_MARKUP = ['\\emph{', '}', '{', '$', '$^+$', '\\cite{k}', '%', '\\\\', '~', '--', '\\section{', '\n', '\n\n', '\\begin{itemize}', '\\end{itemize}', '\\item '];

function documents(markup: string[]): fc.Arbitrary<string> {
  const piece = fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...WORDS) }, { weight: 2, arbitrary: fc.constantFrom(...markup) }, { weight: 1, arbitrary: fc.constantFrom(' ', '. ', ', ') });
  return fc.array(piece, { minLength: 1, maxLength: 80 }).map((pieces) => pieces.join(' '));
}

const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 6 }), insert: fc.oneof(fc.constantFrom('', 'x', 'GPX4', ' ', 'erastin ', 'T', '-', '\n', '\n\n', '*', '$', '{', '}', 'gamma', 'IFN'), fc.string({ maxLength: 4 })) });

for (const [name, languageId, markup] of [['Markdown', 'markdown', MD_MARKUP], ['LaTeX', 'latex', TEX_MARKUP]] as const) {
  test(`${name}: an incremental update equals a full analysis`, () => {
    let incremental = 0;
    fc.assert(
      fc.property(documents([...markup]), fc.array(edit, { minLength: 1, maxLength: 4 }), (text, edits) => {
        let previous = analyzeDocument(doc(text, languageId, 1), matcher);
        let current = text;
        edits.forEach(({ at, remove, insert }, k) => {
          const position = at % (current.length + 1);
          current = current.slice(0, position) + insert + current.slice(position + remove);
          const next = doc(current, languageId, k + 2);
          const updated = updateAnalysis(previous, next, matcher);
          const full = analyzeDocument(next, matcher);
          if (updated) {
            incremental++;
            assert.deepEqual(comparable(updated), comparable(full), JSON.stringify({ before: previous.source, after: current }));
          }
          previous = updated ?? full;
        });
      }),
      { seed: Number(process.env.INCREMENTAL_SEED ?? 20261126), numRuns: Number(process.env.INCREMENTAL_RUNS ?? 400) },
    );
    assert.ok(incremental > 100, `only ${incremental} edits took the incremental path`);
  });
}

test('Enter within a paragraph, or joining its lines, re-reads one block', () => {
  for (const [languageId, paragraph] of [
    ['markdown', 'Erastin depletes GSH, and GPX4\nthen fails in CD8⁺ T cells.\n\n'],
    ['latex', 'Erastin depletes GSH, and \\emph{GPX4}\nthen fails in CD8$^+$ T cells.\n\n'],
  ] as const) {
    const text = paragraph.repeat(500);
    let previous = analyzeDocument(doc(text, languageId, 1), matcher);
    const at = text.indexOf('GSH, and', text.length / 2) + 4;
    const edits = [text.slice(0, at) + '\n' + text.slice(at + 1), text];
    edits.forEach((edited, k) => {
      const updated = updateAnalysis(previous, doc(edited, languageId, k + 2), matcher)!;
      assert.ok(updated?.edit, `${languageId}: took the incremental path`);
      assert.deepEqual(comparable(updated), comparable(analyzeDocument(doc(edited, languageId, k + 2), matcher)));
      previous = updated;
    });
  }
});

test('a one-character edit in a long document re-reads one block', () => {
  const paragraph = 'Erastin depletes GSH, and GPX4 then fails in CD8⁺ T cells.\n\n';
  const text = paragraph.repeat(2000);
  const first = analyzeDocument(doc(text, 'markdown', 1), matcher);
  const at = text.length / 2 + 3;
  const edited = text.slice(0, at) + 'x' + text.slice(at);
  const updated = updateAnalysis(first, doc(edited, 'markdown', 2), matcher)!;
  assert.ok(updated.edit, 'took the incremental path');
  assert.ok(updated.edit.oldEnd - updated.edit.start < paragraph.length, 'one block');
  assert.deepEqual(comparable(updated), comparable(analyzeDocument(doc(edited, 'markdown', 2), matcher)));
});

test('short forms count as the document defines them: a block that defines none is re-read alone, one that does is not', () => {
  const text = 'Transferrin (TF) carries iron.\n\nTF binds its receptor.\n\nLOX oxidizes lipids.\n';
  const first = analyzeDocument(doc(text, 'markdown', 1), matcher);
  assert.equal(updateAnalysis(first, doc(text.replace('carries', 'moves'), 'markdown', 2), matcher), undefined);
  for (const [from, to] of [['binds', 'bound'], ['LOX oxidizes', 'TF oxidizes'], ['receptor', 'receptor and lipoxygenase']] as const) {
    const edited = doc(text.replace(from, to), 'markdown', 2);
    const updated = updateAnalysis(first, edited, matcher);
    assert.ok(updated, `${from} → ${to}: re-read alone`);
    assert.deepEqual(comparable(updated), comparable(analyzeDocument(edited, matcher)), `${from} → ${to}`);
  }
  // The block defines a short form that another block uses: the whole document is read again.
  assert.equal(updateAnalysis(first, doc(text.replace('LOX oxidizes lipids.', 'Lipoxygenase (LOX) oxidizes lipids.'), 'markdown', 2), matcher), undefined);
});

for (const variant of ['', 'inline directive present', 'a short form defined in the document', 'a bibliography read (uncited claims)'] as const) {
  const withDirective = variant === 'inline directive present';
  const withDefinition = variant.startsWith('a short form');
  const withBibliography = variant.startsWith('a bibliography');
  test(`diagnostics after an edit equal those of a fresh full check${variant ? `, ${variant}` : ''}`, async () => {
    const { curatedService } = await import('../helpers/claimsCorpus');
    const bibliographies = withBibliography ? { locate: () => ({ id: 'refs.bib', stamp: '1' }), read: () => '@article{other, title = {Other}}\n' } : undefined;
    const live = curatedService({ bibliographies });
    const fresh = curatedService({ bibliographies });
    // Paragraphs over several lines, so that an edit moves the line starts after it within its own paragraph.
    const paragraphs = [
      'In these cells, as we saw,\nFSP1 promotes ferroptosis in these cells.\nThat was all.',
      'GPX4 suppresses ferroptosis.',
      'We also found\nthat erastin directly inhibits GPX4.',
      'Ferroportin imports iron.\nRSL3 inhibits GPX4.',
    ];
    const directive = withDirective ? ['<!-- biolex-disable-next-line -->\nFSP1 promotes ferroptosis.'] : [];
    // "TF" counts only where the document defines it: an edit to the definition re-reads the whole document
    // (and reuses the claims of the sentences it left as they were); other edits, one block.
    if (withDefinition) paragraphs.push('Transferrin (TF) carries iron, and TF imports iron.');
    const frontMatter = withBibliography ? ['---\nbibliography: refs.bib\n---'] : [];
    let text = [...frontMatter, ...directive, ...Array.from({ length: 60 }, (_, i) => paragraphs[i % paragraphs.length])].join('\n\n');
    const view = (ds: { start: number; end: number; message: string; fixes: readonly { edits: readonly { start: number; end: number; newText: string }[] }[] }[]) =>
      ds.map((d) => [d.start, d.end, d.message, d.fixes.map((f) => f.edits)]);
    live.provideDiagnostics({ uri: 'memory://live', languageId: 'markdown', version: 1, getText: () => text });
    const edits: [string, string][] = [
      ['as we saw', 'as we saw before'], ['promotes', 'suppresses'], ['GPX4 suppresses', 'GPX4 promotes'], ['imports', 'exports'],
      ['We also found', 'We found'], ['directly', 'indirectly'], ['RSL3 inhibits', 'RSL3 activates'],
      ['cells, as we saw', 'cells,\nas we saw'], ['that erastin', 'that\nerastin'], ['found\nthat', 'found that'],
      ...(withDefinition ? ([['Transferrin (TF) carries', 'Transferrin (TF) moves'], ['(TF) moves', 'moves']] as [string, string][]) : []),
    ];
    let version = 1;
    for (const [from, to] of edits) {
      const at = text.indexOf(from, text.length / 2);
      text = text.slice(0, at) + to + text.slice(at + from.length);
      version++;
      const incremental = live.provideDiagnostics({ uri: 'memory://live', languageId: 'markdown', version, getText: () => text });
      const edit = live.analyze({ uri: 'memory://live', languageId: 'markdown', version, getText: () => text }).edit;
      const definitionEdit = from.includes('(TF)');
      assert.equal(edit === undefined, definitionEdit, definitionEdit ? 'read the whole document again' : 'took the incremental path');
      const full = fresh.provideDiagnostics({ uri: `memory://fresh${version}`, languageId: 'markdown', version, getText: () => text });
      assert.deepEqual(view(incremental), view(full), `${from} → ${to}`);
      if (withBibliography) assert.ok(incremental.some((d) => d.code === 'uncited-claim'), 'uncited claims are among those compared');
    }
  });
}

test('a directive typed into a comment, or a comment opened in front of one, takes effect on the next check', async () => {
  const { curatedService } = await import('../helpers/claimsCorpus');
  const service = curatedService();
  const cases: [string, string, string, string][] = [
    ['markdown', 'Intro.\n\nAs a note <!-- b -->\nFSP1 promotes ferroptosis.\n\nGPX4 suppresses ferroptosis.\n', '<!-- b', '<!-- biolex-disable-next-line'],
    ['markdown', 'Intro.\n\nAs a note  biolex-disable-next-line -->\nFSP1 promotes ferroptosis.\n', '  biolex', ' <!-- biolex'],
    ['latex', 'Intro.\n\nAs a note % b\nFSP1 promotes ferroptosis.\n', '% b', '% biolex-disable-next-line'],
    ['latex', 'Intro.\n\nAs a note biolex-disable-next-line\nFSP1 promotes ferroptosis.\n', ' biolex', ' % biolex'],
  ];
  for (const [languageId, before, from, to] of cases) {
    const uri = `memory://typed-${from.length}.${languageId}`;
    assert.equal(service.provideDiagnostics({ uri, languageId, version: 1, getText: () => before }).length, 1, `${languageId}: ${before}`);
    const after = before.replace(from, to);
    assert.deepEqual(service.provideDiagnostics({ uri, languageId, version: 2, getText: () => after }), [], `${languageId}: ${after}`);
  }
});

test('a new version with the same text is an empty edit of the one before', async () => {
  const { curatedService } = await import('../helpers/claimsCorpus');
  const service = curatedService();
  const text = 'FSP1 promotes ferroptosis.\n\nGPX4 suppresses ferroptosis.\n';
  const first = service.provideDiagnostics({ uri: 'memory://same', languageId: 'markdown', version: 1, getText: () => text });
  const again = { uri: 'memory://same', languageId: 'markdown', version: 2, getText: () => text };
  assert.deepEqual(service.provideDiagnostics(again), first);
  assert.deepEqual(service.analyze(again).edit, { previousVersion: 1, start: 0, oldEnd: 0, newEnd: 0, proseStart: 0, oldProseEnd: 0, newProseEnd: 0 });
});
