/**
 * Citations over a real stdio connection to dist/server.js: a Markdown document in a temporary folder whose front
 * matter names a .bib beside it. Run `npm run build` first (npm test does).
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { pullDiagnostics, startServer, waitFor, type LspDiagnostic, type TestServer } from '../helpers/lspClient';
import { marked } from '../helpers/markers';

const BIB = `@article{dixon2012,
  title = {Ferroptosis: an iron-dependent form of nonapoptotic cell death},
  author = {Dixon, S. J. and Lemberg, K. M. and Lamprecht, M. R. and Skouta, R. and others},
  journal = {Cell}, year = {2012}, doi = {10.1016/j.cell.2012.03.042}}
`;
const doc = marked('---\nbibliography: references.bib\n---\n\nFerroptosis [@⟨hover⟩dixon2012] is iron-dependent [see ⟨typo⟩@dixon2021⟨/typo⟩, p. 2].\n');

let folder: string;
let server: TestServer;
let uri: string;
let bibUri: string;

const pull = (): Promise<LspDiagnostic[]> => pullDiagnostics(server, uri);

before(async () => {
  folder = mkdtempSync(join(tmpdir(), 'biolex-citations-'));
  writeFileSync(join(folder, 'references.bib'), BIB);
  writeFileSync(join(folder, 'paper.md'), doc.text);
  uri = pathToFileURL(join(folder, 'paper.md')).href;
  bibUri = pathToFileURL(join(folder, 'references.bib')).href;
  server = await startServer({ workspaceFolders: [{ uri: pathToFileURL(folder).href, name: 'paper' }] });
  await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: doc.text } });
});

after(async () => {
  await server.stop();
  rmSync(folder, { recursive: true, force: true });
});

test('hover on a cited key shows its entry from the .bib beside the document', async () => {
  const hover = (await server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: doc.at('hover') })) as { contents: { value: string } };
  assert.match(hover.contents.value, /^\*\*Ferroptosis\\: an iron\\-dependent form of nonapoptotic cell death\*\*/);
  assert.match(hover.contents.value, /S\\\. J\\\. Dixon, K\\\. M\\\. Lemberg, M\\\. R\\\. Lamprecht et al\\\./);
  assert.match(hover.contents.value, /\(https:\/\/doi\.org\/10\.1016\/j\.cell\.2012\.03\.042\)/);
});

test('a key missing from the .bib is an unknown-citation warning with a quick fix', async () => {
  const diagnostics = await pull();
  const unknown = diagnostics.filter((d) => d.code === 'unknown-citation');
  assert.equal(unknown.length, 1, JSON.stringify(diagnostics));
  const [diagnostic] = unknown;
  assert.equal(diagnostic!.severity, 2);
  assert.equal(diagnostic!.source, 'biolex');
  const typo = doc.range('typo');
  assert.deepEqual(diagnostic!.range, { start: { line: typo.start.line, character: typo.start.character + 1 }, end: typo.end });
  const actions = (await server.connection.sendRequest('textDocument/codeAction', {
    textDocument: { uri },
    range: diagnostic!.range,
    context: { diagnostics: [diagnostic], only: ['quickfix'] },
  })) as { title: string; edit: { changes: Record<string, { range: unknown; newText: string }[]> } }[];
  assert.deepEqual(actions.map((a) => a.title), ['Change to dixon2012']);
  assert.deepEqual(actions[0]!.edit.changes[uri], [{ range: diagnostic!.range, newText: 'dixon2012' }]);
});

test('a backed claim that cites nothing: "Cite …" cites it and appends the entry at the end of the .bib, then saves it', async () => {
  const note = marked('---\nbibliography: references.bib\n---\n\nIn our cells FSP1 suppresses ferroptosis⟨at⟩.\n');
  const noteUri = pathToFileURL(join(folder, 'note.md')).href;
  writeFileSync(join(folder, 'note.md'), note.text);
  await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: noteUri, languageId: 'markdown', version: 1, text: note.text } });
  const diagnostics = await pullDiagnostics(server, noteUri);
  const uncited = diagnostics.filter((d) => d.code === 'uncited-claim');
  assert.equal(uncited.length, 1, JSON.stringify(diagnostics));
  assert.equal(uncited[0]!.severity, 3);
  const actions = (await server.connection.sendRequest('textDocument/codeAction', {
    textDocument: { uri: noteUri },
    range: uncited[0]!.range,
    context: { diagnostics: uncited, only: ['quickfix'] },
  })) as { title: string; edit: { changes: Record<string, { range: { start: unknown; end: unknown }; newText: string }[]> }; command?: { command: string; arguments: unknown[] } }[];
  assert.deepEqual(actions.map((a) => a.title), ['Cite Dai et al. 2020']);
  const { changes } = actions[0]!.edit;
  const at = note.at('at');
  assert.deepEqual(changes[noteUri], [{ range: { start: at, end: at }, newText: ' [@dai2020]' }]);
  // The .bib ends with a newline on line 4: the entry goes after it.
  const [append] = changes[bibUri]!;
  assert.deepEqual(append!.range, { start: { line: 4, character: 0 }, end: { line: 4, character: 0 } });
  assert.match(append!.newText, /^\n@article\{dai2020,\n {2}author = \{Dai, E\. and Zhang, W\./);
  assert.deepEqual(actions[0]!.command, { title: 'Save the bibliography', command: 'biolex.saveAppendedFiles', arguments: [{ uris: [bibUri] }] });
  await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri: noteUri } });
});

test('after the .bib changes, the editor is asked to pull diagnostics again, and the key is known', async () => {
  writeFileSync(join(folder, 'references.bib'), `${BIB}@article{dixon2021, title = {A later paper}}\n`);
  const refreshes = server.received.filter((m) => m.method === 'workspace/diagnostic/refresh').length;
  await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: bibUri, type: 2 }] });
  await waitFor(() => server.received.filter((m) => m.method === 'workspace/diagnostic/refresh').length > refreshes, 'a diagnostics refresh');
  assert.deepEqual((await pull()).filter((d) => d.code === 'unknown-citation'), []);
});

test('a bibliography that is not there is one diagnostic on the front matter line', async () => {
  rmSync(join(folder, 'references.bib'));
  const diagnostics = await pull();
  assert.deepEqual(diagnostics.map((d) => [d.code, d.range.start.line]), [['bibliography-not-found', 1]]);
  assert.match(diagnostics[0]!.message, /The bibliography references\.bib was not found/);
});
