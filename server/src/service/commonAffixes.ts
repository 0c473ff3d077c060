/**
 * How much two versions of a text share at their start and at their end: what an edit left as it was.
 * Compared a block at a time first: string equality is native and fast, a character loop over a megabyte is not.
 */
const BLOCK = 4096;

/** The length of the longest common prefix of `a` and `b`, at most `limit`. */
export function commonPrefix(a: string, b: string, limit = Math.min(a.length, b.length)): number {
  let i = 0;
  while (i + BLOCK <= limit && a.slice(i, i + BLOCK) === b.slice(i, i + BLOCK)) i += BLOCK;
  while (i < limit && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** The length of the longest common suffix of `a` and `b`, at most `limit`. */
export function commonSuffix(a: string, b: string, limit: number): number {
  let n = 0;
  while (n + BLOCK <= limit && a.slice(a.length - n - BLOCK, a.length - n) === b.slice(b.length - n - BLOCK, b.length - n)) n += BLOCK;
  while (n < limit && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n++;
  return n;
}
