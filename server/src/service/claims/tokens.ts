/** A sentence as tokens: entity mentions, lower-case words and punctuation, with offsets from the sentence start. */
import { isWordCode } from '../recognition/normalize';
import type { ClaimMention } from './claim';
import { NOT_ONLY, PER_SE } from './vocabulary';

type TokenKind = 'entity' | 'word' | 'punct';

/** One token, as the rules read it: made on demand from `Tokens`. */
export interface Token {
  readonly kind: TokenKind;
  /**
   * A word in lower case, or the punctuation mark. Empty for an entity: rules read entities by id, never by
   * their letters (which spare a copy of each).
   */
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  /** Set on entity tokens; present on all, so that every token has one shape. */
  readonly id: string | undefined;
}

/**
 * A sentence's tokens as parallel lists. The claim pass tokenizes most of a manuscript, and most of its tokens
 * are only looked at for a trigger word: they get no object, and one `Tokens` serves sentence after sentence
 * (an object per token was a quarter of all a full check allocated). The rules around a trigger read tokens
 * as objects, made when first asked for. An index outside [0, length) is no token.
 */
export class Tokens {
  length = 0;
  readonly #kinds: TokenKind[] = [];
  readonly #lowers: string[] = [];
  readonly #starts: number[] = [];
  readonly #ends: number[] = [];
  readonly #ids: (string | undefined)[] = [];
  /** Set for entity tokens only (read through `entityType`). */
  readonly #types: (string | undefined)[] = [];
  readonly #objects: (Token | undefined)[] = [];

  #text = '';
  #offset = 0;

  /** Empties the list for the next sentence, text[offset, …). */
  clear(text = '', offset = 0): void {
    this.length = 0;
    this.#text = text;
    this.#offset = offset;
  }

  /** Token k's letters as written: for the rare rule that reads an entity's name ("ubiquinol" is CoQ10 reduced). */
  surface(k: number): string {
    return k >= 0 && k < this.length ? this.#text.slice(this.#offset + this.#starts[k]!, this.#offset + this.#ends[k]!) : '';
  }

  push(kind: TokenKind, lower: string, start: number, end: number, id: string | undefined): void {
    const k = this.length++;
    this.#kinds[k] = kind;
    this.#lowers[k] = lower;
    this.#starts[k] = start;
    this.#ends[k] = end;
    this.#ids[k] = id;
    this.#objects[k] = undefined;
  }

  /** Drops the last n tokens. */
  drop(n: number): void {
    this.length = Math.max(0, this.length - n);
  }

  /** Pushes an entity token, with its entry's type. */
  pushEntity(start: number, end: number, id: string, type: string | undefined): void {
    this.#types[this.length] = type;
    this.push('entity', '', start, end, id);
  }

  /** The entry type of entity token k, where known. */
  entityType(k: number): string | undefined {
    return this.kind(k) === 'entity' ? this.#types[k] : undefined;
  }

  /** The entry id of entity token k (undefined for other tokens). */
  id(k: number): string | undefined {
    return k >= 0 && k < this.length ? this.#ids[k] : undefined;
  }

  kind(k: number): TokenKind | undefined {
    return k >= 0 && k < this.length ? this.#kinds[k] : undefined;
  }

  lower(k: number): string | undefined {
    return k >= 0 && k < this.length ? this.#lowers[k] : undefined;
  }

  /** Token k as an object, or undefined outside the list. */
  at(k: number): Token | undefined {
    if (k < 0 || k >= this.length) return undefined;
    let token = this.#objects[k];
    if (!token) this.#objects[k] = token = { kind: this.#kinds[k]!, lower: this.#lowers[k]!, start: this.#starts[k]!, end: this.#ends[k]!, id: this.#ids[k] };
    return token;
  }

  /** The index of the token that starts at `start`, or -1. */
  /** The index of the first token that starts at or after the offset `from`, or -1. */
  indexFrom(from: number): number {
    for (let k = 0; k < this.length; k++) if (this.#starts[k]! >= from) return k;
    return -1;
  }

  indexStartingAt(start: number): number {
    for (let k = 0; k < this.length; k++) if (this.#starts[k] === start) return k;
    return -1;
  }

  /** All tokens as objects (for tests and debugging). */
  all(): Token[] {
    return Array.from({ length: this.length }, (_, k) => this.at(k)!);
  }
}

/** Whether a token of [from, to) satisfies `test`. */
export function someBetween(tokens: Tokens, from: number, to: number, test: (token: Token) => boolean): boolean {
  for (let k = Math.max(0, from); k < Math.min(to, tokens.length); k++) if (test(tokens.at(k)!)) return true;
  return false;
}

/**
 * Short words met before, by a hash of their lower-case letters: a manuscript repeats its words, and one found
 * here needs no new string, nor a lower-cased copy. Only ASCII words shorter than 13 characters, which V8 copies
 * when it slices them: a longer slice would keep the whole prose it was cut from alive.
 */
const MAX_KEPT_WORD = 13;

const KEPT_WORDS_SIZE = 4096;

const keptWords: string[] = new Array<string>(KEPT_WORDS_SIZE).fill('');

/**
 * Per slot, the kept word as two numbers: the codes (all below 128) of its first 7 characters, and of the rest,
 * as digits in base 128, exact in a double. Equal numbers are equal words, compared at once where comparing
 * letter by letter took a quarter of the tokenizer's time.
 */
const keptHead = new Float64Array(KEPT_WORDS_SIZE).fill(-1);

const keptTail = new Float64Array(KEPT_WORDS_SIZE);

/** text[i, j) in lower case, an ASCII word whose lower-case letters hash to `hash` and read `head`, `tail`. */
function keptWord(text: string, i: number, j: number, hash: number, head: number, tail: number): string {
  const slot = hash & (KEPT_WORDS_SIZE - 1);
  if (keptHead[slot] === head && keptTail[slot] === tail) return keptWords[slot]!;
  const word = text.slice(i, j).toLowerCase();
  keptWords[slot] = word;
  keptHead[slot] = head;
  keptTail[slot] = tail;
  return word;
}

const CLOZE = /^c\d{1,2}::/;

const POST_NUMBER = /^\s*\d{1,3}\s?\/\s?(?:\d{1,3})?\s+/y;

const LABEL = /\s*[A-Z][a-z]{0,11}\s?:[ \t]+/y;

/** The length of a numbered post's "2/14 " or "3/ " at `start`, up to `limit`; 0 where the sentence has none. */
function postNumberLength(text: string, start: number, limit: number): number {
  // Most sentences open with a letter: one look rules them out.
  const code = text.charCodeAt(start);
  return (code >= 48 && code <= 57) || code === 32 ? openingLength(POST_NUMBER, text, start, limit) : 0;
}

/** The length of a label ("Mira: ", "Obs: ") at `start` that ends before the next entry at `limit`; 0 if none. */
function labelLength(text: string, start: number, limit: number): number {
  const code = text.charCodeAt(start);
  return (code >= 65 && code <= 90) || code === 32 ? openingLength(LABEL, text, start, limit) : 0;
}

/** The length of what the sticky `pattern` matches at `start`, if it ends by `limit`; else 0. */
function openingLength(pattern: RegExp, text: string, start: number, limit: number): number {
  pattern.lastIndex = start;
  const match = pattern.exec(text);
  return match && start + match[0].length <= limit ? match[0].length : 0;
}

/**
 * The tokens of the sentence text[start, end), whose mentions are among mentions[from, to). Their offsets, and so
 * those of the claims read from them, count from the sentence's start: a claim is cached with its sentence.
 */
export function tokenize(text: string, start: number, end: number, mentions: readonly ClaimMention[], from = 0, to = mentions.length, tokens = new Tokens()): Tokens {
  tokens.clear(text, start);
  let m = from;
  while (m < to && mentions[m]!.proseStart < start) m++;
  let nextMention = m < to ? mentions[m]!.proseStart : end;
  // "2/14 Start with GPX4: …": a thread's post number opens the sentence and is no part of it; so does a
  // speaker's or a note's label ("Mira: liraglutide won't…", "Obs: …").
  let i = start + postNumberLength(text, start, nextMention);
  i += labelLength(text, i, nextMention);
  while (i < end) {
    if (i === nextMention) {
      const mention = mentions[m]!;
      tokens.drop(namingWords(tokens));
      const close = shortFormClose(text, tokens, mention, end);
      if (close >= 0) {
        // "dihydroorotate dehydrogenase (DHODH)": a short form defined in parentheses is the same one entry, so
        // the rules read one name where the writer gave two.
        const name = tokens.length - 2;
        const named = tokens.at(name)!;
        tokens.drop(2);
        // The id is the one in parentheses: "Fe3O4 nanoparticles (Fe3O4-SAS@PLT)" names the kind, then which one.
        tokens.pushEntity(named.start, close + 1 - start, mention.id, mention.type);
        i = close + 1;
      } else {
        tokens.pushEntity(mention.proseStart - start, mention.proseEnd - start, mention.id, mention.type);
        i = mention.proseEnd;
      }
      m++;
      nextMention = m < to ? mentions[m]!.proseStart : end;
      continue;
    }
    const stop = nextMention < end ? nextMention : end;
    const code = text.charCodeAt(i);
    // Braces left in prose are a flashcard's cloze ("{{c1::GSH}}"), no part of what is said.
    if (code === 32 || code === 10 || code === 9 || code === 13 || code === 0xa0 || code === 123 /* { */ || code === 125 /* } */) {
      i++;
      continue;
    }
    // "c1::GSH": the cloze's number, whose braces the LaTeX reader took.
    const next = text.charCodeAt(i + 1);
    if (code === 99 /* c */ && next >= 48 && next <= 57 && CLOZE.test(text.slice(i, i + 5))) {
      i = text.indexOf('::', i) + 2;
      continue;
    }
    if (isWordCode(code)) {
      // Words run on over letters and digits, and over an apostrophe followed by a letter ("cell's", and the
      // typographic "doesn’t", read as "doesn't"). Most are lower-case ASCII already: those need no copy.
      let lowerCase = code >= 97 && code <= 122;
      let ascii = code < 128;
      let hash = code >= 65 && code <= 90 ? code + 32 : code;
      // The word's codes in base 128, its first 7 characters in `head` and the next ones in `tail`.
      let head = hash;
      let tail = 0;
      let j = i + 1;
      for (; j < stop; j++) {
        const c = text.charCodeAt(j);
        if (c >= 97 && c <= 122) {
          hash = (hash * 31 + c) | 0;
          if (j - i < 7) head = head * 128 + c;
          else tail = tail * 128 + c;
          continue;
        }
        if (isWordCode(c) || ((c === 39 || c === 0x2019) && j + 1 < stop && isWordCode(text.charCodeAt(j + 1)))) {
          lowerCase = false;
          if (c >= 128) ascii = false;
          const folded = c >= 65 && c <= 90 ? c + 32 : c;
          hash = (hash * 31 + folded) | 0;
          if (j - i < 7) head = head * 128 + folded;
          else tail = tail * 128 + folded;
        } else break;
      }
      // "up-regulated", "down-regulation", "over-expression", "re-educated", "re-expression": one word, as
      // "upregulated" and "reexpression" are.
      if (j - i <= 4 && text.charCodeAt(j) === 45 /* - */ && j + 1 < stop && ((/^(?:up|down)$/i.test(text.slice(i, j)) && /^regulat/i.test(text.slice(j + 1, j + 8))) || (/^over$/i.test(text.slice(i, j)) && /^express/i.test(text.slice(j + 1, j + 8))) || (/^re$/i.test(text.slice(i, j)) && /^[a-z]{4}/i.test(text.slice(j + 1, j + 5))))) {
        let k = j + 1;
        while (k < stop && isWordCode(text.charCodeAt(k))) k++;
        tokens.push('word', (text.slice(i, j) + text.slice(j + 1, k)).toLowerCase(), i - start, k - start, undefined);
        i = k;
        continue;
      }
      let lower: string;
      if (ascii && j - i < MAX_KEPT_WORD) lower = keptWord(text, i, j, hash, head, tail);
      else {
        const t = text.slice(i, j);
        lower = lowerCase ? t : t.toLowerCase();
        if (!ascii && lower.includes('’')) lower = lower.replaceAll('’', "'");
      }
      // "not only" and "per se" are one word each, so that both pass as one adverb.
      const second = lower === 'not' ? 'only' : lower === 'per' ? 'se' : undefined;
      const end = second ? wordAfter(text, j, stop, second) : -1;
      if (end >= 0) {
        tokens.push('word', lower === 'not' ? NOT_ONLY : PER_SE, i - start, end - start, undefined);
        i = end;
        continue;
      }
      // "Metformin, um, acting here as…", "Um — zileuton…": a spoken filler is no word of what is said, and
      // takes the comma or dash that set it off with it.
      // ("10 uM" is a dose: after a number, "um" is a unit.)
      if (lower.length <= 3 && FILLERS.has(lower) && !/^[\d.]/.test(tokens.lower(tokens.length - 1) ?? '')) {
        i = pastFillerMark(text, j, stop, tokens);
        continue;
      }
      tokens.push('word', lower, i - start, j - start, undefined);
      i = j;
      continue;
    }
    if ((code >= 128 || code === 11 || code === 12) && /\s/.test(text[i]!)) {
      i++;
      continue;
    }
    // "Acsl4-/- cells", "GPX4⁻/⁻ mice": the null genotype written against the gene reads as "knockout".
    if ((code === 45 || code === 0x2212 || code === 0x207b) && i > start && text.charCodeAt(i + 1) === 47 && NULL_SIGNS.has(text.charCodeAt(i + 2)) && isWordCode(text.charCodeAt(i - 1))) {
      tokens.push('word', 'knockout', i - start, i + 3 - start, undefined);
      i += 3;
      continue;
    }
    // "Fenton reaction–driven", "bone marrow‐derived": an en dash or a Unicode hyphen joins words as "-" does
    // (not an em dash, which sets off a clause, nor an en dash with a space on each side: "Metformin – besides
    // … – enhances").
    const spaced = code === 0x2013 && text.charCodeAt(i - 1) === 32 && text.charCodeAt(i + 1) === 32;
    const c = code >= 0x2010 && code <= 0x2013 && !spaced ? '-' : text[i]!;
    tokens.push('punct', c, i - start, i + 1 - start, undefined);
    i++;
  }
  return tokens;
}

/** Spoken fillers in transcripts ("er" is left: it is also the endoplasmic reticulum). */
const FILLERS: ReadonlySet<string> = new Set(['um', 'umm', 'uh', 'uhm', 'erm', 'hmm']);

/**
 * Past a filler ending at `j`: where commas or a dash set it off, they go with it, so that "X, um, raises" reads
 * "X raises" and "Um — zileuton" reads "zileuton".
 */
function pastFillerMark(text: string, j: number, stop: number, tokens: Tokens): number {
  let k = j;
  while (k < stop && text.charCodeAt(k) === 32) k++;
  const mark = text.charCodeAt(k);
  const opened = tokens.length === 0 || tokens.lower(tokens.length - 1) === ',';
  if (!opened || (mark !== 44 /* , */ && mark !== 0x2014 /* — */ && mark !== 0x2013 /* – */)) return j;
  // "they are, um, ferroptosis-resistant", "Metformin, um, raises…": the filler's commas set nothing off; both go.
  if (tokens.length >= 1) tokens.drop(1);
  return k + 1;
}

/** Nouns that introduce a name to a lay reader: "a protein called TYRO3", "a drug known as sorafenib". */
const NAMED_KINDS: ReadonlySet<string> = new Set(
  'protein proteins gene genes enzyme enzymes molecule molecules drug drugs medicine medicines compound compounds receptor transporter pump factor pathway substance nutrient metabolite antioxidant vitamin mineral metal lipid fat fats chemical cell cells'.split(' '),
);

/**
 * How many of the last tokens only name the entity that follows ("blocking a protein called TYRO3" reads as
 * "blocking TYRO3"), so that what acts on the name acts on the entity: 0 when they say more.
 */
/**
 * Where the ")" is that closes a short form `mention` right after its entry's name and "(", as in "dihydroorotate
 * dehydrogenase (DHODH)"; -1 where the mention is not that.
 */
function shortFormClose(text: string, tokens: Tokens, mention: ClaimMention, end: number): number {
  const n = tokens.length;
  if (n < 2 || tokens.lower(n - 1) !== '(' || tokens.kind(n - 2) !== 'entity') return -1;
  // Another compound, written as one short name: a more particular name for the same thing ("Fe3O4 nanoparticles
  // (Fe3O4-SAS@PLT)"). Not other kinds: "classically activated (M2)" names two states, one of them wrongly.
  if (tokens.id(n - 2) !== mention.id && (mention.type !== 'compound' || tokens.entityType(n - 2) !== 'compound' || /\s/.test(text.slice(mention.proseStart, mention.proseEnd)))) return -1;
  let k = mention.proseEnd;
  while (k < end && text.charCodeAt(k) === 32) k++;
  return k < end && text.charCodeAt(k) === 41 /* ) */ ? k : -1;
}

function namingWords(tokens: Tokens): number {
  const n = tokens.length;
  let name = n - 1;
  if (tokens.lower(name) === 'as' && tokens.lower(name - 1) === 'known') name--;
  else if (tokens.lower(name) !== 'called' && tokens.lower(name) !== 'named') return 0;
  if (!NAMED_KINDS.has(tokens.lower(name - 1) ?? '')) return 0;
  // "a protein called", "a signalling pathway called", "a helper protein named": the article and up to two words.
  for (let words = 0; words <= 2; words++) {
    const article = name - 2 - words;
    if (/^(a|an|the)$/.test(tokens.lower(article) ?? '')) return n - article;
    if (tokens.kind(article) !== 'word') break;
  }
  return n - (name - 1);
}

/** Where " WORD" after text[, from) ends, in any case and followed by no word character; -1 if it does not. */
function wordAfter(text: string, from: number, stop: number, word: string): number {
  let k = from;
  while (k < stop && text.charCodeAt(k) === 32) k++;
  const n = word.length;
  if (k === from || k + n > stop) return -1;
  for (let c = 0; c < n; c++) if ((text.charCodeAt(k + c) | 32) !== word.charCodeAt(c)) return -1;
  return k + n < stop && isWordCode(text.charCodeAt(k + n)) ? -1 : k + n;
}

/** The minus signs of a null genotype ("-/-", "−/−", "⁻/⁻"). */
const NULL_SIGNS: ReadonlySet<number> = new Set([45, 0x2212, 0x207b]);
