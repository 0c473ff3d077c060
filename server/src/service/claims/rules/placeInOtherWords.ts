/**
 * Where a protein sits, said in words the location rule does not parse: "FSP1, which IIRC gets parked in the
 * mitochondrial matrix", "FSP1 (green) is shown anchored to the nuclear envelope", "tethering FSP1 to the inner
 * mitochondrial membrane; it is there that FSP1 reduces CoQ10". The rule reads the frame, not the construction:
 * a protein with a curated place (the nearest before the place, if the sentence names two), one place of the
 * cell, a word of placing a few words before the place's preposition (or its work after it, ", where it
 * reduces…"), and nothing that negates, hedges, contrasts or moves the protein from one place to another. It runs after the location rule and reads nothing in a sentence where that rule placed such a protein.
 */
import { ClaimForm, newClaim, partyOf, type Claim } from '../claim';
import { placeAt } from '../locations';
import type { Tokens } from '../tokens';
import { NEGATIONS, words, isUnsure } from '../vocabulary';
import { BEING, LOCATE, PLACED, PUTTING } from './location';

/** Words of placing the location rule's lists lack: "gets parked in", "tethering FSP1 to", "accumulates at". */
const PLACING = words(`placed parked parking tethering anchoring accumulates accumulate accumulated accumulating resident enriched
  concentrated sitting lying housed lives live lived living`);
/**
 * Words of the work a located protein does there: "DHODH, which regenerates ubiquinol at the plasma membrane",
 * "DHODH-mediated CoQ10 reduction at the plasma membrane". The place of a located protein's work is its place.
 */
const WORKING = words(`reduces reduce reduced reducing reduction regenerates regenerate regenerated regenerating regeneration
  recycles recycle recycled recycling`);
/** Words after which the place is not the writer's plain statement of where the protein is. */
const UNSURE = words(`may might could would whether if perhaps possibly rather instead than unlike versus vs whereas while but
  thought believed assumed proposed claimed sometimes described wrong wrongly incorrect incorrectly mistaken misconception
  myth false from translocates translocate translocated translocation moves moved relocates relocated ?`);

export function readPlaceInOtherWordsClaims(tokens: Tokens, located: ReadonlySet<string>, claims: Claim[]): void {
  if (claims.some((c) => c.effect === 'located' && c.subjects.some((s) => located.has(s.id)))) return;
  const proteins: number[] = [];
  for (let k = 0; k < tokens.length; k++) if (located.has(tokens.id(k) ?? '')) proteins.push(k);
  if (proteins.length === 0) return;
  let place: { id: string; from: number; end: number } | undefined;
  for (let k = 0; k < tokens.length; k++) {
    // "…with the inner mitochondrial membrane, where it reduces CoQ10; the plasma-membrane fraction had none": a
    // clause after a semicolon is another statement.
    if (place && tokens.lower(k) === ';') break;
    if (tokens.kind(k) !== 'word') continue;
    const word = tokens.lower(k)!;
    // ("moved from the mitochondria" leaves a place; "regenerates ubiquinol from CoQ10" leaves none.)
    const leaves = word === 'from' ? placeAt(tokens, /^(the|its)$/.test(tokens.lower(k + 1) ?? '') ? k + 2 : k + 1) !== undefined : true;
    if ((isUnsure(UNSURE, tokens, k) && leaves) || NEGATIONS.has(word) || word === "n't") return;
    if (!/^(to|in|at|on|within|into|inside|with)$/.test(word)) continue;
    const at = /^(the|its)$/.test(tokens.lower(k + 1) ?? '') ? k + 2 : k + 1;
    const found = placeAt(tokens, at);
    if (!found) continue;
    // One place only: two are a comparison or a move, which this rule does not read.
    if (place && place.id !== found.id) return;
    if (!place && (placedBefore(tokens, k) || workedThereAfter(tokens, found.end))) place = { id: found.id, from: k + 1, end: found.end };
    k = found.end;
  }
  if (!place) return;
  const protein = workerOf(tokens, proteins, place.from - 1);
  if (protein < 0) return;
  const subject = partyOf(tokens.at(protein)!);
  const object = { id: place.id, inverted: false, start: tokens.at(place.from)!.start, end: tokens.at(place.end)!.end };
  const word = tokens.at(place.from - 1)!;
  claims.push(
    newClaim({
      subjects: [subject],
      objects: [object],
      effect: 'located',
      negated: false,
      form: ClaimForm.State,
      start: Math.min(subject.start, object.start),
      end: Math.max(subject.end, object.end),
      // The preposition stands for the verb: no fix is offered, the words of placing are too varied to rewrite.
      verb: { start: word.start, end: word.end, verb: LOCATE, slot: 'state' },
    }),
  );
}

/**
 * Which of the located proteins at `proteins` the place whose preposition is at `preposition` is said of: the one
 * protein named, or, with two ("Because DHODH regenerates ubiquinol at the plasma membrane, brequinar sensitized
 * FSP1-null cells"), the nearest before the place in the same clause, at most ten tokens before it. -1 if none.
 */
function workerOf(tokens: Tokens, proteins: readonly number[], preposition: number): number {
  if (proteins.every((k) => tokens.id(k) === tokens.id(proteins[0]!))) return proteins[0]!;
  const before = proteins.filter((k) => k < preposition).at(-1);
  if (before === undefined || preposition - before > 10) return -1;
  for (let k = before + 1; k < preposition; k++) if (/^[.;:]$/.test(tokens.lower(k) ?? '')) return -1;
  return before;
}

/** Whether ", where it reduces (regenerates…)" follows the place ending at `end`: the protein works there. */
function workedThereAfter(tokens: Tokens, end: number): boolean {
  if (tokens.lower(end + 1) !== ',' || tokens.lower(end + 2) !== 'where') return false;
  const doer = /^(it|they)$/.test(tokens.lower(end + 3) ?? '') || tokens.kind(end + 3) === 'entity' ? end + 4 : -1;
  return doer > 0 && WORKING.has(tokens.lower(doer) ?? '');
}

/** Whether a word of placing stands at most four words before the preposition at `k`. */
function placedBefore(tokens: Tokens, k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 4; j--) {
    if (tokens.kind(j) === 'punct') return false;
    const word = tokens.lower(j)!;
    if (PLACED.has(word) || BEING.has(word) || PUTTING.has(word) || PLACING.has(word) || WORKING.has(word)) return true;
  }
  return false;
}
