/**
 * A .bib file's text as the entries a hover shows. @retorquere/bibtex-parser (the parser of Better BibTeX for
 * Zotero) does the reading: it decodes TeX in fields ({\"o}, --, $^+$, @string macros, # concatenation), splits
 * author lists, and goes on past a broken entry, listing it as an error. A parse that throws anyway leaves an
 * empty bibliography with the reason: bad input never stops the analysis of the manuscript.
 */
import { parse, type Creator, type Entry } from '@retorquere/bibtex-parser';

export interface BibEntry {
  readonly key: string;
  /** article, book, inproceedings… as written, lower-cased. */
  readonly type: string;
  readonly title?: string;
  /** "Scott J. Dixon", or an institution's name, in the file's order. */
  readonly authors: readonly string[];
  /** The file ends the list with "and others": more authors than it names. */
  readonly moreAuthors: boolean;
  /** The journal, or the book or proceedings the entry is part of. */
  readonly container?: string;
  readonly year?: string;
  /** Bare: "10.1016/j.cell.2012.03.042", whatever prefix the file wrote. */
  readonly doi?: string;
}

export interface Bibliography {
  readonly entries: ReadonlyMap<string, BibEntry>;
  /** Sentences for the user, each saying where in the file it went wrong. */
  readonly problems: readonly string[];
}

const PARSE_OPTIONS = {
  // Titles as the file writes them: sentence-casing is for reference managers, a hover quotes the file.
  sentenceCase: false,
  english: false,
  caseProtection: false,
  // A command the parser does not know is dropped rather than failing the entry.
  unsupported: 'ignore',
} as const;

export function parseBibliography(text: string): Bibliography {
  let library;
  try {
    library = parse(text, PARSE_OPTIONS);
  } catch (error) {
    return { entries: new Map(), problems: [`it could not be read: ${error instanceof Error ? error.message : String(error)}`] };
  }
  const entries = new Map<string, BibEntry>();
  const problems = library.errors.map((e) => e.error);
  for (const entry of library.entries) {
    if (entry.key === '') continue;
    if (entries.has(entry.key)) problems.push(`the key "${entry.key}" is used twice; the first entry is shown`);
    else entries.set(entry.key, toBibEntry(entry));
  }
  return { entries, problems };
}

function toBibEntry(entry: Entry): BibEntry {
  const fields = entry.fields;
  const text = (name: string): string | undefined => {
    const value = (fields as Record<string, unknown>)[name];
    const joined = Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string').join(', ') : typeof value === 'string' ? value : undefined;
    const plain = joined === undefined ? undefined : plainText(joined);
    return plain === '' ? undefined : plain;
  };
  const title = text('title');
  const container = text('journal') ?? text('journaltitle') ?? text('booktitle');
  const year = text('year') ?? /^\d{4}/.exec(text('date') ?? '')?.[0];
  const doi = bareDoi(text('doi'));
  const names = (fields.author ?? fields.editor ?? []).map(creatorName).filter((name) => name !== '');
  const others = names.at(-1) === 'others';
  return {
    key: entry.key,
    type: entry.type.toLowerCase(),
    authors: others ? names.slice(0, -1) : names,
    moreAuthors: others,
    ...(title !== undefined && { title }),
    ...(container !== undefined && { container }),
    ...(year !== undefined && { year }),
    ...(doi !== undefined && { doi }),
  };
}

function creatorName(creator: Creator): string {
  if (creator.name !== undefined) return plainText(creator.name);
  return plainText([creator.firstName, creator.prefix, creator.lastName, creator.suffix].filter((part) => part).join(' '));
}

/**
 * The parser marks up what TeX formatted (\emph → <i>, ^ → <sup>): a hover shows words, so the tags go. Accents
 * come out as combining marks (M{\"u}ller as u + ¨): composed, so that the text compares and searches as typed.
 */
function plainText(value: string): string {
  return value.replace(/<\/?(?:i|b|sup|sub|sc|span|nc)(?:\s[^>]*)?>/g, '').replace(/\s+/g, ' ').trim().normalize('NFC');
}

/** "https://doi.org/10.1/x", "doi:10.1/x" and "10.1/x" are one DOI; anything else is not a DOI. */
function bareDoi(value: string | undefined): string | undefined {
  const doi = value?.replace(/^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)/i, '').trim();
  return doi && /^10\.\d{4,9}\/\S+$/.test(doi) ? doi : undefined;
}
