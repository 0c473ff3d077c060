/**
 * Prose: the text a reader sees, extracted from Markdown or LaTeX markup, with an exact map from every prose
 * character back to the source span it came from. Every analysis works on prose and maps its ranges back
 * through `toSourceRange`, so that no feature needs to know which markup it runs on.
 */

/** One extracted document. `sourceStart[i]`/`sourceEnd[i]` is the source span of prose character i. */
export interface Prose {
  readonly text: string;
  /** Source offset (UTF-16) where prose character i starts. Non-decreasing. */
  readonly sourceStart: Int32Array;
  /** Source offset (UTF-16) just past the source of prose character i; >= sourceStart[i]. */
  readonly sourceEnd: Int32Array;
  /** Length of the source text the prose was extracted from. */
  readonly sourceLength: number;
}

/** Accumulates prose while a scanner walks the source; `finish()` freezes it into a `Prose`. */
export class ProseBuilder {
  #text: string[] = [];
  #start: Int32Array;
  #end: Int32Array;
  #length = 0;
  readonly #sourceLength: number;

  constructor(sourceLength: number) {
    this.#sourceLength = sourceLength;
    const capacity = Math.max(16, sourceLength + 16);
    this.#start = new Int32Array(capacity);
    this.#end = new Int32Array(capacity);
  }

  get length(): number {
    return this.#length;
  }

  /** The last prose character written, or '' at the start. */
  lastChar(): string {
    if (this.#length === 0) return '';
    const last = this.#text[this.#text.length - 1]!;
    return last[last.length - 1]!;
  }

  /** Copies source[from, to) verbatim: each prose character maps to the same source character. */
  copy(source: string, from: number, to: number): void {
    if (to <= from) return;
    this.#reserve(to - from);
    this.#text.push(source.slice(from, to));
    for (let i = from; i < to; i++) {
      this.#start[this.#length] = i;
      this.#end[this.#length] = i + 1;
      this.#length++;
    }
  }

  /**
   * Writes text that stands for the source span [from, to) without being a copy of it: a Greek letter for
   * `\gamma`, a space for a line break, a placeholder for a formula. Every character maps to the whole span.
   */
  emit(text: string, from: number, to: number): void {
    if (text.length === 0) return;
    this.#reserve(text.length);
    this.#text.push(text);
    for (let i = 0; i < text.length; i++) {
      this.#start[this.#length] = from;
      this.#end[this.#length] = to;
      this.#length++;
    }
  }

  /** Writes a single space for [from, to) unless the prose already ends in whitespace or is empty. */
  space(from: number, to: number): void {
    const last = this.lastChar();
    if (last === '' || last === ' ' || last === '\n') return;
    this.emit(' ', from, to);
  }

  /** Ends a block: paragraphs are separated by a blank line so that sentences never run across blocks. */
  breakBlock(at: number): void {
    const text = this.#text;
    // Trailing spaces before a block break carry no meaning: drop them, so blocks end on their last word.
    while (this.#length > 0) {
      const last = text[text.length - 1]!;
      const char = last[last.length - 1];
      if (char !== ' ' && char !== '\t') break;
      if (last.length === 1) text.pop();
      else text[text.length - 1] = last.slice(0, -1);
      this.#length--;
    }
    if (this.#length === 0) return;
    const last = text[text.length - 1]!;
    if (last.endsWith('\n\n')) return;
    this.emit(last.endsWith('\n') ? '\n' : '\n\n', at, at);
  }

  finish(): Prose {
    return {
      text: this.#text.join(''),
      sourceStart: this.#start.subarray(0, this.#length),
      sourceEnd: this.#end.subarray(0, this.#length),
      sourceLength: this.#sourceLength,
    };
  }

  #reserve(extra: number): void {
    const needed = this.#length + extra;
    if (needed <= this.#start.length) return;
    let capacity = this.#start.length * 2;
    while (capacity < needed) capacity *= 2;
    const start = new Int32Array(capacity);
    start.set(this.#start.subarray(0, this.#length));
    const end = new Int32Array(capacity);
    end.set(this.#end.subarray(0, this.#length));
    this.#start = start;
    this.#end = end;
  }
}

/** Maps the prose range [start, end) back to the source range it came from. */
export function toSourceRange(prose: Prose, start: number, end: number): { start: number; end: number } {
  if (end <= start) {
    const at = start < prose.text.length ? prose.sourceStart[start]! : prose.sourceLength;
    return { start: at, end: at };
  }
  return { start: prose.sourceStart[start]!, end: prose.sourceEnd[end - 1]! };
}

/** Finds the prose index whose source span contains `offset`, or -1 when that source is not prose. */
export function proseIndexAt(prose: Prose, offset: number): number {
  const starts = prose.sourceStart;
  let lo = 0;
  let hi = starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! <= offset) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  if (found < 0) return -1;
  return offset < prose.sourceEnd[found]! ? found : -1;
}
