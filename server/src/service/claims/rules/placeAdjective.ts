/**
 * A place named as an adjective of what an entry is: "DHODH, a plasma-membrane CoQ10 reductase,", "FSP1 is a
 * mitochondrial oxidoreductase", "DHODH was included as a plasma-membrane CoQ reductase". The place is judged as
 * any other place a protein is said to be in (rules/location.ts).
 */
import { ClaimForm, newClaim, partyOf, type Claim } from '../claim';
import { PLACE_ADJECTIVE_STARTS, placeAdjectiveAt } from '../locations';
import { openingParenthesis } from '../parties';
import type { Tokens } from '../tokens';
import { BE, isAdverb, isReferringNoun } from '../vocabulary';
import { LOCATE } from './location';

/** Words that link an entry to what it is said to be: "is", "was included as", "acts as". */
const LINKS = /^(is|are|was|were|as|acts|act|serves|serve|functions|included|used|classified|regarded|described|considered|remains|not|studied|modelled|modeled|annotated|treated|presented|introduced|listed|characterized|characterised)$/;

export function readPlaceAdjectiveClaims(tokens: Tokens, claims: Claim[]): void {
  for (let a = 1; a + 1 < tokens.length; a++) {
    if (tokens.kind(a) !== 'word' || !PLACE_ADJECTIVE_STARTS.has(tokens.lower(a)!)) continue;
    const found = placeAdjectiveAt(tokens, a);
    if (!found) continue;
    const { place, length } = found;
    // The noun of what the entry is, a few words on: "a plasma-membrane CoQ10 reductase".
    let noun = a + length;
    while (noun < a + length + 3 && noun < tokens.length && !(tokens.kind(noun) === 'word' && isReferringNoun(tokens.lower(noun)!))) noun++;
    if (!(tokens.kind(noun) === 'word' && isReferringNoun(tokens.lower(noun)!))) continue;
    let article = a - 1;
    while (article > 0 && tokens.kind(article) === 'word' && isAdverb(tokens.lower(article)!)) article--;
    if (!/^(a|an)$/.test(tokens.lower(article) ?? '')) continue;
    const said = entryLinkedBefore(tokens, article - 1);
    if (!said) continue;
    const subject = tokens.at(said.at)!;
    claims.push(
      newClaim({
        subjects: [partyOf(subject)],
        objects: [{ id: place, inverted: false, start: tokens.at(a)!.start, end: tokens.at(a + length - 1)!.end }],
        effect: 'located',
        negated: said.negated,
        form: ClaimForm.State,
        start: subject.start,
        end: tokens.at(noun)!.end,
        verb: { start: tokens.at(a)!.start, end: tokens.at(a + length - 1)!.end, verb: LOCATE, slot: 'state' },
      }),
    );
  }
}

/** The entry that what follows `at` is said of: set off by a comma or a parenthesis, or linked by a copula. */
function entryLinkedBefore(tokens: Tokens, at: number): { at: number; negated: boolean } | undefined {
  let k = at;
  let negated = false;
  if (tokens.lower(k) === ',' || tokens.lower(k) === '(') k--;
  else {
    const from = k;
    while (k >= 0 && k > from - 4 && tokens.kind(k) === 'word' && (LINKS.test(tokens.lower(k)!) || BE.has(tokens.lower(k)!) || isAdverb(tokens.lower(k)!))) {
      if (tokens.lower(k) === 'not') negated = true;
      k--;
    }
    if (k === from) return undefined;
  }
  if (tokens.lower(k) === ')') k = openingParenthesis(tokens, k) - 1;
  return tokens.kind(k) === 'entity' && tokens.entityType(k) === 'gene' ? { at: k, negated } : undefined;
}
