/** `biolex check` reads each document's bibliographies relative to the document and reports unknown keys. */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');
const CLI = join(ROOT, 'dist/cli.js');
let dir: string;

before(() => {
  execFileSync(process.execPath, [join(ROOT, 'scripts/build.mjs')], { cwd: ROOT, stdio: 'ignore' });
  dir = mkdtempSync(join(tmpdir(), 'biolex-cite-'));
  mkdirSync(join(dir, 'paper'));
  writeFileSync(join(dir, 'paper/refs.bib'), '@article{dixon2012, title={Ferroptosis}, year={2012}}\n');
  writeFileSync(join(dir, 'paper/paper.md'), '---\nbibliography: refs.bib\n---\n\nCells die [@dixon2012; @dixon2021].\n');
  writeFileSync(join(dir, 'paper/chapter.tex'), 'As \\citep{dixon2012} and \\cite{nobody} show.\n\\bibliography{refs}\n');
  writeFileSync(join(dir, 'paper/lost.md'), '---\nbibliography: [refs.bib, gone.bib]\n---\n\n[@dixon2012]\n');
  writeFileSync(join(dir, 'plain.md'), 'No bibliography here [@whatever].\n');
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('check reports unknown keys and missing bibliographies, from another working directory', () => {
  const result = spawnSync(process.execPath, [CLI, 'check', '.'], { cwd: dir, encoding: 'utf8' });
  assert.equal(result.status, 1, result.stderr);
  const lines = result.stdout.trimEnd().split('\n');
  assert.deepEqual(lines, [
    'paper/chapter.tex:1:32: warning: The citation key "nobody" is not in the bibliography (refs.bib). [unknown-citation]',
    `paper/lost.md:2:26: warning: The bibliography gone.bib was not found (no file ${join(dir, 'paper/gone.bib')}); its citations are not checked. [bibliography-not-found]`,
    'paper/paper.md:5:25: warning: The citation key "dixon2021" is not in the bibliography (refs.bib). Did you mean "dixon2012"? [unknown-citation]',
  ]);
});

test('check --format json carries the code, and a run from inside the folder reads the same files', () => {
  const result = spawnSync(process.execPath, [CLI, 'check', '--format', 'json', 'paper.md'], { cwd: join(dir, 'paper'), encoding: 'utf8' });
  const diagnostics = JSON.parse(result.stdout) as { code: string; line: number; column: number }[];
  assert.deepEqual(diagnostics.map((d) => [d.code, d.line, d.column]), [['unknown-citation', 5, 25]]);
});
