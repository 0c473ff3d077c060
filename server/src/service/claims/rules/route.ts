/**
 * The carrier a transport goes through: "cancer cells export cystine through system Xc⁻" says what system Xc⁻
 * does; "RSL3 blocks cystine entry through the SLC7A11/SLC3A2 antiporter" says that RSL3 blocks the antiporter.
 * The claim is made again of the carrier, after the claim it completes.
 */
import { newClaim, partyOf, type Claim } from '../claim';
import type { Tokens } from '../tokens';

/** Words of transport between what is moved and "through": "cystine entry through", "iron uptake via". */
const TRANSPORT_NOUNS = /^(entry|uptake|import|influx|efflux|export|transport|release)$/;

export function readRouteClaims(tokens: Tokens, claims: Claim[]): void {
  const count = claims.length;
  for (let c = 0; c < count; c++) {
    const claim = claims[c]!;
    if (claim.objects.length !== 1 || claim.negated) continue;
    const moves = claim.effect === 'import' || claim.effect === 'export';
    if (!moves && claim.effect !== 'positive' && claim.effect !== 'negative') continue;
    let k = tokens.indexFrom(claim.end);
    if (k < 0) continue;
    // A signed effect on what is moved ("blocking cystine entry") needs the word of transport.
    const noun = TRANSPORT_NOUNS.test(tokens.lower(k) ?? '');
    if (noun) k++;
    if ((!moves && !noun) || !/^(through|via)$/.test(tokens.lower(k) ?? '')) continue;
    k++;
    if (tokens.lower(k) === 'the') k++;
    const carrier = tokens.at(k);
    if (carrier?.kind !== 'entity' || tokens.entityType(k) === 'cell' || claim.subjects.some((s) => s.id === carrier.id)) continue;
    const party = partyOf(carrier);
    claims.push(
      newClaim(
        moves
          ? { ...claim, subjects: [party], start: Math.min(claim.start, carrier.start), end: Math.max(claim.end, carrier.end) }
          : { ...claim, objects: [party], end: carrier.end },
        claim,
      ),
    );
  }
}
