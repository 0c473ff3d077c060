/** What a full pass reuses of the last one: only readings of sentences that reading again would give. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { SentenceReadings } from '../../server/src/service/checker/sentenceReadings';
import { commonPrefix, commonSuffix } from '../../server/src/service/commonAffixes';
import type { Claim, ClaimMention } from '../../server/src/service/claims';

function naivePrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

test('common prefix and suffix, across the blocks they are compared in', () => {
  // Long texts from few letters: long common runs, differences anywhere, block edges crossed.
  const text = fc.array(fc.constantFrom('ab', 'a', 'b', 'GPX4 '.repeat(900)), { maxLength: 12 }).map((parts) => parts.join(''));
  fc.assert(
    fc.property(text, text, text, (common, a, b) => {
      const x = common + a;
      const y = common + b;
      assert.equal(commonPrefix(x, y), naivePrefix(x, y));
      const reversed = (s: string): string => [...s].reverse().join('');
      const max = Math.min(x.length, y.length) - 3 > 0 ? Math.min(x.length, y.length) - 3 : 0;
      assert.equal(commonSuffix(a + common, b + common, max), Math.min(max, naivePrefix(reversed(a + common), reversed(b + common))));
    }),
    { seed: 20261206, numRuns: 300 },
  );
});

const claim = (name: string): Claim => ({ name }) as unknown as Claim;

/** Sentences and their mentions as a pass would record them. */
function record(text: string, sentences: [string, ClaimMention[], Claim[]][]): SentenceReadings {
  const all = sentences.flatMap(([, mentions]) => mentions);
  const readings = new SentenceReadings(text, all);
  let from = 0;
  for (const [sentence, mentions, claims] of sentences) {
    const start = text.indexOf(sentence);
    readings.add(start, start + sentence.length, from, from + mentions.length, claims);
    from += mentions.length;
  }
  return readings;
}

function mention(text: string, word: string, id: string, after = 0): ClaimMention {
  const at = text.indexOf(word, after);
  return { proseStart: at, proseEnd: at + word.length, id };
}

test('a later pass reuses readings before and after what changed, and nothing else', () => {
  const before = 'FSP1 suppresses ferroptosis. RSL3 inhibits GPX4. Erastin blocks SLC7A11.';
  const after = 'FSP1 suppresses ferroptosis. RSL3 directly inhibits GPX4. Erastin blocks SLC7A11.';
  const readings = record(before, [
    ['FSP1 suppresses ferroptosis.', [mention(before, 'FSP1', 'fsp1'), mention(before, 'ferroptosis', 'ferroptosis')], [claim('first')]],
    ['RSL3 inhibits GPX4.', [mention(before, 'RSL3', 'rsl3'), mention(before, 'GPX4', 'gpx4')], [claim('second')]],
    ['Erastin blocks SLC7A11.', [mention(before, 'Erastin', 'erastin'), mention(before, 'SLC7A11', 'slc7a11')], [claim('third')]],
  ]);
  const reuse = readings.reuseFor(after);
  const ask = (sentence: string, mentions: ClaimMention[]): readonly Claim[] | undefined => {
    const start = after.indexOf(sentence);
    return reuse.claims(start, start + sentence.length, mentions, 0, mentions.length);
  };
  assert.deepEqual(ask('FSP1 suppresses ferroptosis.', [mention(after, 'FSP1', 'fsp1'), mention(after, 'ferroptosis', 'ferroptosis')]), [claim('first')]);
  assert.equal(ask('RSL3 directly inhibits GPX4.', [mention(after, 'RSL3', 'rsl3'), mention(after, 'GPX4', 'gpx4')]), undefined);
  // After the change: the same sentence, moved by the inserted word.
  assert.deepEqual(ask('Erastin blocks SLC7A11.', [mention(after, 'Erastin', 'erastin'), mention(after, 'SLC7A11', 'slc7a11')]), [claim('third')]);
});

test('a reading is not reused when the sentence\'s mentions differ (a definition came or went)', () => {
  const text = 'TF binds iron. Transferrin (TF) carries iron.';
  const readings = record(text, [['TF binds iron.', [mention(text, 'iron', 'iron')], [claim('without TF')]]]);
  const ask = (mentions: ClaimMention[]): readonly Claim[] | undefined => readings.reuseFor(text).claims(0, 14, mentions, 0, mentions.length);
  assert.equal(ask([mention(text, 'TF', 'transferrin'), mention(text, 'iron', 'iron')]), undefined);
  assert.equal(ask([mention(text, 'iron', 'other-entry')]), undefined);
  assert.deepEqual(ask([mention(text, 'iron', 'iron')]), [claim('without TF')]);
});
