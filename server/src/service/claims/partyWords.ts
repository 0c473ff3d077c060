/**
 * Words and marks the readers of subjects (parties.ts) and of objects (partiesRight.ts) share.
 */
import type { VerbClass } from '../lexicon/lexicon';
import type { ClaimParty } from './claim';
import type { Tokens } from './tokens';
import { AMOUNT_NOUNS, LOWERING, RAISING } from './vocabulary';

/** Nouns of a fall that take "in" ("a fall in ROS"); after an article they are nouns, not the verbs "fall", "drop". */
export const FALL_NOUNS = new Set(['decrease', 'reduction', 'decline', 'drop', 'fall', 'dip', 'loss', 'lowering']);

/** Measures of a compound's potency: "RSL3 AUC", "erastin IC50s". */
export const POTENCY = /^(aucs?|ic50s?|ec50s?|gi50s?|lc50s?|ld50s?|ic₅₀|ec₅₀)$/;

/** The entry of ferroptosis itself, whose dying cells may be named after it ("ferroptotic death of PBMCs"). */
export const FERROPTOSIS_ID = 'ferroptosis';

/** Whether `word` before the entity at `entity` lowers (-1) or raises (1) its amount, or is no amount (0). */
export function amountBefore(tokens: Tokens, word: string, entity: number): -1 | 0 | 1 {
  if (RAISING.has(word)) return 1;
  if (!LOWERING.has(word)) return 0;
  if (word !== 'reduced' || tokens.entityType(entity) !== 'metabolite') return -1;
  return AMOUNT_NOUNS.has(tokens.lower(entity + 1) ?? '') ? -1 : 0;
}

/** "sensitizes cells to erastin", "protects against RSL3": after these prepositions an inducer stands for its ferroptosis. */
export function objectMayBeInducer(verb: VerbClass): boolean {
  return verb.preposition === 'to' || verb.preposition === 'against' || verb.preposition === 'from' || verb.preposition === 'in';
}

/**
 * Sensitivity "to erastin" means to what erastin does: the object is marked as the compound's effect, and the
 * checker, which knows which compounds induce ferroptosis, reads it as ferroptosis.
 */
export function ferroptosisFromInducer(party: ClaimParty): ClaimParty {
  return { ...party, effectOf: true };
}

/** The entry before the "'s" that ends at `s` ("FSP1's role": `s` at "s"), or -1. */
export function possessiveEntry(tokens: Tokens, s: number): number {
  return tokens.lower(s) === 's' && /^['’]$/.test(tokens.lower(s - 1) ?? '') && tokens.kind(s - 2) === 'entity' ? s - 2 : -1;
}
