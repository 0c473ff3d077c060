/**
 * The holders of a state: cells named by what was done to them ("GPX4-deficient Treg cells", "cells lacking
 * GPX4"), and "these cells" that the sentence before made.
 */
import { isCellLineName } from './asides';
import type { ClaimParty } from './claim';
import { readPartiesLeft } from './parties';
import { readPartiesRight } from './partiesRight';
import type { Tokens } from './tokens';
import { CAUSING_PARTICIPLES, CELLS, INVERTING_POST, KEEPING_POST } from './vocabulary';

/**
 * Where the entry ends that a holder ending at `left` stands for: "FSP1-knockout cells", "Gpx4-knockout Treg
 * cells" (a cell entity that is only the host), or the entity itself.
 */
export function holderEnd(tokens: Tokens, left: number): number {
  let end = left;
  while (end >= 0 && ((tokens.kind(end) === 'word' && (CELLS.has(tokens.lower(end)!) || isCellLineName(tokens, end))) || (tokens.lower(end) === '-' && isCellLineName(tokens, end - 1)))) end--;
  // "liraglutide-treated db/db livers": a strain's genotype, two alleles around a slash, names the host too.
  if (end > 2 && tokens.lower(end - 1) === '/' && tokens.kind(end) === 'word' && tokens.lower(end) === tokens.lower(end - 2)) end -= 3;
  // "GPX4-deficient tumour cells", "iron-loaded tumour cells": the cell entry is only the host of the genotype.
  // ("iron-driven M1 polarisation" names a cause, not a genotype: the state is the holder, with its cause.)
  if (tokens.kind(end) === 'entity' && tokens.kind(end - 1) === 'word' && !CAUSING_PARTICIPLES.test(tokens.lower(end - 1)!) && (INVERTING_POST.has(tokens.lower(end - 1)!) || (KEEPING_POST.has(tokens.lower(end - 1)!) && tokens.lower(end - 2) === '-'))) end--;
  return end;
}

/** The parties a holder ending at `left` stands for ("GPX4-deficient Treg cells", "cells lacking GPX4"), if any. */
export function holderParties(tokens: Tokens, left: number): ClaimParty[] | undefined {
  // "T cells lacking GPX4" first: the cells before "lacking" are only the holder; "cells without the ACSL4
  // gene" too.
  const named = /^(gene|protein)$/.test(tokens.lower(left) ?? '') && tokens.kind(left - 1) === 'entity' ? left - 1 : left;
  return cellsLacking(tokens, named) ?? recipientsOf(tokens, named) ?? readPartiesLeft(tokens, holderEnd(tokens, left));
}

/**
 * The holder "mice receiving eNVs-FAP" (given, fed, treated or loaded with, bathed in, exposed to it) ending at the entity at `at`: the
 * entity, as it is, over the whole phrase.
 */
export function recipientsOf(tokens: Tokens, at: number): ClaimParty[] | undefined {
  const entity = tokens.at(at);
  if (entity?.kind !== 'entity') return undefined;
  const word = tokens.lower(at - 1) ?? '';
  // ("Tumour cells bathed in interferon-gamma", "incubated with", "stimulated with": a journalist's or a methods
  // section's words for the same.)
  const treated =
    (word === 'with' && /^(treated|pretreated|pre-treated|injected|dosed|loaded|overloaded|incubated|stimulated|pulsed|supplemented)$/.test(tokens.lower(at - 2) ?? '')) ||
    (word === 'in' && /^(bathed|cultured|incubated|grown|soaked)$/.test(tokens.lower(at - 2) ?? '')) ||
    (word === 'to' && tokens.lower(at - 2) === 'exposed');
  const holder = /^(receiving|given|fed)$/.test(word) ? at - 2 : treated ? at - 3 : -1;
  if (holder < 0 || !((tokens.kind(holder) === 'word' && CELLS.has(tokens.lower(holder)!)) || tokens.entityType(holder) === 'cell')) return undefined;
  return [{ id: entity.id!, inverted: false, start: tokens.at(holder)!.start, end: entity.end }];
}

/**
 * The holder "cells lacking GPX4" (or without it, deficient in it, depleted of it) ending at the entity at
 * `at`: the entity, its effect reversed, over the whole phrase.
 */
export function cellsLacking(tokens: Tokens, at: number): ClaimParty[] | undefined {
  const entity = tokens.at(at);
  if (entity?.kind !== 'entity') return undefined;
  // "cells missing both GPX4 and ACSL4": two entries taken away at once, each reversed, together.
  if (tokens.lower(at - 1) === 'and' && tokens.kind(at - 2) === 'entity') {
    const lacking = tokens.lower(at - 3) === 'both' ? cellsLackingBoth(tokens, at - 2) : cellsLacking(tokens, at - 2);
    if (!lacking || lacking.length !== 1) return undefined;
    const second = { id: entity.id!, inverted: true, start: entity.start, end: entity.end, together: true };
    return [{ ...lacking[0]!, together: true }, second];
  }
  let k = at - 1;
  // "cells without the ACSL4 gene"
  if (tokens.lower(k) === 'the' && /^(without|lacking|lack|lacked)$/.test(tokens.lower(k - 1) ?? '')) k--;
  const word = tokens.lower(k);
  if (word === 'in' && tokens.lower(k - 1) === 'deficient') k--;
  else if (word === 'of' && (tokens.lower(k - 1) === 'depleted' || tokens.lower(k - 1) === 'devoid')) k--;
  // "cells that lack GPX4"
  else if ((word === 'lack' || word === 'lacked') && /^(that|which)$/.test(tokens.lower(k - 1) ?? '')) k--;
  else if (word !== 'lacking' && word !== 'without' && word !== 'missing') return undefined;
  // "cells lacking GPX4", and named cells: "T cells lacking GPX4".
  const holder = tokens.at(k - 1);
  if (!holder || (!(holder.kind === 'word' && CELLS.has(holder.lower)) && tokens.entityType(k - 1) !== 'cell')) return undefined;
  return [{ id: entity.id!, inverted: true, start: holder.start, end: entity.end }];
}

/** "cells missing both GPX4 (and …)": the first of two entries after "both". */
function cellsLackingBoth(tokens: Tokens, at: number): ClaimParty[] | undefined {
  const holder = tokens.at(at - 3);
  if (!/^(lacking|missing|without)$/.test(tokens.lower(at - 2) ?? '') || !holder || (!(holder.kind === 'word' && CELLS.has(holder.lower)) && tokens.entityType(at - 3) !== 'cell')) return undefined;
  return [{ id: tokens.at(at)!.id!, inverted: true, start: holder.start, end: tokens.at(at)!.end }];
}

/**
 * The holder "cells in which ACSL4 had been knocked out" (deleted, silenced, overexpressed), or "cells with ACSL4
 * knocked out", ending at `last`: the entry, reversed for a loss, over the whole phrase.
 */
export function cellsInWhich(tokens: Tokens, last: number): ClaimParty[] | undefined {
  let k = last;
  if (/^(out|down)$/.test(tokens.lower(k) ?? '') && tokens.lower(k - 1) === 'knocked') k--;
  const verb = MANIPULATED.exec(tokens.lower(k) ?? '');
  if (!verb) return undefined;
  k--;
  while (k > 0 && /^(had|has|have|been|was|were|stably|genetically|selectively)$/.test(tokens.lower(k) ?? '')) k--;
  // "in which TYRO3 signalling was blocked": the entry's activity named after it.
  if (tokens.kind(k) === 'word' && KEEPING_POST.has(tokens.lower(k)!) && tokens.kind(k - 1) === 'entity') k--;
  const entity = tokens.at(k);
  // "cells with ACSL4 knocked out": the same holder, said with "with".
  const withEntry = tokens.lower(k - 1) === 'with' && k === last - (tokens.lower(last) === 'out' || tokens.lower(last) === 'down' ? 2 : 1);
  if (entity?.kind !== 'entity' || !((tokens.lower(k - 1) === 'which' && tokens.lower(k - 2) === 'in') || withEntry)) return undefined;
  const holder = withEntry ? k - 2 : k - 3;
  if (!(tokens.kind(holder) === 'word' && CELLS.has(tokens.lower(holder)!)) && tokens.entityType(holder) !== 'cell') return undefined;
  return [{ id: entity.id!, inverted: verb[1] !== undefined, start: tokens.at(holder)!.start, end: tokens.at(last)!.end }];
}

/**
 * The subject of "These cells were resistant to ferroptosis", opening a sentence: the cells the sentence before
 * made ("ACSL4-knockout cells"). The claim names them `PREVIOUS_CELLS`, and the checker resolves it from the
 * sentence before, which is not among these tokens.
 */
export const PREVIOUS_CELLS = '@previous-cells';

export function theseCells(tokens: Tokens, at: number, holderEnd: number): ClaimParty[] | undefined {
  if (at !== 0 || !/^(these|those|such|the)$/.test(tokens.at(0)?.lower ?? '') || holderEnd < 1) return undefined;
  for (let k = 1; k <= holderEnd; k++) if (tokens.at(k)!.kind !== 'word') return undefined;
  return [{ id: PREVIOUS_CELLS, inverted: false, start: tokens.at(0)!.start, end: tokens.at(holderEnd)!.end }];
}

/** What an experimenter does to an entry, past tense: group 1 takes it away, group 2 adds to it. */
const MANIPULATED = /^(?:(deleted|silenced|depleted|ablated|inactivated|disrupted|knocked|inhibited|blocked|removed|deletes?|silences?|depletes?|ablates?|knocks?|inhibits?|blocks?|removes?)|(overexpressed|reexpressed|restored|supplemented|added|activated|overexpress|overexpresses|overproduce|overproduces|overproduced))$/;
/** What an experimenter does to an entry's amount: "raised FSP1 levels", "lowered GPX4 expression". */
const AMOUNT_CHANGED = /^(?:(lowered|reduced|decreased|downregulated)|(raised|increased|elevated|boosted|upregulated))$/;
const AMOUNTS = /^(levels?|expression|abundance|amounts?|activity)$/;
/** Who did it: "we", "they", "researchers", "Yuan et al.", "the group". */
const EXPERIMENTERS = /^(we|they|researchers|investigators|authors|al|group|team|lab|colleagues|coworkers|co-workers|scientists)$/;

/**
 * "Yuan et al. knocked out ACSL4 and the cells became more sensitive…", "When we deleted GPX4, the cells…": the
 * cells the sentence's first clause made, holder `the`…`last` of a state, stand for the entry done to them.
 */
export function cellsOfManipulation(tokens: Tokens, the: number, last: number): ClaimParty[] | undefined {
  if (!/^(the|these|those)$/.test(tokens.lower(the) ?? '') || the < 3) return undefined;
  for (let k = the + 1; k <= last; k++) if (tokens.kind(k) !== 'word') return undefined;
  let joint = the - 1;
  if (tokens.lower(joint) === 'and') joint--;
  if (tokens.lower(joint) === ',') joint--;
  if (joint === the - 1) return undefined;
  return manipulatedIn(tokens, joint);
}

/**
 * The entry that a passive clause opening the sentence and ending at `last` says was done something to: "(When)
 * NCOA4 was overexpressed", "Once GPX4 had been deleted in T cells", "knocked out" (reversed for a loss).
 */
export function manipulatedInPassive(tokens: Tokens, last: number): ClaimParty[] | undefined {
  if (tokens.kind(1) !== 'entity') return undefined;
  let v = 2;
  while (v < last && /^(was|were|had|has|have|been|being|then|first|stably|genetically|selectively|transiently)$/.test(tokens.lower(v) ?? '')) v++;
  const verb = v > 2 ? MANIPULATED.exec(tokens.lower(v) ?? '') : null;
  if (!verb) return undefined;
  const done = verb[1]?.startsWith('knock') ? (/^(out|down)$/.test(tokens.lower(v + 1) ?? '') ? v + 1 : -1) : v;
  if (done < 0) return undefined;
  let end = done;
  // "… in T cells (in vitro)": where it was done, to the comma.
  if (end < last && tokens.lower(end + 1) === 'in') {
    for (let k = end + 2; k <= last; k++) if (tokens.kind(k) === 'punct') return undefined;
    end = last;
  }
  if (end !== last) return undefined;
  const entry = tokens.at(1)!;
  return [{ id: entry.id!, inverted: verb[1] !== undefined, start: entry.start, end: tokens.at(done)!.end }];
}

/**
 * The entry that the clause opening the sentence and ending at `last` did something to: "(When) we deleted X",
 * "Yuan et al. knocked out X", "When the group knocked down X" (reversed for a loss); undefined otherwise.
 */
export function manipulatedIn(tokens: Tokens, last: number): ClaimParty[] | undefined {
  for (let v = 1; v < last && v < 8; v++) {
    // "raised FSP1 levels": the amount named after the entry, which then ends the clause.
    const amount = AMOUNTS.test(tokens.lower(last) ?? '') ? AMOUNT_CHANGED.exec(tokens.lower(v) ?? '') : null;
    const verb = amount ?? MANIPULATED.exec(tokens.lower(v) ?? '');
    // "Yuan et al. knocked out…": the abbreviation's point.
    const who = tokens.lower(v - 1) === '.' ? tokens.lower(v - 2) : tokens.lower(v - 1);
    // "When cells overexpress NCOA4": cells made to express more of an entry, by whoever made them.
    const overexpressing = /^(cells|clones|lines)$/.test(who ?? '') && /^over/.test(verb?.[0] ?? '');
    if (!verb || !(EXPERIMENTERS.test(who ?? '') || overexpressing)) continue;
    const object = verb[1]?.startsWith('knock') ? (/^(out|down)$/.test(tokens.lower(v + 1) ?? '') ? v + 2 : -1) : v + 1;
    const parties = object > 0 ? readPartiesRight(tokens, object) : undefined;
    if (!parties || (parties.end !== last && !(amount && parties.end === last - 1))) return undefined;
    return parties.parties.map((p) => ({ ...p, inverted: verb[1] ? !p.inverted : p.inverted, start: tokens.at(v)!.start }));
  }
  return undefined;
}
