/**
 * Whether a flagged sentence's own citations are among the references the curated relation rests on. "GPX4 promotes
 * ferroptosis [@yang2014]" cites the very paper that says otherwise; "… [@smith2020]" cites one the lexicon does
 * not know for this relation. A cited entry matches a reference by DOI, else by its title, compared without case,
 * punctuation or TeX braces. The message of a mechanism contradiction says which, where the sentence cites any
 * key the bibliography has.
 */
import type { Analysis } from '../analysis';
import type { DocumentBibliographies } from '../bibliography/bibliographies';
import type { BibEntry } from '../bibliography/bibtex';
import type { CitedKey } from '../bibliography/citationKeys';
import { MECHANISM_CONTRADICTION, type BiolexDiagnostic } from '../checker/diagnostics';
import type { Reference } from '../lexicon/lexicon';
import { keysCitedIn, sentenceAt } from './citedSentence';

export function withCitedSupport(diagnostics: BiolexDiagnostic[], analysis: Analysis, keys: readonly CitedKey[], bibliographies: DocumentBibliographies, references: ReadonlyMap<string, Reference>): BiolexDiagnostic[] {
  if (keys.length === 0 || !bibliographies.anyRead || !diagnostics.some((d) => d.code === MECHANISM_CONTRADICTION)) return diagnostics;
  return diagnostics.map((diagnostic) => {
    if (diagnostic.code !== MECHANISM_CONTRADICTION) return diagnostic;
    const sentence = sentenceAt(analysis, diagnostic.start);
    if (!sentence) return diagnostic;
    const cited = keysCitedIn(keys, sentence).flatMap((k) => bibliographies.entry(k.key) ?? []);
    if (cited.length === 0) return diagnostic;
    const behind = diagnostic.references.flatMap((key) => references.get(key) ?? []);
    const supporting = cited.filter((entry) => behind.some((reference) => sameWork(entry, reference)));
    const named = (entries: readonly BibEntry[]): string => entries.map((e) => e.key).join(', ');
    const note =
      supporting.length > 0
        ? ` The sentence cites ${named(supporting)}, one of the references this relation rests on: check what it says.`
        : ` The sentence cites ${named(cited)}, which is not among the references this relation rests on.`;
    return { ...diagnostic, message: diagnostic.message + note };
  });
}

/** Whether a .bib entry is the lexicon's reference: by DOI where both have one, else by title. */
function sameWork(entry: BibEntry, reference: Reference): boolean {
  if (entry.doi && reference.doi) return entry.doi.toLowerCase() === reference.doi.toLowerCase();
  return entry.title !== undefined && normalTitle(entry.title) === normalTitle(reference.title);
}

export function normalTitle(title: string): string {
  return title.normalize('NFKD').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
