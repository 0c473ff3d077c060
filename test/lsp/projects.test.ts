/**
 * A LaTeX project over a real stdio connection to dist/server.js: a chapter opened in a temporary folder cites from
 * the .bib its root declares, and the root's broken include is a diagnostic. Run `npm run build` first (npm test does).
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { pullDiagnostics, startServer, type LspDiagnostic, type TestServer } from '../helpers/lspClient';
import { marked } from '../helpers/markers';

const BIB = `@article{dixon2012,
  title = {Ferroptosis: an iron-dependent form of nonapoptotic cell death},
  author = {Dixon, S. J. and Lemberg, K. M.},
  journal = {Cell}, year = {2012}, doi = {10.1016/j.cell.2012.03.042}}
`;
const ROOT = marked('\\documentclass{report}\n\\begin{document}\n\\input{chapters/intro}\n⟨gone⟩\\input{chapters/gone}⟨/gone⟩\n\\bibliography{references}\n\\end{document}\n');
// No magic comment: the server finds the root by searching the workspace for the file that includes the chapter.
const CHAPTER = marked('\\chapter{Introduction}\nFerroptosis~\\cite{⟨hover⟩dixon2012} is iron-dependent~\\cite{⟨typo⟩dixon2021⟨/typo⟩}.\n');

let folder: string;
let server: TestServer;
const uri = (path: string): string => pathToFileURL(join(folder, path)).href;

const pull = (path: string): Promise<LspDiagnostic[]> => pullDiagnostics(server, uri(path));

before(async () => {
  folder = mkdtempSync(join(tmpdir(), 'biolex-project-'));
  mkdirSync(join(folder, 'chapters'));
  writeFileSync(join(folder, 'references.bib'), BIB);
  writeFileSync(join(folder, 'thesis.tex'), ROOT.text);
  writeFileSync(join(folder, 'chapters/intro.tex'), CHAPTER.text);
  server = await startServer({ workspaceFolders: [{ uri: pathToFileURL(folder).href, name: 'thesis' }] });
  await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uri('chapters/intro.tex'), languageId: 'latex', version: 1, text: CHAPTER.text } });
  await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uri('thesis.tex'), languageId: 'latex', version: 1, text: ROOT.text } });
});

after(async () => {
  await server.stop();
  rmSync(folder, { recursive: true, force: true });
});

test('hover on a key in a chapter shows its entry from the .bib its root declares', async () => {
  const hover = (await server.connection.sendRequest('textDocument/hover', { textDocument: { uri: uri('chapters/intro.tex') }, position: CHAPTER.at('hover') })) as {
    contents: { value: string };
  } | null;
  assert.ok(hover, 'a hover');
  assert.match(hover.contents.value, /^\*\*Ferroptosis\\: an iron\\-dependent form of nonapoptotic cell death\*\*/);
});

test('a key the root\'s .bib lacks is unknown-citation in the chapter; the root has its missing include', async () => {
  const chapter = await pull('chapters/intro.tex');
  assert.deepEqual(chapter.map((d) => [d.code, d.severity, d.source]), [['unknown-citation', 2, 'biolex']]);
  assert.deepEqual(chapter[0]!.range, CHAPTER.range('typo'));
  assert.match(chapter[0]!.message, /not in the bibliography \(references\.bib\)/);
  const root = await pull('thesis.tex');
  assert.deepEqual(root.map((d) => [d.code, d.severity, d.source]), [['missing-include', 2, 'biolex']]);
  assert.deepEqual(root[0]!.range, ROOT.range('gone'));
});

test('find all references in a chapter lists the mentions in the project\'s files that are not open', async () => {
  writeFileSync(join(folder, 'chapters/gone.tex'), '\\chapter{Later}\nMore on ferroptosis here.\n');
  const locations = (await server.connection.sendRequest('textDocument/references', {
    textDocument: { uri: uri('chapters/intro.tex') },
    position: { line: 1, character: 2 },
    context: { includeDeclaration: true },
  })) as { uri: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } }[];
  assert.deepEqual(
    locations.map((l) => [l.uri, l.range.start.line, l.range.start.character, l.range.end.character]),
    [
      [uri('chapters/intro.tex'), 1, 0, 11],
      [uri('chapters/gone.tex'), 1, 8, 19],
    ],
  );
});

test('the status bar\'s count covers the project: its files, open or not, and their mentions', async () => {
  const result = (await server.connection.sendRequest('biolex/entities', { uri: uri('chapters/intro.tex'), countOnly: true })) as { count: number; project?: { files: number; count: number } };
  // intro.tex (open) names ferroptosis and iron; gone.tex (on disk, from the test before) ferroptosis; the root none.
  assert.equal(result.count, 2);
  assert.deepEqual(result.project, { files: 3, count: 3 });
});

test('export of a whole project: one document per file in reading order, brat pairs named after each file', async () => {
  const pubtator = (await server.connection.sendRequest('biolex/export', { uri: uri('chapters/intro.tex'), format: 'pubtator', project: true })) as { files: { extension: string; text: string }[]; annotations: number };
  assert.equal(pubtator.files.length, 1);
  assert.equal(pubtator.files[0]!.text.split('\n').filter((line) => /^\d+\|t\|/.test(line)).length, 3);
  assert.equal(pubtator.annotations, 3);
  const brat = (await server.connection.sendRequest('biolex/export', { uri: uri('chapters/intro.tex'), format: 'brat', project: true })) as { files: { extension: string }[] };
  assert.deepEqual(brat.files.map((f) => f.extension), ['-thesis.txt', '-thesis.ann', '-intro.txt', '-intro.ann', '-gone.txt', '-gone.ann']);
  // Or the project as one document: one PubTator record, one brat pair, with every file's mentions.
  const one = (await server.connection.sendRequest('biolex/export', { uri: uri('chapters/intro.tex'), format: 'pubtator', project: true, oneDocument: true })) as { files: { text: string }[]; annotations: number };
  assert.equal(one.files[0]!.text.split('\n').filter((line) => /^\d+\|t\|/.test(line)).length, 1);
  assert.equal(one.files[0]!.text.split('\n').filter((line) => /^1\t/.test(line)).length, 3);
  const oneBrat = (await server.connection.sendRequest('biolex/export', { uri: uri('chapters/intro.tex'), format: 'brat', project: true, oneDocument: true })) as { files: { extension: string }[] };
  assert.deepEqual(oneBrat.files.map((f) => f.extension), ['.txt', '.ann']);
  // Without `project`, the document alone, as before.
  const alone = (await server.connection.sendRequest('biolex/export', { uri: uri('chapters/intro.tex'), format: 'brat' })) as { files: { extension: string }[] };
  assert.deepEqual(alone.files.map((f) => f.extension), ['.txt', '.ann']);
});

test('a chapter\'s unsaved edits count in the other open chapters: the short form it now defines, and its new include', async () => {
  const entities = async (path: string): Promise<string[]> =>
    ((await server.connection.sendRequest('biolex/entities', { uri: uri(path) })) as { items: { id: string; text: string }[] }).items.map((item) => `${item.text}=${item.id}`);
  await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uri('chapters/gone.tex'), languageId: 'latex', version: 1, text: 'The LIP grew.\n' } });
  assert.deepEqual(await entities('chapters/gone.tex'), []);
  // Defined in the introduction, not saved: the disk still has the chapter without it.
  const edited = `${CHAPTER.text}Iron enters the labile iron pool (LIP).\n`;
  await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri: uri('chapters/intro.tex'), version: 2 }, contentChanges: [{ text: edited }] });
  assert.ok((await entities('chapters/gone.tex')).includes('LIP=labile-iron-pool'));
  // Undone, unsaved: gone again.
  await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri: uri('chapters/intro.tex'), version: 3 }, contentChanges: [{ text: CHAPTER.text }] });
  assert.deepEqual(await entities('chapters/gone.tex'), []);
  // An include added in the introduction, unsaved, brings its file into the project of every chapter.
  writeFileSync(join(folder, 'chapters/extra.tex'), 'Erastin here.\n');
  const files = async (): Promise<number | undefined> => ((await server.connection.sendRequest('biolex/entities', { uri: uri('chapters/gone.tex'), countOnly: true })) as { project?: { files: number } }).project?.files;
  assert.equal(await files(), 3);
  await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri: uri('chapters/intro.tex'), version: 4 }, contentChanges: [{ text: `${CHAPTER.text}\\input{chapters/extra}\n` }] });
  assert.equal(await files(), 4);
});
