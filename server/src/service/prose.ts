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
  // UTF-16 code units in a typed array, decoded once at the end: no small strings for the collector.
  #chars: Uint16Array;
  #start: Int32Array;
  #end: Int32Array;
  #length = 0;
  /** Whether any surrogate code unit was written: only then must decoding keep lone ones exactly. */
  #surrogates = false;
  readonly #sourceLength: number;

  constructor(sourceLength: number) {
    this.#sourceLength = sourceLength;
    const capacity = Math.max(16, sourceLength + 16);
    this.#chars = new Uint16Array(capacity);
    this.#start = new Int32Array(capacity);
    this.#end = new Int32Array(capacity);
  }

  get length(): number {
    return this.#length;
  }

  /** The last prose character written, or '' at the start. */
  lastChar(): string {
    return this.#length === 0 ? '' : String.fromCharCode(this.#chars[this.#length - 1]!);
  }

  /** Copies source[from, to) verbatim: each prose character maps to the same source character. */
  copy(source: string, from: number, to: number): void {
    if (to <= from) return;
    this.#reserve(to - from);
    const chars = this.#chars;
    const starts = this.#start;
    const ends = this.#end;
    let n = this.#length;
    let surrogates = 0;
    for (let i = from; i < to; i++) {
      const code = source.charCodeAt(i);
      chars[n] = code;
      surrogates |= (code & 0xf800) === 0xd800 ? 1 : 0;
      starts[n] = i;
      ends[n] = i + 1;
      n++;
    }
    this.#length = n;
    if (surrogates) this.#surrogates = true;
  }

  /**
   * Writes text that stands for the source span [from, to) without being a copy of it: a Greek letter for
   * `\gamma`, a space for a line break, a placeholder for a formula. Every character maps to the whole span.
   */
  emit(text: string, from: number, to: number): void {
    if (text.length === 0) return;
    this.#reserve(text.length);
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if ((code & 0xf800) === 0xd800) this.#surrogates = true;
      this.#chars[this.#length] = code;
      this.#start[this.#length] = from;
      this.#end[this.#length] = to;
      this.#length++;
    }
  }

  /** Writes a single space for [from, to) unless the prose already ends in whitespace or is empty. */
  space(from: number, to: number): void {
    if (this.#length === 0) return;
    const last = this.#chars[this.#length - 1];
    if (last === 32 || last === 10) return;
    this.emit(' ', from, to);
  }

  /** Ends a block: paragraphs are separated by a blank line so that sentences never run across blocks. */
  breakBlock(at: number): void {
    // Trailing spaces before a block break carry no meaning: drop them, so blocks end on their last word.
    while (this.#length > 0 && (this.#chars[this.#length - 1] === 32 || this.#chars[this.#length - 1] === 9)) this.#length--;
    if (this.#length === 0) return;
    const last = this.#chars[this.#length - 1];
    if (last === 10 && this.#length > 1 && this.#chars[this.#length - 2] === 10) return;
    this.emit(last === 10 ? '\n' : '\n\n', at, at);
  }

  finish(): Prose {
    return {
      text: this.#surrogates ? decodeUtf16(this.#chars.subarray(0, this.#length)) : utf16.decode(this.#chars.subarray(0, this.#length)),
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
    const grow = <T extends Uint16Array | Int32Array>(array: T, make: (n: number) => T): T => {
      const next = make(capacity);
      next.set(array.subarray(0, this.#length) as never);
      return next;
    };
    this.#chars = grow(this.#chars, (n) => new Uint16Array(n));
    this.#start = grow(this.#start, (n) => new Int32Array(n));
    this.#end = grow(this.#end, (n) => new Int32Array(n));
  }
}

/** Native and fast; exact for text without surrogates (it would replace lone ones with U+FFFD). */
const utf16 = new TextDecoder('utf-16le');

/** Code units to a string, exactly, lone surrogates included. */
function decodeUtf16(units: Uint16Array): string {
  const parts: string[] = [];
  for (let i = 0; i < units.length; i += 8192) {
    parts.push(String.fromCharCode.apply(null, units.subarray(i, i + 8192) as unknown as number[]));
  }
  return parts.join('');
}

/** Maps the prose range [start, end) back to the source range it came from. */
export function toSourceRange(prose: Prose, start: number, end: number): { start: number; end: number } {
  if (end <= start) {
    const at = start < prose.text.length ? prose.sourceStart[start]! : prose.sourceLength;
    return { start: at, end: at };
  }
  return { start: prose.sourceStart[start]!, end: prose.sourceEnd[end - 1]! };
}

/** The first index whose value is >= target, in a non-decreasing array (such as `Prose.sourceStart`). */
export function lowerBound(values: ArrayLike<number>, target: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
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
