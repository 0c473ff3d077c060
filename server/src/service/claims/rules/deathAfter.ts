/**
 * Cells of a genotype that die faster, or live longer, after a compound: "ACSL4-/- cells died faster after RSL3
 * exposure" says what "ACSL4-knockout cells were more sensitive to RSL3" says. The object is what the compound
 * does (its ferroptosis, where it induces it), raised by dying sooner and lowered by living longer. Cells "killed
 * more readily by RSL3" die sooner too, and grafts that "shrank faster under RSL3" lose their cells sooner.
 */
import { ClaimForm, newClaim, partyOf, type Claim, type ClaimParty, type Modifiers } from '../claim';
import { holderParties, manipulatedIn } from '../holders';
import { ferroptosisFromInducer, skipLeftModifiers } from '../parties';
import type { Tokens } from '../tokens';
import { verbOf, type VerbIndex } from '../verbIndex';
import { BE } from '../vocabulary';

const DIE = new Set('die dies died dying shrank shrink shrinks shrunk regressed regress regresses'.split(' '));
/** Killed in the passive: "were killed more readily by RSL3", "were more efficiently killed by RSL3". */
const KILLED = new Set('killed eliminated'.split(' '));
const LIVE = new Set('survive survives survived surviving'.split(' '));
/** Words of dying sooner (or living longer), after the verb: "died faster", "survived longer". */
const SOONER = /^(faster|sooner|earlier|quicker|more)$/;
const LONGER = /^(longer|better)$/;
/** "killed more readily", "more efficiently killed": the ease of killing, after "more". */
const EASE = /^(readily|efficiently|rapidly|quickly|easily|effectively)$/;
/** The words of a sentence this rule reads. */
export const DEATH_WORDS: readonly string[] = [...DIE, ...KILLED, ...LIVE];

export function readDeathAfterClaims(tokens: Tokens, verbs: VerbIndex, claims: Claim[]): void {
  const promote = verbOf(verbs, 'promote');
  const suppress = verbOf(verbs, 'suppress');
  if (!promote || !suppress) return;
  for (let v = 1; v + 3 < tokens.length; v++) {
    const word = tokens.lower(v)!;
    if (tokens.kind(v) !== 'word') continue;
    const killed = KILLED.has(word) ? passiveKilling(tokens, v) : undefined;
    const dies = DIE.has(word) || killed !== undefined;
    if (!dies && !LIVE.has(word)) continue;
    let compoundAt: number | undefined;
    if (killed) compoundAt = killed.compound;
    else {
      let k = v + 1;
      // "died faster", "died (even) more rapidly", "survived longer"
      if (/^(even|much|far|markedly|significantly|substantially)$/.test(tokens.lower(k) ?? '')) k++;
      if (!(dies ? SOONER : LONGER).test(tokens.lower(k) ?? '')) continue;
      if (tokens.lower(k) === 'more') k++;
      k++;
      compoundAt = compoundAfter(tokens, k) ?? onlyCompound(tokens);
    }
    if (compoundAt === undefined) continue;
    const k = compoundAt;
    const modifiers: Modifiers = { negated: false };
    const left = skipLeftModifiers(tokens, killed?.subjectEnd ?? v - 1, modifiers);
    const holders = left >= 0 ? holderParties(tokens, left) ?? genotypeAtOpening(tokens, left) : undefined;
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
          end: killed ? tokens.at(killed.end)!.end : Math.max(compound.end, tokens.at(v + 1)!.end),
          verb: { start: tokens.at(v)!.start, end: tokens.at(v + 1)!.end, verb: dies ? promote : suppress, slot: 'state' },
        },
        { negation: modifiers.negation },
      ),
    );
  }
}

/**
 * "When Yuan and colleagues deleted the ACSL4 gene, cells died faster after RSL3": cells named only as cells, right
 * after an opening clause that says what was done to an entry, carry that genotype.
 */
function genotypeAtOpening(tokens: Tokens, subject: number): ClaimParty[] | undefined {
  const comma = subject - 1;
  if (tokens.lower(comma) !== ',' || !/^(cells|they|the)$/.test(tokens.lower(subject) ?? '') || !/^(when|after|once)$/.test(tokens.lower(0) ?? '')) return undefined;
  for (let k = 1; k < comma; k++) if (tokens.lower(k) === ',') return undefined;
  return manipulatedIn(tokens, comma - 1);
}

/**
 * "were killed more readily by RSL3 (than …)", "were more efficiently killed by RSL3", "were killed by RSL3 more
 * readily": the compound, where the cells' phrase ends before "were" and where the statement ends; undefined without
 * a word of ease.
 */
function passiveKilling(tokens: Tokens, v: number): { compound: number; subjectEnd: number; end: number } | undefined {
  let before = v - 1;
  const easeBefore = EASE.test(tokens.lower(before) ?? '') && tokens.lower(before - 1) === 'more';
  if (easeBefore) before -= 2;
  // "were, if anything, killed…": an aside between commas.
  if (tokens.lower(before) === ',') {
    let open = before - 1;
    while (open > before - 5 && tokens.kind(open) === 'word') open--;
    if (tokens.lower(open) === ',') before = open - 1;
  }
  if (!BE.has(tokens.lower(before) ?? '')) return undefined;
  let k = v + 1;
  const easeAfter = tokens.lower(k) === 'more' && EASE.test(tokens.lower(k + 1) ?? '');
  if (easeAfter) k += 2;
  if (tokens.lower(k) !== 'by' || tokens.entityType(k + 1) !== 'compound') return undefined;
  const laterEase = tokens.lower(k + 2) === 'more' && EASE.test(tokens.lower(k + 3) ?? '');
  if (!easeBefore && !easeAfter && !laterEase) return undefined;
  return { compound: k + 1, subjectEnd: before - 1, end: laterEase ? k + 3 : k + 1 };
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
    while (k < tokens.length && k < from + 6 && (tokens.kind(k) === 'word' || tokens.lower(k) === '-') && !/^(after|upon|following|on|with|when|in|under)$/.test(tokens.lower(k)!)) k++;
  }
  if (tokens.lower(k) === 'when' && /^(treated|exposed|challenged)$/.test(tokens.lower(k + 1) ?? '')) k += 2;
  else if (tokens.lower(k) === 'in' && tokens.lower(k + 1) === 'response') k += 2;
  if (!/^(after|upon|following|on|with|to|under)$/.test(tokens.lower(k) ?? '')) return undefined;
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
