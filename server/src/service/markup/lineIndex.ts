/**
 * Line starts of a text, built once: offsets to 0-based lines, and to 1-based line and column. A line ends at
 * "\n", "\r\n" or a lone "\r", as in the editor (old Mac files end lines with "\r" alone).
 */
export class LineIndex {
  readonly #starts: number[];

  /** `starts`, when already known (see `replaced`), saves reading the text for them. */
  constructor(text: string, starts: number[] = lineStarts(text)) {
    this.#starts = starts;
  }

  /**
   * The index of `text`, which is this index's text with [start, oldEnd) replaced by text[start, newEnd):
   * only the replaced span is read again.
   */
  replaced(text: string, start: number, oldEnd: number, newEnd: number): LineIndex {
    // A carriage return before or in the new text may join or part a "\r\n": read the whole text again (rare).
    let carriageReturn = text.charCodeAt(start - 1) === 13;
    for (let i = start; i < newEnd && !carriageReturn; i++) carriageReturn = text.charCodeAt(i) === 13;
    if (carriageReturn) return new LineIndex(text);
    const starts = this.#starts;
    const result: number[] = [];
    let k = 0;
    for (; k < starts.length && starts[k]! <= start; k++) result.push(starts[k]!);
    for (let i = text.indexOf('\n', start); i >= 0 && i < newEnd; i = text.indexOf('\n', i + 1)) result.push(i + 1);
    while (k < starts.length && starts[k]! <= oldEnd) k++;
    const delta = newEnd - oldEnd;
    for (; k < starts.length; k++) result.push(starts[k]! + delta);
    return new LineIndex(text, result);
  }

  /** 0-based line of an offset. */
  lineOf(offset: number): number {
    const starts = this.#starts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  lineStart(line: number): number {
    return this.#starts[Math.max(0, Math.min(line, this.#starts.length - 1))]!;
  }

  /** 1-based line and UTF-16 column, as the CLI prints them. */
  lineColumn(offset: number): { line: number; column: number } {
    const line = this.lineOf(offset);
    return { line: line + 1, column: offset - this.#starts[line]! + 1 };
  }
}

function lineStarts(text: string): number[] {
  const starts = [0];
  if (!text.includes('\r')) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return starts;
  }
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}
