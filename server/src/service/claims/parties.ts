/**
 * The subjects of a claim: the parties read leftwards from a verb (their modifiers and coordination). The objects,
 * read rightwards, are in partiesRight.ts; the holders of a state ("GPX4-deficient cells", "cells lacking GPX4") in
 * holders.ts.
 */
import { capacityHolder, doseBefore, effectFrameStart, isCellLineName, openingParenthesis, skipLeftModifiers } from './asides';
import { definiteReferent, stateChangeReferent } from './referents';
import type { ClaimParty } from './claim';
import { changedTogether, governed } from './lists';
import { GENOTYPE_WORDS, cellInState, exposureOfCells } from './cellWords';
import { carriedByNamed } from './cargo';
import { CLASS_ENTRY, CLASS_NOUNS, classBeforeName, isUnknownName } from './unknownNames';
import { Tokens } from './tokens';
import { amountBefore, ferroptosisFromInducer, objectMayBeInducer } from './partyWords';
import { AMOUNT_NOUNS, CAUSING_PARTICIPLES, GIVEN_PARTICIPLES, CELLS, INVERTING_POST, INVERTING_PRE, KEEPING_POST, KEEPING_PRE, PHRASE_OPENERS, REFERRING_NOUNS } from './vocabulary';

// What stands between a subject and its verb is read in asides.ts; the rules import it from here, with the parties.
export { capacityHolder, doseBefore, effectFrameStart, isCellLineName, openingParenthesis, skipLeftModifiers };
// What both readers share, which the rules import from here too.
export { ferroptosisFromInducer, objectMayBeInducer };

/** Words that open a clause whose subject may follow: "whereas PUFAs promote ferroptosis" asserts it all the same. */
const SUBORDINATORS = new Set(['whereas', 'while', 'although', 'though']);

/**
 * The agent(s) that end at token `end` (inclusive), reading leftwards: optional post-modifiers (knockout,
 * expression), the entity, coordinated entities, and pre-modifiers (loss of, overexpression of).
 * Returns undefined when what stands there is not an agent.
 */
export function readPartiesLeft(tokens: Tokens, end: number, antecedent = false): ClaimParty[] | undefined {
  const owner = whoseOwner(tokens, end);
  if (owner) return owner;
  // "…, indicating that the enzyme operates independently of GSH": "the enzyme" opening a clause inside the
  // sentence stands for the one entry of its kind named before.
  // "…, as this GLP-1 receptor agonist induces…": a few describing words (or an entry) before the noun.
  if (tokens.kind(end) === 'word') {
    let the = end - 1;
    while (the > end - 5 && the > 0 && !/^(the|this|these)$/.test(tokens.lower(the) ?? '') && (tokens.kind(the) !== 'punct' || tokens.lower(the) === '-')) the--;
    const opensClause = /^(that|because|since|so|whereas|while|but|as|;|:)$/.test(tokens.lower(the - 1) ?? '');
    const referent = /^(the|this|these)$/.test(tokens.lower(the) ?? '') && opensClause ? definiteReferent(tokens, the) ?? stateChangeReferent(tokens, the) : undefined;
    if (referent?.end === end) return referent.parties;
  }
  const carried = carriedByNamed(tokens, end);
  if (carried) return [carried];
  let i = end;
  let inverted = false;
  // "the iron chelator deferoxamine", "the DHODH inhibitor brequinar": a name the lexicon lacks, after the class
  // noun that says what it does to the entry.
  if (tokens.kind(i) === 'word' && isUnknownName(tokens, i) && CLASS_NOUNS.test(tokens.lower(i - 1) ?? '') && tokens.kind(i - 2) === 'entity') i--;
  // "the LOX inhibitor zileuton": the class is an entry of its own; "the lipoxygenase inhibitors zileuton and
  // baicalein" too.
  else if (tokens.kind(i) === 'word' && isUnknownName(tokens, i)) {
    let first = i;
    while (/^(and|,)$/.test(tokens.lower(first - 1) ?? '') && tokens.kind(first - 2) === 'word' && isUnknownName(tokens, first - 2)) first -= 2;
    if (tokens.kind(first - 1) === 'entity' && CLASS_ENTRY.test(tokens.at(first - 1)!.id ?? '')) i = first - 1;
  }
  // Post-modifiers: "ACSL4 knockout", "GPX4-deficient", "SLC7A11 expression".
  while (i >= 0 && tokens.at(i)!.kind !== 'entity') {
    const t = tokens.at(i)!;
    // "Ferroportin (FPN) knockdown": the entry's short form in parentheses between it and its modifier.
    if (t.lower === ')' && tokens.lower(i - 2) === '(' && tokens.kind(i - 1) === 'entity' && tokens.kind(i - 3) === 'entity' && tokens.at(i - 1)!.id === tokens.at(i - 3)!.id) {
      i -= 3;
      break;
    }
    // "SLC7A11 mRNA and protein": two nouns of what the entry is measured as, joined.
    const joined = (t.lower === 'and' || t.lower === 'or') && KEEPING_POST.has(tokens.lower(i - 1) ?? '') && KEEPING_POST.has(tokens.lower(i + 1) ?? '');
    // "DHODH-driven CoQ10 reduction": with what drives it named, the redox reaction, which makes the reduced form.
    const redox = t.lower === 'reduction' && tokens.kind(i - 1) === 'entity' && DRIVEN.test(tokens.lower(i - 2) ?? '') && tokens.lower(i - 3) === '-';
    if (t.kind === 'word' && INVERTING_POST.has(t.lower) && !redox) inverted = !inverted;
    else if (!(t.kind === 'word' && KEEPING_POST.has(t.lower)) && !(t.kind === 'punct' && t.lower === '-') && !joined && !redox) return undefined;
    i--;
    if (end - i > 4) return undefined;
  }
  if (i < 0) return undefined;
  // "Cisplatin-based chemotherapy reduced…": the treatment is the compound's.
  if (tokens.lower(i - 1) === 'based' && tokens.lower(i - 2) === '-' && tokens.kind(i - 3) === 'entity') i -= 3;
  const parties: ClaimParty[] = [];
  const first = producedBy(tokens, i, inverted) ?? actionOfCells(tokens, i, inverted) ?? stateOfCells(tokens, i, inverted) ?? partyAt(tokens, i, inverted, antecedent) ?? causeAfterEffect(tokens, i, inverted);
  if (!first) return undefined;
  parties.push(first.party);
  i = first.before;
  // "the iron chelator deferoxamine": the class says what the compound does, a party too (it may be all the
  // lexicon knows of a compound the review does not describe).
  const named = classBeforeName(tokens, i);
  if (named) {
    parties.unshift(named);
    i -= 3;
  }
  // Coordination: "RSL3, ML162 and FIN56"; a comma continues the list only after an "and"/"or".
  let linked = false;
  while (i >= 1) {
    const t = tokens.at(i)!;
    let commaAnd = false;
    // "erastin (10 µM) and ferrostatin-1 (Fer-1, 1 µM)": a dose or short form after an entry of the list.
    const aside = t.lower === 'and' || t.lower === 'or' || t.lower === 'nor' ? entryBeforeAside(tokens, i - 1) : -1;
    if (aside >= 0) {
      linked = true;
      i = aside + 1;
    } else if ((t.lower === 'and' || t.lower === 'or' || t.lower === 'nor') && tokens.at(i - 1)!.kind === 'entity') {
      linked = true;
    } else if (t.lower === 'with' && /^(together|along)$/.test(tokens.lower(i - 1) ?? '') && tokens.kind(i - 2) === 'entity') {
      // "Knocking out GPX4 together with ACSL4": two entries changed together.
      linked = true;
      i--;
    } else if (t.lower === '/' && tokens.at(i - 1)!.kind === 'entity' && tokens.at(i - 1)!.end === t.start && parties.length === 1) {
      // "the SLC7A11/SLC3A2 heterodimer": two entries of one complex act together.
    } else if ((t.lower === 'and' || t.lower === 'or') && tokens.at(i - 1)!.lower === ',' && tokens.at(i - 2)?.kind === 'entity') {
      linked = true;
      commaAnd = true;
      i--;
    } else if (t.lower === ',' && (linked || tokens.lower(end + 1) === ')') && tokens.at(i - 1)!.kind === 'entity') {
      // continue the list
    } else {
      break;
    }
    // "Neither scavenging of lipid peroxides nor iron chelation": an entry with a loss word of its own is not also
    // changed by the word after the last one.
    const own = inverted ? partyAt(tokens, i - 1, false, antecedent) : undefined;
    const next = own?.party.inverted ? own : producedBy(tokens, i - 1, inverted) ?? partyAt(tokens, i - 1, inverted, antecedent);
    // "LOX, which oxidises membrane PUFAs, ACSL4 and LPCAT3 act…", "Unlike erastin, RSL3 and ML162 act…": an entry
    // a verb or a preposition governs ends the list there.
    // "Unlike FIN56 and FINO2, RSL3 and ML162 act…": the governing word may open a list of its own.
    if (tokens.lower(i) === ',' && governed(tokens, listOpening(tokens, next ? next.before : i - 2))) break;
    // "linked to more ROS and p53 acetylation, and lowering ROS inhibits…": after "X and Y", ", and" opens a clause.
    if (commaAnd && next && /^(and|or)$/.test(tokens.lower(next.before) ?? '')) break;
    // "…promotes ferroptosis by degrading ferritin and NCOA4 overexpression enhances…": a list "by" governs is the
    // means of a verb before it, no subject of the verb after it.
    if (next && tokens.lower(next.before) === 'by' && linked) return undefined;
    if (!next) return undefined;
    parties.unshift(next.party);
    i = next.before;
  }
  if (tokens.at(i)?.lower === 'both') i--;
  return parties.length > 1 ? changedTogether(tokens, parties, inverted) : parties;
}

/** Left of a list of bare entries ("FIN56 and FINO2") whose last one ends after `before`: where the list opens. */
function listOpening(tokens: Tokens, before: number): number {
  let k = before;
  while (/^(and|or|,)$/.test(tokens.lower(k) ?? '') && tokens.kind(k - 1) === 'entity') k -= 2;
  return k;
}

/**
 * "GPX4, whose catalytic activity is independent of GSH", "ACSL4, whose loss protects…": the owner of what a
 * "whose" clause names, reversed by a loss.
 */
function whoseOwner(tokens: Tokens, end: number): ClaimParty[] | undefined {
  if (tokens.kind(end) !== 'word') return undefined;
  let k = end;
  while (k > end - 4 && tokens.kind(k) === 'word' && tokens.lower(k) !== 'whose') k--;
  if (tokens.lower(k) !== 'whose') return undefined;
  // "TYRO3, a receptor tyrosine kinase whose signalling…": past an apposition that names what the owner is.
  let comma = k - 1;
  if (tokens.lower(comma) !== ',') {
    while (comma > k - 6 && tokens.kind(comma) === 'word' && !/^(a|an)$/.test(tokens.lower(comma)!)) comma--;
    comma = /^(a|an)$/.test(tokens.lower(comma) ?? '') ? comma - 1 : -1;
  }
  if (tokens.lower(comma) !== ',' || tokens.kind(comma - 1) !== 'entity') return undefined;
  const noun = tokens.lower(end)!;
  if (!INVERTING_POST.has(noun) && !KEEPING_POST.has(noun)) return undefined;
  const owner = tokens.at(comma - 1)!;
  return [{ id: owner.id!, inverted: INVERTING_POST.has(noun), start: owner.start, end: tokens.at(end)!.end }];
}

/** The entry before the aside in parentheses that closes at `close` ("erastin (10 µM)"), or -1. */
export function entryBeforeAside(tokens: Tokens, close: number): number {
  if (tokens.lower(close) !== ')') return -1;
  const open = openingParenthesis(tokens, close);
  return open > 0 && close - open <= 10 && tokens.kind(open - 1) === 'entity' ? open - 1 : -1;
}

/** "IFN-γ secreted by CD8⁺ T cells": the agent is what the cells make, not the cells. */
function producedBy(tokens: Tokens, index: number, inverted: boolean): { party: ClaimParty; before: number } | undefined {
  const k = beforeCellModifiers(tokens, index);
  if (tokens.lower(k) === 'by' && /^(secreted|released|produced|derived|made|expressed|generated)$/.test(tokens.lower(k - 1) ?? '')) return partyAt(tokens, k - 2, inverted);
  // "IFN-γ from activated T cells suppresses…": a product named with the cells it comes from.
  if (tokens.lower(k) === 'from' && tokens.entityType(index) === 'cell' && tokens.kind(k - 1) === 'entity' && tokens.entityType(k - 1) !== 'cell') return partyAt(tokens, k - 1, inverted);
  return undefined;
}

/**
 * "CD36-mediated fatty acid uptake by CD8⁺ T cells limited…": the cells after "by" are whose action it is; the
 * action is the party.
 */
function actionOfCells(tokens: Tokens, index: number, inverted: boolean): { party: ClaimParty; before: number } | undefined {
  const by = beforeCellModifiers(tokens, index);
  if (tokens.entityType(index) !== 'cell' || tokens.lower(by) !== 'by' || tokens.kind(by - 1) !== 'entity' || tokens.entityType(by - 1) === 'cell') return undefined;
  return partyAt(tokens, by - 1, inverted);
}

/**
 * "The M1 skewing of iron-loaded macrophages", "M1 polarization of macrophages": a state of the cells at `index`,
 * named before them with "of", is the party; with what they were loaded with or treated with as its cause.
 */
export function stateOfCells(tokens: Tokens, index: number, inverted: boolean): { party: ClaimParty; before: number } | undefined {
  if (tokens.entityType(index) !== 'cell') return undefined;
  let k = beforeCellModifiers(tokens, index);
  let cause: string | undefined;
  if (GIVEN_PARTICIPLES.test(tokens.lower(k) ?? '') && tokens.lower(k - 1) === '-' && tokens.kind(k - 2) === 'entity') {
    cause = tokens.id(k - 2);
    k -= 3;
  }
  if (tokens.lower(k) !== 'of' || tokens.kind(k - 1) !== 'entity' || tokens.entityType(k - 1) !== 'cell') return undefined;
  const state = tokens.at(k - 1)!;
  return { party: { id: state.id!, inverted, start: state.start, end: tokens.at(index)!.end, ...(cause && { cause }) }, before: k - 2 };
}

/** Left of the cells at `index`, past the words that say which of them ("activated", "tumour-infiltrating"). */
function beforeCellModifiers(tokens: Tokens, index: number): number {
  let k = index - 1;
  while (k > index - 5 && (tokens.lower(k) === '-' || (tokens.kind(k) === 'word' && SOURCE_CELL_MODIFIERS.test(tokens.lower(k)!)))) k--;
  return k;
}

/** Words that say which of a kind of cell makes a product: "activated", "tumour-infiltrating", "effector". */
const SOURCE_CELL_MODIFIERS = /^(?:activated|stimulated|primed|infiltrating|tumou?r|intratumou?ral|effector|cytotoxic|exhausted|neighbou?ring|nearby|human|murine|mouse)$/;

/** Participles of what a carrier brings across the membrane ("fatty acids imported through CD36"). */
const CARRIED = /^(imported|transported|internali[sz]ed|acquired|delivered|shuttled|carried|brought|absorbed|exported)$/;

/**
 * The entity at `index` as the cause of the effect named before it: "ferroptosis triggered by bcc-USINPs" (said
 * as "bcc-USINP-induced ferroptosis"), "fatty-acid uptake through CD36" (as "CD36-mediated uptake").
 */
function causeAfterEffect(tokens: Tokens, index: number, inverted: boolean): { party: ClaimParty; before: number } | undefined {
  let effectAt = -1;
  if (tokens.lower(index - 1) === 'by' && CAUSING_PARTICIPLES.test(tokens.lower(index - 2) ?? '')) effectAt = index - 3;
  else if (/^(through|via)$/.test(tokens.lower(index - 1) ?? '') && tokens.kind(index - 2) === 'entity' && tokens.entityType(index - 2) !== 'cell') effectAt = index - 2;
  // "fatty acids imported through CD36", "cystine taken up via system Xc⁻": what a carrier brings in acts for it.
  else if (/^(through|via|by)$/.test(tokens.lower(index - 1) ?? '')) {
    const carried = tokens.lower(index - 2) === 'up' && /^(taken|took)$/.test(tokens.lower(index - 3) ?? '') ? index - 4 : CARRIED.test(tokens.lower(index - 2) ?? '') ? index - 3 : -1;
    if (carried >= 0 && tokens.kind(carried) === 'entity' && tokens.entityType(carried) !== 'cell') effectAt = carried;
  }
  const effect = effectAt >= 0 ? partyAt(tokens, effectAt, inverted) : undefined;
  return effect && { party: { ...effect.party, end: tokens.at(index)!.end, cause: tokens.at(index)!.id! }, before: effect.before };
}

/** Words of where an entry is, which part nothing between "of" and it: "depletion of intracellular GSH". */
const WHERE_ADJECTIVES: ReadonlySet<string> = new Set(['intracellular', 'cellular', 'cytosolic', 'cytoplasmic', 'mitochondrial', 'extracellular', 'endogenous', 'total', 'free', 'membrane', 'tumoral', 'intratumoral', 'intratumoural']);

/** A phrasal verb before its object: group 1 when it takes the object away ("knocking down", "switching off"). */
const PARTICLE_VERBS = /^(?:(?:knock(?:ing|ed|s)?|switch(?:ing|ed|es)?|turn(?:ing|ed|s)?|shut(?:ting|s)?|cut(?:ting|s)?) (down|out|off)|(?:switch(?:ing|ed|es)?|turn(?:ing|ed|s)?) on)$/;

const DRIVEN = /^(driven|mediated|dependent|catalysed|catalyzed)$/;
/** Nouns of how cells stand toward a process, before "to" and the process. */
const STANDING_TOWARD = /^(resistance|sensitivity|susceptibility|vulnerability)$/;

/** The entity at `index` with its pre-modifiers; `before` is the index left of them. */
function partyAt(tokens: Tokens, index: number, postInverted: boolean, antecedent = false): { party: ClaimParty; before: number } | undefined {
  const entity = tokens.at(index)!;
  if (entity.kind !== 'entity') return undefined;
  // "M1-polarised TAMs", "M2-like macrophages": the cells in that state are the party.
  if (cellInState(tokens, index - 3, index)) {
    const state = partyAt(tokens, index - 3, postInverted, antecedent);
    return state && { party: { ...state.party, end: entity.end }, before: state.before };
  }
  // "M2-like TAMs" named as one state entry and the cells: the state is the party here too.
  if (tokens.entityType(index) === 'cell' && tokens.kind(index - 1) === 'entity' && tokens.entityType(index - 1) === 'cell' && tokens.at(index - 1)!.end + 1 === entity.start) {
    const state = partyAt(tokens, index - 1, postInverted, antecedent);
    return state && { party: { ...state.party, end: entity.end }, before: state.before };
  }
  let inverted = postInverted;
  let before = index - 1;
  let start = entity.start;
  let amount: -1 | 0 | 1 = 0;
  let exposure = -1;
  // "the death of Gpx4-deficient Treg cells": the cells' genotype, between them and what befell them, parts nothing.
  if (tokens.entityType(index) === 'cell' && GENOTYPE_WORDS.has(tokens.lower(before) ?? '') && tokens.lower(before - 1) === '-' && tokens.kind(before - 2) === 'entity' && tokens.lower(before - 3) === 'of') {
    before -= 3;
  }
  // "restoration of wild-type p53": the genotype between the noun and the entity changes nothing.
  if (tokens.lower(before) === 'type' && tokens.lower(before - 1) === '-' && tokens.lower(before - 2) === 'wild' && tokens.lower(before - 3) === 'of') before -= 3;
  // "AIFM2/FSP1": two names of one entry, written together, are one party.
  if (tokens.lower(before) === '/' && tokens.kind(before - 1) === 'entity' && tokens.at(before - 1)!.id === entity.id) {
    start = tokens.at(before - 1)!.start;
    before -= 2;
  }
  // "knocking down (out) X", "switching off X", "turning on X": the phrasal verb's particle stands between it and
  // X; "on" keeps X as it is.
  // "cutting off their iron supply": an article or possessive after the particle.
  if (/^(the|their|its)$/.test(tokens.lower(before) ?? '') && PARTICLE_VERBS.test(`${tokens.lower(before - 2) ?? ''} ${tokens.lower(before - 1) ?? ''}`)) before--;
  const phrasal = PARTICLE_VERBS.exec(`${tokens.lower(before - 1) ?? ''} ${tokens.lower(before) ?? ''}`);
  if (phrasal) {
    return { party: { id: entity.id!, inverted: phrasal[1] ? !postInverted : postInverted, start: tokens.at(before - 1)!.start, end: entity.end }, before: before - 2 };
  }
  // "inhibition of the receptor tyrosine kinase TYRO3": a class noun before the name parts nothing either.
  if (tokens.kind(before) === 'word' && REFERRING_NOUNS.has(tokens.lower(before)!)) {
    let k = before;
    while (k > before - 3 && tokens.kind(k) === 'word' && (REFERRING_NOUNS.has(tokens.lower(k)!) || /^(tyrosine|serine|threonine|transcription|nuclear|scavenger|membrane)$/.test(tokens.lower(k)!))) k--;
    // "inhibiting the receptor tyrosine kinase TYRO3": after a gerund too.
    const gerund = (tokens.lower(k - 1) ?? '').endsWith('ing') && (INVERTING_PRE.has(tokens.lower(k - 1)!) || KEEPING_PRE.has(tokens.lower(k - 1)!));
    if (tokens.lower(k) === 'the' && (/^(of|by|with)$/.test(tokens.lower(k - 1) ?? '') || gerund)) before = k;
  }
  // "depletion of intracellular GSH": a word of where the entry is parts nothing.
  if (WHERE_ADJECTIVES.has(tokens.lower(before) ?? '') && tokens.lower(before - 1) === 'of') before--;
  // "activation of the NRF2 pathway", "blocking the iron availability": the article parts nothing.
  if (tokens.lower(before) === 'the' && (tokens.lower(before - 1) === 'of' || (INVERTING_PRE.has(tokens.lower(before - 1) ?? '') && tokens.lower(before - 1)!.endsWith('ing')))) before--;
  // "silencing ATG5 or NCOA4": a name the lexicon lacks, listed first, shares the gerund.
  if (/^(or|and)$/.test(tokens.lower(before) ?? '') && tokens.kind(before - 1) === 'word' && isUnknownName(tokens, before - 1) && INVERTING_PRE.has(tokens.lower(before - 2) ?? '') && tokens.lower(before - 2)!.endsWith('ing')) before -= 2;
  // "Resistance to ferroptosis is conferred by…": how cells stand toward a process names it, resistance its loss.
  if (tokens.lower(before) === 'to' && tokens.entityType(index) === 'process' && STANDING_TOWARD.test(tokens.lower(before - 1) ?? '')) {
    if (tokens.lower(before - 1) === 'resistance') inverted = !inverted;
    start = tokens.at(before - 1)!.start;
    before -= 2;
  }
  const previous = tokens.at(before);
  if (previous?.lower === 'of') {
    const noun = tokens.at(before - 1);
    // "the reduction of ROS levels": a fall in an amount, not the redox reaction ("reduction of CoQ10").
    const fall = noun && /^(reduction|decrease|decline|fall|drop|lowering)$/.test(noun.lower) && AMOUNT_NOUNS.has(tokens.lower(index + 1) ?? '');
    // "NADH-dependent (FSP1-mediated) reduction of CoQ10": with what drives it named, the redox reaction.
    const reaction = noun?.lower === 'reduction' && !fall && tokens.lower(before - 3) === '-' && /^(dependent|mediated|catalysed|catalyzed|driven)$/.test(tokens.lower(before - 2) ?? '');
    // "starves cells of GSH", "deprived the cells of cystine": what the cells go without.
    const deprived = noun && (CELLS.has(noun.lower) || tokens.entityType(before - 1) === 'cell') && /^(starv|depriv)/.test(tokens.lower(before - 2) === 'the' ? tokens.lower(before - 3) ?? '' : tokens.lower(before - 2) ?? '');
    if (deprived) {
      inverted = !inverted;
      start = tokens.at(tokens.lower(before - 2) === 'the' ? before - 3 : before - 2)!.start;
      before -= tokens.lower(before - 2) === 'the' ? 4 : 3;
      return { party: { id: entity.id!, inverted, start, end: entity.end }, before };
    }
    if (noun && !reaction && (INVERTING_PRE.has(noun.lower) || fall)) inverted = !inverted;
    // "because of interferon-γ, which induces…": a relative clause is about the entry, whatever governs it.
    else if (antecedent && noun?.kind === 'word' && !reaction) return { party: { id: entity.id!, inverted, start, end: entity.end }, before };
    else if (!reaction && (!noun || !KEEPING_PRE.has(noun.lower))) return undefined;
    start = noun.start;
    before -= 2;
    if (tokens.at(before) && /^(genetic|pharmacological|pharmacologic|the|a|an)$/.test(tokens.at(before)!.lower)) before--;
  } else if (previous && previous.kind === 'word' && INVERTING_PRE.has(previous.lower) && previous.lower.endsWith('ing')) {
    inverted = !inverted;
    start = previous.start;
    before--;
  } else if (/^(either|both)$/.test(previous?.lower ?? '') && INVERTING_PRE.has(tokens.lower(before - 1) ?? '') && tokens.lower(before - 1)!.endsWith('ing')) {
    // "Silencing either ACSL4 or LPCAT3": the gerund over a list that "either" opens.
    inverted = !inverted;
    start = tokens.at(before - 1)!.start;
    before -= 2;
  } else if (previous && previous.kind === 'word' && (amount = amountBefore(tokens, previous.lower, index)) !== 0) {
    if (amount === -1) inverted = !inverted;
    start = previous.start;
    before--;
    // "in low GPX4 cells": the amount is inside a prepositional phrase, as the entity is below.
    if (tokens.kind(before) === 'word' && PHRASE_OPENERS.has(tokens.lower(before)!)) return undefined;
  } else if ((exposure = previous?.lower === 'to' ? exposureOfCells(tokens, before) : -1) >= 0) {
    // "Exposure of the tumour cells to IFN-γ increased…": what the cells were exposed to acts.
    start = tokens.at(exposure)!.start;
    before = exposure - 1;
  } else if (previous && previous.kind === 'word' && PHRASE_OPENERS.has(previous.lower) && !SUBORDINATORS.has(previous.lower) && !antecedent) {
    // The entity is inside a prepositional phrase or a subordinate clause: it is not the agent (but a relative
    // clause after it, "set by TFR1, which exports…", is about it all the same).
    return undefined;
  }
  // "NK-cell-derived IFN-γ", "radiotherapy-activated ATM": where the entity comes from parts nothing.
  if (tokens.lower(before) && /^(derived|secreted|released|produced|activated|expressed|generated)$/.test(tokens.lower(before)!) && tokens.lower(before - 1) === '-' && tokens.kind(before - 2) === 'entity') {
    return { party: { id: entity.id!, inverted, start: tokens.at(before - 2)!.start, end: entity.end }, before: before - 3 };
  }
  // "Erastin-induced lipid peroxidation…": what the cause does through the entity is said too ("erastin-induced
  // membrane lipid peroxidation", a word of where between).
  if (WHERE_ADJECTIVES.has(tokens.lower(before) ?? '') && /^(induced|driven|mediated|triggered|evoked|elicited|dependent)$/.test(tokens.lower(before - 1) ?? '') && tokens.lower(before - 2) === '-' && tokens.kind(before - 3) === 'entity') before--;
  if (tokens.lower(before) && /^(induced|driven|mediated|triggered|evoked|elicited|dependent)$/.test(tokens.lower(before)!) && tokens.lower(before - 1) === '-' && tokens.kind(before - 2) === 'entity') {
    // "the blockade of system Xc⁻-mediated cystine import": the whole is taken away, the cause's part in it too, so
    // the cause is not judged on its own.
    const of = tokens.lower(before - 3) === 'of' ? before - 3 : -1;
    if (of > 0 && INVERTING_PRE.has(tokens.lower(of - 1) ?? '') && !(tokens.lower(of - 1) ?? '').endsWith('ing')) {
      const noun = of - 1;
      return { party: { id: entity.id!, inverted: !inverted, start: tokens.at(noun)!.start, end: entity.end }, before: tokens.lower(noun - 1) === 'the' ? noun - 2 : noun - 1 };
    }
    return { party: { id: entity.id!, inverted, start: tokens.at(before - 2)!.start, end: entity.end, cause: tokens.at(before - 2)!.id! }, before: before - 3 };
  }
  return { party: { id: entity.id!, inverted, start, end: entity.end }, before };
}

/**
 * Whether the word of loss at `k` names the loss of another entry than the one at `agent`: "(the particles) combine
 * inhibition of system Xc⁻ with…".
 */
export function lossOfAnother(tokens: Tokens, k: number, agent: number): boolean {
  const of = tokens.lower(k + 1) === 'of' ? (tokens.lower(k + 2) === 'the' ? k + 3 : k + 2) : -1;
  return of > 0 && of !== agent && tokens.kind(of) === 'entity' && tokens.id(of) !== tokens.id(agent);
}

/** The subject of "It…", "This protein…" where it is the subject of the sentence before: the checker resolves it. */
export const PREVIOUS_SUBJECT = '@previous-subject';

