/**
 * A lexicon reference as a BibTeX entry, for the "Cite …" fix of `uncited-claim` to append to a bibliography. Only
 * what `lexicon/references.yaml` holds is written: the review's printed authors (its "et al." as "and others"),
 * title, journal, year, volume and pages, and the DOI unless the lexicon notes that the printed DOI is wrong.
 */
import type { Reference } from '../lexicon/model';

export function bibtexEntry(reference: Reference, key: string): string {
  const { volume, pages } = volumeAndPages(reference.details);
  const fields: [string, string][] = [
    ['author', authorList(reference.authors)],
    // Double braces keep a style from lower-casing gene names ("GPX4") and acronyms.
    ['title', `{${escapeTex(reference.title)}}`],
    ['journal', escapeTex(reference.journal)],
    ['year', String(reference.year)],
  ];
  if (volume) fields.push(['volume', escapeTex(volume)]);
  if (pages) fields.push(['pages', escapeTex(pages)]);
  if (reference.doi && !reference.doi_problem) fields.push(['doi', reference.doi]);
  return `@article{${key},\n${fields.map(([name, value]) => `  ${name} = {${value}},`).join('\n')}\n}\n`;
}

/** "Yang WS, SriRamaratnam R, et al." → "Yang, W. S. and SriRamaratnam, R. and others". */
function authorList(authors: string): string {
  const names = authors
    .split(/,\s*/)
    .map((name) => name.trim())
    .filter((name) => name !== '');
  return names
    .map((name) => {
      if (/^et al\.?$/i.test(name)) return 'others';
      const [, surname, initials] = /^(.+?)\s+([A-Z][A-Z-]*)$/u.exec(name) ?? [];
      // A name without initials (a consortium) is kept whole, in braces, so BibTeX does not split it.
      if (!surname || !initials) return `{${escapeTex(name)}}`;
      return `${escapeTex(surname)}, ${[...initials.replace(/-/g, '')].map((i) => `${i}.`).join(' ')}`;
    })
    .join(' and ');
}

/**
 * "156:317–31" → volume 156, pages 317--331: the printed last page is abbreviated (Vancouver style) and BibTeX
 * wants it whole. "113: E4966–75" keeps its letter; "10" is a volume alone; "60:B4774" an article number.
 */
function volumeAndPages(details: string | undefined): { volume?: string; pages?: string } {
  if (!details) return {};
  const colon = details.indexOf(':');
  const volume = (colon < 0 ? details : details.slice(0, colon)).trim();
  const printed = colon < 0 ? '' : details.slice(colon + 1).trim();
  if (printed === '') return volume ? { volume } : {};
  const [first, last] = printed.split(/[–-]/, 2).map((p) => p.trim());
  if (!last) return { ...(volume && { volume }), pages: first! };
  return { ...(volume && { volume }), pages: `${first}--${wholeLastPage(first!, last)}` };
}

function wholeLastPage(first: string, last: string): string {
  const [, letters = '', digits = ''] = /^([A-Za-z]*)(\d+)$/.exec(first) ?? [];
  // Only a bare number is abbreviated ("422.e21" is whole); it keeps the first page's letters ("viii1–7").
  if (digits === '' || !/^\d+$/.test(last)) return last;
  return `${letters}${last.length >= digits.length ? last : digits.slice(0, digits.length - last.length) + last}`;
}

function escapeTex(text: string): string {
  return text.replace(/[\\{}]/g, '').replace(/([&%$#_])/g, '\\$1');
}
