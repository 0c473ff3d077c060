/**
 * The citation keys a document cites, each with its exact source range: LaTeX's \cite and every command the
 * prose scanner takes for a citation (latexCommands.ts: \citep, \citet, \parencite, \textcite, \autocite,
 * \cite*, with [pre][post] notes; biblatex's \cites{a}{b}), pandoc's [@key], [see @key, p. 4; -@other] and
 * in-text @key by the rules the Markdown scanner drops them with (markdownInline.ts). Comments, verbatim,
 * code and math cite nothing (citationContext.ts).
 */
import { Markup } from '../analysis';
import { isCitationCommand } from '../markup/latexCommands';
import { CAN_PRECEDE_IN_TEXT_CITATION, citationKeyLength, isBracketedCitation, PANDOC_CITATION_KEY } from '../markup/markdownInline';
import { citableSource } from './citationContext';

export interface CitedKey {
  readonly key: string;
  /** Source range of the key, without its @ or the braces around it. */
  readonly start: number;
  readonly end: number;
}

/** `citable`: the source as `citableSource` makes it, when the caller has it already. */
export function findCitedKeys(source: string, markup: Markup, citable = citableSource(source, markup)): CitedKey[] {
  return markup === Markup.Latex ? latexCitedKeys(citable) : pandocCitedKeys(citable);
}

/** The cited key at `offset` (its end included, so that a cursor after a key counts). */
export function citedKeyAt(keys: readonly CitedKey[], offset: number): CitedKey | undefined {
  return keys.find((key) => key.start <= offset && offset <= key.end);
}

const LATEX_COMMAND = /\\([A-Za-z]+)\*?/g;
/** Notes in brackets or biblatex's (pre)(post) for multicite commands, far shorter than this. */
const MAX_NOTE = 1000;

function latexCitedKeys(source: string): CitedKey[] {
  const keys: CitedKey[] = [];
  for (const command of source.matchAll(LATEX_COMMAND)) {
    if (!isCitationCommand(command[1]!)) continue;
    // biblatex's \cites, \parencites… take several {keys} groups, each with its own notes.
    const groups = command[1]!.endsWith('cites') ? Infinity : 1;
    let at = command.index + command[0].length;
    for (let group = 0; group < groups; group++) {
      at = skipNotes(source, at);
      if (source[at] !== '{') break;
      const close = source.indexOf('}', at + 1);
      if (close < 0 || source.slice(at + 1, close).includes('{')) break;
      let keyStart = at + 1;
      for (const part of source.slice(at + 1, close).split(',')) {
        const key = part.trim();
        const start = keyStart + part.indexOf(key);
        keyStart += part.length + 1;
        // \nocite{*} adds the whole bibliography: no key.
        if (key !== '' && key !== '*') keys.push({ key, start, end: start + key.length });
      }
      at = close + 1;
    }
  }
  return keys;
}

/** Past spaces and optional arguments: [prenote][postnote], and (pre)(post) before a multicite's groups. */
function skipNotes(source: string, from: number): number {
  let at = from;
  for (;;) {
    while (source[at] === ' ' || source[at] === '\t' || source[at] === '\n' || source[at] === '\r') at++;
    const open = source[at];
    if (open !== '[' && open !== '(') return at;
    const close = source.indexOf(open === '[' ? ']' : ')', at + 1);
    if (close < 0 || close - at > MAX_NOTE) return at;
    at = close + 1;
  }
}

const KEY_IN_BRACKETS = /(?<=^|[\s;\-[])-?(@[\w][\w:.#$%&\-+?<>~/]*)/g;

function pandocCitedKeys(source: string): CitedKey[] {
  const keys: CitedKey[] = [];
  /** Brackets that are citations: an @ inside them is not read again as an in-text citation. */
  const bracketed: [number, number][] = [];
  for (let open = source.indexOf('['); open >= 0; open = source.indexOf('[', open + 1)) {
    if (source[open - 1] === '\\' || source[open - 1] === '!') continue;
    const close = matchingBracket(source, open);
    if (close < 0) continue;
    const inner = source.slice(open + 1, close);
    if (!isBracketedCitation(inner, source[close + 1])) continue;
    bracketed.push([open, close]);
    for (const match of inner.matchAll(KEY_IN_BRACKETS)) {
      const start = open + 1 + match.index + match[0].indexOf('@') + 1;
      keys.push({ key: match[1]!.slice(1, citationKeyLength(match[1]!)), start, end: start + citationKeyLength(match[1]!) - 1 });
    }
    open = close;
  }
  let inBracket = 0;
  for (let at = source.indexOf('@'); at >= 0; at = source.indexOf('@', at + 1)) {
    while (inBracket < bracketed.length && bracketed[inBracket]![1] < at) inBracket++;
    if (inBracket < bracketed.length && bracketed[inBracket]![0] < at) continue;
    const before = source[at - 1];
    if (before !== undefined && !CAN_PRECEDE_IN_TEXT_CITATION.test(before)) continue;
    const match = PANDOC_CITATION_KEY.exec(source.slice(at, at + 200));
    if (!match) continue;
    const length = citationKeyLength(match[0]);
    keys.push({ key: match[0].slice(1, length), start: at + 1, end: at + length });
  }
  return keys.sort((a, b) => a.start - b.start);
}

/** The `]` that closes the `[` at `open`, nested brackets counted, within its paragraph; -1 without one. */
function matchingBracket(source: string, open: number): number {
  let depth = 0;
  for (let at = open; at < source.length; at++) {
    const c = source[at];
    if (c === '\\') at++;
    else if (c === '[') depth++;
    else if (c === ']' && --depth === 0) return at;
    else if (c === '\n' && /^[ \t]*(?:\r?\n|$)/.test(source.slice(at + 1, at + 64))) return -1;
  }
  return -1;
}
