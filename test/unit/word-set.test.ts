import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WordSet } from '../../server/src/service/claims';

test('a word set finds its members and nothing else, whatever their first letter and length', () => {
  const long = 'a'.repeat(40);
  const members = ['inhibits', 'in', 'induces', 'ß-catenin', 'γ', long, 'x'];
  const set = new WordSet(members);
  for (const word of members) assert.ok(set.has(word), word);
  // Same first letter, other lengths; same length, other first letters; longer than 31; empty; non-ASCII.
  for (const word of ['inhibit', 'inhibitss', 'i', 'on', 'xx', 'a'.repeat(41), 'a'.repeat(39), '', 'ß', 'δ', 'Inhibits']) assert.ok(!set.has(word), word);
});
