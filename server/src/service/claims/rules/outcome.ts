/**
 * Measured outcomes of a modified holder: "Gpx4-deficient Treg cells accumulated fewer lipid peroxides",
 * "TP53-null cells displayed reduced cystine uptake", "erastin-treated cells showed higher lipid ROS". The holder
 * stands for its entry (reversed by a knockout), the amount word gives the sign: GPX4's loss lowering lipid
 * peroxides claims that GPX4 raises them.
 */
import { ClaimForm, newClaim, partyOf, type Claim, type Modifiers } from '../claim';
import { holderParties, recipientsOf } from '../holders';
import { skipLeftModifiers } from '../parties';
import { readPartiesRight } from '../partiesRight';
import { capture, mark, matchAt, oneOf, optional, type Pattern, seq, upTo, word, wordIn } from '../pattern';
import type { Tokens } from '../tokens';
import { verbOf, type VerbIndex } from '../verbIndex';
import { AMOUNT_NOUNS, BE } from '../vocabulary';

/** Verbs that report what a holder was found to have. */
const SHOWED = new Set(`accumulated accumulate accumulates showed show shows displayed display displays exhibited exhibit exhibits had
  have has contained contain contains presented present presents harboured harbored retained produced produce produces
  expressed express expresses secreted secrete secretes released release releases made make makes`.split(/\s+/).filter(Boolean));
/** Words of amount after such a verb: one of them makes the report a measurement. */
const AMOUNTS = new Set(`fewer less little lower reduced decreased diminished downregulated higher more greater increased elevated enhanced upregulated`.split(/\s+/).filter(Boolean));

/** "accumulated (markedly) fewer", "showed higher", "had a lower": a verb of report, then an amount. */
const REPORTED_AMOUNT = seq(wordIn(SHOWED), upTo(2, word('a', 'an', 'markedly', 'significantly', 'much', 'far', 'substantially', 'only', 'very', 'strikingly', 'way')), capture('amount', wordIn(AMOUNTS)));
/** "showed no build-up of lipid peroxides", "had no lipid ROS": a report of none denies the rise. */
const RISE_NOUN = oneOf(word('accumulation', 'buildup', 'increase', 'rise', 'gain', 'sign', 'signs', 'evidence'), seq(word('build'), optional(mark('-')), word('up')));
const NONE_OF = seq(wordIn(SHOWED), word('no'), optional(seq(RISE_NOUN, word('of'))));
/** "remain free of membrane lipid peroxides": a report of none too. */
const FREE_OF = seq(word('remain', 'remains', 'remained', 'stay', 'stays', 'stayed', 'are', 'were', 'is', 'was'), optional(word('largely', 'entirely', 'completely')), word('free'), word('of'));
/** "eNVs-FAP-treated tumours showed an expansion of MDSCs", "… a marked loss of CD8⁺ T cells": a noun of change. */
const RISING_NOUNS = new Set(['expansion', 'increase', 'rise', 'accumulation', 'gain', 'enrichment', 'influx']);
const FALLING_NOUNS = new Set(['loss', 'decrease', 'reduction', 'depletion', 'drop', 'fall', 'decline', 'contraction']);
/** A size given before a noun of change: "a ~40% fall", "a 2-fold rise", "a 40 % drop". */
const SIZE: Pattern = (tokens, at) => (/^(~|≈|%|-|fold|\d+(?:[.,]\d+)?)$/.test(tokens.lower(at) ?? '') ? at + 1 : -1);
const REPORTED_CHANGE = seq(wordIn(SHOWED), optional(word('a', 'an')), upTo(4, SIZE), upTo(2, word('marked', 'significant', 'strong', 'clear', 'large', 'sharp', 'robust', 'modest')), capture('noun', wordIn(new Set([...RISING_NOUNS, ...FALLING_NOUNS]))), capture('amount', word('of', 'in')));
/** Verbs of cells taking on a state: "adopted an M2-like profile", "acquired an M1 phenotype". */
const TOOK_ON = new Set(['adopted', 'adopt', 'adopts', 'acquired', 'acquire', 'acquires', 'assumed', 'developed', 'showed', 'displayed', 'exhibited']);

/** Where the cell state starts that the verb at `v` says its holder took on ("adopted an M2-like profile"), or undefined. */
function takenState(tokens: Tokens, v: number): number | undefined {
  if (!TOOK_ON.has(tokens.lower(v)!)) return undefined;
  let at = /^(a|an)$/.test(tokens.lower(v + 1) ?? '') ? v + 2 : v + 1;
  // "showed a shift towards an M2 phenotype": the state moved toward is the one taken on.
  if (/^(shift|skew|skewing|drift|switch|move)$/.test(tokens.lower(at) ?? '') && /^(towards?|to|into)$/.test(tokens.lower(at + 1) ?? '')) at = /^(a|an|the)$/.test(tokens.lower(at + 2) ?? '') ? at + 3 : at + 2;
  const state = tokens.entityType(at) === 'cell' && tokens.kind(at) === 'entity' ? at : -1;
  // The state's kind of word follows it: "an M2-like profile", "an M1 phenotype".
  const word = tokens.lower(tokens.lower(state + 1) === '-' ? state + 3 : state + 1) ?? '';
  // ("an M2 phenotype" may be one name, which ends the phrase.)
  const named = state > 0 && (tokens.kind(state + 1) === 'punct' || state + 1 === tokens.length);
  return state > 0 && (named || /^(profile|phenotype|state|signature|program|programme|polarization|polarisation)$/.test(word)) ? state : undefined;
}

/**
 * The holder of the verb phrase that ends at `end` ("T cells lacking Gpx4 proliferated normally"): the entry a
 * past verb and at most three words after it follow; -1 where there is none.
 */
function holderBeforeVerb(tokens: Tokens, end: number): number {
  // "CD36-high T cells took up more fatty acid, yet accumulated less…": the first verb's object may name entries,
  // and the holder may end in a word of amount ("T cells with high CD36 expression took up…").
  for (let k = end; k >= 0 && k > end - 8; k--) {
    if (tokens.kind(k) === 'punct') return -1;
    if (tokens.kind(k) !== 'word' || !(/ed$/.test(tokens.lower(k)!) || FIRST_PAST.has(tokens.lower(k)!))) continue;
    if (tokens.kind(k - 1) === 'entity' || (AMOUNT_NOUNS.has(tokens.lower(k - 1) ?? '') && tokens.kind(k - 2) === 'entity')) return k - 1;
  }
  return -1;
}

/** Past forms without "-ed" that a first verb before "and" may have: "took up more fatty acid and accumulated…". */
const FIRST_PAST = new Set(['took', 'made', 'grew', 'kept', 'held', 'had', 'showed', 'shown', 'ran', 'fell', 'rose']);

/** "CD36-deficient cells accumulated lipid peroxides": accumulating is itself a rise. */
const ACCUMULATED = new Set(['accumulated', 'accumulate', 'accumulates']);

/** How cells were handled before a measurement: "Gpx4-deficient Tregs stimulated through TCR/CD28 showed no…". */
const HANDLING = new Set(['stimulated', 'restimulated', 'treated', 'exposed', 'challenged', 'cultured', 'incubated', 'grown', 'primed', 'activated', 'pulsed', 'loaded', 'kept', 'maintained']);

/**
 * Where the holder of a measurement reported by the verb at `v` ends: before the phrase of how it was handled,
 * if one comes between ("… Tregs stimulated through TCR/CD28 showed"), as the measurement is the holder's, not
 * that of what it met. The phrase is a handling word, a preposition and at most seven more tokens, with no comma.
 */
function beforeHowHandled(tokens: Tokens, v: number): number {
  for (let k = v - 2; k >= Math.max(1, v - 9); k--) {
    if (tokens.kind(k) === 'punct' && tokens.lower(k) !== '/' && tokens.lower(k) !== '-') return v - 1;
    // ("Tumours treated with lenvatinib contained…": when what they were given names the holder, it stays.)
    if (HANDLING.has(tokens.lower(k) ?? '') && /^(with|through|via|by|to|in|under|for|on)$/.test(tokens.lower(k + 1) ?? '')) return recipientsOf(tokens, k + 2) ? v - 1 : k - 1;
  }
  return v - 1;
}

export function readOutcomeClaims(tokens: Tokens, verbs: VerbIndex, claims: Claim[]): void {
  const increase = verbOf(verbs, 'increase');
  const decrease = verbOf(verbs, 'decrease');
  if (!increase || !decrease) return;
  for (let v = 1; v < tokens.length - 2; v++) {
    if (tokens.lower(v) === 'without') {
      const claim = readWithoutAny(tokens, v, increase);
      if (claim) claims.push(claim);
      continue;
    }
    if (tokens.lower(v) === 'no' && tokens.lower(v - 1) === ':') {
      const claim = readNoneAfterColon(tokens, v, increase);
      if (claim) claims.push(claim);
      continue;
    }
    const free = tokens.lower(v + 1) === 'free' || tokens.lower(v + 2) === 'free' ? matchAt(tokens, v, FREE_OF) : undefined;
    if (tokens.kind(v) !== 'word' || (!SHOWED.has(tokens.lower(v)!) && !TOOK_ON.has(tokens.lower(v)!) && !free)) continue;
    const change = matchAt(tokens, v, REPORTED_CHANGE);
    const reported = matchAt(tokens, v, REPORTED_AMOUNT);
    // "accumulate (membrane) lipid peroxides": what is accumulated follows, a describing word or two first.
    const none = reported ? undefined : free ?? matchAt(tokens, v, NONE_OF);
    // "Iron-loaded macrophages adopted an M2-like profile": a state of cells taken on is raised.
    const took = change || reported || none ? undefined : takenState(tokens, v);
    const match = (change ? { amount: change['amount']! + 1 } : undefined) ?? reported ?? (none ? { amount: none.end } : undefined) ?? (took ? { amount: took } : undefined) ?? (ACCUMULATED.has(tokens.lower(v)!) && (tokens.kind(v + 1) === 'entity' || tokens.kind(v + 2) === 'entity' || tokens.kind(v + 3) === 'entity') ? { amount: v + 1, end: v + 2 } : undefined);
    if (!match) continue;
    const a = match['amount']!;
    const objects = readPartiesRight(tokens, a);
    if (!objects) continue;
    const modifiers: Modifiers = { negated: false };
    let left = skipLeftModifiers(tokens, beforeHowHandled(tokens, v), modifiers);
    // "T cells lacking Gpx4 proliferated normally and did not accumulate…": a second verb shares the holder.
    // ("…took up more fatty acid, yet accumulated less…": or "yet", "but", after a comma.)
    if (/^(and|yet|but)$/.test(tokens.lower(left) ?? '')) left = holderBeforeVerb(tokens, tokens.lower(left - 1) === ',' ? left - 2 : left - 1);
    if (none) modifiers.negated = !modifiers.negated;
    const falls = change !== undefined && FALLING_NOUNS.has(tokens.lower(change['noun']!) ?? '');
    let subjects = left >= 0 ? holderParties(tokens, left) : undefined;
    const holderStart = subjects?.[0]?.start ?? 0;
    // A measurement says what a change did: only a modified holder ("GPX4-deficient", "erastin-treated") claims one.
    let bare = subjects?.length === 1 && subjects[0]!.start === tokens.at(left)!.start && !subjects[0]!.inverted;
    // "T cells do not accumulate lipid peroxides without GPX4": the loss named after what was measured.
    if (bare && tokens.entityType(left) === 'cell' && tokens.lower(objects.end + 1) === 'without' && tokens.kind(objects.end + 2) === 'entity' && tokens.entityType(objects.end + 2) !== 'cell') {
      subjects = [{ ...partyOf(tokens.at(objects.end + 2)!), inverted: true }];
      bare = false;
    }
    const end = Math.max(tokens.at(objects.end)!.end, subjects?.[subjects.length - 1]?.end ?? 0);
    // "did not accumulate more X" leaves open how much; "do not accumulate X" denies the rise.
    if (!subjects || bare || (modifiers.negated && reported)) continue;
    claims.push(
      newClaim({
        subjects,
        objects: objects.parties,
        effect: falls ? 'negative' : 'positive',
        negated: modifiers.negated,
        form: ClaimForm.State,
        start: Math.min(holderStart, subjects[0]!.start),
        end,
        verb: { start: tokens.at(v)!.start, end: tokens.at(a)!.end, verb: falls ? decrease : increase, slot: 'state' },
      }),
    );
  }
}

/**
 * "without any ferroptosis", "without (any) build-up of lipid peroxides", "without accumulating lipid peroxides": a
 * report of none, as "showed no".
 */
const WITHOUT_ANY = seq(word('without'), optional(word('any', 'a', 'accumulating', 'showing', 'undergoing', 'developing', 'displaying')), optional(seq(RISE_NOUN, word('of'))));

/**
 * "GPX4-deficient Tregs tolerate TCR/CD28 costimulation without any ferroptosis": a modified holder, one verb
 * and what it met, then "without" the outcome: the holder's entry does not raise it.
 */
function readWithoutAny(tokens: Tokens, w: number, increase: Claim['verb']['verb']): Claim | undefined {
  const match = matchAt(tokens, w, WITHOUT_ANY);
  const objects = match && readPartiesRight(tokens, match.end);
  if (!objects) return undefined;
  // The verb right after the holder, then at most five words or entries of what it met, no clause mark.
  for (let h = w - 2; h > 0 && h >= w - 8; h--) {
    if (tokens.kind(h) === 'punct' && !/^[-/]$/.test(tokens.lower(h)!)) return undefined;
    if (tokens.kind(h + 1) !== 'word' || tokens.kind(h) === 'punct') continue;
    const modifiers: Modifiers = { negated: false };
    const left = skipLeftModifiers(tokens, h, modifiers);
    const subjects = left >= 0 && left === h ? holderParties(tokens, left) : undefined;
    if (!subjects?.every((s) => s.inverted) || modifiers.negated) continue;
    return riseDenied(tokens, subjects, objects, w, match.end - 1, increase);
  }
  return undefined;
}

/** "no (build-up of) lipid peroxides" after a colon: a report of none, as "showed no". */
const NONE_AFTER_COLON = seq(word('no'), optional(seq(RISE_NOUN, word('of'))));

/**
 * "Gpx4-deficient T cells are surprisingly robust: no build-up of membrane lipid peroxides, normal viability": a
 * modified holder opening the sentence (or a "that" clause), a copula, and after the colon a report of none.
 */
function readNoneAfterColon(tokens: Tokens, no: number, increase: Claim['verb']['verb']): Claim | undefined {
  const match = matchAt(tokens, no, NONE_AFTER_COLON);
  const objects = match && readPartiesRight(tokens, match.end);
  if (!objects) return undefined;
  for (let h = 0; h < no - 2; h++) {
    if (!BE.has(tokens.lower(h + 1) ?? '')) continue;
    const subjects = holderParties(tokens, h);
    // The holder opens the sentence, or a clause after "that": "Speaker X showed that Gpx4-deficient T cells are…".
    const first = subjects ? tokens.indexStartingAt(subjects[0]!.start) : -1;
    if (!subjects?.every((s) => s.inverted) || (first > 0 && tokens.lower(first - 1) !== 'that')) return undefined;
    return riseDenied(tokens, subjects, objects, no, match.end - 1, increase);
  }
  return undefined;
}

/** The claim that the holders' entries do not raise the objects, its words of none at tokens [from, to]. */
function riseDenied(tokens: Tokens, subjects: Claim['subjects'], objects: { parties: Claim['objects']; end: number }, from: number, to: number, increase: Claim['verb']['verb']): Claim {
  return newClaim({
    subjects,
    objects: objects.parties,
    effect: 'positive',
    negated: true,
    form: ClaimForm.State,
    start: subjects[0]!.start,
    end: tokens.at(objects.end)!.end,
    verb: { start: tokens.at(from)!.start, end: tokens.at(to)!.end, verb: increase, slot: 'state' },
  });
}

/** The words the rule's reading starts from: a sentence with none of them has none of its claims (`read.ts` asks first). */
export const OUTCOME_WORDS: readonly string[] = ['without', 'no', 'free', ...SHOWED, ...TOOK_ON];
