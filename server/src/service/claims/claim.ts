/** What the claim reader finds: claims, their parties and modifiers, and how a claim is made. */
import type { VerbClass, VerbEffect } from '../lexicon/lexicon';
import type { Token } from './tokens';
import { NEGATIONS } from './vocabulary';

export interface ClaimMention {
  readonly proseStart: number;
  readonly proseEnd: number;
  readonly id: string;
  /** The entry's type, where known: a few rules read it ("reduced CoQ10" is a form of a metabolite). */
  readonly type?: string;
}

export interface ClaimParty {
  readonly id: string;
  /** Knockout, loss, inhibition of the party: its effect is reversed. */
  readonly inverted: boolean;
  readonly start: number;
  readonly end: number;
  /**
   * "sensitizes cells to erastin": the party is what the compound does, which the checker takes as ferroptosis
   * where the lexicon gives the compound the role of a ferroptosis inducer.
   */
  readonly effectOf?: boolean;
  /**
   * "erastin-induced lipid peroxidation": the entry whose effect the party is. The checker also judges the claim
   * as the cause's, against its relations that pass through the party (`via`).
   */
  readonly cause?: string;
  /**
   * "Combined deletion of Gpx4 and Acsl4", "GPX4 and ACSL4 knockout": one change made to a list at once. What
   * follows is the combination's doing, so the checker flags it only where it would for each entry alone.
   */
  readonly together?: boolean;
  /**
   * Where the party is written, where its range is elsewhere: a subject shared by a linked predicate ("Reduction of
   * CoQ10 suppresses lipid peroxidation and so inhibits…") takes the link's range, for the claim's.
   */
  readonly writtenAt?: number;
}

/** The party an entity token names, as it stands (not inverted). */
export function partyOf(token: Token): ClaimParty {
  return { id: token.id!, inverted: false, start: token.start, end: token.end };
}

export enum ClaimForm {
  Active = 'active',
  Passive = 'passive',
  Nominal = 'nominal',
  Agent = 'agent-noun',
  Induced = 'induced',
  State = 'state',
}

/**
 * What a claim says its subject does to its object: a verb class's effect, 'produce' (a reaction's product),
 * 'consume' (its substrate), or
 * 'names' (a definition: "classically activated (M2)" says the two name one thing).
 */
/** `located`: the subject is at the object, a place of the cell (claims/locations.ts). */
/** `kind-of`: the subject, a process, is a kind of the object ("a subtype of apoptosis"; rules/kindOf.ts). */
export type ClaimEffect = VerbEffect | 'produce' | 'consume' | 'names' | 'located' | 'composed' | 'kind-of';

export interface Claim {
  readonly subjects: readonly ClaimParty[];
  readonly objects: readonly ClaimParty[];
  readonly effect: ClaimEffect;
  readonly negated: boolean;
  /** 'direct' or 'indirect' when the sentence says so. */
  readonly directness?: 'direct' | 'indirect';
  readonly form: ClaimForm;
  /** Prose range of the whole claim. */
  readonly start: number;
  readonly end: number;
  /** The word that states the effect, for fixes; `slot` is its form (0 base … 4 gerund) or 'agent'/'action'. */
  readonly verb: { readonly start: number; readonly end: number; readonly verb: VerbClass; readonly slot: number | 'agent' | 'action' | 'state' };
  /** The directness word, for fixes. */
  readonly directnessWord?: { readonly start: number; readonly end: number };
  /** The preposition before the object ("sensitizes cells to ferroptosis"), for fixes. */
  readonly preposition?: { readonly start: number; readonly end: number };
  /** The negation words ("does not", "no longer"), for fixes. */
  readonly negation?: { readonly start: number; readonly end: number };
  /**
   * For a verb of transport: the preposition that gives the direction ("transports iron into cells", "imports
   * iron into cells"); `ofVerb` when the verb has a direction of its own, which a fix swaps too.
   * it, and what reverses it ("out of" for "into"), where a plain swap keeps the sentence right.
   */
  readonly direction?: { readonly start: number; readonly end: number; readonly reversed?: string; readonly ofVerb?: boolean };
  /** A comparison with the cells the literature compares the subject with: the subject does it more, or less. */
  readonly comparison?: 'more' | 'less';
  /** A requirement said to be what limits the subject's rate ("X is the rate-limiting amino acid for Z"). */
  readonly limiting?: boolean;
  /** "drives PBMCs to differentiate into B cells": the objects are what the cells become (rules/differentiation.ts). */
  readonly differentiation?: boolean;
  /** For a claim of what a complex is made of: the parts named are all there is ("a homodimer of SLC7A11"). */
  readonly onlyParts?: boolean;
}

export interface Modifiers {
  negated: boolean;
  negation?: { start: number; end: number };
  /** Negated by "no longer": what a change did, as "once…" says it. */
  noLonger?: boolean;
  directness?: 'direct' | 'indirect';
  directnessWord?: { start: number; end: number };
}

/** The claim fields that modifiers set (directness and negation, where the sentence states them), and the preposition. */
export function modifierFields(modifiers: Modifiers, preposition?: Claim['preposition']): ClaimDetails {
  return { directness: modifiers.directness, directnessWord: modifiers.directness && modifiers.directnessWord, negation: modifiers.negation, preposition };
}

/** Directness alone: a nominal claim ("no inhibition of…") keeps no span of its negation. */
export function directnessFields(modifiers: Modifiers): ClaimDetails {
  return { directness: modifiers.directness, directnessWord: modifiers.directness && modifiers.directnessWord };
}

/** What every claim states; `newClaim` adds the details. */
type ClaimCore = Pick<Claim, 'subjects' | 'objects' | 'effect' | 'negated' | 'form' | 'start' | 'end' | 'verb'>;

type ClaimDetails = Pick<Claim, 'directness' | 'directnessWord' | 'negation' | 'preposition' | 'direction' | 'comparison' | 'limiting' | 'differentiation' | 'onlyParts'>;

/**
 * A claim with every field present, undefined where the sentence states no such detail: all claims then have
 * one shape, made by a plain literal. Spreading the optional fields in made each claim through the runtime
 * (a sixth of the time the claim reader took on the LaTeX bench).
 */
export function newClaim(core: ClaimCore, details: ClaimDetails = {}): Claim {
  return {
    subjects: core.subjects,
    objects: core.objects,
    effect: core.effect,
    negated: core.negated,
    directness: details.directness,
    directnessWord: details.directnessWord,
    negation: details.negation,
    form: core.form,
    start: core.start,
    end: core.end,
    verb: core.verb,
    preposition: details.preposition,
    direction: details.direction,
    comparison: details.comparison,
    limiting: details.limiting,
    differentiation: details.differentiation,
    onlyParts: details.onlyParts,
  };
}

/**
 * A claim whose direction one word gives rather than a verb of the lexicon: an arrow ("↓ PD-L1"), a particle
 * ("switches SLC7A11 on"), an amount ("associated with reduced ferroptosis"). The claim takes the verb class of its
 * sign (`raise` or `lower`), and its verb is that word, which a fix turns round where it can (`oppositeState`).
 */
export function signedWordClaim(parts: {
  subjects: readonly ClaimParty[];
  objects: readonly ClaimParty[];
  sign: 1 | -1;
  negated?: boolean;
  form: ClaimForm;
  end: number;
  word: { readonly start: number; readonly end: number };
  raise: VerbClass;
  lower: VerbClass;
}): Claim {
  return newClaim({
    subjects: parts.subjects,
    objects: parts.objects,
    effect: parts.sign > 0 ? 'positive' : 'negative',
    negated: parts.negated ?? false,
    form: parts.form,
    start: parts.subjects[0]!.start,
    end: parts.end,
    verb: { start: parts.word.start, end: parts.word.end, verb: parts.sign > 0 ? parts.raise : parts.lower, slot: 'state' },
  });
}

export function noteModifier(token: Token, modifiers: Modifiers): boolean {
  if (token.lower === 'directly' || token.lower === 'direct' || token.lower === 'covalent' || token.lower === 'covalently') {
    modifiers.directness = 'direct';
    modifiers.directnessWord = { start: token.start, end: token.end };
    return true;
  }
  if (token.lower === 'indirectly' || token.lower === 'indirect') {
    modifiers.directness = 'indirect';
    modifiers.directnessWord = { start: token.start, end: token.end };
    return true;
  }
  if (NEGATIONS.has(token.lower) || token.lower === "n't") {
    modifiers.negated = !modifiers.negated || token.lower === 'nor';
    modifiers.negation = modifiers.negation
      ? { start: Math.min(modifiers.negation.start, token.start), end: Math.max(modifiers.negation.end, token.end) }
      : { start: token.start, end: token.end };
    return true;
  }
  return false;
}

/** The id prefix of a gene the lexicon lacks, named by its symbol as a complex's part ("ASCT2"). */
export const UNNAMED_GENE = 'unnamed-gene:';
