/**
 * Citations the bibliography cannot back: a cited key that no declared bibliography has (`unknown-citation`,
 * with "Change to <key>" where a key in the bibliography is a typo away), a declared bibliography that is not
 * there (`bibliography-not-found`), and one whose text did not all parse (`bibliography-problem`, the entries that
 * parsed still in use). A document that declares no bibliography gets none of these: its citations may be
 * resolved by a build this file does not show.
 */
import type { BiolexDiagnostic, QuickFix } from '../checker/diagnostics';
import { DiagnosticSeverity } from '../checker/diagnostics';
import type { DocumentBibliographies } from '../bibliography/bibliographies';
import type { CitedKey } from '../bibliography/citationKeys';

export const UNKNOWN_CITATION = 'unknown-citation';
export const BIBLIOGRAPHY_NOT_FOUND = 'bibliography-not-found';
export const BIBLIOGRAPHY_PROBLEM = 'bibliography-problem';

/** Keys this many edits apart (or equal but for case) are offered as the key meant. */
const MAX_EDITS = 2;
const MAX_SUGGESTIONS = 3;
/** The problems a message lists of one file; the rest are counted. */
const PROBLEMS_SHOWN = 3;

export function provideCitationDiagnostics(keys: readonly CitedKey[], bibliographies: DocumentBibliographies): BiolexDiagnostic[] {
  const diagnostics: BiolexDiagnostic[] = [];
  for (const declared of bibliographies.declared) {
    // Its range is in the file that declares it, which reports it.
    if (declared.inheritedFrom !== undefined) continue;
    if ('missing' in declared) {
      diagnostics.push(diagnostic(declared, BIBLIOGRAPHY_NOT_FOUND, `The bibliography ${declared.path} was not found (${declared.missing}); its citations are not checked.`));
    } else if (declared.bibliography.problems.length > 0) {
      const problems = declared.bibliography.problems;
      const more = problems.length > PROBLEMS_SHOWN ? `; and ${problems.length - PROBLEMS_SHOWN} more` : '';
      diagnostics.push(
        diagnostic(
          declared,
          BIBLIOGRAPHY_PROBLEM,
          `${declared.path} has ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}: ${problems.slice(0, PROBLEMS_SHOWN).join('; ')}${more}. Its ${declared.bibliography.entries.size} entries that could be read are used.`,
        ),
      );
    }
  }
  if (!bibliographies.anyRead) return diagnostics;
  let known: readonly string[] | undefined;
  for (const cited of keys) {
    if (bibliographies.entry(cited.key)) continue;
    known ??= [...new Set(bibliographies.keys())];
    const fixes = closeKeys(cited.key, known).map(
      (key, i): QuickFix => ({ title: `Change to ${key}`, preferred: i === 0, edits: [{ start: cited.start, end: cited.end, newText: key }] }),
    );
    const files = bibliographies.declared.filter((d) => 'bibliography' in d).map((d) => d.path).join(', ');
    // Said in the message too: the command line shows no quick fixes.
    const suggestion = fixes.length > 0 ? ` Did you mean "${fixes[0]!.edits[0]!.newText}"?` : '';
    diagnostics.push({ ...diagnostic(cited, UNKNOWN_CITATION, `The citation key "${cited.key}" is not in the bibliography (${files}).${suggestion}`), fixes });
  }
  return diagnostics.sort((a, b) => a.start - b.start);
}

function diagnostic(range: { start: number; end: number }, code: string, message: string): BiolexDiagnostic {
  return { start: range.start, end: range.end, severity: DiagnosticSeverity.Warning, code, message, related: [], fixes: [], references: [] };
}

/** The keys a typo away from `key`, nearest first: the same but for case, then by edit distance. */
export function closeKeys(key: string, known: readonly string[]): string[] {
  const lower = key.toLowerCase();
  const scored: { key: string; distance: number }[] = [];
  for (const candidate of known) {
    if (Math.abs(candidate.length - key.length) > MAX_EDITS) continue;
    const distance = candidate.toLowerCase() === lower ? 0 : editDistance(key, candidate, MAX_EDITS);
    if (distance <= MAX_EDITS) scored.push({ key: candidate, distance });
  }
  return scored
    .sort((a, b) => a.distance - b.distance || a.key.localeCompare(b.key))
    .slice(0, MAX_SUGGESTIONS)
    .map((s) => s.key);
}

/** Levenshtein distance, or `limit + 1` as soon as it must exceed `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      rowMin = Math.min(rowMin, current[j]!);
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}
