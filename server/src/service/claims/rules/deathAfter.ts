/**
 * Cells of a genotype that die faster, or live longer, after a compound: "ACSL4-/- cells died faster after RSL3
 * exposure" says what "ACSL4-knockout cells were more sensitive to RSL3" says. The object is what the compound
 * does (its ferroptosis, where it induces it), raised by dying sooner and lowered by living longer.
 */
import { ClaimForm, newClaim, partyOf, type Claim, type Modifiers } from '../claim';
import { holderParties } from '../holders';
import { ferroptosisFromInducer, skipLeftModifiers } from '../parties';
import type { Tokens } from '../tokens';
import { verbOf, type VerbIndex } from '../verbIndex';

const DIE = new Set('die dies died dying'.split(' '));
const LIVE = new Set('survive survives survived surviving'.split(' '));
/** Words of dying sooner (or living longer), after the verb: "died faster", "survived longer". */
const SOONER = /^(faster|sooner|earlier|quicker|more)$/;
const LONGER = /^(longer|better)$/;
/** The words of a sentence this rule reads. */
export const DEATH_WORDS: readonly string[] = [...DIE, ...LIVE];

export function readDeathAfterClaims(tokens: Tokens, verbs: VerbIndex, claims: Claim[]): void {
  const promote = verbOf(verbs, 'promote');
  const suppress = verbOf(verbs, 'suppress');
  if (!promote || !suppress) return;
  for (let v = 1; v + 3 < tokens.length; v++) {
    const word = tokens.lower(v)!;
    const dies = DIE.has(word);
    if (tokens.kind(v) !== 'word' || (!dies && !LIVE.has(word))) continue;
    let k = v + 1;
    // "died faster", "died more rapidly", "survived longer"
    if (!(dies ? SOONER : LONGER).test(tokens.lower(k) ?? '')) continue;
    if (tokens.lower(k) === 'more') k++;
    k++;
    if (!/^(after|upon|following|on|with)$/.test(tokens.lower(k) ?? '')) continue;
    k++;
    if (tokens.kind(k) !== 'entity' || tokens.entityType(k) !== 'compound') continue;
    const modifiers: Modifiers = { negated: false };
    const left = skipLeftModifiers(tokens, v - 1, modifiers);
    const holders = left >= 0 ? holderParties(tokens, left) : undefined;
    // The cells' genotype, not the cells themselves ("ACSL4 knockout cells").
    if (!holders || holders.length !== 1 || !holders[0]!.inverted) continue;
    const compound = tokens.at(k)!;
    claims.push(
      newClaim(
        {
          subjects: holders,
          objects: [ferroptosisFromInducer(partyOf(compound))],
          effect: dies ? 'positive' : 'negative',
          negated: modifiers.negated,
          form: ClaimForm.State,
          start: holders[0]!.start,
          end: compound.end,
          verb: { start: tokens.at(v)!.start, end: tokens.at(v + 1)!.end, verb: dies ? promote : suppress, slot: 'state' },
        },
        { negation: modifiers.negation },
      ),
    );
  }
}
