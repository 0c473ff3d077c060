/** Nominal claims: "inhibition of GPX4 by RSL3", "RSL3-mediated inhibition of GPX4", "erastin-induced ferroptosis". */
import type { VerbClass } from '../../lexicon/lexicon';
import { type Claim, ClaimForm, type ClaimParty, type Modifiers, directnessFields, newClaim, noteModifier, partyOf } from '../claim';
import { PREVIOUS_SUBJECT, ferroptosisFromInducer, objectMayBeInducer, readPartiesLeft, skipLeftModifiers } from '../parties';
import { readPartiesRight } from '../partiesRight';
import { possessiveEntry } from '../partyWords';
import { ownerOf, sharedSubjects } from '../subjects';
import { relativeAntecedent } from '../relatives';
import { type Token, Tokens } from '../tokens';
import type { VerbIndex } from '../verbIndex';
import { INVERTING_POST, KEEPING_POST, REPORTING_AUXILIARIES, UNSEEN, isAdverb, isReferringNoun } from '../vocabulary';

/** "inhibition of GPX4 by RSL3", "RSL3-mediated inhibition of GPX4". */
export function readActionClaim(tokens: Tokens, v: number, verb: VerbClass, verbs: VerbIndex): Claim | undefined {
  const noun = tokens.at(v)!;
  const of = tokens.at(v + 1)?.lower === 'of';
  // "protection of T cells from ferroptosis", "protection against ferroptosis": the object follows the
  // verb's preposition, and "of" names who is protected or sensitized.
  if (!of && !(verb.preposition && tokens.at(v + 1)?.lower === verb.preposition)) return undefined;
  const modifiers: Modifiers = { negated: false };
  const adjective = tokens.at(v - 1);
  if (adjective && adjective.kind === 'word') noteModifier(adjective, modifiers);
  const objects = verb.preposition ? readPartiesRight(tokens, v + 1, verb.preposition) : readPartiesRight(tokens, v + 2);
  if (!objects) return undefined;
  if (objectMayBeInducer(verb)) objects.parties = objects.parties.map(ferroptosisFromInducer);
  let subjects: ClaimParty[] | undefined;
  let start: number;
  let lastToken = objects.end;
  if (tokens.at(objects.end + 1)?.lower === 'by') {
    const agents = readPartiesRight(tokens, objects.end + 2);
    subjects = agents?.parties;
    if (agents) lastToken = agents.end;
    start = noun.start;
  } else if (carrierBefore(tokens, v) >= 0) {
    // "S mediates the efflux of O", "S is (mainly) responsible for the uptake of O"
    const left = skipLeftModifiers(tokens, carrierBefore(tokens, v), modifiers);
    subjects = left >= 0 ? readPartiesLeft(tokens, left) ?? relativeAntecedent(tokens, left) ?? entryReferredTo(tokens, left) : undefined;
    start = subjects?.[0]?.start ?? noun.start;
  } else if (possessorBefore(tokens, v) >= 0) {
    // "liraglutide's induction of TFR1", "cisplatin's known suppression of PD-L1": the possessor acts.
    const possessor = possessorBefore(tokens, v);
    subjects = [partyOf(tokens.at(possessor)!)];
    start = tokens.at(possessor)!.start;
  } else if (possessiveBefore(tokens, v) >= 0) {
    // "DHODH offers no protection: its oxidation of CoQ10…": the entry "its" stands for acts ("its known
    // downregulation of PD-L1" too).
    const its = possessiveBefore(tokens, v);
    subjects = ownerOf(tokens, its, verbs);
    start = tokens.at(its)!.start;
  } else {
    // "S-mediated inhibition of O"; "p53-driven transcriptional induction of O": a word of which kind may come between.
    const kind = /^(transcriptional|translational|post-translational|direct|indirect|marked|strong|potent)$/.test(tokens.lower(v - 1) ?? '') ? 1 : 0;
    const at = (modifiers.directness ? v - 2 : v - 1) - kind;
    const mediated = tokens.at(at);
    const hyphen = tokens.at(at - 1);
    const entity = tokens.at(at - 2);
    if (!mediated || !/^(mediated|induced|driven|triggered|dependent)$/.test(mediated.lower) || hyphen?.lower !== '-' || entity?.kind !== 'entity') return undefined;
    subjects = [partyOf(entity)];
    start = entity.start;
  }
  if (!subjects || subjects.length === 0 || deniedAfter(tokens, lastToken + 1)) return undefined;
  if (tokens.at(v - 1)?.lower === 'no' || tokens.at(v - 2)?.lower === 'no') modifiers.negated = true;
  const last = subjects[subjects.length - 1]!;
  return newClaim(
    {
      subjects,
      objects: objects.parties,
      effect: verb.effect,
      negated: modifiers.negated,
      form: ClaimForm.Nominal,
      start,
      end: Math.max(last.end, tokens.at(objects.end)!.end),
      verb: { start: noun.start, end: noun.end, verb, slot: 'action' },
    },
    directnessFields(modifiers),
  );
}

/** The "its" before the action noun at `v`, perhaps with a word of how well it is known between; or -1. */
function possessiveBefore(tokens: Tokens, v: number): number {
  const its = KNOWN.test(tokens.lower(v - 1) ?? '') ? v - 2 : v - 1;
  return tokens.lower(its) === 'its' && tokens.kind(its - 1) !== 'entity' ? its : -1;
}

/** The entry (no cells) whose "'s" stands before the action noun at `v`, a word of how well it is known between; or -1. */
function possessorBefore(tokens: Tokens, v: number): number {
  const entry = possessiveEntry(tokens, KNOWN.test(tokens.lower(v - 1) ?? '') ? v - 2 : v - 1);
  return entry >= 0 && tokens.entityType(entry) !== 'cell' ? entry : -1;
}

const KNOWN = /^(known|reported|documented|established|described|well-known|recognized|recognised)$/;

/**
 * Where the words before the action noun at `v` say its subject carries it out ("mediates the", "is responsible
 * for the"): the index just left of them, or -1.
 */
function carrierBefore(tokens: Tokens, v: number): number {
  let k = v - 1;
  if (/^(the|a|an)$/.test(tokens.lower(k) ?? '')) k--;
  const word = tokens.lower(k) ?? '';
  if (/^(mediates|mediate|mediated|drives|drive|drove|performs|perform|performed|catalyzes|catalyses|catalyzed|catalysed|controls|governs|enables)$/.test(word)) return k - 1;
  if (word === 'for' && /^(responsible|required)$/.test(tokens.lower(k - 1) ?? '')) {
    // "responsible for": the copula before it belongs to the subject's side
    return k - 2;
  }
  return -1;
}

/**
 * "Cells acquire iron mainly through X-mediated uptake": the object of the verb of getting before "through", and
 * where "mediated" stands (the noun at `v` follows it right away); or undefined.
 */
function acquiredBefore(tokens: Tokens, v: number): { party: Token; before: number } | undefined {
  if (tokens.lower(v - 1) !== 'mediated') return undefined;
  for (let k = v - 3; k >= 1 && k >= v - 14; k--) {
    if (!/^(through|via|by)$/.test(tokens.lower(k) ?? '')) continue;
    let j = k - 1;
    while (j >= 0 && tokens.kind(j) === 'word' && isAdverb(tokens.lower(j)!)) j--;
    const moved = tokens.at(j);
    const verb = tokens.lower(j - 1) ?? '';
    if (moved?.kind !== 'entity' || !/^(acquire|acquires|acquired|acquiring|obtain|obtains|obtained|obtaining|import|imports|imported|get|gets)$/.test(verb)) return undefined;
    return { party: moved, before: v - 1 };
  }
  return undefined;
}

/** "Ferroportin-mediated iron uptake", "TFR1-mediated iron efflux": S acts on O as the action noun says. */
export function readMediatedActionClaim(tokens: Tokens, v: number, verb: VerbClass): Claim | undefined {
  const object = tokens.at(v - 1);
  if (object?.kind === 'entity' && /^(mediates|mediate|mediated|drives|drive|performs|catalyzes|catalyses|carries)$/.test(tokens.at(v - 2)?.lower ?? '')) {
    // "ferroportin mediates iron import"
    const modifiers: Modifiers = { negated: false };
    const left = skipLeftModifiers(tokens, v - 3, modifiers);
    // "transferrin and TfR1, which together mediate iron efflux": the relative clause's antecedents.
    const subjects = left >= 0 ? readPartiesLeft(tokens, left) ?? relativeAntecedent(tokens, left) : undefined;
    if (!subjects || deniedAfter(tokens, v + 1)) return undefined;
    return newClaim(
      {
        subjects,
        objects: [partyOf(object)],
        effect: verb.effect,
        negated: modifiers.negated,
        form: ClaimForm.Nominal,
        start: subjects[0]!.start,
        end: tokens.at(v)!.end,
        verb: { start: tokens.at(v)!.start, end: tokens.at(v)!.end, verb, slot: 'action' },
      },
      { negation: modifiers.negation },
    );
  }
  // "Ferroportin-mediated iron uptake"; "cells acquire iron through ferroportin-mediated uptake", the object
  // named before.
  const named = object?.kind === 'entity' ? { party: object, before: v - 2 } : acquiredBefore(tokens, v);
  if (!named) return undefined;
  const [hyphen, mediated] = [tokens.at(named.before - 1), tokens.at(named.before)];
  // "Ferroportin (FPN)-dependent iron import": the short form in parentheses before the hyphen.
  let at = named.before - 2;
  if (tokens.lower(at) === ')' && tokens.lower(at - 2) === '(' && tokens.kind(at - 1) === 'entity' && tokens.at(at - 3)?.id === tokens.at(at - 1)!.id) at -= 3;
  const s = tokens.at(at);
  if (s?.kind !== 'entity' || hyphen?.lower !== '-' || !/^(mediated|dependent|driven|induced)$/.test(mediated?.lower ?? '')) return undefined;
  if (deniedAfter(tokens, v + 1)) return undefined;
  const moved = named.party;
  return newClaim({
    subjects: [partyOf(s)],
    objects: [partyOf(moved)],
    effect: verb.effect,
    negated: false,
    form: ClaimForm.Nominal,
    start: s.start,
    end: tokens.at(v)!.end,
    verb: { start: tokens.at(v)!.start, end: tokens.at(v)!.end, verb, slot: 'action' },
  });
}

/**
 * Whether the predicate after a nominal claim, from token `i`, denies that it happened: "X-mediated inhibition
 * of Y (in these cells) was not observed / did not occur / was absent". Such a sentence reports an experiment
 * and states no mechanism either way, so the claim is dropped rather than negated.
 */
function deniedAfter(tokens: Tokens, i: number): boolean {
  let k = i;
  // Past a short prepositional phrase ("in HT-1080 cells"), up to the auxiliary.
  while (k < tokens.length && k < i + 6 && !REPORTING_AUXILIARIES.has(tokens.at(k)!.lower)) {
    if (tokens.at(k)!.kind === 'punct' && tokens.at(k)!.lower !== '-') return false;
    k++;
  }
  if (!REPORTING_AUXILIARIES.has(tokens.at(k)?.lower ?? '')) return false;
  const next = tokens.at(k + 1)?.lower;
  if (next === 'absent' || next === 'undetectable') return true;
  if (next !== 'not' && next !== 'never') return false;
  const word = tokens.at(k + 2)?.lower === 'be' ? tokens.at(k + 3)?.lower : tokens.at(k + 2)?.lower;
  return word !== undefined && UNSEEN.has(word);
}

/**
 * Whether token k names what the process before it is about ("ferroptosis resistance", "ferroptosis-sensitive
 * state"): "FSP1-mediated ferroptosis resistance" is no claim that FSP1 mediates ferroptosis.
 */
function headsCompound(tokens: Tokens, k: number): boolean {
  const head = tokens.lower(k) === '-' ? k + 1 : k;
  const word = tokens.kind(head) === 'word' ? tokens.lower(head)! : '';
  return INVERTING_POST.has(word) || KEEPING_POST.has(word);
}

/** "erastin-induced ferroptosis", "CD36-mediated ferroptosis": the entity promotes the process. */
export function readInducedClaims(tokens: Tokens, isProcess: (id: string) => boolean, promote: VerbClass | undefined, claims: Claim[]): void {
  if (!promote) return;
  for (let i = 0; i + 3 < tokens.length; i++) {
    if (tokens.kind(i) !== 'entity' || tokens.lower(i + 1) !== '-') continue;
    const s = tokens.at(i)!;
    const word = tokens.at(i + 2)!;
    const o = tokens.at(i + 3)!;
    if (!INDUCING.has(word.lower)) continue;
    if (o.kind !== 'entity' || !isProcess(o.id!) || deniedAfter(tokens, i + 4) || headsCompound(tokens, i + 4)) continue;
    claims.push(
      newClaim({
        subjects: [partyOf(s)],
        objects: [partyOf(o)],
        effect: 'positive',
        negated: false,
        form: ClaimForm.Induced,
        start: s.start,
        end: o.end,
        verb: { start: word.start, end: word.end, verb: promote, slot: 3 },
      }),
    );
  }
}

/** "This heterodimer mediates…": the entry named before, which the checker resolves (`PREVIOUS_SUBJECT`). */
function entryReferredTo(tokens: Tokens, at: number): ClaimParty[] | undefined {
  if (!isReferringNoun(tokens.lower(at) ?? '') || !/^(this|these)$/.test(tokens.lower(at - 1) ?? '')) return undefined;
  return [{ id: PREVIOUS_SUBJECT, inverted: false, start: tokens.at(at - 1)!.start, end: tokens.at(at)!.end }];
}

/**
 * "Sorafenib induces ferroptosis through direct GPX4 inhibition", "… via SLC7A11 blockade": the means of a
 * predicate, whose subject it shares, named by an action noun after its object.
 */
export function readMeansActionClaim(tokens: Tokens, v: number, verb: VerbClass, verbs: VerbIndex): Claim | undefined {
  const object = tokens.at(v - 1);
  if (object?.kind !== 'entity') return readMeansOfClaim(tokens, v, verb, verbs);
  const modifiers: Modifiers = { negated: false };
  let k = v - 2;
  if (tokens.kind(k) === 'word' && noteModifier(tokens.at(k)!, modifiers)) k--;
  if (modifiers.negated || !/^(through|via|by)$/.test(tokens.lower(k) ?? '')) return undefined;
  const subjects = sharedSubjects(tokens, k, verbs, false);
  if (!subjects) return undefined;
  const noun = tokens.at(v)!;
  return newClaim(
    {
      subjects,
      objects: [partyOf(object)],
      effect: verb.effect,
      negated: false,
      form: ClaimForm.Nominal,
      start: tokens.at(k)!.start,
      end: noun.end,
      verb: { start: noun.start, end: noun.end, verb, slot: 'action' },
    },
    directnessFields(modifiers),
  );
}

/**
 * The entry an effect is put down to, before the "to" at `to`: "Sorafenib owes its activity to…", "Metformin
 * raised CTL killing, which we attribute to…", "The activity of erastin on PBMCs is attributed to…"; the
 * sentence's first entry in the last two, where only a few words come before it.
 */
function attributedSubjects(tokens: Tokens, to: number): ClaimParty[] | undefined {
  for (let j = to - 1; j >= 0 && j >= to - 6; j--) {
    if (/^(owes|owe|owed)$/.test(tokens.lower(j) ?? '')) {
      const left = skipLeftModifiers(tokens, j - 1, { negated: false });
      return left >= 0 ? readPartiesLeft(tokens, left) : undefined;
    }
  }
  if (!/^(attributed|attribute|ascribed|ascribe|attributable)$/.test(tokens.lower(to - 1) ?? '')) return undefined;
  // "The pro-differentiation effect of erastin on PBMCs was attributed to…": a few words of what the effect is.
  for (let k = 0; k < to && k <= 8; k++) if (tokens.kind(k) === 'entity') return readPartiesRight(tokens, k)?.parties.slice(0, 1);
  return undefined;
}

/**
 * "… drove PBMC differentiation through (the) up-regulation of BMP family members": the means named by an action
 * noun before its object, sharing the predicate's subject.
 */
function readMeansOfClaim(tokens: Tokens, v: number, verb: VerbClass, verbs: VerbIndex): Claim | undefined {
  if (tokens.lower(v + 1) !== 'of') return undefined;
  const modifiers: Modifiers = { negated: false };
  let k = v - 1;
  // "via the direct binding and inhibition of GPX4": a noun coordinated before this one shares its object.
  if (tokens.lower(k) === 'and' && tokens.kind(k - 1) === 'word' && /(?:ing|ion)$/.test(tokens.lower(k - 1)!)) k -= 2;
  // "through direct covalent inactivation of GPX4"
  while (k > v - 6 && tokens.kind(k) === 'word' && noteModifier(tokens.at(k)!, modifiers)) k--;
  // "attributed to lipid-peroxidation-driven induction of BMP": what drives the action describes it.
  if (tokens.lower(k) === 'driven' && tokens.lower(k - 1) === '-' && tokens.kind(k - 2) === 'entity') k -= 3;
  if (tokens.lower(k) === 'the') k--;
  const attributed = tokens.lower(k) === 'to' ? attributedSubjects(tokens, k) : undefined;
  if (modifiers.negated || (!attributed && !/^(through|via|by)$/.test(tokens.lower(k) ?? ''))) return undefined;
  const objects = readPartiesRight(tokens, v + 2);
  if (!objects) return undefined;
  const subjects = attributed ?? sharedSubjects(tokens, k, verbs, false);
  if (!subjects) return undefined;
  const noun = tokens.at(v)!;
  return newClaim(
    {
      subjects,
      objects: objects.parties,
      effect: verb.effect,
      negated: false,
      form: ClaimForm.Nominal,
      start: tokens.at(k)!.start,
      end: tokens.at(objects.end)!.end,
      verb: { start: noun.start, end: noun.end, verb, slot: 'action' },
    },
    directnessFields(modifiers),
  );
}

const INDUCING: ReadonlySet<string> = new Set(['induced', 'mediated', 'driven', 'triggered', 'elicited', 'evoked']);

/** The words the induced-process reading starts from: a sentence with none of them has none of its claims (`read.ts` asks first). */
export const INDUCED_WORDS: readonly string[] = [...INDUCING];
