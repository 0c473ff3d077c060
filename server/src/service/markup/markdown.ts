/**
 * Markdown (CommonMark + GFM + pandoc) to prose. A single pass over lines classifies blocks (front matter,
 * fences, HTML blocks and comments, display math, tables, headings, lists, quotes); an inline pass over each
 * paragraph (markdownInline.ts) keeps text and drops markup, code, URLs, citation keys and comments, with an
 * exact source map.
 *
 * We scan ourselves rather than use markdown-it or micromark: markdown-it reports only block line ranges (its
 * inline content has container markers stripped and loses offsets), and micromark keeps positions but takes
 * over a second per megabyte with GFM. `npm run bench` measures both against this scanner.
 */
import { ProseBuilder, type Prose } from './prose';
import { MATH_PLACEHOLDER } from './math';
import { InlineScanner, type Segment } from './markdownInline';

/**
 * The source's lines, by index: where each starts, and where its terminator (or the source) ends it. In two
 * lists rather than an object per line: a manuscript has tens of thousands.
 */
class Lines {
  length = 0;
  #starts: Int32Array;
  #ends: Int32Array;

  constructor(source: string) {
    this.#starts = new Int32Array(Math.max(16, source.length >> 5));
    this.#ends = new Int32Array(this.#starts.length);
    let start = 0;
    for (;;) {
      const newline = source.indexOf('\n', start);
      if (newline < 0) {
        if (start < source.length) this.#push(start, source.length);
        return;
      }
      this.#push(start, newline > start && source.charCodeAt(newline - 1) === 13 ? newline - 1 : newline);
      start = newline + 1;
    }
  }

  start(i: number): number {
    return this.#starts[i]!;
  }

  end(i: number): number {
    return this.#ends[i]!;
  }

  #push(start: number, end: number): void {
    if (this.length === this.#starts.length) {
      const starts = new Int32Array(this.length * 2);
      starts.set(this.#starts);
      this.#starts = starts;
      const ends = new Int32Array(this.length * 2);
      ends.set(this.#ends);
      this.#ends = ends;
    }
    this.#starts[this.length] = start;
    this.#ends[this.length++] = end;
  }
}


// Fences may be indented inside list items, so any indentation is accepted.
const FENCE = /^[ \t]*(`{3,}|~{3,})/;
const ATX_HEADING = /^ {0,3}(#{1,6})(?=[ \t]|$)/;
const THEMATIC_BREAK = /^ {0,3}([-*_])[ \t]*(?:\1[ \t]*){2,}$/;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;
const LIST_MARKER = /^( {0,3})([-*+]|\d{1,9}[.)])([ \t]+|$)(\[[ xX]\][ \t]+)?/;
const TABLE_DELIMITER = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
const LINK_DEFINITION = /^ {0,3}\[(?!\^)[^\]]+\]:[ \t]*\S/;
const FOOTNOTE_DEFINITION = /^ {0,3}\[\^[^\]\s]+\]:[ \t]?/;
const HTML_RAW_BLOCK = /^ {0,3}<(script|pre|style|textarea)(?=[\s>]|$)/i;
const HTML_BLOCK_TAG = /^ {0,3}<\/?[A-Za-z][A-Za-z0-9-]*(?=[\s/>]|$)/;

export function markdownToProse(source: string): Prose {
  const builder = new ProseBuilder(source.length);
  const inline = new InlineScanner(builder, source);
  const lines = new Lines(source);
  let index = skipFrontMatter(source, lines);
  // The front matter's title is the manuscript's first prose, as LaTeX's \title is; the rest of it is metadata.
  const title = frontMatterTitle(source, lines, index);
  if (title) {
    builder.markBlock('title');
    builder.copy(source, title.start, title.end);
    builder.breakBlock(title.end);
  }
  let paragraph: Segment[] = [];
  let inListItem = false;

  const flush = (at: number): void => {
    if (paragraph.length > 0) {
      inline.scan(paragraph);
      paragraph = [];
    }
    builder.breakBlock(at);
  };

  // The next table pipe at or after the current line: looked up again only when passed, so once per pipe.
  let nextPipe = -1;
  while (index < lines.length) {
    const lineStart = lines.start(index);
    const lineEnd = lines.end(index);
    // Most lines are running text that continues a paragraph: a letter first and no table pipe. They are
    // taken before anything is sliced or matched (the same test as below, on the raw line).
    if (paragraph.length > 0 && isPlainLineStart(source.charCodeAt(lineStart))) {
      if (nextPipe >= 0 && nextPipe < lineStart) nextPipe = -1;
      if (nextPipe < 0) nextPipe = source.indexOf('|', lineStart) >>> 0; // none: past every line
      if (nextPipe >= lineEnd) {
        paragraph.push({ start: lineStart, end: lineEnd });
        index++;
        continue;
      }
    }
    const { offset: contentStart, quoted } = stripQuotePrefix(source, lineStart, lineEnd);
    const text = source.slice(contentStart, lineEnd);

    if (isBlank(text)) {
      flush(lineStart);
      index++;
      continue;
    }

    // Most lines are running text: a letter first, no table pipe, nothing a block rule could take.
    const first = text.charCodeAt(0);
    if (paragraph.length > 0 && isPlainLineStart(first) && !text.includes('|')) {
      paragraph.push({ start: contentStart, end: lineEnd });
      index++;
      continue;
    }

    // Each block rule starts with its own character (after up to three spaces of indentation, for most): the
    // rules whose character this line does not start with are not tried.
    const lead = text.charCodeAt(indentOf(text));
    const fence = lead === 96 /* ` */ || lead === 126 /* ~ */ || lead === 32 || lead === 9 ? FENCE.exec(text) : null;
    if (fence) {
      flush(lineStart);
      index = skipFence(source, lines, index, fence[1]!);
      continue;
    }
    if (lead === 36 /* $ */ && /^ {0,3}\$\$/.test(text)) {
      flush(lineStart);
      index = skipDisplayMath(source, lines, index, contentStart, builder);
      continue;
    }
    if (lead === 60 /* < */ && /^ {0,3}<!--/.test(text)) {
      flush(lineStart);
      const opening = index;
      index = skipUntil(source, lines, index, '-->');
      // Text after the comment's end on its last line is still shown, so it is still prose.
      const lastStart = lines.start(index - 1);
      const lastEnd = lines.end(index - 1);
      const close = source.indexOf('-->', index - 1 === opening ? contentStart + 4 : lastStart);
      if (close >= 0 && close + 3 < lastEnd && !isBlank(source.slice(close + 3, lastEnd))) {
        paragraph.push({ start: close + 3, end: lastEnd });
      }
      continue;
    }
    const raw = lead === 60 ? HTML_RAW_BLOCK.exec(text) : null;
    if (raw) {
      flush(lineStart);
      index = skipUntil(source, lines, index, `</${raw[1]!.toLowerCase()}>`, true);
      continue;
    }
    if (paragraph.length === 0 && !inListItem && (lead === 32 || lead === 9 /* \t */) && /^( {4,}|\t)/.test(text)) {
      // Indented code: only where it cannot continue a paragraph or a list item.
      index++;
      continue;
    }
    if (paragraph.length > 0 && (lead === 61 /* = */ || lead === 45 /* - */) && SETEXT_UNDERLINE.test(text)) {
      builder.markBlock('heading');
      flush(lineStart);
      index++;
      continue;
    }
    if ((lead === 45 || lead === 42 /* * */ || lead === 95 /* _ */) && THEMATIC_BREAK.test(text)) {
      flush(lineStart);
      inListItem = false;
      index++;
      continue;
    }
    const heading = lead === 35 /* # */ ? ATX_HEADING.exec(text) : null;
    if (heading) {
      flush(lineStart);
      let from = contentStart + heading[0].length;
      while (from < lineEnd && (source[from] === ' ' || source[from] === '\t')) from++;
      builder.markBlock('heading');
      inline.scan([{ start: from, end: headingTextEnd(source, from, lineEnd) }]);
      builder.breakBlock(lineEnd);
      index++;
      continue;
    }
    if (paragraph.length === 0 && text.includes('|') && index + 1 < lines.length) {
      const nextEnd = lines.end(index + 1);
      const nextStart = stripQuotePrefix(source, lines.start(index + 1), nextEnd).offset;
      if (TABLE_DELIMITER.test(source.slice(nextStart, nextEnd)) && source.slice(nextStart, nextEnd).includes('-')) {
        flush(lineStart);
        index = scanTable(builder, inline, source, lines, index);
        continue;
      }
    }
    if (paragraph.length === 0 && lead === 91 /* [ */ && LINK_DEFINITION.test(text)) {
      index++;
      continue;
    }
    const footnote = lead === 91 ? FOOTNOTE_DEFINITION.exec(text) : null;
    if (footnote) {
      flush(lineStart);
      builder.markBlock('footnote');
      paragraph.push({ start: contentStart + footnote[0].length, end: lineEnd });
      inListItem = true; // Its continuation lines are indented like a list item's.
      index++;
      continue;
    }
    const item = lead === 45 || lead === 42 || lead === 43 /* + */ || (lead >= 48 && lead <= 57) ? LIST_MARKER.exec(text) : null;
    if (item && (paragraph.length === 0 || item[3] !== '' || quoted)) {
      flush(lineStart);
      inListItem = true;
      paragraph.push({ start: contentStart + item[0].length, end: lineEnd });
      index++;
      continue;
    }
    if (paragraph.length === 0 && lead === 60 && HTML_BLOCK_TAG.test(text)) {
      // An HTML block: its tags are dropped by the inline pass, its text kept (e.g. <details><summary>).
      paragraph.push({ start: contentStart, end: lineEnd });
      index++;
      continue;
    }
    if (paragraph.length === 0 && first !== 32 && first !== 9) inListItem = false;
    paragraph.push({ start: contentStart + leadingWhitespace(text), end: lineEnd });
    index++;
  }
  flush(source.length);
  return builder.finish();
}

/** A letter (of any script) that no block construct starts with; digits may start an ordered list. */
function isPlainLineStart(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0xc0 && code !== 0xfeff && !(code >= 0x2000 && code <= 0x206f) && code !== 0x3000);
}

/** The value of `title:` in the front matter that ends before line `end` (quotes left out), if it has one on its line. */
function frontMatterTitle(source: string, lines: Lines, end: number): { start: number; end: number } | undefined {
  for (let i = 1; i < end - 1; i++) {
    const line = source.slice(lines.start(i), lines.end(i));
    const match = /^title:[ \t]*(["']?)(.*?)\1[ \t]*$/.exec(line);
    if (!match || match[2] === '' || match[2]!.startsWith('|') || match[2]!.startsWith('>')) continue;
    const start = lines.start(i) + line.indexOf(match[2]!, 6);
    return { start, end: start + match[2]!.length };
  }
  return undefined;
}

function skipFrontMatter(source: string, lines: Lines): number {
  if (lines.length === 0 || source.slice(lines.start(0), lines.end(0)) !== '---') return 0;
  for (let i = 1; i < lines.length; i++) {
    const text = source.slice(lines.start(i), lines.end(i)).trimEnd();
    if (text === '---' || text === '...') return i + 1;
  }
  return 0; // No closing line: not front matter but a thematic break.
}

function stripQuotePrefix(source: string, lineStart: number, lineEnd: number): { offset: number; quoted: boolean } {
  let offset = lineStart;
  let quoted = false;
  for (;;) {
    let probe = offset;
    while (probe < lineEnd && probe - offset < 3 && source.charCodeAt(probe) === 32) probe++;
    if (source.charCodeAt(probe) !== 62 /* > */ || probe >= lineEnd) return { offset, quoted };
    probe++;
    if (source.charCodeAt(probe) === 32) probe++;
    offset = probe;
    quoted = true;
  }
}

function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code !== 32 && code !== 9) return false;
  }
  return true;
}

/**
 * Where an ATX heading's text that starts at `from` ends: before trailing blanks, and before a closing run of
 * '#' that a blank separates from the text ("## Methods ##").
 */
function headingTextEnd(source: string, from: number, end: number): number {
  const isBlankAt = (i: number): boolean => source.charCodeAt(i) === 32 || source.charCodeAt(i) === 9;
  let to = end;
  while (to > from && isBlankAt(to - 1)) to--;
  let hashes = to;
  while (hashes > from && source.charCodeAt(hashes - 1) === 35) hashes--;
  if (hashes < to && hashes > from && isBlankAt(hashes - 1)) {
    to = hashes;
    while (to > from && isBlankAt(to - 1)) to--;
  }
  return to;
}

/** Where text's first character after up to three spaces is (a block rule's own character, when it has one). */
function indentOf(text: string): number {
  let i = 0;
  while (i < 3 && text.charCodeAt(i) === 32) i++;
  return i;
}

function leadingWhitespace(text: string): number {
  let i = 0;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  return i;
}

function skipFence(source: string, lines: Lines, index: number, opener: string): number {
  const char = opener[0]!;
  for (let i = index + 1; i < lines.length; i++) {
    const { offset } = stripQuotePrefix(source, lines.start(i), lines.end(i));
    const text = source.slice(offset, lines.end(i)).trim();
    if (text.length >= opener.length && text[0] === char && /^(`+|~+)$/.test(text)) return i + 1;
  }
  return lines.length; // An unclosed fence runs to the end of the document, as in CommonMark.
}

function skipDisplayMath(source: string, lines: Lines, index: number, contentStart: number, builder: ProseBuilder): number {
  const firstEnd = lines.end(index);
  const open = source.indexOf('$$', contentStart);
  const closeOnFirst = source.indexOf('$$', open + 2);
  if (closeOnFirst >= 0 && closeOnFirst < firstEnd) {
    builder.emit(MATH_PLACEHOLDER, open, closeOnFirst + 2);
    builder.breakBlock(firstEnd);
    return index + 1;
  }
  for (let i = index + 1; i < lines.length; i++) {
    const lineStart = lines.start(i);
    const lineEnd = lines.end(i);
    const close = source.indexOf('$$', lineStart);
    if (close >= 0 && close < lineEnd) {
      builder.emit(MATH_PLACEHOLDER, open, close + 2);
      builder.breakBlock(lineEnd);
      return i + 1;
    }
    if (isBlank(source.slice(lineStart, lineEnd))) break; // Unclosed: stop at the paragraph's end.
  }
  return index + 1;
}

function skipUntil(source: string, lines: Lines, index: number, terminator: string, ignoreCase = false): number {
  for (let i = index; i < lines.length; i++) {
    const text = source.slice(lines.start(i), lines.end(i));
    if ((ignoreCase ? text.toLowerCase() : text).includes(terminator)) return i + 1;
  }
  return lines.length;
}

function scanTable(builder: ProseBuilder, inline: InlineScanner, source: string, lines: Lines, index: number): number {
  let i = index;
  while (i < lines.length) {
    const lineEnd = lines.end(i);
    const start = stripQuotePrefix(source, lines.start(i), lineEnd).offset;
    const text = source.slice(start, lineEnd);
    if (isBlank(text) || (i > index + 1 && !text.includes('|'))) break;
    if (i !== index + 1) {
      for (const [index, cell] of tableCells(source, start, lineEnd).entries()) {
        if (index > 0) builder.breakCell(cell.start);
        builder.markBlock('table_cell');
        inline.scan([cell]);
      }
      builder.breakBlock(lineEnd);
    }
    i++;
  }
  return i;
}

/** Splits a table row at unescaped pipes outside code spans, trimming each cell. */
function tableCells(source: string, start: number, end: number): Segment[] {
  const cells: Segment[] = [];
  let cellStart = start;
  let inCode = false;
  for (let i = start; i <= end; i++) {
    const c = i < end ? source.charCodeAt(i) : 124; /* | */
    if (c === 92 /* \\ */) {
      i++;
      continue;
    }
    if (c === 96 /* ` */) inCode = !inCode;
    if (c === 124 && (!inCode || i === end)) {
      let a = cellStart;
      let b = i;
      while (a < b && (source.charCodeAt(a) === 32 || source.charCodeAt(a) === 9)) a++;
      while (b > a && (source.charCodeAt(b - 1) === 32 || source.charCodeAt(b - 1) === 9)) b--;
      if (b > a) cells.push({ start: a, end: b });
      cellStart = i + 1;
    }
  }
  return cells;
}
