/**
 * The sentence a diagnostic sits in, in source, and the keys that sentence cites: what both citation features
 * (citedSupport.ts, uncitedClaims.ts) ask of a flagged or backed claim.
 */
import type { Analysis } from '../analysis';
import type { CitedKey } from '../bibliography/citationKeys';
import { firstProseIndexFrom, toSourceRange } from '../markup/prose';
import { splitSentences } from '../markup/sentences';

/**
 * The source range of the sentence at the source offset `at`: only its paragraph is split (sentences never run
 * across the blank line between blocks), as this runs at every diagnostics pull.
 */
export function sentenceAt(analysis: Analysis, at: number): { start: number; end: number } | undefined {
  const text = analysis.prose.text;
  const index = firstProseIndexFrom(analysis.prose, at);
  const from = text.lastIndexOf('\n\n', index) + 1;
  const next = text.indexOf('\n\n', index);
  const sentence = splitSentences(text, from, next < 0 ? text.length : next).find((s) => s.start <= index && index < s.end);
  return sentence && toSourceRange(analysis.prose, sentence.start, sentence.end);
}

/** The keys the sentence cites: a citation closes its sentence before the full stop, or right after it ("…ferroptosis.\cite{x}"). */
export function keysCitedIn(keys: readonly CitedKey[], sentence: { start: number; end: number }): CitedKey[] {
  return keys.filter((k) => k.start >= sentence.start && k.start <= sentence.end + 2);
}

/** Whether the sentence cites any key (`keysCitedIn`), found by a binary search: the keys are in source order. */
export function citesAny(keys: readonly CitedKey[], sentence: { start: number; end: number }): boolean {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (keys[mid]!.start < sentence.start) lo = mid + 1;
    else hi = mid;
  }
  return lo < keys.length && keys[lo]!.start <= sentence.end + 2;
}
