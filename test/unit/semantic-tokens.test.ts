import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { semanticTokensEdits } from '../../server/src/service';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { testService, doc, uniqueUri } from '../helpers/lexicon';

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

test('tokens derived after edits equal tokens encoded afresh', () => {
  const live = testService();
  const fresh = testService();
  const words = fc.constantFrom('GPX4', 'erastin', 'lipid peroxidation', 'IFN-γ', 'CD8⁺ T cells', 'the', 'cells', 'x', ' ', '. ', '\n', '\n\n', '\r\n', '*', '$', '# ', '- ');
  const text = fc.array(words, { minLength: 1, maxLength: 60 }).map((parts) => parts.join(' '));
  const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 6 }), insert: fc.constantFrom('', 'x', 'GPX4 ', ' ', '\n', '\n\n', 'erastin', 'T') });
  let derived = 0;
  fc.assert(
    fc.property(text, fc.array(edit, { minLength: 1, maxLength: 5 }), fc.constantFrom('markdown', 'latex'), (initial, edits, languageId) => {
      const uri = uniqueUri(`tokens-${derived}`);
      let document = TextDocument.create(uri, languageId, 1, initial);
      live.provideSemanticTokens(document, document);
      edits.forEach(({ at, remove, insert }, k) => {
        const current = document.getText();
        const position = at % (current.length + 1);
        const next = current.slice(0, position) + insert + current.slice(position + remove);
        document = TextDocument.create(uri, languageId, k + 2, next);
        const tokens = live.provideSemanticTokens(document, document);
        if (live.analyze(document).edit) derived++;
        const again = TextDocument.create(`${uri}-fresh-${k}`, languageId, 1, next);
        assert.deepEqual(tokens, fresh.provideSemanticTokens(again, again), JSON.stringify({ before: current, after: next }));
        fresh.forget(again.uri);
      });
      live.forget(uri);
    }),
    { seed: 20261126, numRuns: 600 },
  );
  assert.ok(derived > 200, `only ${derived} versions were derived from the one before`);
});

test('tokens stay right over a chain of edits that add and remove mentions in different paragraphs', () => {
  const live = testService();
  const fresh = testService();
  const uri = 'memory://tokens-chain';
  const paragraphs = Array.from({ length: 12 }, (_, i) => `Paragraph ${i}: GPX4 and erastin\nin CD8⁺ T cells.`);
  let text = paragraphs.join('\n\n');
  let document = TextDocument.create(uri, 'markdown', 1, text);
  live.provideSemanticTokens(document, document);
  const edits: [string, string][] = [
    ['Paragraph 2: ', 'Paragraph 2: GPX4 with IFN-γ and '], ['Paragraph 9: GPX4', 'Paragraph 9: FSP1'], ['Paragraph 5: GPX4 and erastin', 'Paragraph 5:'],
    ['Paragraph 10: ', 'Paragraph 10: lipid peroxidation, '], ['Paragraph 1: GPX4', 'Paragraph 1: x'], ['Paragraph 11: GPX4', 'Paragraph 11: GPX4 GPX4'],
  ];
  edits.forEach(([from, to], k) => {
    text = text.replace(from, to);
    document = TextDocument.create(uri, 'markdown', k + 2, text);
    const tokens = live.provideSemanticTokens(document, document);
    assert.ok(live.analyze(document).edit, `${from}: derived from the version before`);
    const again = TextDocument.create(`${uri}-fresh-${k}`, 'markdown', 1, text);
    assert.deepEqual(tokens, fresh.provideSemanticTokens(again, again), `${from} → ${to}`);
  });
});
