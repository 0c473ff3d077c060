/** Semantic tokens: one token per mention, typed by entity type, in the LSP's relative encoding. */
import type { Analysis } from '../analysis';
import { ENTITY_TYPES, type EntityType } from '../lexicon/lexicon';

export const SEMANTIC_TOKEN_TYPES: readonly EntityType[] = ENTITY_TYPES;
export const SEMANTIC_TOKEN_MODIFIERS: readonly string[] = ['ambiguous'];

export interface PositionIndex {
  positionAt(offset: number): { line: number; character: number };
}

/** A document's tokens, with where each mention's tokens begin: what the next version's are derived from. */
export interface EncodedTokens {
  readonly analysis: Analysis;
  /** [deltaLine, deltaStart, length, type, modifiers] per token, as the LSP encodes them. */
  readonly data: number[];
  /** Index (in tokens) of each mention's first token, and the token count last: one more than mentions. */
  readonly firstToken: Int32Array;
}

/**
 * The tokens of `analysis`, encoded as the LSP expects. When it was derived from the analysis of `previous` by re-reading one block,
 * the tokens before and after that block are taken over: in the relative encoding only the block's tokens and
 * the first one after it change, however the block moved the lines below it.
 */
export function encodeTokens(analysis: Analysis, lines: PositionIndex, text: string, previous?: EncodedTokens): EncodedTokens {
  const edit = analysis.edit;
  if (previous && edit && previous.analysis.version === edit.previousVersion && previous.analysis.uri === analysis.uri) {
    const derived = deriveTokens(analysis, lines, text, previous, edit);
    if (derived) return derived;
  }
  const encoder = new TokenEncoder(lines, text, analysis.mentions.length);
  for (let k = 0; k < analysis.mentions.length; k++) encoder.add(analysis.mentions[k]!, k);
  return { analysis, data: encoder.data, firstToken: encoder.finish(analysis.mentions.length) };
}

function deriveTokens(analysis: Analysis, lines: PositionIndex, text: string, previous: EncodedTokens, edit: NonNullable<Analysis['edit']>): EncodedTokens | undefined {
  const before = previous.analysis.mentions;
  const after = analysis.mentions;
  // Mentions wholly before the block are the same objects in both; those after it are shifted copies.
  let kept = 0;
  while (kept < before.length && kept < after.length && before[kept] === after[kept]) kept++;
  let oldSuffix = kept;
  while (oldSuffix < before.length && before[oldSuffix]!.proseStart < edit.oldProseEnd) oldSuffix++;
  let newSuffix = kept;
  while (newSuffix < after.length && after[newSuffix]!.proseStart < edit.newProseEnd) newSuffix++;
  if (before.length - oldSuffix !== after.length - newSuffix) return undefined;

  const prefixTokens = previous.firstToken[kept]!;
  const encoder = new TokenEncoder(lines, text, after.length);
  encoder.startAfter(previous.data, prefixTokens);
  // The block's mentions, and the first mention after it: its first token is relative to the block's last.
  const reencodeTo = Math.min(after.length, newSuffix + 1);
  for (let k = kept; k < reencodeTo; k++) encoder.add(after[k]!, k);
  // The old mention that matches the new one at `reencodeTo`: its tokens, and all after, are taken over.
  const oldFirstKept = Math.min(before.length, oldSuffix + 1);
  const oldRest = previous.firstToken[oldFirstKept]!;
  const data = previous.data.slice(0, prefixTokens * 5).concat(encoder.data, previous.data.slice(oldRest * 5));
  const firstToken = new Int32Array(after.length + 1);
  firstToken.set(previous.firstToken.subarray(0, kept + 1));
  const encoded = encoder.finish(reencodeTo);
  for (let k = kept; k <= reencodeTo; k++) firstToken[k] = prefixTokens + encoded[k]!;
  const shift = firstToken[reencodeTo]! - oldRest;
  for (let k = reencodeTo + 1; k <= after.length; k++) firstToken[k] = previous.firstToken[oldFirstKept + k - reencodeTo]! + shift;
  return { analysis, data, firstToken };
}

/** Encodes mentions in order into tokens, from the start of the document or after a run of earlier tokens. */
class TokenEncoder {
  readonly data: number[] = [];
  readonly #lines: PositionIndex;
  readonly #text: string;
  readonly #firstToken: Int32Array;
  #previousLine = 0;
  #previousCharacter = 0;
  #previousStart = 0;
  // Where the previous token's line ends: a token before it is on the same line, and its position follows by
  // subtraction. Only the first token of each line asks the position index.
  #lineEnd = -1;

  constructor(lines: PositionIndex, text: string, mentions: number) {
    this.#lines = lines;
    this.#text = text;
    this.#firstToken = new Int32Array(mentions + 1);
  }

  /** Continues after the first `count` tokens of `data`: their last position is where this one starts from. */
  startAfter(data: readonly number[], count: number): void {
    let line = 0;
    let character = 0;
    for (let t = 0; t < count; t++) {
      const deltaLine = data[t * 5]!;
      line += deltaLine;
      character = deltaLine === 0 ? character + data[t * 5 + 1]! : data[t * 5 + 1]!;
    }
    this.#previousLine = line;
    this.#previousCharacter = character;
  }

  /** Adds mention number `index` (its first token's index is recorded relative to this encoder's start). */
  add(mention: Analysis['mentions'][number], index: number): void {
    this.#firstToken[index] = this.data.length / 5;
    const type = SEMANTIC_TOKEN_TYPES.indexOf(mention.type);
    const modifiers = mention.alternatives.length > 0 ? 1 : 0;
    // A token cannot span lines; a mention broken across lines becomes one token per line.
    let start = mention.start;
    while (start < mention.end) {
      let line = this.#previousLine;
      let character = this.#previousCharacter + (start - this.#previousStart);
      if (start > this.#lineEnd) {
        ({ line, character } = this.#lines.positionAt(start));
        this.#lineEnd = lineBreakAt(this.#text, start);
      }
      const end = Math.min(this.#lineEnd, mention.end);
      if (end > start) {
        this.data.push(line - this.#previousLine, line === this.#previousLine ? character - this.#previousCharacter : character, end - start, type, modifiers);
        this.#previousLine = line;
        this.#previousCharacter = character;
        this.#previousStart = start;
      }
      start = end + 1;
    }
  }

  /** First-token indexes, relative to this encoder's start, with the token count at `end`. */
  finish(end: number): Int32Array {
    this.#firstToken[end] = this.data.length / 5;
    return this.#firstToken;
  }
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
