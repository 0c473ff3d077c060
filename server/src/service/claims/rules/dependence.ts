/**
 * Dependence written as a compound adjective or an adverb: "ferroptosis is an iron-dependent form of cell death",
 * "ferroptosis, an iron-independent death,", "ferroptosis proceeds independently of iron"; and doing without it:
 * "T cells get by without GPX4". The claim is that the subject requires the entry (or, for "independent" and
 * "without", does not), judged against curated requirements.
 */
import { ClaimForm, newClaim, type Claim, type Modifiers, partyOf } from '../claim';
import { readPartiesLeft, skipLeftModifiers } from '../parties';
import { readPartiesRight } from '../partiesRight';
import { relativeAntecedent } from '../relatives';
import type { Tokens } from '../tokens';
import { verbOf, type VerbIndex } from '../verbIndex';
import { BE, isAdverb, words } from '../vocabulary';

export function readDependenceClaims(tokens: Tokens, verbs: VerbIndex, claims: Claim[]): void {
  const require = verbOf(verbs, 'require');
  if (!require) return;
  for (let v = 1; v < tokens.length; v++) {
    const word = tokens.lower(v);
    if (TOLERATE.has(word ?? '')) {
      const claim = toleratingLoss(tokens, v, require);
      if (claim) claims.push(claim);
      continue;
    }
    if (v < 2) continue;
    if (word === 'without') {
      const claim = doingWithout(tokens, v, require);
      if (claim) claims.push(claim);
      continue;
    }
    if (word !== 'dependent' && word !== 'independent' && word !== 'independently') continue;
    let subjects: Claim['subjects'] | undefined;
    let object: Claim['objects'][number] | undefined;
    const modifiers: Modifiers = { negated: false };
    if (word === 'independently') {
      // "S proceeds independently of O": one verb between the subject and the adverb.
      const read = tokens.lower(v + 1) === 'of' ? readPartiesRight(tokens, v + 2) : undefined;
      if (read?.parties.length !== 1 || tokens.kind(v - 1) !== 'word') continue;
      object = read.parties[0]!;
      const left = skipLeftModifiers(tokens, v - 2, modifiers);
      // "GPX4 is a peroxidase that works independently of selenium": a relative clause's antecedent too.
      subjects = left >= 0 ? readPartiesLeft(tokens, left) ?? relativeAntecedent(tokens, left) : undefined;
      // "Gpx4-deficient Treg cells die independently of iron": their death is not the object's doing.
      if (subjects && DIE.test(tokens.lower(v - 1) ?? '') && areCells(tokens, subjects)) {
        const decrease = verbOf(verbs, 'decrease');
        if (decrease) claims.push(deathNotDoneBy(subjects, object, tokens, v, decrease, modifiers));
        continue;
      }
      // "Ferroptosis of Gpx4-deficient Treg cells proceeded independently of iron": the process, not the cells.
      subjects = (left >= 0 ? processOfCells(tokens, left) : undefined) ?? subjects;
    } else {
      // "S is an O-dependent form of…", "S, an O-independent death,", "S is (largely) O-independent"
      if (tokens.lower(v - 1) !== '-' || tokens.kind(v - 2) !== 'entity') continue;
      const entity = tokens.at(v - 2)!;
      object = partyOf(entity);
      let k = v - 3;
      if (/^(a|an)$/.test(tokens.lower(k) ?? '')) k--;
      else if (!(predicative(tokens, v) && (BE.has(tokens.lower(k) ?? '') || LINKING.test(tokens.lower(k) ?? '') || isAdverb(tokens.lower(k) ?? '')))) continue;
      while (k > 0 && isAdverb(tokens.lower(k) ?? '') && tokens.kind(k) === 'word') k--;
      // "is defined as an iron-dependent form", "is regarded as an…"
      if (tokens.lower(k) === 'as' && /^(defined|regarded|considered|described|characterized|characterised|classified|seen|viewed|known)$/.test(tokens.lower(k - 1) ?? '')) k -= 2;
      if (tokens.lower(k) === ',') k--;
      else {
        if (!BE.has(tokens.lower(k) ?? '') && !LINKING.test(tokens.lower(k) ?? '')) continue;
        k = skipLeftModifiers(tokens, k - 1, modifiers);
      }
      subjects = k >= 0 ? readPartiesLeft(tokens, k) : undefined;
      subjects = (k >= 0 ? processOfCells(tokens, k) : undefined) ?? subjects;
    }
    if (!subjects || !object) continue;
    const negated = (word !== 'dependent') !== modifiers.negated;
    claims.push(
      newClaim(
        {
          subjects,
          objects: [object],
          effect: 'requires',
          negated,
          form: ClaimForm.State,
          start: subjects[0]!.start,
          end: Math.max(tokens.at(v)!.end, object.end),
          verb: { start: tokens.at(v)!.start, end: tokens.at(v)!.end, verb: require, slot: 'state' },
        },
        { negation: modifiers.negation },
      ),
    );
  }
}

/** Verbs of carrying on: "get by", "do", "manage", "survive" without something. */
const CARRY_ON = /^(do|does|did|manage|manages|managed|cope|copes|coped|survive|survives|survived|live|lives|lived|thrive|thrives|thrived)$/;
const GET_BY = /^(get|gets|got|getting)$/;

/** "T cells get by without GPX4", "Tregs can do without GPX4": the subject does not require what follows. */
function doingWithout(tokens: Tokens, v: number, require: Claim['verb']['verb']): Claim | undefined {
  let k = v - 1;
  while (k > v - 3 && /^(fine|well|normally|perfectly|happily|quite)$/.test(tokens.lower(k) ?? '')) k--;
  if (tokens.lower(k) === 'by' && GET_BY.test(tokens.lower(k - 1) ?? '')) k--;
  else if (!CARRY_ON.test(tokens.lower(k) ?? '')) return undefined;
  const object = readPartiesRight(tokens, v + 1);
  if (object?.parties.length !== 1) return undefined;
  const modifiers: Modifiers = { negated: false };
  const left = skipLeftModifiers(tokens, k - 1, modifiers);
  const subjects = left >= 0 ? readPartiesLeft(tokens, left) : undefined;
  // "GPX4-deficient T cells": cells named by what was done to them say what they lack, not what they need.
  if (!subjects || subjects.some((s) => s.inverted)) return undefined;
  return newClaim(
    {
      subjects,
      objects: object.parties,
      effect: 'requires',
      negated: !modifiers.negated,
      form: ClaimForm.State,
      start: subjects[0]!.start,
      end: tokens.at(object.end)!.end,
      verb: { start: tokens.at(k)!.start, end: tokens.at(v)!.end, verb: require, slot: 'state' },
    },
    { negation: modifiers.negation },
  );
}

const DIE = /^(die|dies|died|dying|perish|perishes|perished)$/;
/** Verbs that link a subject to its state as a copula does: "proved ROS-independent". */
const LINKING = /^(proved|proves|prove|proven|remained|remains|remain|appeared|appears|appear|seemed|seems|seem|became|becomes)$/;

/** "S is O-independent." or "…, O-independent,": the adjective ends the predicate, not a noun it qualifies. */
function predicative(tokens: Tokens, v: number): boolean {
  const next = tokens.lower(v + 1);
  return next === undefined || /^[.,;:)]$/.test(next) || /^(and|but|in|after|upon|as)$/.test(next);
}

/**
 * "Ferroptosis of Gpx4-deficient Treg cells": read leftwards, the party is the cells; the claim is of the process
 * they undergo, named before "of". Undefined when the cells are not preceded so.
 */
function processOfCells(tokens: Tokens, at: number): Claim['subjects'] | undefined {
  if (tokens.kind(at) !== 'entity' || tokens.entityType(at) !== 'cell') return undefined;
  let k = at - 1;
  // "of Gpx4-deficient Treg cells": words of what the cells lack may stand between.
  while (k > at - 6 && k > 0 && tokens.lower(k) !== 'of' && (tokens.kind(k) !== 'punct' || tokens.lower(k) === '-')) k--;
  if (tokens.lower(k) !== 'of' || tokens.kind(k - 1) !== 'entity' || tokens.entityType(k - 1) !== 'process') return undefined;
  return [partyOf(tokens.at(k - 1)!)];
}

/** "S cells die independently of O": O does not lower them (through their death). */
function deathNotDoneBy(cells: Claim['subjects'], cause: Claim['objects'][number], tokens: Tokens, v: number, decrease: Claim['verb']['verb'], modifiers: Modifiers): Claim {
  return newClaim(
    {
      subjects: [cause],
      objects: cells,
      effect: 'negative',
      negated: !modifiers.negated,
      form: ClaimForm.State,
      start: cells[0]!.start,
      end: cause.end,
      verb: { start: tokens.at(v - 1)!.start, end: tokens.at(v)!.end, verb: decrease, slot: 'state' },
    },
    { negation: modifiers.negation },
  );
}

/** The index of the token that starts at `offset`, or -1. */
function tokenAt(tokens: Tokens, offset: number): number {
  for (let k = 0; k < tokens.length; k++) if (tokens.at(k)!.start === offset) return k;
  return -1;
}

function areCells(tokens: Tokens, parties: Claim['subjects']): boolean {
  return parties.every((p) => tokens.entityType(tokenAt(tokens, p.start)) === 'cell');
}

const TOLERATE = words('tolerate tolerates tolerated withstand withstands withstood');
const LOSS_NOUNS = /^(loss|deletion|deficiency|knockout|ablation|depletion|inhibition)$/;

/**
 * "Regulatory T cells tolerate Gpx4 loss", "Tregs withstand the deletion of GPX4": cells of a type that bear a gene's
 * loss do not need the gene.
 */
function toleratingLoss(tokens: Tokens, v: number, require: Claim['verb']['verb']): Claim | undefined {
  let k = v + 1;
  if (/^(the|a)$/.test(tokens.lower(k) ?? '')) k++;
  let gene: number;
  let end: number;
  if (tokens.kind(k) === 'entity' && LOSS_NOUNS.test(tokens.lower(k + 1) ?? '')) [gene, end] = [k, k + 1];
  else if (LOSS_NOUNS.test(tokens.lower(k) ?? '') && tokens.lower(k + 1) === 'of' && tokens.kind(k + 2) === 'entity') [gene, end] = [k + 2, k + 2];
  else return undefined;
  if (!/^(gene|complex)$/.test(tokens.entityType(gene) ?? '')) return undefined;
  const modifiers: Modifiers = { negated: false };
  const left = skipLeftModifiers(tokens, v - 1, modifiers);
  const cells = left >= 0 && tokens.kind(left) === 'entity' && tokens.entityType(left) === 'cell' ? readPartiesLeft(tokens, left) : undefined;
  if (!cells || cells.some((c) => c.inverted)) return undefined;
  return newClaim(
    {
      subjects: cells,
      objects: [partyOf(tokens.at(gene)!)],
      effect: 'requires',
      negated: !modifiers.negated,
      form: ClaimForm.State,
      start: cells[0]!.start,
      end: tokens.at(end)!.end,
      verb: { start: tokens.at(v)!.start, end: tokens.at(v)!.end, verb: require, slot: 'state' },
    },
    { negation: modifiers.negation },
  );
}

/** The words the rule's reading starts from: a sentence with none of them has none of its claims (`read.ts` asks first). */
export const DEPENDENCE_WORDS: readonly string[] = [...TOLERATE, 'without', 'dependent', 'independent', 'independently'];
