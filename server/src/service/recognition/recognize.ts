/**
 * Entity recognition on prose: term matches from the matcher, then the document-level rules that a trie
 * cannot know: short forms that need a definition in the document (TF, AA, LIP) and spellings that mean
 * something else in some contexts (ROS near "robot").
 */
import { SourceCursor, type Prose } from '../markup/prose';
import type { TermMatcher, TermMatches } from './matcher';
import type { Alias, EntityType } from '../lexicon/lexicon';
import type { SourceMention } from '../analysis';
import { fold, foldedWordPattern, isWordCode } from './normalize';

const NONE: readonly string[] = Object.freeze([]);

export interface Recognition {
  readonly mentions: SourceMention[];
  /**
   * The short forms the text defines ("transferrin (TF)"), as keys of `definitionKey`: a spelling that needs
   * a definition (TF, LIP) counts anywhere in a document that defines it.
   */
  readonly definitions: ReadonlySet<string>;
}

/** "non-" (or "non", "non‐") right before a match of cells, as a word of its own. */
const NEGATING_PREFIX = /(?:^|[^\p{L}])non[-‐‑]?\s?$/iu;

/** No definitions: shared, as most documents and blocks have none. */
export const NO_DEFINITIONS: ReadonlySet<string> = new Set();

/**
 * Recognizes the mentions of `prose` and places them in `source`, the text the prose was read from. A block
 * read alone (after an edit) is placed by `proseOffset` and `sourceOffset`, where it starts in the document,
 * and takes its short forms as the document defines them (`documentDefinitions`), not as it does itself. Short
 * forms the other files of a LaTeX project define count too (`projectDefinitions`).
 */
export function recognize(
  prose: Prose,
  matcher: TermMatcher,
  source: string,
  proseOffset = 0,
  sourceOffset = 0,
  documentDefinitions?: ReadonlySet<string>,
  projectDefinitions: ReadonlySet<string> = NO_DEFINITIONS,
): Recognition {
  const text = prose.text;
  const found = matcher.findAll(text);
  const definitions = findDefinitions(text, found);
  const matches = withInterruptedTerms(found, [...findInterruptedTerms(text, matcher, found), ...findSharedHeads(text, matcher, found)]);
  const defined = documentDefinitions ?? definitions;
  const mentions: SourceMention[] = [];
  const avoidWords = new AvoidWordFinder(text);
  const map = new SourceCursor(prose);
  const place = (start: number, end: number, id: string, type: EntityType, alternatives: readonly string[]): void => {
    const from = map.startOf(start) + sourceOffset;
    const to = closeInlineMath(source, from, map.endOf(end - 1) + sourceOffset);
    mentions.push({ start: from, end: to, id, type, alternatives, proseStart: start + proseOffset, proseEnd: end + proseOffset });
  };

  for (let k = 0; k < matches.count; k++) {
    const start = matches.starts[k]!;
    const end = matches.ends[k]!;
    const payloads = matches.payloads[k]!;
    // "non-malignant cells", "non-cancer cells": "non-" names every other kind of cells. (Not other entries:
    // "non-transferrin-bound iron" is iron, which the transferrin in its name describes.)
    if (start >= 4 && payloads.every((p) => p.type === 'cell') && NEGATING_PREFIX.test(text.slice(Math.max(0, start - 5), start))) continue;
    const only = payloads.length === 1 ? payloads[0]! : undefined;
    if (only && !only.alias.requiresDefinition) {
      // The common case: one spelling, at most one that some contexts rule out (ROS near "robot").
      if (only.alias.avoidContext.length > 0 && avoidWords.near(only.alias, start)) continue;
      place(start, end, only.entryId, only.type, NONE);
      continue;
    }
    const accepted = payloads.filter((payload) => {
      if (payload.alias.requiresDefinition) {
        const key = definitionKey(payload.entryId, text.slice(start, end));
        if (!defined.has(key) && !projectDefinitions.has(key)) return false;
      }
      return payload.alias.avoidContext.length === 0 || !avoidWords.near(payload.alias, start);
    });
    if (accepted.length === 0) continue;
    const ids = [...new Set(accepted.map((p) => p.entryId))];
    place(start, end, ids[0]!, accepted[0]!.type, ids.length > 1 ? ids.slice(1) : NONE);
  }
  return { mentions, definitions };
}

interface TermMatch {
  readonly start: number;
  readonly end: number;
  readonly payloads: TermMatches['payloads'][number];
}

/** A short form in parentheses inside a term: "natural killer (NK) cells", "regulatory T (Treg) cells". */
const INSERTED_SHORT_FORM = /^[A-Za-z][A-Za-z0-9-]{0,11}$/;

/**
 * Terms that a short form in parentheses interrupts, "natural killer (NK) cells": each is matched in the text
 * around it with the parentheses left out, and found where it spans them. The short form alone is left to the
 * matcher (and defines itself, see `findDefinitions`).
 */
function findInterruptedTerms(text: string, matcher: TermMatcher, found: TermMatches): TermMatch[] {
  const terms: TermMatch[] = [];
  let k = 0;
  for (let open = text.indexOf(' (', 1); open >= 0; open = text.indexOf(' (', open + 2)) {
    const close = text.indexOf(')', open + 2);
    if (close < 0) break;
    if (close - open > 14 || text.charCodeAt(close + 1) !== 32 || !/\p{L}/u.test(text[close + 2] ?? '') || !/\p{L}/u.test(text[open - 1]!)) continue;
    if (!INSERTED_SHORT_FORM.test(text.slice(open + 2, close))) continue;
    // Most short forms are followed by a word no term ends with ("(TFR1) is…"): no search for those.
    let after = close + 2;
    while (after < text.length && isWordCode(text.charCodeAt(after))) after++;
    if (!matcher.endsSomeTerm(fold(text.slice(close + 2, after)))) continue;
    const from = Math.max(0, open - 48);
    const to = Math.min(text.length, close + 40);
    // The text around with " (NK)" left out; `cut` is where it was.
    const joined = text.slice(from, open) + text.slice(close + 1, to);
    const cut = open - from;
    const shift = close + 1 - open;
    const around = matcher.findAll(joined);
    let best: TermMatch | undefined;
    for (let m = 0; m < around.count; m++) {
      const start = around.starts[m]!;
      const end = around.ends[m]!;
      // Only a term that spans the cut, and starts at a word's start in the whole text too.
      if (start >= cut || end <= cut || (start === 0 && from > 0 && isWordCode(text.charCodeAt(from - 1)))) continue;
      if (end === joined.length && to < text.length && isWordCode(text.charCodeAt(to))) continue;
      if (!best || start + from < best.start) best = { start: from + start, end: from + end + shift, payloads: around.payloads[m]! };
    }
    if (!best) continue;
    // "Classically activated (M2) macrophages", "(M2-type)": a short form of another entry is a (wrong)
    // definition, no part.
    while (k < found.count && found.starts[k]! < open + 2) k++;
    const inner = k < found.count && found.starts[k] === open + 2 && found.ends[k]! <= close ? found.payloads[k]! : undefined;
    if (inner && !inner.some((p) => best!.payloads.some((q) => q.entryId === p.entryId))) continue;
    terms.push(best);
  }
  return terms;
}

/** "B and NK cells", "CD4⁺ or CD8⁺ T cells": the word before "and"/"or" and a cell term's head name a cell type. */
const BEFORE_AND = /(?:^|[\s(])([\p{L}\p{N}][\p{L}\p{N}+⁺-]{0,11}),?\s+(?:and|or)\s+$/u;

/**
 * Cell types that share the head of the cell term after them: "B and NK cells" names B cells too. The word is
 * matched with each tail of the term ("NK cells" → "cells"; "CD8⁺ T cells" → "T cells", "cells"), and taken
 * where the two make a whole term of a cell type.
 */
function findSharedHeads(text: string, matcher: TermMatcher, found: TermMatches): TermMatch[] {
  const terms: TermMatch[] = [];
  for (let k = 0; k < found.count; k++) {
    const start = found.starts[k]!;
    const payloads = found.payloads[k]!;
    // Most cell terms are not preceded by "and "/"or ": told without slicing the text.
    if (payloads[0]!.type !== 'cell' || start < 4 || !(text.endsWith(' and ', start) || text.endsWith(' or ', start) || text.endsWith(', and ', start))) continue;
    const term = text.slice(start, found.ends[k]!);
    if (!term.includes(' ') && !term.includes('-')) continue;
    const sliceStart = Math.max(0, start - 24);
    const before = BEFORE_AND.exec(text.slice(sliceStart, start));
    if (!before) continue;
    const word = before[1]!;
    const wordStart = sliceStart + before.index + before[0].indexOf(word);
    // Already a mention ("M1 and M2 macrophages"): nothing to add.
    if (k > 0 && found.ends[k - 1]! > wordStart) continue;
    for (let cut = term.search(/[\s-]/); cut > 0; cut = nextCut(term, cut)) {
      const candidate = `${word} ${term.slice(cut + 1)}`;
      const whole = matcher.findAll(candidate);
      if (whole.count === 1 && whole.starts[0] === 0 && whole.ends[0] === candidate.length && whole.payloads[0]![0]!.type === 'cell') {
        terms.push({ start: wordStart, end: wordStart + word.length, payloads: whole.payloads[0]! });
        break;
      }
    }
  }
  return terms;
}

function nextCut(term: string, cut: number): number {
  const next = term.slice(cut + 1).search(/[\s-]/);
  return next < 0 ? -1 : cut + 1 + next;
}

/** The matches with interrupted terms in their places, and without the matches those terms contain. */
function withInterruptedTerms(found: TermMatches, terms: readonly TermMatch[]): TermMatches {
  if (terms.length === 0) return found;
  const all: TermMatch[] = [...terms];
  for (let k = 0; k < found.count; k++) {
    const start = found.starts[k]!;
    const end = found.ends[k]!;
    // A spelling with its own parenthesis ("mevalonate (MVA) pathway") is found both ways: keep it once.
    const inside = terms.some((term) => term.start <= start && end <= term.end);
    if (!inside) all.push({ start, end, payloads: found.payloads[k]! });
  }
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  return {
    count: all.length,
    starts: Int32Array.from(all, (m) => m.start),
    ends: Int32Array.from(all, (m) => m.end),
    payloads: all.map((m) => m.payloads),
  };
}

/** The short forms a text defines, as `recognize` finds them. */
export function definitionsIn(text: string, matcher: TermMatcher): ReadonlySet<string> {
  return findDefinitions(text, matcher.findAll(text));
}

function definitionKey(entryId: string, shortForm: string): string {
  return `${entryId}\u0000${shortForm}`;
}

/**
 * A short form is defined where a mention of the same entry is followed by it in parentheses
 * ("transferrin (TF)") or it is followed by such a mention in parentheses ("TF (transferrin)").
 */
function findDefinitions(text: string, matches: TermMatches): ReadonlySet<string> {
  let defined: Set<string> | undefined;
  const { starts, ends, payloads } = matches;
  for (let a = 0, b = 1; b < matches.count; a++, b++) {
    // Only "A (B)" can define: check the characters before slicing anything.
    if (text.charCodeAt(starts[b]! - 1) !== 40 /* ( */ || text.charCodeAt(ends[b]!) !== 41 /* ) */) continue;
    const between = starts[b]! - ends[a]!;
    if (between !== 1 && !(between === 2 && /\s/.test(text[ends[a]!]!))) continue;
    for (const [long, short] of [[a, b], [b, a]] as const) {
      for (const shortPayload of payloads[short]!) {
        if (!shortPayload.alias.requiresDefinition) continue;
        if (payloads[long]!.some((p) => p.entryId === shortPayload.entryId && !p.alias.requiresDefinition)) {
          (defined ??= new Set()).add(definitionKey(shortPayload.entryId, text.slice(starts[short]!, ends[short]!)));
        }
      }
    }
  }
  return defined ?? NO_DEFINITIONS;
}

interface Paragraph {
  readonly start: number;
  readonly end: number;
}

function paragraphAround(text: string, at: number): Paragraph {
  const before = text.lastIndexOf('\n\n', at);
  const start = before < 0 ? 0 : before + 2;
  const after = text.indexOf('\n\n', at);
  const end = after < 0 ? text.length : after;
  return { start, end };
}

/** An alias's avoid-context words as one pattern, whole words in any case and folded variant. */
const avoidPatterns = new WeakMap<Alias, RegExp>();

function avoidPattern(alias: Alias): RegExp {
  let pattern = avoidPatterns.get(alias);
  if (!pattern) {
    const words = alias.avoidContext.map(foldedWordPattern).join('|');
    avoidPatterns.set(alias, (pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${words})(?![\\p{L}\\p{N}])`, 'giu')));
  }
  return pattern;
}

/**
 * Finds avoid-context words in the paragraphs of mentions that have them, one paragraph at a time: a search
 * from a paragraph to the next occurrence anywhere after it would read the rest of the document whenever the
 * words do not occur, which is the common case (a megabyte takes milliseconds with these patterns).
 */
class AvoidWordFinder {
  readonly #text: string;
  /** The paragraph of the mention asked about last. */
  #paragraph: Paragraph | undefined;
  /** Per alias: the paragraph asked about last, and whether its words occur there. */
  readonly #last = new Map<Alias, { start: number; found: boolean }>();

  constructor(text: string) {
    this.#text = text;
  }

  /** Whether an avoid-context word of `alias` occurs in the paragraph of the mention at `at`. */
  near(alias: Alias, at: number): boolean {
    let paragraph = this.#paragraph;
    if (!paragraph || at < paragraph.start || at >= paragraph.end) this.#paragraph = paragraph = paragraphAround(this.#text, at);
    const last = this.#last.get(alias);
    if (last && last.start === paragraph.start) return last.found;
    const pattern = avoidPattern(alias);
    pattern.lastIndex = 0;
    // A paragraph starts and ends at a blank line: its edges are word boundaries, as in the whole text.
    const found = pattern.test(this.#text.slice(paragraph.start, paragraph.end));
    this.#last.set(alias, { start: paragraph.start, found });
    return found;
  }
}

/** A mention that ends inside inline math (IFN-$\gamma$) takes in the closing dollar, so edits replace whole markup. */
function closeInlineMath(text: string, start: number, end: number): number {
  let close = end;
  while (close < end + 4 && text.charCodeAt(close) === 125 /* } */) close++;
  if (text.charCodeAt(close) !== 36 /* $ */) return end;
  let dollars = 0;
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 36 && text.charCodeAt(i - 1) !== 92) dollars++;
  return dollars % 2 === 1 ? close + 1 : end;
}
