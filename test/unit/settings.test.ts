/** The `biolex.*` settings as the server reads them: defaults, and malformed values falling back to them. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_SETTINGS, toServiceSettings } from '../../server/src/settings';

test('settings: what the editor sends, and the defaults for what it leaves out or gets wrong', () => {
  assert.deepEqual(toServiceSettings(undefined), DEFAULT_SETTINGS);
  assert.deepEqual(toServiceSettings({ citations: { suggest: 'no' }, diagnostics: { severity: 'loud' }, latex: { rootFile: 3 } }), DEFAULT_SETTINGS);
  const read = toServiceSettings({ citations: { suggest: false }, diagnostics: { severity: 'hint' }, latex: { rootFile: ' thesis.tex ' }, lexicon: { paths: ['a.yaml', '', 4] } });
  assert.equal(read.suggestCitations, false);
  assert.equal(read.severity, 'hint');
  assert.equal(read.latexRootFile, 'thesis.tex');
  assert.deepEqual(read.lexiconPaths, ['a.yaml']);
});
