/**
 * Hover on a cited key: the bibliography entry it names, title first, then authors, where it was published, the
 * year and its DOI as a link; or that no declared bibliography has the key. Text from a .bib is data, escaped
 * like lexicon text.
 */
import type { BibEntry } from '../bibliography/bibtex';
import type { DocumentBibliographies } from '../bibliography/bibliographies';
import { citedKeyAt, type CitedKey } from '../bibliography/citationKeys';
import { doiUrl } from '../lexicon/links';
import type { HoverResult } from './hover';
import { escapeMarkdown, markdownLink } from './markdownText';

/** More authors than this read as the first ones and "et al.", as journals print them. */
const AUTHORS_SHOWN = 3;

export function provideCitationHover(keys: readonly CitedKey[], offset: number, bibliographies: () => DocumentBibliographies): HoverResult | undefined {
  const cited = citedKeyAt(keys, offset);
  if (!cited) return undefined;
  const known = bibliographies();
  const entry = known.entry(cited.key);
  const contents = entry ? describeBibEntry(entry) : missingKey(cited.key, known);
  return { contents, start: cited.start, end: cited.end };
}

export function describeBibEntry(entry: BibEntry): string {
  const lines = [`**${escapeMarkdown(entry.title ?? `(no title) ${entry.key}`)}**`];
  if (entry.authors.length > 0) {
    const shown = entry.authors.slice(0, AUTHORS_SHOWN).map(escapeMarkdown).join(', ');
    lines.push('', entry.authors.length > AUTHORS_SHOWN || entry.moreAuthors ? `${shown} et al\\.` : shown);
  }
  const published = [entry.container && `*${escapeMarkdown(entry.container)}*`, entry.year && `(${escapeMarkdown(entry.year)})`].filter(Boolean).join(' ');
  if (published !== '') lines.push('', published);
  if (entry.doi) lines.push('', markdownLink(`doi:${entry.doi}`, doiUrl(entry.doi)));
  return lines.join('\n');
}

function missingKey(key: string, known: DocumentBibliographies): string {
  if (known.declared.length === 0) return `\`${key.replace(/`/g, '')}\`: this document declares no bibliography.`;
  if (!known.anyRead) return `\`${key.replace(/`/g, '')}\`: this document's bibliography could not be read.`;
  const files = known.declared.map((d) => escapeMarkdown(d.path)).join(', ');
  return `\`${key.replace(/`/g, '')}\` is not in the bibliography (${files}).`;
}
