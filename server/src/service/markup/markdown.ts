/**
 * Markdown (CommonMark + GFM + pandoc) to prose. A single pass over lines classifies blocks (front matter,
 * fences, HTML blocks and comments, display math, tables, headings, lists, quotes); an inline pass over each
 * paragraph keeps text and drops markup, code, URLs, citation keys and comments, with an exact source map.
 *
 * We scan ourselves rather than use markdown-it or micromark: markdown-it reports only block line ranges (its
 * inline content has container markers stripped and loses offsets), and micromark keeps positions but takes
 * over a second per megabyte with GFM. `npm run bench` measures both against this scanner.
 */
import { ProseBuilder, type Prose } from '../prose';
import { emitMath, MATH_PLACEHOLDER } from './math';
import { decodeHtmlEntity } from './htmlEntities';

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

/** A paragraph's lines after container prefixes are stripped: source runs joined by line breaks. */
interface Segment {
  readonly start: number;
  readonly end: number;
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
      for (const cell of tableCells(source, start, lineEnd)) {
        builder.markBlock('table_cell');
        inline.scan([cell]);
        builder.breakBlock(cell.end);
      }
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

/**
 * The inline pass, one paragraph at a time. The paragraph's segments are joined into one string with '\n'
 * between them so that constructs may span lines; `#at(i)` maps a joined index back to its source offset. One
 * scanner serves a whole document: a paragraph costs no closures.
 */
class InlineScanner {
  readonly #builder: ProseBuilder;
  readonly #source: string;
  #segments: Segment[] = [];
  /** Joined index where each segment starts, where they are not contiguous in the source. */
  #bases: number[] | undefined;
  #first = 0;
  #segmentIndex = 0;

  constructor(builder: ProseBuilder, source: string) {
    this.#builder = builder;
    this.#source = source;
  }

  #at(i: number): number {
    const bases = this.#bases;
    if (!bases) return this.#first + i;
    const segments = this.#segments;
    while (this.#segmentIndex + 1 < bases.length && bases[this.#segmentIndex + 1]! <= i) this.#segmentIndex++;
    while (this.#segmentIndex > 0 && bases[this.#segmentIndex]! > i) this.#segmentIndex--;
    return segments[this.#segmentIndex]!.start + (i - bases[this.#segmentIndex]!);
  }

  /** Copies joined [from, to), which never spans a line break (callers split at '\n'). */
  #copy(from: number, to: number): void {
    if (to > from) this.#builder.copy(this.#source, this.#at(from), this.#at(from) + (to - from));
  }

  #emitSpan(value: string, from: number, to: number): void {
    this.#builder.emit(value, this.#at(from), this.#at(to - 1) + 1);
  }

  scan(segments: Segment[]): void {
    if (segments.length === 0) return;
    const builder = this.#builder;
    const source = this.#source;
    // Most paragraphs are lines one after another, nothing stripped: joined, they are the source as it
    // stands, and a joined index is the source offset less the first line's.
    let contiguous = true;
    for (let k = 1; k < segments.length && contiguous; k++) {
      if (segments[k]!.start !== segments[k - 1]!.end + 1 || source.charCodeAt(segments[k - 1]!.end) !== 10) contiguous = false;
    }
    this.#segments = segments;
    this.#first = segments[0]!.start;
    this.#segmentIndex = 0;
    this.#bases = undefined;
    if (!contiguous) {
      const bases: number[] = [];
      let joinedLength = 0;
      for (const segment of segments) {
        bases.push(joinedLength);
        joinedLength += segment.end - segment.start + 1;
      }
      this.#bases = bases;
    }
    const text = contiguous
      ? source.slice(this.#first, segments[segments.length - 1]!.end)
      : segments.map((segment) => source.slice(segment.start, segment.end)).join('\n');
    const n = text.length;
    let runStart = 0;

    let i = 0;
    // Link and image text is kept: the closing '](url)' or '][ref]' is skipped when reached.
    let linkCloses: Map<number, number> | undefined; // made at the first link: most paragraphs have none
    let closers: Closers | undefined;
    while (i < n) {
      // Most characters are plain text: the native search skips to the next one that may start markup.
      i = nextInlineSpecial(text, i);
      if (i >= n) break;
      const c = text.charCodeAt(i);
      switch (c) {
        case 10: /* \n */ {
          this.#copy(runStart, i);
          const lineBreak = this.#at(i);
          builder.space(lineBreak, lineBreak + 1);
          i++;
          runStart = i;
          continue;
        }
        case 92: /* \ */ {
          const next = text[i + 1];
          if (next !== undefined && /[!-/:-@[-`{-~]/.test(next)) {
            this.#copy(runStart, i);
            this.#copy(i + 1, i + 2);
            i += 2;
            runStart = i;
            continue;
          }
          break;
        }
        case 96: /* ` */ {
          let run = 1;
          while (text.charCodeAt(i + run) === 96) run++;
          const close = findBacktickRun(text, i + run, run);
          this.#copy(runStart, i);
          if (close < 0) {
            this.#copy(i, i + run);
            i += run;
          } else {
            this.#emitSpan(MATH_PLACEHOLDER, i, close + run);
            i = close + run;
          }
          runStart = i;
          continue;
        }
        case 36: /* $ */ {
          const math = findInlineMath(text, i);
          if (math) {
            this.#copy(runStart, i);
            if (math.display) this.#emitSpan(MATH_PLACEHOLDER, i, math.end);
            else emitMathJoined(builder, source, text, i + 1, math.end - 1, (k) => this.#at(k));
            i = math.end;
            runStart = i;
            continue;
          }
          break;
        }
        case 60: /* < */ {
          const end = matchHtmlOrAutolink(text, i);
          if (end > 0) {
            this.#copy(runStart, i);
            const tag = text.slice(i, end);
            if (/^<br\s*\/?>$/i.test(tag)) builder.space(this.#at(i), this.#at(end - 1) + 1);
            i = end;
            runStart = i;
            continue;
          }
          break;
        }
        case 38: /* & */ {
          const entity = /^&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});/.exec(text.slice(i, i + 40));
          const decoded = entity ? decodeHtmlEntity(entity[1]!) : undefined;
          if (entity && decoded !== undefined) {
            this.#copy(runStart, i);
            this.#emitSpan(decoded, i, i + entity[0].length);
            i += entity[0].length;
            runStart = i;
            continue;
          }
          break;
        }
        case 33: /* ! */
        case 91: /* [ */ {
          const open = c === 33 ? i + 1 : i;
          if (text.charCodeAt(open) !== 91) break;
          const close = (closers ??= new Closers(text)).bracket(open);
          if (close < 0) break;
          const inner = text.slice(open + 1, close);
          const after = text[close + 1];
          if (inner.startsWith('^') && !/\s/.test(inner)) {
            this.#copy(runStart, i); // Footnote reference: a marker, not prose.
            i = close + 1;
            runStart = i;
            continue;
          }
          if (after !== '(' && after !== '[' && /(^|[\s;\-[])-?@[\w]/.test(inner) && !/\]\(/.test(inner)) {
            this.#copy(runStart, i); // Pandoc citation: [@key], [see @key, p. 4; @other].
            i = close + 1;
            runStart = i;
            continue;
          }
          let tailEnd = -1;
          if (after === '(') tailEnd = closers.paren(close + 1);
          else if (after === '[') {
            const refClose = text.indexOf(']', close + 2);
            if (refClose > 0) tailEnd = refClose + 1;
          }
          if (tailEnd > 0) {
            this.#copy(runStart, i);
            (linkCloses ??= new Map()).set(close, tailEnd);
            i = open + 1;
            runStart = i;
            continue;
          }
          break;
        }
        case 93: /* ] */ {
          const tailEnd = linkCloses?.get(i);
          if (tailEnd !== undefined) {
            this.#copy(runStart, i);
            i = tailEnd;
            runStart = i;
            continue;
          }
          break;
        }
        case 42: /* * */
        case 95: /* _ */
        case 126: /* ~ */ {
          let run = 1;
          while (text.charCodeAt(i + run) === c) run++;
          const before = text[i - 1] ?? ' ';
          const after = text[i + run] ?? ' ';
          const intraword = isWordChar(before) && isWordChar(after);
          // Intraword underscores are literal (snake_case); a single tilde before a digit means "about".
          const literal = (c === 95 && intraword) || (c === 126 && run === 1 && !/\S/.test(before) && /\d/.test(after));
          if (!literal) {
            this.#copy(runStart, i);
            i += run;
            runStart = i;
            continue;
          }
          i += run;
          continue;
        }
        case 64: /* @ */ {
          const before = text[i - 1];
          const key = /^@[\w][\w:.#$%&\-+?<>~/]*/.exec(text.slice(i, i + 200));
          if (key && (before === undefined || /[\s(;[-]/.test(before))) {
            this.#copy(runStart, i); // Pandoc in-text citation: @smith2020 says…
            let end = i + key[0].length;
            while (end > i + 1 && /[.:,;?]/.test(text[end - 1]!)) end--;
            i = end;
            runStart = i;
            continue;
          }
          break;
        }
        case 104: /* h */
        case 119: /* w */ {
          if (!isWordChar(text[i - 1] ?? ' ')) {
            const url = /^(?:https?:\/\/|www\.)[^\s<]*/.exec(text.slice(i, i + 2048));
            if (url) {
              let end = i + url[0].length;
              while (end > i && /[.,:;!?'")\]]/.test(text[end - 1]!)) end--;
              this.#copy(runStart, i);
              this.#emitSpan(MATH_PLACEHOLDER, i, end);
              i = end;
              runStart = i;
              continue;
            }
          }
          break;
        }
        default:
          break;
      }
      i++;
    }
    this.#copy(runStart, n);
  }
}

/** What may start inline markup, a line break, an entity, a citation, or a URL (at a word start). */
const INLINE_SPECIAL = /[\n\\`$<&!\[\]*_~@]|(?<![A-Za-z0-9])(?:https?:\/\/|www\.)/g;

/** The offset of the next character at or after `from` that may start markup, or `text.length`. */
function nextInlineSpecial(text: string, from: number): number {
  INLINE_SPECIAL.lastIndex = from;
  // `test`, not `exec`: no match object per hit. A hit ending in "/" or "." is a URL's start, else one character.
  if (!INLINE_SPECIAL.test(text)) return text.length;
  const end = INLINE_SPECIAL.lastIndex;
  const last = text.charCodeAt(end - 1);
  if (last === 46 /* . */) return end - 4; // www.
  if (last === 47 /* / */) return text.charCodeAt(end - 4) === 115 /* s */ ? end - 8 : end - 7; // https:// or http://
  return end - 1;
}

function isWordChar(c: string): boolean {
  const code = c.charCodeAt(0);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return /[\p{L}\p{N}]/u.test(c);
}

function findBacktickRun(text: string, from: number, run: number): number {
  let i = text.indexOf('`', from);
  while (i >= 0) {
    let length = 1;
    while (text.charCodeAt(i + length) === 96) length++;
    if (length === run) return i;
    i = text.indexOf('`', i + length);
  }
  return -1;
}

/** Pandoc's rule: `$` opens when followed by non-space, closes when preceded by non-space and not followed by a digit. */
function findInlineMath(text: string, start: number): { end: number; display: boolean } | undefined {
  if (text[start + 1] === '$') {
    const close = text.indexOf('$$', start + 2);
    return close > start + 2 ? { end: close + 2, display: true } : undefined;
  }
  const first = text[start + 1];
  if (first === undefined || /\s/.test(first)) return undefined;
  for (let i = start + 1; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (ch === '\n' && text[i + 1] === '\n') return undefined;
    if (ch === '$') {
      if (/\s/.test(text[i - 1]!) || /\d/.test(text[i + 1] ?? '')) return undefined;
      return { end: i + 1, display: false };
    }
  }
  return undefined;
}

function emitMathJoined(
  builder: ProseBuilder,
  source: string,
  text: string,
  from: number,
  to: number,
  at: (i: number) => number,
): void {
  // Inline math within one line maps straight onto the source; math across lines stands as one object.
  if (!text.slice(from, to).includes('\n')) emitMath(builder, source, at(from), at(from) + (to - from));
  else builder.emit(MATH_PLACEHOLDER, at(from - 1), at(to) + 1);
}

const HTML_TAG = /^<\/?[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][\w:.-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*\s*\/?>/;
const AUTOLINK = /^<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*|[\w.!#$%&'*+/=?^`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*)>/;

/** Returns the end of an inline HTML tag, comment or autolink starting at `start`, or -1. */
function matchHtmlOrAutolink(text: string, start: number): number {
  if (text.startsWith('<!--', start)) {
    const close = text.indexOf('-->', start + 4);
    return close < 0 ? -1 : close + 3;
  }
  const window = text.slice(start, start + 2048);
  const match = AUTOLINK.exec(window) ?? HTML_TAG.exec(window);
  return match ? start + match[0].length : -1;
}

/** How far a link's closing bracket or parenthesis is looked for, from its opener. */
const CLOSER_WINDOW = 4096;

/**
 * Closing brackets and parentheses of one paragraph's openers. Each is found by a scan from its opener, as most
 * paragraphs have few; once the scans of a paragraph have read four times its length (a paragraph of unclosed
 * brackets), one pass pairs them all, so that no paragraph costs more than linear time.
 */
class Closers {
  readonly #text: string;
  #budget: number;
  /** From the pass: at each opener the pass met, its closer's index (-1: none); elsewhere UNVISITED. */
  #brackets: Int32Array | undefined;
  #parens: Int32Array | undefined;

  constructor(text: string) {
    this.#text = text;
    this.#budget = 4 * text.length + CLOSER_WINDOW;
  }

  /** The index of the ']' that closes the '[' at `open`, or -1 (none before a blank line or within the window). */
  bracket(open: number): number {
    return this.#close(open, 91 /* [ */, 93 /* ] */, false);
  }

  /** The index just past the ')' that closes the '(' at `open`, or -1 (none on its line or within the window). */
  paren(open: number): number {
    const close = this.#close(open, 40 /* ( */, 41 /* ) */, true);
    return close < 0 ? -1 : close + 1;
  }

  /** The closer of the opener at `open`; a line break (`lineBound`) or a blank line ends the search. */
  #close(open: number, opener: number, closer: number, lineBound: boolean): number {
    const paired = (opener === 91 ? this.#brackets : this.#parens)?.[open];
    if (paired !== undefined && paired !== UNVISITED) return paired - open < CLOSER_WINDOW ? paired : -1;
    const text = this.#text;
    let depth = 0;
    let i = open;
    for (; i < text.length && i < open + CLOSER_WINDOW; i++) {
      const c = text.charCodeAt(i);
      if (c === 92 /* \ */) i++;
      else if (c === opener) depth++;
      else if (c === closer && --depth === 0) break;
      else if (c === 10 && (lineBound || text.charCodeAt(i + 1) === 10)) break;
    }
    this.#spend(i - open);
    return depth === 0 ? i : -1;
  }

  #spend(steps: number): void {
    this.#budget -= steps;
    if (this.#budget >= 0 || this.#brackets) return;
    this.#brackets = pairAll(this.#text, 91, 93, false);
    this.#parens = pairAll(this.#text, 40, 41, true);
  }
}

const UNVISITED = -2;

/**
 * Pairs openers with closers in one pass, as the scan from each opener would: a backslash escapes the next
 * character, and a blank line (or, for parentheses, any line break) closes nothing across it.
 */
function pairAll(text: string, opener: number, closer: number, lineBound: boolean): Int32Array {
  const pairs = new Int32Array(text.length).fill(UNVISITED);
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 92) i++;
    else if (c === opener) {
      pairs[i] = -1;
      open.push(i);
    } else if (c === closer) {
      const at = open.pop();
      if (at !== undefined) pairs[at] = i;
    } else if (c === 10 && (lineBound || text.charCodeAt(i + 1) === 10)) open.length = 0;
  }
  return pairs;
}
