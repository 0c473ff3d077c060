/**
 * One document's analysis: markup → prose → mentions, with every mention mapped back to source offsets.
 * Computed once per document version and shared by every feature.
 */
import type { Prose } from './markup/prose';
import { markdownToProse } from './markup/markdown';
import { latexToProse } from './markup/latex';
import { NO_DEFINITIONS, recognize } from './recognition/recognize';
import type { TermMatcher } from './recognition/matcher';
import type { EntityType } from './lexicon/lexicon';

/** What the service needs of a document: no editor or file system types. */
export interface BiolexDocument {
  readonly uri: string;
  readonly languageId: string;
  readonly version: number;
  getText(): string;
}

export enum Markup {
  Markdown = 'markdown',
  Latex = 'latex',
}

export interface SourceMention {
  /** UTF-16 offsets into the document source. */
  readonly start: number;
  readonly end: number;
  readonly id: string;
  readonly type: EntityType;
  readonly alternatives: readonly string[];
  /** Prose offsets, for features that read sentences. */
  readonly proseStart: number;
  readonly proseEnd: number;
}

export interface Analysis {
  readonly uri: string;
  readonly version: number;
  readonly markup: Markup;
  /** The source text analysed. */
  readonly source: string;
  readonly prose: Prose;
  readonly mentions: readonly SourceMention[];
  /** The short forms the document defines ("transferrin (TF)"): what a block read alone takes them as. */
  readonly definitions: ReadonlySet<string>;
  /** The short forms the other files of its project define, which count here too (see `projectDefinitions`). */
  readonly projectDefinitions: ReadonlySet<string>;
  /** Set when the document was not analysed (binary, too large); a sentence for the user. */
  readonly skipped?: string;
  /** Set when this analysis was derived from the previous version by re-reading one changed block. */
  readonly edit?: AnalysisEdit;
}

/** What changed between an analysis and the one it was derived from: one block, in both coordinates. */
export interface AnalysisEdit {
  /** The version it was derived from (not the analysis itself: a chain of versions would never be freed). */
  readonly previousVersion: number;
  /** Source: [start, oldEnd) in the previous text became [start, newEnd) in this one. */
  readonly start: number;
  readonly oldEnd: number;
  readonly newEnd: number;
  /** Prose: [proseStart, oldProseEnd) became [proseStart, newProseEnd). */
  readonly proseStart: number;
  readonly oldProseEnd: number;
  readonly newProseEnd: number;
}

/** Past this size a document is not analysed: an editor stays responsive, and manuscripts are far smaller. */
export const MAX_DOCUMENT_LENGTH = 20_000_000;

export function markupOf(document: Pick<BiolexDocument, 'uri' | 'languageId'>): Markup {
  if (document.languageId === 'latex' || document.languageId === 'tex') return Markup.Latex;
  if (document.languageId === 'markdown') return Markup.Markdown;
  return /\.(tex|ltx|sty|cls)$/i.test(document.uri) ? Markup.Latex : Markup.Markdown;
}

export function toProse(text: string, markup: Markup): Prose {
  return markup === Markup.Latex ? latexToProse(text) : markdownToProse(text);
}

export function analyzeDocument(document: BiolexDocument, matcher: TermMatcher, projectDefinitions: ReadonlySet<string> = NO_DEFINITIONS): Analysis {
  const text = document.getText();
  const markup = markupOf(document);
  const skipped = whyNotAnalysed(text);
  const prose = toProse(skipped ? '' : text, markup);
  const recognition = skipped ? { mentions: [], definitions: NO_DEFINITIONS } : recognize(prose, matcher, text, 0, 0, undefined, projectDefinitions);
  return {
    uri: document.uri,
    version: document.version,
    markup,
    source: text,
    prose,
    mentions: recognition.mentions,
    definitions: recognition.definitions,
    projectDefinitions,
    ...(skipped && { skipped }),
  };
}

export function whyNotAnalysed(text: string): string | undefined {
  if (text.length > MAX_DOCUMENT_LENGTH) {
    return `BioLex skipped this document: it has ${text.length.toLocaleString('en')} characters, more than the ${MAX_DOCUMENT_LENGTH.toLocaleString('en')} it analyses.`;
  }
  if (text.slice(0, 8192).includes('\u0000')) return 'BioLex skipped this document: it looks binary (it contains NUL characters).';
  return undefined;
}

/** The mention whose source range contains `offset`, end included so that a cursor after a word counts. */
export function mentionAt(analysis: Analysis, offset: number): SourceMention | undefined {
  const mentions = analysis.mentions;
  let lo = 0;
  let hi = mentions.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const m = mentions[mid]!;
    if (offset < m.start) hi = mid - 1;
    else if (offset > m.end) lo = mid + 1;
    else return m;
  }
  return undefined;
}
