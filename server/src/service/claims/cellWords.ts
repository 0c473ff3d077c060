/**
 * Words around cells as a party: markers ("CD206⁺ M2 macrophages", "IFN-γ⁺ NK cells"), describing participles
 * ("co-cultured macrophages"), states ("M1-polarised TAMs"), genotypes ("Gpx4-deficient Treg cells") and the
 * names of cell lines. The party readers (parties.ts) use them to see past these words to the cells.
 */
import { isCellLineName } from './asides';
import type { Tokens } from './tokens';
import { CELLS, OBJECT_FILLERS, PHRASE_OPENERS } from './vocabulary';

/** Whether the token at `at` is a point or dash inside a word, with no space either side: "RAW264.7", "marrow–derived". */
export function joinsWord(tokens: Tokens, at: number): boolean {
  if (tokens.kind(at) !== 'punct' || !/^[.–/-]$/.test(tokens.lower(at) ?? '')) return false;
  const before = tokens.at(at - 1);
  const after = tokens.at(at + 1);
  const token = tokens.at(at)!;
  // A slash joins the parts of a name with a number ("F4/80"), not two words ("and/or").
  // "PLC/PRF/5": a name whose number comes after its next slash.
  if (token.lower === '/' && !/\d/.test(`${before?.lower}${after?.lower}`) && !(tokens.lower(at + 2) === '/' && /\d/.test(tokens.lower(at + 3) ?? '') && joinsWord(tokens, at + 2))) return false;
  return before?.kind === 'word' && after?.kind === 'word' && before.end === token.start && after.start === token.end;
}

/** Whether the token at `at` is the "+" (or "⁺") of a marker written right after a word: "CD206+". */
export function isMarkerSign(tokens: Tokens, at: number): boolean {
  return tokens.kind(at) === 'punct' && /^[+⁺]$/.test(tokens.lower(at) ?? '') && tokens.kind(at - 1) === 'word' && tokens.at(at - 1)!.end === tokens.at(at)!.start;
}

/** The cells that the entry at `at`, written as a marker ("IFN-γ⁺"), describes; or `at` itself. */
export function cellsMarkedBy(tokens: Tokens, at: number): number {
  if (!/^[+⁺]$/.test(tokens.lower(at + 1) ?? '') || tokens.at(at)!.end !== tokens.at(at + 1)!.start) return at;
  for (let k = at + 2; k < tokens.length && k <= at + 6; k++) {
    if (tokens.kind(k) === 'entity' && tokens.entityType(k) === 'cell') return k;
    if (tokens.kind(k) === 'punct' && !/^[+⁺-]$/.test(tokens.lower(k)!)) return at;
  }
  return at;
}

/** Whether the word at `at` begins a participle that describes the cells after it: "co-cultured macrophages". */
export function describesCells(tokens: Tokens, at: number): boolean {
  // "bone marrow–derived macrophages": up to two words of origin before the joined participle.
  for (let start = at; start < at + 3 && tokens.kind(start) === 'word'; start++) {
    let k = start;
    while (/^[-–]$/.test(tokens.lower(k + 1) ?? '') && tokens.kind(k + 2) === 'word') k += 2;
    if (!/(?:ed|ing)$/.test(tokens.lower(k) ?? '')) continue;
    // "co-cultured THP-1 macrophages", "sorted CD11b+ F4/80+ macrophages": a cell line or markers between.
    let cells = k + 1;
    while (cells < k + 8 && (isCellLineName(tokens, cells) || markerAhead(tokens, cells) || isMarkerSign(tokens, cells) || joinsWord(tokens, cells) || (tokens.lower(cells) === '-' && tokens.kind(cells + 1) === 'word'))) cells++;
    if (tokens.kind(cells) === 'entity' && tokens.entityType(cells) === 'cell') return k > start || start === at;
  }
  return false;
}

/** Whether the word at `at` begins a marker: "CD206+", "MHC-II+". */
export function markerAhead(tokens: Tokens, at: number): boolean {
  let k = at;
  // "MHC-II+", "F4/80+": the parts of a marker's name, joined without spaces.
  while (/^[-/]$/.test(tokens.lower(k + 1) ?? '') && tokens.kind(k + 2) === 'word' && tokens.at(k + 1)!.start === tokens.at(k)!.end) k += 2;
  return isMarkerSign(tokens, k + 1);
}

/** Whether the entity at `state` is a cell entry in a state of the cells at `cells`: "M1-polarised TAMs". */
export function cellInState(tokens: Tokens, state: number, cells: number): boolean {
  return (
    state >= 0 && tokens.kind(state) === 'entity' && tokens.entityType(state) === 'cell' && tokens.lower(state + 1) === '-' &&
    /^(polarized|polarised|like|skewed|type)$/.test(tokens.lower(state + 2) ?? '') && tokens.kind(cells) === 'entity' && tokens.entityType(cells) === 'cell'
  );
}

/** Words that make an entry a genotype of the cells that follow: "SLC7A11-overexpressing cells". */
export const GENOTYPE_WORDS = new Set(['overexpressing', 'expressing', 'deficient', 'null', 'knockout', 'ko', 'kd', 'depleted', 'silenced', 'mutant', 'transfected', 'high', 'low']);

/** Whether cells (or mice, tumours…) are named at `at`, after a few words such as "tumour", "T" or a cell line's name. */
export function namesHolder(tokens: Tokens, at: number): boolean {
  for (let k = at; k < tokens.length && k <= at + 4; k++) {
    if (tokens.kind(k) === 'entity') return tokens.entityType(k) === 'cell';
    // "SLC7A11-overexpressing HT-1080 cells"
    if (tokens.lower(k) === '-' || isCellLineName(tokens, k)) continue;
    if (tokens.kind(k) !== 'word' || PHRASE_OPENERS.has(tokens.lower(k)!)) return false;
    if (CELLS.has(tokens.lower(k)!)) return true;
  }
  return false;
}

/** The index of the cell entry a genotype at `at` describes ("(Gpx4-deficient) Treg cells"), or -1. */
export function hostCells(tokens: Tokens, at: number): number {
  for (let k = at; k < tokens.length && k <= at + 2; k++) {
    if (tokens.kind(k) === 'entity') return tokens.entityType(k) === 'cell' && tokens.kind(k + 1) !== 'entity' ? k : -1;
    if (tokens.lower(k) !== '-') return -1;
  }
  return -1;
}

/**
 * The index of the cells after "of" or "in" at `at` ("ferroptosis of (human) PBMCs", "ferroptotic death in
 * PBMCs"), or -1. The claim on ferroptosis itself stands beside the one on the cells.
 */
export function cellsThatDie(tokens: Tokens, at: number): number {
  if (tokens.lower(at) !== 'of' && tokens.lower(at) !== 'in') return -1;
  let k = at + 1;
  while (k < at + 4 && tokens.kind(k) === 'word' && OBJECT_FILLERS.has(tokens.lower(k)!)) k++;
  return tokens.kind(k) === 'entity' && tokens.entityType(k) === 'cell' && tokens.kind(k + 1) !== 'entity' ? k : -1;
}

/**
 * "In human PBMCs, erastin set off ferroptotic death": the cells an opening "In" names, before the comma that ends
 * it and before `before`, die in what follows. Their index, or -1.
 */
export function cellsOfOpening(tokens: Tokens, before: number): number {
  if (tokens.lower(0) !== 'in') return -1;
  let k = 1;
  while (k < 5 && tokens.kind(k) === 'word' && tokens.lower(k) !== ',') k++;
  return tokens.kind(k) === 'entity' && tokens.entityType(k) === 'cell' && tokens.lower(k + 1) === ',' && k + 1 < before ? k : -1;
}

/** The index of "death" in "RSL3-induced (cell) death" after the entity at `at`, or -1. */
export function inducedDeathEnd(tokens: Tokens, at: number): number {
  if (tokens.lower(at + 1) !== '-' || !/^(induced|triggered|mediated|driven)$/.test(tokens.lower(at + 2) ?? '')) return -1;
  const k = tokens.lower(at + 3) === 'cell' ? at + 4 : at + 3;
  return tokens.kind(k) === 'word' && /^(death|killing|lethality|toxicity|cytotoxicity)$/.test(tokens.lower(k)!) ? k : -1;
}

/** The index of "exposure" in "(the) exposure of (the) <cells> to", or of the cells in "<cells> exposed to", whose "to" is at `to`; or -1. */
export function exposureOfCells(tokens: Tokens, to: number): number {
  // "Tumour cells exposed to IFN-γ downregulated…": the cells, named by what they were exposed to.
  if (tokens.lower(to - 1) === 'exposed' && (tokens.entityType(to - 2) === 'cell' || CELLS.has(tokens.lower(to - 2) ?? ''))) return to - 2;
  let k = to - 1;
  if (tokens.entityType(k) !== 'cell' && !CELLS.has(tokens.lower(k) ?? '')) return -1;
  k--;
  while (k > to - 5 && tokens.kind(k) === 'word' && tokens.lower(k) !== 'of') k--;
  if (tokens.lower(k) !== 'of' || !/^(exposure|treatment|stimulation|incubation)$/.test(tokens.lower(k - 1) ?? '')) return -1;
  return k - 1;
}
