/** The cursor markers the LSP tests write their positions with (test/helpers/markers.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { marked } from '../helpers/markers';

test('markers are removed and become LSP positions, in UTF-16 code units, on any line ending', () => {
  const doc = marked('# Title\r\n\r\nα-⟨tok⟩toc⟨x⟩opherol and 𝛼⟨/tok⟩\nGPX4⟨end⟩');
  assert.equal(doc.text, '# Title\r\n\r\nα-tocopherol and 𝛼\nGPX4');
  assert.deepEqual(doc.at('tok'), { line: 2, character: 2 });
  assert.deepEqual(doc.at('x'), { line: 2, character: 5 });
  assert.deepEqual(doc.range('tok'), { start: { line: 2, character: 2 }, end: { line: 2, character: 19 } });
  assert.deepEqual(doc.at('end'), { line: 3, character: 4 });
  assert.equal(doc.text.slice(doc.offset('tok'), doc.offset('/tok')), 'tocopherol and 𝛼');
});

test('a missing or repeated marker is an error in the test, not a position', () => {
  assert.throws(() => marked('GPX4').at('gpx4'), /no marker ⟨gpx4⟩/);
  assert.throws(() => marked('⟨a⟩GPX4⟨/a⟩').range('b'), /no marker ⟨b⟩/);
  assert.throws(() => marked('⟨a⟩GPX4 ⟨a⟩FSP1'), /used twice/);
});
