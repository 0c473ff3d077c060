/** Semantic tokens: one token per mention, typed by entity type, in the LSP's relative encoding. */
import type { Analysis } from './analysis';
import { ENTITY_TYPES, type EntityType } from './lexicon';

export const SEMANTIC_TOKEN_TYPES: readonly EntityType[] = ENTITY_TYPES;
export const SEMANTIC_TOKEN_MODIFIERS: readonly string[] = ['ambiguous'];

export interface PositionIndex {
  positionAt(offset: number): { line: number; character: number };
}

/** Encodes tokens as LSP expects: [deltaLine, deltaStart, length, type, modifiers] per token. */
export function provideSemanticTokens(analysis: Analysis, lines: PositionIndex, text: string): number[] {
  const data: number[] = [];
  let previousLine = 0;
  let previousCharacter = 0;
  for (const mention of analysis.mentions) {
    const type = SEMANTIC_TOKEN_TYPES.indexOf(mention.type);
    const modifiers = mention.alternatives.length > 0 ? 1 : 0;
    // A token cannot span lines; a mention broken across lines becomes one token per line.
    let start = mention.start;
    while (start < mention.end) {
      const newline = text.indexOf('\n', start);
      const end = newline >= 0 && newline < mention.end ? newline : mention.end;
      if (end > start) {
        const { line, character } = lines.positionAt(start);
        data.push(line - previousLine, line === previousLine ? character - previousCharacter : character, end - start, type, modifiers);
        previousLine = line;
        previousCharacter = character;
      }
      start = end + 1;
    }
  }
  return data;
}
