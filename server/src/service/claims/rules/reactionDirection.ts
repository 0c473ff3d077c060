/**
 * Which way an enzyme's curated reaction runs, read from the direction alone: "Activity was read out as the rate at
 * which the enzyme oxidises phospholipid alcohols (L-OH) to the corresponding hydroperoxides (L-OOH)", "GPX4, the
 * only enzyme known to convert membrane lipid alcohols into lipid hydroperoxides", "a peroxidase that uses GSH to
 * generate L-OOH from L-OH". Writers state a reaction in many constructions, but its direction always reads the
 * same: one of the two metabolites, then "to", "into" or an arrow and the other (or the product, then "from" and
 * the substrate). The rule reads that frame for the enzymes the lexicon gives a reaction, where the sentence names
 * the enzyme, its substrate and its product and nothing that denies, doubts or contrasts, and reads the reaction
 * run backwards as the enzyme making its substrate. It runs after every other rule and reads nothing another rule
 * read of the enzyme and the two.
 */
import { ClaimForm, newClaim, partyOf, type Claim } from '../claim';
import type { Tokens } from '../tokens';
import { verbOf, type VerbIndex } from '../verbIndex';
import { CONTRASTING, NEGATIONS, SUPPOSED, words, isUnsure } from '../vocabulary';

/** An enzyme's curated reaction: it turns `substrate` into `product`. */
export interface CuratedReaction {
  readonly enzyme: string;
  readonly substrate: string;
  readonly product: string;
}

/** The words between two metabolites that say the second is what the first becomes. */
const INTO = words('to into → -> ⟶ toward towards');
/** Words after which the direction may be someone else's view, a comparison or a supposition. */
const UNSURE: ReadonlySet<string> = new Set([...SUPPOSED, ...CONTRASTING, ...words('but rather instead however than could unlikely not')]);
/** The most words between the two metabolites of one direction. */
const REACH = 8;

export function readReactionDirectionClaims(tokens: Tokens, verbs: VerbIndex, reactions: readonly CuratedReaction[], claims: Claim[]): void {
  const produce = verbOf(verbs, 'increase');
  if (!produce) return;
  for (let k = 0; k < tokens.length; k++) {
    if (tokens.kind(k) === 'entity') continue;
    const word = tokens.lower(k)!;
    if (isUnsure(UNSURE, tokens, k) || NEGATIONS.has(word) || word === "n't") return;
  }
  for (const reaction of reactions) {
    const enzyme = firstMention(tokens, reaction.enzyme);
    if (enzyme < 0) continue;
    const backwards = backwardsAt(tokens, reaction);
    if (!backwards) continue;
    const read = (c: Claim): boolean => c.subjects.some((s) => s.id === reaction.enzyme) && c.objects.some((o) => o.id === reaction.substrate || o.id === reaction.product);
    if (claims.some(read)) continue;
    const subject = partyOf(tokens.at(enzyme)!);
    const object = partyOf(tokens.at(backwards.made)!);
    const word = tokens.at(backwards.word)!;
    claims.push(
      newClaim({
        subjects: [subject],
        objects: [object],
        effect: 'produce',
        negated: false,
        form: ClaimForm.State,
        start: Math.min(subject.start, word.start, tokens.at(backwards.from)!.start),
        end: Math.max(subject.end, object.end),
        // No fix: the direction is the order of two names, which a verb's opposite does not turn round.
        verb: { start: word.start, end: word.end, verb: produce, slot: 'state' },
      }),
    );
  }
}

/**
 * Where the sentence runs the reaction backwards: the product, a word of direction and the substrate ("L-OH …
 * to L-OOH" for a reaction that makes L-OH), or the substrate, "from" and the product. Undefined where it runs
 * the right way anywhere, or nowhere.
 */
function backwardsAt(tokens: Tokens, reaction: CuratedReaction): { from: number; word: number; made: number } | undefined {
  let found: { from: number; word: number; made: number } | undefined;
  for (let k = 0; k < tokens.length; k++) {
    if (tokens.kind(k) !== 'entity') continue;
    const id = tokens.id(k)!;
    if (id !== reaction.substrate && id !== reaction.product) continue;
    const other = id === reaction.substrate ? reaction.product : reaction.substrate;
    for (let j = k + 1; j < tokens.length && j <= k + REACH + 1; j++) {
      if (tokens.kind(j) === 'entity') {
        if (tokens.id(j) === id) continue;
        if (tokens.id(j) !== other) break;
        const word = directionWord(tokens, k, j);
        if (!word) break;
        // "A to B" makes B; "B from A" makes B as well.
        const made = word.from ? k : j;
        const source = word.from ? j : k;
        if (tokens.id(made) === reaction.product) return undefined;
        found ??= { from: source, word: word.at, made };
        break;
      }
      if (tokens.kind(j) === 'punct' && /^[;.]$/.test(tokens.lower(j)!)) break;
    }
  }
  return found;
}

/** The word of direction between the metabolites at `a` and `b`: "to", "into", an arrow, or "from". */
function directionWord(tokens: Tokens, a: number, b: number): { at: number; from: boolean } | undefined {
  for (let k = b - 1; k > a; k--) {
    const word = tokens.lower(k) ?? '';
    if (INTO.has(word)) return { at: k, from: false };
    if (word === 'from') return { at: k, from: true };
  }
  return undefined;
}

function firstMention(tokens: Tokens, id: string): number {
  for (let k = 0; k < tokens.length; k++) if (tokens.kind(k) === 'entity' && tokens.id(k) === id) return k;
  return -1;
}
