/** The pattern language of the claim rules (server/src/service/claims/pattern.ts) on in-memory token lists. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Tokens } from '../../server/src/service/claims';
import { capture, entity, mark, matchAt, oneOf, optional, seq, upTo, word } from '../../server/src/service/claims/pattern';

/** "GPX4 ( FSP1 ) really strongly inhibits": words, marks and entities as the tokenizer makes them. */
function tokens(...items: string[]): Tokens {
  const list = new Tokens();
  let offset = 0;
  for (const item of items) {
    if (item.startsWith('@')) list.pushEntity(offset, offset + item.length - 1, item.slice(1), 'gene');
    else if (/^\w/.test(item)) list.push('word', item, offset, offset + item.length, undefined);
    else list.push('punct', item, offset, offset + 1, undefined);
    offset += item.length + 1;
  }
  return list;
}

test('seq, mark, entity and capture find an entry and its short form', () => {
  const list = tokens('@GPX4', '(', '@AIFM2', ')', 'is');
  const match = matchAt(list, 0, seq(capture('name', entity), mark('('), capture('short', entity), mark(')')));
  assert.deepEqual(match, { name: 0, short: 2, end: 4 });
  assert.equal(matchAt(list, 1, seq(entity, mark('('))), undefined);
});

test('optional, upTo and oneOf match as much as they may and no more', () => {
  const list = tokens('really', 'strongly', 'very', 'inhibits', '@GPX4');
  const adverbs = upTo(2, word('really', 'strongly', 'very'));
  assert.deepEqual(matchAt(list, 0, seq(adverbs, capture('rest', word('very')))), { rest: 2, end: 3 });
  assert.deepEqual(matchAt(list, 3, seq(optional(word('not')), oneOf(word('blocks'), word('inhibits')), capture('object', entity))), { object: 4, end: 5 });
  assert.equal(matchAt(list, 3, seq(word('inhibits'), mark('('))), undefined);
});
