/**
 * Where cells are said to be shifted to: "(the) repolarization of TAMs (from M1) towards M2", "pushed macrophages
 * from the antitumour M1 to the M2 phenotype". Shared by the verb, shift-noun and passive-shift rules.
 */
import { readPartiesRight } from '../partiesRight';
import type { Tokens } from '../tokens';

export const SHIFT_NOUNS: ReadonlySet<string> = new Set(['polarization', 'polarisation', 'repolarization', 'repolarisation', 'reprogramming', 'skewing', 'shift', 'conversion', 'differentiation']);

/**
 * "(the) repolarization of TAMs (from M1) towards M2" at `at`: the state reached, as the object; else undefined.
 * "their differentiation into NK cells": the cells reached, whoever differentiates.
 */
export function shiftOfCells(tokens: Tokens, at: number): ReturnType<typeof readPartiesRight> {
  const k = /^(the|their|its)$/.test(tokens.lower(at) ?? '') ? at + 1 : at;
  if (SHIFT_NOUNS.has(tokens.lower(k) ?? '') && /^(into|towards?)$/.test(tokens.lower(k + 1) ?? '')) {
    const reached = readPartiesRight(tokens, k + 2);
    return reached && tokens.entityType(reached.end) === 'cell' ? reached : undefined;
  }
  if (!SHIFT_NOUNS.has(tokens.lower(k) ?? '') || tokens.lower(k + 1) !== 'of') return undefined;
  const cells = readPartiesRight(tokens, k + 2);
  if (!cells || cells.parties.length !== 1 || tokens.entityType(cells.end) !== 'cell') return undefined;
  const toward = stateShiftPreposition(tokens, cells.end + 1);
  return toward > 0 ? readPartiesRight(tokens, toward + 1) : undefined;
}

/**
 * Where the state a verb shifts cells toward is named, after the cells: "towards" or "into" right after them, or
 * "to" after the state they leave ("from the antitumour M1 to the M2 phenotype"); -1 when there is none.
 */
export function stateShiftPreposition(tokens: Tokens, at: number): number {
  if (/^(towards?|into)$/.test(tokens.lower(at) ?? '')) return at;
  if (tokens.lower(at) !== 'from') return -1;
  // Up to eight tokens: "from the anti-tumour M1 state into".
  for (let k = at + 1; k < Math.min(tokens.length, at + 9); k++) {
    if (/^(towards?|into|to)$/.test(tokens.lower(k)!)) return k > at + 1 ? k : -1;
    if (tokens.kind(k) === 'punct' && tokens.lower(k) !== '-') return -1;
  }
  return -1;
}
