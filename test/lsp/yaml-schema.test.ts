/**
 * The workspace lexicon schema as the YAML extension users have sees it: Red Hat's YAML extension runs
 * yaml-language-server, which this test starts over stdio with a YAML file naming the shipped schema.
 * (The extension associates the same file through package.json's yamlValidation.)
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';

const ROOT = resolve(__dirname, '../..');
const child = spawn(process.execPath, [resolve(ROOT, 'node_modules/yaml-language-server/bin/yaml-language-server'), '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
const published = new Map<string, { range: { start: { line: number } }; message: string }[]>();
connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: { range: { start: { line: number } }; message: string }[] }) => published.set(p.uri, p.diagnostics));
connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({ validate: true, completion: true, schemaStore: { enable: false } })));
connection.onRequest(() => null);
connection.onNotification(() => undefined);
connection.listen();

after(() => {
  connection.dispose();
  child.kill();
});

test('yaml-language-server validates and completes a workspace lexicon against the shipped schema', async () => {
  await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true } } });
  await connection.sendNotification('initialized', {});
  await connection.sendNotification('workspace/didChangeConfiguration', { settings: { yaml: { validate: true, completion: true, schemaStore: { enable: false } } } });
  const schema = pathToFileURL(resolve(ROOT, 'lexicon/schema/workspace.schema.json')).href;
  const uri = 'file:///virtual/.biolex/lab.yaml';
  const text = `# yaml-language-server: $schema=${schema}\nentries:\n  - id: labin-7\n    label: Labin-7\n    type: drug\n    colour: red\n`;
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
  for (let i = 0; i < 100 && !published.get(uri)?.length; i++) await new Promise((r) => setTimeout(r, 100));
  const diagnostics = (published.get(uri) ?? []).map((d) => [d.range.start.line, d.message]);
  assert.ok(diagnostics.some(([line, message]) => line === 4 && /gene/.test(String(message))), JSON.stringify(diagnostics));
  assert.ok(diagnostics.some(([line, message]) => line === 5 && /colour/.test(String(message))), JSON.stringify(diagnostics));
  const completion = (await connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 4, character: 10 } })) as { items: { label: string }[] };
  assert.deepEqual(completion.items.map((i) => i.label).sort(), ['cell', 'complex', 'compound', 'gene', 'metabolite', 'process']);
});
