import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { LineIndex } from '../../server/src/service/lineIndex';

test('a line index after a replacement equals one built from the new text', () => {
  const text = fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\n'), maxLength: 40 });
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
