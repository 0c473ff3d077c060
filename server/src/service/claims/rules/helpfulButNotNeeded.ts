/**
 * A help granted and a need denied in one breath: "Selenium is helpful for GPX4 but not required", "GSH is useful
 * to GPX4 activity, though not essential". The object of the need is the one the help was for, left unsaid the
 * second time; the claim is that it does not require the holder, as "selenium is not required for GPX4" says.
 */
import { ClaimForm, newClaim, partyOf, type Claim } from '../claim';
import { capture, entity, mark, matchAt, optional, seq, upTo, word, wordIn } from '../pattern';
import type { Tokens } from '../tokens';
import { verbOf, type VerbIndex } from '../verbIndex';
import { BE, words } from '../vocabulary';

/** How the help is presented: "is presented as", "is often seen as", "is considered". */
const PRESENTED = words('presented described seen regarded viewed considered often generally usually as also certainly');
const HELPFUL = words('helpful useful beneficial supportive favourable favorable good important valuable');
/** What is done for the object, said after it: "for GPX4 activity". */
const FUNCTION = words('activity function functions expression synthesis');
const NEEDED = words('required essential necessary needed indispensable obligatory');

const HELP_BUT_NO_NEED = seq(
  capture('holder', entity),
  wordIn(BE),
  upTo(3, wordIn(PRESENTED)),
  wordIn(HELPFUL),
  word('for', 'to'),
  capture('needer', entity),
  upTo(1, wordIn(FUNCTION)),
  optional(mark(',')),
  word('but', 'yet', 'though', 'although'),
  optional(wordIn(BE)),
  capture('not', word('not')),
  upTo(1, word('strictly', 'absolutely', 'always')),
  capture('state', wordIn(NEEDED)),
);

export function readHelpfulButNotNeededClaims(tokens: Tokens, verbs: VerbIndex, claims: Claim[]): void {
  const require = verbOf(verbs, 'require');
  if (!require) return;
  for (let k = 0; k < tokens.length; k++) {
    if (tokens.kind(k) !== 'entity') continue;
    const match = matchAt(tokens, k, HELP_BUT_NO_NEED);
    if (!match) continue;
    const holder = tokens.at(match['holder']!)!;
    const state = tokens.at(match['state']!)!;
    const not = tokens.at(match['not']!)!;
    claims.push(
      newClaim(
        { subjects: [partyOf(tokens.at(match['needer']!)!)], objects: [partyOf(holder)], effect: 'requires', negated: true, form: ClaimForm.State, start: holder.start, end: state.end, verb: { start: state.start, end: state.end, verb: require, slot: 'state' } },
        { negation: { start: not.start, end: not.end } },
      ),
    );
  }
}
