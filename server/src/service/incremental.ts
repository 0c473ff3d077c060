/**
 * Re-analysis after an edit, reading only the changed block. The edit is found by comparing the old and new
 * text; it is widened to the blank lines around it, that block is turned into prose and recognized alone, and
 * everything before and after is reused (shifted). Where the block could change how the rest of the document
 * is read (a fence, a comment, math, environments, unbalanced braces, a definition of a short form), this
 * returns undefined and the caller analyses the whole document. A property test holds the result equal to a
 * full analysis.
 */
import { Markup, toProse, whyNotAnalysed, type Analysis, type BiolexDocument, type SourceMention } from './analysis';
import { firstProseIndexFrom, spliceProse, truncateProse, type Prose } from './markup/prose';
import { definitionsIn, recognize } from './recognition/recognize';
import { commonPrefix, commonSuffix } from './commonAffixes';
import type { TermMatcher } from './recognition/matcher';

/** Constructs whose state runs across blank lines; a block that has or had one is not re-read alone. */
const MARKDOWN_HAZARDS = /```|~~~|\$\$|<!--|-->|<\/?(?:script|pre|style|textarea)|^ {0,3}(?:---|\.\.\.|===|\*\*\*|___)\s*$|^(?: {4}|\t)|^ {0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)|^ {0,3}>|^ {0,3}\[[^\]]*\]:|^ {0,3}#|\|/m;
const LATEX_HAZARDS = /\\$|\\(?:begin|end|verb|lstinline|mintinline|\[|\]|\(|\)|item|par\b|title|def|newcommand|renewcommand|iffalse|fi\b|makeatletter|section|subsection|subsubsection|chapter|paragraph|subparagraph|part|caption|maketitle|abstract|tableofcontents|bigskip|medskip|smallskip|newpage|clearpage)|\$\$|%|\{\s*$/m;

const BLANK_LINE_INSIDE = /\n[ \t\r]*\n/;

export function updateAnalysis(previous: Analysis, document: BiolexDocument, matcher: TermMatcher): Analysis | undefined {
  const text = document.getText();
  const old = previous.source;
  if (previous.skipped || whyNotAnalysed(text)) return undefined;
  const markup = previous.markup;

  // The changed span: everything between the common prefix and the common suffix.
  const limit = Math.min(old.length, text.length);
  const prefix = commonPrefix(old, text, limit);
  if (prefix === old.length && prefix === text.length) {
    // The same text under a new version: an empty edit, so that what follows the analysis (findings, tokens)
    // is carried over as after any other edit rather than recomputed.
    const edit = { previousVersion: previous.version, start: 0, oldEnd: 0, newEnd: 0, proseStart: 0, oldProseEnd: 0, newProseEnd: 0 };
    return { ...previous, version: document.version, edit };
  }
  const suffix = commonSuffix(old, text, limit - prefix);

  // An edit may add or remove line breaks (Enter in a paragraph): if that makes or removes a blank line, the
  // block holds two blocks' prose, or had them, and the checks below leave it to the full pass.

  if (isBlankLineAt(old, prefix) || isBlankLineAt(text, prefix)) return undefined;

  // Widen to whole blocks: from after the blank line before the edit to the blank line after it.
  const start = blockStart(old, prefix);
  const oldEnd = blockEnd(old, old.length - suffix);
  const delta = text.length - old.length;
  const newEnd = oldEnd + delta;
  if (start > text.length || newEnd < start) return undefined;
  const oldBlock = old.slice(start, oldEnd);
  const newBlock = text.slice(start, newEnd);
  if (!isSelfContained(oldBlock, markup) || !isSelfContained(newBlock, markup)) return undefined;
  // A blank line inside means two blocks, even where one of them has no prose (only markup).
  if (BLANK_LINE_INSIDE.test(oldBlock) || BLANK_LINE_INSIDE.test(newBlock)) return undefined;
  if (markup === Markup.Latex) {
    // The preamble and what follows \end{document} are read differently from the body.
    const begin = old.indexOf('\\begin{document}');
    const end = old.indexOf('\\end{document}');
    if ((begin >= 0 && begin > start) || (end >= 0 && end < oldEnd)) return undefined;
  }

  // The block's prose in the old analysis: the characters whose source lies inside it.
  const proseStart = firstProseIndexFrom(previous.prose, start);
  const oldProseEnd = firstProseIndexFrom(previous.prose, oldEnd);
  const block = trimProse(toProse(newBlock, markup));
  // More than one block, or a block that appears or vanishes: the full pass places the breaks.
  if (block.text.includes('\n\n') || block.text.length === 0 || oldProseEnd === proseStart) return undefined;
  if (previous.prose.text.slice(proseStart, oldProseEnd).includes('\n\n')) return undefined;
  if (/\n\s*$|^\s/.test(newBlock) || /\n\s*$|^\s/.test(oldBlock)) return undefined;
  // Short forms count as the document defines them. A block that defines one, or did, may change that for
  // every other block: then the whole document is read again.
  const recognition = recognize(block, matcher, text, proseStart, start, previous.definitions, previous.projectDefinitions);
  if (recognition.definitions.size > 0) return undefined;
  if (previous.definitions.size > 0 && definitionsIn(previous.prose.text.slice(proseStart, oldProseEnd), matcher).size > 0) return undefined;

  const newProseEnd = proseStart + block.text.length;
  const proseDelta = newProseEnd - oldProseEnd;
  const prose = spliceProse(previous.prose, proseStart, oldProseEnd, block, start, delta, text.length);

  const mentions: SourceMention[] = [];
  for (const m of previous.mentions) {
    if (m.proseEnd > proseStart) break;
    mentions.push(m);
  }
  mentions.push(...recognition.mentions);
  const previousMentions = previous.mentions;
  for (let k = lowerBoundMention(previousMentions, oldProseEnd); k < previousMentions.length; k++) {
    const m = previousMentions[k]!;
    // A literal, not a spread: V8 copies a spread object field by field on its slow path.
    mentions.push({ start: m.start + delta, end: m.end + delta, id: m.id, type: m.type, alternatives: m.alternatives, proseStart: m.proseStart + proseDelta, proseEnd: m.proseEnd + proseDelta });
  }
  return {
    uri: document.uri,
    version: document.version,
    markup,
    source: text,
    prose,
    mentions,
    definitions: previous.definitions,
    projectDefinitions: previous.projectDefinitions,
    edit: { previousVersion: previous.version, start, oldEnd, newEnd, proseStart, oldProseEnd, newProseEnd },
  };
}

function isBlankLineAt(text: string, at: number): boolean {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const end = text.indexOf('\n', at);
  return /^[ \t\r]*$/.test(text.slice(start, end < 0 ? text.length : end));
}

/** After the last blank line before `at` (or 0). */
function blockStart(text: string, at: number): number {
  let i = Math.min(at, text.length);
  // Step back to the start of the line the edit is on, then over non-blank lines.
  i = text.lastIndexOf('\n', i - 1) + 1;
  while (i > 0) {
    const previousLineStart = text.lastIndexOf('\n', i - 2) + 1;
    if (/^[ \t\r]*$/.test(text.slice(previousLineStart, i - 1))) return i;
    i = previousLineStart;
  }
  return 0;
}

/** At the newline that starts the first blank line at or after `at` (or the end). */
function blockEnd(text: string, at: number): number {
  let i = text.indexOf('\n', Math.max(0, at));
  while (i >= 0) {
    const next = text.indexOf('\n', i + 1);
    const line = text.slice(i + 1, next < 0 ? text.length : next);
    if (/^[ \t\r]*$/.test(line)) return i;
    i = next;
  }
  return text.length;
}

function isSelfContained(block: string, markup: Markup): boolean {
  if (block.length > 20_000) return false;
  if (markup === Markup.Markdown) return !MARKDOWN_HAZARDS.test(block) && !/^\s*$/.test(block);
  if (LATEX_HAZARDS.test(block) || /^\s*$/.test(block)) return false;
  let depth = 0;
  let dollars = 0;
  for (let i = 0; i < block.length; i++) {
    const c = block[i];
    if (c === '\\') i++;
    else if (c === '{') depth++;
    else if (c === '}' && --depth < 0) return false;
    else if (c === '$') dollars++;
  }
  return depth === 0 && dollars % 2 === 0;
}

/** A block's prose without the break the scanner adds at its end (its start is as a full scan reads it). */
function trimProse(prose: Prose): Prose {
  let end = prose.text.length;
  while (end > 0 && /\s/.test(prose.text[end - 1]!)) end--;
  return truncateProse(prose, end);
}

function lowerBoundMention(mentions: readonly SourceMention[], proseOffset: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.proseStart < proseOffset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

