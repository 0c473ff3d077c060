/**
 * Dependence compared between cells: "compared with normal cells, tumour cells are less reliant on iron", "cancer
 * cells exhibit a higher dependency on iron than normal cells", "normal cells depend more on iron than cancer
 * cells". The claim is that the cells named as an entry require the object, more or less than normal cells do;
 * the checker judges it against a curated comparison (a relation's `compared_with`).
 */
import { ClaimForm, newClaim, type Claim, type ClaimParty, type Modifiers, partyOf } from '../claim';
import { readPartiesLeft, skipLeftModifiers } from '../parties';
import type { Tokens } from '../tokens';
import { verbOf, type VerbIndex } from '../verbIndex';
import { BE } from '../vocabulary';

/** Verbs of need, compared by the word after them: "need less iron than". */
const NEED = new Set(['need', 'needs', 'needed', 'require', 'requires', 'required']);
const DEPENDENCE = new Set(['reliant', 'dependent', 'dependence', 'dependency', 'reliance', 'depend', 'depends', 'depended', 'rely', 'relies', 'relied', 'hungry', 'addicted', 'addiction']);
/** Nouns of need after what is needed: "a lower iron requirement". */
const NEEDS = new Set(['requirement', 'requirements', 'need', 'needs', 'demand', 'demands']);
const MORE = new Set(['more', 'higher', 'greater', 'stronger', 'heavier', 'increased']);
const LESS = new Set(['less', 'lower', 'weaker', 'reduced', 'lesser', 'decreased', 'little']);
/** Words that make the cells of a phrase the normal ones ("non-transformed epithelial cells"). */
const NORMAL = new Set(['normal', 'non-transformed', 'untransformed', 'nontransformed', 'non-malignant', 'nonmalignant', 'healthy', 'benign', 'non-cancerous', 'noncancerous', 'non-neoplastic', 'nonneoplastic']);
/** Words that open the phrase of what the subject is compared with. */
const COMPARED = new Set(['than', 'compared', 'relative', 'versus', 'vs', 'unlike']);
/** Words between the verb of dependence and "on": "depend more heavily on". */
const DEGREE = new Set(['heavily', 'strongly', 'much', 'far', 'markedly', 'considerably', 'substantially', 'significantly', 'relatively', 'comparatively']);

export function readComparisonClaims(tokens: Tokens, verbs: VerbIndex, claims: Claim[]): void {
  const require = verbOf(verbs, 'require');
  if (!require) return;
  for (let v = 1; v + 2 < tokens.length; v++) {
    if (tokens.kind(v) !== 'word') continue;
    const form = onForm(tokens, v) ?? prefixForm(tokens, v);
    if (!form) continue;
    const { comparison } = form;
    let { before } = form;
    const object = tokens.at(form.object)!;
    // The subject: before a copula ("are less reliant"), a verb of having ("exhibit a higher dependency"), or the verb.
    const modifiers: Modifiers = { negated: false };
    if (/^(a|an|the)$/.test(tokens.lower(before) ?? '')) before--;
    if (tokens.kind(before) === 'word' && (BE.has(tokens.lower(before)!) || /^(exhibit|exhibits|exhibited|show|shows|showed|display|displays|displayed|have|has|had)$/.test(tokens.lower(before)!))) before--;
    // "Normal ductal cells, which rely more heavily on iron than…": the cells the relative clause is about.
    if (/^(which|that|who)$/.test(tokens.lower(before) ?? '') && tokens.lower(before - 1) === ',') before -= 2;
    const left = skipLeftModifiers(tokens, before, modifiers);
    const subjectIsNormal = left >= 0 && normalBefore(tokens, left);
    // "the lower iron dependence of cancer cells relative to normal cells": the cells after "of" hold the need.
    const last = Math.max(v, form.object);
    const holder = tokens.lower(last + 1) === 'of' && tokens.entityType(last + 2) === 'cell' ? last + 2 : -1;
    const compared = comparedPhrase(tokens, holder >= 0 ? holder + 1 : form.object + 1 > v ? form.object + 1 : v + 1);
    let subjects: ClaimParty[] | undefined;
    let flipped = false;
    if (holder >= 0 && compared?.normal && !normalBefore(tokens, holder)) subjects = [partyOf(tokens.at(holder)!)];
    else if (!subjectIsNormal && left >= 0 && compared?.normal) {
      subjects = readPartiesLeft(tokens, left);
    } else if (subjectIsNormal && compared?.entity !== undefined) {
      // "Normal cells depend more on iron than cancer cells": the cancer cells, the other way round.
      const cells = tokens.at(compared.entity)!;
      subjects = [partyOf(cells)];
      flipped = true;
    } else if (left >= 0 && !subjectIsNormal && comparedBeforeIsNormal(tokens, left)) {
      // "Compared with normal cells, tumour cells are less reliant on iron"
      subjects = readPartiesLeft(tokens, left);
    } else if (left >= 0 && subjectIsNormal && comparedBefore(tokens, left) >= 0) {
      // "Relative to transformed cells, normal fibroblasts rely more heavily on iron": the other way round.
      subjects = [partyOf(tokens.at(comparedBefore(tokens, left))!)];
      flipped = true;
    }
    if (!subjects) continue;
    const said = flipped ? (comparison === 'more' ? 'less' : 'more') : comparison;
    // The range takes in the normal cells' phrase too ("Normal cells depend more…").
    // (Read from "of", the range starts at the comparison: "the lower iron dependence of cancer cells".)
    let first = holder >= 0 && subjects[0]!.start === tokens.at(holder)!.start ? Math.min(form.object, v) - 1 : left;
    while (flipped && first > 0 && first > left - 4 && (tokens.kind(first - 1) === 'word' || tokens.lower(first - 1) === '-') && !COMPARED.has(tokens.lower(first - 1)!)) first--;
    // The comparison says more than "less dependent on iron" read as a state: it replaces that reading.
    for (let c = claims.length - 1; c >= 0; c--) if (claims[c]!.verb.start === tokens.at(v)!.start) claims.splice(c, 1);
    claims.push(
      newClaim(
        {
          subjects,
          objects: [partyOf(object)],
          effect: 'requires',
          negated: modifiers.negated,
          form: ClaimForm.State,
          start: Math.min(subjects[0]!.start, tokens.at(first)!.start),
          end: Math.max(object.end, subjects[0]!.end, tokens.at(v)!.end),
          verb: { start: tokens.at(v)!.start, end: tokens.at(v)!.end, verb: require, slot: 'state' },
        },
        { negation: modifiers.negation, comparison: said },
      ),
    );
  }
}

interface Form {
  /** The entry depended on. */
  readonly object: number;
  readonly comparison: 'more' | 'less';
  /** Where the words before the comparison end, left of which the subject stands. */
  readonly before: number;
}

/**
 * "less reliant on iron", "depend more heavily on iron", "rely on iron far less than", "need less iron than", "a lower
 * requirement for iron".
 */
function onForm(tokens: Tokens, v: number): Form | undefined {
  // "malignant cells need less iron than non-transformed tissue": the comparative before the object, no "on".
  const needs = NEED.has(tokens.lower(v)!) && (MORE.has(tokens.lower(v + 1) ?? '') || LESS.has(tokens.lower(v + 1) ?? '')) && tokens.kind(v + 2) === 'entity';
  // "a lower requirement for (of) iron": a noun of need takes "for" or "of" where one of dependence takes "on".
  const need = !needs && NEEDS.has(tokens.lower(v)!);
  if (!needs && !need && !DEPENDENCE.has(tokens.lower(v)!)) return undefined;
  const isOn = (word: string | undefined): boolean => (need ? word === 'for' || word === 'of' : word === 'on');
  // The comparative: before the word ("less reliant", "a higher dependency") or after it ("depend more on").
  let comparison: 'more' | 'less' | undefined = needs ? (MORE.has(tokens.lower(v + 1)!) ? 'more' : 'less') : undefined;
  let on = v + 1;
  while (!needs && on < tokens.length && on < v + 4 && tokens.kind(on) === 'word' && !isOn(tokens.lower(on))) {
    const word = tokens.lower(on)!;
    if (MORE.has(word)) comparison = 'more';
    else if (LESS.has(word)) comparison = 'less';
    else if (!DEGREE.has(word)) break;
    on++;
  }
  let before = v - 1;
  if (tokens.kind(before) === 'word' && DEGREE.has(tokens.lower(before)!)) before--;
  if (!comparison && tokens.kind(before) === 'word') {
    const word = tokens.lower(before)!;
    if (MORE.has(word)) comparison = 'more';
    else if (LESS.has(word)) comparison = 'less';
    if (comparison) before--;
  }
  // "more dependent on the iron": an article some writers put before a mass noun.
  const object = !needs && tokens.lower(on + 1) === 'the' ? on + 2 : on + 1;
  if (!needs && (!isOn(tokens.lower(on)) || tokens.kind(object) !== 'entity')) return undefined;
  // Or after the object: "rely on iron far less than their normal counterparts".
  if (!comparison) {
    let after = object + 1;
    if (tokens.kind(after) === 'word' && DEGREE.has(tokens.lower(after)!)) after++;
    comparison = MORE.has(tokens.lower(after) ?? '') ? 'more' : LESS.has(tokens.lower(after) ?? '') ? 'less' : undefined;
    if (!comparison || tokens.lower(after + 1) !== 'than') return undefined;
  }
  return { object: needs ? on + 1 : object, comparison, before };
}

/** "less iron-dependent", "a lower iron dependency", "a higher iron requirement": the entry before the word of need. */
function prefixForm(tokens: Tokens, v: number): Form | undefined {
  if (!DEPENDENCE.has(tokens.lower(v)!) && !NEEDS.has(tokens.lower(v)!)) return undefined;
  const object = tokens.lower(v - 1) === '-' ? v - 2 : v - 1;
  if (tokens.kind(object) !== 'entity') return undefined;
  let k = object - 1;
  if (tokens.kind(k) === 'word' && DEGREE.has(tokens.lower(k)!)) k--;
  const word = tokens.lower(k) ?? '';
  const comparison = MORE.has(word) ? 'more' : LESS.has(word) ? 'less' : undefined;
  return comparison && { object, comparison, before: k - 1 };
}

/** Whether the cells of the phrase ending at `end` are called normal ("non-transformed epithelial cells"). */
function normalBefore(tokens: Tokens, end: number): boolean {
  for (let k = end; k >= 0 && k > end - 5; k--) {
    if (tokens.kind(k) === 'punct' && tokens.lower(k) !== '-') return false;
    if (NORMAL.has(tokens.lower(k)!) || (tokens.lower(k - 1) === '-' && NORMAL.has(`${tokens.lower(k - 2)}-${tokens.lower(k)}`))) return true;
  }
  return false;
}

/** "than normal cells", "compared with non-transformed cells", after the object: normal cells, or cells named as an entry. */
function comparedPhrase(tokens: Tokens, from: number): { normal: boolean; entity?: number } | undefined {
  let k = from;
  while (k < tokens.length && k < from + 3 && !COMPARED.has(tokens.lower(k) ?? '')) k++;
  if (!COMPARED.has(tokens.lower(k) ?? '')) return undefined;
  for (let j = k + 1; j < tokens.length && j < k + 7; j++) {
    if (tokens.kind(j) === 'entity') return { normal: false, entity: j };
    if (tokens.kind(j) === 'punct' && tokens.lower(j) !== '-') break;
    if (normalBefore(tokens, j)) return { normal: true };
  }
  return undefined;
}

/** "Relative to transformed cells, …" before the subject that ends at `end`: the cells compared with, or -1. */
function comparedBefore(tokens: Tokens, end: number): number {
  for (let k = 0; k < end; k++) {
    if (!COMPARED.has(tokens.lower(k) ?? '')) continue;
    for (let j = k + 1; j < end && j < k + 5; j++) {
      if (tokens.kind(j) === 'punct') break;
      if (tokens.kind(j) === 'entity') return tokens.entityType(j) === 'cell' ? j : -1;
    }
  }
  return -1;
}

/** "Compared with normal cells, …" before the subject that ends at `end`. */
function comparedBeforeIsNormal(tokens: Tokens, end: number): boolean {
  for (let k = 0; k < end; k++) {
    if (!COMPARED.has(tokens.lower(k) ?? '')) continue;
    for (let j = k + 1; j < end && j < k + 7; j++) {
      if (tokens.kind(j) === 'punct' && tokens.lower(j) !== '-') break;
      if (normalBefore(tokens, j)) return true;
    }
  }
  return false;
}

/** The words the rule's reading starts from: a sentence with none of them has none of its claims (`read.ts` asks first). */
export const COMPARISON_WORDS: readonly string[] = [...NEED, ...NEEDS, ...DEPENDENCE];
