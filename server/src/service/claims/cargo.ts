/**
 * What a carrier brings into the cell, named as a party with the carrier after it: "the fatty acids it imports",
 * "the fatty-acid uptake that CD36 mediates". The cargo acts for its carrier: the checker judges the claim as the
 * carrier's, through the cargo (`cause`).
 */
import type { ClaimParty } from './claim';
import type { Tokens } from './tokens';

/** Verbs of a carrier's bringing in, after it: "the fatty acids it imports", "the uptake CD36 mediates". */
const CARRYING_VERBS = /^(imports|import|imported|mediates|mediate|mediated|transports|carries|delivers|internali[sz]es)$/;

/**
 * "the fatty acids it imports", "the fatty-acid uptake that CD36 mediates": what a carrier brings in, named with
 * the carrier after it, acts for the carrier. "It" stands for the last gene or complex named before.
 */
export function carriedByNamed(tokens: Tokens, end: number): ClaimParty | undefined {
  // "takes up", "brings in": a verb and its particle.
  const takesUp = (tokens.lower(end) === 'up' && /^(takes|take|took)$/.test(tokens.lower(end - 1) ?? '')) || (tokens.lower(end) === 'in' && /^(brings|bring|brought)$/.test(tokens.lower(end - 1) ?? ''));
  if (!takesUp && !CARRYING_VERBS.test(tokens.lower(end) ?? '')) return undefined;
  let k = takesUp ? end - 2 : end - 1;
  const carrierAt = tokens.kind(k) === 'entity' ? k : tokens.lower(k) === 'it' ? lastCarrierBefore(tokens, k) : -1;
  if (carrierAt < 0 || !/^(gene|complex)$/.test(tokens.entityType(carrierAt) ?? '')) return undefined;
  k--;
  if (/^(that|which)$/.test(tokens.lower(k) ?? '')) k--;
  if (tokens.kind(k) !== 'entity' || tokens.entityType(k) === 'cell' || k === carrierAt) return undefined;
  const cargo = tokens.at(k)!;
  return { id: cargo.id!, inverted: false, start: cargo.start, end: tokens.at(end)!.end, cause: tokens.at(carrierAt)!.id! };
}

/** The last gene or complex named before `k` in the sentence, or -1. */
function lastCarrierBefore(tokens: Tokens, k: number): number {
  for (let j = k - 1; j >= 0; j--) if (/^(gene|complex)$/.test(tokens.entityType(j) ?? '')) return j;
  return -1;
}
