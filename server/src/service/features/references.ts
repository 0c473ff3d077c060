/** Find all references: every mention of the same entry in the given analyses (the open documents). */
import type { Analysis } from '../analysis';
import { mentionAt } from '../analysis';

export interface MentionLocation {
  readonly uri: string;
  readonly start: number;
  readonly end: number;
}

export function provideReferences(analysis: Analysis, offset: number, documents: Iterable<Analysis>): MentionLocation[] {
  const mention = mentionAt(analysis, offset);
  if (!mention) return [];
  const locations: MentionLocation[] = [];
  for (const other of documents) {
    for (const m of other.mentions) {
      if (m.id === mention.id || m.alternatives.includes(mention.id)) locations.push({ uri: other.uri, start: m.start, end: m.end });
    }
  }
  return locations;
}
