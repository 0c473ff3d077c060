/**
 * Definitions by abbreviation: "classically activated (M2) macrophages" names one entry and abbreviates it as
 * another. The claim is that the two name the same thing; the checker flags it where the lexicon keeps them
 * apart as states of one entry (M1 and M2 macrophages).
 */
import { ClaimForm, newClaim, type Claim } from '../claim';
import type { Tokens } from '../tokens';
import { verbOf, type VerbIndex } from '../verbIndex';

export function readDefinitionClaims(tokens: Tokens, verbs: VerbIndex, claims: Claim[]): void {
  const verb = verbOf(verbs, 'increase');
  if (!verb) return;
  for (let k = 0; k + 3 < tokens.length; k++) {
    if (tokens.kind(k) !== 'entity' || tokens.lower(k + 1) !== '(' || tokens.kind(k + 2) !== 'entity' || tokens.lower(k + 3) !== ')') continue;
    const name = tokens.at(k)!;
    const short = tokens.at(k + 2)!;
    if (name.id === short.id) continue;
    claims.push(
      newClaim({
        subjects: [{ id: name.id!, inverted: false, start: name.start, end: name.end }],
        objects: [{ id: short.id!, inverted: false, start: short.start, end: short.end }],
        effect: 'names',
        negated: false,
        form: ClaimForm.Nominal,
        start: name.start,
        end: tokens.at(k + 3)!.end,
        verb: { start: short.start, end: short.end, verb, slot: 'state' },
      }),
    );
  }
}
