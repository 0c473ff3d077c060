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
    // "died faster", "died (even) more rapidly", "survived longer"
    if (/^(even|much|far|markedly|significantly|substantially)$/.test(tokens.lower(k) ?? '')) k++;
    if (!(dies ? SOONER : LONGER).test(tokens.lower(k) ?? '')) continue;
    if (tokens.lower(k) === 'more') k++;
    k++;
    const compoundAt = compoundAfter(tokens, k) ?? onlyCompound(tokens);
    if (compoundAt === undefined) continue;
    k = compoundAt;
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
          end: Math.max(compound.end, tokens.at(v + 1)!.end),
          verb: { start: tokens.at(v)!.start, end: tokens.at(v + 1)!.end, verb: dies ? promote : suppress, slot: 'state' },
        },
        { negation: modifiers.negation },
      ),
    );
  }
}

/**
 * The compound the cells died after, from `k` past the comparison: "after RSL3", "than wild-type ones when
 * treated with RSL3", "in response to erastin"; undefined if none is named there.
 */
function compoundAfter(tokens: Tokens, from: number): number | undefined {
  let k = from;
  // "than wild-type ones", "than parental cells": what they were compared with.
  if (tokens.lower(k) === 'than') {
    k++;
    while (k < tokens.length && k < from + 6 && (tokens.kind(k) === 'word' || tokens.lower(k) === '-') && !/^(after|upon|following|on|with|when|in)$/.test(tokens.lower(k)!)) k++;
  }
  if (tokens.lower(k) === 'when' && /^(treated|exposed|challenged)$/.test(tokens.lower(k + 1) ?? '')) k += 2;
  else if (tokens.lower(k) === 'in' && tokens.lower(k + 1) === 'response') k += 2;
  if (!/^(after|upon|following|on|with|to)$/.test(tokens.lower(k) ?? '')) return undefined;
  k++;
  return tokens.kind(k) === 'entity' && tokens.entityType(k) === 'compound' ? k : undefined;
}

/** "RSL3 becomes even deadlier: ACSL4-null cells died faster than wild-type ones": the one compound the sentence names. */
function onlyCompound(tokens: Tokens): number | undefined {
  let found: number | undefined;
  for (let k = 0; k < tokens.length; k++) {
    if (tokens.kind(k) !== 'entity' || tokens.entityType(k) !== 'compound') continue;
    if (found !== undefined && tokens.at(found)!.id !== tokens.at(k)!.id) return undefined;
    found ??= k;
  }
  return found;
}
