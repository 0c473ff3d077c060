/**
 * A small pattern language over a sentence's tokens, in the spirit of Harper's sequence expressions: a rule says
 * "an entry, then "(", then an entry, then ")"" instead of doing index arithmetic. A pattern is tried at one
 * token and says where its match ends; `capture` names the tokens a rule then reads (the entries it found).
 *
 *   const DEFINITION = seq(capture('name', entity), mark('('), capture('short', entity), mark(')'));
 *   const match = matchAt(tokens, k, DEFINITION); // match?.name, match?.short: token indices
 */
import type { Tokens } from './tokens';

/** Where the tokens matched from `at` end (exclusive), or -1; `captures` receives named token indices. */
export type Pattern = (tokens: Tokens, at: number, captures: Record<string, number>) => number;

/** One word of `words` (lower case). */
export function word(...words: string[]): Pattern {
  return wordIn(new Set(words));
}

/** One word of the set. */
export function wordIn(words: ReadonlySet<string>): Pattern {
  return (tokens, at) => (tokens.kind(at) === 'word' && words.has(tokens.lower(at)!) ? at + 1 : -1);
}

/** One entity mention (a lexicon entry). */
export const entity: Pattern = (tokens, at) => (tokens.kind(at) === 'entity' ? at + 1 : -1);

/** One punctuation mark. */
export function mark(punctuation: string): Pattern {
  return (tokens, at) => (tokens.kind(at) === 'punct' && tokens.lower(at) === punctuation ? at + 1 : -1);
}

/** The patterns one after the other. */
export function seq(...patterns: Pattern[]): Pattern {
  return (tokens, at, captures) => {
    let k = at;
    for (const pattern of patterns) {
      k = pattern(tokens, k, captures);
      if (k < 0) return -1;
    }
    return k;
  };
}

/** The first of the patterns that matches. */
export function oneOf(...patterns: Pattern[]): Pattern {
  return (tokens, at, captures) => {
    for (const pattern of patterns) {
      const end = pattern(tokens, at, captures);
      if (end >= 0) return end;
    }
    return -1;
  };
}

/** The pattern or nothing. */
export function optional(pattern: Pattern): Pattern {
  return (tokens, at, captures) => {
    const end = pattern(tokens, at, captures);
    return end >= 0 ? end : at;
  };
}

/** The pattern up to `max` times in a row (none is a match). */
export function upTo(max: number, pattern: Pattern): Pattern {
  return (tokens, at, captures) => {
    let k = at;
    for (let n = 0; n < max; n++) {
      const end = pattern(tokens, k, captures);
      if (end < 0) break;
      k = end;
    }
    return k;
  };
}

/** The pattern, remembering where it starts as `name`. */
export function capture(name: string, pattern: Pattern): Pattern {
  return (tokens, at, captures) => {
    const end = pattern(tokens, at, captures);
    if (end >= 0) captures[name] = at;
    return end;
  };
}

/** The captures of `pattern` tried at token `at`, with `end` where the match ends; undefined without a match. */
export function matchAt(tokens: Tokens, at: number, pattern: Pattern): (Record<string, number> & { end: number }) | undefined {
  const captures: Record<string, number> = {};
  const end = pattern(tokens, at, captures);
  if (end < 0) return undefined;
  captures['end'] = end;
  return captures as Record<string, number> & { end: number };
}
