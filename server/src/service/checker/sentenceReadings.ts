/**
 * The claims read from one version of a document, sentence by sentence, so that the next full pass over the
 * document reads again only what changed. A full pass comes after an edit that may change mentions anywhere
 * (a definition such as "labile iron pool (LIP)"): most sentences then stand where they stood, word for word.
 *
 * A reading is reused only where it is exactly what reading again would give: the sentence lies wholly in the
 * text the two versions share at their start or at their end, so its letters are the same; and its mentions lie
 * the same way, with the same entries. Claims are a function of those two alone.
 */
import type { Claim, ClaimMention } from '../claims';
import { commonPrefix, commonSuffix } from '../commonAffixes';

export class SentenceReadings {
  /** The prose the sentences were read from, and its mentions. */
  readonly text: string;
  readonly #mentions: readonly ClaimMention[];
  /** Per sentence, in order: its prose range, its mentions (a range of `#mentions`), and its claims. */
  readonly #starts: number[] = [];
  readonly #ends: number[] = [];
  readonly #mentionsFrom: number[] = [];
  readonly #mentionsTo: number[] = [];
  readonly #claims: (readonly Claim[])[] = [];

  constructor(text: string, mentions: readonly ClaimMention[]) {
    this.text = text;
    this.#mentions = mentions;
  }

  /** Records the claims of the sentence [start, end), whose mentions are this version's [from, to). */
  add(start: number, end: number, from: number, to: number, claims: readonly Claim[]): void {
    this.#starts.push(start);
    this.#ends.push(end);
    this.#mentionsFrom.push(from);
    this.#mentionsTo.push(to);
    this.#claims.push(claims);
  }

  /**
   * A reader of these readings for a pass over `text`, the prose of a later version: sentences asked for in
   * order of position, as a pass reads them.
   */
  reuseFor(text: string): ReadingsReuse {
    return new ReadingsReuse(this, text);
  }

  get size(): number {
    return this.#starts.length;
  }

  startOf(k: number): number {
    return this.#starts[k]!;
  }

  /** The claims of reading k if it covered [start, end) with the mentions [from, to) laid out as they are now. */
  claimsIf(k: number, start: number, end: number, mentions: readonly ClaimMention[], from: number, to: number, shift: number): readonly Claim[] | undefined {
    const oldStart = start - shift;
    if (this.#starts[k] !== oldStart || this.#ends[k] !== end - shift) return undefined;
    const oldFrom = this.#mentionsFrom[k]!;
    if (this.#mentionsTo[k]! - oldFrom !== to - from) return undefined;
    for (let j = oldFrom, i = from; i < to; j++, i++) {
      const was = this.#mentions[j]!;
      const is = mentions[i]!;
      if (was.id !== is.id || was.proseStart - oldStart !== is.proseStart - start || was.proseEnd - oldStart !== is.proseEnd - start) return undefined;
    }
    return this.#claims[k];
  }
}

/** Reuse of an earlier version's readings, within the text both versions share at their start and at their end. */
export class ReadingsReuse {
  readonly #readings: SentenceReadings;
  /** The new text agrees with the old on [0, #prefix) and, moved by #shift, on [#suffixStart, its end). */
  readonly #prefix: number;
  readonly #suffixStart: number;
  readonly #shift: number;
  /** The first reading not yet passed. */
  #next = 0;

  constructor(readings: SentenceReadings, text: string) {
    this.#readings = readings;
    const old = readings.text;
    this.#prefix = commonPrefix(old, text);
    const suffix = commonSuffix(old, text, Math.min(old.length, text.length) - this.#prefix);
    this.#suffixStart = text.length - suffix;
    this.#shift = text.length - old.length;
  }

  /** The earlier claims of the sentence [start, end) with the mentions [from, to), if reading it again would give them. */
  claims(start: number, end: number, mentions: readonly ClaimMention[], from: number, to: number): readonly Claim[] | undefined {
    let shift: number;
    if (end <= this.#prefix) shift = 0;
    else if (start >= this.#suffixStart) shift = this.#shift;
    else return undefined;
    const readings = this.#readings;
    const oldStart = start - shift;
    while (this.#next < readings.size && readings.startOf(this.#next) < oldStart) this.#next++;
    if (this.#next === readings.size) return undefined;
    return readings.claimsIf(this.#next, start, end, mentions, from, to, shift);
  }
}
