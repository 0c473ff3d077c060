/**
 * What a verb acts on, where it is not the entry right after it: past a comparison or a verb set aside ("enhanced,
 * rather than blunted, M1 polarisation"), past an entry that only describes the object, cells named by their
 * markers, the antecedent of a relative clause, or the entry "it" stands for.
 */
import { type ClaimParty, partyOf } from '../claim';
import { readPartiesRight } from '../partiesRight';
import { type Tokens, someBetween } from '../tokens';
import { LOWERING, isAdverb } from '../vocabulary';

/**
 * "the CD206⁺CD86⁻ (M2-like) fraction": cells gated by their markers, named in parentheses after them, as the object
 * at `at`. The markers are words with digits and their signs; the noun after the parenthesis is optional.
 */
export function gatedCells(tokens: Tokens, at: number): { parties: ClaimParty[]; end: number; preposition?: { start: number; end: number } } | undefined {
  let k = /^(the|a|an)$/.test(tokens.lower(at) ?? '') ? at + 1 : at;
  const first = k;
  while (k < tokens.length && k < first + 10 && ((tokens.kind(k) === 'word' && /\d/.test(tokens.lower(k)!)) || /^(\+|-|⁺|⁻|hi|lo|high|low)$/.test(tokens.lower(k) ?? ''))) k++;
  if (k === first || tokens.lower(k) !== '(' || tokens.entityType(k + 1) !== 'cell' || tokens.lower(k + 2) !== ')') return undefined;
  const end = /^(fraction|population|subset|cells|compartment)$/.test(tokens.lower(k + 3) ?? '') ? k + 3 : k + 2;
  const cells = tokens.at(k + 1)!;
  return { parties: [{ ...partyOf(cells), start: tokens.at(first)!.start, end: tokens.at(end)!.end }], end };
}

/**
 * Where the object starts after a describing entry at `at` ("worsens the lipid peroxidation-associated dysfunction
 * of NK cells": the dysfunction is the object, the peroxidation only says which): right after it.
 */
export function pastAssociatedWith(tokens: Tokens, at: number): number {
  const article = /^(the|a|an|their|its)$/.test(tokens.lower(at) ?? '') ? 1 : 0;
  const entry = at + article;
  if (tokens.kind(entry) !== 'entity' || tokens.lower(entry + 1) !== '-' || !/^(associated|related|linked)$/.test(tokens.lower(entry + 2) ?? '')) return at;
  return entry + 3;
}

/**
 * "the M2 profile that iron overload is known to induce": a verb with nothing after it, in a relative clause whose
 * subject starts at `first`, acts on the antecedent (an entry, and at most two nouns after it, before "that").
 */
export function objectBeforeRelative(tokens: Tokens, first: number, v: number): ReturnType<typeof readPartiesRight> {
  let after = v + 1;
  while (tokens.kind(after) === 'word' && isAdverb(tokens.lower(after)!)) after++;
  if (tokens.kind(after) === 'entity' || (tokens.kind(after) === 'word' && !/^(in|at|on|during|after|upon|with|and|but|whereas|while)$/.test(tokens.lower(after)!))) return undefined;
  if (!/^(that|which)$/.test(tokens.lower(first - 1) ?? '')) return undefined;
  const comma = tokens.lower(first - 2) === ',' ? 1 : 0;
  for (let k = first - 2 - comma; k >= 0 && k >= first - 4 - comma; k--) {
    if (tokens.kind(k) === 'entity') {
      const t = tokens.at(k)!;
      return { parties: [partyOf(t)], end: k };
    }
    if (tokens.kind(k) !== 'word' || !/^(profile|phenotype|state|program|programme|population|subset|response|signature|pattern|form|type|kind|polarization|polarisation|shift|switch|cells?)$/.test(tokens.lower(k)!)) return undefined;
  }
  return undefined;
}

/**
 * "IFN-γ represses SLC7A11, whereas ATM induces it": "it" at `at`, after the verb, is the entry that ends the clause
 * before this one (whose subject starts at `first`), joined by a contrast or "and".
 */
export function objectOfPronoun(tokens: Tokens, at: number, first: number): ReturnType<typeof readPartiesRight> {
  if (tokens.lower(at) !== 'it' || tokens.kind(at + 1) === 'entity') return undefined;
  let join = first - 1;
  if (/^(whereas|while|but|and|yet)$/.test(tokens.lower(join) ?? '')) join--;
  if (!/^[,;]$/.test(tokens.lower(join) ?? '') || tokens.kind(join - 1) !== 'entity') return undefined;
  const t = tokens.at(join - 1)!;
  if (tokens.entityType(join - 1) === 'cell' || tokens.kind(join - 2) === 'entity') return undefined;
  // "Impaired NK function has been linked to lipid peroxidation, and NRF2 can restore it": what is restored is
  // what the clause said was lost, not the entry nearest the pronoun.
  if (/^(restore|restores|restored|restoring|rescue|rescues|rescued|rescuing)$/.test(tokens.lower(at - 1) ?? '') && someBetween(tokens, 0, join - 1, (w) => LOWERING.has(w.lower))) return undefined;
  return { parties: [{ id: t.id!, inverted: false, start: tokens.at(at)!.start, end: tokens.at(at)!.end }], end: at };
}

/** What sets a verb aside between commas: "enhanced, rather than blunted, …", "activates, not inhibits, …". */
const SET_ASIDE = /^(rather than|and not|but not|not)\b/;

/**
 * "enhanced, rather than blunted, M1 polarisation", "was enhanced, not prevented, by…": past a verb set aside
 * between commas at `at`, to the entity (or the word `next`) after it; `at` where there is none.
 */
export function pastSetAside(tokens: Tokens, at: number, next?: string): number {
  // "aggravated rather than corrected this defect": without commas as well.
  const comma = tokens.lower(at) === ',' ? 1 : 0;
  const aside = SET_ASIDE.exec(`${tokens.lower(at + comma)} ${tokens.lower(at + comma + 1)}`);
  if (!aside) return at;
  const other = at + comma + aside[0].split(' ').length;
  const after = other + 1 + comma;
  if (!comma) return aside[0] === 'rather than' && tokens.kind(other) === 'word' && /(?:ed|es|s)$/.test(tokens.lower(other)!) && (next === undefined || tokens.lower(after) === next) ? after : at;
  // "enhances, rather than restrains, membrane lipid peroxidation": a describing word may come first.
  const fits = next === undefined ? tokens.kind(after) === 'entity' || (tokens.kind(after) === 'word' && tokens.kind(after + 1) === 'entity') : tokens.lower(after) === next;
  return tokens.kind(other) === 'word' && tokens.lower(other + 1) === ',' && fits ? after : at;
}

/** "binds like RSL3 to GPX4", "inhibits, unlike erastin, GPX4": past a comparison between a verb and its object. */
export function pastComparison(tokens: Tokens, at: number): number {
  // "enhanced, rather than blunted, M1 polarisation": the verb set aside between commas parts nothing.
  const past = pastSetAside(tokens, at);
  if (past !== at) return past;
  let k = tokens.lower(at) === ',' ? at + 1 : at;
  if (!/^(like|unlike)$/.test(tokens.lower(k) ?? '') || tokens.kind(k + 1) !== 'entity') return at;
  const compared = readPartiesRight(tokens, k + 1);
  if (!compared) return at;
  k = compared.end + 1;
  if (tokens.lower(k) === ',') k++;
  return k;
}
