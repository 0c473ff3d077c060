/**
 * Keeping an entry from being broken down: "NCOA4 protects ferritin from autophagic degradation", "the role of
 * NCOA4 in shielding ferritin from degradation". What is kept from its breakdown is kept up: the claim is that the
 * subject stabilizes it, which contradicts a curated degradation.
 */
import { ClaimForm, newClaim, type Claim, type Modifiers } from '../claim';
import { skipLeftModifiers } from '../parties';
import { readPartiesRight } from '../partiesRight';
import { clauseSubjects } from '../subjects';
import type { Tokens } from '../tokens';
import { verbOf, type VerbIndex } from '../verbIndex';
import { roleHolder } from './verb';

/** Verbs of keeping something from harm. */
export const SHIELDING = new Set('protect protects protected protecting shield shields shielded shielding spare spares spared sparing save saves saved saving guard guards guarded guarding'.split(' '));
/** Nouns of being broken down. */
const BREAKDOWN = /^(degradation|breakdown|destruction|turnover|digestion|proteolysis|ferritinophagy|catabolism)$/;
/** Words that say how it is broken down: "autophagic degradation". */
const HOW = /^(autophagic|lysosomal|proteasomal|further|its|their|the)$/;

export function readShieldClaims(tokens: Tokens, verbs: VerbIndex, claims: Claim[]): void {
  const stabilize = verbOf(verbs, 'stabilize');
  if (!stabilize) return;
  for (let v = 1; v + 3 < tokens.length; v++) {
    if (tokens.kind(v) !== 'word' || !SHIELDING.has(tokens.lower(v)!) || tokens.kind(v + 1) !== 'entity') continue;
    const object = readPartiesRight(tokens, v + 1);
    if (!object || object.parties.length !== 1 || tokens.lower(object.end + 1) !== 'from') continue;
    let k = object.end + 2;
    while (HOW.test(tokens.lower(k) ?? '') || (tokens.lower(k + 1) === '-' && tokens.kind(k) === 'word' && tokens.kind(k + 2) === 'word' && !BREAKDOWN.test(tokens.lower(k)!))) k += tokens.lower(k + 1) === '-' ? 3 : 1;
    if (!BREAKDOWN.test(tokens.lower(k) ?? '')) continue;
    const modifiers: Modifiers = { negated: false };
    const left = skipLeftModifiers(tokens, v - 1, modifiers);
    // "the role of NCOA4 in shielding ferritin…": whose role it is.
    const subjects = clauseSubjects(tokens, left, verbs, tokens.lower(v)!.endsWith('ing')) ?? roleHolder(tokens, left);
    if (!subjects) continue;
    claims.push(
      newClaim(
        {
          subjects,
          objects: object.parties,
          effect: 'positive',
          negated: modifiers.negated,
          form: ClaimForm.Active,
          start: subjects[0]!.start,
          end: tokens.at(k)!.end,
          verb: { start: tokens.at(v)!.start, end: tokens.at(v)!.end, verb: stabilize, slot: 'state' },
        },
        { negation: modifiers.negation },
      ),
    );
  }
}
