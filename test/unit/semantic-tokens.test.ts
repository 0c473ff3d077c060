import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { semanticTokensEdits } from '../../server/src/service';
import { testService, doc } from '../helpers/lexicon';

function apply(data: readonly number[], edits: ReturnType<typeof semanticTokensEdits>): number[] {
  const out = [...data];
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) out.splice(edit.start, edit.deleteCount, ...edit.data);
  return out;
}

test('semantic token edits turn the previous tokens into the next ones', () => {
  const tokens = fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 30 });
  fc.assert(
    fc.property(tokens, tokens, (previous, next) => {
      const edits = semanticTokensEdits(previous, next);
      assert.deepEqual(apply(previous, edits), next);
      if (previous.join() === next.join()) assert.equal(edits.length, 0);
    }),
    { seed: 20261126, numRuns: 2000 },
  );
});

test('typing a word before a mention changes only the tokens around the edit', () => {
  const service = testService();
  const paragraph = 'GPX4 reduces peroxides, and FSP1 reduces CoQ10 at the membrane.\n';
  const before = paragraph.repeat(200);
  const at = before.length / 2;
  const after = `${before.slice(0, at)}Here ${before.slice(at)}`;
  const lines = { positionAt: (text: string) => (offset: number) => ({ line: text.slice(0, offset).split('\n').length - 1, character: offset - text.lastIndexOf('\n', offset - 1) - 1 }) };
  const previous = service.provideSemanticTokens(doc(before, 'markdown', 1), { positionAt: lines.positionAt(before) });
  const next = service.provideSemanticTokens(doc(after, 'markdown', 2), { positionAt: lines.positionAt(after) });
  const edits = semanticTokensEdits(previous, next);
  assert.deepEqual(apply(previous, edits), next);
  assert.equal(edits.length, 1);
  // "Here " opens a line that starts with GPX4: that token's column moves, nothing else.
  assert.ok(edits[0]!.data.length <= 5, `${edits[0]!.data.length} numbers sent of ${next.length}`);
});

test('a mention broken across a CRLF line break becomes one token per line, without the break', () => {
  const service = testService();
  const text = 'A lipid\r\nperoxidation, then GPX4.';
  // LSP lines end at \r\n: line 1 starts after it.
  const positionAt = (offset: number) => (offset < 9 ? { line: 0, character: offset } : { line: 1, character: offset - 9 });
  const data = service.provideSemanticTokens(doc(text), { positionAt });
  assert.deepEqual(
    [data.slice(0, 3), data.slice(5, 8), data.slice(10, 13)],
    [[0, 2, 5], [1, 0, 12], [0, 19, 4]],
  );
});
