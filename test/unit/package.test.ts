/**
 * The packages hold what they need and nothing else (issue "Everyday use", item 1): the VSIX (`vsce ls`, as
 * `npm run package` builds it) and the npm tarball of the CLI (`npm pack`). Run after `npm run build`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

test('the VSIX holds the bundles, the lexicon, the grammars, the images and the metadata, and nothing else', () => {
  // `vsce package` refuses a package.json "files" list beside .vscodeignore (`vsce ls` does not): npm's list is .npmignore.
  assert.equal(manifest.files, undefined);
  const listed = spawnSync(join(ROOT, 'node_modules/.bin/vsce'), ['ls', '--no-dependencies'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(listed.status, 0, listed.stderr);
  const files = listed.stdout.trim().split('\n').sort();
  const allowed = /^(package\.json|README\.md|LICENSE|CHANGELOG\.md|images\/(icon|hover|mechanism-map)\.png|dist\/(extension|server|lexiconWorker|mapView)\.js|dist\/lexicon\.json|lexicon\/[\w/.-]+\.(ya?ml|json)|syntaxes\/[\w.-]+\.json)$/;
  assert.deepEqual(files.filter((file) => !allowed.test(file)), []);
  for (const needed of ['dist/extension.js', 'dist/server.js', 'dist/lexiconWorker.js', 'dist/mapView.js', 'dist/lexicon.json', 'images/icon.png', 'CHANGELOG.md', 'lexicon/relations.yaml']) {
    assert.ok(files.includes(needed), `${needed} is in the VSIX`);
  }
});

test('the npm tarball holds the CLI and the lexicon it reads, not the sources or the tests', () => {
  const packed = spawnSync('npm', ['pack', '--dry-run', '--json'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(packed.status, 0, packed.stderr);
  const files = (JSON.parse(packed.stdout) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path);
  for (const needed of ['dist/cli.js', 'dist/lexicon.json', 'lexicon/entities/genes.yaml', 'README.md', 'LICENSE', 'package.json']) assert.ok(files.includes(needed), `${needed} is packed`);
  assert.deepEqual(files.filter((file) => /^(test|server|client|bench|node_modules)\//.test(file)), []);
  assert.equal(manifest.bin.biolex, './dist/cli.js');
});

test('the extension is ready for the Marketplace and Open VSX: icon, keywords, changelog', () => {
  assert.ok(existsSync(join(ROOT, manifest.icon)), manifest.icon);
  assert.ok(manifest.keywords.length >= 5 && manifest.keywords.length <= 30, 'the Marketplace takes at most 30 keywords');
  assert.match(readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8'), /^# Changelog\n/);
});
