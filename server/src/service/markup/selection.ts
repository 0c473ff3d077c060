/**
 * A selection as BioLex reads it: the prose of a source range, markup removed (`IFN-$\gamma$` → `IFN-γ`,
 * `\emph{Labin-7}` → `Labin-7`), so that a spelling added to a lexicon from a selection matches what the
 * recognizer sees.
 */
import type { Analysis } from '../analysis';
import { firstProseIndexFrom, SourceCursor } from './prose';

/** The prose characters whose whole source lies in [start, end), white space collapsed. */
export function proseOfRange(analysis: Analysis, start: number, end: number): string {
  const prose = analysis.prose;
  const map = new SourceCursor(prose);
  let out = '';
  for (let i = firstProseIndexFrom(prose, start); i < prose.text.length && map.startOf(i) < end; i++) if (map.endOf(i) <= end) out += prose.text[i];
  return out.replace(/\s+/g, ' ').trim();
}
