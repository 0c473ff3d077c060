/**
 * Names the lexicon lacks ("deferoxamine", "zileuton"), which writers introduce by a class noun: "the iron chelator
 * deferoxamine", "the LOX inhibitor zileuton". The class says what the compound does to the entry it names.
 */
import type { ClaimParty } from './claim';
import type { Tokens } from './tokens';
import { ADVERBS, INVERTING_POST, KEEPING_POST, OBJECT_FILLERS, PHRASE_OPENERS, REFERRING_NOUNS } from './vocabulary';

/** Nouns of a compound's class after the entry it acts on: "the iron chelator", "the NRF2 activator". */
export const CLASS_NOUNS = /^(inhibitor|chelator|antagonist|blocker|activator|agonist|inducer|degrader)$/;
/** Entries that are a class of compounds ("lox-inhibitors"), which a name the lexicon lacks may follow. */
export const CLASS_ENTRY = /-(inhibitors|chelators|antagonists|blockers|activators|agonists|inducers|degraders)$/;

/** The party of "the iron chelator" when that class noun is at `at`, right before a name: loss of iron. */
export function classBeforeName(tokens: Tokens, at: number): ClaimParty | undefined {
  const word = tokens.lower(at) ?? '';
  if (tokens.kind(at) !== 'word' || !CLASS_NOUNS.test(word) || tokens.kind(at - 1) !== 'entity' || !/^(the|an?)$/.test(tokens.lower(at - 2) ?? '')) return undefined;
  const entity = tokens.at(at - 1)!;
  return { id: entity.id!, inverted: INVERTING_POST.has(word), start: entity.start, end: tokens.at(at)!.end };
}

/** Whether the word at `at` is a name no vocabulary knows ("deferoxamine", "ML210"), not a word of a claim. */
export function isUnknownName(tokens: Tokens, at: number): boolean {
  const word = tokens.lower(at)!;
  return word.length >= 3 && !/^(and|or|but|nor|the|that|which|who|was|were|has|had|did|does|may|can|alone|itself|also)$/.test(word) && !OBJECT_FILLERS.has(word) && !ADVERBS.has(word) && !INVERTING_POST.has(word) && !KEEPING_POST.has(word) && !PHRASE_OPENERS.has(word) && !REFERRING_NOUNS.has(word) && !/(?:ed|ing|ion|ity|ment|ness|s)$/.test(word);
}

/**
 * "Zileuton, a lipoxygenase inhibitor, enhanced…", "brequinar (a DHODH inhibitor) sensitized…": a name the lexicon
 * lacks, then its class set off by commas or parentheses closing at `close`. The index where the class ends (a
 * class entry, or the class noun after the entry it acts on), or -1.
 */
export function classAfterName(tokens: Tokens, close: number): number {
  const closing = tokens.lower(close);
  if (closing !== ',' && closing !== ')') return -1;
  const classEntry = tokens.kind(close - 1) === 'entity' && CLASS_ENTRY.test(tokens.at(close - 1)!.id ?? '');
  const classNoun = tokens.kind(close - 1) === 'word' && CLASS_NOUNS.test(tokens.lower(close - 1)!) && tokens.kind(close - 2) === 'entity';
  if (!classEntry && !classNoun) return -1;
  let open = close - 2;
  while (open > close - 6 && tokens.kind(open) !== 'punct' && !/^(a|an)$/.test(tokens.lower(open)!)) open--;
  if (!/^(a|an)$/.test(tokens.lower(open) ?? '')) return -1;
  const opening = tokens.lower(open - 1);
  if (opening !== (closing === ',' ? ',' : '(') || tokens.kind(open - 2) !== 'word' || !isUnknownName(tokens, open - 2)) return -1;
  return close - 1;
}
