/**
 * The mechanism map over a real stdio connection to dist/server.js (`biolex/mechanismMap`): what the webview draws,
 * with editor ranges to reveal. Run `npm run build` first (npm test does).
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../helpers/lspClient';
import { marked } from '../helpers/markers';

const DOCUMENT = marked('# Results\n\n⟨agrees⟩GPX4 suppresses ferroptosis⟨/agrees⟩.\n⟨wrong⟩FSP1 promotes ferroptosis⟨/wrong⟩.\n');
const URI = 'file:///tmp/biolex-map-test/paper.md';
let server: TestServer;

before(async () => {
  server = await startServer();
  await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'markdown', version: 1, text: DOCUMENT.text } });
});
after(() => server.stop());

interface Result {
  enabled: boolean;
  nodes: { id: string; first?: unknown }[];
  edges: { id: string; status: string; message?: string; claims: { range: unknown; sentence: unknown; text: string }[] }[];
}

test('the map of an open document: its edges with editor ranges, the contradiction with its message', async () => {
  const map = (await server.connection.sendRequest('biolex/mechanismMap', { uri: URI })) as Result;
  assert.equal(map.enabled, true);
  assert.deepEqual(map.edges.map((e) => e.status), ['agrees', 'contradicts']);
  assert.deepEqual(map.edges[0]!.claims[0]!.range, DOCUMENT.range('agrees'));
  assert.deepEqual(map.edges[1]!.claims[0]!.range, DOCUMENT.range('wrong'));
  assert.equal(map.edges[1]!.claims[0]!.text, 'FSP1 promotes ferroptosis.');
  assert.match(map.edges[1]!.message!, /^Contradicts the curated literature/);
  // A node's first mention, to reveal: "GPX4", where the agreeing claim starts.
  const { start } = DOCUMENT.range('agrees');
  assert.deepEqual(map.nodes.find((n) => n.id === 'GPX4')?.first, { start, end: { line: start.line, character: start.character + 4 } });
});

test('the map of a selection or of the section around a position', async () => {
  const selection = (await server.connection.sendRequest('biolex/mechanismMap', { uri: URI, selection: DOCUMENT.range('wrong') })) as Result;
  assert.deepEqual(selection.edges.map((e) => e.status), ['contradicts']);
  const section = (await server.connection.sendRequest('biolex/mechanismMap', { uri: URI, section: DOCUMENT.range('wrong').start })) as Result;
  assert.deepEqual(section.edges.map((e) => e.status), ['agrees', 'contradicts'], 'the one section, under "# Results"');
});

test('an edit is mapped at once: the claim turned into a contradiction turns its edge red', async () => {
  const text = DOCUMENT.text.replace('GPX4 suppresses', 'GPX4 promotes');
  await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri: URI, version: 2 }, contentChanges: [{ text }] });
  const map = (await server.connection.sendRequest('biolex/mechanismMap', { uri: URI })) as Result;
  assert.deepEqual(map.edges.map((e) => e.id), ['GPX4 promotes ferroptosis contradicts', 'AIFM2 promotes ferroptosis contradicts']);
});

test('a document BioLex does not analyse has no map', async () => {
  const map = (await server.connection.sendRequest('biolex/mechanismMap', { uri: 'file:///tmp/biolex-map-test/notes.txt' })) as Result;
  assert.deepEqual(map, { enabled: false, nodes: [], edges: [], unstated: [] });
});
