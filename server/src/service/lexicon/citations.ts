/**
 * References as BioLex cites them everywhere (diagnostics, hovers, the CLI): by the source review's own numbers,
 * "[28–30]", with the key for a reference that has none (a workspace lexicon's), and linked by DOI, or, where the
 * review printed a DOI that does not lead to the article, by a search for its exact title.
 */
import type { Lexicon, Reference } from './lexicon';
import { doiUrl } from './links';

/** "28–30, 41" for these references, in the review's numbering; keys for references without a number. */
export function citationNumbers(keys: readonly string[], lexicon: Lexicon): string {
  const numbers: number[] = [];
  const unnumbered: string[] = [];
  for (const key of new Set(keys)) {
    const reference = lexicon.references.get(key);
    if (!reference) continue;
    if (reference.number !== undefined) numbers.push(reference.number);
    else unnumbered.push(key);
  }
  numbers.sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < numbers.length; ) {
    let j = i;
    while (j + 1 < numbers.length && numbers[j + 1] === numbers[j]! + 1) j++;
    parts.push(j - i >= 2 ? `${numbers[i]}–${numbers[j]}` : numbers.slice(i, j + 1).join(', '));
    i = j + 1;
  }
  return [...parts, ...unnumbered].join(', ');
}

/** The references of these keys, in the order of their numbers (unnumbered last). */
export function citedReferences(keys: Iterable<string>, lexicon: Lexicon): Reference[] {
  const references = [...new Set(keys)].map((key) => lexicon.references.get(key)).filter((r): r is Reference => r !== undefined);
  return references.sort((a, b) => (a.number ?? Infinity) - (b.number ?? Infinity));
}

/** How a reference is named in a list: its number ("28") or, without one, its key. */
export function referenceLabel(reference: Reference): string {
  return reference.number !== undefined ? String(reference.number) : reference.key;
}

/** Where a reference is found: its DOI, or a search for its exact title where the printed DOI does not lead to it. */
export function referenceUrl(reference: Reference): string {
  if (reference.doi && !reference.doi_problem) return doiUrl(reference.doi);
  return `https://pubmed.ncbi.nlm.nih.gov/?term=${encodeURIComponent(`"${reference.title}"[Title]`)}`;
}

/** "Dixon SJ et al." */
export function firstAuthor(reference: Reference): string {
  const first = reference.authors.split(',')[0]!.trim();
  return reference.authors.includes(',') ? `${first} et al.` : first;
}
