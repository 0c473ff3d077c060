/**
 * Which rules a sentence can wake. Most rules start from a few words of their own, and most sentences have none of
 * them: one look at each word marks every set it belongs to, where asking set by set looked at each word some
 * thirty times (a tenth of the full check on the 1 MB bench).
 */
import type { Tokens } from './tokens';

export class TriggerWords {
  /** Per word, the sets it belongs to. */
  readonly #sets = new Map<string, number[]>();
  #size = 0;

  /** Adds a set of words; its number is where `inSentence` marks it. */
  define(words: Iterable<string>): number {
    const set = this.#size++;
    for (const word of words) {
      const sets = this.#sets.get(word);
      if (!sets) this.#sets.set(word, [set]);
      else if (!sets.includes(set)) sets.push(set);
    }
    return set;
  }

  /** Per set, 1 where some token of the sentence other than an entity is one of its words. */
  inSentence(tokens: Tokens): Uint8Array {
    const found = new Uint8Array(this.#size);
    for (let k = 0; k < tokens.length; k++) {
      if (tokens.kind(k) === 'entity') continue;
      const sets = this.#sets.get(tokens.lower(k)!);
      if (sets) for (const set of sets) found[set] = 1;
    }
    return found;
  }
}
