/**
 * Markdown's inline pass (see markdown.ts for the blocks): a paragraph's text kept, its markup, code, URLs,
 * citation keys, HTML and comments dropped, with an exact source map.
 */
import type { ProseBuilder } from './prose';
import { emitMath, MATH_PLACEHOLDER } from './math';
import { decodeHtmlEntity } from './htmlEntities';

/** Pandoc's citation key with its @; punctuation at its end ends the sentence (see `citationKeyLength`). */
export const PANDOC_CITATION_KEY = /^@[\w][\w:.#$%&\-+?<>~/]*/;
/** What may stand before an in-text citation's @: an address (name@host) is no citation. */
export const CAN_PRECEDE_IN_TEXT_CITATION = /[\s(;[-]/;

/** A bracket's text that is a pandoc citation ([@key], [see @key, p. 4; -@other]) and not a link's text. */
export function isBracketedCitation(inner: string, after: string | undefined): boolean {
  return after !== '(' && after !== '[' && /(^|[\s;\-[])-?@[\w]/.test(inner) && !/\]\(/.test(inner);
}

/** The length of a key matched by PANDOC_CITATION_KEY, its @ included, without the sentence's punctuation after it. */
export function citationKeyLength(match: string): number {
  let end = match.length;
  while (end > 1 && /[.:,;?]/.test(match[end - 1]!)) end--;
  return end;
}

/** A paragraph's lines after container prefixes are stripped: source runs joined by line breaks. */
export interface Segment {
  readonly start: number;
  readonly end: number;
}

/**
 * The inline pass, one paragraph at a time. The paragraph's segments are joined into one string with '\n'
 * between them so that constructs may span lines; `#at(i)` maps a joined index back to its source offset. One
 * scanner serves a whole document: a paragraph costs no closures.
 */
export class InlineScanner {
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
          if (isBracketedCitation(inner, after)) {
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
          // "~~FINO2 inhibits system Xc⁻~~": struck-through text is deleted text, no part of what is written.
          const struckEnd = c === 126 && run === 2 ? text.indexOf('~~', i + 2) : -1;
          if (struckEnd > i + 2 && !text.slice(i + 2, struckEnd).includes('\n\n')) {
            this.#copy(runStart, i);
            i = struckEnd + 2;
            runStart = i;
            continue;
          }
          if (!literal) {
            this.#copy(runStart, i);
            i += run;
            runStart = i;
            continue;
          }
          i += run;
          continue;
        }
        case 94: /* ^ */ {
          // Pandoc's superscript, "CD8^+^", "Fe^2+^", "10^6^": the carets go; digits and signs become the
          // superscript characters authors also type ("CD8⁺", "10⁶", not "106"), other text stays as it is. A caret
          // with no closing one before a space is literal ("x^2").
          const close = text.indexOf('^', i + 1);
          if (close > i + 1 && close - i <= 24 && !/\s/.test(text.slice(i + 1, close))) {
            this.#copy(runStart, i);
            const inner = text.slice(i + 1, close);
            if (/^[0-9+\-−]+$/.test(inner)) for (let k = i + 1; k < close; k++) this.#emitSpan(SUPERSCRIPT[text[k]!]!, k, k + 1);
            else this.#copy(i + 1, close);
            i = close + 1;
            runStart = i;
            continue;
          }
          break;
        }
        case 64: /* @ */ {
          const before = text[i - 1];
          const key = PANDOC_CITATION_KEY.exec(text.slice(i, i + 200));
          if (key && (before === undefined || CAN_PRECEDE_IN_TEXT_CITATION.test(before))) {
            this.#copy(runStart, i); // Pandoc in-text citation: @smith2020 says…
            i += citationKeyLength(key[0]);
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
const SUPERSCRIPT: Readonly<Record<string, string>> = { '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹', '+': '⁺', '-': '⁻', '−': '⁻' };

const INLINE_SPECIAL = /[\n\\`$<&!\[\]*_~@^]|(?<![A-Za-z0-9])(?:https?:\/\/|www\.)/g;

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
