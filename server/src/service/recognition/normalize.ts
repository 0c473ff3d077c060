/**
 * Character folding shared by the matcher's terms and the text it reads. Folding is one character to one
 * character, so that offsets in folded text are offsets in the prose.
 */

const GREEK_NAMES: readonly [string, string][] = [
  ['alpha', 'α'], ['beta', 'β'], ['gamma', 'γ'], ['delta', 'δ'], ['epsilon', 'ε'], ['zeta', 'ζ'], ['eta', 'η'],
  ['theta', 'θ'], ['iota', 'ι'], ['kappa', 'κ'], ['lambda', 'λ'], ['mu', 'μ'], ['nu', 'ν'], ['xi', 'ξ'],
  ['omicron', 'ο'], ['pi', 'π'], ['rho', 'ρ'], ['sigma', 'σ'], ['tau', 'τ'], ['upsilon', 'υ'], ['phi', 'φ'],
  ['chi', 'χ'], ['psi', 'ψ'], ['omega', 'ω'],
];

/** Greek letter → its English name, for lower-case letters (after folding). */
export const GREEK_LETTER_NAMES: ReadonlyMap<string, string> = new Map(GREEK_NAMES.map(([name, letter]) => [letter, name]));

const FOLD = new Map<number, number>();
for (const c of '\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D\u207B\u208B\u00AD') FOLD.set(c.charCodeAt(0), 45); // -
for (const c of '\u207A\u208A\uFF0B') FOLD.set(c.charCodeAt(0), 43); // +
for (const [from, to] of [['\u00B5', 'μ'], ['\u03C2', 'σ'], ['\u00A0', ' '], ['\u2009', ' '], ['\u202F', ' '], ['\u2002', ' '], ['\u2003', ' '], ['\u2019', "'"]] as const) {
  FOLD.set(from.charCodeAt(0), to.charCodeAt(0));
}
'⁰¹²³⁴⁵⁶⁷⁸⁹'.split('').forEach((c, digit) => FOLD.set(c.charCodeAt(0), 48 + digit));
'₀₁₂₃₄₅₆₇₈₉'.split('').forEach((c, digit) => FOLD.set(c.charCodeAt(0), 48 + digit));

/** Folded code units and word classes, computed on first use: the hot loops then cost one array read. */
const foldCache = new Uint16Array(65536);
const wordCache = new Uint8Array(65536); // 0 unknown, 1 not a word character, 2 a word character

/** Folds one UTF-16 code unit: lower case, one hyphen, one plus, plain digits. */
export function foldCode(code: number): number {
  if (code >= 65 && code <= 90) return code + 32;
  if (code < 128) return code;
  const cached = foldCache[code]!;
  if (cached !== 0) return cached;
  let folded = FOLD.get(code);
  if (folded === undefined) {
    const lower = String.fromCharCode(code).toLowerCase();
    folded = lower.length === 1 ? lower.charCodeAt(0) : code;
  }
  foldCache[code] = folded;
  return folded;
}

export function fold(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += String.fromCharCode(foldCode(text.charCodeAt(i)));
  return out;
}

/**
 * A regular expression source (for the `iu` flags) that finds, in unfolded text, what folds to `word`: letter
 * case is the flags' business, the other folded variants (dashes, superscripts, spaces) get a class each.
 */
export function foldedWordPattern(word: string): string {
  let pattern = '';
  for (const ch of fold(word)) {
    const code = ch.charCodeAt(0);
    const sources = [...FOLD].filter(([, target]) => target === code).map(([source]) => `\\u${source.toString(16).padStart(4, '0')}`);
    const escaped = ch.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
    pattern += sources.length > 0 ? `[${escaped}${sources.join('')}]` : escaped;
  }
  return pattern;
}

/** Letters and digits, in any script: what a word is made of. */
export function isWordCode(code: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  let cached = wordCache[code]!;
  if (cached === 0) {
    const sign = FOLD.get(code) === 43 || FOLD.get(code) === 45 || code === 0xfffc;
    cached = !sign && /[\p{L}\p{N}]/u.test(String.fromCharCode(code)) ? 2 : 1;
    wordCache[code] = cached;
  }
  return cached === 2;
}

export function isGreekCode(code: number): boolean {
  return code >= 0x0391 && code <= 0x03c9;
}

/** Word characters below U+0600 (Latin, Greek, Cyrillic…) as a table, for the matcher's hottest loop. */
export const LOW_WORD_CODES: Uint8Array = (() => {
  const table = new Uint8Array(0x600);
  for (let code = 0; code < table.length; code++) table[code] = isWordCode(code) ? 1 : 0;
  return table;
})();
