/** Entries named by "the" and a noun of their kind: "suppressed by the nanoparticles", "that the enzyme works…". */
import { type ClaimParty, partyOf } from './claim';
import { readPartiesLeft, skipLeftModifiers } from './parties';
import type { Tokens } from './tokens';
import { BE, CAUSING_PARTICIPLES, CELLS, COMPOUND_NOUNS, DESCRIBED, INVERTING_PRE, KEEPING_PRE, isAdverb, isReferringNoun } from './vocabulary';
import { cellInState } from './cellWords';

/**
 * "…, although DC maturation was suppressed by the nanoparticles": "the" and a referring noun at `at`, after a
 * verb, stand for the one entry of their kind named before them in the sentence (none where two could be meant).
 */
export function definiteReferent(tokens: Tokens, at: number): { parties: ClaimParty[]; end: number } | undefined {
  if (!/^(the|these|this|those)$/.test(tokens.lower(at) ?? '')) return undefined;
  // "by these platelet-camouflaged nanoparticles": a few words may describe the noun.
  let noun = at + 1;
  // ("this GLP-1 receptor agonist": an entry may describe it too.)
  while (noun < at + 5 && noun + 1 < tokens.length && !isReferringNoun(tokens.lower(noun) ?? '') && (tokens.kind(noun) === 'word' || tokens.lower(noun) === '-' || (tokens.kind(noun) === 'entity' && tokens.entityType(noun) === 'gene'))) noun++;
  // "this receptor agonist": the last of two nouns is the head.
  while (tokens.kind(noun + 1) === 'word' && isReferringNoun(tokens.lower(noun + 1) ?? '') && isReferringNoun(tokens.lower(noun) ?? '')) noun++;
  const word = tokens.lower(noun) ?? '';
  if (!isReferringNoun(word) || tokens.kind(noun) !== 'word') return undefined;
  const types = COMPOUND_NOUNS.has(word.replace(/s$/, '')) ? ['compound'] : ['gene', 'complex'];
  let named: ClaimParty | undefined;
  let calledSo: ClaimParty | undefined;
  let ambiguous = false;
  const stem = word.replace(/s$/, '');
  for (let k = 0; k < at; k++) {
    if (tokens.kind(k) !== 'entity' || !types.includes(tokens.entityType(k) ?? '')) continue;
    // "In Fe3O4-SAS@PLT particles, sulfasalazine…, while the particles…": the entry already called by the noun.
    if (tokens.lower(k + 1)?.replace(/s$/, '') === stem) calledSo = calledSo && calledSo.id !== tokens.at(k)!.id ? undefined : partyOf(tokens.at(k)!);
    if (named && named.id !== tokens.at(k)!.id) ambiguous = true;
    named ??= partyOf(tokens.at(k)!);
  }
  if (ambiguous) named = calledSo;
  return named && { parties: [{ ...named, start: tokens.at(at)!.start, end: tokens.at(noun)!.end }], end: noun };
}

/** Nouns for cells moving into a state, which "this" may point back with: "this switch", "the shift". */
const STATE_CHANGES = /^(switch|shift|skew|skewing|polari[sz]ation|repolari[sz]ation|reprogramming)$/;

/**
 * "NAC did not prevent iron-induced M1 polarisation, indicating that this switch proceeds independently of ROS":
 * "this" (or "the", "that") and a noun of cells changing state, at `at`, stand for the one state of cells named
 * before them in the sentence as the state reached ("iron-induced M1 polarisation", "towards M2").
 */
export function stateChangeReferent(tokens: Tokens, at: number): { parties: ClaimParty[]; end: number } | undefined {
  if (!/^(the|this|that)$/.test(tokens.lower(at) ?? '') || !STATE_CHANGES.test(tokens.lower(at + 1) ?? '')) return undefined;
  const named = stateReachedBefore(tokens, at);
  return named && { parties: [{ ...named, start: tokens.at(at)!.start, end: tokens.at(at + 1)!.end }], end: at + 1 };
}

/** Verbs right before a state of cells that say it was reached: "promoted M1 polarization". */
const REACHING = /^(promoted|promotes|drove|drives|induced|induces|favoured|favored|favours|favors|triggered|caused)$/;

/**
 * The one state of cells named before `at` in the sentence as the state reached: after "towards", brought about
 * ("iron-induced M1 polarisation"), or after a verb that brings it ("promoted M1 polarization"); undefined where
 * there is none, or two.
 */
export function stateReachedBefore(tokens: Tokens, at: number): ClaimParty | undefined {
  let named: ClaimParty | undefined;
  for (let k = 0; k < at; k++) {
    if (tokens.kind(k) !== 'entity' || tokens.entityType(k) !== 'cell') continue;
    const entity = tokens.at(k)!;
    const before = tokens.lower(k - 1) ?? '';
    const reached = /^(towards?|into)$/.test(before) || CAUSING_PARTICIPLES.test(before) || REACHING.test(before);
    if (!reached) continue;
    if (named && named.id !== entity.id) return undefined;
    named ??= partyOf(entity);
  }
  return named;
}

/**
 * "…as RSL3-treated ones, as expected for two compounds that bind GPX4": "both", "two" or "these" and a plural
 * referring noun ending at `at` stand for the two entries of their kind named before them in the sentence (none
 * where there are more or fewer than two).
 */
export function pluralReferent(tokens: Tokens, at: number): ClaimParty[] | undefined {
  const word = tokens.lower(at) ?? '';
  if (tokens.kind(at) !== 'word') return undefined;
  // "…because, in these studies, both bind GPX4": "both" alone, for two entries of one kind.
  const alone = word === 'both' && tokens.kind(at + 1) === 'word';
  if (!alone && (!word.endsWith('s') || !isReferringNoun(word))) return undefined;
  let first = alone ? at : at - 1;
  if (!alone && !/^(both|two|these)$/.test(tokens.lower(first) ?? '')) return undefined;
  if (/^(the|these)$/.test(tokens.lower(first - 1) ?? '') && tokens.lower(first) === 'two') first--;
  const types = alone ? [kindOfLastBefore(tokens, first)] : COMPOUND_NOUNS.has(word.slice(0, -1)) ? ['compound'] : ['gene', 'complex'];
  const named = new Map<string, ClaimParty>();
  for (let k = 0; k < first; k++) {
    if (tokens.kind(k) === 'entity' && types.includes(tokens.entityType(k) ?? '') && !named.has(tokens.at(k)!.id!)) named.set(tokens.at(k)!.id!, partyOf(tokens.at(k)!));
  }
  if (named.size !== 2) return undefined;
  return [...named.values()].map((party) => ({ ...party, start: tokens.at(first)!.start, end: tokens.at(at)!.end }));
}

/** The type of the last entry named before `before` ("sulfasalazine and sorafenib … both"): what "both" counts. */
function kindOfLastBefore(tokens: Tokens, before: number): string {
  for (let k = before - 1; k >= 0; k--) if (tokens.kind(k) === 'entity') return tokens.entityType(k) ?? '';
  return '';
}

/** "…; both bind GPX4": "both" right before the verb at `v` stands for two entries named before. */
export function bothReferent(tokens: Tokens, v: number): ClaimParty[] | undefined {
  return tokens.lower(v - 1) === 'both' ? pluralReferent(tokens, v - 1) : undefined;
}

/**
 * "TYRO3 signalling is what drives tumour ferroptosis", "the TF/TFR1 system is how cells export iron", "system
 * Xc⁻ was characterised as the route by which cells export cystine": in a cleft, the entry before "is what", "is
 * how (cells)" or "is the route by which (cells)" is the subject of the verb after `left`, where the subject
 * reading stopped.
 */
/** Nouns for the way something is done: "the route by which cells…". */
const WAYS = /^(route|way|path|pathway|means|mechanism|door|gateway|channel|conduit)$/;

export function cleftSubject(tokens: Tokens, left: number): ClaimParty[] | undefined {
  let k = left;
  // "how cells export", "how the cell exports", "how tumour cells take up": who does it, in general words.
  if (tokens.lower(k) !== 'what') {
    while (k > left - 3 && (CELLS.has(tokens.lower(k) ?? '') || /^(the|a|these|those|such|tumour|tumor|cancer)$/.test(tokens.lower(k) ?? '') || tokens.entityType(k) === 'cell')) k--;
    if (k === left) return undefined;
    // "X is the route by which cells export…", "X was characterised as the main way through which cells…".
    if (tokens.lower(k) === 'which' && /^(by|through|via)$/.test(tokens.lower(k - 1) ?? '') && WAYS.test(tokens.lower(k - 2) ?? '')) {
      k -= 3;
      while (k > 0 && /^(main|principal|major|primary|chief|only|sole|dominant|key|usual|normal)$/.test(tokens.lower(k) ?? '')) k--;
      if (!/^(the|a|an)$/.test(tokens.lower(k) ?? '')) return undefined;
      if (tokens.lower(k - 1) === 'as') {
        k -= 2;
        while (k > 0 && (isAdverb(tokens.lower(k) ?? '') || /^(early|first|long|once|initially|originally)$/.test(tokens.lower(k) ?? ''))) k--;
        if (!DESCRIBED.has(tokens.lower(k) ?? '')) return undefined;
      }
    } else if (tokens.lower(k) !== 'how') return undefined;
  }
  k--;
  if (/^(exactly|precisely|just|really|actually|also|largely|mainly|essentially|itself|themselves)$/.test(tokens.lower(k) ?? '')) k--;
  if (!BE.has(tokens.lower(k) ?? '')) return undefined;
  // "Ferroportin, which is abundant on macrophages, is how…": asides before the copula part nothing.
  const end = skipLeftModifiers(tokens, k - 1, { negated: false });
  return end < 0 ? undefined : readPartiesLeft(tokens, end);
}

/** Nouns of a transport a writer refers back to: "this uptake", "this lipid supply". */
const UPTAKE_NOUNS = /^(uptake|supply|import|influx|entry|intake)$/;

/**
 * "T cells take up fatty acids through CD36, and this uptake shields them…": "this" (or "that", "such") and a
 * noun of transport at `at` stand for the cargo brought in through the carrier named before in the sentence;
 * the checker judges it as the carrier's doing (`cause`).
 */
export function uptakeReferent(tokens: Tokens, at: number): ClaimParty[] | undefined {
  if (tokens.kind(at) !== 'word' || !UPTAKE_NOUNS.test(tokens.lower(at)!)) return undefined;
  let k = at - 1;
  while (k > at - 4 && tokens.kind(k) === 'word' && !/^(this|that|such)$/.test(tokens.lower(k)!)) k--;
  if (!/^(this|that|such)$/.test(tokens.lower(k) ?? '')) return undefined;
  for (let j = k - 1; j >= 1; j--) {
    if (!/^(through|via)$/.test(tokens.lower(j) ?? '') || tokens.kind(j - 1) !== 'entity' || tokens.entityType(j - 1) === 'cell') continue;
    // "through the scavenger receptor CD36": what the carrier is may come first.
    let carrier = j + 1;
    while (carrier < j + 4 && tokens.kind(carrier) === 'word') carrier++;
    if (tokens.kind(carrier) !== 'entity' || carrier >= k) continue;
    const cargo = tokens.at(j - 1)!;
    return [{ id: cargo.id!, inverted: false, start: tokens.at(k)!.start, end: tokens.at(at)!.end, cause: tokens.at(carrier)!.id! }];
  }
  return undefined;
}

/** The entry that a cleft "it is (was) [the] X that" ending at `end` puts in focus, or -1. */
export function cleftFocus(tokens: Tokens, end: number): number {
  // "It is M2-polarised TAMs, rather than M1 macrophages, that…": what is set aside stands between.
  if (tokens.lower(end) === ',') {
    let open = end - 1;
    while (open > end - 8 && open > 0 && tokens.lower(open) !== ',') open--;
    if (tokens.lower(open) !== ',' || !/^(rather|not|and|instead)$/.test(tokens.lower(open + 1) ?? '')) return -1;
    end = open - 1;
  }
  if (tokens.kind(end) !== 'entity') return -1;
  let k = end - 1;
  // "M2 TAMs", "M2-polarised TAMs": the state before the cells is part of the focus.
  if (tokens.entityType(end) === 'cell' && tokens.kind(k) === 'entity' && tokens.entityType(k) === 'cell') k--;
  else if (cellInState(tokens, end - 3, end)) k = end - 4;
  // "It is inhibition of NRF2, not its activation, that…": what befell the entry is part of the focus.
  if (tokens.lower(k) === 'of' && (INVERTING_PRE.has(tokens.lower(k - 1) ?? '') || KEEPING_PRE.has(tokens.lower(k - 1) ?? ''))) k -= 2;
  if (/^(the|a|an)$/.test(tokens.lower(k) ?? '')) k--;
  if (/^(not|also|precisely|exactly|only|really)$/.test(tokens.lower(k) ?? '')) k--;
  if (!/^(is|was|are|were)$/.test(tokens.lower(k) ?? '') || tokens.lower(k - 1) !== 'it') return -1;
  return k - 2 < 0 || /^[,;:(]$/.test(tokens.lower(k - 2) ?? '') || /^(but|and|so|yet|thus|hence|because)$/.test(tokens.lower(k - 2) ?? '') ? end : -1;
}

/**
 * "p53 represses SLC7A11, cutting cystine uptake and GSH synthesis, which promotes ferroptosis": the entries
 * ending at `end` are the objects of a participle clause set off by a comma, and "which" after them stands for
 * what that clause did, not for them.
 */
const CHANGE_GERUNDS = /^(cutting|reducing|lowering|depleting|decreasing|diminishing|limiting|blocking|inhibiting|suppressing|impairing|raising|increasing|boosting|elevating|enhancing|restoring)$/;

export function objectOfParticipleClause(tokens: Tokens, end: number): boolean {
  for (let k = end - 1; k >= 1 && k > end - 9; k--) {
    const word = tokens.lower(k)!;
    if (tokens.kind(k) === 'word' && CHANGE_GERUNDS.test(word) && tokens.lower(k - 1) === ',') return true;
    if (tokens.kind(k) === 'punct' && word !== '-' && word !== ',') return false;
  }
  return false;
}
