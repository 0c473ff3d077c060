/**
 * Workspace lexicons over the protocol: dist/server.js started on a temporary workspace folder with
 * `.biolex/lab.yaml` and a path from `biolex.lexicon.paths`. Loading at start, validation of lexicon files as
 * documents (never read for entities), hot reload on didChangeWatchedFiles with the last good state kept
 * through a broken save, workspace trust, the selection code action, the lexicon requests and the export.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startServer, waitFor, type TestServer } from '../helpers/lspClient';

const folder = mkdtempSync(join(tmpdir(), 'biolex-lsp-lexicon-'));
const folderUri = pathToFileURL(folder).href;
const labPath = join(folder, '.biolex', 'lab.yaml');
const labUri = pathToFileURL(labPath).href;
const paperUri = pathToFileURL(join(folder, 'paper.md')).href;
const paper = '# Labin-7\n\nLabin-7 lowers GPx-4L, unlike erastin; GPX4 and MitoROX. Labin-8 is new.\n';

const LAB = `# Our lab's lexicon
entries:
  - id: labin-7
    label: Labin-7
    type: compound
    xrefs: [CHEBI:12345]
extend:
  - id: GPX4
    aliases: [GPx-4L]
  - id: erastin
    disable: true
`;
const BROKEN = LAB.replace('type: compound', 'type: drug') + 'relations: []\n';
const FIXED = LAB.replace('entries:\n', 'entries:\n  - { id: labin-8, label: Labin-8, type: compound }\n');

let server: TestServer;

type Entities = { items: { label: string; text: string }[]; enabled: boolean };
const labels = async (uri = paperUri): Promise<string[]> =>
  ((await server.connection.sendRequest('biolex/entities', { uri })) as Entities).items.map((i) => i.label);

function writeLab(text: string): Promise<void> {
  writeFileSync(labPath, text);
  return server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: labUri, type: 2 }] });
}

const sent = (method: string): { method: string; params: unknown }[] => server.received.filter((m) => m.method === method);

before(async () => {
  mkdirSync(join(folder, '.biolex'));
  mkdirSync(join(folder, 'extra'));
  writeFileSync(labPath, LAB);
  writeFileSync(join(folder, 'extra', 'more.yaml'), 'entries:\n  - { id: mitorox, label: MitoROX, type: compound }\n');
  server = await startServer({
    workspaceFolders: [{ uri: folderUri, name: 'lab' }],
    initializationOptions: { workspaceTrusted: true },
    settings: { enable: true, languages: ['markdown', 'latex'], lexicon: { paths: ['extra/more.yaml'] } },
  });
  await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: paperUri, languageId: 'markdown', version: 1, text: paper } });
});

after(async () => {
  await server.stop();
  rmSync(folder, { recursive: true, force: true });
});

test('workspace lexicons load at start: new entries, aliases, disabled entries, biolex.lexicon.paths', async () => {
  const found = await waitFor(async () => {
    const l = await labels();
    return l.includes('MitoROX') && l;
  }, 'the workspace entries');
  assert.deepEqual(found, ['Labin-7', 'Labin-7', 'GPX4', 'GPX4', 'MitoROX']);
  const status = sent('biolex/lexiconChanged').at(-1)!.params as { workspaceFiles: number; brokenFiles: number; trusted: boolean };
  assert.deepEqual([status.workspaceFiles, status.brokenFiles, status.trusted], [2, 0, true]);

  const hover = (await server.connection.sendRequest('textDocument/hover', { textDocument: { uri: paperUri }, position: { line: 2, character: 2 } })) as { contents: { value: string } };
  assert.match(hover.contents.value, /^\*\*Labin\\-7\*\* · compound/);
  assert.match(hover.contents.value, /\[CHEBI:12345\]\(https:\/\/identifiers\.org\/CHEBI:12345\)/);
  assert.match(hover.contents.value, /From this workspace's lexicon:\* lab\\\.yaml/);
  const [definition] = (await server.connection.sendRequest('textDocument/definition', { textDocument: { uri: paperUri }, position: { line: 2, character: 2 } })) as { uri: string; range: { start: { line: number } } }[];
  assert.deepEqual([definition!.uri, definition!.range.start.line], [labUri, 2]);
});

test('an open lexicon file gets its schema errors as diagnostics with exact ranges, and no entity recognition', async () => {
  const text = LAB.replace('type: compound', 'type: drug').replace('  - id: erastin\n', '  - id: erastin\n    colour: red\n');
  await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: labUri, languageId: 'yaml', version: 1, text } });
  type Report = { items: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; severity: number; source: string; message: string }[] };
  const report = (await server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: labUri } })) as Report;
  const shown = report.items.map((d) => [d.severity, d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character, d.message]);
  assert.deepEqual(shown, [
    [1, 4, 10, 4, 14, '/entries/0/type must be equal to one of the allowed values: gene, complex, compound, metabolite, cell, process'],
    [1, 10, 4, 10, 10, '/extend/1 must NOT have additional properties ("colour")'],
    [3, 0, 0, 0, 0, 'Until these errors are fixed, BioLex keeps using the last saved version of this file without errors.'],
  ]);
  assert.ok(report.items.every((d) => d.source === 'biolex'));
  assert.deepEqual(((await server.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri: labUri } })) as { data: number[] }).data, []);
  assert.equal(await server.connection.sendRequest('textDocument/hover', { textDocument: { uri: labUri }, position: { line: 3, character: 12 } }), null);
  assert.equal(((await server.connection.sendRequest('biolex/entities', { uri: labUri })) as Entities).enabled, false);

  // A warning for what does not fit the lexicon; nothing else while the file is fine.
  await server.connection.sendNotification('textDocument/didChange', {
    textDocument: { uri: labUri, version: 2 },
    contentChanges: [{ text: LAB.replace('id: GPX4', 'id: GPX44') }],
  });
  const warned = (await server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: labUri } })) as Report;
  assert.deepEqual(warned.items.map((d) => [d.severity, d.range.start.line, d.range.start.character, d.range.end.character, d.message]), [
    [2, 7, 8, 13, 'No entry has the id "GPX44": nothing to extend.'],
  ]);
  await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri: labUri } });
});

test('an open lexicon file over the size limit is neither checked nor loaded, and the diagnostic says so', async () => {
  const bigUri = pathToFileURL(join(folder, '.biolex', 'big.yaml')).href;
  const entry = '  - { id: x, label: X, type: gene }\n';
  const text = `entries:\n${entry.repeat(Math.ceil(5_100_000 / entry.length))}`;
  await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: bigUri, languageId: 'yaml', version: 1, text } });
  const report = (await server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: bigUri } })) as { items: { message: string }[] };
  assert.equal(report.items.length, 1);
  assert.match(report.items[0]!.message, /neither checks nor loads this file: it has [\d,]+ bytes, more than a lexicon file may have \(5,000,000\)/);
  await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri: bigUri } });
});

test('a broken save keeps the last good state and is reported; the fix is loaded without a restart', async () => {
  const messagesBefore = sent('window/showMessageRequest').length;
  const refreshesBefore = sent('workspace/diagnostic/refresh').length;
  await writeLab(BROKEN);
  const status = await waitFor(() => {
    const last = sent('biolex/lexiconChanged').at(-1)!.params as { brokenFiles: number };
    return last.brokenFiles === 1 && last;
  }, 'a status with one broken file');
  assert.ok(status);
  const message = await waitFor(() => sent('window/showMessageRequest').slice(messagesBefore)[0], `a message about the closed broken file (have ${server.received.map((m) => m.method).join(', ')})`);
  assert.match((message.params as { message: string }).message, /lab\.yaml has errors; its last version without errors stays in use/);
  // The built-in lexicon works, and so does the last good version of lab.yaml (Labin-8 is not in it).
  assert.deepEqual(await labels(), ['Labin-7', 'Labin-7', 'GPX4', 'GPX4', 'MitoROX']);

  await writeLab(FIXED);
  const fixed = await waitFor(async () => {
    const l = await labels();
    return l.includes('Labin-8') && l;
  }, 'Labin-8 after the fix');
  assert.deepEqual(fixed, ['Labin-7', 'Labin-7', 'GPX4', 'GPX4', 'MitoROX', 'Labin-8']);
  assert.ok(sent('workspace/diagnostic/refresh').length > refreshesBefore, 'diagnostics refreshed');
  assert.ok(sent('workspace/semanticTokens/refresh').length > 0, 'semantic tokens refreshed');
});

test('the selection code action, the entries request and the edit request add a spelling that is then recognized', async () => {
  const line = 'Ferrocin-3 and IFN-$\\gamma$ and Labin-7.';
  const uri = pathToFileURL(join(folder, 'notes.md')).href;
  await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: line } });
  type Action = { title: string; kind: string; command?: { command: string; arguments: { text: string; uri: string }[] } };
  const actions = (await server.connection.sendRequest('textDocument/codeAction', {
    textDocument: { uri },
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 10 } },
    context: { diagnostics: [] },
  })) as Action[];
  assert.deepEqual(actions.map((a) => [a.kind, a.title, a.command?.command, a.command?.arguments[0]?.text]), [
    ['refactor', 'Add "Ferrocin-3" to the workspace lexicon…', 'biolex.addSelectionToLexicon', 'Ferrocin-3'],
  ]);
  const onlyFixes = await server.connection.sendRequest('textDocument/codeAction', {
    textDocument: { uri },
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 10 } },
    context: { diagnostics: [], only: ['quickfix'] },
  });
  assert.deepEqual(onlyFixes, []);
  const empty = await server.connection.sendRequest('textDocument/codeAction', {
    textDocument: { uri },
    range: { start: { line: 0, character: 3 }, end: { line: 0, character: 3 } },
    context: { diagnostics: [] },
  });
  assert.deepEqual(empty, [], 'no action without a selection');

  type EntriesResult = { entries: { id: string; label: string; layer: string }[]; text?: string; trusted: boolean };
  const entries = (await server.connection.sendRequest('biolex/lexiconEntries', {
    uri,
    range: { start: { line: 0, character: 15 }, end: { line: 0, character: 27 } },
  })) as EntriesResult;
  assert.equal(entries.text, 'IFN-γ', 'the selection as prose');
  assert.equal(entries.trusted, true);
  assert.deepEqual(entries.entries.find((e) => e.id === 'labin-7'), { id: 'labin-7', label: 'Labin-7', type: 'compound', layer: 'workspace' });
  assert.equal(entries.entries.find((e) => e.id === 'GPX4')!.layer, 'built-in');
  assert.ok(!entries.entries.some((e) => e.id === 'erastin'), 'disabled entries are not offered');

  const rejected = await server.connection.sendRequest('biolex/lexiconEdit', { current: null, text: 'Ferrocin-3', type: 'compound', xref: 'not a curie' });
  assert.match((rejected as { error: string }).error, /not a compact identifier/);
  const created = (await server.connection.sendRequest('biolex/lexiconEdit', { current: null, text: 'Ferrocin-3', type: 'compound', xref: 'CHEBI:99' })) as { text: string; id: string };
  assert.equal(created.id, 'ferrocin-3');
  assert.match(created.text, /^# yaml-language-server: \$schema=biolex:\/\/schema\/workspace\.schema\.json\n/);
  const withAlias = (await server.connection.sendRequest('biolex/lexiconEdit', { current: created.text, text: 'Fc3', aliasOf: 'ferrocin-3' })) as { text: string };
  const lexiconPath = join(folder, '.biolex', 'lexicon.yaml');
  writeFileSync(lexiconPath, withAlias.text);
  await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(lexiconPath).href, type: 1 }] });
  await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: `${line} Fc3.` }] });
  const found = await waitFor(async () => {
    const l = await labels(uri);
    return l.includes('Ferrocin-3') && l;
  }, 'Ferrocin-3 after the edit');
  assert.deepEqual(found, ['Ferrocin-3', 'IFNG', 'Labin-7', 'Ferrocin-3']);
  rmSync(lexiconPath);
  await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(lexiconPath).href, type: 3 }] });
  await waitFor(async () => !(await labels(uri)).includes('Ferrocin-3'), 'Ferrocin-3 gone with its file');
});

test('the export request returns BioC, PubTator and brat text for an open document', async () => {
  type Export = { files: { extension: string; text: string }[]; annotations: number };
  const brat = (await server.connection.sendRequest('biolex/export', { uri: paperUri, format: 'brat' })) as Export;
  assert.deepEqual(brat.files.map((f) => f.extension), ['.txt', '.ann']);
  assert.equal(brat.annotations, 6);
  assert.equal(brat.files[0]!.text.split('\n')[0], 'Labin-7');
  assert.match(brat.files[1]!.text, /^T1\tChemical 0 7\tLabin-7\nN1\tReference T1 CHEBI:12345\tLabin-7\n/);
  const bioc = (await server.connection.sendRequest('biolex/export', { uri: paperUri, format: 'bioc' })) as Export;
  const collection = JSON.parse(bioc.files[0]!.text) as { date: string; documents: { id: string }[] };
  assert.equal(bioc.files[0]!.extension, '.bioc.json');
  assert.equal(collection.documents[0]!.id, 'paper.md', 'named by its path in the workspace folder');
  assert.match(collection.date, /^\d{8}$/);
  const pubtator = (await server.connection.sendRequest('biolex/export', { uri: paperUri, format: 'pubtator' })) as Export;
  assert.match(pubtator.files[0]!.text, /^1\|t\|Labin-7\n1\|a\|Labin-7 lowers/);
  await assert.rejects(server.connection.sendRequest('biolex/export', { uri: paperUri, format: 'xml' }), /Unknown export format/);
  await assert.rejects(server.connection.sendRequest('biolex/export', { uri: labUri, format: 'brat' }), /does not analyse this document/);
});

test('deleting a workspace lexicon file takes its changes out', async () => {
  rmSync(labPath);
  await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: labUri, type: 3 }] });
  const found = await waitFor(async () => {
    const l = await labels();
    return l.includes('erastin') && l;
  }, 'erastin back');
  assert.deepEqual(found, ['erastin', 'GPX4', 'MitoROX']);
  writeFileSync(labPath, FIXED);
});

test('an untrusted workspace gets only the built-in lexicon until the client says it is trusted', async () => {
  const untrusted = await startServer({ workspaceFolders: [{ uri: folderUri, name: 'lab' }], initializationOptions: { workspaceTrusted: false } });
  try {
    await untrusted.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: paperUri, languageId: 'markdown', version: 1, text: paper } });
    await untrusted.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: labUri, languageId: 'yaml', version: 1, text: FIXED } });
    const status = await waitFor(() => untrusted.received.find((m) => m.method === 'biolex/lexiconChanged')?.params as { trusted: boolean } | undefined, 'a status');
    assert.equal(status.trusted, false);
    const items = (await untrusted.connection.sendRequest('biolex/entities', { uri: paperUri })) as Entities;
    assert.deepEqual(items.items.map((i) => i.label), ['erastin', 'GPX4']);
    const report = (await untrusted.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: labUri } })) as { items: { message: string }[] };
    assert.deepEqual(report.items.map((d) => d.message), ['This workspace is not trusted: BioLex uses only its built-in lexicon until you trust it.']);
    const actions = await untrusted.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: paperUri },
      range: { start: { line: 2, character: 0 }, end: { line: 2, character: 7 } },
      context: { diagnostics: [] },
    });
    assert.deepEqual(actions, [], 'no workspace lexicon to add to');

    await untrusted.connection.sendNotification('biolex/workspaceTrusted');
    const trusted = await waitFor(async () => {
      const l = ((await untrusted.connection.sendRequest('biolex/entities', { uri: paperUri })) as Entities).items.map((i) => i.label);
      return l.includes('Labin-8') && l;
    }, 'the workspace lexicon after trust');
    assert.deepEqual(trusted, ['Labin-7', 'Labin-7', 'GPX4', 'GPX4', 'Labin-8']);
  } finally {
    await untrusted.stop();
  }
});

test('a large workspace lexicon loads beside the server: requests are answered with the last lexicon meanwhile', async () => {
  const bigPath = join(folder, '.biolex', 'big.yaml');
  const entryCount = (): number => (sent('biolex/lexiconChanged').at(-1)!.params as { entries: number }).entries;
  // The tests before changed lab.yaml without telling the server: a reload takes that in first.
  const settled = sent('biolex/lexiconChanged').length;
  await writeLab(FIXED);
  await waitFor(() => sent('biolex/lexiconChanged').length > settled, 'a reload of lab.yaml');
  const before = entryCount();
  const labelsBefore = await labels();
  const changesBefore = sent('biolex/lexiconChanged').length;
  // Some 40,000 entries take a second or more to parse and check; on the server's thread every request waited.
  let text = 'entries:\n';
  for (let i = 0; i < 40_000; i++) text += `  - { id: big-${i}, label: Bigin-${i}, type: gene }\n`;
  writeFileSync(bigPath, text);
  await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(bigPath).href, type: 1 }] });
  // Past the reload's pause of 100 ms: the reading has begun.
  await new Promise((resolve) => setTimeout(resolve, 400));
  const during = await labels();
  assert.equal(sent('biolex/lexiconChanged').length, changesBefore, 'the request was answered before the new lexicon was in use');
  assert.deepEqual(during, labelsBefore, 'with the lexicon in use before');
  const after = await waitFor(() => entryCount() === before + 40_000 && entryCount(), 'the large lexicon in use');
  assert.equal(after, before + 40_000);

  rmSync(bigPath);
  await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(bigPath).href, type: 3 }] });
  await waitFor(() => entryCount() === before, 'the large lexicon gone');
});

test('a device or a FIFO named in biolex.lexicon.paths is skipped with the reason, and the server keeps answering', async () => {
  const special = mkdtempSync(join(tmpdir(), 'biolex-lsp-special-'));
  const fifo = join(special, 'pipe.yaml');
  const made = spawnSync('mkfifo', [fifo]);
  const paths = made.status === 0 ? ['/dev/zero', fifo] : ['/dev/zero'];
  const other = await startServer({
    workspaceFolders: [{ uri: pathToFileURL(special).href, name: 'special' }],
    initializationOptions: { workspaceTrusted: true },
    settings: { enable: true, languages: ['markdown', 'latex'], lexicon: { paths } },
  });
  try {
    const status = await waitFor(() => other.received.find((m) => m.method === 'biolex/lexiconChanged')?.params as { entries: number } | undefined, 'a lexicon status');
    assert.ok(status.entries > 100, 'the built-in lexicon in use');
    const logs = other.received.filter((m) => m.method === 'window/logMessage').map((m) => (m.params as { message: string }).message).join('\n');
    for (const path of paths) assert.match(logs, new RegExp(`${path.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: not a regular file`), logs);
    const paperUri = pathToFileURL(join(special, 'paper.md')).href;
    await other.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: paperUri, languageId: 'markdown', version: 1, text: 'GPX4 and erastin.' } });
    const items = (await other.connection.sendRequest('biolex/entities', { uri: paperUri })) as Entities;
    assert.deepEqual(items.items.map((i) => i.label), ['GPX4', 'erastin']);
  } finally {
    await other.stop();
    rmSync(special, { recursive: true, force: true });
  }
});
