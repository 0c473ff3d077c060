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

export function splitSentences(text: string, from = 0, to = text.length): Sentence[] {
  const sentences: Sentence[] = [];
  let start = skipSpace(text, from, to);
  const push = (end: number): void => {
    let e = end;
    while (e > start && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > start) sentences.push({ start, end: e });
  };
  let i = start;
  while (i < to) {
    const c = text.charCodeAt(i);
    // Only line breaks and sentence marks can end a sentence; everything else is skipped at once.
    if (c !== 10 && c !== 46 && c !== 33 && c !== 63) {
      i++;
      continue;
    }
    if (c === 10) {
      if (text.charCodeAt(i + 1) === 10) {
        push(i);
        start = skipSpace(text, i, to);
        i = start;
        continue;
      }
      i++;
      continue;
    }
    if (endsSentence(text, i, to)) {
      let end = i + 1;
      // Closing quotes, brackets and citation markers stay with the sentence they close.
      while (end < to && isCloser(text.charCodeAt(end))) end++;
      push(end);
      start = skipSpace(text, end, to);
      i = start;
      continue;
    }
    i++;
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

function endsSentence(text: string, i: number, to: number): boolean {
  let next = i + 1;
  while (next < to && isCloser(text.charCodeAt(next))) next++;
  if (next >= to) return true;
  if (!isSpace(text.charCodeAt(next))) return false; // 2.5, e.g.x, U.S.
  const after = skipSpace(text, next, to);
  if (after >= to) return true;
  if (text[i] !== '.') return /[\p{Lu}\p{N}"“‘(\[]/u.test(text[after]!);
  if (!/[\p{Lu}\p{N}"“‘(\[\uFFFC]/u.test(text[after]!)) return false;
  // The word before the period: an abbreviation or an initial does not end the sentence.
  let w = i;
  while (w > 0 && /[\p{L}.]/u.test(text[w - 1]!)) w--;
  const word = text.slice(w, i).toLowerCase();
  if (ABBREVIATIONS.has(word)) return false;
  if (/^\p{Lu}$/u.test(text.slice(w, i))) return false; // an initial: "J. Smith"
  return true;
}
