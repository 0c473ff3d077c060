/**
 * A document's source with what cannot cite blanked out, offsets kept: in LaTeX comments, verbatim and math; in
 * Markdown the front matter, code blocks and spans, math and HTML comments. Each blanked character becomes a
 * space (line breaks stay), so that a search over the result finds citations at their source offsets.
 */
import { Markup, type Analysis } from '../analysis';
import { MATH_ENVIRONMENTS, VERBATIM_ENVIRONMENTS } from '../markup/latexCommands';

export function citableSource(source: string, markup: Markup): string {
  return blank(source, markup === Markup.Latex ? latexHidden(source) : markdownHidden(source));
}

const citableByAnalysis = new WeakMap<Analysis, string>();

/**
 * An analysed document's citable source, made once: its cited keys and its bibliography declarations are both
 * read from it, and a megabyte's copy made twice cost a full check some 20 ms.
 */
export function citableSourceOf(analysis: Analysis): string {
  let citable = citableByAnalysis.get(analysis);
  if (citable === undefined) {
    citable = citableSource(analysis.source, analysis.markup);
    citableByAnalysis.set(analysis, citable);
  }
  return citable;
}

/** Ranges [start, end) in order, not overlapping. */
type Ranges = [number, number][];

function blank(source: string, hidden: Ranges): string {
  if (hidden.length === 0) return source;
  const parts: string[] = [];
  let at = 0;
  for (const [start, end] of hidden) {
    parts.push(source.slice(at, start), source.slice(start, end).replace(/[^\r\n]/g, ' '));
    at = end;
  }
  parts.push(source.slice(at));
  return parts.join('');
}

function latexHidden(source: string): Ranges {
  const hidden: Ranges = [];
  const hide = (start: number, end: number): number => {
    hidden.push([start, end]);
    return end;
  };
  for (let i = 0; i < source.length; ) {
    const c = source[i];
    if (c === '%') i = hide(i, lineEnd(source, i));
    else if (c === '$') {
      const display = source[i + 1] === '$';
      const close = display ? source.indexOf('$$', i + 2) : unescapedIndex(source, '$', i + 1);
      i = close < 0 ? i + 1 : hide(i, close + (display ? 2 : 1));
    } else if (c === '\\') {
      const name = /^\\(?:[A-Za-z@]+|.)/s.exec(source.slice(i, i + 64))?.[0] ?? '\\';
      if (name === '\\(' || name === '\\[') {
        const close = source.indexOf(name === '\\(' ? '\\)' : '\\]', i + 2);
        i = close < 0 ? i + 2 : hide(i, close + 2);
      } else if (name === '\\verb') {
        const delimiter = source[i + 5 + (source[i + 5] === '*' ? 1 : 0)];
        const open = i + 5 + (source[i + 5] === '*' ? 1 : 0);
        const close = delimiter === undefined ? -1 : source.indexOf(delimiter, open + 1);
        i = close < 0 || close > lineEnd(source, i) ? i + 5 : hide(i, close + 1);
      } else if (name === '\\begin') {
        const environment = /^\\begin\s*\{([^{}]*)\}/.exec(source.slice(i, i + 80))?.[1];
        const end = environment !== undefined && (VERBATIM_ENVIRONMENTS.has(environment) || MATH_ENVIRONMENTS.has(environment)) ? source.indexOf(`\\end{${environment}}`, i) : -1;
        i = end < 0 ? i + name.length : hide(i, end + `\\end{${environment}}`.length);
      } else i += name.length;
    } else i++;
  }
  return hidden;
}

function markdownHidden(source: string): Ranges {
  const hidden: Ranges = [];
  const frontMatter = /^---[ \t]*\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?=\r?\n|$)/.exec(source);
  let i = 0;
  if (frontMatter) hidden.push([0, (i = frontMatter[0].length)]);
  let lineStart = true;
  let previousLine = '';
  while (i < source.length) {
    if (lineStart) {
      const end = lineEnd(source, i);
      const line = source.slice(i, end);
      const fence = /^ {0,3}(`{3,}|~{3,})/.exec(line);
      if (fence) {
        const close = new RegExp(`^ {0,3}${fence[1]![0] === '`' ? '`' : '~'}{${fence[1]!.length},}[ \\t]*\\r?$`, 'm');
        const rest = source.slice(end + 1);
        const match = close.exec(rest);
        const blockEnd = match ? end + 1 + match.index + match[0].length : source.length;
        hidden.push([i, blockEnd]);
        i = blockEnd;
        previousLine = '```';
        continue;
      }
      // An indented line after a blank line is code, unless it continues a list item.
      if (/^(?: {4}|\t)/.test(line) && previousLine.trim() === '' && !/^\s*(?:[-*+]|\d+[.)])\s/.test(lastParagraphStart(source, i))) {
        hidden.push([i, end]);
        i = end;
        continue;
      }
      previousLine = line;
      lineStart = false;
    }
    const c = source[i];
    if (c === '\n') {
      lineStart = true;
      i++;
    } else if (c === '\\') i += 2;
    else if (c === '`') {
      const run = /^`+/.exec(source.slice(i, i + 64))![0];
      const close = new RegExp(`(?<!\`)${run}(?!\`)`, 'g');
      close.lastIndex = i + run.length;
      const match = close.exec(source);
      if (match) {
        hidden.push([i, match.index + run.length]);
        i = match.index + run.length;
        lineStart = source[i - 1] === '\n';
      } else i += run.length;
    } else if (c === '$') {
      const display = source[i + 1] === '$';
      const close = display ? source.indexOf('$$', i + 2) : inlineMathEnd(source, i);
      if (close < 0) i += display ? 2 : 1;
      else {
        hidden.push([i, close + (display ? 2 : 1)]);
        i = close + (display ? 2 : 1);
      }
    } else if (c === '<' && source.startsWith('<!--', i)) {
      const close = source.indexOf('-->', i + 4);
      const end = close < 0 ? source.length : close + 3;
      hidden.push([i, end]);
      i = end;
    } else i++;
  }
  return hidden;
}

/** Pandoc's rule: `$` then no space, up to a `$` after no space and before no digit, within the paragraph. */
function inlineMathEnd(source: string, open: number): number {
  if (/\s/.test(source[open + 1] ?? ' ')) return -1;
  const paragraphEnd = source.slice(open).search(/\n[ \t]*\n/);
  const limit = paragraphEnd < 0 ? source.length : open + paragraphEnd;
  for (let at = unescapedIndex(source, '$', open + 1); at >= 0 && at < limit; at = unescapedIndex(source, '$', at + 1)) {
    if (!/\s/.test(source[at - 1]!) && !/\d/.test(source[at + 1] ?? '')) return at;
  }
  return -1;
}

function unescapedIndex(source: string, needle: string, from: number): number {
  for (let at = source.indexOf(needle, from); at >= 0; at = source.indexOf(needle, at + 1)) {
    let backslashes = 0;
    while (source[at - 1 - backslashes] === '\\') backslashes++;
    if (backslashes % 2 === 0) return at;
  }
  return -1;
}

function lineEnd(source: string, from: number): number {
  const end = source.indexOf('\n', from);
  return end < 0 ? source.length : end;
}

/** The first line of the block before the blank line above `lineStart`. */
function lastParagraphStart(source: string, lineStart: number): string {
  const lines = source.slice(Math.max(0, lineStart - 4096), lineStart).split('\n');
  let i = lines.length - 1;
  while (i >= 0 && lines[i]!.trim() === '') i--;
  while (i > 0 && lines[i - 1]!.trim() !== '') i--;
  return i >= 0 ? lines[i]! : '';
}
