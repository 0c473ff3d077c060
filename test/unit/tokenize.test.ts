/** The claim reader's tokens: words in lower case, punctuation, and mentions, at offsets from the sentence's start. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../server/src/service/claims';

/** The hash the tokenizer keeps short words by, to find two words that share a slot of its table. */
function slotOf(word: string): number {
  let hash = word.charCodeAt(0);
  for (let k = 1; k < word.length; k++) hash = (hash * 31 + word.charCodeAt(k)) | 0;
  return hash & 4095;
}

test('words come lower-cased, the same in every sentence, whatever else shares their slot in the kept words', () => {
  // Two words of one length in one slot: each must replace the other there, never be taken for it.
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const bySlot = new Map<number, string>();
  let pair: [string, string] | undefined;
  for (const a of letters) for (const b of letters) for (const c of letters) {
    const word = a + b + c;
    const other = bySlot.get(slotOf(word));
    if (other && !pair) pair = [other, word];
    bySlot.set(slotOf(word), word);
  }
  const [first, second] = pair!;
  // And two of ten letters, whose numbers go on past the seventh letter in a second part.
  const longBySlot = new Map<number, string>();
  let longPair: [string, string] | undefined;
  for (const a of letters) for (const b of letters) for (const c of letters) {
    const word = `ferropt${a}${b}${c}`.slice(0, 9) + a;
    const other = longBySlot.get(slotOf(word));
    if (other && other !== word && !longPair) longPair = [other, word];
    longBySlot.set(slotOf(word), word);
  }
  const [longFirst, longSecond] = longPair!;
  const longText = `${longFirst} ${longSecond.toUpperCase()} ${longFirst} ${longSecond}`;
  const longWords = tokenize(longText, 0, longText.length, []).all().map((t) => t.lower);
  assert.deepEqual(longWords, [longFirst, longSecond, longFirst, longSecond]);
  const text = `${first} ${second.toUpperCase()} ${first}, ${second}'s GPX4 Inhibits 2.5 cells.`;
  const words = (from: number, to: number): string[] => tokenize(text, from, to, []).all().map((t) => t.lower);
  const expected = [first, second, first, ',', `${second}'s`, 'gpx4', 'inhibits', '2', '.', '5', 'cells', '.'];
  assert.deepEqual(words(0, text.length), expected);
  assert.deepEqual(words(0, text.length), expected, 'again, from the kept words');
  const at = text.indexOf('GPX4');
  const tokens = tokenize(text, at, text.length, [{ proseStart: at, proseEnd: at + 4, id: 'gpx4' }]);
  assert.deepEqual(tokens.at(0), { kind: 'entity', lower: '', start: 0, end: 4, id: 'gpx4' });
  assert.deepEqual(tokens.at(1), { kind: 'word', lower: 'inhibits', start: 5, end: 13, id: undefined });
});

test('"not only" is one word, in any case and spacing; "not" before anything else, or "onlyx", stays "not"', () => {
  const lowers = (text: string): string[] => tokenize(text, 0, text.length, []).all().map((t) => t.lower);
  assert.deepEqual(lowers('GPX4 not only suppresses'), ['gpx4', 'not only', 'suppresses']);
  assert.deepEqual(lowers('Not  Only does it'), ['not only', 'does', 'it']);
  assert.deepEqual(lowers('not only'), ['not only']);
  assert.deepEqual(lowers('not onlyx, not, only'), ['not', 'onlyx', ',', 'not', ',', 'only']);
  const text = 'not only';
  const tokens = tokenize(text, 0, text.length, []);
  assert.deepEqual(tokens.at(0), { kind: 'word', lower: 'not only', start: 0, end: 8, id: undefined });
  // A mention right after "not" ends the word there: "only" inside a mention is no adverb.
  const mentioned = 'not only';
  assert.deepEqual(
    tokenize(mentioned, 0, mentioned.length, [{ proseStart: 4, proseEnd: 8, id: 'x' }]).all().map((t) => t.kind),
    ['word', 'entity'],
  );
});

test('a typographic apostrophe inside a word reads as a straight one: "doesn’t" is "doesn\'t"', () => {
  const text = 'FSP1 doesn’t promote it’s ’quoted’ cells’';
  assert.deepEqual(
    tokenize(text, 0, text.length, []).all().map((t) => t.lower),
    ['fsp1', "doesn't", 'promote', "it's", '’', 'quoted', '’', 'cells', '’'],
  );
});
