/**
 * A change named as a noun, then what it comes with in a relative clause: "the fall in ROS production that
 * accompanies iron overload", "the rise of lipid peroxides that follows GPX4 loss", "the fall in ROS and the loss
 * of p53 acetylation that accompany iron overload". What the change comes with raises or lowers what changed.
 */
import { ClaimForm, newClaim, type Claim, type ClaimParty } from '../claim';
import { readPartiesRight } from '../partiesRight';
import type { Tokens } from '../tokens';
import { verbOf, type VerbIndex } from '../verbIndex';

/** Nouns of a change of an amount, and their sign. */
const CHANGE_NOUNS: ReadonlyMap<string, 1 | -1> = new Map([
  ...'rise increase elevation accumulation gain surge'.split(' ').map((w) => [w, 1] as const),
  ...'fall drop decrease decline reduction loss'.split(' ').map((w) => [w, -1] as const),
]);
/** Verbs of coming with or after something, in a relative clause (the words the sentence rules look for). */
export const COMES_WITH_WORDS: readonly string[] = ['accompanies', 'accompany', 'accompanied', 'follows', 'follow', 'followed'];
const COMES_WITH: ReadonlySet<string> = new Set(COMES_WITH_WORDS);

export function readAccompanyingChangeClaims(tokens: Tokens, verbs: VerbIndex, claims: Claim[]): void {
  const increase = verbOf(verbs, 'increase');
  const decrease = verbOf(verbs, 'decrease');
  if (!increase || !decrease) return;
  for (let v = 2; v + 1 < tokens.length; v++) {
    if (tokens.kind(v) !== 'word' || !COMES_WITH.has(tokens.lower(v)!) || !/^(that|which)$/.test(tokens.lower(v - 1) ?? '')) continue;
    const changes = changesBefore(tokens, v - 1);
    // "…that accompanies iron overload": what it comes with, right after the verb.
    const cause = changes.length > 0 ? readPartiesRight(tokens, v + 1) : undefined;
    if (!cause) continue;
    for (const change of changes) {
      claims.push(
        newClaim({
          subjects: cause.parties,
          objects: change.parties,
          effect: change.sign === 1 ? 'positive' : 'negative',
          negated: false,
          form: ClaimForm.Nominal,
          start: change.start,
          end: tokens.at(cause.end)!.end,
          verb: { start: tokens.at(v)!.start, end: tokens.at(v)!.end, verb: change.sign === 1 ? increase : decrease, slot: 'action' },
        }),
      );
    }
  }
}

interface Change {
  readonly parties: ClaimParty[];
  readonly sign: 1 | -1;
  readonly start: number;
}

/**
 * The changes whose relative pronoun is at `pronoun`: "the fall in ROS production", and one before it after "and"
 * ("the fall in ROS and the loss of p53 acetylation"). Each names its own object right before the pronoun or the "and".
 */
function changesBefore(tokens: Tokens, pronoun: number): Change[] {
  const changes: Change[] = [];
  let end = pronoun - 1;
  for (let round = 0; round < 2; round++) {
    const change = changeEndingAt(tokens, end);
    if (!change) break;
    changes.push(change.change);
    if (tokens.lower(change.nounAt - 1) === 'the' && tokens.lower(change.nounAt - 2) === 'and') end = change.nounAt - 3;
    else if (tokens.lower(change.nounAt - 1) === 'and') end = change.nounAt - 2;
    else break;
  }
  return changes;
}

/** "the fall in ROS production" ending at `end`: its object and sign, and where its noun is. */
function changeEndingAt(tokens: Tokens, end: number): { change: Change; nounAt: number } | undefined {
  // The object is an entry, perhaps with a word of amount after it ("ROS production", "p53 acetylation").
  for (let k = end; k >= 0 && k >= end - 4; k--) {
    if (!/^(in|of)$/.test(tokens.lower(k) ?? '')) continue;
    const sign = CHANGE_NOUNS.get(tokens.lower(k - 1) ?? '');
    if (!sign || tokens.kind(k - 1) !== 'word') return undefined;
    const object = readPartiesRight(tokens, k + 1);
    if (!object || object.end !== end) return undefined;
    return { change: { parties: object.parties, sign, start: tokens.at(k - 1)!.start }, nounAt: k - 1 };
  }
  return undefined;
}
