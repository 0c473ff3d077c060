/**
 * Prose: the text a reader sees, extracted from Markdown or LaTeX markup, with an exact map from every prose
 * character back to the source span it came from. Every analysis works on prose and maps its ranges back
 * through `toSourceRange`, so that no feature needs to know which markup it runs on.
 *
 * The map is kept as runs rather than per character: most prose is source copied verbatim, and a run of it
 * is three numbers however long it is. A scanner then copies a sentence in one step, a 1 MB manuscript holds
 * tens of thousands of runs instead of two million offsets, and an edit splices runs, not characters.
 */

/** One extracted document. */
export interface Prose {
  readonly text: string;
  /**
   * The source map, run k covering prose [runAt[k], runAt[k + 1]) (the last run: to the end of the text).
   * A copy run (`runTo[k] === COPY`) maps prose character runAt[k] + j to source character runFrom[k] + j;
   * any other run stands for the source span [runFrom[k], runTo[k]) as a whole, every character of it (a
   * Greek letter for `\gamma`, a placeholder for a formula, a block break). Source offsets never decrease.
   */
  readonly runAt: Int32Array;
  readonly runFrom: Int32Array;
  readonly runTo: Int32Array;
  /** Length of the source text the prose was extracted from. */
  readonly sourceLength: number;
  /**
   * Where blocks other than paragraphs start (a title, a heading, a table cell, a caption, a footnote), for the
   * exports' passage types. A prose made in one pass has them; one an edit patched has none (undefined).
   */
  readonly blockKinds?: readonly BlockStart[];
}

/** One shared list for the many proses with only paragraphs. */
const NO_BLOCK_KINDS: readonly BlockStart[] = [];

/** The kinds of block the exports name, as BioC passage types do. */
export type BlockKind = 'title' | 'heading' | 'table_cell' | 'fig_caption' | 'footnote';

export interface BlockStart {
  /** Prose offset where the block's text starts. */
  readonly start: number;
  readonly kind: BlockKind;
}

/** What stands between two cells of a table row in the prose (see `ProseBuilder.breakCell`). */
export const CELL_SEPARATOR = ' | ';

/** `runTo` of a run copied verbatim from the source. */
export const COPY = -1;

/** Accumulates prose while a scanner walks the source; `finish()` freezes it into a `Prose`. */
export class ProseBuilder {
  /** The text so far is `#parts` joined, then source[#pendingFrom, #pendingTo): copies are sliced lazily. */
  #parts: string[] = [];
  /** Earlier parts, joined. */
  readonly #chunks: string[] = [];
  #source = '';
  #pendingFrom = 0;
  #pendingTo = 0;
  #length = 0;
  // Runs in typed arrays, off the collected heap: a scanner's runs live until it finishes.
  #runs = 0;
  #runAt = new Int32Array(256);
  #runFrom = new Int32Array(256);
  #runTo = new Int32Array(256);
  readonly #sourceLength: number;
  #blockKinds: BlockStart[] | undefined;

  constructor(sourceLength: number) {
    this.#sourceLength = sourceLength;
  }

  get length(): number {
    return this.#length;
  }

  /** Copies source[from, to) verbatim: each prose character maps to the same source character. */
  copy(source: string, from: number, to: number): void {
    if (to <= from) return;
    this.#copyRun(from);
    if (this.#pendingTo === from && this.#pendingTo > this.#pendingFrom && this.#source === source) {
      this.#pendingTo = to;
    } else {
      this.#slicePending();
      this.#source = source;
      this.#pendingFrom = from;
      this.#pendingTo = to;
    }
    this.#length += to - from;
  }

  /**
   * Writes text that stands for the source span [from, to) without being a copy of it: a Greek letter for
   * `\gamma`, a space for a line break, a placeholder for a formula. Every character maps to the whole span.
   */
  emit(text: string, from: number, to: number): void {
    if (text.length === 0) return;
    if (text.length === 1 && to === from + 1) {
      // One character for one (a space for a line break): mapped as a copy is, so the run goes on.
      this.#copyRun(from);
    } else {
      const last = this.#runs - 1;
      if (last < 0 || this.#runTo[last] !== to || this.#runFrom[last] !== from) this.#pushRun(from, to);
    }
    this.#slicePending();
    this.#pushPart(text);
    this.#length += text.length;
  }

  /** Writes a single space for [from, to) unless the prose already ends in whitespace or is empty. */
  space(from: number, to: number): void {
    if (this.#length === 0) return;
    const last = this.#codeBeforeEnd(0);
    if (last === 32 || last === 10) return;
    this.emit(' ', from, to);
  }

  /** Ends a block: paragraphs are separated by a blank line so that sentences never run across blocks. */
  breakBlock(at: number): void {
    // Trailing spaces before a block break carry no meaning: drop them, so blocks end on their last word.
    for (;;) {
      const last = this.#codeBeforeEnd(0);
      if (last !== 32 && last !== 9) break;
      this.#dropLast();
    }
    if (this.#length === 0) return;
    const last = this.#codeBeforeEnd(0);
    if (last === 10 && this.#codeBeforeEnd(1) === 10) return;
    this.emit(last === 10 ? '\n' : '\n\n', at, at);
  }

  /**
   * Ends a table cell within its row: the row stays one run of prose, its cells parted by " | ", so that the claim
   * reader sees a row as the statement it is ("Cisplatin | GSH | lowers PD-L1"). The exports part it again
   * where the cells' blocks start.
   */
  breakCell(at: number): void {
    for (;;) {
      const last = this.#codeBeforeEnd(0);
      if (last !== 32 && last !== 9) break;
      this.#dropLast();
    }
    if (this.#length === 0 || this.#codeBeforeEnd(0) === 10) return;
    this.emit(CELL_SEPARATOR, at, at);
  }

  /** The block whose text comes next is of this kind (not a paragraph): see `Prose.blockKinds`. */
  markBlock(kind: BlockKind): void {
    (this.#blockKinds ??= []).push({ start: this.#length, kind });
  }

  finish(): Prose {
    this.#slicePending();
    // One join of all chunks: a flat string (text + text would be a rope, flattened again on first read).
    this.#chunks.push(this.#parts.join(''));
    this.#parts = [];
    return {
      text: this.#chunks.length === 1 ? this.#chunks[0]! : this.#chunks.join(''),
      runAt: this.#runAt.slice(0, this.#runs),
      runFrom: this.#runFrom.slice(0, this.#runs),
      runTo: this.#runTo.slice(0, this.#runs),
      sourceLength: this.#sourceLength,
      blockKinds: this.#blockKinds ?? NO_BLOCK_KINDS,
    };
  }

  /** Continues the last run if it is a copy run that reaches `from`, else starts one at `from`. */
  #copyRun(from: number): void {
    const last = this.#runs - 1;
    if (last >= 0 && this.#runTo[last] === COPY && this.#runFrom[last]! + (this.#length - this.#runAt[last]!) === from) return;
    this.#pushRun(from, COPY);
  }

  #pushRun(from: number, to: number): void {
    if (this.#runs === this.#runAt.length) {
      const grow = (array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> => {
        const grown = new Int32Array(array.length * 2);
        grown.set(array);
        return grown;
      };
      this.#runAt = grow(this.#runAt);
      this.#runFrom = grow(this.#runFrom);
      this.#runTo = grow(this.#runTo);
    }
    this.#runAt[this.#runs] = this.#length;
    this.#runFrom[this.#runs] = from;
    this.#runTo[this.#runs++] = to;
  }

  #slicePending(): void {
    if (this.#pendingTo > this.#pendingFrom) this.#pushPart(this.#source.slice(this.#pendingFrom, this.#pendingTo));
    this.#pendingFrom = this.#pendingTo = 0;
  }

  /**
   * Parts are joined a thousand at a time: then few of them outlive a young-generation collection, which
   * copies every object still alive (a 1 MB manuscript makes a hundred thousand parts).
   */
  #pushPart(part: string): void {
    if (this.#parts.length === 1024) {
      this.#chunks.push(this.#parts.join(''));
      this.#parts = [];
    }
    this.#parts.push(part);
  }

  /** The code unit `back` places before the end of the text so far, or -1. */
  #codeBeforeEnd(back: number): number {
    const pending = this.#pendingTo - this.#pendingFrom;
    if (back < pending) return this.#source.charCodeAt(this.#pendingTo - 1 - back);
    back -= pending;
    for (let p = this.#parts.length - 1; p >= 0; p--) {
      const part = this.#parts[p]!;
      if (back < part.length) return part.charCodeAt(part.length - 1 - back);
      back -= part.length;
    }
    for (let c = this.#chunks.length - 1; c >= 0; c--) {
      const chunk = this.#chunks[c]!;
      if (back < chunk.length) return chunk.charCodeAt(chunk.length - 1 - back);
      back -= chunk.length;
    }
    return -1;
  }

  #dropLast(): void {
    if (this.#pendingTo > this.#pendingFrom) {
      this.#pendingTo--;
    } else {
      if (this.#parts.length === 0) this.#parts.push(this.#chunks.pop()!);
      const part = this.#parts.pop()!;
      if (part.length > 1) this.#parts.push(part.slice(0, -1));
    }
    this.#length--;
    if (this.#runs > 0 && this.#runAt[this.#runs - 1] === this.#length) this.#runs--;
  }
}

/** The run that holds prose character `index` (the last run for the end of the text). */
function runOf(prose: Prose, index: number): number {
  const at = prose.runAt;
  let lo = 0;
  let hi = at.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (at[mid]! <= index) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Where the source of prose character `index` starts. */
export function sourceStartOf(prose: Prose, index: number): number {
  const k = runOf(prose, index);
  return prose.runTo[k] === COPY ? prose.runFrom[k]! + (index - prose.runAt[k]!) : prose.runFrom[k]!;
}

/** Where the source of prose character `index` ends. */
export function sourceEndOf(prose: Prose, index: number): number {
  const k = runOf(prose, index);
  return prose.runTo[k] === COPY ? prose.runFrom[k]! + (index - prose.runAt[k]!) + 1 : prose.runTo[k]!;
}

/**
 * Source offsets of prose characters asked for in increasing order, as a pass over mentions asks: the run is
 * found by stepping forward, not by a search each time.
 */
export class SourceCursor {
  readonly #prose: Prose;
  #run = 0;

  constructor(prose: Prose) {
    this.#prose = prose;
  }

  #seek(index: number): number {
    const at = this.#prose.runAt;
    if (at[this.#run]! > index) this.#run = runOf(this.#prose, index);
    while (this.#run + 1 < at.length && at[this.#run + 1]! <= index) this.#run++;
    return this.#run;
  }

  startOf(index: number): number {
    const k = this.#seek(index);
    const prose = this.#prose;
    return prose.runTo[k] === COPY ? prose.runFrom[k]! + (index - prose.runAt[k]!) : prose.runFrom[k]!;
  }

  endOf(index: number): number {
    const k = this.#seek(index);
    const prose = this.#prose;
    return prose.runTo[k] === COPY ? prose.runFrom[k]! + (index - prose.runAt[k]!) + 1 : prose.runTo[k]!;
  }
}

/** Maps the prose range [start, end) back to the source range it came from. */
export function toSourceRange(prose: Prose, start: number, end: number): { start: number; end: number } {
  if (end <= start) {
    const at = start < prose.text.length ? sourceStartOf(prose, start) : prose.sourceLength;
    return { start: at, end: at };
  }
  return { start: sourceStartOf(prose, start), end: sourceEndOf(prose, end - 1) };
}

/** The first prose character whose source starts at or after `offset`; the text's length if none does. */
export function firstProseIndexFrom(prose: Prose, offset: number): number {
  const { runAt, runFrom, runTo } = prose;
  const runs = runAt.length;
  // The last source start of run k: its first for a span run, its first plus its length less one for a copy.
  const lastStart = (k: number): number => {
    if (runTo[k] !== COPY) return runFrom[k]!;
    const end = k + 1 < runs ? runAt[k + 1]! : prose.text.length;
    return runFrom[k]! + (end - runAt[k]!) - 1;
  };
  let lo = 0;
  let hi = runs;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lastStart(mid) < offset) lo = mid + 1;
    else hi = mid;
  }
  if (lo === runs) return prose.text.length;
  return runTo[lo] === COPY ? runAt[lo]! + Math.max(0, offset - runFrom[lo]!) : runAt[lo]!;
}

/** Every prose character's source span, spelled out: for tests and for reading short ranges. */
export function expandSourceMap(prose: Prose): { sourceStart: Int32Array; sourceEnd: Int32Array } {
  const n = prose.text.length;
  const sourceStart = new Int32Array(n);
  const sourceEnd = new Int32Array(n);
  const { runAt, runFrom, runTo } = prose;
  for (let k = 0; k < runAt.length; k++) {
    const end = k + 1 < runAt.length ? runAt[k + 1]! : n;
    for (let i = runAt[k]!; i < end; i++) {
      const copy = runTo[k] === COPY;
      sourceStart[i] = copy ? runFrom[k]! + (i - runAt[k]!) : runFrom[k]!;
      sourceEnd[i] = copy ? sourceStart[i]! + 1 : runTo[k]!;
    }
  }
  return { sourceStart, sourceEnd };
}

/** The prose [0, length), its map cut there: a prefix of the text. */
export function truncateProse(prose: Prose, length: number): Prose {
  let runs = prose.runAt.length;
  while (runs > 0 && prose.runAt[runs - 1]! >= length) runs--;
  return {
    text: prose.text.slice(0, length),
    runAt: prose.runAt.subarray(0, runs),
    runFrom: prose.runFrom.subarray(0, runs),
    runTo: prose.runTo.subarray(0, runs),
    sourceLength: prose.sourceLength,
  };
}

/**
 * `before` with its prose [proseStart, oldProseEnd) replaced by `block`, a block read alone whose source sits
 * at `sourceOffset` in the new text; the source after it moved by `delta`, to a total of `sourceLength`.
 */
export function spliceProse(before: Prose, proseStart: number, oldProseEnd: number, block: Prose, sourceOffset: number, delta: number, sourceLength: number): Prose {
  const proseDelta = block.text.length - (oldProseEnd - proseStart);
  const head = proseStart === 0 ? 0 : runOf(before, proseStart - 1) + 1;
  const tailRun = oldProseEnd < before.text.length ? runOf(before, oldProseEnd) : before.runAt.length;
  const tail = before.runAt.length - tailRun;
  const runs = head + block.runAt.length + tail;
  const runAt = new Int32Array(runs);
  const runFrom = new Int32Array(runs);
  const runTo = new Int32Array(runs);
  runAt.set(before.runAt.subarray(0, head));
  runFrom.set(before.runFrom.subarray(0, head));
  runTo.set(before.runTo.subarray(0, head));
  let k = head;
  for (let b = 0; b < block.runAt.length; b++, k++) {
    runAt[k] = block.runAt[b]! + proseStart;
    runFrom[k] = block.runFrom[b]! + sourceOffset;
    runTo[k] = block.runTo[b] === COPY ? COPY : block.runTo[b]! + sourceOffset;
  }
  for (let r = tailRun; r < before.runAt.length; r++, k++) {
    // The first run after the block may begin inside it: it now begins where the block ends.
    const at = Math.max(before.runAt[r]!, oldProseEnd);
    const copy = before.runTo[r] === COPY;
    runAt[k] = at + proseDelta;
    runFrom[k] = (copy ? before.runFrom[r]! + (at - before.runAt[r]!) : before.runFrom[r]!) + delta;
    runTo[k] = copy ? COPY : before.runTo[r]! + delta;
  }
  return {
    text: before.text.slice(0, proseStart) + block.text + before.text.slice(oldProseEnd),
    runAt,
    runFrom,
    runTo,
    sourceLength,
  };
}
