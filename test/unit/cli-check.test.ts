/** `biolex check`: text, JSON and SARIF output, exit codes; SARIF validated against the SARIF 2.1.0 schema. */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';

const ROOT = resolve(__dirname, '../..');
const CLI = join(ROOT, 'dist/cli.js');
let dir: string;

before(() => {
  execFileSync(process.execPath, [join(ROOT, 'scripts/build.mjs')], { cwd: ROOT, stdio: 'ignore' });
  dir = mkdtempSync(join(tmpdir(), 'biolex-check-'));
  writeFileSync(join(dir, 'bad.md'), '# Results\n\nWe show that FSP1 promotes ferroptosis.\n');
  writeFileSync(join(dir, 'good.tex'), '\\section{Results}\nGPX4 suppresses ferroptosis~\\cite{x}.\n');
  writeFileSync(join(dir, 'controlled.md'), '<!-- biolex-disable-next-line -->\nFSP1 promotes ferroptosis.\n');
});
after(() => rmSync(dir, { recursive: true, force: true }));

function run(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

test('text output names file, line, column, severity, message and code; exit 1 on a warning', () => {
  const { status, stdout } = run('check', '.');
  assert.equal(status, 1);
  assert.match(stdout, /^bad\.md:3:14: warning: Contradicts the curated literature: .*suppresses ferroptosis.* \[mechanism-contradiction\]$/m);
  // The file's findings end with the references they cite, by the same numbers, with their DOIs.
  const numbers = /\[(\d+), (\d+)\]\. Read as/.exec(stdout)!;
  const lines = stdout.trim().split('\n');
  assert.equal(lines[1], 'bad.md: references cited');
  assert.match(lines[2]!, new RegExp(`^  \\[${numbers[1]}\\] .+ https://doi\\.org/10\\.`));
  assert.match(lines[3]!, new RegExp(`^  \\[${numbers[2]}\\] .+ https://doi\\.org/10\\.`));
  assert.equal(lines.length, 4, stdout);
});

test('a reader that closes the output early does not change the verdict', async () => {
  const { spawn } = await import('node:child_process');
  const child = spawn(process.execPath, [CLI, 'check', 'bad.md'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.destroy(); // as `| head -0` does: the finding is written to a closed pipe
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  assert.equal(status, 1, stderr);
  assert.equal(stderr, '');
});

test('JSON output and --fail-on', () => {
  const { status, stdout } = run('check', '--format', 'json', '--fail-on', 'error', 'bad.md', 'good.tex');
  assert.equal(status, 0, 'a warning does not fail --fail-on error');
  const [d, ...rest] = JSON.parse(stdout);
  assert.deepEqual(rest, []);
  assert.deepEqual(Object.keys(d), ['file', 'line', 'column', 'endLine', 'endColumn', 'severity', 'code', 'message']);
  assert.deepEqual([d.file, d.line, d.column, d.endLine, d.endColumn, d.severity, d.code], ['bad.md', 3, 14, 3, 39, 'warning', 'mechanism-contradiction']);
  assert.equal(run('check', '--fail-on=hint', 'good.tex').status, 0);
});

test('bad arguments and unreadable input exit 2 with one line on stderr', () => {
  for (const args of [['check'], ['check', '--format', 'xml', 'bad.md'], ['check', '--fail-on', 'sometimes', 'bad.md'], ['check', 'missing.md'], ['lint', 'bad.md']]) {
    const { status, stderr } = run(...args);
    assert.equal(status, 2, args.join(' '));
    assert.match(stderr, /^biolex: /, args.join(' '));
  }
});

test('SARIF output is valid SARIF 2.1.0 with rule metadata and help', () => {
  const { status, stdout } = run('check', '--format', 'sarif', '.');
  assert.equal(status, 1);
  const sarif = JSON.parse(stdout);
  const schema = JSON.parse(readFileSync(join(ROOT, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  assert.ok(validate(JSON.parse(stdout)), JSON.stringify(validate.errors, null, 1));
  const run0 = sarif.runs[0];
  assert.equal(run0.tool.driver.name, 'BioLex');
  assert.equal(run0.tool.driver.version, JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
  assert.equal(run0.tool.driver.rules[0].id, 'mechanism-contradiction');
  assert.ok(run0.tool.driver.rules[0].help.text.length > 0);
  assert.match(run0.tool.driver.rules[0].helpUri, /^https:\/\/doi\.org\//);
  assert.equal(run0.results.length, 1);
  assert.deepEqual(run0.results[0].locations[0].physicalLocation.artifactLocation, { uri: 'bad.md', uriBaseId: '%SRCROOT%' });
  assert.deepEqual(run0.results[0].locations[0].physicalLocation.region, { startLine: 3, startColumn: 14, endLine: 3, endColumn: 39 });
});

test("a lab's lexicon in ./.biolex/ and --lexicon is used; a broken file is reported and left out", (t) => {
  const lab = mkdtempSync(join(tmpdir(), 'biolex-lab-'));
  t.after(() => rmSync(lab, { recursive: true, force: true }));
  mkdirSync(join(lab, '.biolex'));
  writeFileSync(
    join(lab, '.biolex', 'lab.yaml'),
    'entries:\n  - id: labin-7\n    label: Labin-7\n    type: compound\n    summary: Our inhibitor of GPX4.\n    refs: [yang2014]\n' +
      'relations:\n  - { subject: labin-7, predicate: inhibits, object: GPX4, text: "Labin-7 inhibits GPX4.", refs: [yang2014] }\n',
  );
  writeFileSync(join(lab, 'broken.yaml'), 'entries:\n  - id: x\n    label: [broken\n');
  writeFileSync(join(lab, 'paper.md'), 'Labin-7 activates GPX4 in our cells.\n');
  // A workspace lexicon with errors stops the run, with its path, line and message (issue "Everyday use", item 4)…
  const stopped = spawnSync(process.execPath, [CLI, 'check', '--format', 'json', '--lexicon', 'broken.yaml', 'paper.md'], { cwd: lab, encoding: 'utf8' });
  assert.equal(stopped.status, 2, stopped.stderr);
  assert.match(stopped.stderr, /^biolex: the workspace lexicon has errors .*\nbroken\.yaml:\d+:\d+: /);
  assert.doesNotMatch(stopped.stderr, /file:\/\//);
  // …unless --lexicon-errors=warn: then it is reported and left out, and the rest is used.
  const result = spawnSync(process.execPath, [CLI, 'check', '--format', 'json', '--lexicon-errors=warn', '--lexicon', 'broken.yaml', 'paper.md'], { cwd: lab, encoding: 'utf8' });
  assert.equal(result.status, 1, result.stderr);
  assert.match(JSON.parse(result.stdout)[0].message, /Labin-7 inhibits GPX4/);
  assert.match(result.stderr, /broken\.yaml:\d+:\d+: .*\(file not used\)/);
  const missing = spawnSync(process.execPath, [CLI, 'check', '--lexicon', 'nowhere.yaml', 'paper.md'], { cwd: lab, encoding: 'utf8' });
  assert.equal(missing.status, 2);
});

test('the README shows the output `check examples/` really prints', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const shown = /\$ node dist\/cli\.js check examples\/\n([^]*?)\n```/.exec(readme)?.[1];
  const printed = spawnSync(process.execPath, [CLI, 'check', 'examples/'], { cwd: ROOT, encoding: 'utf8' }).stdout.trimEnd();
  assert.equal(shown, printed, 'update the README sample from `node dist/cli.js check examples/`');
});

test('help, version, unknown options, an empty folder and a missing file, as command lines expect', () => {
  const help = run('--help');
  assert.equal(help.status, 0);
  assert.match(help.stdout, /^usage: biolex <command> \[options\] PATH\.\.\./);
  assert.match(help.stdout, /Example: biolex check paper\.md/);
  const checkHelp = run('help', 'check');
  assert.equal(checkHelp.status, 0);
  for (const option of ['--format', '--fail-on', '--lexicon']) assert.match(checkHelp.stdout, new RegExp(option));
  assert.match(checkHelp.stdout, /Example: biolex check/);
  assert.equal(run('check', '-h').status, 0);
  const version = run('--version');
  assert.equal(version.status, 0);
  assert.equal(version.stdout.trim(), JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
  assert.equal(run('-V').stdout, version.stdout);
  const unknown = run('check', '--colour', 'bad.md');
  assert.equal(unknown.status, 2);
  assert.match(unknown.stderr, /^biolex: unknown option --colour for check\nusage: biolex check/);
  assert.equal(unknown.stdout, '');
  const missing = run('check', 'missing.md');
  assert.equal(missing.stderr, 'biolex: cannot read missing.md: no such file or directory\n');
  mkdirSync(join(dir, 'empty'), { recursive: true });
  const empty = run('check', 'empty');
  assert.equal(empty.status, 0);
  assert.match(empty.stderr, /^biolex: empty: no manuscripts \(\.md, \.markdown, \.tex\) in this folder$/m);
});

test('the CLI finds a file\'s workspace lexicons as the editor does: .biolex/ and biolex.lexicon.paths of the folder above it', (t) => {
  const root = mkdtempSync(join(tmpdir(), 'biolex-project-'));
  t.after(() => rmSync(root, { recursive: true, force: true }));
  const project = join(root, 'paper');
  mkdirSync(join(project, '.biolex'), { recursive: true });
  mkdirSync(join(project, '.vscode'));
  mkdirSync(join(project, 'chapters'));
  mkdirSync(join(project, 'lexicons'));
  writeFileSync(join(project, '.biolex', 'lab.yaml'), 'entries:\n  - { id: labin-7, label: Labin-7, type: compound }\n');
  writeFileSync(join(project, 'lexicons', 'more.yaml'), 'entries:\n  - { id: mitorox, label: MitoROX, type: compound }\n');
  // JSON with comments, as VS Code writes it.
  writeFileSync(join(project, '.vscode', 'settings.json'), '{\n  // our lexicons\n  "biolex.lexicon.paths": ["lexicons/more.yaml"], /* more */\n}\n');
  writeFileSync(join(project, 'chapters', 'one.md'), 'Labin-7, MitoROX and GPX4.\n');
  const { status, stdout, stderr } = spawnSync(process.execPath, [CLI, 'annotate', '--format', 'text', join('paper', 'chapters', 'one.md')], { cwd: root, encoding: 'utf8' });
  assert.equal(status, 0, stderr);
  assert.deepEqual(stdout.trim().split('\n').map((line) => line.split(': ')[1]!.split(' (')[0]), ['Labin-7', 'MitoROX', 'GPX4']);
});
