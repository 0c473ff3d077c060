/**
 * Find all references: every mention of the same entry in the given analyses (the open documents, and the files of
 * the document's LaTeX project that are not open, read from where the project's walk read them).
 */
import type { Analysis } from '../analysis';
import { mentionAt } from '../analysis';
import { LineIndex } from '../markup/lineIndex';

export interface MentionLocation {
  /** The document's uri; for a project file that is not open, its file id (a path), with `range` set. */
  readonly uri: string;
  readonly start: number;
  readonly end: number;
  /** 0-based lines and UTF-16 characters, for a file the editor does not have open (`unopened`). */
  readonly range?: { readonly start: { line: number; character: number }; readonly end: { line: number; character: number } };
}

export function provideReferences(analysis: Analysis, offset: number, documents: Iterable<Analysis>, unopened: Iterable<Analysis> = []): MentionLocation[] {
  const mention = mentionAt(analysis, offset);
  if (!mention) return [];
  const locations: MentionLocation[] = [];
  const same = (m: Analysis['mentions'][number]): boolean => m.id === mention.id || m.alternatives.includes(mention.id);
  for (const other of documents) {
    for (const m of other.mentions) if (same(m)) locations.push({ uri: other.uri, start: m.start, end: m.end });
  }
  for (const file of unopened) {
    let lines: LineIndex | undefined;
    for (const m of file.mentions) {
      if (!same(m)) continue;
      lines ??= new LineIndex(file.source);
      const at = (offset: number): { line: number; character: number } => {
        const line = lines!.lineOf(offset);
        return { line, character: offset - lines!.lineStart(line) };
      };
      locations.push({ uri: file.uri, start: m.start, end: m.end, range: { start: at(m.start), end: at(m.end) } });
    }
  }
  return locations;
}
