/**
 * `biolex` on odd input (issue "Odd and hostile input"): special files are skipped with the reason and never
 * hang the CLI, line ends and byte-order marks give the editor's lines and columns, UTF-16 is read.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');
const CLI = join(ROOT, 'dist/cli.js');
let dir: string;

before(() => {
  execFileSync(process.execPath, [join(ROOT, 'scripts/build.mjs')], { cwd: ROOT, stdio: 'ignore' });
  dir = mkdtempSync(join(tmpdir(), 'biolex-input-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

function run(cwd: string, ...args: string[]): { status: number | null; stdout: string; stderr: string } {
  // A hang is a failure, not a stuck suite: the CLI gets 20 s.
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 20_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const CLAIM = 'We show that FSP1 promotes ferroptosis.';

test('a FIFO and a link to /dev/zero in a walked folder are skipped with the reason; the rest is checked', () => {
  const folder = join(dir, 'special');
  mkdirSync(folder);
  writeFileSync(join(folder, 'real.md'), `${CLAIM}\n`);
  symlinkSync('/dev/zero', join(folder, 'zero.md'));
  const fifo = spawnSync('mkfifo', [join(folder, 'pipe.md')]);
  const { status, stdout, stderr } = run(folder, 'check', '--format', 'json', '.');
  assert.equal(status, 1, stderr);
  assert.deepEqual(JSON.parse(stdout).map((d: { file: string }) => d.file), ['real.md']);
  assert.match(stderr, /zero\.md: not a regular file \(a device\); not read/);
  if (fifo.status === 0) assert.match(stderr, /pipe\.md: not a regular file \(a named pipe\); not read/);
});

test('--lexicon /dev/zero is refused with the reason, and the check goes on with the rest', () => {
  const folder = join(dir, 'lexicon-device');
  mkdirSync(folder);
  writeFileSync(join(folder, 'paper.md'), `${CLAIM}\n`);
  const { status, stderr } = run(folder, 'check', '--lexicon', '/dev/zero', 'paper.md');
  assert.equal(status, 1, stderr);
  assert.match(stderr, /\/dev\/zero: not a regular file \(a device\); not read/);
});

test('lone \\r line ends, \\r\\n and a UTF-8 byte-order mark give the editor\'s lines and columns', () => {
  const folder = join(dir, 'line-ends');
  mkdirSync(folder);
  writeFileSync(join(folder, 'cr.md'), `# Results\r\r${CLAIM}\r`);
  writeFileSync(join(folder, 'crlf.md'), `# Results\r\n\r\n${CLAIM}\r\n`);
  writeFileSync(join(folder, 'bom.md'), `\uFEFF${CLAIM}\n`);
  const { stdout } = run(folder, 'check', '--format', 'json', '.');
  const at = (file: string): [number, number] => {
    const d = JSON.parse(stdout).find((x: { file: string }) => x.file === file);
    return [d.line, d.column];
  };
  assert.deepEqual(at('cr.md'), [3, 14]);
  assert.deepEqual(at('crlf.md'), [3, 14]);
  assert.deepEqual(at('bom.md'), [1, 14]);
});

test('UTF-16 with a byte-order mark is decoded and checked, not passed as binary', () => {
  const folder = join(dir, 'utf16');
  mkdirSync(folder);
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${CLAIM}\n`, 'utf16le')]);
  const be = Buffer.from(le.subarray(2)).swap16();
  writeFileSync(join(folder, 'le.md'), le);
  writeFileSync(join(folder, 'be.md'), Buffer.concat([Buffer.from([0xfe, 0xff]), be]));
  const { status, stdout, stderr } = run(folder, 'check', '--format', 'json', '.');
  assert.equal(status, 1, stderr);
  assert.deepEqual(JSON.parse(stdout).map((d: { file: string; line: number; column: number }) => [d.file, d.line, d.column]), [
    ['be.md', 1, 14],
    ['le.md', 1, 14],
  ]);
});

test('a workspace lexicon with an unresolved alias or an alias bomb is one broken file: its error at its place, the others used', () => {
  const folder = join(dir, 'aliases');
  mkdirSync(join(folder, '.biolex'), { recursive: true });
  writeFileSync(join(folder, 'paper.md'), 'LabX and FSP1 were studied.\n');
  writeFileSync(join(folder, '.biolex', 'a-missing.yaml'), 'entries:\n  - *missing\n');
  let bomb = 'a: &a [x, x, x, x, x, x, x, x, x]\n';
  for (const [name, previous] of [['b', 'a'], ['c', 'b'], ['d', 'c'], ['e', 'd'], ['f', 'e'], ['g', 'f']]) bomb += `${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]\n`;
  writeFileSync(join(folder, '.biolex', 'b-bomb.yaml'), `${bomb}entries: *g\n`);
  writeFileSync(join(folder, '.biolex', 'c-good.yaml'), 'entries:\n  - id: labx\n    label: LabX\n    type: compound\n');
  const { status, stdout, stderr } = run(folder, 'annotate', '--format', 'text', '--lexicon-errors=warn', 'paper.md');
  assert.equal(status, 0, stderr);
  assert.match(stdout, /LabX \(compound\)/);
  assert.match(stdout, /FSP1/);
  assert.match(stderr, /a-missing\.yaml:2:5: YAML: Unresolved alias/);
  assert.match(stderr, /b-bomb\.yaml:\d+:\d+: YAML: Excessive alias count/);
});
