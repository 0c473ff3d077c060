/**
 * Cells moved into a state, said in the passive: "Macrophages exposed to Fe₃O₄-SAS@PLT were repolarised from M1
 * towards M2", "TAMs were skewed towards the M2 state by the nanoparticles", "Erastin-treated macrophages were
 * pushed into an M1 phenotype", "After Fe₃O₄-SAS@PLT, M1 TAMs were converted into M2 cells". What moved them (after
 * "by", or named as their treatment) raises the state.
 */
import { ClaimForm, newClaim, partyOf, type Claim, type ClaimParty } from '../claim';
import { readPartiesRight } from '../partiesRight';
import type { Tokens } from '../tokens';
import { verbOf, type VerbIndex } from '../verbIndex';
import { BE, GIVEN_PARTICIPLES, isAdverb } from '../vocabulary';
import { stateShiftPreposition } from './cellShift';

/** Participles of moving cells into a state. */
export const SHIFTED: ReadonlySet<string> = new Set(
  'repolarised repolarized polarised polarized skewed shifted pushed driven reprogrammed switched tilted steered converted'.split(' '),
);

export function readPassiveShiftClaims(tokens: Tokens, verbs: VerbIndex, claims: Claim[]): void {
  const increase = verbOf(verbs, 'increase');
  if (!increase) return;
  for (let v = 2; v + 2 < tokens.length; v++) {
    if (tokens.kind(v) !== 'word' || !SHIFTED.has(tokens.lower(v)!)) continue;
    let be = v - 1;
    while (be > 0 && tokens.kind(be) === 'word' && isAdverb(tokens.lower(be)!)) be--;
    if (!BE.has(tokens.lower(be) ?? '')) continue;
    // "repolarised to M2", "… towards M2", "… from the M1 phenotype towards M2"
    const toward = tokens.lower(v + 1) === 'to' ? v + 1 : stateShiftPreposition(tokens, v + 1);
    if (toward < 0) continue;
    const state = readPartiesRight(tokens, toward + 1);
    if (!state || state.parties.length !== 1 || !isCell(tokens, state.parties[0]!)) continue;
    const cells = cellsBefore(tokens, be - 1);
    if (!cells) continue;
    // The cause: after "by", else what the cells were given.
    const by = tokens.lower(state.end + 1) === 'by' ? readPartiesRight(tokens, state.end + 2) : undefined;
    const causes = by?.parties ?? (cells.given ? [cells.given] : undefined) ?? openingTreatment(tokens, be);
    if (!causes || causes.some((c) => isCell(tokens, c))) continue;
    const verb = tokens.at(v)!;
    claims.push(
      newClaim({
        subjects: causes,
        objects: state.parties,
        effect: 'positive',
        negated: tokens.lower(be + 1) === 'not',
        form: ClaimForm.Passive,
        start: Math.min(cells.start, causes[0]!.start),
        end: Math.max(tokens.at(by ? by.end : state.end)!.end, state.parties[0]!.end),
        verb: { start: verb.start, end: verb.end, verb: increase, slot: 'state' },
      }),
    );
  }
}

/**
 * The cells before the copula ending at `end`: "macrophages (exposed to X)", "X-treated macrophages"; with what
 * they were given, where the words say.
 */
function cellsBefore(tokens: Tokens, end: number): { start: number; given?: ClaimParty } | undefined {
  // "Macrophage polarization was shifted towards M2": the cells' polarization stands for them.
  if (/^(polari[sz]ation|phenotype|state)$/.test(tokens.lower(end) ?? '') && tokens.kind(end - 1) === 'entity') end--;
  // "Macrophages exposed to X", "TAMs treated with X"
  if (tokens.kind(end) === 'entity' && /^(to|with)$/.test(tokens.lower(end - 1) ?? '') && /^(exposed|treated|incubated|loaded|overloaded|cultured|stimulated)$/.test(tokens.lower(end - 2) ?? '') && tokens.kind(end - 3) === 'entity' && tokens.entityType(end - 3) === 'cell') {
    return { start: tokens.at(end - 3)!.start, given: partyOf(tokens.at(end)!) };
  }
  // ("Macrophage polarization was shifted…" may be named as one process.)
  if (tokens.kind(end) === 'entity' && tokens.entityType(end) === 'process') return { start: tokens.at(end)!.start };
  if (tokens.kind(end) !== 'entity' || tokens.entityType(end) !== 'cell') return undefined;
  // "X-treated macrophages", "iron-loaded macrophages"
  if (GIVEN_PARTICIPLES.test(tokens.lower(end - 1) ?? '') && tokens.lower(end - 2) === '-' && tokens.kind(end - 3) === 'entity') return { start: tokens.at(end - 3)!.start, given: partyOf(tokens.at(end - 3)!) };
  return { start: tokens.at(end)!.start };
}

/**
 * "After (intravenous) Fe₃O₄-SAS@PLT, M1 TAMs were converted into M2 cells": the one entry of a phrase of time that
 * opens the sentence, before the token at `be` (the copula, or the cells), as what was given.
 */
export function openingTreatment(tokens: Tokens, be: number): ClaimParty[] | undefined {
  if (!/^(after|following|upon)$/.test(tokens.lower(0) ?? '')) return undefined;
  // ("After 24 h of iron loading (ferric ammonium citrate, 100 µM), …": what the parentheses say is set aside.)
  let comma = 1;
  let depth = 0;
  const entries = [];
  for (; comma < be && (depth > 0 || tokens.lower(comma) !== ','); comma++) {
    if (tokens.lower(comma) === '(') depth++;
    else if (tokens.lower(comma) === ')') depth--;
    else if (depth === 0 && tokens.kind(comma) === 'entity') entries.push(comma);
  }
  return comma < be && entries.length === 1 && tokens.entityType(entries[0]!) !== 'cell' ? [partyOf(tokens.at(entries[0]!)!)] : undefined;
}

function isCell(tokens: Tokens, party: ClaimParty): boolean {
  return tokens.entityType(tokens.indexStartingAt(party.start)) === 'cell';
}
