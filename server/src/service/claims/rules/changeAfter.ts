/**
 * A change reported after what was done, named at the opening: "In liraglutide-treated livers, TfR1 protein
 * increased 1.9-fold and FPN1 fell by about half", "After erastin treatment, GSH levels fell", "In GPX4-knockout
 * cells, lipid peroxides rose"; "When the group knocked down RRM2, the macrophages drifted toward M2", "When NCOA4 was
 * overexpressed, the labile iron pool shrank". The claim is
 * that what was done raised or lowered what changed.
 */
import { ClaimForm, newClaim, partyOf, type Claim, type ClaimParty, type Modifiers } from '../claim';
import { readPartiesLeft, skipLeftModifiers } from '../parties';
import { readPartiesRight } from '../partiesRight';
import { manipulatedIn, manipulatedInPassive } from '../holders';
import type { Tokens } from '../tokens';
import { verbOf, type VerbIndex } from '../verbIndex';
import { BE, INVERTING_POST } from '../vocabulary';

/** Verbs of a change in no object's amount but their subject's, and their sign. */
const CHANGES: ReadonlyMap<string, 1 | -1> = new Map([
  ...'rose rise rises increased increases doubled surged climbed expands grew grows'.split(' ').map((w) => [w, 1] as const),
  ...'fell fall falls decreased decreases declined declines dropped drops halved diminished plummeted shrank shrinks shrunk contracted contracts'.split(' ').map((w) => [w, -1] as const),
]);
/** Participles of a change after "was" or "were": "MDSCs were enriched", "GSH was depleted". */
const CHANGED: ReadonlyMap<string, 1 | -1> = new Map([
  ...'enriched expanded elevated increased raised augmented induced upregulated up-regulated'.split(' ').map((w) => [w, 1] as const),
  ...'depleted reduced decreased diminished lowered depressed downregulated down-regulated'.split(' ').map((w) => [w, -1] as const),
]);
const WENT: ReadonlyMap<string, 1 | -1> = new Map([
  ['up', 1],
  ['down', -1],
]);
/** Verbs of cells moving into a state: "macrophages drifted toward the M2 state" raises that state. */
const SHIFTS = new Set('shifted shift shifts drifted drift drifts skewed skew skews switched switch switches polarized polarised moved move moves tilted veered'.split(' '));
export const CHANGE_WORDS: readonly string[] = [...CHANGES.keys(), ...CHANGED.keys(), ...SHIFTS, 'went', 'shot', 'crept', 'accumulated', 'expanded'];

/** Words that open the setting of a treatment: "After erastin treatment,", "In erastin-treated cells,". */
const OPENERS = /^(in|after|following|upon|with)$/;
/** What was done to the cells, after the entry's hyphen: "liraglutide-treated", "GPX4-knockout". */
const TREATED = /^(treated|exposed|loaded|overloaded|laden|fed|stimulated|overexpressing)$/;
const LACKING = /^(knockout|deficient|null|depleted|silenced|knockdown|ko)$/;

export function readChangeAfterClaims(tokens: Tokens, verbs: VerbIndex, claims: Claim[]): void {
  const increase = verbOf(verbs, 'increase');
  const decrease = verbOf(verbs, 'decrease');
  if (!increase || !decrease) return;
  const done = treatmentAtOpening(tokens);
  if (!done) return;
  for (let v = done.comma + 2; v < tokens.length; v++) {
    if (SHIFTS.has(tokens.lower(v) ?? '')) {
      const claim = cellsShifted(tokens, v, done, increase);
      if (claim) claims.push(claim);
      continue;
    }
    // "lipid damage went up": the particle carries the sign.
    const wentUp = /^(went|shot|crept)$/.test(tokens.lower(v) ?? '') ? WENT.get(tokens.lower(v + 1) ?? '') : undefined;
    // "MDSCs were enriched", "MDSCs accumulated": a participle after a copula, or cells gathering.
    const passive = BE.has(tokens.lower(v - 1) ?? '') ? CHANGED.get(tokens.lower(v) ?? '') : undefined;
    const gathered = /^(accumulated|expanded)$/.test(tokens.lower(v) ?? '') ? 1 : undefined;
    const sign = wentUp ?? passive ?? gathered ?? (tokens.kind(v) === 'word' ? CHANGES.get(tokens.lower(v)!) : undefined);
    if (!sign || !intransitive(tokens, wentUp ? v + 2 : v + 1)) continue;
    const modifiers: Modifiers = { negated: false };
    const left = skipLeftModifiers(tokens, passive ? v - 2 : v - 1, modifiers);
    const changed = left > done.comma ? readPartiesLeft(tokens, left) : undefined;
    if (!changed || changed.some((p) => p.id === done.party.id) || tokens.indexStartingAt(changed[0]!.start) <= done.comma) continue;
    // What another rule read of the treatment is that rule's: one finding for one clause of what it did.
    if (claims.some((c) => c.subjects.some((s) => s.id === done.party.id))) continue;
    const verb = { start: tokens.at(v)!.start, end: tokens.at(wentUp ? v + 1 : v)!.end };
    claims.push(
      newClaim(
        {
          subjects: [done.party],
          objects: changed,
          effect: sign > 0 ? 'positive' : 'negative',
          negated: modifiers.negated,
          form: ClaimForm.State,
          start: done.party.start,
          end: verb.end,
          verb: { start: verb.start, end: verb.end, verb: sign > 0 ? increase : decrease, slot: 'state' },
        },
        { negation: modifiers.negation },
      ),
    );
  }
}

/**
 * "After RRM2 knockdown, macrophages drifted toward the M2 state": cells (a cell entry) moving, at `v`, into a
 * cell state: what was done raises the state.
 */
function cellsShifted(tokens: Tokens, v: number, done: { party: ClaimParty; comma: number }, increase: Claim['verb']['verb']): Claim | undefined {
  if (!/^(towards?|to|into)$/.test(tokens.lower(v + 1) ?? '')) return undefined;
  const modifiers: Modifiers = { negated: false };
  const left = skipLeftModifiers(tokens, v - 1, modifiers);
  const isCell = (p: ClaimParty): boolean => tokens.entityType(tokens.indexStartingAt(p.start)) === 'cell';
  // "When macrophages are loaded with iron, they drift toward M2": "they" are the cells the opening named.
  const theyOpened = left === done.comma + 1 && tokens.lower(left) === 'they' && openingNamesCells(tokens, done.comma);
  const cells = theyOpened ? [] : left > done.comma ? readPartiesLeft(tokens, left) : undefined;
  const state = readPartiesRight(tokens, v + 2);
  if (!cells?.every(isCell) || !state || state.parties.length !== 1 || !isCell(state.parties[0]!)) return undefined;
  const verb = tokens.at(v)!;
  return newClaim(
    {
      subjects: [done.party],
      objects: state.parties,
      effect: 'positive',
      negated: modifiers.negated,
      form: ClaimForm.State,
      start: done.party.start,
      end: tokens.at(state.end)!.end,
      verb: { start: verb.start, end: verb.end, verb: increase, slot: 'state' },
    },
    { negation: modifiers.negation },
  );
}

/** Whether the opening before the comma at `comma` names cells (a cell entry). */
function openingNamesCells(tokens: Tokens, comma: number): boolean {
  for (let k = 1; k < comma; k++) if (tokens.kind(k) === 'entity' && tokens.entityType(k) === 'cell') return true;
  return false;
}

/** The treatment that opens the sentence before a comma, and that comma; undefined when it opens otherwise. */
function treatmentAtOpening(tokens: Tokens): { party: ClaimParty; comma: number } | undefined {
  let comma = 1;
  while (comma < tokens.length && comma < 18 && tokens.lower(comma) !== ',') comma++;
  if (tokens.lower(comma) !== ',') return undefined;
  // "When the group knocked down RRM2,", "After we deleted GPX4,": the entry and what the writers did to it.
  if (/^(when|after|once|following)$/.test(tokens.lower(0) ?? '')) {
    const done = manipulatedIn(tokens, comma - 1) ?? manipulatedInPassive(tokens, comma - 1);
    if (done?.length === 1) return { party: done[0]!, comma };
  }
  const when = tokens.lower(0) === 'when';
  if (!OPENERS.test(tokens.lower(0) ?? '') && !when) return undefined;
  // "In mice treated with eNVs-FAP,", "After treatment with erastin,", "When macrophages were loaded with iron,":
  // the entry after "with" (or "to").
  const given = treatedWith(tokens, comma);
  if (given) return { party: given, comma };
  if (when || tokens.kind(1) !== 'entity') return undefined;
  const entity = tokens.at(1)!;
  // "In liraglutide-treated livers", "In GPX4-knockout cells": the entry and what it did to the cells.
  if (tokens.lower(2) === '-' && (TREATED.test(tokens.lower(3) ?? '') || LACKING.test(tokens.lower(3) ?? ''))) {
    return { party: { id: entity.id!, inverted: LACKING.test(tokens.lower(3)!), start: entity.start, end: tokens.at(3)!.end }, comma };
  }
  // "After erastin treatment,", "Following GPX4 knockdown,": the entry and a word of what was done.
  if (tokens.lower(0) === 'in') return undefined;
  const read = readPartiesRight(tokens, 1);
  if (!read || read.parties.length !== 1 || read.end >= comma) return undefined;
  const after = tokens.lower(read.end + 1) ?? '';
  const treatment = /^(treatment|exposure|administration|addition|supplementation|overexpression)$/.test(after) || INVERTING_POST.has(after) || read.end + 1 === comma;
  return treatment ? { party: read.parties[0]!, comma } : undefined;
}

/**
 * "In mice treated with eNVs-FAP,", "After treatment with erastin,", "Following exposure to RSL3,", "When macrophages
 * were loaded with iron,": the one entry a participle or noun of treatment names, right before the opening's comma.
 */
function treatedWith(tokens: Tokens, comma: number): ClaimParty | undefined {
  for (let k = 1; k < comma - 1 && k < 6; k++) {
    if (!/^(treated|exposed|injected|dosed|loaded|overloaded|treatment|exposure|therapy)$/.test(tokens.lower(k) ?? '') || !/^(with|to)$/.test(tokens.lower(k + 1) ?? '')) continue;
    // The one entry right before the comma (read on, a list would run past it into the clause), or before the
    // cells it came from ("exposed to IFN-γ from activated CD8⁺ T cells,").
    // ("exposed to NK-cell-derived IFN-γ,": the cells it came from may come first.)
    const given = tokens.entityType(k + 2) === 'cell' && tokens.lower(k + 3) === '-' && /^(derived|secreted|produced|released)$/.test(tokens.lower(k + 4) ?? '') ? k + 5 : k + 2;
    return tokens.kind(given) === 'entity' && (given + 1 === comma || cellsItCameFrom(tokens, given + 1, comma)) ? partyOf(tokens.at(given)!) : undefined;
  }
  return undefined;
}

/** Whether "from" at `from` and the words up to `comma` name the cells a product came from. */
function cellsItCameFrom(tokens: Tokens, from: number, comma: number): boolean {
  if (tokens.lower(from) !== 'from' || tokens.entityType(comma - 1) !== 'cell') return false;
  for (let k = from + 1; k < comma - 1; k++) if (tokens.kind(k) !== 'word') return false;
  return true;
}

/** Whether a change verb's clause ends at `at` without an object: "increased 1.9-fold", "fell by half", "rose.". */
function intransitive(tokens: Tokens, at: number): boolean {
  const next = tokens.lower(at);
  if (next === undefined || tokens.kind(at) === 'punct') return true;
  if (tokens.kind(at) === 'entity') return false;
  return /^(by|to|from|in|at|on|after|and|but|whereas|while|markedly|sharply|significantly|strongly|further|slightly|substantially|dramatically|\d.*)$/.test(next);
}
