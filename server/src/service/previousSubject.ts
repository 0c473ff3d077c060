/**
 * The subject a sentence takes from the one before ("p53 is a driver of apoptosis. In ferroptosis, however, it
 * activates SLC7A11."): the entry that opens the sentence before, in the same paragraph. A sentence that opens
 * with something else, or names a list of entries first, gives none: precision comes first.
 */
import type { Analysis } from './analysis';
import type { Sentence } from './sentences';
import { REFERRING_NOUNS } from './claims/vocabulary';

/** Whether the sentence at [start, end) may refer back to the sentence before it ("it", "they", "this protein"). */
export function mayReferBack(text: string, start: number, end: number): boolean {
  return REFERS_BACK.test(text.slice(start, end));
}
const REFERS_BACK = new RegExp(String.raw`\b(?:it|they|th(?:is|ese) (?:${[...REFERRING_NOUNS].join('|')})s?)\b`, 'i');

/** Words that may come before the subject at the opening of a sentence. */
const OPENING = /^\s*(?:(?:the|in addition|moreover|however|furthermore|similarly|notably|importantly|indeed|first|second|finally|conversely|likewise|thus)\s*,?\s*)?$/i;

/**
 * The id of the entry that opens the sentence `before` (its mentions from `firstMention` on), in the same
 * paragraph as the sentence at `next`; undefined if it opens with anything else or with two entries.
 */
export function previousSubject(text: string, before: Sentence, firstMention: number, next: number, mentions: Analysis['mentions']): string | undefined {
  if (text.slice(before.end, next).includes('\n\n')) return undefined;
  const first = mentions[firstMention];
  if (!first || first.proseStart >= before.end || !OPENING.test(text.slice(before.start, first.proseStart))) return undefined;
  // "GPX4 and FSP1 …", "GPX4, FSP1 …": a list is no one subject.
  const second = mentions[firstMention + 1];
  if (second && second.proseStart < before.end && /^\s*(?:,|and|or)\s*$/.test(text.slice(first.proseEnd, second.proseStart))) return undefined;
  return first.id;
}
