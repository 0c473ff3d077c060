/**
 * The holders of a state: cells named by what was done to them ("GPX4-deficient Treg cells", "cells lacking
 * GPX4"), and "these cells" that the sentence before made.
 */
import { isCellLineName } from './asides';
import type { ClaimParty } from './claim';
import { readPartiesLeft } from './parties';
import type { Tokens } from './tokens';
import { CELLS, INVERTING_POST, KEEPING_POST } from './vocabulary';

/**
 * Where the entry ends that a holder ending at `left` stands for: "FSP1-knockout cells", "Gpx4-knockout Treg
 * cells" (a cell entity that is only the host), or the entity itself.
 */
export function holderEnd(tokens: Tokens, left: number): number {
  let end = left;
  while (end >= 0 && ((tokens.kind(end) === 'word' && (CELLS.has(tokens.lower(end)!) || isCellLineName(tokens, end))) || (tokens.lower(end) === '-' && isCellLineName(tokens, end - 1)))) end--;
  // "GPX4-deficient tumour cells", "iron-loaded tumour cells": the cell entry is only the host of the genotype.
  if (tokens.kind(end) === 'entity' && tokens.kind(end - 1) === 'word' && (INVERTING_POST.has(tokens.lower(end - 1)!) || (KEEPING_POST.has(tokens.lower(end - 1)!) && tokens.lower(end - 2) === '-'))) end--;
  return end;
}

/** The parties a holder ending at `left` stands for ("GPX4-deficient Treg cells", "cells lacking GPX4"), if any. */
export function holderParties(tokens: Tokens, left: number): ClaimParty[] | undefined {
  return readPartiesLeft(tokens, holderEnd(tokens, left)) ?? cellsLacking(tokens, left);
}

/**
 * The holder "cells lacking GPX4" (or without it, deficient in it, depleted of it) ending at the entity at
 * `at`: the entity, its effect reversed, over the whole phrase.
 */
export function cellsLacking(tokens: Tokens, at: number): ClaimParty[] | undefined {
  const entity = tokens.at(at);
  if (entity?.kind !== 'entity') return undefined;
  let k = at - 1;
  const word = tokens.lower(k);
  if (word === 'in' && tokens.lower(k - 1) === 'deficient') k--;
  else if (word === 'of' && (tokens.lower(k - 1) === 'depleted' || tokens.lower(k - 1) === 'devoid')) k--;
  else if (word !== 'lacking' && word !== 'without') return undefined;
  const holder = tokens.at(k - 1);
  if (holder?.kind !== 'word' || !CELLS.has(holder.lower)) return undefined;
  return [{ id: entity.id!, inverted: true, start: holder.start, end: entity.end }];
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
