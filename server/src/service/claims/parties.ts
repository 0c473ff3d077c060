/**
 * The parties of a claim: the subject read leftwards from a verb (its modifiers and coordination), the object
 * read rightwards. The holders of a state ("GPX4-deficient cells", "cells lacking GPX4") are read in holders.ts.
 */
import type { VerbClass } from '../lexicon/lexicon';
import { capacityHolder, effectFrameStart, isCellLineName, openingParenthesis, skipLeftModifiers } from './asides';
import { definiteReferent, stateChangeReferent } from './referents';
import type { ClaimParty } from './claim';
import { changedTogether, commaContinuesList, governed, opensClause, pastDescription, skipEntityModifiers } from './lists';
import { GENOTYPE_WORDS, cellInState, cellsMarkedBy, cellsOfOpening, cellsThatDie, describesCells, exposureOfCells, hostCells, inducedDeathEnd, isMarkerSign, joinsWord, markerAhead, namesHolder } from './cellWords';
import { carriedByNamed } from './cargo';
import { CLASS_ENTRY, CLASS_NOUNS, classBeforeName, isUnknownName } from './unknownNames';
import { type Token, Tokens } from './tokens';
import { ADVERBS, AMOUNT_NOUNS, CAUSING_PARTICIPLES, CELLS, INVERTING_POST, INVERTING_PRE, KEEPING_POST, KEEPING_PRE, LOWERING, OBJECT_FILLERS, PHRASE_OPENERS, RAISING, REFERRING_NOUNS } from './vocabulary';

// What stands between a subject and its verb is read in asides.ts; the rules import it from here, with the parties.
export { capacityHolder, effectFrameStart, isCellLineName, openingParenthesis, skipLeftModifiers };

/** Nouns of a fall that take "in" ("a fall in ROS"); after an article they are nouns, not the verbs "fall", "drop". */
const FALL_NOUNS = new Set(['decrease', 'reduction', 'decline', 'drop', 'fall', 'dip', 'loss', 'lowering']);
/** Words that open a clause whose subject may follow: "whereas PUFAs promote ferroptosis" asserts it all the same. */
const SUBORDINATORS = new Set(['whereas', 'while', 'although', 'though']);

/** Whether `word` before the entity at `entity` lowers (-1) or raises (1) its amount, or is no amount (0). */
function amountBefore(tokens: Tokens, word: string, entity: number): -1 | 0 | 1 {
  if (RAISING.has(word)) return 1;
  if (!LOWERING.has(word)) return 0;
  if (word !== 'reduced' || tokens.entityType(entity) !== 'metabolite') return -1;
  return AMOUNT_NOUNS.has(tokens.lower(entity + 1) ?? '') ? -1 : 0;
}

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
    const next = own?.party.inverted ? own : partyAt(tokens, i - 1, inverted, antecedent);
    // "LOX, which oxidises membrane PUFAs, ACSL4 and LPCAT3 act…", "Unlike erastin, RSL3 and ML162 act…": an entry
    // a verb or a preposition governs ends the list there.
    if (tokens.lower(i) === ',' && governed(tokens, next ? next.before : i - 2)) break;
    // "linked to more ROS and p53 acetylation, and lowering ROS inhibits…": after "X and Y", ", and" opens a clause.
    if (commaAnd && next && /^(and|or)$/.test(tokens.lower(next.before) ?? '')) break;
    if (!next) return undefined;
    parties.unshift(next.party);
    i = next.before;
  }
  if (tokens.at(i)?.lower === 'both') i--;
  return parties.length > 1 ? changedTogether(tokens, parties, inverted) : parties;
}

/**
 * "GPX4, whose catalytic activity is independent of GSH", "ACSL4, whose loss protects…": the owner of what a
 * "whose" clause names, reversed by a loss.
 */
function whoseOwner(tokens: Tokens, end: number): ClaimParty[] | undefined {
  if (tokens.kind(end) !== 'word') return undefined;
  let k = end;
  while (k > end - 4 && tokens.kind(k) === 'word' && tokens.lower(k) !== 'whose') k--;
  if (tokens.lower(k) !== 'whose' || tokens.lower(k - 1) !== ',' || tokens.kind(k - 2) !== 'entity') return undefined;
  const noun = tokens.lower(end)!;
  if (!INVERTING_POST.has(noun) && !KEEPING_POST.has(noun)) return undefined;
  const owner = tokens.at(k - 2)!;
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
  if (/^(loaded|overloaded|laden|treated|exposed)$/.test(tokens.lower(k) ?? '') && tokens.lower(k - 1) === '-' && tokens.kind(k - 2) === 'entity') {
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

/** Measures of a compound's potency: "RSL3 AUC", "erastin IC50s". */
const POTENCY = /^(aucs?|ic50s?|ec50s?|gi50s?|lc50s?|ld50s?|ic₅₀|ec₅₀)$/;

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

/** The entity at `index` with its pre-modifiers; `before` is the index left of them. */
/** Nouns of how cells stand toward a process, before "to" and the process. */
const STANDING_TOWARD = /^(resistance|sensitivity|susceptibility|vulnerability)$/;

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
 * Whether the preposition at `at` belongs to the noun before it rather than to the verb: "shifted sensitivity
 * to ferroptosis inducers" shifts no cells to anything.
 */
function ownPreposition(tokens: Tokens, at: number, preposition: string): boolean {
  return preposition === 'toward' && tokens.lower(at) === 'to' && /^(sensitivity|susceptibility|resistance|vulnerability|exposure|response|responses)$/.test(tokens.lower(at - 1) ?? '');
}

/** Whether `word` introduces the object of a verb whose preposition is `preposition` ("protects from", "skews towards"). */
function takesPreposition(preposition: string, word: string): boolean {
  if (word === preposition) return true;
  if (preposition === 'against') return word === 'from';
  if (preposition === 'toward') return word === 'towards' || word === 'to' || word === 'into';
  // "more sensitive for RSL3", as writers whose first language says "for" there write it; "sensitised the cells
  // towards RSL3", as others do.
  if (preposition === 'to') return word === 'for' || word === 'towards' || word === 'toward';
  // "acts at system Xc⁻": where a compound acts, as "on" says.
  if (preposition === 'on') return word === 'at' || word === 'upon';
  return false;
}

/** Words of where an entry is, which part nothing between "of" and it: "depletion of intracellular GSH". */
const WHERE_ADJECTIVES: ReadonlySet<string> = new Set(['intracellular', 'cellular', 'cytosolic', 'cytoplasmic', 'mitochondrial', 'extracellular', 'endogenous', 'total', 'free', 'membrane', 'tumoral', 'intratumoral', 'intratumoural']);

/** A phrasal verb before its object: group 1 when it takes the object away ("knocking down", "switching off"). */
const PARTICLE_VERBS = /^(?:(?:knock(?:ing|ed|s)?|switch(?:ing|ed|es)?|turn(?:ing|ed|s)?|shut(?:ting|s)?|cut(?:ting|s)?) (down|out|off)|(?:switch(?:ing|ed|es)?|turn(?:ing|ed|s)?) on)$/;

const DRIVEN = /^(driven|mediated|dependent|catalysed|catalyzed)$/;

/** Nouns for what carries or handles a molecule: "the cystine pump (system Xc⁻)". */
const CARRIERS: ReadonlySet<string> = new Set(['pump', 'transporter', 'importer', 'exporter', 'antiporter', 'channel', 'carrier', 'exchanger', 'enzyme']);

/** Nouns for a group of cells whose members a dash, a colon or a parenthesis then lists. */
const GROUP_NOUNS = /^(compartments?|populations?|subsets?|cells|types|lineages|infiltrates?|fractions?)$/;

/** Objects to the right of `from`: fillers, the entity, coordinated entities, and post-modifiers. */
export function readPartiesRight(
  tokens: Tokens,
  from: number,
  preposition?: string,
): { parties: ClaimParty[]; end: number; preposition?: { start: number; end: number } } | undefined {
  if (from < 0 || from >= tokens.length) return undefined;
  // "increased sensitivity to RSL3": the object is the ferroptosis that RSL3 induces; resistance reverses the sign.
  let i = from;
  let prepositionToken: Token | undefined;
  if (preposition) {
    // "sensitizes (tumour) cells to ferroptosis", "protects cells against/from ferroptosis"
    let hops = 0;
    // "skews TAMs away from the M1 state and towards M2", "pushes them out of the tumour-fighting M1 state into
    // M2": the state left is named on the way to the one reached.
    let leaving = false;
    while (i < tokens.length && !(takesPreposition(preposition, tokens.at(i)!.lower) && !ownPreposition(tokens, i, preposition))) {
      if (preposition === 'toward' && (tokens.lower(i) === 'from' || (tokens.lower(i) === 'of' && tokens.lower(i - 1) === 'out'))) leaving = true;
      // "shifted the polarisation of macrophages in favour of the M2 phenotype"
      if (preposition === 'toward' && tokens.lower(i) === 'in' && /^(favour|favor)$/.test(tokens.lower(i + 1) ?? '') && tokens.lower(i + 2) === 'of') {
        i += 2;
        break;
      }
      // "acts as an upstream brake on cystine import": the "on" is the role's, not the verb's.
      if (preposition === 'on' && tokens.lower(i) === 'as') return undefined;
      // "sensitizes follicular helper T (TFH) cells to…": an aside parts nothing.
      if (tokens.lower(i) === '(') {
        let close = i + 1;
        while (close < tokens.length && close < i + 8 && tokens.lower(close) !== ')') close++;
        if (tokens.lower(close) === ')') {
          i = close + 1;
          continue;
        }
      }
      // (A hyphen inside a name, "co-cultured THP-1 macrophages", is no step.)
      if ((tokens.at(i)!.kind === 'punct' && tokens.at(i)!.lower !== '-' && !isMarkerSign(tokens, i) && !joinsWord(tokens, i)) || (tokens.at(i)!.lower !== '-' && ++hops > (leaving ? 12 : 6))) return undefined;
      i++;
    }
    if (i >= tokens.length) return undefined;
    prepositionToken = tokens.at(i)!;
    i++;
  }
  let hops = 0;
  let inverted = false;
  let reducedBefore = false;
  let toFerroptosis = false;
  while (i < tokens.length && tokens.at(i)!.kind !== 'entity') {
    const t = tokens.at(i)!;
    // "tumour-cell ferroptosis": a hyphen joins two fillers.
    if (t.lower === '-' && tokens.kind(i - 1) === 'word' && (tokens.kind(i + 1) === 'word' || tokens.lower(i - 1) === 'non')) {
      i++;
      continue;
    }
    // "steady-state lipid peroxide levels": when the amount is measured describes it.
    if (t.lower === 'steady' && tokens.lower(i + 1) === '-' && tokens.lower(i + 2) === 'state') {
      i += 3;
      continue;
    }
    // "[¹⁴C]-cystine uptake": an isotope label in brackets before the entry.
    if (t.lower === '[' && tokens.lower(i + 2) === ']' && tokens.lower(i + 3) === '-') {
      i += 4;
      continue;
    }
    // "killed more than 60% of human PBMCs": a share of the cells is still the cells.
    if (t.lower === '%' || (t.lower === 'than' && /^(more|less|fewer)$/.test(tokens.lower(i - 1) ?? ''))) {
      i++;
      continue;
    }
    // "CD206⁺ M2 macrophages", "MHC-II+ M1 macrophages": a marker and its sign describe the cells; so do the
    // points and dashes inside a name ("RAW264.7 macrophages", "bone marrow–derived macrophages").
    if (isMarkerSign(tokens, i) || joinsWord(tokens, i)) {
      i++;
      continue;
    }
    // "healthy-donor PBMCs", "tumour-bearing mice": two words joined by a hyphen describe the cells after them.
    if (t.kind === 'word' && tokens.lower(i + 1) === '-' && tokens.kind(i + 2) === 'word' && tokens.entityType(i + 3) === 'cell') {
      i += 3;
      continue;
    }
    // "peroxidation-driven death of PBMCs", "the calcein-quenchable labile iron pool": a compound adjective (a
    // participle or an -able word after the hyphen) describes the object.
    if (t.kind === 'word' && tokens.lower(i + 1) === '-' && /^(driven|induced|mediated|dependent|associated|related|triggered|linked|\w+able|\w+ible)$/.test(tokens.lower(i + 2) ?? '')) {
      i += 3;
      continue;
    }
    // "enlarge the immunosuppressive compartment — M2-TAMs, MDSCs and Tregs —": the group, then its members.
    // ("… compartment — more M2-TAMs and MDSCs": "more" keeps the sign.)
    if (/^[—–:(]$/.test(t.lower) && GROUP_NOUNS.test(tokens.lower(i - 1) ?? '') && (tokens.kind(i + 1) === 'entity' || (tokens.lower(i + 1) === 'more' && tokens.kind(i + 2) === 'entity'))) {
      i += tokens.kind(i + 1) === 'entity' ? 1 : 2;
      continue;
    }
    if (t.kind !== 'word' || ++hops > 9) return undefined;
    // "the tumour-friendly M2 state", "the tumour-promoting M2 state": a compound adjective describes the object
    // (not "anti-", "pro-" or "non-", which say which way, nor a marker's "LC3-positive ferritin puncta").
    if (tokens.lower(i - 1) === '-' && tokens.kind(i - 2) === 'word' && !/^(anti|pro|non|de|un)$/.test(tokens.lower(i - 2)!) && /(?:ly|ing|ive|ory)$/.test(t.lower) && !/^(positive|negative|expressing)$/.test(t.lower)) {
      i++;
      continue;
    }
    if (/^(sensitivity|susceptibility|vulnerability|resistance)$/.test(t.lower) && tokens.at(i + 1)?.lower === 'to') {
      if (t.lower === 'resistance') inverted = !inverted;
      toFerroptosis = true;
      i += 2;
      continue;
    }
    // "turns up the gene for SLC7A11": the gene for an entry is the entry.
    if (/^(gene|genes)$/.test(t.lower) && tokens.lower(i + 1) === 'for') {
      i += 2;
      continue;
    }
    // "conferred protection against RSL3": the ferroptosis RSL3 induces, lowered.
    if (t.lower === 'protection' && /^(against|from)$/.test(tokens.lower(i + 1) ?? '')) {
      inverted = !inverted;
      toFerroptosis = true;
      i += 2;
      continue;
    }
    // "lowers the threshold for ferroptosis": what lowers a threshold makes the process come more easily.
    // But "the catalytic turnover of GPX4" is its activity, not its breakdown.
    const catalytic = tokens.lower(i - 1) === 'turnover' && /^(catalytic|peroxidase|enzymatic|enzyme)$/.test(tokens.lower(i - 2) ?? '');
    if ((t.lower === 'of' && INVERTING_PRE.has(tokens.at(i - 1)?.lower ?? '') && !catalytic) || (t.lower === 'for' && tokens.lower(i - 1) === 'threshold')) inverted = !inverted;
    // "caused a fall in ROS", "a decrease in GSH": a change that lowers takes "in" as "an increase in" does.
    else if (FALL_NOUNS.has(t.lower) && tokens.lower(i + 1) === 'in' && ((tokens.kind(i - 1) === 'word' && OBJECT_FILLERS.has(tokens.lower(i - 1)!)) || tokens.lower(i - 1) === '%')) inverted = !inverted;
    else if (t.lower === 'reduced') reducedBefore = true;
    else if (LOWERING.has(t.lower)) inverted = !inverted;
    else if (RAISING.has(t.lower)) {
      // "caused more lipid peroxidation": the amount raised keeps the sign
    } else if (INVERTING_PRE.has(t.lower) && t.lower.endsWith('ing') && tokens.at(i + 1)?.lower !== 'of') {
      // "by blocking iron availability": a gerund that takes the entry away.
      inverted = !inverted;
    } else if (INVERTING_PRE.has(t.lower) && tokens.at(i + 1)?.lower === 'of') {
      // counted at the "of"
    } else if ((t.lower === 'and' || t.lower === 'or') && /^[+⁺]$/.test(tokens.lower(i - 1) ?? '')) {
      // "CD107a⁺ and IFN-γ⁺ NK cells": markers of the same cells
    } else if ((t.lower === 'and' || t.lower === 'or') && hops > 1 && tokens.kind(i + 1) === 'word' && OBJECT_FILLERS.has(tokens.lower(i + 1)!)) {
      // "the stability and membrane localisation of PD-L1": two nouns of one object
    } else if (GROUP_NOUNS.test(t.lower) && /^[—–:(]$/.test(tokens.lower(i + 1) ?? '') && (tokens.kind(i + 2) === 'entity' || (tokens.lower(i + 2) === 'more' && tokens.kind(i + 3) === 'entity'))) {
      // the group whose members follow, read at the mark
    } else if (!OBJECT_FILLERS.has(t.lower) && !ADVERBS.has(t.lower) && !KEEPING_PRE.has(t.lower) && !/\d/.test(t.lower) && !markerAhead(tokens, i) && !describesCells(tokens, i) && !isCellLineName(tokens, i)) {
      // A word with a digit is a marker or a name ("CD206hi M2 macrophages", "HT-1080 cells"), no claim word.
      return undefined;
    }
    i++;
  }
  if (i >= tokens.length) return undefined;
  if (reducedBefore && amountBefore(tokens, 'reduced', i) === -1) inverted = !inverted;
  // "IFN-γ⁺ NK cells", "CD107a⁺ and IFN-γ⁺ NK cells": an entry marked with a sign describes the cells after it.
  i = cellsMarkedBy(tokens, i);
  const parties: ClaimParty[] = [];
  // "tumour-cell ferroptosis", "CD8⁺ T cell ferroptosis": an entry right before another names whose it is.
  // But "M2-like TAMs", "M1-polarized macrophages": cells in a state are the cells of that state.
  while ((tokens.kind(i + 1) === 'entity' && !(tokens.entityType(i) === 'cell' && tokens.entityType(i + 1) === 'cell')) || (tokens.lower(i + 1) === '-' && tokens.kind(i + 2) === 'entity' && tokens.kind(i + 3) !== 'word')) i += tokens.kind(i + 1) === 'entity' ? 1 : 2;
  if (cellInState(tokens, i, i + 3)) i += 3;
  // "the cystine-transporter subunits SLC7A11 and SLC3A2": an entry hyphened to a noun only describes the entries
  // named after it.
  if (tokens.lower(i + 1) === '-' && tokens.kind(i + 2) === 'word' && !INVERTING_POST.has(tokens.lower(i + 2)!)) {
    const named = tokens.kind(i + 3) === 'entity' ? i + 3 : tokens.kind(i + 3) === 'word' && /^(subunits?|components?|genes?|proteins?|members?|family)$/.test(tokens.lower(i + 3)!) && tokens.kind(i + 4) === 'entity' ? i + 4 : -1;
    if (named > 0 && tokens.entityType(named) !== 'cell') i = named;
  }
  // "immune cells (PBMCs)": the cells named more exactly in parentheses are the party.
  if (tokens.entityType(i) === 'cell' && tokens.lower(i + 1) === '(' && tokens.entityType(i + 2) === 'cell' && tokens.lower(i + 3) === ')' && tokens.at(i + 2)!.id !== tokens.at(i)!.id) i += 2;
  // "the cystine pump (system Xc⁻)": what carries the entry, named in parentheses, is the party.
  if (tokens.kind(i + 1) === 'word' && CARRIERS.has(tokens.lower(i + 1)!) && tokens.lower(i + 2) === '(' && tokens.kind(i + 3) === 'entity' && tokens.lower(i + 4) === ')') i += 3;
  // "the cystine importer system Xc⁻": named in apposition too.
  else if (tokens.kind(i + 1) === 'word' && CARRIERS.has(tokens.lower(i + 1)!) && tokens.kind(i + 2) === 'entity' && tokens.entityType(i + 2) !== 'cell') i += 2;
  // The cells after a state ("M2-like TAMs") belong to the party's range.
  const cellsAfter = tokens.kind(i + 1) === 'entity' ? i + 1 : -1;
  let end = skipEntityModifiers(tokens, i);
  if (end < 0) return undefined;
  // "drives PBMC differentiation into B cells": what the cells become, not more of them (rules/differentiation.ts).
  if (tokens.entityType(end) === 'cell' && (tokens.lower(end + 1) ?? '').startsWith('differentiat')) return undefined;
  // "accelerated RSL3-induced death": the death an inducer causes is its ferroptosis.
  const death = inducedDeathEnd(tokens, end);
  if (death > 0) {
    const party = ferroptosisFromInducer({ id: tokens.at(end)!.id!, inverted, start: tokens.at(end)!.start, end: tokens.at(death)!.end });
    return { parties: [party], end: death, preposition: prepositionToken && { start: prepositionToken.start, end: prepositionToken.end } };
  }
  let listEnd = end;
  for (;;) {
    const entity = tokens.at(end)!;
    let post = (end === i && cellsAfter > 0 ? cellsAfter : end) + 1;
    let partyInverted = inverted;
    // "higher RSL3 AUCs", "the erastin IC50": a potency measure of the compound, whose rise is resistance to it.
    if (POTENCY.test(tokens.lower(post) ?? '')) return undefined;
    // "NK metabolic and functional deficits": words that describe the noun after the entry come first.
    post = pastDescription(tokens, post);
    while (post < tokens.length && (tokens.at(post)!.lower === '-' || (tokens.at(post)!.kind === 'word' && (INVERTING_POST.has(tokens.at(post)!.lower) || KEEPING_POST.has(tokens.at(post)!.lower))))) {
      // "Treg-mediated suppression" is what Tregs do, not their loss.
      if (tokens.at(post)!.lower === '-' && /^(mediated|driven|induced|dependent|derived)$/.test(tokens.lower(post + 1) ?? '')) break;
      if (INVERTING_POST.has(tokens.at(post)!.lower)) partyInverted = !partyInverted;
      post++;
    }
    // "killed SLC7A11-overexpressing cells", "treated GPX4-null tumours": cells of a genotype are the object, not
    // the entry; the verb says nothing about it.
    if (GENOTYPE_WORDS.has(tokens.lower(post - 1) ?? '') && namesHolder(tokens, post)) {
      // But "prevented the death of Gpx4-deficient Treg cells": named cells are the object, in the genotype's
      // context, as the first party.
      const host = parties.length === 0 && !toFerroptosis ? hostCells(tokens, post) : -1;
      if (host > 0) {
        const cells = tokens.at(host)!;
        return { parties: [{ id: cells.id!, inverted, start: entity.start, end: cells.end }], end: host, preposition: prepositionToken && { start: prepositionToken.start, end: prepositionToken.end } };
      }
      // A list that goes on into such cells ends before them: "resistant to lipid peroxides, and Gpx4-null T cells…".
      return parties.length === 0 ? undefined : { parties, end: listEnd, preposition: prepositionToken && { start: prepositionToken.start, end: prepositionToken.end } };
    }
    const party = { id: entity.id!, inverted: partyInverted, start: entity.start, end: tokens.at(post - 1)!.end };
    parties.push(toFerroptosis ? ferroptosisFromInducer(party) : party);
    listEnd = post - 1;
    // "triggered ferroptotic death of human PBMCs": the cells that die are an object too, lowered. So are those of
    // an opening "In human PBMCs, …", where the death comes first in the list.
    const dying = entity.id === FERROPTOSIS_ID ? cellsThatDie(tokens, post) : -1;
    const opening = entity.id === FERROPTOSIS_ID && dying < 0 && parties.length === 1 ? cellsOfOpening(tokens, end) : -1;
    if (opening > 0) parties.push({ id: tokens.id(opening)!, inverted: !partyInverted, start: entity.start, end: entity.end });
    if (dying > 0) {
      const cells = tokens.at(dying)!;
      parties.push({ id: cells.id!, inverted: !partyInverted, start: entity.start, end: cells.end });
      // "ferroptosis in tumour cells" says where: the claim's words end at ferroptosis, as they do without it.
      return { parties, end: tokens.lower(post) === 'in' ? post - 1 : dying, preposition: prepositionToken && { start: prepositionToken.start, end: prepositionToken.end } };
    }
    // "transferrin receptor 1 (TFR1) and ferroportin-1": the party's short form in parentheses parts no list.
    const shortForm = tokens.lower(post) === '(' && tokens.at(post + 1)?.id === entity.id && tokens.lower(post + 2) === ')';
    const link = tokens.at(shortForm ? post + 3 : post);
    const next = tokens.at(shortForm ? post + 4 : post + 1);
    if (shortForm && link && /^(and|or|,)$/.test(link.lower) && (next?.kind === 'entity' || next?.lower === 'and')) post += 3;
    if (link?.lower === ',' && next?.kind === 'entity' && !commaContinuesList(tokens, post + 1)) {
      return { parties, end: post - 1, preposition: prepositionToken && { start: prepositionToken.start, end: prepositionToken.end } };
    }
    // "monocyte/macrophage fraction", "SLC7A11/SLC3A2": entries of one kind joined by a slash are a list too.
    // But "the M1/M2 ratio" is one quantity, and "the SLC7A11/SLC3A2 antiporter" one complex.
    const slash = link?.lower === '/' && next?.kind === 'entity' && tokens.entityType(post + 1) === tokens.entityType(end) && next.id !== entity.id && !/^(ratio|ratios|balance|antiporter|transporter|heterodimer|complex|system|axis|pathway|pair|exchanger)$/.test(tokens.lower(post + 2) ?? '');
    if (link && (link.lower === 'and' || link.lower === 'or' || link.lower === 'nor' || link.lower === ',' || slash) && next?.kind === 'entity') {
      end = skipEntityModifiers(tokens, post + 1);
      if (end < 0) return { parties, end: post - 1, preposition: prepositionToken && { start: prepositionToken.start, end: prepositionToken.end } };
      continue;
    }
    if (link?.lower === ',' && (next?.lower === 'and' || next?.lower === 'or') && tokens.at(post + 2)?.kind === 'entity' && !opensClause(tokens, post + 2)) {
      end = skipEntityModifiers(tokens, post + 2);
      if (end < 0) return { parties, end: post - 1, preposition: prepositionToken && { start: prepositionToken.start, end: prepositionToken.end } };
      continue;
    }
    return { parties, end: post - 1, preposition: prepositionToken && { start: prepositionToken.start, end: prepositionToken.end } };
  }
}

const FERROPTOSIS_ID = 'ferroptosis';


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

/** "sensitizes cells to erastin", "protects against RSL3": after these prepositions an inducer stands for its ferroptosis. */
export function objectMayBeInducer(verb: VerbClass): boolean {
  return verb.preposition === 'to' || verb.preposition === 'against' || verb.preposition === 'from' || verb.preposition === 'in';
}

/**
 * Sensitivity "to erastin" means to what erastin does: the object is marked as the compound's effect, and the
 * checker, which knows which compounds induce ferroptosis, reads it as ferroptosis.
 */
export function ferroptosisFromInducer(party: ClaimParty): ClaimParty {
  return { ...party, effectOf: true };
}
