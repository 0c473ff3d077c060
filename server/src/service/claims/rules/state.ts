/** Adjectives of state: "X-knockout cells were resistant to ferroptosis", "GSH is required for GPX4 activity". */
import { imperativeCondition } from './verbSubjects';
import { oppositeArrow } from './arrow';
import { rowSubject } from './rowSubject';
import { oppositeParticle } from './phrasal';
import { type Claim, ClaimForm, type ClaimParty, type Modifiers, newClaim } from '../claim';
import { cellsInWhich, cellsLacking, cellsOfManipulation, holderEnd, theseCells } from '../holders';
import { ferroptosisFromInducer, isCellLineName, readPartiesLeft, skipLeftModifiers, stateOfCells } from '../parties';
import { readPartiesRight } from '../partiesRight';
import { ownerOfPossessed, sharedSubjects } from '../subjects';
import { relativeAntecedent } from '../relatives';
import { describedAs } from './verb';
import { Tokens, someBetween } from '../tokens';
import { type VerbIndex, verbOf } from '../verbIndex';
import { BE, CAUSATIVES, CONDITIONAL, HOLDERS, KEEPING_POST, isAdverb } from '../vocabulary';

/**
 * Adjectives of state: "X-knockout cells were resistant to ferroptosis" (negative), "X is required for
 * ferroptosis" (positive). Their effect, the preposition that introduces the object, and the adjective of the
 * opposite sign with the same preposition, which a fix writes.
 */
export interface State {
  readonly sign: 1 | -1;
  readonly preposition: string;
  /** The adjective of the opposite sign that takes the same preposition, for fixes. */
  readonly opposite?: string;
  /**
   * 'requires': the holder needs the object ("GPX4 activity is independent of GSH"); 'needed-for': the holder is
   * what the object needs ("GSH is required for GPX4 activity"), read also as the object requiring the holder.
   */
  readonly dependence?: 'requires' | 'needed-for';
}

/** "GPX4 relies on cysteine and its activity is independent of selenium": the owner of "its activity", as the holder. */
function possessedHolder(tokens: Tokens, end: number, verbs: VerbIndex): ClaimParty[] | undefined {
  let k = end;
  while (k > 0 && tokens.kind(k) === 'word' && KEEPING_POST.has(tokens.lower(k)!)) k--;
  const owned = ownerOfPossessed(tokens, k, verbs);
  return owned?.end === end ? owned.parties : undefined;
}

export const STATES: ReadonlyMap<string, State> = new Map<string, State>([
  ['resistant', { sign: -1, preposition: 'to', opposite: 'sensitive' }], ['refractory', { sign: -1, preposition: 'to', opposite: 'sensitive' }],
  ['insensitive', { sign: -1, preposition: 'to', opposite: 'sensitive' }], ['sensitive', { sign: 1, preposition: 'to', opposite: 'resistant' }],
  ['susceptible', { sign: 1, preposition: 'to', opposite: 'resistant' }], ['vulnerable', { sign: 1, preposition: 'to', opposite: 'resistant' }],
  ['prone', { sign: 1, preposition: 'to', opposite: 'resistant' }],
  ['required', { sign: 1, preposition: 'for', opposite: 'dispensable', dependence: 'needed-for' }],
  ['essential', { sign: 1, preposition: 'for', opposite: 'dispensable', dependence: 'needed-for' }],
  ['necessary', { sign: 1, preposition: 'for', opposite: 'dispensable', dependence: 'needed-for' }],
  ['indispensable', { sign: 1, preposition: 'for', opposite: 'dispensable', dependence: 'needed-for' }],
  ['needed', { sign: 1, preposition: 'for', opposite: 'dispensable', dependence: 'needed-for' }],
  ['dispensable', { sign: -1, preposition: 'for', opposite: 'required', dependence: 'needed-for' }],
  ['optional', { sign: -1, preposition: 'for', opposite: 'required', dependence: 'needed-for' }],
  // "harder to push into ferroptosis", "easier to kill with RSL3": a lay writer's resistant and sensitive.
  ['harder', { sign: -1, preposition: 'to', opposite: 'easier' }],
  ['easier', { sign: 1, preposition: 'to', opposite: 'harder' }],
  ['protected', { sign: -1, preposition: 'from' }],
  ['shielded', { sign: -1, preposition: 'from' }],
  ['spared', { sign: -1, preposition: 'from' }],
  ['tolerant', { sign: -1, preposition: 'to', opposite: 'sensitive' }],
  ['immune', { sign: -1, preposition: 'to', opposite: 'sensitive' }],
  ['hypersensitive', { sign: 1, preposition: 'to', opposite: 'resistant' }],
  ['rescued', { sign: -1, preposition: 'from' }],
  ['dependent', { sign: 1, preposition: 'on', dependence: 'requires' }],
  ['reliant', { sign: 1, preposition: 'on', dependence: 'requires' }],
  ['independent', { sign: -1, preposition: 'of', dependence: 'requires' }],
  // "Erastin was cytotoxic to human PBMCs": the holder kills the cells named after "to".
  ['cytotoxic', { sign: -1, preposition: 'to' }],
  ['toxic', { sign: -1, preposition: 'to' }],
  ['lethal', { sign: -1, preposition: 'to' }],
  // "LOX activity is protective against ferroptosis"
  ['protective', { sign: -1, preposition: 'against' }],
]);

/** Verbs that link a holder to its state as a copula does: "became resistant", "remained sensitive". */
const LINKING: ReadonlySet<string> = new Set('remained remain remains became become becomes proved proves prove appeared appears seemed seems grew grow grows'.split(' '));

/** The adjective of state that says the opposite of `adjective` (lower case), or undefined. */
export function oppositeState(adjective: string): string | undefined {
  return STATES.get(adjective)?.opposite ?? oppositeArrow(adjective) ?? oppositeParticle(adjective);
}

/**
 * "FSP1-knockout cells were (more) resistant to ferroptosis", "Lipid peroxidation is (not) required for
 * ferroptosis": the subject's effect on the object, read from an adjective of state.
 */
export function readStateClaim(tokens: Tokens, v: number, state: State, verbs: VerbIndex): Claim | undefined {
  const modifiers: Modifiers = { negated: false };
  let sign = state.sign;
  let i = v - 1;
  // "more/less/markedly" before the adjective; "less" reverses it.
  while (i >= 0 && tokens.at(i)!.kind === 'word' && (/^(more|less|markedly|highly|much|far|even|significantly|strongly|fully|completely|largely|partially|absolutely|strictly|also|still|relatively|overtly|very|extremely|potently|way)$/.test(tokens.at(i)!.lower) || (isAdverb(tokens.at(i)!.lower) && tokens.at(i)!.lower.endsWith('ly')))) {
    if (tokens.at(i)!.lower === 'less') sign = sign === 1 ? -1 : 1;
    i--;
    // "(about) five-fold more", "2.5-fold less": the size of the difference.
    // ("roughly fivefold more", "three times more": written as one word, or with "times".)
    const size = tokens.lower(i) === 'fold' && tokens.lower(i - 1) === '-' ? 3 : /^(?:\w+fold|times)$/.test(tokens.lower(i) ?? '') ? (tokens.lower(i) === 'times' ? 2 : 1) : 0;
    if (size > 0) {
      i -= size;
      if (/^(about|roughly|approximately|nearly|almost|some|over|at|least)$/.test(tokens.lower(i) ?? '')) i--;
    }
  }
  // "were rendered resistant": the participle belongs to the copula.
  if (i > 0 && CAUSATIVES.has(tokens.at(i)!.lower) && BE.has(tokens.at(i - 1)!.lower)) i--;
  // "are annotated as less dependent on iron": as "are less dependent" would.
  else i = describedAs(tokens, i);
  // "ACSL4-knockout cells became more sensitive": a linking verb stands where the copula would.
  const linking = LINKING.has(tokens.lower(i) ?? '');
  const left = skipLeftModifiers(tokens, linking ? i - 1 : i, modifiers);
  const causative = left === i && !linking;
  let end: number;
  if (causative) {
    // Causative: "FSP1 overexpression made (these) cells more sensitive to ferroptosis": the holder between the
    // verb and the adjective is only the host; the state is caused by the subject of "made".
    let h = i;
    let hosts = 0; // a cell type named in the lexicon ("tumour cells", "CD8⁺ T cells") may be the holder
    while (h >= 0 && h > i - 6 && (tokens.at(h)!.kind === 'word' ? HOLDERS.has(tokens.at(h)!.lower) || isCellLineName(tokens, h) : tokens.at(h)!.kind === 'entity' ? hosts++ === 0 : tokens.lower(h) === '-' && (isCellLineName(tokens, h - 1) || isCellLineName(tokens, h + 1)))) h--;
    if (h === i || !CAUSATIVES.has(tokens.at(h)?.lower ?? '')) return undefined;
    end = skipLeftModifiers(tokens, h - 1, modifiers);
  } else {
    if (!linking && !someBetween(tokens, left + 1, i + 1, (t) => BE.has(t.lower) || LINKING.has(t.lower))) return undefined;
    end = holderEnd(tokens, left);
  }
  // "LOX overexpression protects membrane PUFAs and renders cells less susceptible…": a causative after "and"
  // shares the subject of the verb before.
  // "T cells lacking Gpx4 are…": the cells before "lacking" are only the holder, not a loss of T cells.
  // "LOX inhibitors, pro-oxidant agents that render cells…": a causative in a relative clause, its antecedent.
  // "The M1 skewing of iron-loaded macrophages was independent of…": the state of the cells holds.
  const stateHeld = stateOfCells(tokens, left, false);
  const subjects = (stateHeld && [stateHeld.party]) ?? cellsLacking(tokens, left) ?? cellsInWhich(tokens, left) ?? imperativeCondition(tokens, left) ?? readPartiesLeft(tokens, end) ?? theseCells(tokens, end, left) ?? cellsOfManipulation(tokens, end, left) ?? (causative ? rowSubject(tokens, end) ?? sharedSubjects(tokens, end, verbs, false) ?? relativeAntecedent(tokens, end) : possessedHolder(tokens, end, verbs) ?? copulaAfterAnd(tokens, end, verbs));
  if (!subjects) return undefined;
  // "GPX4 is dispensable for restraining lipid peroxidation": what is needed (or not) for doing something does it
  // (or does not).
  const gerund = state.dependence === 'needed-for' && tokens.lower(v + 1) === 'for' ? verbs.forms.get(tokens.lower(v + 2) ?? '') : undefined;
  if (gerund?.slot === 4) {
    const done = readPartiesRight(tokens, v + 3, gerund.verb.preposition);
    if (!done) return undefined;
    const verb = tokens.at(v + 2)!;
    return newClaim(
      { subjects, objects: done.parties, effect: gerund.verb.effect, negated: sign === -1 ? !modifiers.negated : modifiers.negated, form: ClaimForm.State, start: subjects[0]!.start, end: tokens.at(done.end)!.end, verb: { start: verb.start, end: verb.end, verb: gerund.verb, slot: 4 } },
      { negation: modifiers.negation, preposition: done.preposition },
    );
  }
  // "GPX4 is dispensable in regulatory T cells": "in" before cells says for whom something is needed.
  const inCells = state.dependence === 'needed-for' && tokens.lower(v + 1) === 'in' && tokens.entityType(v + 2) === 'cell';
  // "more sensitive for RSL3": "for" where English has "to", as some writers' first languages have it.
  const forTo = state.preposition === 'to' && (tokens.lower(v + 1) === 'for' || (tokens.lower(v) === 'tolerant' && tokens.lower(v + 1) === 'of'));
  // "CD36 is protective in (for) CD8⁺ TILs": the cells named are kept, a raise of them.
  const keptCells = state.preposition === 'against' && sign === -1 && /^(in|for)$/.test(tokens.lower(v + 1) ?? '') && tokens.entityType(v + 2) === 'cell';
  if (keptCells) sign = 1;
  if (tokens.at(v + 1)?.lower !== state.preposition && !inCells && !forTo && !keptCells) return undefined;
  const from = killedHow(tokens, v);
  // "…, whereas selenium is dispensable for its catalytic activity": the owner of what "its" names.
  const objects = from < 0 ? undefined : readPartiesRight(tokens, from) ?? ownerOfPossessed(tokens, from, verbs);
  if (!objects) return undefined;
  // "Treg cells are insensitive to GPX4 loss": cells of a type (not a holder of a genotype) that a gene's loss
  // spares do not need the gene; those it harms need it.
  const lost = objects.parties.length === 1 && objects.parties[0]!.inverted && !state.dependence && state.preposition === 'to' && subjects.every((p) => tokens.entityType(tokens.indexStartingAt(p.start)) === 'cell' && !p.inverted);
  if (lost) {
    const require = verbOf(verbs, 'require');
    if (!require) return undefined;
    const gene = { ...objects.parties[0]!, inverted: false, effectOf: undefined };
    return newClaim(
      { subjects, objects: [gene], effect: 'requires', negated: sign === -1 ? !modifiers.negated : modifiers.negated, form: ClaimForm.State, start: subjects[0]!.start, end: tokens.at(objects.end)!.end, verb: { start: tokens.at(v)!.start, end: tokens.at(v)!.end, verb: require, slot: 'state' } },
      { negation: modifiers.negation },
    );
  }
  const requires = state.dependence === 'requires';
  const verb = verbOf(verbs, requires ? 'require' : sign === 1 ? 'promote' : 'suppress');
  if (!verb) return undefined;
  if (modifiers.negated && (modifiers.noLonger || CONDITIONAL.has(tokens.lower(0) ?? ''))) return undefined;
  return newClaim(
    {
      subjects,
      objects: requires || keptCells ? objects.parties : objects.parties.map((o) => ferroptosisFromInducer(o)),
      // "independent of" is "does not require"
      effect: requires ? 'requires' : sign === 1 ? 'positive' : 'negative',
      negated: requires && sign === -1 ? !modifiers.negated : modifiers.negated,
      form: ClaimForm.State,
      start: subjects[0]!.start,
      end: tokens.at(objects.end)!.end,
      verb: { start: tokens.at(v)!.start, end: tokens.at(v)!.end, verb, slot: 'state' },
    },
    { negation: modifiers.negation },
  );
}

/** "GPX4 needs only glutathione and is independent of selenium": a copula after "and" shares the verb before's subject. */
function copulaAfterAnd(tokens: Tokens, end: number, verbs: VerbIndex): ClaimParty[] | undefined {
  return tokens.lower(end) === 'and' ? sharedSubjects(tokens, end, verbs, false) : undefined;
}

/**
 * Where the object of the state at `v` starts: after its preposition, or for "harder (easier) to" after the verb
 * of killing ("harder to push into ferroptosis", "easier to kill with RSL3"). Without one, no object.
 */
function killedHow(tokens: Tokens, v: number): number {
  if (!/^(harder|easier)$/.test(tokens.lower(v) ?? '')) return v + 2;
  let k = v + 2;
  if (!/^(kill|push|drive|tip|force|send|trigger)$/.test(tokens.lower(k) ?? '')) return -1;
  k++;
  if (/^(into|by|with|using)$/.test(tokens.lower(k) ?? '')) k++;
  return k;
}

/** "O is required for S" read as "S requires O"; "dispensable for", or a negation, as "does not require". */
export function reversedRequirement(claim: Claim): Claim {
  const needed = claim.effect === 'positive';
  return newClaim(
    { ...claim, subjects: claim.objects, objects: claim.subjects, effect: 'requires', negated: needed ? claim.negated : !claim.negated },
    { negation: claim.negation },
  );
}
