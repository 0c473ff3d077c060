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
  let previousStart = 0;
  // Where the previous token's line ends: a token before it is on the same line, and its position follows by
  // subtraction. Only the first token of each line asks the position index.
  let lineEnd = -1;
  for (const mention of analysis.mentions) {
    const type = SEMANTIC_TOKEN_TYPES.indexOf(mention.type);
    const modifiers = mention.alternatives.length > 0 ? 1 : 0;
    // A token cannot span lines; a mention broken across lines becomes one token per line.
    let start = mention.start;
    while (start < mention.end) {
      let line = previousLine;
      let character = previousCharacter + (start - previousStart);
      if (start > lineEnd) {
        ({ line, character } = lines.positionAt(start));
        lineEnd = lineBreakAt(text, start);
      }
      const end = Math.min(lineEnd, mention.end);
      if (end > start) {
        data.push(line - previousLine, line === previousLine ? character - previousCharacter : character, end - start, type, modifiers);
        previousLine = line;
        previousCharacter = character;
        previousStart = start;
      }
      start = end + 1;
    }
  }
  return data;
}

/** The offset of the first line break (\n or \r, as the LSP counts lines) at or after `from`, or the length. */
function lineBreakAt(text: string, from: number): number {
  LINE_BREAK.lastIndex = from;
  return LINE_BREAK.test(text) ? LINE_BREAK.lastIndex - 1 : text.length;
}

const LINE_BREAK = /[\r\n]/g;

/**
 * The edits that turn the tokens `previous` into `next`: one replacement of what lies between their common
 * start and common end. One is enough for an edit in one place: each token is encoded relative to the one
 * before, so only the tokens it touches and the first one after it change. None when they are equal.
 */
export function semanticTokensEdits(previous: readonly number[], next: readonly number[]): { start: number; deleteCount: number; data: number[] }[] {
  const shorter = Math.min(previous.length, next.length);
  let start = 0;
  while (start < shorter && previous[start] === next[start]) start++;
  let end = 0;
  while (end < shorter - start && previous[previous.length - 1 - end] === next[next.length - 1 - end]) end++;
  if (start === previous.length && start === next.length) return [];
  return [{ start, deleteCount: previous.length - start - end, data: next.slice(start, next.length - end) }];
}
