/**
 * Entity recognition on prose: term matches from the matcher, then the document-level rules that a trie
 * cannot know: short forms that need a definition in the document (TF, AA, LIP) and spellings that mean
 * something else in some contexts (ROS near "robot").
 */
import type { Prose } from './prose';
import type { TermMatcher, TermPayload } from './matcher';
import type { EntityType } from './lexicon';
import { fold } from './normalize';

export interface Mention {
  /** Prose offsets. */
  readonly start: number;
  readonly end: number;
  /** The entry this mention names; `alternatives` are other entries sharing a declared-ambiguous spelling. */
  readonly id: string;
  readonly type: EntityType;
  readonly alternatives: readonly string[];
}

const NONE: readonly string[] = Object.freeze([]);

export function recognizeMentions(prose: Prose, matcher: TermMatcher): Mention[] {
  return recognize(prose, matcher).mentions;
}

export interface Recognition {
  readonly mentions: Mention[];
  /**
   * True when a spelling that needs a definition (TF, LIP) occurs: whether it counts depends on the whole
   * document, so an edit anywhere may change it.
   */
  readonly dependsOnDefinitions: boolean;
}

export function recognize(prose: Prose, matcher: TermMatcher): Recognition {
  const text = prose.text;
  const matches = matcher.findAll(text);
  const dependsOnDefinitions = matches.some((m) => m.payloads.some((p) => p.alias.requiresDefinition));
  const defined = findDefinitions(text, matches);
  const mentions: Mention[] = [];
  let paragraphCache: { start: number; end: number; folded: string } | undefined;

  for (const match of matches) {
    const only = match.payloads.length === 1 ? match.payloads[0]! : undefined;
    if (only && !only.alias.requiresDefinition && only.alias.avoidContext.length === 0) {
      // The common case: one unrestricted spelling.
      mentions.push({ start: match.start, end: match.end, id: only.entryId, type: only.type, alternatives: NONE });
      continue;
    }
    const accepted = match.payloads.filter((payload) => {
      if (payload.alias.requiresDefinition && !defined.has(definitionKey(payload.entryId, text.slice(match.start, match.end)))) return false;
      if (payload.alias.avoidContext.length > 0) {
        if (!paragraphCache || match.start < paragraphCache.start || match.start >= paragraphCache.end) {
          paragraphCache = paragraphAround(text, match.start);
        }
        const paragraph = paragraphCache.folded;
        if (payload.alias.avoidContext.some((word) => containsWord(paragraph, foldedWord(word)))) return false;
      }
      return true;
    });
    if (accepted.length === 0) continue;
    const ids = [...new Set(accepted.map((p) => p.entryId))];
    mentions.push({
      start: match.start,
      end: match.end,
      id: ids[0]!,
      type: accepted[0]!.type,
      alternatives: ids.length > 1 ? ids.slice(1) : NONE,
    });
  }
  return { mentions, dependsOnDefinitions };
}

const foldedWords = new Map<string, string>();
function foldedWord(word: string): string {
  let folded = foldedWords.get(word);
  if (folded === undefined) foldedWords.set(word, (folded = fold(word)));
  return folded;
}

function definitionKey(entryId: string, shortForm: string): string {
  return `${entryId}\u0000${shortForm}`;
}

/**
 * A short form is defined where a mention of the same entry is followed by it in parentheses
 * ("transferrin (TF)") or it is followed by such a mention in parentheses ("TF (transferrin)").
 */
function findDefinitions(text: string, matches: readonly { start: number; end: number; payloads: readonly TermPayload[] }[]): Set<string> {
  const defined = new Set<string>();
  for (let k = 0; k + 1 < matches.length; k++) {
    const a = matches[k]!;
    const b = matches[k + 1]!;
    // Only "A (B)" can define: check the characters before slicing anything.
    if (text.charCodeAt(b.start - 1) !== 40 /* ( */ || text.charCodeAt(b.end) !== 41 /* ) */) continue;
    const between = b.start - a.end;
    if (between !== 1 && !(between === 2 && /\s/.test(text[a.end]!))) continue;
    for (const [long, short] of [[a, b], [b, a]] as const) {
      for (const shortPayload of short.payloads) {
        if (!shortPayload.alias.requiresDefinition) continue;
        if (long.payloads.some((p) => p.entryId === shortPayload.entryId && !p.alias.requiresDefinition)) {
          defined.add(definitionKey(shortPayload.entryId, text.slice(short.start, short.end)));
        }
      }
    }
  }
  return defined;
}

function paragraphAround(text: string, at: number): { start: number; end: number; folded: string } {
  const before = text.lastIndexOf('\n\n', at);
  const start = before < 0 ? 0 : before + 2;
  const after = text.indexOf('\n\n', at);
  const end = after < 0 ? text.length : after;
  return { start, end, folded: fold(text.slice(start, end)) };
}

function containsWord(haystack: string, word: string): boolean {
  let from = 0;
  for (;;) {
    const i = haystack.indexOf(word, from);
    if (i < 0) return false;
    const before = i === 0 ? '' : haystack[i - 1]!;
    const after = haystack[i + word.length] ?? '';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
    from = i + 1;
  }
}
