/**
 * The term matcher: a trie over folded spellings, walked from each word start. The walk's cost per character
 * is bounded by the longest spelling, not by how many spellings there are (the benchmark shows it with a
 * 100,000-term lexicon). Spelling variants that are not one-to-one in characters are handled here:
 * - in the trie: Greek letters and their names (IFN-γ, IFN-gamma), "(+)" for "+", plurals of cell types and
 *   their hyphened forms (NK-cell);
 * - in the walk: a hyphen the text leaves out or writes as a space (PD1, IFNγ, IFN gamma), and the stray
 *   space that PDF copy-paste leaves after a hyphen or before a Greek letter (IFN- γ, IL-1 β).
 */
import { CaseRule, type Alias, type Entry, type EntityType } from '../lexicon/lexicon';
import { fold, foldCode, isGreekCode, isWordCode, GREEK_LETTER_NAMES, LOW_WORD_CODES } from './normalize';

function isWordAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return code < 0x600 ? LOW_WORD_CODES[code] === 1 : isWordCode(code);
}

export interface TermPayload {
  readonly entryId: string;
  readonly type: EntityType;
  readonly alias: Alias;
  /** The spelling as the trie holds it, unfolded, to check letter case against. */
  readonly spelling: string;
}

/**
 * All matches of a text, left to right and not overlapping, as parallel lists: match k is [starts[k], ends[k])
 * with the spellings `payloads[k]`. No object per match: a manuscript has tens of thousands.
 */
export interface TermMatches {
  readonly count: number;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly payloads: readonly (readonly TermPayload[])[];
}

const HYPHEN = 45;
/** Nodes with a row of ASCII children: 4 MB at most (the lexicon's trie has about 5,500 nodes). */
const MAX_ASCII_ROWS = 8192;
const SPACE = 32;
const TERMINAL = 1;
const HAS_HYPHEN_CHILD = 2;

export class TermMatcher {
  /** While terms are added: child links of all nodes in one map, key = node * 2^16 + folded code unit. */
  #building: Map<number, number> | undefined = new Map();
  /** After the first search: each node's edges sorted by code, in flat arrays (compact and fast to scan). */
  #edgeStart = new Int32Array(0);
  #edgeCode = new Uint16Array(0);
  #edgeTarget = new Int32Array(0);
  /**
   * Each node's children along ASCII codes, node * 128 + code, for the first `MAX_ASCII_ROWS` nodes: one load
   * where the search costs a mispredicted branch or two per character (findAll 0.91-0.94x).
   */
  #asciiRows = 0;
  #asciiChild = new Int32Array(0);
  /** Direct tables for the hot questions: the root's child per code, each node's hyphen child. */
  #rootChild = new Int32Array(0);
  #hyphenChild = new Int32Array(0);
  /** Per node, what the walk asks of each node it passes, in one read: TERMINAL, HAS_HYPHEN_CHILD. */
  #nodeFlags = new Uint8Array(0);
  /** The terminals' spellings by node, an array read in the walk where `#terminals` is a map. */
  #byNode: (TermPayload[] | undefined)[] = [];
  /**
   * Which pairs of (folded, ASCII) first characters begin some spelling: most words of a text start with a
   * pair that begins none, and are passed over without a walk. Index: first * 128 + second.
   */
  #startPairs = new Uint8Array(128 * 128);
  /** Terminals whose spellings all match in any case: no need to look at the text's letter case. */
  #anyCase = new Uint8Array(0);
  /** Whether some spelling is a single character (then a pair cannot rule a start out). */
  #singleCharacter = false;
  readonly #terminals = new Map<number, TermPayload[]>();
  #nodeCount = 1;
  #termCount = 0;
  /** Scratch lists of candidate match ends and nodes, reused across searches. */
  #foundEnd = new Int32Array(64);
  #foundNode = new Int32Array(64);
  #foundCount = 0;
  /** The last words of spellings of several words, folded: where a short form in parentheses may sit inside one. */
  readonly #lastWords = new Set<string>();

  get termCount(): number {
    return this.#termCount;
  }

  static fromEntries(entries: Iterable<Entry>): TermMatcher {
    const matcher = new TermMatcher();
    for (const entry of entries) {
      for (const alias of entry.aliases) {
        for (const spelling of spellingVariants(alias.text, entry.type)) {
          matcher.add(spelling, { entryId: entry.id, type: entry.type, alias, spelling });
        }
      }
    }
    matcher.#freeze();
    return matcher;
  }

  add(spelling: string, payload: TermPayload): void {
    if (!this.#building) throw new Error('TermMatcher: terms cannot be added after the first search');
    const folded = fold(spelling);
    let node = 0;
    for (let i = 0; i < folded.length; i++) {
      const key = node * 65536 + folded.charCodeAt(i);
      let child = this.#building.get(key);
      if (child === undefined) {
        child = this.#nodeCount++;
        this.#building.set(key, child);
      }
      node = child;
    }
    let list = this.#terminals.get(node);
    if (!list) this.#terminals.set(node, (list = []));
    // One payload per entry and spelling; an alias listed without restriction wins over a variant of one that
    // needs a definition ("DCs" listed as itself, beside the plural of "DC").
    const same = list.findIndex((p) => p.entryId === payload.entryId && p.spelling === payload.spelling);
    if (same < 0) list.push(payload);
    else if (list[same]!.alias.requiresDefinition && !payload.alias.requiresDefinition) list[same] = payload;
    this.#termCount++;
    const space = folded.lastIndexOf(' ');
    if (space > 0) this.#lastWords.add(folded.slice(space + 1));
  }

  /** Whether some spelling of several words ends with `word` (folded): "cells" of "natural killer cells". */
  endsSomeTerm(word: string): boolean {
    return this.#lastWords.has(word);
  }

  #freeze(): void {
    const building = this.#building;
    if (!building) return;
    this.#building = undefined;
    const edges = [...building].map(([key, target]) => [Math.floor(key / 65536), key % 65536, target] as const);
    edges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    this.#edgeStart = new Int32Array(this.#nodeCount + 1);
    this.#edgeCode = new Uint16Array(edges.length);
    this.#edgeTarget = new Int32Array(edges.length);
    edges.forEach(([from, code, target], index) => {
      this.#edgeStart[from + 1]++;
      this.#edgeCode[index] = code;
      this.#edgeTarget[index] = target;
    });
    for (let node = 0; node < this.#nodeCount; node++) this.#edgeStart[node + 1] += this.#edgeStart[node]!;
    this.#asciiRows = Math.min(this.#nodeCount, MAX_ASCII_ROWS);
    this.#asciiChild = new Int32Array(this.#asciiRows * 128).fill(-1);
    for (const [from, code, target] of edges) if (code < 128 && from < this.#asciiRows) this.#asciiChild[from * 128 + code] = target;
    this.#rootChild = new Int32Array(65536).fill(-1);
    this.#hyphenChild = new Int32Array(this.#nodeCount).fill(-1);
    for (const [from, code, target] of edges) {
      if (from === 0) this.#rootChild[code] = target;
      if (code === HYPHEN) this.#hyphenChild[from] = target;
    }
    this.#byNode = new Array(this.#nodeCount).fill(undefined);
    for (const [node, list] of this.#terminals) this.#byNode[node] = list;
    // The root is never passed (a walk starts at the first character's child): it has no flags.
    this.#nodeFlags = new Uint8Array(this.#nodeCount);
    for (const node of this.#terminals.keys()) if (node !== 0) this.#nodeFlags[node] = TERMINAL;
    for (let node = 1; node < this.#nodeCount; node++) if (this.#hyphenChild[node]! >= 0) this.#nodeFlags[node] |= HAS_HYPHEN_CHILD;
    this.#anyCase = new Uint8Array(this.#nodeCount);
    for (const [node, payloads] of this.#terminals) {
      if (payloads.every((p) => p.alias.case === CaseRule.Any)) this.#anyCase[node] = 1;
    }
    for (const [from, code, target] of edges) {
      if (from !== 0) continue;
      if ((this.#nodeFlags[target]! & TERMINAL) !== 0) this.#singleCharacter = true;
      if (code >= 128) continue;
      for (let e = this.#edgeStart[target]!; e < this.#edgeStart[target + 1]!; e++) {
        const second = this.#edgeCode[e]!;
        if (second < 128) this.#startPairs[code * 128 + second] = 1;
      }
      // The walk may pass over a hyphen or a space after the first character (PD1 for PD-1, IFN γ).
      const hyphen = this.#hyphenChild[target]!;
      if (hyphen >= 0) for (let second = 0; second < 128; second++) this.#startPairs[code * 128 + second] = 1;
    }
  }

  /** False when no spelling can start at `i` (judged by its first two characters). */
  #mayStartAt(text: string, i: number, first: number): boolean {
    if (first >= 128 || this.#singleCharacter || i + 1 >= text.length) return true;
    const second = foldCode(text.charCodeAt(i + 1));
    return second >= 128 || this.#startPairs[first * 128 + second] === 1;
  }

  /** The child of `node` along folded `code`, or -1. */
  #child(node: number, code: number): number {
    if (code < 128 && node < this.#asciiRows) return this.#asciiChild[node * 128 + code]!;
    if (node === 0) return this.#rootChild[code]!;
    let lo = this.#edgeStart[node]!;
    let hi = this.#edgeStart[node + 1]! - 1;
    const codes = this.#edgeCode;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const at = codes[mid]!;
      if (at === code) return this.#edgeTarget[mid]!;
      if (at < code) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** All longest matches in `text`, left to right, not overlapping. */
  findAll(text: string): TermMatches {
    this.#freeze();
    let starts = new Int32Array(1024);
    let ends = new Int32Array(1024);
    let count = 0;
    const payloads: (readonly TermPayload[])[] = [];
    const n = text.length;
    const rootChild = this.#rootChild;
    // One pass: a match can start only where the previous character is not part of a word.
    let previousIsWord = false;
    let i = 0;
    while (i < n) {
      const code = text.charCodeAt(i);
      if (!previousIsWord) {
        const first = foldCode(code);
        const child = rootChild[first]!;
        if (child >= 0 && this.#mayStartAt(text, i, first)) {
          const end = this.#longestAt(text, i, child);
          if (end > 0) {
            if (count === starts.length) {
              const grownStarts = new Int32Array(count * 2);
              grownStarts.set(starts);
              starts = grownStarts;
              const grownEnds = new Int32Array(count * 2);
              grownEnds.set(ends);
              ends = grownEnds;
            }
            starts[count] = i;
            ends[count++] = end;
            payloads.push(this.#matched);
            previousIsWord = isWordAt(text, end - 1);
            i = end;
            continue;
          }
        }
      }
      previousIsWord = code < 0x600 ? LOW_WORD_CODES[code] === 1 : isWordCode(code);
      i++;
      // Within a word no match starts: its lower-case letters, most of a text, are passed over in a tight loop.
      if (previousIsWord) {
        for (let c = text.charCodeAt(i); c >= 97 && c <= 122; c = text.charCodeAt(++i));
      }
    }
    return { count, starts, ends, payloads };
  }

  /** The spellings of the last match `#longestAt` found. */
  #matched: readonly TermPayload[] = [];

  /** The end of the longest match at `start`, whose first character leads to `child` (its spellings in `#matched`), or -1. */
  #longestAt(text: string, start: number, child: number): number {
    const ends = this.#foundEnd;
    const nodes = this.#foundNode;
    this.#foundCount = 0;
    // The root allows no detour (a skipped hyphen or space): the walk starts at the first character's child.
    this.#walk(text, start + 1, child, 0);
    // Longest first; the lists are short (one entry per prefix that is a term).
    for (;;) {
      let best = -1;
      for (let k = 0; k < this.#foundCount; k++) if (ends[k]! >= 0 && (best < 0 || ends[k]! > ends[best]!)) best = k;
      if (best < 0) return -1;
      const end = ends[best]!;
      ends[best] = -1;
      if (end < text.length && isWordCode(text.charCodeAt(end))) continue;
      const candidates = this.#byNode[nodes[best]!]!;
      if (this.#anyCase[nodes[best]!] === 1) {
        this.#matched = candidates;
        return end;
      }
      const payloads = casedPayloads(text, start, end, candidates);
      if (payloads.length > 0) {
        this.#matched = payloads;
        return end;
      }
    }
  }

  #walk(text: string, i: number, node: number, skips: number): void {
    const flags = this.#nodeFlags;
    const hyphenChildren = this.#hyphenChild;
    for (;;) {
      const flag = flags[node]!;
      // A match never ends in the space a detour passed over ("system Xc⁻ |" is "system Xc⁻").
      if ((flag & TERMINAL) !== 0 && this.#foundCount < this.#foundEnd.length && text.charCodeAt(i - 1) !== SPACE) {
        this.#foundEnd[this.#foundCount] = i;
        this.#foundNode[this.#foundCount++] = node;
      }
      if (i >= text.length) return;
      const code = foldCode(text.charCodeAt(i));
      const child = this.#child(node, code);
      if (skips >= 3 || (code !== SPACE && (code === HYPHEN || (flag & HAS_HYPHEN_CHILD) === 0))) {
        // No detour can leave this node: straight on, without a call. But a hyphen the text writes where the
        // spelling has a space ("lipid-peroxide accumulation", "iron-overload") goes on as that space.
        if (child < 0 && code === HYPHEN && skips < 3) {
          const space = this.#child(node, SPACE);
          if (space < 0) return;
          node = space;
          skips++;
          i++;
          continue;
        }
        if (child < 0) return;
        node = child;
        i++;
        continue;
      }
      if (child >= 0) this.#walk(text, i + 1, child, skips);
      // The spelling has a hyphen that the text leaves out or writes as a space.
      if (code !== HYPHEN) {
        const hyphen = hyphenChildren[node]!;
        if (hyphen >= 0) {
          if (code === SPACE && child < 0) this.#walk(text, i + 1, hyphen, skips + 1);
          else this.#walk(text, i, hyphen, skips + 1);
        }
      }
      // A stray space after a hyphen or before a Greek letter (PDF copy-paste): "IFN- γ", "IL-1 β".
      if (code === SPACE && child < 0 && i + 1 < text.length) {
        const previous = foldCode(text.charCodeAt(i - 1));
        const next = foldCode(text.charCodeAt(i + 1));
        if (previous === HYPHEN || isGreekCode(next)) this.#walk(text, i + 1, node, skips + 1);
      }
      return;
    }
  }
}

/** The spellings one alias is stored under, before folding. */
export function spellingVariants(text: string, type: EntityType): string[] {
  const variants = new Set<string>([text]);
  // Greek letters by name: IFN-γ → IFN-gamma; TGF-β → TGF-beta.
  for (const spelling of [...variants]) {
    let named = '';
    for (const ch of spelling) named += GREEK_LETTER_NAMES.get(ch.toLowerCase()) ?? ch;
    if (named !== spelling) variants.add(named);
  }
  // "+" written as "(+)" or "⁺": the folding handles ⁺, the trie needs "(+)" (CD8(+) T cells).
  for (const spelling of [...variants]) if (/[+⁺]/.test(spelling)) variants.add(spelling.replace(/[+⁺]/g, '(+)'));
  // "NK-cell cytotoxicity", "tumour-cell ferroptosis": a cell type joined to what follows is hyphened.
  if (type === 'cell') for (const spelling of [...variants]) if (/ cells?$/i.test(spelling)) variants.add(spelling.replace(/ (cells?)$/i, '-$1'));
  if (type === 'cell') for (const spelling of [...variants]) variants.add(pluralize(spelling));
  return [...variants];
}

function pluralize(spelling: string): string {
  if (/s$/i.test(spelling)) return spelling;
  if (/[^aeiou]y$/i.test(spelling)) return `${spelling.slice(0, -1)}ies`;
  if (/[A-Z0-9⁺+]$/.test(spelling) && /[a-z]/.test(spelling) === false) return `${spelling}s`; // TAMs, MDSCs
  return `${spelling}s`;
}

function letters(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) if (isWordCode(text.charCodeAt(i))) out += text[i];
  return out;
}

/** The spellings whose letter case text[start, end) satisfies; the list itself when all do (no copy). */
function casedPayloads(text: string, start: number, end: number, candidates: readonly TermPayload[]): readonly TermPayload[] {
  let all = true;
  for (const payload of candidates) if (!caseMatches(text, start, end, payload)) all = false;
  return all ? candidates : candidates.filter((payload) => caseMatches(text, start, end, payload));
}

function isWrittenAs(text: string, start: number, end: number, spelling: string): boolean {
  if (end - start !== spelling.length) return false;
  for (let i = 0; i < spelling.length; i++) if (text.charCodeAt(start + i) !== spelling.charCodeAt(i)) return false;
  return true;
}

/** Checks letter case: the walk folded case away, so compare letters and digits only. */
function caseMatches(text: string, start: number, end: number, payload: TermPayload): boolean {
  const rule = payload.alias.case;
  if (rule === CaseRule.Any || isWrittenAs(text, start, end, payload.spelling)) return true;
  const actual = letters(text.slice(start, end));
  const expected = letters(payload.spelling);
  if (actual === expected) return true;
  if (rule === CaseRule.Exact) return false;
  // Mouse gene style (Gpx4, Slc7a11) for genes and complexes; other symbols only as written.
  if (payload.type !== 'gene' && payload.type !== 'complex') return false;
  const mouse = expected.charAt(0).toUpperCase() + expected.slice(1).toLowerCase();
  return actual === mouse;
}
