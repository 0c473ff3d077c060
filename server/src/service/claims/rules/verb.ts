/** Active and passive verbs: "FSP1 (does not) promote(s) ferroptosis", "SLC7A11 is repressed by p53". */
import type { VerbClass } from '../../lexicon/lexicon';
import { type Claim, ClaimForm, type ClaimParty, type Modifiers, modifierFields, newClaim, noteModifier, partyOf } from '../claim';
import { bindsItselfAsMeans } from '../bindsItself';
import { PREVIOUS_SUBJECT, capacityHolder, effectFrameStart, ferroptosisFromInducer, objectMayBeInducer, readPartiesLeft, skipLeftModifiers } from '../parties';
import { readPartiesRight } from '../partiesRight';
import { whoseTaskIs, cellsInState, cellsOfTheirObject, coordinatedSubjects, respectiveSubject, stateFromOpening, examplesAside, isFirstCoordinatedVerb, noteSubjects, processOfCells, pronounAntecedent, sharedSubjects } from '../subjects';
import { relativeAntecedent } from '../relatives';
import { capture, entity, mark, matchAt, seq, word } from '../pattern';
import { bothReferent, cleftSubject, definiteReferent, stateChangeReferent, stateReachedBefore, uptakeReferent } from '../referents';
import { cellsLacking } from '../holders';
import { Tokens, someBetween } from '../tokens';
import type { VerbIndex } from '../verbIndex';
import { absoluteSubject, imperativeCondition, noteInParentheses, sententialWhich, toolUsedTo } from './verbSubjects';
import { BE, CELLS, CONDITIONAL, DESCRIBED, GIVEN_VERBS, INVERTING_POST, KEEPING_POST, NEGATIONS, PHRASE_BREAKS, isAdverb, transportNounDirection } from '../vocabulary';
import { shiftOfCells, stateShiftPreposition } from './cellShift';
import { openingTreatment } from './passiveShift';
import { gatedCells, objectBeforeRelative, objectOfPronoun, pastAssociatedWith, pastComparison, pastSetAside } from './verbObjects';
import { rowSubject } from './rowSubject';
import { isEntrySupply } from './rateLimiting';

export function readVerbClaim(tokens: Tokens, v: number, verb: VerbClass, slot: number, verbs: VerbIndex): Claim | undefined {
  // "| eNVs-FAP | decrease of M2 TAMs |": a base form before "of" is a noun, read by the rules of nouns.
  if (slot === 0 && tokens.lower(v + 1) === 'of') return undefined;
  const modifiers: Modifiers = { negated: false };
  const left = skipLeftModifiers(tokens, slot === 4 ? describedAs(tokens, v - 1) : v - 1, modifiers);
  // "Iron availability limits ferroptosis": what needs the supply is limited by it, no restraint of it by the entry
  // (the rate-limiting rule reads it).
  if (verb.lemma === 'limit' && isEntrySupply(tokens, left)) return undefined;
  // (Not a copula inside an aside set off by commas between the subject and the verb: "FSP1, which is
  // myristoylated, enhanced…" and "LOX inhibition, far from being protective, enhanced…" are active; "SLC7A11 is,
  // in turn, repressed by p53" is passive.)
  const beforeIsBe = (() => {
    // The aside opens right after the subject, closes at the next comma, and is a relative clause or names no
    // entry (", SLC7A11 and SLC3A2 were upregulated," is a clause of its own).
    const aside = /^(which|who|whose)$/.test(tokens.lower(left + 2) ?? '') || !someBetween(tokens, left + 1, v, (t) => t.kind === 'entity');
    let inAside = false;
    for (let k = left + 1; k < v; k++) {
      const word = tokens.at(k)!.lower;
      if (word === ',') inAside = k === left + 1;
      else if (BE.has(word) && !(inAside && aside && someBetween(tokens, k + 1, v, (t) => t.lower === ','))) return true;
    }
    return false;
  })();
  const verbToken = tokens.at(v)!;

  // Regular verbs spell past and participle alike; the index keeps the past slot for both.
  const participle = slot === 3 || (slot === 2 && verb.forms[2] === verb.forms[3]);
  // "secreted by activated CD8⁺ T cells": a participle right after "by" describes the agent.
  if (participle && tokens.lower(v - 1) === 'by') return undefined;
  if (beforeIsBe && participle) {
    // Passive: "SLC7A11 is (directly) repressed by p53".
    let k = v + 1;
    const after: Modifiers = modifiers;
    while (k < tokens.length && tokens.at(k)!.kind === 'word' && (isAdverb(tokens.at(k)!.lower) || noteModifier(tokens.at(k)!, after))) k++;
    // "was enhanced, not prevented, by ROS scavenging": the verb set aside between commas parts nothing.
    k = pastSetAside(tokens, k, 'by');
    // A short place phrase may come before the agent: "is imported into enterocytes by ferroportin".
    if (/^(into|in|from|across|within|out)$/.test(tokens.at(k)?.lower ?? '')) {
      let by = k + 1;
      while (by < tokens.length && by < k + 5 && tokens.at(by)!.lower !== 'by' && tokens.at(by)!.kind !== 'punct') by++;
      if (tokens.at(by)?.lower === 'by') k = by;
    }
    if (tokens.at(k)?.lower !== 'by') return undefined;
    const agents = readPartiesRight(tokens, k + 1) ?? definiteReferent(tokens, k + 1);
    let patients = left >= 0 ? processOfCells(tokens, left) ?? readPartiesLeft(tokens, left) ?? relativeAntecedent(tokens, left) : undefined;
    if (!agents || !patients) return undefined;
    // "CD8⁺ T cells are protected by CD36 (from ferroptosis)": cells protected from nothing named live; from
    // something named, that is what is lowered.
    let effect = verb.effect;
    const start = patients[0]!.start;
    let end = tokens.at(agents.end)!.end;
    if (verb.effect === 'negative' && (verb.preposition === 'from' || verb.preposition === 'against') && patients.length === 1 && !patients[0]!.inverted && namesCells(tokens, patients[0]!.id, left)) {
      const from = /^(from|against)$/.test(tokens.lower(agents.end + 1) ?? '');
      const kept = from ? readPartiesRight(tokens, agents.end + 2) : undefined;
      if (kept) [patients, end] = [kept.parties, tokens.at(kept.end)!.end];
      else if (from) return undefined;
      else effect = 'positive';
    }
    return newClaim(
      {
        subjects: agents.parties,
        objects: patients,
        effect,
        negated: modifiers.negated,
        form: ClaimForm.Passive,
        start,
        end,
        verb: { start: verbToken.start, end: verbToken.end, verb, slot: 3 },
      },
      modifierFields(modifiers),
    );
  }

  // "TFR1 is mainly responsible for exporting iron": the holder of the responsibility does it.
  if (slot === 4 && tokens.lower(v - 1) === 'for' && tokens.lower(v - 2) === 'responsible') {
    const holder = skipLeftModifiers(tokens, v - 3, modifiers);
    const subjects = holder >= 0 ? readPartiesLeft(tokens, holder) : undefined;
    const objects = subjects && readPartiesRight(tokens, v + 1, verb.preposition);
    if (!subjects || !objects) return undefined;
    return newClaim(
      { subjects, objects: objects.parties, effect: verb.effect, negated: modifiers.negated, form: ClaimForm.Active, start: subjects[0]!.start, end: tokens.at(objects.end)!.end, verb: { start: verbToken.start, end: verbToken.end, verb, slot } },
      modifierFields(modifiers, objects.preposition),
    );
  }
  // "Ferroptosis was not reversed by blocking iron": the gerund is the passive's agent, not a means of its subject.
  if (slot === 4 && tokens.lower(v - 1) === 'by' && afterPassive(tokens, v - 2)) return undefined;
  // "By inhibiting GPX4 directly, erastin induces…": the means that open a clause are its subject's.
  const means = slot === 4 && !beforeIsBe ? openingMeansSubject(tokens, v, verbs) ?? bothAside(tokens, v) : undefined;
  if (slot === 4 && !beforeIsBe && !means) {
    // A gerund heads a phrase ("by inhibiting GPX4, RSL3…"): it counts after an entity ("X inhibiting Y"), or
    // after a verb whose subject it shares ("X promotes Y by inhibiting Z", "X activates Y, boosting Z").
    // "consistent with RRM2 inhibition favouring M2": after an entity and the word that says what befell it, too.
    // "NRF2 antioxidant signalling driving…": one describing word may come between.
    const post = INVERTING_POST.has(tokens.lower(v - 1) ?? '') || KEEPING_POST.has(tokens.lower(v - 1) ?? '');
    // "with p53 transcriptionally inducing SLC7A11": an adverb may come between too.
    // "Cisplatin has the drawback of downregulating PD-L1": the subject has, as an effect, what the gerund does.
    const framed = tokens.lower(v - 1) === 'of' && effectFrameStart(tokens, v - 1) >= 0;
    const afterEntity = framed || tokens.kind(v - 1) === 'entity' || (post && (tokens.kind(v - 2) === 'entity' || (tokens.kind(v - 2) === 'word' && tokens.kind(v - 3) === 'entity'))) || (tokens.kind(left) === 'entity' && left === v - 2 && isAdverb(tokens.lower(v - 1)!));
    if (!afterEntity && !sharedSubjects(tokens, left, verbs, true) && !roleHolder(tokens, left)) return undefined;
    // "Iron raises ROS, and dampening ROS blunts the polarization": a gerund whose phrase a finite verb follows is
    // that verb's subject, not a second predicate of the subject before.
    if (!afterEntity && headsSubject(tokens, v, verb, verbs)) return undefined;
  }
  if (participle && tokens.at(v - 1)?.lower === '-') return undefined; // "erastin-induced": a nominal form

  // Active: "FSP1 (does not) promote(s) ferroptosis".
  // "bcc-USINPs. Induce tumour-cell ferroptosis but…": a monograph's sentence without a subject, under the
  // entry that heads it (the sentence before), which the checker resolves.
  // (A past tense too, as a list's item under its lead-in opens: "depleted CD8⁺ T cells;"; the checker keeps it there only.)
  const heading = left < 0 && v === 0 && (slot === 0 || slot === 1 || slot === 2) && !means ? [{ id: PREVIOUS_SUBJECT, inverted: false, start: verbToken.start, end: verbToken.end }] : undefined;
  if (left < 0 && !heading) return undefined;
  if (!heading && tokens.at(left)!.lower === 'and') {
    const shared = readSharedObjectClaim(tokens, v, left, verb, slot, modifiers, verbs);
    if (shared) return shared;
  }
  // "Cisplatin targets GSH to induce ferroptosis": the entity before a purpose "to" is the first verb's object,
  // and the infinitive shares that verb's subject, unless the entity was what was used ("we used erastin to…").
  if (!heading && tokens.lower(left + 1) === 'to' && tokens.kind(left) === 'entity' && !wasGiven(tokens, left) && !capacityHolder(tokens, left)) {
    const shared = sharedSubjects(tokens, left + 1, verbs, false, true);
    if (!shared) return undefined;
    const objects = readPartiesRight(tokens, v + 1, verb.preposition);
    if (!objects) return undefined;
    if (objectMayBeInducer(verb)) objects.parties = objects.parties.map(ferroptosisFromInducer);
    return newClaim(
      { subjects: shared, objects: objects.parties, effect: verb.effect, negated: modifiers.negated, form: ClaimForm.Active, start: tokens.at(left + 1)!.start, end: tokens.at(objects.end)!.end, verb: { start: verbToken.start, end: verbToken.end, verb, slot } },
      modifierFields(modifiers, objects.preposition),
    );
  }
  if ((verb.effect === 'positive' || verb.effect === 'negative') && loweredBeforeWhich(tokens, left, verbs)) return undefined;
  let subjects =
    means ??
    heading ??
    whoseTaskIs(tokens, v) ??
    treatedCells(tokens, left) ??
    rowSubject(tokens, left) ??
    namedCompounds(tokens, left) ??
    mediatedActivity(tokens, left) ??
    cellsLacking(tokens, left) ??
    cleftSubject(tokens, left) ?? absoluteSubject(tokens, left, slot) ?? imperativeCondition(tokens, left) ?? toolUsedTo(tokens, v, slot) ?? noteInParentheses(tokens, left, slot) ?? readPartiesLeft(tokens, left) ?? relativeAntecedent(tokens, left) ?? sententialWhich(tokens, left, verbs) ?? bothReferent(tokens, v) ?? coordinatedSubjects(tokens, left, verbs) ?? sharedSubjects(tokens, left, verbs, slot === 4) ?? pronounAntecedent(tokens, left, verbs) ?? uptakeReferent(tokens, left) ?? roleHolder(tokens, left) ?? classBeforeExamples(tokens, left) ?? cellsInState(tokens, left) ?? (slot === 1 ? noteSubjects(tokens, left) : undefined) ?? treatmentOf(tokens, left);
  if (!subjects) return undefined;
  subjects = stateFromOpening(tokens, subjects, left) ?? manipulatedCells(tokens, subjects) ?? subjects;
  // "ACSL4 and LPCAT3, the enzymes that acylate PUFAs and re-esterify them, respectively": each verb its own.
  if (subjects.length > 1) {
    const own = respectiveSubject(tokens, subjects, v);
    if (own === null) return undefined;
    if (own) subjects = [own];
  }
  const first = tokens.indexStartingAt(subjects[0]!.start);
  // "Neither X nor Y rescued…", also where only Y is an entry ("neither scavenging nor iron chelation rescued").
  if (tokens.at(first - 1)?.lower === 'neither') noteModifier(tokens.at(first - 1)!, modifiers);
  else if (tokens.at(first - 1)?.lower === 'nor' && Array.from({ length: first - 1 }, (_, k) => tokens.lower(k)).includes('neither')) noteModifier(tokens.at(first - 1)!, modifiers);
  const after: Modifiers = modifiers;
  let k = v + 1;
  while (k < tokens.length && tokens.at(k)!.kind === 'word' && noteModifier(tokens.at(k)!, after)) k++;
  // "enhanced even more the M1 polarization", "increased further the…": a degree before the object, as writers
  // of Romance languages place it.
  if (/^(even|still|much)$/.test(tokens.lower(k) ?? '') && /^(more|further)$/.test(tokens.lower(k + 1) ?? '') && /^(the|its|their)$/.test(tokens.lower(k + 2) ?? '')) k += 2;
  else if (/^(further|additionally)$/.test(tokens.lower(k) ?? '') && /^(the|its|their)$/.test(tokens.lower(k + 1) ?? '')) k++;
  k = pastComparison(tokens, k);
  k = pastAssociatedWith(tokens, k);
  // "binds (directly) to GPX4"
  if (verb.effect === 'binds' && tokens.lower(k) === 'to') k++;
  // "drives repolarization of TAMs from M1 towards M2": the cells, then the state they reach.
  const shifted = !verb.preposition ? shiftOfCells(tokens, k) : undefined;
  let objects = shifted ?? readPartiesRight(tokens, k, verb.preposition) ?? sharedObject(tokens, k, verb, verbs) ?? (verb.preposition ? undefined : cellsOfTheirObject(tokens, k, v, subjects) ?? gatedCells(tokens, k));
  // "Iron chelation did not rescue the Treg cells": rescued (protected, spared) from nothing named, cells live.
  let effect = verb.effect;
  if (!objects && verb.effect === 'negative' && (verb.preposition === 'from' || verb.preposition === 'against')) {
    const named = readPartiesRight(tokens, k);
    // "…failed to rescue these cells": the cells named before.
    const cells = named && namesCells(tokens, named.parties[0]!.id, named.end) ? named : cellsOfTheirObject(tokens, k, v, subjects);
    if (cells?.parties.length === 1 && !cells.parties[0]!.inverted) {
      objects = cells;
      effect = 'positive';
    }
  }
  if (!objects && !verb.preposition) objects = objectBeforeRelative(tokens, first, v) ?? objectOfPronoun(tokens, k, first) ?? stateChangeReferent(tokens, k) ?? effectOnState(tokens, first, v);
  if (!objects) return undefined;
  // "enriched the TME for MDSCs": a place enriched for cells has more of them; the cells are the object.
  if (tokens.lower(objects.end + 1) === 'for' && tokens.entityType(objects.end) !== 'cell') {
    const cells = readPartiesRight(tokens, objects.end + 2);
    // ("primes the TME for T-cell infiltration" names what the cells do, not the cells.)
    if (cells && tokens.entityType(cells.end) === 'cell' && !/^(infiltration|recruitment|entry|activity|function|killing|responses?|priming|activation|expansion)$/.test(tokens.lower(cells.end + 1) ?? '')) objects = cells;
  }
  // "GPX4 prevents Treg cells from undergoing lipid peroxidation and ferroptosis": what the cells are kept from.
  if (!verb.preposition && objects.parties.length === 1 && tokens.entityType(objects.end) === 'cell' && tokens.lower(objects.end + 1) === 'from') {
    const from = /^(undergoing|entering|suffering|experiencing)$/.test(tokens.lower(objects.end + 2) ?? '') ? objects.end + 3 : objects.end + 2;
    const kept = tokens.entityType(from) === 'process' ? readPartiesRight(tokens, from) : undefined;
    if (kept) objects = kept;
  }
  // "RRM2 knockdown drove macrophages towards the M2 phenotype": the state named after the cells is the object.
  // "… drove TAMs from an M1 toward an M2 state": the state they leave goes unread.
  // ("carries iron into macrophages" moves the iron, into the cells.)
  if (!verb.preposition && verb.effect !== 'import' && verb.effect !== 'export') {
    const toward = stateShiftPreposition(tokens, objects.end + 1);
    const shifted = toward > 0 ? readPartiesRight(tokens, toward + 1) : undefined;
    // Only a state of cells or a process they enter ("drives Tfh cells into ferroptosis"): "sequesters iron into
    // ferritin" still acts on the iron.
    const signed = effect === 'positive' || effect === 'negative';
    if (shifted && (!signed || shifted.parties.every((p) => /^(cell|process)$/.test(tokens.entityType(tokens.indexStartingAt(p.start)) ?? '')))) objects = shifted;
  }
  // "increased the iron efflux": what is raised is the transport, not the amount of the entry.
  // "drives FPN1 down": the particle, not the verb, gives the sign (rules/phrasal.ts).
  if (/^(down|off)$/.test(tokens.lower(objects.end + 1) ?? '') && effect === 'positive') return undefined;
  // "impaired IFN-γ and granzyme B production by NK cells": what the cells make stands for how well they work.
  const makers = effect === 'positive' || effect === 'negative' ? cellsMaking(tokens, objects.end + 1) : undefined;
  if (makers) objects = makers;
  // "blocking cystine entry through system Xc⁻" is about the carrier, which the route rule reads (rules/route.ts).
  const carried = /^(through|via)$/.test(tokens.lower(objects.end + 2) ?? '');
  const transport = objects.parties.length === 1 && !carried ? transportNounDirection(tokens.lower(objects.end + 1)) : undefined;
  if (transport && (effect === 'positive' || effect === 'negative')) {
    if (subjects.some((s) => s.inverted) || objects.parties[0]!.inverted) return undefined;
    // "lowered iron efflux" says the entry exports less: the transport, denied.
    if (effect === 'negative') modifiers.negated = !modifiers.negated;
    effect = transport;
  }
  if (objectMayBeInducer(verb)) objects.parties = objects.parties.map(ferroptosisFromInducer);
  // "RSL3 inhibits GPX4 directly", "… GPX4 only indirectly, by depleting GSH"
  for (let a = objects.end + 1; a < Math.min(tokens.length, objects.end + 3); a++) {
    const t = tokens.at(a)!;
    if (t.kind !== 'word') break;
    if (t.lower === 'directly' || t.lower === 'indirectly') noteModifier(t, modifiers);
    else if (t.lower !== 'only' && t.lower !== 'also') break;
  }
  const itself = modifiers.directness ? undefined : bindsItselfAsMeans(tokens, objects.end + 1, objects.parties);
  if (itself) {
    modifiers.directness = 'direct';
    modifiers.directnessWord = itself;
  }
  if (modifiers.negated && (modifiers.noLonger || CONDITIONAL.has(tokens.lower(0) ?? ''))) return undefined;
  // "After 24 h of iron loading, macrophages shifted towards an M2 phenotype": cells that shift on their own after a
  // treatment named where the sentence opens are shifted by it.
  const isCell = (p: ClaimParty): boolean => tokens.entityType(tokens.indexStartingAt(p.start)) === 'cell';
  const shiftedAlone = subjects.length === 1 && isCell(subjects[0]!) && /^(towards?|into)$/.test(tokens.lower(v + 1) ?? '') && objects.parties.every(isCell);
  const treatment = shiftedAlone ? openingTreatment(tokens, tokens.indexStartingAt(subjects[0]!.start)) : undefined;
  if (treatment) subjects = treatment;
  return newClaim(
    {
      subjects,
      objects: objects.parties,
      effect: usesUpReducedForm(tokens, verb, objects.parties) ? 'oxidize' : effect,
      negated: modifiers.negated,
      form: ClaimForm.Active,
      // An object before its verb ("the M2 profile that iron overload induces") starts the claim's words, and a
      // means before its subject ("By inhibiting GPX4, erastin…") runs to the subject.
      start: Math.min(subjects[0]!.start, objects.parties[0]!.start, verbToken.start),
      end: Math.max(tokens.at(objects.end)!.end, verbToken.end, subjects[subjects.length - 1]!.end),
      verb: { start: verbToken.start, end: verbToken.end, verb, slot },
    },
    modifierFields(modifiers, objects.preposition),
  );
}

/** Whether the entry `id` is a cell entry named among the few tokens ending at `end`. */
function namesCells(tokens: Tokens, id: string, end: number): boolean {
  for (let k = end; k >= 0 && k > end - 4; k--) if (tokens.kind(k) === 'entity' && tokens.at(k)!.id === id) return tokens.entityType(k) === 'cell';
  return false;
}

/**
 * "Erastin binds GPX4 directly and blocks its catalytic site": the second verb shares the first one's subject,
 * "its" (or "their") stands for the first one's object, and a directness word after that object describes
 * how the subject reaches it for both verbs.
 */
function readSharedObjectClaim(tokens: Tokens, v: number, and: number, verb: VerbClass, slot: number, verbModifiers: Modifiers, verbs: VerbIndex): Claim | undefined {
  // A copy: what is noted here must not reach the ordinary reading of the verb when this one fails.
  const modifiers: Modifiers = { ...verbModifiers };
  let k = v + 1;
  while (k < tokens.length && tokens.at(k)!.kind === 'word' && noteModifier(tokens.at(k)!, modifiers)) k++;
  const pronoun = tokens.at(k);
  if (pronoun?.lower !== 'its' && pronoun?.lower !== 'their') return undefined;
  let o = and - 1;
  while (o >= 0 && tokens.at(o)!.kind === 'word' && (noteModifier(tokens.at(o)!, modifiers) || isAdverb(tokens.at(o)!.lower))) o--;
  const object = tokens.at(o);
  if (object?.kind !== 'entity' || !isFirstCoordinatedVerb(tokens.at(o - 1), verbs, true)) return undefined;
  const left = skipLeftModifiers(tokens, o - 2, modifiers);
  const subjects = left >= 0 ? readPartiesLeft(tokens, left) : undefined;
  if (!subjects) return undefined;
  return newClaim(
    {
      subjects,
      objects: [partyOf(object)],
      effect: verb.effect,
      negated: modifiers.negated,
      form: ClaimForm.Active,
      start: subjects[0]!.start,
      end: tokens.at(nounPhraseEnd(tokens, k))!.end,
      verb: { start: tokens.at(v)!.start, end: tokens.at(v)!.end, verb, slot },
    },
    modifierFields(modifiers),
  );
}

/** The last word of the short noun phrase that `tokens.at(from)` begins ("its catalytic site"). */
function nounPhraseEnd(tokens: Tokens, from: number): number {
  let end = from;
  while (end + 1 < tokens.length && end < from + 3 && tokens.at(end + 1)!.kind === 'word' && !PHRASE_BREAKS.has(tokens.at(end + 1)!.lower)) end++;
  return end;
}

/**
 * "Lenvatinib treatment of mice bearing Hepa1-6 tumours expanded…": the entry whose treatment of animals, patients
 * or cells ends at `at`, where nothing but words stands between.
 */
function treatmentOf(tokens: Tokens, at: number): ClaimParty[] | undefined {
  for (let k = at; k > 1 && k > at - 10; k--) {
    if (tokens.kind(k) === 'punct' && tokens.lower(k) !== '-') return undefined;
    if (tokens.kind(k) === 'entity' && tokens.entityType(k) !== 'cell') return undefined;
    if (/^(of|in)$/.test(tokens.lower(k)!) && /^(treatment|administration|exposure|dosing|injection|therapy)$/.test(tokens.lower(k - 1) ?? '') && tokens.kind(k - 2) === 'entity' && /^(mice|rats|animals|patients|cells|tumours|tumors|dogs|cats)$/.test(tokens.lower(k + 1) ?? '')) {
      return readPartiesLeft(tokens, k - 2);
    }
  }
  return undefined;
}

/** Whether the gerund at `v` and its object are followed by a finite verb, whose subject they are then. */
function headsSubject(tokens: Tokens, v: number, verb: VerbClass, verbs: VerbIndex): boolean {
  // "raising or lowering GPX4 expression changed…": two gerunds share the object, and the phrase the subject.
  const second = /^(or|and)$/.test(tokens.lower(v + 1) ?? '') ? verbs.forms.get(tokens.lower(v + 2) ?? '') : undefined;
  if (second?.slot === 4) return headsSubject(tokens, v + 2, second.verb, verbs);
  const objects = readPartiesRight(tokens, v + 1, verb.preposition);
  if (!objects) return false;
  let after = objects.end + 1;
  // "lowering ROS with an antioxidant suppressed both": a short phrase of means may come between.
  if (/^(with|using|by|via|through)$/.test(tokens.lower(after) ?? '')) {
    let k = after + 1;
    while (k < after + 5 && tokens.kind(k) !== 'punct' && verbs.forms.get(tokens.lower(k) ?? '')?.slot === undefined) k++;
    if (tokens.kind(k) === 'word') after = k;
  }
  const next = tokens.lower(after) ?? '';
  // "scavenging lipid peroxides or limiting iron availability reversed…": a second gerund with an object of its own.
  const other = /^(or|and)$/.test(next) ? verbs.forms.get(tokens.lower(after + 1) ?? '') : undefined;
  if (other?.slot === 4) return headsSubject(tokens, after + 1, other.verb, verbs);
  const slot = verbs.forms.get(next)?.slot;
  // A past form in -ed is a participle when an agent follows ("lowering ROS induced by iron"), else the verb.
  const participle = next.endsWith('ed') && /^(by|in|from|through|via)$/.test(tokens.lower(after + 1) ?? '');
  return slot === 1 || (slot === 2 && !participle) || /^(is|was|has)$/.test(next);
}

/**
 * Whether ", which" at `which` follows the object of a lowering verb: "p53 represses SLC7A11 transcription, which
 * lowers cystine uptake" may say that SLC7A11 lowers it or that the repression does, two readings of opposite
 * sign; a signed claim after it is read as neither.
 */
function loweredBeforeWhich(tokens: Tokens, which: number, verbs: VerbIndex): boolean {
  if (tokens.lower(which) !== 'which' || tokens.lower(which - 1) !== ',') return false;
  let k = which - 2;
  while (k > 0 && tokens.kind(k) === 'word' && KEEPING_POST.has(tokens.lower(k)!)) k--;
  if (tokens.kind(k) !== 'entity') return false;
  const before = /^(the|its|their)$/.test(tokens.lower(k - 1) ?? '') ? k - 2 : k - 1;
  return verbs.forms.get(tokens.lower(before) ?? '')?.verb.effect === 'negative';
}

/**
 * "RRM2 inhibition promoted M1 polarization, an effect that ferrostatin-1 further amplified": the verb at `v`,
 * whose subject starts at `first`, acts on the state of cells the clause before brought about.
 */
function effectOnState(tokens: Tokens, first: number, v: number): { parties: ClaimParty[]; end: number } | undefined {
  // ("an effect that the ferroptosis inhibitor ferrostatin-1 further enhances": the subject may have a title.)
  let that = first - 1;
  while (that > first - 5 && tokens.kind(that) !== 'punct' && !/^(that|which)$/.test(tokens.lower(that) ?? '')) that--;
  if (!/^(that|which)$/.test(tokens.lower(that) ?? '') || !/^(effect|shift|switch|change)$/.test(tokens.lower(that - 1) ?? '')) return undefined;
  if (!/^(an|a|the)$/.test(tokens.lower(that - 2) ?? '') || tokens.lower(that - 3) !== ',') return undefined;
  // The clause ends at the verb: "…, an effect that ferrostatin-1 reversed." names nothing after it.
  if (tokens.kind(v + 1) === 'entity') return undefined;
  const state = stateReachedBefore(tokens, that - 3);
  return state && { parties: [{ ...state, start: tokens.at(that - 2)!.start, end: tokens.at(that - 1)!.end }], end: v };
}

/** "the role of TFR1 in exporting iron", "the ability of erastin to block…": the entry whose role the gerund names. */
export function roleHolder(tokens: Tokens, at: number): ClaimParty[] | undefined {
  // "the role of NCOA4 in…", "the established effect of iron overload in driving…"
  if (tokens.lower(at) !== 'in') return undefined;
  // The entry, or the entry and a word of amount ("iron overload").
  const entityAt = tokens.kind(at - 1) === 'entity' ? at - 1 : tokens.kind(at - 2) === 'entity' && KEEPING_POST.has(tokens.lower(at - 1) ?? '') ? at - 2 : -1;
  // ("the role of CD8⁺ T cell–derived IFN-γ in…": the cells it comes from may come first.)
  const of = /^(derived|secreted|produced|released)$/.test(tokens.lower(entityAt - 1) ?? '') && tokens.lower(entityAt - 2) === '-' && tokens.entityType(entityAt - 3) === 'cell' ? entityAt - 4 : entityAt - 1;
  if (entityAt < 0 || tokens.lower(of) !== 'of') return undefined;
  if (!/^(role|roles|function|functions|ability|capacity|contribution|involvement|effect|effects|impact)$/.test(tokens.lower(of - 1) ?? '')) return undefined;
  const entity = tokens.at(entityAt)!;
  return [{ id: entity.id!, inverted: false, start: entity.start, end: tokens.at(at - 1)!.end }];
}

/** "RSL3 and ML162, both blocking system Xc⁻": the entries before ", both" (or each, all) and a gerund at `v`. */
function bothAside(tokens: Tokens, v: number): ClaimParty[] | undefined {
  if (!/^(both|each|all)$/.test(tokens.lower(v - 1) ?? '') || tokens.lower(v - 2) !== ',' || tokens.kind(v - 3) !== 'entity') return undefined;
  return readPartiesLeft(tokens, v - 3);
}

/**
 * "Lipoxygenase inhibitors such as zileuton increase…": the class before the examples is the subject; a class that
 * is no entry gives its examples ("several medicines, among them sorafenib, lorazepam and artemisinin, shield…").
 */
function classBeforeExamples(tokens: Tokens, at: number): ClaimParty[] | undefined {
  for (let k = at; k >= 2 && k > at - 8; k--) {
    if (tokens.kind(k) === 'punct' && tokens.lower(k) !== ',') return undefined;
    if (tokens.lower(k) === 'as' && tokens.lower(k - 1) === 'such') return readPartiesLeft(tokens, k - 2) ?? examplesAside(tokens, at);
    if (tokens.lower(k) === 'them' && tokens.lower(k - 1) === 'among') return examplesAside(tokens, at);
  }
  return undefined;
}

/** "CD36-mediated uptake of oxidized lipids protects…": an entry's own activity, named by a noun, as the subject. */
const MEDIATED_ACTIVITY = seq(
  capture('agent', entity),
  mark('-'),
  word('mediated', 'dependent', 'driven'),
  word('uptake', 'import', 'export', 'transport', 'production', 'secretion', 'signalling', 'signaling', 'activation', 'activity', 'release'),
);

function mediatedActivity(tokens: Tokens, at: number): ClaimParty[] | undefined {
  // "fatty acid import through CD36 limited…": the carrier named after the activity.
  if (tokens.kind(at) === 'entity' && /^(through|via)$/.test(tokens.lower(at - 1) ?? '') && ACTIVITY_NOUNS.has(tokens.lower(at - 2) ?? '')) {
    const agent = tokens.at(at)!;
    return [partyOf(agent)];
  }
  // "CD36-mediated uptake of fatty acids by tumour-infiltrating CD8⁺ T cells protects…": up to 14 tokens back.
  for (let k = at; k >= 0 && k > at - 14; k--) {
    if (tokens.kind(k) === 'punct' && tokens.lower(k) !== '-') return undefined;
    const match = tokens.kind(k) === 'entity' && tokens.lower(k + 1) === '-' ? matchAt(tokens, k, MEDIATED_ACTIVITY) : undefined;
    if (!match) continue;
    // Between the noun and the verb only its object may stand ("of oxidized lipids").
    if (match.end <= at && tokens.lower(match.end) !== 'of') return undefined;
    const agent = tokens.at(match['agent']!)!;
    return [partyOf(agent)];
  }
  return undefined;
}

/**
 * "Erastin binds and inhibits GPX4", "by binding and inactivating GPX4": a verb whose object follows the verb
 * coordinated with it. Only where neither verb takes a preposition, so that the object fits both.
 */
function sharedObject(tokens: Tokens, at: number, verb: VerbClass, verbs: VerbIndex): ReturnType<typeof readPartiesRight> {
  if (verb.preposition) return undefined;
  // "induces and promotes X", "exacerbated rather than reversed their death": the second verb's object is the first's.
  let k = tokens.lower(at) === 'and' || tokens.lower(at) === 'or' ? at + 1 : tokens.lower(at) === 'rather' && tokens.lower(at + 1) === 'than' ? at + 2 : -1;
  if (k < 0) return undefined;
  while (k < tokens.length && tokens.kind(k) === 'word' && isAdverb(tokens.lower(k)!)) k++;
  const next = verbs.forms.get(tokens.lower(k) ?? '');
  if (!next || next.verb.preposition || tokens.kind(k) !== 'word') return undefined;
  // "X and Y induce and inhibit Z, respectively": each verb has its own subject, and the object is not shared.
  for (let r = k; r < tokens.length; r++) if (tokens.lower(r) === 'respectively') return undefined;
  return readPartiesRight(tokens, k + 1);
}


/**
 * "DHODH consumes (depletes) reduced CoQ10": using up the reduced form of a metabolite oxidizes it, which contradicts
 * a curated reduction.
 */
function usesUpReducedForm(tokens: Tokens, verb: VerbClass, objects: readonly ClaimParty[]): boolean {
  if (!/^(consume|deplete|exhaust)$/.test(verb.lemma) || objects.length !== 1 || objects[0]!.inverted) return false;
  const at = tokens.indexStartingAt(objects[0]!.start);
  return tokens.lower(at - 1) === 'reduced' && tokens.entityType(at) === 'metabolite';
}

/** Whether the word at `at` is a passive participle: "was (not) reversed". */
function afterPassive(tokens: Tokens, at: number): boolean {
  if (!/(?:ed|en)$/.test(tokens.lower(at) ?? '')) return false;
  for (let k = at - 1; k >= 0 && k >= at - 3; k--) {
    if (BE.has(tokens.lower(k)!)) return true;
    if (!isAdverb(tokens.lower(k)!) && !NEGATIONS.has(tokens.lower(k)!)) return false;
  }
  return false;
}

/**
 * "Erastin- and sorafenib-treated cells lost GPX4 activity because both compounds bind…": "both (these) compounds"
 * stands for the compounds the sentence named before it, two or more.
 */
function namedCompounds(tokens: Tokens, at: number): ClaimParty[] | undefined {
  if (!/^(compounds|drugs|agents|inhibitors|inducers)$/.test(tokens.lower(at) ?? '') || !/^(both|these|two)$/.test(tokens.lower(at - 1) ?? '')) return undefined;
  const named: ClaimParty[] = [];
  for (let k = 0; k < at - 1; k++) {
    const token = tokens.at(k)!;
    if (token.kind === 'entity' && tokens.entityType(k) === 'compound' && !named.some((p) => p.id === token.id)) named.push({ id: token.id!, inverted: false, start: tokens.at(at - 1)!.start, end: tokens.at(at)!.end });
  }
  return named.length >= 2 ? named : undefined;
}


/** Nouns of what a carrier does. */
const ACTIVITY_NOUNS: ReadonlySet<string> = new Set(['import', 'uptake', 'influx', 'export', 'efflux', 'transport', 'entry']);

/** Whether the entity at `at` is what was used ("we used erastin to…", "treated with erastin to…"). */
function wasGiven(tokens: Tokens, at: number): boolean {
  const given = (k: number): boolean => {
    const word = tokens.lower(k);
    if (word !== 'with' && !GIVEN_VERBS.has(word ?? '')) return false;
    // But "GPX4, a selenoenzyme that uses glutathione to catalyse…": an entry (or what stands for one) uses it.
    return !(/^uses?$/.test(word!) && (tokens.kind(k - 1) === 'entity' || /^(that|which|it)$/.test(tokens.lower(k - 1) ?? '')));
  };
  return given(at - 1) || given(at - 2);
}

/**
 * The subject of the clause that "by VERBing …" at `v` opens ("By blocking cystine import, RSL3 depletes…", "…: by
 * blocking X it depletes…"): the entry, or "it", right before the clause's own finite verb; undefined elsewhere.
 */
function openingMeansSubject(tokens: Tokens, v: number, verbs: VerbIndex): ClaimParty[] | undefined {
  if (tokens.lower(v - 1) !== 'by' || !(v === 1 || /^[:;,]$/.test(tokens.lower(v - 2) ?? ''))) return undefined;
  for (let k = v + 2; k < tokens.length && k < v + 20; k++) {
    const slot = verbs.forms.get(tokens.lower(k) ?? '')?.slot;
    if (tokens.kind(k) !== 'word' || (slot !== 1 && slot !== 2)) continue;
    const before = tokens.lower(k - 1) === ',' ? k - 2 : k - 1;
    if (tokens.lower(before) === 'it' || tokens.lower(before) === 'they') return pronounAntecedent(tokens, before, verbs);
    // The subject opens the clause after the comma; an entry without one ("…through system Xc⁻ depletes") is
    // part of the means.
    const parties = tokens.kind(before) === 'entity' ? readPartiesLeft(tokens, before) : undefined;
    return parties && tokens.lower(tokens.indexStartingAt(parties[0]!.start) - 1) === ',' ? parties : undefined;
  }
  return undefined;
}

/** "(IFN-γ) production by tumour-infiltrating NK cells" at `at`: the cells, read as the party. */
function cellsMaking(tokens: Tokens, at: number): ReturnType<typeof readPartiesRight> {
  // The noun may close the object's range ("IFN-γ production"), or follow more products ("IFN-γ and granzyme B
  // production").
  let by = at;
  while (by < tokens.length && by < at + 5 && tokens.kind(by) === 'word' && tokens.lower(by) !== 'by') by++;
  if (tokens.lower(by) !== 'by' || !/^(production|secretion|release|synthesis)$/.test(tokens.lower(by - 1) ?? '')) return undefined;
  const cells = readPartiesRight(tokens, by + 1);
  return cells && cells.parties.length === 1 && tokens.entityType(cells.end) === 'cell' ? cells : undefined;
}

/**
 * "RRM2-deficient macrophages skewed toward M2", "iron-loaded macrophages shifted…": what was done to the cells is
 * what the sentence credits with their change, so it is the subject (the entry's loss, for a word of loss).
 */
function manipulatedCells(tokens: Tokens, subjects: readonly ClaimParty[]): ClaimParty[] | undefined {
  if (subjects.length !== 1) return undefined;
  const cells = tokens.indexStartingAt(subjects[0]!.start);
  return tokens.entityType(cells) === 'cell' ? manipulation(tokens, cells - 1, cells) : undefined;
}

/**
 * "Cisplatin-treated NSCLC cells downregulated PD-L1": cells the lexicon does not name, after what was done to
 * them, ending at `at`.
 */
function treatedCells(tokens: Tokens, at: number): ClaimParty[] | undefined {
  if (!CELLS.has(tokens.lower(at) ?? '')) return undefined;
  let k = at - 1;
  while (k > 1 && k > at - 3 && tokens.kind(k) === 'word' && tokens.lower(k - 1) !== '-') k--;
  // "Restoring p53 in p53-null cells repressed…": cells named as where something happened are not the subject.
  if (/^(in|of|from|into|on|with)$/.test(tokens.lower(k - 3) ?? '')) return undefined;
  return manipulation(tokens, k, at);
}

/** "RRM2-deficient", "cisplatin-treated" with its word at `word`: the entry as the party, ranging to `cells`. */
function manipulation(tokens: Tokens, word: number, cells: number): ClaimParty[] | undefined {
  if (tokens.lower(word - 1) !== '-' || tokens.kind(word - 2) !== 'entity' || tokens.entityType(word - 2) === 'cell') return undefined;
  const loss = INVERTING_POST.has(tokens.lower(word) ?? '');
  if (!loss && !/^(treated|pretreated|exposed|loaded|overloaded|overexpressing|stimulated)$/.test(tokens.lower(word) ?? '')) return undefined;
  return [{ ...partyOf(tokens.at(word - 2)!), inverted: loss, end: tokens.at(cells)!.end }];
}

export function describedAs(tokens: Tokens, at: number): number {
  if (tokens.lower(at) !== 'as' || !DESCRIBED.has(tokens.lower(at - 1) ?? '')) return at;
  let k = at - 2;
  while (k >= 0 && tokens.kind(k) === 'word' && isAdverb(tokens.lower(k)!)) k--;
  return BE.has(tokens.lower(k) ?? '') ? at - 2 : at;
}
