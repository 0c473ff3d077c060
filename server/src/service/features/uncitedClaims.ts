/**
 * Claims the curated literature backs, stated without a citation: an information diagnostic `uncited-claim` on
 * each sentence that asserts one and cites nothing, with the fix "Cite <first author> <year>". The fix cites one of
 * the references the curated relation rests on, in the document's own style (`\cite`, natbib's `\citep`, or what
 * the document uses most; pandoc's `[@key]` in Markdown), and appends the reference's BibTeX entry to the first
 * bibliography the document reads, unless that already holds the work (then its key is cited). A document without
 * a bibliography it can read gets none of this: a note or a draft is not asked for citations.
 */
import { Markup, type Analysis } from '../analysis';
import type { DocumentBibliographies } from '../bibliography/bibliographies';
import type { BibEntry } from '../bibliography/bibtex';
import { bibtexEntry } from '../bibliography/bibtexEntry';
import type { CitedKey } from '../bibliography/citationKeys';
import { DiagnosticSeverity, type BiolexDiagnostic, type QuickFix } from '../checker/diagnostics';
import type { SupportedClaim } from '../checker/checkedClaims';
import { findDisabledLines, NOTHING_DISABLED } from '../checker/inlineControl';
import type { Lexicon, Reference } from '../lexicon/lexicon';
import { LineIndex } from '../markup/lineIndex';
import { toSourceRange } from '../markup/prose';
import { citesAny } from './citedSentence';
import { normalTitle } from './citedSupport';

export const UNCITED_CLAIM = 'uncited-claim';

export interface UncitedClaimsInput {
  readonly analysis: Analysis;
  readonly supported: readonly SupportedClaim[];
  readonly keys: readonly CitedKey[];
  readonly bibliographies: DocumentBibliographies;
  readonly lexicon: Lexicon;
  /**
   * The LaTeX preamble that sets the citation style: the document's own, or its project root's for a chapter
   * (natbib loaded there makes `\citep` the command).
   */
  readonly preamble?: string;
}

export function provideUncitedClaims({ analysis, supported, keys, bibliographies, lexicon, preamble }: UncitedClaimsInput): BiolexDiagnostic[] {
  const target = bibliographies.declared.find((d): d is Extract<typeof d, { id: string }> => 'bibliography' in d);
  if (!target || supported.length === 0) return [];
  const source = analysis.source;
  let lines: LineIndex | undefined;
  const disabled = findDisabledLines(source, analysis.markup, (offset) => (lines ??= new LineIndex(source)).lineOf(offset));
  const command = analysis.markup === Markup.Latex ? latexCiteCommand(source, preamble ?? '') : undefined;
  const diagnostics: BiolexDiagnostic[] = [];
  const seen = new Set<number>();
  let held: ((reference: Reference) => BibEntry | undefined) | undefined;
  for (const { claim, relation, sentence: read } of supported) {
    if (seen.has(read.start)) continue;
    seen.add(read.start);
    const sentence = toSourceRange(analysis.prose, read.start, read.end);
    if (citesAny(keys, sentence)) continue;
    const range = toSourceRange(analysis.prose, claim.start, claim.end);
    if (disabled !== NOTHING_DISABLED && disabled.has((lines ??= new LineIndex(source)).lineOf(range.start))) continue;
    const references = relation.refs.flatMap((key) => lexicon.references.get(key) ?? []);
    const reference = references[0];
    if (!reference) continue;
    // A work the bibliography already holds is cited by its key there, and nothing is appended.
    held ??= worksHeld(bibliographies);
    const holding = references.flatMap((r) => {
      const entry = held!(r);
      return entry ? [{ reference: r, key: entry.key }] : [];
    })[0];
    const cited = holding ?? { reference, key: freeKey(reference.key, bibliographies) };
    const name = citationName(cited.reference);
    const at = beforeFinalStop(source, sentence);
    const citation = command ? `~\\${command}{${cited.key}}` : ` [@${cited.key}]`;
    // Built when asked for: a manuscript may have a hundred of these, and the editor asks for few.
    let fixes: QuickFix[] | undefined;
    const fixesOf = (): QuickFix[] => [
      {
        title: `Cite ${name}`,
        preferred: true,
        edits: [{ start: at, end: at, newText: citation }],
        ...(holding ? {} : { appends: [{ file: target.id, text: `\n${bibtexEntry(cited.reference, cited.key)}` }] }),
      },
    ];
    diagnostics.push({
      start: range.start,
      end: range.end,
      severity: DiagnosticSeverity.Information,
      code: UNCITED_CLAIM,
      message: `This claim cites nothing; the curated literature backs it: ${relation.text.replace(/\.$/, '')} (${name}, ${cited.reference.journal}).${holding ? ` ${target.path} has it as "${holding.key}".` : ''}`,
      related: [],
      get fixes() {
        return (fixes ??= fixesOf());
      },
      references: [cited.reference.key],
    });
  }
  return diagnostics;
}

/**
 * The entry of the bibliographies that holds a reference's work (`sameWork`: by DOI where both have one, else by
 * title), looked up in maps made once: a bibliography has hundreds of entries, a manuscript a hundred claims.
 */
function worksHeld(bibliographies: DocumentBibliographies): (reference: Reference) => BibEntry | undefined {
  const byDoi = new Map<string, BibEntry>();
  const byTitle = new Map<string, BibEntry>();
  const byTitleWithoutDoi = new Map<string, BibEntry>();
  for (const key of bibliographies.keys()) {
    const entry = bibliographies.entry(key);
    if (!entry) continue;
    if (entry.doi && !byDoi.has(entry.doi.toLowerCase())) byDoi.set(entry.doi.toLowerCase(), entry);
    if (entry.title === undefined) continue;
    const title = normalTitle(entry.title);
    if (!byTitle.has(title)) byTitle.set(title, entry);
    if (!entry.doi && !byTitleWithoutDoi.has(title)) byTitleWithoutDoi.set(title, entry);
  }
  return (reference) =>
    reference.doi ? (byDoi.get(reference.doi.toLowerCase()) ?? byTitleWithoutDoi.get(normalTitle(reference.title))) : byTitle.get(normalTitle(reference.title));
}

/** The lexicon's key ("yang2014"), or with a letter after it where the bibliography uses it for another work. */
function freeKey(key: string, bibliographies: DocumentBibliographies): string {
  if (!bibliographies.entry(key)) return key;
  for (const letter of 'abcdefghijklmnopqrstuvwxyz') if (!bibliographies.entry(`${key}${letter}`)) return `${key}${letter}`;
  return `${key}-biolex`;
}

/** "Yang et al. 2014", "Chen and Kang 2020", "Dixon 2012", from the review's printed author list. */
function citationName(reference: Reference): string {
  const surnames = reference.authors
    .split(/,\s*/)
    .filter((name) => name.trim() !== '' && !/^et al\.?$/i.test(name.trim()))
    .map((name) => name.trim().replace(/\s+[A-Z][A-Z-]*$/u, ''));
  const more = surnames.length > 2 || /et al\.?\s*$/i.test(reference.authors);
  const who = more ? `${surnames[0]} et al.` : surnames.join(' and ');
  return `${who} ${reference.year}`;
}

/** Where a citation goes: before the sentence's full stop (or ! or ?), else at its end. */
function beforeFinalStop(source: string, sentence: { start: number; end: number }): number {
  return /[.!?]/.test(source[sentence.end - 1] ?? '') ? sentence.end - 1 : sentence.end;
}

const CITE_COMMANDS = /\\(cite|citep|parencite|autocite|footcite|supercite)\{/g;
const NATBIB = /\\usepackage\s*(?:\[[^\]]*\])?\s*\{[^}]*\bnatbib\b[^}]*\}/;

/** The document's most used citation command; with none used yet, `\citep` under natbib, else `\cite`. */
function latexCiteCommand(source: string, preamble: string): string {
  const counts = new Map<string, number>();
  for (const match of source.matchAll(CITE_COMMANDS)) counts.set(match[1]!, (counts.get(match[1]!) ?? 0) + 1);
  const [most] = [...counts].sort((a, b) => b[1] - a[1]);
  if (most) return most[0];
  return NATBIB.test(source) || NATBIB.test(preamble) ? 'citep' : 'cite';
}
