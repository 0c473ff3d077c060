/**
 * Definitions by abbreviation: "classically activated (M2) macrophages" names one entry and abbreviates it as
 * another. The claim is that the two name the same thing; the checker flags it where the lexicon keeps them
 * apart as states of one entry (M1 and M2 macrophages).
 */
import { ClaimForm, newClaim, type Claim, partyOf } from '../claim';
import { capture, entity, mark, matchAt, optional, seq, word } from '../pattern';
import type { Token, Tokens } from '../tokens';
import { verbOf, type VerbIndex } from '../verbIndex';
import { BE } from '../vocabulary';

/** An entry, and another in parentheses right after it ("(M2)", "(M2-type)", "(M2-like)"). */
const NAME_AND_SHORT_FORM = seq(capture('name', entity), mark('('), capture('short', entity), optional(seq(mark('-'), word('type', 'like'))), mark(')'));

/**
 * Two names of cells given as one: "alternatively activated M1 cells" (one entry's name right before another's),
 * "M1 macrophages are alternatively activated" (the second after a copula, ending the clause).
 */
function namedAsOne(tokens: Tokens, k: number): number {
  if (tokens.kind(k) !== 'entity' || tokens.entityType(k) !== 'cell') return -1;
  if (tokens.kind(k + 1) === 'entity' && tokens.entityType(k + 1) === 'cell') return k + 1;
  const be = k + 1;
  if (!BE.has(tokens.lower(be) ?? '') || tokens.kind(be + 1) !== 'entity' || tokens.entityType(be + 1) !== 'cell') return -1;
  return tokens.kind(be + 2) === 'punct' || tokens.at(be + 2) === undefined ? be + 1 : -1;
}

export function readDefinitionClaims(tokens: Tokens, verbs: VerbIndex, claims: Claim[]): void {
  const verb = verbOf(verbs, 'increase');
  if (!verb) return;
  /** The claim that the entries at `name` and `other` name one thing, over the tokens up to `end`. */
  const namesOne = (name: Token, other: Token, end: number): Claim =>
    newClaim({
      subjects: [partyOf(name)],
      objects: [partyOf(other)],
      effect: 'names',
      negated: false,
      form: ClaimForm.Nominal,
      start: name.start,
      end,
      verb: { start: other.start, end: other.end, verb, slot: 'state' },
    });
  for (let k = 0; k + 1 < tokens.length; k++) {
    const other = namedAsOne(tokens, k);
    if (other > 0 && tokens.at(k)!.id !== tokens.at(other)!.id) {
      claims.push(namesOne(tokens.at(k)!, tokens.at(other)!, tokens.at(other)!.end));
      continue;
    }
    if (k + 3 >= tokens.length) continue;
    // Most entries are not followed by "(": the pattern is tried only where one is.
    if (tokens.kind(k) !== 'entity' || tokens.lower(k + 1) !== '(') continue;
    const match = matchAt(tokens, k, NAME_AND_SHORT_FORM);
    if (!match) continue;
    const name = tokens.at(match['name']!)!;
    const short = tokens.at(match['short']!)!;
    if (name.id !== short.id) claims.push(namesOne(name, short, tokens.at(match.end - 1)!.end));
  }
}
