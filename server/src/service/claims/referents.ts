/** Entries named by "the" and a noun of their kind: "suppressed by the nanoparticles", "that the enzyme works…". */
import { type ClaimParty, partyOf } from './claim';
import type { Tokens } from './tokens';
import { COMPOUND_NOUNS, isReferringNoun } from './vocabulary';

/**
 * "…, although DC maturation was suppressed by the nanoparticles": "the" and a referring noun at `at`, after a
 * verb, stand for the one entry of their kind named before them in the sentence (none where two could be meant).
 */
export function definiteReferent(tokens: Tokens, at: number): { parties: ClaimParty[]; end: number } | undefined {
  const word = tokens.lower(at + 1) ?? '';
  if (tokens.lower(at) !== 'the' || !isReferringNoun(word)) return undefined;
  const types = COMPOUND_NOUNS.has(word.replace(/s$/, '')) ? ['compound'] : ['gene', 'complex'];
  let named: ClaimParty | undefined;
  for (let k = 0; k < at; k++) {
    if (tokens.kind(k) !== 'entity' || !types.includes(tokens.entityType(k) ?? '')) continue;
    if (named && named.id !== tokens.at(k)!.id) return undefined;
    named ??= partyOf(tokens.at(k)!);
  }
  return named && { parties: [{ ...named, start: tokens.at(at)!.start, end: tokens.at(at + 1)!.end }], end: at + 1 };
}
