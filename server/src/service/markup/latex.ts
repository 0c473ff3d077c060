/**
 * LaTeX to prose: a linear scanner that keeps the text a reader sees and drops commands, citation keys,
 * labels, URLs, comments, verbatim blocks and formulas, with an exact map back to the source. Broken input
 * (unbalanced braces, unterminated math or environments) never throws: each construct gives up at a sane
 * point and the rest of the document is still read.
 *
 * @unified-latex builds a full AST but took about 0.9 s for 100 KB here; a scanner reads 1 MB in a few tens
 * of milliseconds, and prose extraction needs no more structure than this.
 */
import { ProseBuilder, type Prose } from './prose';
import { emitMath, greekLetter, MATH_PLACEHOLDER } from './math';

import { ACCENTS, BLOCK_KINDS, CITATION, COMMAND_RULES, ENVIRONMENT_ARGS, isCitationCommand, MATH_ENVIRONMENTS, OTHER_COMMAND, TABLE_ENVIRONMENTS, VERBATIM_ENVIRONMENTS } from './latexCommands';
import { findCommandArguments, findDocument, nextBlankLine, pairAll, RememberedSearch, skipBalanced, UNVISITED } from './latexSource';

export function latexToProse(source: string): Prose {
  const builder = new ProseBuilder(source.length);
  const document = findDocument(source);
  if (document.start > 0) {
    // The preamble is configuration; only the title is prose.
    for (const title of findCommandArguments(source, 'title', document.start)) {
      builder.markBlock('title');
      new LatexScanner(source, builder).scan(title.start, title.end);
      builder.breakBlock(title.end);
    }
  }
  // LaTeX ignores everything after \end{document}; so do we.
  new LatexScanner(source, builder).scan(document.start, document.end);
  builder.breakBlock(document.end); // the last block ends like every other
  return builder.finish();
}


const enum Code {
  Tab = 9, Newline = 10, Return = 13, Space = 32, Dollar = 36, Percent = 37, Ampersand = 38, Quote = 39, Minus = 45,
  LeftBracket = 91, Backslash = 92, RightBracket = 93, Backtick = 96, LeftBrace = 123, RightBrace = 125, Tilde = 126,
}

/**
 * Where a run of plain text ends: at a character with a meaning in LaTeX text mode, or at a space that is more
 * than a single space between words (one before more white space). A native search passes over the rest.
 */
const RUN_END = /[\t\n\r$%&'\-\\`{}~\]]| (?=[ \t\r])/g;

class LatexScanner {
  readonly #source: string;
  readonly #builder: ProseBuilder;
  /** What to do at each closing brace of a group opened by a command: end a block, or nothing. */
  readonly #groups: ('block' | 'inline' | 'none')[] = [];
  /** Closing brackets of `\item[...]` labels, skipped when reached. */
  readonly #skipClosers = new Set<number>();
  /** How many table environments are open: cells must not run together into one sentence. */
  #tables = 0;
  /** Searches asked again and again: the closers of inline math and line breaks, and the rest by string. */
  readonly #dollar = RememberedSearch.of('$');
  readonly #closeParen = RememberedSearch.of('\\)');
  readonly #newline = RememberedSearch.of('\n');
  readonly #blankLine = new RememberedSearch(nextBlankLine);
  readonly #searches = new Map<string, RememberedSearch>();
  /** How much more the scans for closing braces and brackets may read before one pass pairs them all. */
  #balanceBudget: number;
  /** From that pass: see `pairAll`. */
  #bracePairs: Int32Array | undefined;
  #bracketPairs: Int32Array | undefined;

  constructor(source: string, builder: ProseBuilder) {
    this.#source = source;
    this.#builder = builder;
    this.#balanceBudget = 4 * source.length + 65_536;
  }

  scan(from: number, to: number): void {
    const source = this.#source;
    const builder = this.#builder;
    let i = from;
    let runStart = from;
    while (i < to) {
      // One space between words of a run is itself in the prose: it stays in the run (the space handler would
      // write the same space with the same map), so a sentence is one copy rather than one per word. A space
      // that opens a run, or ends the scanned range, is white space for the handler.
      if (i !== runStart || source.charCodeAt(i) !== Code.Space) {
        RUN_END.lastIndex = i;
        i = RUN_END.test(source) ? RUN_END.lastIndex - 1 : source.length;
        if (i >= to) {
          if (to - 1 > runStart && source.charCodeAt(to - 1) === Code.Space) i = to - 1;
          else break;
        }
      }
      builder.copy(source, runStart, i);
      i = this.#special(source.charCodeAt(i), i, to);
      runStart = i;
    }
    builder.copy(source, runStart, to);
  }

  /** Handles the special character at `i` and returns where scanning continues. */
  #special(code: number, i: number, to: number): number {
    const source = this.#source;
    const builder = this.#builder;
    switch (code) {
      case Code.Space:
      case Code.Tab:
      case Code.Return: {
        let j = i + 1;
        while (j < to && (source.charCodeAt(j) === Code.Space || source.charCodeAt(j) === Code.Tab || source.charCodeAt(j) === Code.Return)) j++;
        builder.space(i, j);
        return j;
      }
      case Code.Newline: {
        // One newline is a space; a blank line ends the paragraph.
        let j = i + 1;
        let newlines = 1;
        while (j < to) {
          const c = source.charCodeAt(j);
          if (c === Code.Newline) newlines++;
          else if (c !== Code.Space && c !== Code.Tab && c !== Code.Return) break;
          j++;
        }
        if (newlines >= 2) builder.breakBlock(i);
        else builder.space(i, i + 1);
        return j;
      }
      case Code.Percent: {
        // A comment runs to the end of the line and eats the newline, joining the lines around it.
        const newline = source.indexOf('\n', i);
        if (newline < 0 || newline >= to) return to;
        let j = newline + 1;
        while (j < to && (source.charCodeAt(j) === Code.Space || source.charCodeAt(j) === Code.Tab)) j++;
        return source.charCodeAt(j) === Code.Newline ? newline : j;
      }
      case Code.Dollar:
        return this.#math(i, to);
      case Code.Tilde:
        builder.emit(' ', i, i + 1);
        return i + 1;
      case Code.Ampersand:
        if (this.#tables > 0) {
          builder.breakCell(i);
          builder.markBlock('table_cell');
        } else builder.copy(source, i, i + 1);
        return i + 1;
      case Code.Minus: {
        if (source.charCodeAt(i + 1) !== Code.Minus) {
          builder.copy(source, i, i + 1);
          return i + 1;
        }
        const triple = source.charCodeAt(i + 2) === Code.Minus;
        builder.emit(triple ? '—' : '–', i, i + (triple ? 3 : 2));
        return i + (triple ? 3 : 2);
      }
      case Code.Backtick:
      case Code.Quote: {
        if (source.charCodeAt(i + 1) === code) {
          builder.emit(code === Code.Backtick ? '“' : '”', i, i + 2);
          return i + 2;
        }
        builder.copy(source, i, i + 1);
        return i + 1;
      }
      case Code.LeftBrace:
        this.#groups.push('none');
        return i + 1;
      case Code.RightBrace: {
        const action = this.#groups.pop();
        if (action === 'block') builder.breakBlock(i);
        else if (action === 'inline') builder.space(i, i + 1);
        return i + 1;
      }
      case Code.RightBracket:
        if (this.#skipClosers.delete(i)) return i + 1;
        builder.copy(source, i, i + 1);
        return i + 1;
      case Code.Backslash:
        return this.#command(i, to);
      default:
        builder.copy(source, i, i + 1);
        return i + 1;
    }
  }

  #math(i: number, to: number): number {
    const source = this.#source;
    if (source.charCodeAt(i + 1) === Code.Dollar) {
      const close = this.#nextIndex('$$', i + 2);
      const end = close < 0 || close >= to ? this.#paragraphEnd(i, to) : close + 2;
      this.#builder.emit(MATH_PLACEHOLDER, i, end);
      return end;
    }
    const close = this.#findInlineMathEnd(i + 1, to, this.#dollar);
    if (close < 0) {
      // An unterminated $: drop it and read on, rather than losing the paragraph.
      return i + 1;
    }
    emitMath(this.#builder, source, i + 1, close);
    return close + 1;
  }

  /**
   * Where inline math opened before `from` closes: the first `closer` at or after `from` that no backslash
   * escapes, before the paragraph's end; -1 if none. The searches are remembered (`RememberedSearch`), so
   * that a paragraph of unclosed math costs linear time, not a scan to its end from each opener.
   */
  #findInlineMathEnd(from: number, to: number, closer: RememberedSearch): number {
    const source = this.#source;
    // Most math closes on the line it opens: no blank line can come first, and none is looked for.
    const newline = this.#newline.next(source, from);
    let paragraphEnd = -1;
    for (let at = closer.next(source, from); at >= 0 && at < to; at = closer.next(source, at + 1)) {
      if (newline >= 0 && at > newline) {
        if (paragraphEnd < 0) paragraphEnd = this.#paragraphEnd(from, to);
        if (at >= paragraphEnd) return -1;
      }
      // A closer is escaped by an odd run of backslashes before it (from `from` on, where the math began).
      let backslashes = 0;
      while (at - backslashes - 1 >= from && source.charCodeAt(at - backslashes - 1) === Code.Backslash) backslashes++;
      if (backslashes % 2 === 0) return at;
    }
    return -1;
  }

  /**
   * `skipBalanced` from the bracket or brace at `open`. A group is found by a scan from its opener, as most
   * are short; once the scans have read four times the source's length (unclosed groups, each scanned to the
   * end), one pass pairs every bracket and brace, so that no document costs more than linear time.
   */
  #balanced(open: number, limit: number, unclosed = limit): number {
    const braces = this.#source.charCodeAt(open) === Code.LeftBrace;
    const pairs = braces ? this.#bracePairs : this.#bracketPairs;
    const paired = pairs?.[open];
    if (paired !== undefined && paired !== UNVISITED) return paired >= 0 && paired < limit ? paired + 1 : unclosed;
    const end = skipBalanced(this.#source, open, braces ? '{' : '[', braces ? '}' : ']', limit, unclosed);
    this.#balanceBudget -= (end < 0 || end === limit ? limit : end) - open;
    if (this.#balanceBudget < 0 && !this.#bracePairs) {
      this.#bracePairs = pairAll(this.#source, Code.LeftBrace, Code.RightBrace);
      this.#bracketPairs = pairAll(this.#source, Code.LeftBracket, Code.RightBracket);
    }
    return end;
  }

  /** `source.indexOf(needle, from)`, remembered (see `RememberedSearch`). */
  #nextIndex(needle: string, from: number): number {
    let search = this.#searches.get(needle);
    if (!search) this.#searches.set(needle, (search = RememberedSearch.of(needle)));
    return search.next(this.#source, from);
  }

  /** Where the paragraph around `from` ends (a blank line), or `to`. */
  #paragraphEnd(from: number, to: number): number {
    const at = this.#blankLine.next(this.#source, from);
    return at >= 0 && at < to ? at : to;
  }

  #command(i: number, to: number): number {
    const source = this.#source;
    const builder = this.#builder;
    const next = source[i + 1];
    if (next === undefined || i + 1 >= to) return to;
    if (!isCommandLetter(source.charCodeAt(i + 1))) return this.#symbolCommand(i, next, to);

    let j = i + 1;
    while (j < to && isCommandLetter(source.charCodeAt(j))) j++;
    const name = source.slice(i + 1, j);
    const star = source[j] === '*' ? 1 : 0;
    let k = j + star;

    if (name === 'begin' || name === 'end') return this.#environment(i, k, name === 'begin', to);
    if (name.length === 1 && Object.hasOwn(ACCENTS, name) && /[\s{]/.test(source[j] ?? '')) return this.#accent(i, j, ACCENTS[name]!, to);

    const rule = COMMAND_RULES.get(name) ?? (isCitationCommand(name) ? CITATION : OTHER_COMMAND);
    if (rule.reference) return this.#skipArguments(k, to, 1, true);
    const count = rule.nonProseArguments;
    if (count !== undefined) {
      if (name === 'newcommand' || name === 'renewcommand' || name === 'providecommand' || name === 'DeclareMathOperator') {
        // \newcommand{\x}[1][opt]{body} and \newcommand\x{body}
        k = skipSpaces(source, k, to);
        if (source[k] === '\\') {
          k++;
          while (k < to && isCommandLetter(source.charCodeAt(k))) k++;
          return this.#skipArguments(k, to, count - 1, true);
        }
      }
      return this.#skipArguments(k, to, count, true);
    }
    if (name === 'def' || name === 'gdef' || name === 'edef' || name === 'let') {
      k = skipSpaces(source, k, to);
      if (source[k] === '\\') k++;
      while (k < to && isCommandLetter(source.charCodeAt(k))) k++;
      if (name === 'let') return k;
      while (k < to && source[k] !== '{' && source[k] !== '\n') k++; // parameter text #1#2
      return this.#skipArguments(k, to, 1, false);
    }
    if (name === 'verb' || name === 'lstinline' || name === 'mintinline') return this.#inlineVerbatim(i, k, name, to);
    if (name === 'ensuremath') {
      k = skipSpaces(source, k, to);
      if (source[k] !== '{') return k;
      const end = this.#balanced(k, to, -1);
      if (end < 0) return k + 1; // unclosed: read on, as after an unterminated $
      emitMath(builder, source, k + 1, end - 1);
      return end;
    }
    if (name === 'item') {
      builder.breakBlock(i);
      k = skipSpaces(source, k, to);
      if (source[k] === '[') {
        const end = this.#balanced(k, to);
        if (end > k + 1) this.#skipClosers.add(end - 1);
        return k + 1;
      }
      return k;
    }
    const greek = name.startsWith('text') ? greekLetter(name) : undefined;
    if (greek) {
      builder.emit(greek, i, j);
      return j;
    }
    if (rule.textSymbol !== undefined) {
      builder.emit(rule.textSymbol, i, j);
      return source[j] === '{' && source[j + 1] === '}' ? j + 2 : j;
    }
    if (name === 'footnote' || name === 'footnotetext' || name === 'marginpar' || name === 'todo') {
      k = this.#skipOptional(k, to);
      if (source[k] === '{') {
        builder.space(i, k);
        this.#groups.push('inline');
        return k + 1;
      }
      return k;
    }
    if (rule.breaksBlock) {
      builder.breakBlock(i);
      return j + star;
    }
    if (rule.opensBlock) {
      builder.breakBlock(i);
      const kind = Object.hasOwn(BLOCK_KINDS, name) ? BLOCK_KINDS[name] : undefined;
      if (kind) builder.markBlock(kind);
      k = this.#skipOptional(skipSpaces(source, k, to), to); // the short title repeats the long one
      k = skipSpaces(source, k, to);
      if (source[k] === '{') {
        this.#groups.push('block');
        return k + 1;
      }
      return k;
    }
    // Formatting and unknown commands: drop the name, read their arguments as prose.
    return j + star;
  }

  #symbolCommand(i: number, next: string, to: number): number {
    const source = this.#source;
    const builder = this.#builder;
    switch (next) {
      case '\\': {
        if (this.#tables > 0) {
          builder.breakBlock(i);
          builder.markBlock('table_cell');
        } else builder.space(i, i + 2);
        let k = i + 2;
        if (source[k] === '*') k++;
        if (source[k] === '[') {
          const end = skipBalanced(source, k, '[', ']', Math.min(to, k + 32));
          if (end < Math.min(to, k + 32)) k = end;
        }
        return k;
      }
      case ',': case ';': case ':': case ' ': case '\t': case '>':
        builder.emit(' ', i, i + 2);
        return i + 2;
      case '\n': case '\r':
        // A control space at a line end: the line end itself is that space, or with a blank line after it the
        // paragraph's end, as for any line end.
        return i + 1;
      case '!': case '-': case '/': case '@':
        return i + 2;
      case '(': {
        const close = this.#findInlineMathEnd(i + 2, to, this.#closeParen);
        if (close < 0) return i + 2;
        emitMath(builder, source, i + 2, close, i, close + 2);
        return close + 2;
      }
      case '[': {
        const close = this.#nextIndex('\\]', i + 2);
        const end = close < 0 || close >= to ? this.#paragraphEnd(i, to) : close + 2;
        builder.emit(MATH_PLACEHOLDER, i, end);
        return end;
      }
      case '&': case '%': case '$': case '#': case '_': case '{': case '}':
        builder.copy(source, i + 1, i + 2);
        return i + 2;
      default:
        if (Object.hasOwn(ACCENTS, next)) return this.#accent(i, i + 2, ACCENTS[next]!, to);
        return i + 2;
    }
  }

  /** `\'e`, `\'{e}`, `\c{c}`, `\'{\i}`: the composed letter, mapped over the whole command. */
  #accent(i: number, afterName: number, combining: string, to: number): number {
    const source = this.#source;
    let k = afterName;
    while (k < to && source[k] === ' ') k++;
    let base: string;
    let end: number;
    if (source[k] === '{') {
      const close = indexWithin(source, Code.RightBrace, k, Math.min(to, k + 5));
      if (close < 0) return afterName;
      const inner = source.slice(k + 1, close).trim();
      base = inner === '\\i' ? 'i' : inner === '\\j' ? 'j' : inner;
      end = close + 1;
    } else if (/[A-Za-z]/.test(source[k] ?? '')) {
      base = source[k]!;
      end = k + 1;
    } else if (source.startsWith('\\i', k) && !/[A-Za-z]/.test(source[k + 2] ?? '')) {
      base = 'i';
      end = k + 2;
    } else {
      return afterName;
    }
    if (base.length !== 1) return afterName;
    this.#builder.emit(`${base}${combining}`.normalize('NFC'), i, end);
    return end;
  }

  #environment(i: number, k: number, begin: boolean, to: number): number {
    const source = this.#source;
    const builder = this.#builder;
    k = skipSpaces(source, k, to);
    if (source[k] !== '{') return k;
    const close = indexWithin(source, Code.RightBrace, k, Math.min(to, k + 65));
    if (close < 0) return k + 1;
    const name = source.slice(k + 1, close).trim();
    let after = close + 1;
    if (TABLE_ENVIRONMENTS.has(name)) {
      this.#tables = Math.max(0, this.#tables + (begin ? 1 : -1));
      if (begin) builder.markBlock('table_cell');
    }
    if (!begin) {
      builder.breakBlock(i);
      return after;
    }
    if (name === 'document') return after;
    const endTag = `\\end{${name}}`;
    if (VERBATIM_ENVIRONMENTS.has(name)) {
      const end = this.#nextIndex(endTag, after);
      builder.breakBlock(i);
      // Unterminated (being typed): give up at the paragraph's end rather than lose the rest of the document.
      return end < 0 || end >= to ? this.#paragraphEnd(i, to) : end + endTag.length;
    }
    if (MATH_ENVIRONMENTS.has(name)) {
      const end = this.#nextIndex(endTag, after);
      const stop = end < 0 || end >= to ? this.#paragraphEnd(i, to) : end + endTag.length;
      builder.breakBlock(i);
      builder.emit(MATH_PLACEHOLDER, i, stop);
      builder.breakBlock(stop);
      return stop;
    }
    builder.breakBlock(i);
    after = this.#skipOptional(after, to);
    return this.#skipArguments(after, to, ENVIRONMENT_ARGS.get(name) ?? 0, false);
  }

  #inlineVerbatim(i: number, k: number, name: string, to: number): number {
    const source = this.#source;
    k = this.#skipOptional(k, to);
    if (name === 'mintinline') k = this.#skipArguments(k, to, 1, false);
    const delimiter = source[k];
    if (delimiter === undefined || k >= to) return k;
    const closer = delimiter === '{' ? '}' : delimiter;
    const close = this.#nextIndex(closer, k + 1);
    const lineEnd = this.#newline.next(source, k + 1);
    const end = close < 0 || close >= to || (lineEnd >= 0 && lineEnd < close) ? k + 1 : close + 1;
    this.#builder.emit(MATH_PLACEHOLDER, i, end);
    return end;
  }

  #skipOptional(k: number, to: number): number {
    const source = this.#source;
    let at = k;
    while (source[at] === '[') {
      const end = this.#balanced(at, to);
      if (end >= to) return k;
      at = end;
    }
    return at;
  }

  /** Skips `count` arguments (optional ones in brackets too) that are not prose. */
  #skipArguments(k: number, to: number, count: number, optional: boolean): number {
    const source = this.#source;
    let at = k;
    for (let n = 0; n < count; n++) {
      let probe = skipSpaces(source, at, to);
      if (optional) probe = this.#skipOptional(probe, to);
      probe = skipSpaces(source, probe, to);
      if (source[probe] === '{') {
        // An unclosed argument (\cite{ being typed) gives up at the end of its paragraph, as TeX would.
        const end = this.#balanced(probe, to, -1);
        at = end < 0 ? this.#paragraphEnd(probe, to) : end;
      } else break;
      if (optional) at = this.#skipOptional(at, to);
    }
    if (count === 0 && optional) at = this.#skipOptional(at, to);
    return at;
  }
}

/** The first `code` in source[from, to), or -1: a search that stops where the caller stops caring. */
function indexWithin(source: string, code: number, from: number, to: number): number {
  for (let i = from; i < to; i++) if (source.charCodeAt(i) === code) return i;
  return -1;
}

/** Letters of a control word: ASCII letters and @ (package internals). */
function isCommandLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 64 && code <= 90);
}

/** Skips spaces and at most one newline (an argument may start on the next line, never after a blank one). */
function skipSpaces(source: string, k: number, to: number): number {
  let newline = false;
  while (k < to) {
    const c = source[k];
    if (c === ' ' || c === '\t' || c === '\r') k++;
    else if (c === '\n' && !newline) {
      newline = true;
      k++;
    } else break;
  }
  return k;
}
