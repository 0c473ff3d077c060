/** The built-in lexicon parsed at build time must read exactly as the YAML does, and only while the YAML is unchanged. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, cpSync, rmSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadLexicon, precompileLexicon, usePrecompiledLexicon, type LexiconFile } from '../../server/src/service';
import { precompiledLexiconJson, readLexiconDirectory, takePrecompiledLexicon } from '../../server/src/node/lexiconFiles';

const LEXICON = resolve(__dirname, '../../lexicon');

function comparable(files: readonly LexiconFile[]): unknown {
  const { lexicon, problems } = loadLexicon(files);
  return JSON.parse(JSON.stringify({ entries: [...lexicon.entries], references: [...lexicon.references], relations: lexicon.relations, verbs: lexicon.verbs, problems }));
}

test('a precompiled lexicon, through JSON, loads exactly as its YAML does', () => {
  const stored = JSON.parse(JSON.stringify(precompileLexicon(readLexiconDirectory(LEXICON, false))));
  const files = readLexiconDirectory(LEXICON, false);
  assert.equal(usePrecompiledLexicon(files, stored), files.length);
  assert.deepEqual(comparable(files), comparable(readLexiconDirectory(LEXICON, false)));
});

test('a file whose text changed since the build is read again; other stored files are still taken', () => {
  const stored = JSON.parse(JSON.stringify(precompileLexicon(readLexiconDirectory(LEXICON, false))));
  const files = readLexiconDirectory(LEXICON, false).map((file) =>
    file.file.endsWith('genes.yaml') ? { ...file, text: file.text.replace('label: GPX4', 'label: GPX4 (edited)') } : file,
  );
  assert.equal(usePrecompiledLexicon(files, stored), files.length - 1);
  const { lexicon } = loadLexicon(files);
  assert.equal(lexicon.entries.get('GPX4')?.label, 'GPX4 (edited)');
});

test('anything that is not a precompiled lexicon is ignored', () => {
  const files = readLexiconDirectory(LEXICON, false);
  for (const junk of [null, 42, 'text', {}, { format: 'other', files: [] }, { format: 'biolex-precompiled-lexicon-1', files: [{ file: 1 }] }]) {
    assert.equal(usePrecompiledLexicon(files, junk), 0);
  }
});

test('the stored form names files by a placeholder, so a lexicon installed elsewhere still finds them', (t) => {
  const elsewhere = mkdtempSync(join(tmpdir(), 'biolex-lexicon-'));
  t.after(() => rmSync(elsewhere, { recursive: true, force: true }));
  cpSync(LEXICON, elsewhere, { recursive: true });
  const stored = precompiledLexiconJson(LEXICON);
  assert.ok(!stored.includes(LEXICON), 'no build path in the stored form');
  const files = readLexiconDirectory(elsewhere, false);
  assert.equal(takePrecompiledLexicon(files, stored, elsewhere), files.length);
  const gpx4 = loadLexicon(files).lexicon.entries.get('GPX4')!;
  assert.ok(gpx4.source.file.startsWith(pathToFileURL(elsewhere).href), gpx4.source.file);
  assert.equal(takePrecompiledLexicon(readLexiconDirectory(elsewhere, false), '{"format": trunc', elsewhere), 0);
});
