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
  let i = start;
  const push = (end: number): void => {
    let e = end;
    while (e > start && /\s/.test(text[e - 1]!)) e--;
    if (e > start) sentences.push({ start, end: e });
  };
  while (i < to) {
    const c = text[i]!;
    if (c === '\n' && text[i + 1] === '\n') {
      push(i);
      start = skipSpace(text, i, to);
      i = start;
      continue;
    }
    if ((c === '.' || c === '!' || c === '?') && endsSentence(text, i, to)) {
      let end = i + 1;
      // Closing quotes, brackets and citation markers stay with the sentence they close.
      while (end < to && /["'”’)\]\uFFFC]/.test(text[end]!)) end++;
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

function skipSpace(text: string, i: number, to: number): number {
  while (i < to && /\s/.test(text[i]!)) i++;
  return i;
}

function endsSentence(text: string, i: number, to: number): boolean {
  let next = i + 1;
  while (next < to && /["'”’)\]\uFFFC]/.test(text[next]!)) next++;
  if (next >= to) return true;
  if (!/\s/.test(text[next]!)) return false; // 2.5, e.g.x, U.S.
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
