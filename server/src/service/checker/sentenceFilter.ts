/**
 * Which sentences are worth reading for claims: most are settled by their mentions alone, before a token is made.
 * A contradiction needs two entries with a curated relation between them (or one of them standing for a loss,
 * an effect or a maturation), or an entry with a curated place and a word of a place.
 */
import type { Analysis } from '../analysis';
import { PLACE_ADJECTIVE_STARTS, PLACE_LAST_WORDS } from '../claims';
import { LOSS_AFTER_ENTRY } from '../claims/vocabulary';
import type { Lexicon } from '../lexicon/lexicon';
import type { RelationIndex } from './relationIndex';


/** A word of a place of the cell, searched for from a sentence's start (`lastIndex`). */
const PLACE_WORDS = new RegExp(String.raw`\b(?:${[...PLACE_LAST_WORDS, ...PLACE_ADJECTIVE_STARTS].join('|')})\b`, 'gi');

export class SentenceFilter {
  readonly #lexicon: Lexicon;
  readonly #relations: RelationIndex;
  readonly #maturation: (cells: string) => string | undefined;

  constructor(lexicon: Lexicon, relations: RelationIndex, maturation: (cells: string) => string | undefined) {
    this.#lexicon = lexicon;
    this.#relations = relations;
    this.#maturation = maturation;
  }

  /** Whether `subject` and another of the mentions [from, to) could make a claim that contradicts a curated relation. */
  mayContradictFrom(subject: string, mentions: Analysis['mentions'], from: number, to: number, text: string): boolean {
    for (let b = from; b < to; b++) {
      const mention = mentions[b]!;
      const object = mention.id;
      if (object === subject) continue;
      // "sensitized to GPX4 inhibition": the loss of a suppressor stands for ferroptosis, where a loss is written.
      // "kept dendritic cells immature": cells stand for their maturation, where the lexicon names one.
      const standsFor = this.#relations.effectOf(object) ?? (LOSS_AFTER_ENTRY.test(text.slice(mention.proseEnd, mention.proseEnd + 16)) ? this.#relations.effectOfLoss(object) : this.#maturation(object));
      if (this.#relations.canContradict(subject, object) || (standsFor && this.#relations.canContradict(subject, standsFor))) return true;
      // "Deferoxamine made their death worse": the loss a compound stands for, in its place ("deacetylation of p53":
      // the loss of the opposite change).
      const lost = this.#relations.lossOf(subject);
      if (lost && lost !== object && this.#relations.canContradict(lost, object)) return true;
    }
    return false;
  }

  /** Whether the sentence [start, end) names a place of the cell and one of the mentions [from, to) an entry with a curated one. */
  mayPlace(mentions: Analysis['mentions'], from: number, to: number, text: string, start: number, end: number): boolean {
    let located = false;
    for (let k = from; k < to && !located; k++) located = this.#lexicon.entries.get(mentions[k]!.id)?.location !== undefined;
    if (!located) return false;
    PLACE_WORDS.lastIndex = start;
    const match = PLACE_WORDS.exec(text);
    return match !== null && match.index < end;
  }

  /** Whether some pair of the mentions [from, to) could make a claim that contradicts a curated relation. */
  mayContradict(mentions: Analysis['mentions'], from: number, to: number, text: string): boolean {
    for (let a = from; a < to; a++) if (this.mayContradictFrom(mentions[a]!.id, mentions, from, to, text)) return true;
    return false;
  }
}
