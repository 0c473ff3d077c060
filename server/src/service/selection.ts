/**
 * A selection as BioLex reads it: the prose of a source range, markup removed (`IFN-$\gamma$` → `IFN-γ`,
 * `\emph{Labin-7}` → `Labin-7`), so that a spelling added to a lexicon from a selection matches what the
 * recognizer sees.
 */
import type { Analysis } from './analysis';

/** The prose characters whose whole source lies in [start, end), white space collapsed. */
export function proseOfRange(analysis: Analysis, start: number, end: number): string {
  const { text, sourceStart, sourceEnd } = analysis.prose;
  // sourceStart is non-decreasing: find the first prose character that starts at or after `start`.
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sourceStart[mid]! < start) lo = mid + 1;
    else hi = mid;
  }
  let out = '';
  for (let i = lo; i < text.length && sourceStart[i]! < end; i++) if (sourceEnd[i]! <= end) out += text[i];
  return out.replace(/\s+/g, ' ').trim();
}
