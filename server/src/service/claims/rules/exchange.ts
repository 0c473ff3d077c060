/**
 * An antiporter's exchange: "system Xc⁻ exchanges intracellular cystine for extracellular glutamate". Writers use
 * "exchange A for B" both ways (giving A for B, and taking A in for B), so only the place each side is named with
 * gives a direction: what is intracellular goes out, what is extracellular comes in. Without a place, no claim.
 */
import { ClaimForm, newClaim, type Claim, type ClaimParty } from '../claim';
import { skipLeftModifiers } from '../parties';
import { readPartiesRight } from '../partiesRight';
import { clauseSubjects } from '../subjects';
import type { Tokens } from '../tokens';
import { verbOf, type VerbIndex } from '../verbIndex';
import { words } from '../vocabulary';

export const EXCHANGE = words('exchange exchanges exchanged exchanging swap swaps swapped swapping trade trades traded trading');

export function readExchangeClaims(tokens: Tokens, verbs: VerbIndex, claims: Claim[]): void {
  const importing = verbOf(verbs, 'import');
  const exporting = verbOf(verbs, 'export');
  if (!importing || !exporting) return;
  for (let v = 1; v + 3 < tokens.length; v++) {
    if (tokens.kind(v) !== 'word' || !EXCHANGE.has(tokens.lower(v)!)) continue;
    const given = sideAt(tokens, v + 1);
    if (!given || tokens.lower(given.end + 1) !== 'for') continue;
    const taken = sideAt(tokens, given.end + 2);
    if (!given.where && !taken?.where) continue;
    const subjects = clauseSubjects(tokens, skipLeftModifiers(tokens, v - 1, { negated: false }), verbs, tokens.lower(v)!.endsWith('ing'));
    if (!subjects) continue;
    const verb = tokens.at(v)!;
    // One exchange, one range: both sides are read over all of it.
    const end = tokens.at(taken?.end ?? given.end)!.end;
    for (const side of [given, taken]) {
      if (!side?.where) continue;
      const effect = side.where === 'inside' ? 'export' : 'import';
      claims.push(
        newClaim({
          subjects,
          objects: side.parties,
          effect,
          negated: false,
          form: ClaimForm.Active,
          start: subjects[0]!.start,
          end,
          // No fix: the verb stays, and which side's place is wrong is for the writer to say.
          verb: { start: verb.start, end: verb.end, verb: effect === 'import' ? importing : exporting, slot: 'state' },
        }),
      );
    }
  }
}

/** One side of the exchange at `at`: its entries, and whether it is named as intracellular or extracellular. */
function sideAt(tokens: Tokens, at: number): { parties: ClaimParty[]; end: number; where?: 'inside' | 'outside' } | undefined {
  const read = readPartiesRight(tokens, at);
  if (!read) return undefined;
  let where: 'inside' | 'outside' | undefined;
  for (let k = at; k < tokens.length && tokens.kind(k) !== 'entity'; k++) {
    if (tokens.lower(k) === 'intracellular' || tokens.lower(k) === 'cytosolic') where = 'inside';
    else if (tokens.lower(k) === 'extracellular') where = 'outside';
  }
  return { parties: read.parties, end: read.end, ...(where && { where }) };
}
