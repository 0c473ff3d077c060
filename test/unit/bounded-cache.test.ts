import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BoundedCache } from '../../server/src/service/boundedCache';

test('a bounded cache holds at most twice its limit and keeps what was used recently', () => {
  const cache = new BoundedCache<number, string>(100);
  for (let i = 0; i < 10_000; i++) {
    cache.set(i, `v${i}`);
    // Key 0 is used all along: it must survive however many others come and go.
    assert.equal(cache.get(0), 'v0');
    assert.ok(cache.size <= 200, `size ${cache.size} after ${i + 1} entries`);
  }
  assert.equal(cache.get(9_999), 'v9999');
  assert.equal(cache.get(5_000), undefined);
});

test('a bounded cache replaces a value and forgets everything on clear', () => {
  const cache = new BoundedCache<string, number>(2);
  cache.set('a', 1);
  cache.set('b', 2); // 'a' and 'b' move to the old generation
  cache.set('a', 3);
  assert.equal(cache.get('a'), 3);
  assert.equal(cache.get('b'), 2);
  assert.equal(cache.size, 2);
  cache.clear();
  assert.equal(cache.get('a'), undefined);
  assert.equal(cache.size, 0);
});

test('a bounded cache stores what its key function makes of a new key, on insertion and on promotion', () => {
  const stored: string[] = [];
  const cache = new BoundedCache<string, number>(2, (key) => {
    stored.push(key);
    return key;
  });
  cache.set('a', 1);
  cache.set('a', 2); // present: stored as it was
  assert.deepEqual(stored, ['a']);
  cache.set('b', 3); // 'a' and 'b' move to the old generation
  assert.equal(cache.get('a'), 2); // promoted: stored again
  assert.deepEqual(stored, ['a', 'b', 'a']);
});
