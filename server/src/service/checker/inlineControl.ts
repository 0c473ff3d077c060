/**
 * Inline control of diagnostics, in either markup's comments:
 *   <!-- biolex-disable-next-line -->   % biolex-disable-next-line
 *   <!-- biolex-disable -->             % biolex-disable
 *   <!-- biolex-enable -->              % biolex-enable
 *   <!-- biolex-disable-citations -->   % biolex-disable-citations   (no citation suggestions in the document)
 */
import { Markup } from '../analysis';

export interface DisabledLines {
  /** True when diagnostics starting on this 0-based source line are turned off. */
  has(line: number): boolean;
}

export const NOTHING_DISABLED: DisabledLines = { has: () => false };

/** What every directive opens with, after its comment's opener and white space. */
const DIRECTIVE_MARK = 'biolex-';

/**
 * Whether a comment in `source` may be a directive: one whose text opens with the mark. Comment openers are
 * rare in prose and found natively at once, where a search for the mark itself goes through every "b".
 */
function hasDirectives(source: string, markup: Markup): boolean {
  const opener = markup === Markup.Latex ? '%' : '<!--';
  for (let at = source.indexOf(opener); at >= 0; at = source.indexOf(opener, at + opener.length)) {
    let i = at + opener.length;
    while (i < source.length && /\s/.test(source[i]!)) i++;
    if (source.startsWith(DIRECTIVE_MARK, i)) return true;
  }
  return false;
}

const MARKDOWN_DIRECTIVE = /<!--\s*biolex-(disable-next-line|disable|enable)\s*-->/g;
// Not followed by a hyphen: "biolex-disable-citations" turns off citation suggestions only.
const LATEX_DIRECTIVE = /(?<!\\)%\s*biolex-(disable-next-line|disable|enable)(?![\w-])/g;

export function findDisabledLines(source: string, markup: Markup, lineOf: (offset: number) => number): DisabledLines {
  if (!hasDirectives(source, markup)) return NOTHING_DISABLED; // the common case, found at once
  const pattern = markup === Markup.Latex ? LATEX_DIRECTIVE : MARKDOWN_DIRECTIVE;
  const single = new Set<number>();
  const ranges: [number, number][] = [];
  let disabledFrom: number | undefined;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(source); match; match = pattern.exec(source)) {
    const line = lineOf(match.index);
    const directive = match[1];
    if (directive === 'disable-next-line') single.add(line + 1);
    else if (directive === 'disable') disabledFrom ??= line;
    else if (disabledFrom !== undefined) {
      ranges.push([disabledFrom, line]);
      disabledFrom = undefined;
    }
  }
  if (disabledFrom !== undefined) ranges.push([disabledFrom, Number.MAX_SAFE_INTEGER]);
  return { has: (line) => single.has(line) || ranges.some(([from, to]) => line >= from && line <= to) };
}

/** The comment that turns diagnostics off for the next line, in the document's markup. */
export function disableNextLineComment(markup: Markup): string {
  return markup === Markup.Latex ? '% biolex-disable-next-line' : '<!-- biolex-disable-next-line -->';
}

export function disableDocumentComment(markup: Markup): string {
  return markup === Markup.Latex ? '% biolex-disable' : '<!-- biolex-disable -->';
}

const MARKDOWN_NO_CITATIONS = /<!--\s*biolex-disable-citations\s*-->/;
const LATEX_NO_CITATIONS = /(?<!\\)%\s*biolex-disable-citations(?![\w-])/;

/** Whether the document turns off citation suggestions (`uncited-claim`, and the cited-support note). */
export function citationSuggestionsDisabled(source: string, markup: Markup): boolean {
  return hasDirectives(source, markup) && (markup === Markup.Latex ? LATEX_NO_CITATIONS : MARKDOWN_NO_CITATIONS).test(source);
}
