/** Hover on citations and the unknown-citation diagnostics, over in-memory documents and .bib files. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createBiolexService, parseBibliography, type BibliographyReader, type BiolexDiagnostic, type BiolexService, type QuickFix } from '../../server/src/service';
import { resolve } from 'node:path';
import { doc, testLexiconFiles } from '../helpers/lexicon';
import { readLexiconDirectory } from '../../server/src/node/lexiconFiles';

const REFERENCES = String.raw`@article{dixon2012,
  title = {Ferroptosis: an iron-dependent form of nonapoptotic cell death},
  author = {Dixon, Scott J. and Lemberg, Kathryn M. and Lamprecht, Michael R. and Skouta, Rachid},
  journal = {Cell}, year = {2012}, doi = {10.1016/j.cell.2012.03.042}}
@article{Yang2014, title = {Regulation of ferroptotic cancer cell death by {GPX4}}, author = {Yang, Wan Seok and Stockwell, Brent R.}, journal = {Cell}, year = {2014}}
`;

/** .bib files in memory, by name; `stamps` lets a test say that a file changed. */
function memoryReader(files: Record<string, string>, reads: string[] = []): BibliographyReader {
  return {
    locate: (_uri, path) => (path in files ? { id: path, stamp: String(files[path]!.length) } : { missing: `no file ${path}` }),
    read: (id) => {
      reads.push(id);
      return files[id]!;
    },
  };
}

function serviceWith(files: Record<string, string>, reads?: string[]): BiolexService {
  return createBiolexService({ lexiconFiles: testLexiconFiles(), bibliographies: memoryReader(files, reads) });
}

const FRONT_MATTER = '---\nbibliography: refs.bib\n---\n';

test('hover on a cited key: title first, authors (three, then et al.), journal, year and a DOI link', () => {
  const service = serviceWith({ 'refs.bib': REFERENCES });
  const d = doc(`${FRONT_MATTER}Cells die [@dix|on2012].`);
  const hover = service.provideHover(d, d.cursor)!;
  const lines = hover.contents.split('\n').filter((line) => line !== '');
  assert.deepEqual(lines, [
    '**Ferroptosis\\: an iron\\-dependent form of nonapoptotic cell death**',
    'Scott J\\. Dixon, Kathryn M\\. Lemberg, Michael R\\. Lamprecht et al\\.',
    '*Cell* (2012)',
    '[doi:10\\.1016/j\\.cell\\.2012\\.03\\.042](https://doi.org/10.1016/j.cell.2012.03.042)',
  ]);
  assert.equal(d.getText().slice(hover.start, hover.end), 'dixon2012');
});

test('hover on a LaTeX citation, and on a key the bibliography lacks', () => {
  const service = serviceWith({ 'refs.bib': REFERENCES });
  const tex = doc('\\documentclass{article}\\begin{document}\nAs \\citep[p.~3]{dixon2012, Yang|2014} shows.\n\\bibliography{refs}\\end{document}', 'latex');
  assert.match(service.provideHover(tex, tex.cursor)!.contents, /^\*\*Regulation of ferroptotic cancer cell death by GPX4\*\*\n\nWan Seok Yang, Brent R\\\. Stockwell\n\n\*Cell\* \(2014\)$/);
  const missing = doc(`${FRONT_MATTER}See @nob|ody2020.`);
  assert.match(service.provideHover(missing, missing.cursor)!.contents, /`nobody2020` is not in the bibliography \(refs\\\.bib\)/);
});

test('a hover on an entity still works beside citations', () => {
  const service = serviceWith({ 'refs.bib': REFERENCES });
  const d = doc(`${FRONT_MATTER}GP|X4 [@dixon2012].`);
  assert.match(service.provideHover(d, d.cursor)!.contents, /^\*\*GPX4\*\*/);
});

test('unknown-citation on each key not in the bibliography, with "Change to" for near keys', () => {
  const service = serviceWith({ 'refs.bib': REFERENCES });
  const d = doc(`${FRONT_MATTER}Known [@dixon2012], a typo [@dixon2021], a case slip @yang2014, unknown [@smith1999].`);
  const found = service.provideDiagnostics(d).filter((x) => x.code === 'unknown-citation');
  const text = d.getText();
  assert.deepEqual(found.map((x) => text.slice(x.start, x.end)), ['dixon2021', 'yang2014', 'smith1999']);
  assert.ok(found.every((x) => x.severity === 'warning'));
  assert.equal(found[0]!.message, 'The citation key "dixon2021" is not in the bibliography (refs.bib). Did you mean "dixon2012"?');
  assert.equal(found[2]!.message, 'The citation key "smith1999" is not in the bibliography (refs.bib).');
  assert.deepEqual(found.map((x) => x.fixes.map((f) => f.title)), [['Change to dixon2012'], ['Change to Yang2014'], []]);
  const [edit] = found[0]!.fixes[0]!.edits;
  assert.deepEqual(edit, { start: found[0]!.start, end: found[0]!.end, newText: 'dixon2012' });
});

test('no unknown-citation without a declared bibliography', () => {
  const service = serviceWith({ 'refs.bib': REFERENCES });
  assert.deepEqual(service.provideDiagnostics(doc('Cited [@anything2020] and \\cite{x}.')), []);
  assert.deepEqual(service.provideDiagnostics(doc('As \\cite{anything} shows.', 'latex')), []);
});

test('a missing bibliography: one diagnostic on its declaration, and no unknown keys', () => {
  const service = serviceWith({});
  const d = doc(`${FRONT_MATTER}Cited [@dixon2012].`);
  const found = service.provideDiagnostics(d);
  assert.deepEqual(found.map((x) => [x.code, d.getText().slice(x.start, x.end)]), [['bibliography-not-found', 'refs.bib']]);
  assert.match(found[0]!.message, /The bibliography refs\.bib was not found \(no file refs\.bib\)/);
});

test('one bibliography missing, another read: its keys still count', () => {
  const service = serviceWith({ 'refs.bib': REFERENCES });
  const d = doc('\\bibliography{gone,refs}\nAs \\cite{dixon2012,nope}.', 'latex');
  assert.deepEqual(service.provideDiagnostics(d).map((x) => [x.code, d.getText().slice(x.start, x.end)]), [
    ['bibliography-not-found', 'gone'],
    ['unknown-citation', 'nope'],
  ]);
});

test('a malformed .bib: a problem diagnostic, and the entries that parsed still resolve', () => {
  const broken = `${REFERENCES}@article{half, title = {never closed\n@article{late2020, title={After the break}}\n`;
  const service = serviceWith({ 'refs.bib': broken });
  const d = doc(`${FRONT_MATTER}[@dixon2012; @late2020; @other]`);
  const found = service.provideDiagnostics(d);
  assert.deepEqual(found.map((x) => x.code), ['bibliography-problem', 'unknown-citation']);
  assert.match(found[0]!.message, /refs\.bib has a problem: .*brace.*\. Its \d+ entries that could be read are used\./i);
  assert.equal(d.getText().slice(found[1]!.start, found[1]!.end), 'other');
});

test('a .bib is parsed once per version, and again when it changes', () => {
  const files: Record<string, string> = { 'refs.bib': REFERENCES };
  const reads: string[] = [];
  const service = serviceWith(files, reads);
  const d = doc(`${FRONT_MATTER}[@new2024]`);
  assert.equal(service.provideDiagnostics(d).length, 1);
  assert.equal(service.provideDiagnostics(d).length, 1);
  assert.equal(reads.length, 1);
  files['refs.bib'] = `${REFERENCES}@article{new2024, title={New}}\n`;
  assert.deepEqual(service.provideDiagnostics(d), []);
  assert.equal(reads.length, 2);
});

/** The shipped lexicon, whose relations the checker flags against, with .bib files in memory. */
function curatedWith(files: Record<string, string>): BiolexService {
  return createBiolexService({ lexiconFiles: readLexiconDirectory(resolve(__dirname, '../../lexicon')), bibliographies: memoryReader(files) });
}

/** dai2020 is behind the curated "FSP1 suppresses ferroptosis" (matched by DOI; its title is written otherwise here). */
const CLAIM_REFERENCES = String.raw`@article{Dai2020, title = {{AIFM2} blocks ferroptosis}, author = {Dai, Enyong}, journal = {BBRC}, year = {2020}, doi = {https://doi.org/10.1016/J.BBRC.2020.01.066}}
@article{dixon2012, title = {Ferroptosis: an iron-dependent form of nonapoptotic cell death}, author = {Dixon, Scott J.}, journal = {Cell}, year = {2012}}
`;

test('a flagged sentence that cites a reference behind the curated relation is told so; one that cites another, too', () => {
  const service = curatedWith({ 'refs.bib': CLAIM_REFERENCES });
  const flagged = (text: string) => service.provideDiagnostics(doc(text)).find((d) => d.code === 'mechanism-contradiction')!;
  assert.match(flagged(`${FRONT_MATTER}FSP1 promotes ferroptosis [@Dai2020].`).message, /cites Dai2020, one of the references this relation rests on/);
  assert.match(flagged(`${FRONT_MATTER}FSP1 promotes ferroptosis [@dixon2012].`).message, /cites dixon2012, which is not among the references this relation rests on/);
  assert.doesNotMatch(flagged(`${FRONT_MATTER}FSP1 promotes ferroptosis.`).message, /references this relation rests on/);
  assert.doesNotMatch(flagged(`${FRONT_MATTER}FSP1 promotes ferroptosis [@nobody2020].`).message, /references this relation rests on/, 'a key the bibliography lacks');
});

test('in LaTeX, a citation after the claim in its sentence counts; one in the next sentence does not', () => {
  const service = curatedWith({ 'refs.bib': CLAIM_REFERENCES });
  const flagged = (text: string) => service.provideDiagnostics({ uri: `memory://x${text.length}.tex`, languageId: 'latex', version: 1, getText: () => text }).find((d) => d.code === 'mechanism-contradiction')!;
  assert.match(flagged('\\bibliography{refs}\nFSP1 promotes ferroptosis~\\cite{Dai2020}.').message, /cites Dai2020, one of the references/);
  assert.doesNotMatch(flagged('\\bibliography{refs}\nFSP1 promotes ferroptosis. Cells die~\\cite{dixon2012}.').message, /references this relation rests on/);
});

/** A bibliography without dai2020 or liu2022, the references behind the curated "FSP1 suppresses ferroptosis". */
const OTHER_REFERENCES = String.raw`@article{dixon2012, title = {Ferroptosis: an iron-dependent form of nonapoptotic cell death}, author = {Dixon, Scott J.}, journal = {Cell}, year = {2012}}
`;

function uncited(service: BiolexService, text: string, languageId = 'markdown'): BiolexDiagnostic[] {
  const d = { uri: `memory://uncited-${text.length}-${languageId}.${languageId === 'latex' ? 'tex' : 'md'}`, languageId, version: 1, getText: () => text };
  return service.provideDiagnostics(d).filter((x) => x.code === 'uncited-claim');
}

/** The document with the fix's own edits applied (the .bib append aside). */
function applied(text: string, fix: QuickFix): string {
  return [...fix.edits].sort((a, b) => b.start - a.start).reduce((t, e) => t.slice(0, e.start) + e.newText + t.slice(e.end), text);
}

test('uncited-claim: a backed claim that cites nothing gets "Cite …", which cites in pandoc style and appends the entry', () => {
  const service = curatedWith({ 'refs.bib': OTHER_REFERENCES });
  const text = `${FRONT_MATTER}In our hands FSP1 suppresses ferroptosis. Cells died.`;
  const [found, ...rest] = uncited(service, text);
  assert.equal(rest.length, 0);
  assert.equal(found!.severity, 'information');
  assert.equal(text.slice(found!.start, found!.end), 'FSP1 suppresses ferroptosis');
  assert.match(found!.message, /^This claim cites nothing; the curated literature backs it: FSP1 \(AIFM2\) suppresses ferroptosis.* \(Dai et al\. 2020, Biochem Biophys Res Commun\)\.$/);
  const [fix] = found!.fixes;
  assert.equal(fix!.title, 'Cite Dai et al. 2020');
  assert.equal(applied(text, fix!), `${FRONT_MATTER}In our hands FSP1 suppresses ferroptosis [@dai2020]. Cells died.`);
  assert.equal(fix!.appends?.length, 1);
  assert.equal(fix!.appends![0]!.file, 'refs.bib');
  // The entry written reads back with the parser: the lexicon's authors, title, journal, year and DOI.
  const entry = parseBibliography(fix!.appends![0]!.text).entries.get('dai2020')!;
  assert.deepEqual(
    { authors: entry.authors.slice(0, 2), more: entry.moreAuthors, title: entry.title, journal: entry.container, year: entry.year, doi: entry.doi },
    { authors: ['E. Dai', 'W. Zhang'], more: true, title: 'AIFM2 blocks ferroptosis independent of ubiquinol metabolism', journal: 'Biochem Biophys Res Commun', year: '2020', doi: '10.1016/j.bbrc.2020.01.066' },
  );
});

test('uncited-claim: none where the sentence cites anything, asks or supposes, is contradicted, or the document reads no bibliography', () => {
  const service = curatedWith({ 'refs.bib': OTHER_REFERENCES });
  assert.deepEqual(uncited(service, `${FRONT_MATTER}FSP1 suppresses ferroptosis [@dixon2012].`), [], 'cites another work');
  assert.deepEqual(uncited(service, `${FRONT_MATTER}FSP1 suppresses ferroptosis [@unknown2020].`), [], 'cites a key the bibliography lacks');
  assert.deepEqual(uncited(service, `${FRONT_MATTER}We asked whether FSP1 suppresses ferroptosis.`), [], 'a question');
  assert.deepEqual(uncited(service, `${FRONT_MATTER}One possibility is that FSP1 suppresses ferroptosis.`), [], 'a possibility');
  assert.deepEqual(uncited(service, `${FRONT_MATTER}FSP1 promotes ferroptosis.`), [], 'a contradiction is flagged as such');
  assert.deepEqual(uncited(service, `${FRONT_MATTER}FSP1 does not promote ferroptosis.`), [], 'a denial');
  assert.deepEqual(uncited(service, 'FSP1 suppresses ferroptosis.'), [], 'no bibliography');
  assert.deepEqual(uncited(service, '---\nbibliography: gone.bib\n---\nFSP1 suppresses ferroptosis.'), [], 'a bibliography that cannot be read');
});

test('uncited-claim: in LaTeX, \\cite, natbib\'s \\citep, or the command the document uses most', () => {
  const service = curatedWith({ 'refs.bib': OTHER_REFERENCES });
  const fixed = (text: string): string => {
    const [found] = uncited(service, text, 'latex');
    return applied(text, found!.fixes[0]!);
  };
  assert.match(fixed('\\bibliography{refs}\nFSP1 suppresses ferroptosis.'), /FSP1 suppresses ferroptosis~\\cite\{dai2020\}\.$/);
  assert.match(fixed('\\usepackage[numbers]{natbib}\n\\bibliography{refs}\nFSP1 suppresses ferroptosis.'), /ferroptosis~\\citep\{dai2020\}\.$/);
  assert.match(fixed('\\addbibresource{refs.bib}\nCells die~\\parencite{dixon2012}. FSP1 suppresses ferroptosis.'), /ferroptosis~\\parencite\{dai2020\}\.$/);
});

test('uncited-claim: a work the bibliography holds is cited by its key; a key in use for another work gets a letter', () => {
  const held = curatedWith({ 'refs.bib': `${OTHER_REFERENCES}@article{DaiAIFM2, title = {AIFM2 blocks ferroptosis independent of ubiquinol metabolism}, year = {2020}}\n` });
  const [found] = uncited(held, `${FRONT_MATTER}FSP1 suppresses ferroptosis.`);
  assert.equal(found!.fixes[0]!.edits[0]!.newText, ' [@DaiAIFM2]');
  assert.equal(found!.fixes[0]!.appends, undefined);
  assert.match(found!.message, /refs\.bib has it as "DaiAIFM2"\./);
  const clash = curatedWith({ 'refs.bib': `${OTHER_REFERENCES}@article{dai2020, title = {Another paper}, year = {2020}}\n@article{dai2020a, title = {And another}}\n` });
  const [renamed] = uncited(clash, `${FRONT_MATTER}FSP1 suppresses ferroptosis.`);
  assert.equal(renamed!.fixes[0]!.edits[0]!.newText, ' [@dai2020b]');
  assert.match(renamed!.fixes[0]!.appends![0]!.text, /^\n@article\{dai2020b,\n/);
});

test('uncited-claim: off by setting, by the document\'s directive, and on a disabled line', () => {
  const service = curatedWith({ 'refs.bib': OTHER_REFERENCES });
  const text = `${FRONT_MATTER}FSP1 suppresses ferroptosis.`;
  const d = { uri: 'memory://uncited-setting.md', languageId: 'markdown', version: 1, getText: () => text };
  assert.equal(service.provideDiagnostics(d).filter((x) => x.code === 'uncited-claim').length, 1);
  assert.deepEqual(service.provideDiagnostics(d, { suggestCitations: false }).filter((x) => x.code === 'uncited-claim'), []);
  assert.deepEqual(uncited(service, `${FRONT_MATTER}<!-- biolex-disable-citations -->\nFSP1 suppresses ferroptosis.`), []);
  assert.deepEqual(uncited(service, `${FRONT_MATTER}<!-- biolex-disable-next-line -->\nFSP1 suppresses ferroptosis.`), []);
  assert.deepEqual(uncited(service, '% biolex-disable-citations\n\\bibliography{refs}\nFSP1 suppresses ferroptosis.', 'latex'), []);
  // The citations directive turns off only citations: a contradiction is still flagged.
  const tex = '% biolex-disable-citations\n\\bibliography{refs}\nFSP1 promotes ferroptosis.';
  const flagged = service.provideDiagnostics({ uri: 'memory://uncited-directive.tex', languageId: 'latex', version: 1, getText: () => tex });
  assert.deepEqual(flagged.map((x) => x.code), ['mechanism-contradiction']);
  // …and so does the cited-support note of a flagged claim.
  const cites = `${FRONT_MATTER}<!-- biolex-disable-citations -->\nFSP1 promotes ferroptosis [@dixon2012].`;
  assert.doesNotMatch(service.provideDiagnostics(doc(cites)).find((x) => x.code === 'mechanism-contradiction')!.message, /references this relation rests on/);
});
