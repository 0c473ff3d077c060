/** Checks shared by the markup tests: a prose map that stays inside the source, in order, and exact for copies. */
import assert from 'node:assert/strict';
import { expandSourceMap, type Prose } from '../../server/src/service/markup/prose';

export function assertExactMap(source: string, result: Prose): void {
  const { sourceStart, sourceEnd } = expandSourceMap(result);
  for (let i = 0; i < result.text.length; i++) {
    const start = sourceStart[i]!;
    const end = sourceEnd[i]!;
    assert.ok(start >= 0 && end <= source.length && start <= end, `char ${i} maps inside the source`);
    if (i > 0) assert.ok(start >= sourceStart[i - 1]!, `char ${i} is in order`);
    if (end - start === 1 && /[A-Za-z0-9]/.test(result.text[i]!)) assert.equal(source[start], result.text[i]);
  }
}
