/**
 * A place named, then what a protein does there: "… is anchored in the inner mitochondrial membrane, where it
 * reduces CoQ10", "the plasma membrane, the compartment in which FSP1 regenerates ubiquinol". The clause after
 * "where" puts its subject in the place as surely as "FSP1 acts at…" does. The subject is the one the claim
 * already read in that clause names ("it" resolved as that reading resolved it).
 */
import type { CellLocation } from '../../lexicon/lexicon';
import { ClaimForm, newClaim, type Claim, type ClaimParty } from '../claim';
import { placeAt } from '../locations';
import { PREVIOUS_SUBJECT } from '../parties';
import type { Tokens } from '../tokens';
import { LOCATE } from './location';

/** Nouns of a place that an apposition may name before "in which": "the compartment in which". */
const PLACE_NOUNS = /^(compartment|membrane|organelle|site|place|location|region|surface)$/;

/** `located`: the entries with a curated place, the only ones a place can be wrong for. */
export function readWorkplaceClaims(tokens: Tokens, located: ReadonlySet<string>, claims: Claim[]): void {
  const read = claims.length;
  for (let w = 2; w < tokens.length; w++) {
    const opener = relativeOfPlace(tokens, w);
    if (!opener) continue;
    const place = placeEndingAt(tokens, opener.placeEnd);
    if (!place) continue;
    const after = tokens.at(w)!.end;
    // The first claim whose subject is in the clause: its subject is what works in the place.
    const acted = claims.slice(0, read).find((c) => c.effect !== 'located' && c.subjects[0]!.start >= after && !c.negated && c.subjects.every((s) => !s.inverted && (located.has(s.id) || s.id === PREVIOUS_SUBJECT)));
    if (!acted || clauseBreak(tokens, w, acted.subjects[0]!.start)) continue;
    // "DHODH sits in the plasma membrane, where it…": the place is read already, from the verb of being there.
    if (claims.some((c) => c.effect === 'located' && c.subjects.some((s) => acted.subjects.some((a) => a.id === s.id)))) continue;
    const object: ClaimParty = { id: place.id, inverted: false, start: tokens.at(place.start)!.start, end: tokens.at(opener.placeEnd)!.end };
    claims.push(
      newClaim({
        subjects: acted.subjects,
        objects: [object],
        effect: 'located',
        negated: false,
        form: ClaimForm.State,
        start: object.start,
        end: acted.verb.end,
        verb: { ...acted.verb, verb: LOCATE, slot: 'state' },
      }),
    );
  }
}

/**
 * Whether "where" (or "in which") at `w` opens a clause about the place before it; the index of that place's
 * last token. "…membrane, where", "…membrane where", "…membrane, the compartment in which".
 */
function relativeOfPlace(tokens: Tokens, w: number): { placeEnd: number } | undefined {
  const word = tokens.lower(w);
  let k: number;
  if (word === 'where') k = w - 1;
  else if (word === 'which' && /^(in|at|on|within|inside)$/.test(tokens.lower(w - 1) ?? '')) k = w - 2;
  else return undefined;
  if (tokens.lower(k) === ',') k--;
  // "the inner mitochondrial membrane, the compartment in which": the apposition names the place again.
  if (PLACE_NOUNS.test(tokens.lower(k) ?? '') && tokens.lower(k - 1) === 'the' && tokens.lower(k - 2) === ',') k -= 3;
  return k >= 0 ? { placeEnd: k } : undefined;
}

/** The place whose last token is at `end`, with the index of its first token (its article included). */
function placeEndingAt(tokens: Tokens, end: number): { id: CellLocation; start: number } | undefined {
  // From the farthest start: "inner mitochondrial membrane", not the "mitochondrial membrane" in it.
  for (let k = Math.max(0, end - 6); k <= end; k++) {
    const place = placeAt(tokens, k);
    if (place && place.end === end) return { id: place.id, start: tokens.lower(k - 1) === 'the' ? k - 1 : k };
  }
  return undefined;
}

/** Whether a sentence mark between "where" at `w` and offset `to` ends its clause first. */
function clauseBreak(tokens: Tokens, w: number, to: number): boolean {
  for (let k = w + 1; k < tokens.length && tokens.at(k)!.start < to; k++) if (/^[;:.]$/.test(tokens.lower(k) ?? '')) return true;
  return false;
}
