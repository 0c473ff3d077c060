/**
 * Inline math as prose. Authors write entity notation in math (CD8$^+$, IFN-$\gamma$, Fe$^{2+}$, X$_c^-$,
 * CoQ$_{10}$): such math becomes its text, mapped character by character. Anything else is a formula and
 * stands in the prose as one object character, so that the sentence around it stays whole.
 */
import type { ProseBuilder } from './prose';

export const MATH_PLACEHOLDER = '\uFFFC';

// Maps, not objects: looking a fresh name up in an object goes through the string table first.
const GREEK: ReadonlyMap<string, string> = new Map(Object.entries({
  alpha: 'α', beta: 'β', gamma: 'γ', delta: 'δ', epsilon: 'ε', varepsilon: 'ε', zeta: 'ζ', eta: 'η', theta: 'θ',
  vartheta: 'θ', iota: 'ι', kappa: 'κ', lambda: 'λ', mu: 'μ', nu: 'ν', xi: 'ξ', omicron: 'ο', pi: 'π', rho: 'ρ',
  sigma: 'σ', tau: 'τ', upsilon: 'υ', phi: 'φ', varphi: 'φ', chi: 'χ', psi: 'ψ', omega: 'ω',
  Alpha: 'Α', Beta: 'Β', Gamma: 'Γ', Delta: 'Δ', Epsilon: 'Ε', Zeta: 'Ζ', Eta: 'Η', Theta: 'Θ', Iota: 'Ι',
  Kappa: 'Κ', Lambda: 'Λ', Mu: 'Μ', Nu: 'Ν', Xi: 'Ξ', Omicron: 'Ο', Pi: 'Π', Rho: 'Ρ', Sigma: 'Σ', Tau: 'Τ',
  Upsilon: 'Υ', Phi: 'Φ', Chi: 'Χ', Psi: 'Ψ', Omega: 'Ω',
}));

/** The Greek letter for a command or entity name: gamma, Gamma, upgamma (upgreek), textgamma (textgreek). */
export function greekLetter(name: string): string | undefined {
  // upsilon is a letter of its own, not up + silon.
  const bare = name.startsWith('up') && !GREEK.has(name) ? name.slice(2) : name.startsWith('text') ? name.slice(4) : name;
  return GREEK.get(bare);
}

/** Letters then a digit, as gene symbols are written: "Acsl4", "Gpx4". */
const GENE_SYMBOL = /^[A-Za-z]{2,7}\d/;

const TEXT_COMMANDS = new Set(['text', 'mathrm', 'textrm', 'mathit', 'mathbf', 'textit', 'mathsf', 'mbox', 'operatorname']);
const SIGNS: ReadonlyMap<string, string> = new Map(Object.entries({
  pm: '±', mp: '∓', minus: '-', plus: '+',
  // Notes and tables write effects as arrows ("$\uparrow$IL-6", "X $\rightarrow$ Y"): the claim reader reads them.
  uparrow: '↑', downarrow: '↓', Uparrow: '↑', Downarrow: '↓', rightarrow: '→', to: '→', longrightarrow: '→',
  Rightarrow: '⇒', Longrightarrow: '⇒', implies: '⇒', dashv: '⊣',
}));

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

interface Piece {
  readonly text: string;
  readonly from: number;
  readonly to: number;
  /** True when `text` is the source character itself. */
  readonly copied: boolean;
}

/** The index of the "}" that closes the "{" at `open`, before `to`; -1 if there is none. */
function closingBrace(source: string, open: number, to: number): number {
  let depth = 0;
  for (let k = open; k < to; k++) {
    if (source[k] === '{') depth++;
    else if (source[k] === '}' && --depth === 0) return k;
  }
  return -1;
}

/**
 * Reads source[from, to) (the content of an inline math span, delimiters excluded) as notation, or returns
 * undefined when it is a formula.
 */
function readNotation(source: string, from: number, to: number): Piece[] | undefined {
  const pieces: Piece[] = [];
  let letters = 0;
  let i = from;
  while (i < to) {
    const c = source[i]!;
    const code = c.charCodeAt(0);
    if (c === '^' || c === '_' || c === '{' || c === '}' || c === ' ') {
      i++;
      continue;
    }
    if ((code >= 48 && code <= 57) || code === 43 /* + */ || code === 45 /* - */ || code === 47 /* / */) {
      pieces.push({ text: c, from: i, to: i + 1, copied: true });
      i++;
      continue;
    }
    if (c === '−') {
      pieces.push({ text: '-', from: i, to: i + 1, copied: false });
      i++;
      continue;
    }
    if (isAsciiLetter(code)) {
      // Up to three letters are notation (CD8$^+$, X$_c^-$); a gene symbol in math mode too ("$Acsl4^{-/-}$",
      // "$Gpx4^{fl/fl}$", see GENE_SYMBOL); other runs of letters are formulas ("$abcd$").
      if (++letters > 8) return undefined;
      pieces.push({ text: c, from: i, to: i + 1, copied: true });
      i++;
      continue;
    }
    if (c === '\\') {
      let j = i + 1;
      while (j < to && isAsciiLetter(source.charCodeAt(j))) j++;
      const name = source.slice(i + 1, j);
      if (name === '' ) {
        // \, \; \! and friends are spacing; anything else is a formula.
        if (j < to && /[,;:! ]/.test(source[j]!)) {
          i = j + 1;
          continue;
        }
        return undefined;
      }
      const greek = greekLetter(name);
      if (greek) {
        pieces.push({ text: greek, from: i, to: j, copied: false });
        i = j;
        continue;
      }
      const sign = SIGNS.get(name);
      if (sign !== undefined) {
        pieces.push({ text: sign, from: i, to: j, copied: false });
        i = j;
        continue;
      }
      if (TEXT_COMMANDS.has(name) && source[j] === '{') {
        const close = closingBrace(source, j, to);
        if (close < 0) return undefined;
        const inner = source.slice(j + 1, close);
        if (/^[A-Za-z0-9+\- ]{1,12}$/.test(inner)) {
          for (let k = j + 1; k < close; k++) if (source[k] !== ' ') pieces.push({ text: source[k]!, from: k, to: k + 1, copied: true });
        } else {
          // "$\mathrm{x_c^-}$", "$\mathrm{H_2O_2}$", "$\mathrm{Fe^{2+}}$": notation inside the upright text.
          const nested = readNotation(source, j + 1, close);
          if (!nested) return undefined;
          pieces.push(...nested);
        }
        i = close + 1;
        continue;
      }
      return undefined;
    }
    return undefined;
  }
  if (letters > 3 && !GENE_SYMBOL.test(pieces.map((p) => p.text).join(''))) return undefined;
  return pieces.length > 0 && pieces.length <= 12 ? pieces : undefined;
}

/**
 * Writes the inline math source[from, to). A formula's placeholder stands for [spanFrom, spanTo): by default
 * one delimiter character on each side, which callers with longer delimiters such as `\(` override.
 */
export function emitMath(
  builder: ProseBuilder,
  source: string,
  from: number,
  to: number,
  spanFrom = Math.max(0, from - 1),
  spanTo = Math.min(source.length, to + 1),
): void {
  const pieces = readNotation(source, from, to);
  if (!pieces) {
    builder.emit(MATH_PLACEHOLDER, spanFrom, spanTo);
    return;
  }
  for (const piece of pieces) {
    if (piece.copied) builder.copy(source, piece.from, piece.to);
    else builder.emit(piece.text, piece.from, piece.to);
  }
}
