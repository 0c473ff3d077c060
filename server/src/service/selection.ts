/**
 * A selection as BioLex reads it: the prose of a source range, markup removed (`IFN-$\gamma$` → `IFN-γ`,
 * `\emph{Labin-7}` → `Labin-7`), so that a spelling added to a lexicon from a selection matches what the
 * recognizer sees.
 */
import type { Analysis } from './analysis';
import { lowerBound } from './prose';

/** The prose characters whose whole source lies in [start, end), white space collapsed. */
export function proseOfRange(analysis: Analysis, start: number, end: number): string {
  const { text, sourceStart, sourceEnd } = analysis.prose;
  let out = '';
  for (let i = lowerBound(sourceStart, start); i < text.length && sourceStart[i]! < end; i++) if (sourceEnd[i]! <= end) out += text[i];
  return out.replace(/\s+/g, ' ').trim();
}
