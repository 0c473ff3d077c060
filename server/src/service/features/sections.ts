/**
 * The section of a manuscript around an offset: from the heading before it to the next heading of the same or a
 * higher level (its subsections included), by the headings of its markup: Markdown's ATX headings (`#` to
 * `######`), LaTeX's `\part` … `\subparagraph` (starred too). Before the first heading, the text up to it. For the
 * mechanism map's "This section" (and whatever else works on part of a document).
 */
import { Markup } from '../analysis';

const LATEX_LEVELS: Readonly<Record<string, number>> = { part: 0, chapter: 1, section: 2, subsection: 3, subsubsection: 4, paragraph: 5, subparagraph: 6 };
const MARKDOWN_HEADING = /^ {0,3}(#{1,6})(?=[ \t]|$)/gm;
const LATEX_HEADING = /^[ \t]*\\(part|chapter|section|subsection|subsubsection|paragraph|subparagraph)\*?\s*[[{]/gm;

export function sectionAround(source: string, markup: Markup, offset: number): { start: number; end: number } {
  const headings: { at: number; level: number }[] = [];
  const pattern = markup === Markup.Latex ? LATEX_HEADING : MARKDOWN_HEADING;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(source); match; match = pattern.exec(source)) {
    headings.push({ at: match.index, level: markup === Markup.Latex ? LATEX_LEVELS[match[1]!]! : match[1]!.length });
  }
  let own = -1;
  for (let i = 0; i < headings.length && headings[i]!.at <= offset; i++) own = i;
  if (own < 0) return { start: 0, end: headings[0]?.at ?? source.length };
  const level = headings[own]!.level;
  const next = headings.slice(own + 1).find((h) => h.level <= level);
  return { start: headings[own]!.at, end: next?.at ?? source.length };
}
