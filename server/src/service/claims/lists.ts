/**
 * Where a list of entries ends and the next clause begins: "…triggered by IFN-γ, ferroptosis of T cells impairs…"
 * ends the agents at the comma; "…which oxidises PUFAs, ACSL4 and LPCAT3 act…" starts the subject after it. The
 * claim reader has no part-of-speech tagger, so a verb is recognized by where it stands and what follows it. And
 * how a list shares what is done to it.
 */
import type { ClaimParty } from './claim';
import { type Tokens } from './tokens';
import { ADVERBS, INVERTING_POST, INVERTING_PRE, KEEPING_POST, OBJECT_FILLERS, PHRASE_OPENERS, isAdverb } from './vocabulary';

/**
 * Whether the words ending at `at` are a verb or a preposition (and fillers) before an entry: "oxidises
 * membrane", "lowered the", "unlike".
 */
export function governed(tokens: Tokens, at: number): boolean {
  let k = at;
  while (k >= 0 && k > at - 3 && tokens.kind(k) === 'word' && OBJECT_FILLERS.has(tokens.lower(k)!)) k--;
  const word = tokens.lower(k);
  if (tokens.kind(k) !== 'word' || !word || ADVERBS.has(word) || OBJECT_FILLERS.has(word)) return false;
  if (PHRASE_OPENERS.has(word) || word === 'with') return true;
  // "Lipoxygenases oxidise membrane PUFAs, and…": a plural subject's verb in -ise or -ize governs too; so does a
  // gerund ("by suppressing lipid peroxidation, and deleting ACSL4 blunts…").
  return (/(?:[^su]s|ed)$/.test(word) && !/(?:ness|ous|ss)$/.test(word)) || /(?:[^w]is|iz)e$/.test(word) || /^\w{3,}ing$/.test(word);
}

/**
 * Whether the entry at `at`, after a comma, goes on the list before it. A list of three ends in "and" (or "or",
 * "nor") and an entry; without one the comma ends the phrase ("…triggered by IFN-γ, ferroptosis of T cells…").
 * A list followed by a finite verb is the next clause's subject: "unlike LOX, which oxidises PUFAs, ACSL4 and
 * LPCAT3 act upstream".
 */
export function commaContinuesList(tokens: Tokens, at: number): boolean {
  let k = at;
  let closed = false;
  for (let items = 0; items < 8; items++) {
    k = skipEntityModifiers(tokens, k);
    if (k < 0) return false;
    k++;
    while (tokens.kind(k) === 'word' && (INVERTING_POST.has(tokens.lower(k)!) || KEEPING_POST.has(tokens.lower(k)!))) k++;
    const link = tokens.lower(k);
    if (link === ',' && tokens.kind(k + 1) === 'entity') k += 1;
    else if ((link === 'and' || link === 'or' || link === 'nor') && tokens.kind(k + 1) === 'entity') {
      closed = true;
      k += 1;
    } else if (link === ',' && /^(and|or)$/.test(tokens.lower(k + 1) ?? '') && tokens.kind(k + 2) === 'entity') {
      closed = true;
      k += 2;
    } else break;
  }
  if (!closed) return false;
  // "…, and acyl-CoA synthetase 4 (ACSL4) then re-esterifies them": the last item's short form, and an adverb.
  if (tokens.lower(k) === '(' && tokens.kind(k + 1) === 'entity' && tokens.lower(k + 2) === ')') k += 3;
  while (tokens.kind(k) === 'word' && (isAdverb(tokens.lower(k)!) || tokens.lower(k) === 'then')) k++;
  return !looksFinite(tokens, k);
}

/** Whether the word at `at` reads as a finite verb after a noun phrase: "is", "act", "may", "impairs their". */
function looksFinite(tokens: Tokens, at: number): boolean {
  const word = tokens.lower(at);
  if (tokens.kind(at) !== 'word' || !word) return false;
  return FINITE_AFTER_LIST.has(word) || governsNext(tokens, at);
}

/**
 * Whether the word at `at`, after a noun phrase, governs what follows it, as a verb does: "(ACSL4 and LPCAT3)
 * bypass cystine import", "impairs their function". A noun or a preposition there would not.
 */
export function governsNext(tokens: Tokens, at: number): boolean {
  const word = tokens.lower(at);
  if (tokens.kind(at) !== 'word' || !word || OBJECT_FILLERS.has(word) || ADVERBS.has(word) || PHRASE_OPENERS.has(word) || /^(and|or|but|nor|which|that|who|whose|as|than|so|both|either|neither|towards?|with|without|across|along|versus|vs|of|per|plus|alone|only|not|no)$/.test(word)) return false;
  // "mops up H2O2": a particle may come between.
  const next = /^(up|out|down|off)$/.test(tokens.lower(at + 1) ?? '') ? at + 2 : at + 1;
  return tokens.kind(next) === 'entity' || /^(the|their|its|a|an|this|these|those)$/.test(tokens.lower(next) ?? '');
}

/** Nouns for what is measured of an entry: "ferroptosis markers", "GSH readouts". */
const MEASURES = /^(markers?|readouts?|indices|index|signatures?|indicators?)$/;

const FINITE_AFTER_LIST: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'may', 'might', 'can', 'could', 'will', 'would', 'should', 'must', 'act', 'acts', 'acted', 'work', 'works', 'function', 'functions', 'do', 'does', 'did', 'remain', 'remains', 'appear', 'appears', 'seem', 'seems']);

/**
 * Whether the entry at `at`, after ", and", is the subject of a clause of its own: "…abolished GPX4 activity, and
 * GPX4 knockdown rendered the cells…" (its post-modifiers, then a finite verb).
 */
export function opensClause(tokens: Tokens, at: number): boolean {
  // "…, and ACSL4 then re-esterifies…", "…, and acyl-CoA synthetase 4 (ACSL4) then re-esterifies…"
  const next = tokens.lower(at + 1) === '(' && tokens.kind(at + 2) === 'entity' && tokens.lower(at + 3) === ')' ? at + 3 : at;
  if (/^(then|subsequently|thereby|in|also|further|finally)$/.test(tokens.lower(next + 1) ?? '') && tokens.kind(next + 2) === 'word') return true;
  let k = next + 1;
  // "…, and ferroptosis markers fell": a noun for what was measured of the entry.
  while (tokens.kind(k) === 'word' && (INVERTING_POST.has(tokens.lower(k)!) || KEEPING_POST.has(tokens.lower(k)!) || MEASURES.test(tokens.lower(k)!))) k++;
  // "…, and ferroptosis was inhibited": a copula right after the entry opens a clause too.
  if (k === next + 1) return /^(is|are|was|were|has|had)$/.test(tokens.lower(k) ?? '');
  return tokens.kind(k) === 'word' && /^(?:\w+ed|is|are|was|were|has|had|did|fell|rose|grew|sank)$/.test(tokens.lower(k)!);
}

/**
 * An entity that only modifies what follows is not the party: "RSL3-induced ferroptosis" is about
 * ferroptosis, "transferrin-bound iron" about iron. Returns the index of the party, or -1.
 */
export function skipEntityModifiers(tokens: Tokens, at: number): number {
  let i = at;
  for (let hops = 0; hops < 3; hops++) {
    // "iron overload–induced M1 polarization": a word of amount between the cause and its hyphen.
    const overload = tokens.kind(i + 1) === 'word' && /^(overload|loading|deficiency|depletion)$/.test(tokens.lower(i + 1)!) && tokens.lower(i + 2) === '-' ? 1 : 0;
    if (tokens.at(i + 1 + overload)?.lower !== '-') return i;
    const word = tokens.at(i + 2 + overload)?.lower ?? '';
    if (/^(induced|mediated|triggered|driven|elicited|evoked|dependent)$/.test(word) && tokens.at(i + 3 + overload)?.kind === 'entity') {
      i += 3 + overload;
      continue;
    }
    if (overload) return i;
    if (/^(bound|loaded|derived|containing|rich|based|conjugated|coated|treated|exposed|primed|activated)$/.test(word)) {
      let j = i + 3;
      while (j < tokens.length && j < i + 6 && tokens.at(j)!.kind === 'word' && OBJECT_FILLERS.has(tokens.at(j)!.lower)) j++;
      if (tokens.at(j)?.kind === 'entity') {
        i = j;
        continue;
      }
      return -1;
    }
    return i;
  }
  return i;
}

/**
 * From `at` past a few describing words ("metabolic and functional") when a noun that changes or keeps the entry
 * follows them ("deficits", "activity"); else `at`.
 */
export function pastDescription(tokens: Tokens, at: number): number {
  const describing = (k: number): boolean => /^(metabolic|functional|cytotoxic|effector|enzymatic|catalytic|transcriptional)$/.test(tokens.lower(k) ?? '');
  if (!describing(at)) return at;
  // One describing word, or two joined by "and" ("metabolic and functional").
  const k = tokens.lower(at + 1) === 'and' && describing(at + 2) ? at + 3 : at + 1;
  return tokens.kind(k) === 'word' && (INVERTING_POST.has(tokens.lower(k)!) || KEEPING_POST.has(tokens.lower(k)!)) ? k : at;
}

/**
 * A list under one word of loss, before it ("deletion of Gpx4 and Acsl4") or after it ("GPX4 and ACSL4
 * knockout"): each entry is lost, all at once.
 */
export function changedTogether(tokens: Tokens, parties: ClaimParty[], postInverted: boolean): ClaimParty[] {
  const [lead, ...rest] = parties;
  const bare = (party: ClaimParty): boolean => {
    const at = tokens.indexStartingAt(party.start);
    // ("knocking out GPX4 together with ACSL4" too.)
    return party.inverted === postInverted && tokens.kind(at) === 'entity' && (/^(and|or|,)$/.test(tokens.lower(at - 1) ?? '') || (tokens.lower(at - 1) === 'with' && /^(together|along)$/.test(tokens.lower(at - 2) ?? '')));
  };
  const leadOf = tokens.indexStartingAt(lead!.start);
  // "deletion of Gpx4 and Acsl4", "silencing (either) ACSL4 or LPCAT3": the word of loss opens the list.
  const lossWord = tokens.lower(leadOf + 1) === 'of' || (tokens.kind(leadOf) === 'word' && INVERTING_PRE.has(tokens.lower(leadOf)!) && tokens.lower(leadOf)!.endsWith('ing'));
  const sharedBefore = lead!.inverted !== postInverted && lossWord && rest.every(bare);
  if (!sharedBefore && !postInverted) return parties;
  return parties.map((party) => ({ ...party, inverted: sharedBefore ? lead!.inverted : party.inverted, together: true }));
}
