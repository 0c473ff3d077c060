/** Go to definition: a mention's entry in its lexicon file. */
import type { Analysis } from '../analysis';
import { mentionAt } from '../analysis';
import type { Lexicon, SourceLocation } from '../lexicon/lexicon';

export function provideDefinition(analysis: Analysis, offset: number, lexicon: Lexicon): SourceLocation[] {
  const mention = mentionAt(analysis, offset);
  if (!mention) return [];
  return [mention.id, ...mention.alternatives].flatMap((id) => {
    const entry = lexicon.entries.get(id);
    return entry ? [entry.source] : [];
  });
}
