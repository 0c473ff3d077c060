/**
 * Sentence splitting on prose. A sentence ends at . ! or ? followed by space and a capital, digit or opening
 * mark, and always at a block break. Abbreviations ("et al.", "e.g.", "Fig."), initials, decimals and
 * citation placeholders do not end a sentence.
 */

export interface Sentence {
  /** Prose offsets. */
  readonly start: number;
  readonly end: number;
}

const ABBREVIATIONS = new Set([
  'al', 'e.g', 'i.e', 'eg', 'ie', 'fig', 'figs', 'ref', 'refs', 'vs', 'approx', 'cf', 'dr', 'prof', 'no', 'nos',
  'eq', 'eqs', 'ca', 'resp', 'etc', 'vol', 'pp', 'p', 'suppl', 'sec', 'ch', 'tab', 'mr', 'mrs', 'ms', 'st', 'jr',
  'sr', 'inc', 'ltd', 'co', 'corp', 'viz', 'spp', 'sp', 'var', 'min', 'max', 'conc', 'mol', 'wt', 'u.s',
]);

/** Where a sentence may end: a line break or a sentence mark. The native search skips everything else. */
const CANDIDATE = /[\n.!?]/g;

export function splitSentences(text: string, from = 0, to = text.length): Sentence[] {
  const sentences: Sentence[] = [];
  let start = skipSpace(text, from, to);
  const push = (end: number): void => {
    let e = end;
    while (e > start && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > start) sentences.push({ start, end: e });
  };
  CANDIDATE.lastIndex = start;
  // `test`, not `exec`: no match object per candidate; the match is the one character before lastIndex.
  while (CANDIDATE.test(text)) {
    const i = CANDIDATE.lastIndex - 1;
    if (i >= to) break;
    if (text.charCodeAt(i) === 10) {
      if (text.charCodeAt(i + 1) === 10) {
        push(i);
        start = skipSpace(text, i, to);
        CANDIDATE.lastIndex = start;
      }
      continue;
    }
    if (endsSentence(text, i, to)) {
      let end = i + 1;
      // Closing quotes, brackets and citation markers stay with the sentence they close.
      while (end < to && isCloser(text.charCodeAt(end))) end++;
      push(end);
      start = skipSpace(text, end, to);
      CANDIDATE.lastIndex = start;
    }
  }
  push(to);
  return sentences;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13 || code === 0xa0 || (code >= 0x2000 && code <= 0x200a) || code === 0x202f;
}

/** Closing quotes, parentheses, brackets and the object placeholder. */
function isCloser(code: number): boolean {
  return code === 34 || code === 39 || code === 0x201d || code === 0x2019 || code === 41 || code === 93 || code === 0xfffc;
}

function skipSpace(text: string, i: number, to: number): number {
  while (i < to && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** What may open a sentence: a capital, a digit, an opening quote or bracket (and, after a period, a citation). */
function opensSentence(text: string, at: number, afterPeriod: boolean): boolean {
  const code = text.charCodeAt(at);
  if ((code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 34 || code === 40 || code === 91 || code === 0x201c || code === 0x2018) return true;
  if (code === 0xfffc) return afterPeriod;
  return code >= 128 && /[\p{Lu}\p{N}]/u.test(String.fromCharCode(code));
}

function isLetterCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 128 && /\p{L}/u.test(String.fromCharCode(code)));
}

function endsSentence(text: string, i: number, to: number): boolean {
  let next = i + 1;
  while (next < to && isCloser(text.charCodeAt(next))) next++;
  if (next >= to) return true;
  if (!isSpace(text.charCodeAt(next))) return false; // 2.5, e.g.x, U.S.
  const after = skipSpace(text, next, to);
  if (after >= to) return true;
  if (text.charCodeAt(i) !== 46) return opensSentence(text, after, false);
  if (!opensSentence(text, after, true)) return false;
  // The word before the period: an abbreviation or an initial does not end the sentence.
  let w = i;
  while (w > 0 && (text.charCodeAt(w - 1) === 46 || isLetterCode(text.charCodeAt(w - 1)))) w--;
  if (i - w === 1 && isUpperCode(text.charCodeAt(w))) return false; // an initial: "J. Smith"
  if (i - w <= MAX_ABBREVIATION && ABBREVIATIONS.has(text.slice(w, i).toLowerCase())) return false;
  return true;
}

function isUpperCode(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 128 && /\p{Lu}/u.test(String.fromCharCode(code)));
}

const MAX_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((word) => word.length));
