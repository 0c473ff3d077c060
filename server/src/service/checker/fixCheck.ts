/**
 * A quick fix is offered only when the sentence it writes states what the curated relation says: the fixed
 * sentence (with the one before it, for "It…") is read again as a document of its own, and must hold a claim
 * between the same two entries that agrees with the lexicon, none that contradicts it, and no new contradiction
 * between other entries ("Erastin and ferrostatin-1 both induce…" is not mended by "suppress"). No diagnostic is
 * not enough: "Ferroportin imports iron into the cell" fixed to "Ferroportin exports iron into the cell" raises
 * none, yet says nothing right (the place says the other way, so it reads as no claim) and is not offered.
 *
 * Reading a sentence again costs as much as a check of it, so a diagnostic's fixes are checked when they are
 * asked for (a code action, a test), not when the document is checked: the full check of the 1 MB bench took
 * twice as long with every fix checked at once.
 */
import type { Analysis, Markup } from '../analysis';
import type { QuickFix } from './mechanismFixes';

/** What a fix is checked against: the source of the claim's sentence (and the one before), and the claim's pair. */
export interface FixContext {
  readonly text: string;
  /** Where `text` starts in the document's source. */
  readonly start: number;
  readonly markup: Markup;
  readonly subject: string;
  readonly object: string;
}

/** What the fix check needs of the checker. */
export interface FixReader {
  /** The analysis of `text` as a document of its own, in the markup given. */
  analyze(text: string, markup: Markup): Analysis;
  /** Each pair of entries a claim of `analysis` joins, after the checker resolved it, and whether it contradicts. */
  pairs(analysis: Analysis, visit: (subject: string, object: string, contradicted: boolean) => void): void;
  /** Whether the lexicon curates a relation between the two entries. */
  related(subject: string, object: string): boolean;
}

export function fixStatesRelation(context: FixContext, fix: QuickFix, reader: FixReader): boolean {
  const { text: original, start } = context;
  if (fix.edits.some((edit) => edit.start < start || edit.end > start + original.length)) return false;
  let text = original;
  for (const edit of [...fix.edits].sort((a, b) => b.start - a.start)) text = text.slice(0, edit.start - start) + edit.newText + text.slice(edit.end - start);
  let agrees = false;
  let contradicts = false;
  const wrongAfter = new Set<string>();
  reader.pairs(reader.analyze(text, context.markup), (subject, object, contradicted) => {
    if (contradicted) wrongAfter.add(`${subject}\u0000${object}`);
    if (subject !== context.subject || object !== context.object) return;
    if (contradicted) contradicts = true;
    else if (reader.related(subject, object)) agrees = true;
  });
  if (!agrees || contradicts) return false;
  if (wrongAfter.size === 0) return true;
  const wrongBefore = new Set<string>();
  reader.pairs(reader.analyze(original, context.markup), (subject, object, contradicted) => {
    if (contradicted) wrongBefore.add(`${subject}\u0000${object}`);
  });
  return [...wrongAfter].every((pair) => wrongBefore.has(pair));
}
