/**
 * LSP tests: start the bundled dist/server.js over stdio and speak the protocol to it, as an editor would.
 * Run `npm run build` first (npm test does).
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CancellationTokenSource, createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { marked, type Range } from '../helpers/markers';

const SERVER = resolve(__dirname, '../../dist/server.js');
let child: ChildProcess;
let connection: MessageConnection;
let legend: { tokenTypes: string[] };
const uri = pathToFileURL(resolve(__dirname, 'virtual/manuscript.md')).href;
const texUri = pathToFileURL(resolve(__dirname, 'virtual/manuscript.tex')).href;
const doc = marked('# The ⟨title⟩GP⟨heading⟩X4⟨/title⟩ story\n\n⟨erastin⟩Erastin⟨/erastin⟩ d⟨between⟩epletes ⟨gsh⟩GSH⟨/gsh⟩, and ⟨gpx4⟩GP⟨hover⟩X4⟨/gpx4⟩ then fails.\n');
const text = doc.text;
const lineAndCharacter = (range: Range) => `${range.start.line}:${range.start.character}`;

before(async () => {
  child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  connection.onNotification(() => undefined);
  connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => ({ enable: true, languages: ['markdown', 'latex'] })));
  connection.onRequest(() => null);
  connection.listen();
  const result = (await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    capabilities: { workspace: { configuration: true } },
  })) as { capabilities: { semanticTokensProvider: { legend: { tokenTypes: string[] } }; hoverProvider: boolean } };
  legend = result.capabilities.semanticTokensProvider.legend;
  assert.equal(result.capabilities.hoverProvider, true);
  await connection.sendNotification('initialized', {});
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
});

after(async () => {
  await connection.sendRequest('shutdown');
  await connection.sendNotification('exit');
  connection.dispose();
  child.kill();
});

test('hover on a mention shows the entry with identifiers and DOI links', async () => {
  const hover = (await connection.sendRequest('textDocument/hover', {
    textDocument: { uri },
    position: doc.at('hover'),
  })) as { contents: { kind: string; value: string }; range: Range };
  assert.equal(hover.contents.kind, 'markdown');
  assert.match(hover.contents.value, /^\*\*GPX4\*\*/);
  assert.match(hover.contents.value, /HGNC:4556/);
  assert.match(hover.contents.value, /\(https:\/\/doi\.org\/10\.\d+\//);
  assert.deepEqual(hover.range, doc.range('gpx4'));
});

test('no hover away from mentions', async () => {
  const hover = await connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: doc.at('between') });
  assert.equal(hover, null);
});

test('semantic tokens mark each mention with its type', async () => {
  const { data } = (await connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } })) as { data: number[] };
  const tokens: string[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i]!;
    character = data[i]! === 0 ? character + data[i + 1]! : data[i + 1]!;
    tokens.push(`${line}:${character}:${data[i + 2]}:${legend.tokenTypes[data[i + 3]!]}`);
  }
  const expected = (name: string, type: string) => {
    const range = doc.range(name);
    return `${lineAndCharacter(range)}:${range.end.character - range.start.character}:${type}`;
  };
  assert.deepEqual(tokens.slice(0, 4), [expected('title', 'gene'), expected('erastin', 'compound'), expected('gsh', 'metabolite'), expected('gpx4', 'gene')]);
});

test('after an edit, a delta request answers with the changed tokens only', async () => {
  const deltaUri = pathToFileURL(resolve(__dirname, 'virtual/delta.md')).href;
  const paragraph = 'GPX4 reduces peroxides, and FSP1 reduces CoQ10.\n';
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: deltaUri, languageId: 'markdown', version: 1, text: paragraph.repeat(50) } });
  type Tokens = { resultId: string; data: number[] };
  type Delta = { resultId: string; edits: { start: number; deleteCount: number; data?: number[] }[] };
  const first = (await connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri: deltaUri } })) as Tokens;
  assert.ok(first.resultId);
  // Type a word at the start of line 25.
  await connection.sendNotification('textDocument/didChange', {
    textDocument: { uri: deltaUri, version: 2 },
    contentChanges: [{ range: { start: { line: 25, character: 0 }, end: { line: 25, character: 0 } }, text: 'Here ' }],
  });
  const delta = (await connection.sendRequest('textDocument/semanticTokens/full/delta', { textDocument: { uri: deltaUri }, previousResultId: first.resultId })) as Delta;
  assert.ok(delta.edits, 'an edit list, not all tokens');
  const patched = [...first.data];
  for (const edit of [...delta.edits].sort((a, b) => b.start - a.start)) patched.splice(edit.start, edit.deleteCount, ...(edit.data ?? []));
  const fresh = (await connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri: deltaUri } })) as Tokens;
  assert.deepEqual(patched, fresh.data);
  assert.ok(delta.edits.reduce((n, e) => n + (e.data?.length ?? 0), 0) <= 5);
  // A result the server did not give last: all tokens again.
  const stale = (await connection.sendRequest('textDocument/semanticTokens/full/delta', { textDocument: { uri: deltaUri }, previousResultId: first.resultId })) as Tokens;
  assert.deepEqual(stale.data, fresh.data);
  await connection.sendNotification('textDocument/didClose', { textDocument: { uri: deltaUri } });
});

test('definition opens the lexicon entry', async () => {
  const locations = (await connection.sendRequest('textDocument/definition', { textDocument: { uri }, position: doc.at('heading') })) as { uri: string }[];
  assert.equal(locations.length, 1);
  assert.match(locations[0]!.uri, /lexicon\/entities\/genes\.yaml$/);
});

test('references list mentions across open documents', async () => {
  const tex = marked('\\section{⟨a⟩GPX4}\nWe studied \\emph{⟨b⟩GPX4}.\n');
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: texUri, languageId: 'latex', version: 1, text: tex.text } });
  const locations = (await connection.sendRequest('textDocument/references', {
    textDocument: { uri },
    position: doc.at('heading'),
    context: { includeDeclaration: true },
  })) as { uri: string; range: Range }[];
  const found = locations.map((l) => `${l.uri === uri ? 'md' : 'tex'}:${lineAndCharacter(l.range)}`);
  const at = (name: string, d = doc) => lineAndCharacter({ start: d.at(name), end: d.at(name) });
  assert.deepEqual(found.sort(), [`md:${lineAndCharacter(doc.range('title'))}`, `md:${lineAndCharacter(doc.range('gpx4'))}`, `tex:${at('a', tex)}`, `tex:${at('b', tex)}`].sort());
});

test('didChange updates the analysis', async () => {
  await connection.sendNotification('textDocument/didChange', {
    textDocument: { uri, version: 2 },
    contentChanges: [{ range: doc.range('erastin'), text: 'RSL3' }],
  });
  const hover = (await connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: doc.at('erastin') })) as { contents: { value: string } };
  assert.match(hover.contents.value, /^\*\*RSL3\*\*/);
  const result = (await connection.sendRequest('biolex/entities', { uri })) as { items: { label: string }[] };
  assert.deepEqual(result.items.map((i) => i.label), ['GPX4', 'RSL3', 'GSH', 'GPX4']);
  const counted = (await connection.sendRequest('biolex/entities', { uri, countOnly: true })) as { items: unknown[]; count: number };
  assert.deepEqual([counted.items.length, counted.count], [0, 4], 'the status bar asks for the count alone');
});

test('a binary or huge document is skipped, not a crash', async () => {
  const binaryUri = pathToFileURL(resolve(__dirname, 'virtual/binary.md')).href;
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: binaryUri, languageId: 'markdown', version: 1, text: 'GPX4\u0000\u0001\u0002' } });
  const result = (await connection.sendRequest('biolex/entities', { uri: binaryUri })) as { items: unknown[]; skipped?: string };
  assert.equal(result.items.length, 0);
  assert.match(result.skipped ?? '', /binary/);
});

test('pull diagnostics flag a contradicting claim, and its quick fix clears it', async () => {
  const claimUri = pathToFileURL(resolve(__dirname, 'virtual/claims.md')).href;
  const claim = marked('# Results\n\nIn our hands, ⟨claim⟩FSP1 promotes ferroptosis⟨/claim⟩ in tumour cells.\n');
  const claimText = claim.text;
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: claimUri, languageId: 'markdown', version: 1, text: claimText } });
  type Report = { kind: string; items: { range: Range; code: string; source: string; severity: number; message: string; codeDescription?: { href: string }; relatedInformation: { location: { uri: string } }[]; data: unknown }[] };
  const report = (await connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: claimUri } })) as Report;
  assert.equal(report.kind, 'full');
  assert.equal(report.items.length, 1);
  const [diagnostic] = report.items;
  assert.equal(diagnostic!.code, 'mechanism-contradiction');
  assert.equal(diagnostic!.source, 'biolex');
  assert.equal(diagnostic!.severity, 2);
  assert.deepEqual(diagnostic!.range, claim.range('claim'));
  assert.match(diagnostic!.message, /FSP1 .*suppresses ferroptosis.*\[\d/);
  assert.match(diagnostic!.codeDescription!.href, /^https:\/\/doi\.org\/10\./);
  assert.ok(diagnostic!.relatedInformation.some((r) => /lexicon\/relations\.yaml$/.test(r.location.uri)));

  const actions = (await connection.sendRequest('textDocument/codeAction', {
    textDocument: { uri: claimUri },
    range: diagnostic!.range,
    context: { diagnostics: [diagnostic] },
  })) as { title: string; isPreferred?: boolean; edit: { changes: Record<string, { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[]> } }[];
  assert.deepEqual(actions.map((a) => a.title), ['Replace "promotes" with "suppresses"', 'Disable BioLex for this line', 'Disable BioLex for this document']);
  const [edit] = actions[0]!.edit.changes[claimUri]!;
  await connection.sendNotification('textDocument/didChange', {
    textDocument: { uri: claimUri, version: 2 },
    contentChanges: [{ range: edit!.range, text: edit!.newText }],
  });
  const after = (await connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: claimUri } })) as Report;
  assert.deepEqual(after.items, []);
});

test('a diagnostics request cancelled while the server analyses a large document ends with RequestCancelled', async () => {
  const bigUri = pathToFileURL(resolve(__dirname, 'virtual/large.md')).href;
  const body = readFileSync(resolve(__dirname, '../../examples/manuscript.md'), 'utf8');
  const big = body.repeat(Math.ceil(4_000_000 / body.length));
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: bigUri, languageId: 'markdown', version: 1, text: big } });
  const source = new CancellationTokenSource();
  const request = connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: bigUri } }, source.token);
  source.cancel();
  await assert.rejects(request, (error: { code?: number }) => error.code === -32800);
  // The document is still served afterwards.
  const report = (await connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: bigUri } })) as { items: unknown[] };
  assert.ok(report.items.length > 0);
  await connection.sendNotification('textDocument/didClose', { textDocument: { uri: bigUri } });
});
