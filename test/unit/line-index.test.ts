import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { LineIndex } from '../../server/src/service/markup/lineIndex';

test('a line index after a replacement equals one built from the new text', () => {
  const text = fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\n', '\r'), maxLength: 40 });
  fc.assert(
    fc.property(text, text, fc.nat(), fc.nat(), (before, inserted, a, b) => {
      const start = a % (before.length + 1);
      const oldEnd = start + (b % (before.length - start + 1));
      const after = before.slice(0, start) + inserted + before.slice(oldEnd);
      const derived = new LineIndex(before).replaced(after, start, oldEnd, start + inserted.length);
      const fresh = new LineIndex(after);
      for (let offset = 0; offset <= after.length; offset++) assert.deepEqual(derived.lineColumn(offset), fresh.lineColumn(offset), `offset ${offset}`);
    }),
    { seed: 20261126, numRuns: 3000 },
  );
});

test('a line ends at \\n, \\r\\n or a lone \\r, as in the editor', () => {
  const lines = new LineIndex('a\rb\r\nc\nd');
  assert.deepEqual([0, 2, 5, 7].map((o) => lines.lineColumn(o)), [
    { line: 1, column: 1 },
    { line: 2, column: 1 },
    { line: 3, column: 1 },
    { line: 4, column: 1 },
  ]);
  assert.deepEqual(lines.lineColumn(3), { line: 2, column: 2 }, 'the \\r of a \\r\\n belongs to its line');
});
