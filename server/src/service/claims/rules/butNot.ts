/**
 * An object set aside after a claim: "GPX4 activity depends on glutathione but not on selenium", "RSL3 inhibits
 * GPX4 and not system Xc⁻", "…GPX4 rather than system Xc⁻". The claim is made again of what is set aside, denied.
 */
import { newClaim, type Claim } from '../claim';
import { readPartiesRight } from '../partiesRight';
import type { Tokens } from '../tokens';

export function readButNotClaims(tokens: Tokens, claims: Claim[]): void {
  const count = claims.length;
  for (let c = 0; c < count; c++) {
    const claim = claims[c]!;
    const last = claim.objects[claim.objects.length - 1];
    // "…is glutamate rather than cysteine": what limits a rate is one thing, so naming it says all.
    if (!last || claim.end !== last.end || claim.limiting) continue;
    let k = tokens.indexFrom(claim.end);
    if (k < 0) continue;
    if (tokens.lower(k) === ',') k++;
    // "…GPX4, not system Xc⁻", "…GPX4 rather than system Xc⁻", "…instead of system Xc⁻": set aside the same way.
    const aside = /^(but|and)$/.test(tokens.lower(k) ?? '') && tokens.lower(k + 1) === 'not' ? 2 : tokens.lower(k) === 'not' && tokens.lower(k - 1) === ',' ? 1 : (tokens.lower(k) === 'rather' && tokens.lower(k + 1) === 'than') || (tokens.lower(k) === 'instead' && tokens.lower(k + 1) === 'of') ? 2 : 0;
    if (aside === 0) continue;
    const first = k;
    k += aside;
    // "depends on glutathione but not on selenium": the preposition may be said again.
    if (tokens.kind(k) === 'word' && /^(on|to|for|in|of|from|against|with)$/.test(tokens.lower(k)!)) k++;
    if (tokens.kind(k) !== 'entity') continue;
    const objects = readPartiesRight(tokens, k);
    if (!objects) continue;
    const not = { start: tokens.at(first)!.start, end: tokens.at(first + aside - 1)!.end };
    // "Erastin inhibits system Xc⁻ but not GPX4" sets targets apart: it denies acting on GPX4 directly, which an
    // indirect effect does not contradict.
    const directness = claim.directness ?? (claim.effect === 'positive' || claim.effect === 'negative' ? 'direct' : undefined);
    claims.push(newClaim({ ...claim, objects: objects.parties, negated: !claim.negated, end: tokens.at(objects.end)!.end }, { ...claim, directness, negation: { start: not.start, end: not.end } }));
  }
}
