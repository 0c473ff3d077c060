/** The verbs of the lexicon, indexed by form, agent noun and action noun, and the words that can start a claim. */
import type { VerbClass } from '../lexicon/lexicon';

export interface VerbIndex {
  readonly forms: ReadonlyMap<string, { verb: VerbClass; slot: number }>;
  readonly agents: ReadonlyMap<string, VerbClass>;
  readonly actions: ReadonlyMap<string, VerbClass>;
  /** Every word a claim can be read from: most words of a sentence are none, and are passed over at once. */
  readonly triggers: WordSet;
}

/**
 * A set of lower-case words that answers most misses without hashing: a word whose first letter and length
 * begin no member is ruled out by one table read (most words of a sentence are such).
 */
export class WordSet {
  readonly #words: ReadonlySet<string>;
  /** Per ASCII first code unit, bit n set when some member of length n (31: 31 or more) starts with it. */
  readonly #lengths = new Uint32Array(128);

  constructor(words: Iterable<string>) {
    this.#words = new Set(words);
    for (const word of this.#words) {
      const first = word.charCodeAt(0);
      if (first < 128) this.#lengths[first]! |= 1 << Math.min(word.length, 31);
    }
  }

  has(word: string): boolean {
    const first = word.charCodeAt(0);
    if (first < 128 && ((this.#lengths[first]! >>> Math.min(word.length, 31)) & 1) === 0) return false;
    return this.#words.has(word);
  }
}

/** The index of `verbs`; `triggers` also holds `otherTriggers`, the words the rules without a verb start from. */
export function indexVerbForms(verbs: readonly VerbClass[], otherTriggers: Iterable<string>): VerbIndex {
  const forms = new Map<string, { verb: VerbClass; slot: number }>();
  const agents = new Map<string, VerbClass>();
  const actions = new Map<string, VerbClass>();
  for (const verb of verbs) {
    verb.forms.forEach((form, slot) => {
      // The participle shares its spelling with the past tense of regular verbs; keep the earlier slot.
      if (!forms.has(form)) forms.set(form, { verb, slot });
    });
    if (verb.agent) {
      agents.set(verb.agent, verb);
      agents.set(`${verb.agent}s`, verb);
    }
    if (verb.action && verb.action !== verb.forms[0]) actions.set(verb.action, verb);
    for (const noun of verb.nouns ?? []) actions.set(noun, verb);
  }
  const triggers = new WordSet([...forms.keys(), ...agents.keys(), ...actions.keys(), ...otherTriggers]);
  return { forms, agents, actions, triggers };
}

/** A verb class of the given effect, for claims stated without a verb of our list. */
export function verbOf(verbs: VerbIndex, lemma: string): VerbClass | undefined {
  return verbs.forms.get(lemma)?.verb;
}
