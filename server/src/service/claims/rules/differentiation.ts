/**
 * What cells are made to become: "erastin-induced lipid peroxidation drives the differentiation of human PBMCs
 * towards T cells", "erastin directed their differentiation mainly into B and NK cells". The objects are the cell
 * types reached; the checker judges them against the subject's curated differentiations (`differentiation_of`).
 */
import { ClaimForm, newClaim, type Claim } from '../claim';
import { readPartiesLeft } from '../parties';
import { readPartiesRight } from '../partiesRight';
import type { Tokens } from '../tokens';
import { verbOf, type VerbIndex } from '../verbIndex';
import { NEGATIONS } from '../vocabulary';

/** Words of degree between the preposition and the cells: "mainly towards T cells". */
const DEGREE = /^(mainly|predominantly|largely|primarily|chiefly|mostly|preferentially|principally|eventually|ultimately)$/;

export function readDifferentiationClaims(tokens: Tokens, verbs: VerbIndex, claims: Claim[]): void {
  const promote = verbOf(verbs, 'promote');
  if (!promote) return;
  for (let v = 1; v + 2 < tokens.length; v++) {
    if (tokens.kind(v) !== 'word' || !tokens.lower(v)!.startsWith('differentiat')) continue;
    const targets = cellsReached(tokens, v);
    const driver = targets && driverBefore(tokens, v);
    if (!targets || !driver) continue;
    claims.push(
      newClaim(
        {
          subjects: driver,
          objects: targets.parties,
          effect: 'positive',
          negated: false,
          form: ClaimForm.Nominal,
          start: driver[0]!.start,
          end: tokens.at(targets.end)!.end,
          verb: { start: tokens.at(v)!.start, end: tokens.at(v)!.end, verb: promote, slot: 'state' },
        },
        { differentiation: true },
      ),
    );
  }
}

/** The cells after "into" or "towards", within a few words of the word of differentiation at `v` ("of human PBMCs"). */
function cellsReached(tokens: Tokens, v: number): ReturnType<typeof readPartiesRight> {
  let k = v + 1;
  while (k < tokens.length && k <= v + 6 && !/^(into|towards|toward|to)$/.test(tokens.lower(k) ?? '')) {
    if (tokens.kind(k) === 'punct' && tokens.lower(k) !== '-') return undefined;
    k++;
  }
  if (!/^(into|towards|toward|to)$/.test(tokens.lower(k) ?? '')) return undefined;
  k++;
  while (DEGREE.test(tokens.lower(k) ?? '')) k++;
  // "towards CD4⁺ T cells": markers before the cells are read with them.
  const cells = readPartiesRight(tokens, k);
  return cells && cells.parties.every((p) => !p.inverted && tokens.entityType(tokens.indexStartingAt(p.start)) === 'cell') ? cells : undefined;
}

/**
 * What drives the differentiation: the nearest entry before `v` that is not a cell, with what caused it
 * ("erastin-induced lipid peroxidation"). None where a negation stands between.
 */
function driverBefore(tokens: Tokens, v: number): ReturnType<typeof readPartiesLeft> {
  for (let k = v - 1; k >= 0; k--) {
    if (tokens.kind(k) === 'word' && NEGATIONS.has(tokens.lower(k)!)) return undefined;
    if (tokens.kind(k) !== 'entity' || tokens.entityType(k) === 'cell') continue;
    return readPartiesLeft(tokens, k);
  }
  return undefined;
}
