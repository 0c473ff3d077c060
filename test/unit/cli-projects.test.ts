/** `biolex check` on a LaTeX project: a root brings in its includes, a chapter cites from its root's .bib. */
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
  dir = mkdtempSync(join(tmpdir(), 'biolex-project-'));
  mkdirSync(join(dir, 'thesis/chapters'), { recursive: true });
  writeFileSync(join(dir, 'thesis/refs.bib'), '@article{dixon2012, title={Ferroptosis}, year={2012}}\n');
  writeFileSync(
    join(dir, 'thesis/thesis.tex'),
    '\\documentclass{report}\n\\begin{document}\n\\input{chapters/intro}\n\\input{chapters/gone}\n\\include{chapters/results}\n\\bibliography{refs}\n\\end{document}\n',
  );
  writeFileSync(join(dir, 'thesis/chapters/intro.tex'), '% !TEX root = ../thesis.tex\nAs \\cite{dixon2012} and \\cite{dixn2012} show.\n');
  // Its \input is relative to the root's folder, as LaTeX reads it; intro.tex is read once.
  writeFileSync(join(dir, 'thesis/chapters/results.tex'), 'Shown by \\cite{nobody}.\n\\input{chapters/intro}\n');
  writeFileSync(join(dir, 'thesis/chapters/orphan.tex'), 'No root includes me \\cite{nobody}.\n');
  writeFileSync(join(dir, 'thesis/chapters/picture.tex'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
});
after(() => rmSync(dir, { recursive: true, force: true }));

const check = (cwd: string, ...args: string[]) => spawnSync(process.execPath, [CLI, 'check', ...args], { cwd, encoding: 'utf8' });

test('check on a root checks the files it includes, each once, with paths from the working directory', () => {
  const result = check(dir, 'thesis/thesis.tex', 'thesis/chapters/intro.tex');
  assert.equal(result.status, 1, result.stderr);
  assert.equal(result.stderr, '');
  assert.deepEqual(result.stdout.trimEnd().split('\n'), [
    `thesis/thesis.tex:4:1: warning: \\input: chapters/gone was not found (no file ${join(dir, 'thesis/chapters/gone.tex')}); the rest of the project is read without it. [missing-include]`,
    'thesis/chapters/intro.tex:2:31: warning: The citation key "dixn2012" is not in the bibliography (refs.bib). Did you mean "dixon2012"? [unknown-citation]',
    'thesis/chapters/results.tex:1:16: warning: The citation key "nobody" is not in the bibliography (refs.bib). [unknown-citation]',
  ]);
});

test('check on a chapter alone finds its root in the workspace and cites from its .bib', () => {
  const result = check(join(dir, 'thesis/chapters'), 'results.tex', 'orphan.tex');
  assert.deepEqual(result.stdout.trimEnd().split('\n'), ['results.tex:1:16: warning: The citation key "nobody" is not in the bibliography (refs.bib). [unknown-citation]']);
});

test('a binary file named .tex among the includes is a missing-include, and nothing else is lost', () => {
  writeFileSync(join(dir, 'thesis/thesis.tex'), '\\documentclass{report}\n\\input{chapters/picture}\n\\input{chapters/results}\n\\bibliography{refs}\n');
  const result = check(dir, '--format', 'json', 'thesis/thesis.tex');
  const diagnostics = JSON.parse(result.stdout) as { file: string; code: string; message: string }[];
  assert.deepEqual(diagnostics.map((d) => [d.file, d.code]), [
    ['thesis/thesis.tex', 'missing-include'],
    ['thesis/chapters/results.tex', 'unknown-citation'],
    ['thesis/chapters/intro.tex', 'unknown-citation'],
  ]);
  assert.match(diagnostics[0]!.message, /could not be read \(a binary file, not LaTeX\)/);
});

test('a chapter whose % !TEX root names no file is warned at the path, and still cites from the root that includes it', () => {
  writeFileSync(join(dir, 'thesis/chapters/stale.tex'), '% !TEX root = ../gone.tex\nShown by \\cite{nobody}.\n');
  writeFileSync(join(dir, 'thesis/thesis.tex'), '\\documentclass{report}\n\\input{chapters/stale}\n\\bibliography{refs}\n');
  const result = check(join(dir, 'thesis/chapters'), 'stale.tex');
  assert.deepEqual(result.stdout.trimEnd().split('\n'), [
    `stale.tex:1:15: warning: The root file ../gone.tex named here was not found (no file ${join(dir, 'thesis/gone.tex')}); BioLex looks for this file's root as if the directive were not there. [root-not-found]`,
    'stale.tex:2:16: warning: The citation key "nobody" is not in the bibliography (refs.bib). [unknown-citation]',
  ]);
});

test('annotate on a root reads the files it includes, each once, with the short forms the project defines', () => {
  const project = join(dir, 'annotated');
  mkdirSync(join(project, 'chapters'), { recursive: true });
  writeFileSync(join(project, 'main.tex'), '\\documentclass{report}\n\\begin{document}\n\\input{chapters/a}\n\\input{chapters/b}\n\\end{document}\n');
  writeFileSync(join(project, 'chapters/a.tex'), 'Iron is released by the labile iron pool (LIP).\n');
  writeFileSync(join(project, 'chapters/b.tex'), 'The LIP grew.\n');
  const text = spawnSync(process.execPath, [CLI, 'annotate', '--format', 'text', 'main.tex', 'chapters/b.tex'], { cwd: project, encoding: 'utf8' });
  assert.equal(text.status, 0, text.stderr);
  assert.deepEqual(text.stdout.trimEnd().split('\n').map((line) => line.replace(/ \(.*$/, '')), [
    'chapters/a.tex:1:1: iron',
    'chapters/a.tex:1:25: labile iron pool',
    'chapters/a.tex:1:43: labile iron pool',
    'chapters/b.tex:1:5: labile iron pool',
  ]);
  // One document per file in the exports.
  const pubtator = spawnSync(process.execPath, [CLI, 'annotate', '--format', 'pubtator', 'main.tex'], { cwd: project, encoding: 'utf8' });
  assert.equal(pubtator.status, 0, pubtator.stderr);
  assert.equal(pubtator.stdout.split('\n').filter((line) => /\|t\|/.test(line)).length, 3);
  // Or one for the project, named after its root; a file outside it stays a document of its own.
  writeFileSync(join(project, 'notes.md'), 'GPX4 notes.\n');
  const joined = spawnSync(process.execPath, [CLI, 'annotate', '--format', 'bioc', '--one-document', 'main.tex', 'notes.md'], { cwd: project, encoding: 'utf8' });
  assert.equal(joined.status, 0, joined.stderr);
  const collection = JSON.parse(joined.stdout) as { documents: { id: string; passages: { infons: Record<string, string>; annotations: { text: string }[] }[] }[] };
  assert.deepEqual(collection.documents.map((d) => d.id), ['main.tex', 'notes.md']);
  const passages = collection.documents[0]!.passages;
  assert.deepEqual(passages.map((p) => p.infons['file']), ['chapters/a.tex', 'chapters/b.tex']);
  assert.deepEqual(passages.flatMap((p) => p.annotations.map((a) => a.text)), ['Iron', 'labile iron pool', 'LIP', 'LIP']);
  const brat = join(dir, 'brat-out');
  const written = spawnSync(process.execPath, [CLI, 'annotate', '--format', 'brat', '--one-document', '--out', brat, 'main.tex'], { cwd: project, encoding: 'utf8' });
  assert.equal(written.status, 0, written.stderr);
  assert.match(written.stderr, /wrote 2 files/);
  const misused = spawnSync(process.execPath, [CLI, 'annotate', '--one-document', 'main.tex'], { cwd: project, encoding: 'utf8' });
  assert.equal(misused.status, 2);
  assert.match(misused.stderr, /--one-document applies to --format bioc, pubtator or brat, not json/);
});
