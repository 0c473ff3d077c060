/**
 * Protocol robustness over stdio (issue "Odd and hostile input"): a message that is not framed as the protocol
 * says makes the server say why on stderr and exit, so that the editor restarts it, instead of living on deaf.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

const SERVER = resolve(__dirname, '../../dist/server.js');

test('a message without a Content-Length header ends the server with a reason', async () => {
  const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  child.stdin.write('Content-Type: application/vscode-jsonrpc\r\n\r\n{"jsonrpc":"2.0","id":1,"method":"initialize"}');
  const timeout = new Promise<'timeout'>((done) => setTimeout(() => done('timeout'), 10_000).unref());
  const code = await Promise.race([exited, timeout]);
  if (code === 'timeout') child.kill();
  assert.notEqual(code, 'timeout', 'the server kept running');
  assert.equal(code, 1);
  assert.match(stderr, /could not be read \(Header must provide a Content-Length property/);
});
