/**
 * Searches over a LaTeX source that need no scanning state: where the document body is, a command's arguments,
 * balanced groups, blank lines, and the pairing of every brace in one pass. A comment (an unescaped %) hides
 * what follows it on its line from each of them.
 */

/**
 * The document environment's body: from its \begin{document} (0 without one) to its last \end{document} that no
 * comment hides (the end of the file without one), searched for from the end of the file, where it stands.
 * A file that does not open with \documentclass (looked for in its first 64 KB) is a chapter that a main file
 * inputs, all of it body: it is not read through for commands it will not have.
 */
export function findDocument(source: string): { start: number; end: number } {
  if (source.length > PREAMBLE_PROBE && !source.slice(0, PREAMBLE_PROBE).includes('\\documentclass')) return { start: 0, end: source.length };
  const begin = indexOutsideComments(source, '\\begin{document}');
  const start = Math.max(0, begin);
  const needle = '\\end{document}';
  for (let at = source.lastIndexOf(needle); at >= start; at = source.lastIndexOf(needle, at - 1)) {
    if (!isCommentedOut(source, at)) return { start, end: at };
  }
  return { start, end: source.length };
}
const PREAMBLE_PROBE = 65_536;

/** The first `needle` that no comment hides, or -1. */
function indexOutsideComments(source: string, needle: string): number {
  for (let at = source.indexOf(needle); at >= 0; at = source.indexOf(needle, at + needle.length)) {
    if (!isCommentedOut(source, at)) return at;
  }
  return -1;
}

/** Whether an unescaped % before `at` on its line makes a comment of it (\% is a percent sign). */
function isCommentedOut(source: string, at: number): boolean {
  for (let i = source.lastIndexOf('\n', at - 1) + 1; i < at; i++) {
    const code = source.charCodeAt(i);
    if (code === 92 /* \\ */) i++;
    else if (code === 37 /* % */) return true;
  }
  return false;
}

export function findCommandArguments(source: string, name: string, limit: number): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  const needle = `\\${name}`;
  for (let at = source.indexOf(needle); at >= 0 && at < limit; at = source.indexOf(needle, at + 1)) {
    if (isCommentedOut(source, at)) continue;
    let i = at + needle.length;
    if (/[A-Za-z]/.test(source[i] ?? '')) continue;
    while (source[i] === ' ') i++;
    if (source[i] === '[') i = skipBalanced(source, i, '[', ']', limit);
    if (source[i] !== '{') continue;
    const close = skipBalanced(source, i, '{', '}', limit, -1);
    const end = close < 0 ? limit : close - 1; // unclosed, it keeps its last character
    found.push({ start: i + 1, end });
    at = end; // a \title inside this one is read with it, not again
  }
  return found;
}

/** From an opening delimiter at `open`, the index just past its matching close (or `unclosed` if none). */
export function skipBalanced(source: string, open: number, opener: string, closer: string, limit: number, unclosed = limit): number {
  let depth = 0;
  for (let i = open; i < limit; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '%') {
      const newline = source.indexOf('\n', i);
      i = newline < 0 ? limit : newline;
    } else if (c === opener) depth++;
    else if (c === closer && --depth === 0) return i + 1;
  }
  return unclosed;
}

/**
 * A search of the source from a position, answered from the last one where it covers the position: a scanner
 * asks again from each of many openers (unclosed math, environments), and would otherwise read to the end
 * each time.
 */
export class RememberedSearch {
  readonly #find: (source: string, from: number) => number;
  #from = -1;
  /** The first occurrence at or after `#from` (-1: none to the end). */
  #at = -1;

  constructor(find: (source: string, from: number) => number) {
    this.#find = find;
  }

  /** `source.indexOf(needle, from)`, remembered. */
  static of(needle: string): RememberedSearch {
    return new RememberedSearch((source, from) => source.indexOf(needle, from));
  }

  next(source: string, from: number): number {
    if (this.#from >= 0 && this.#from <= from && (this.#at < 0 || from <= this.#at)) return this.#at;
    this.#from = from;
    return (this.#at = this.#find(source, from));
  }
}

/** Where the next blank line starts (at its first line break), from `from`; -1 if none. */
export function nextBlankLine(source: string, from: number): number {
  const blank = /\n[ \t]*\n/g;
  blank.lastIndex = from;
  const match = blank.exec(source);
  return match ? match.index : -1;
}

export const UNVISITED = -2;

/**
 * For each opener, the index of its closer (-1: none), as `skipBalanced` from it would find: a backslash escapes
 * the next character and a comment runs to its line's end. Where the pass never met a character as an opener
 * (it was escaped), UNVISITED: the caller scans from it instead.
 */
export function pairAll(source: string, opener: number, closer: number): Int32Array {
  const pairs = new Int32Array(source.length).fill(UNVISITED);
  const open: number[] = [];
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 92 /* \\ */) i++;
    else if (c === 37 /* % */) {
      const newline = source.indexOf('\n', i);
      i = newline < 0 ? source.length : newline;
    } else if (c === opener) {
      pairs[i] = -1;
      open.push(i);
    } else if (c === closer) {
      const at = open.pop();
      if (at !== undefined) pairs[at] = i;
    }
  }
  return pairs;
}
