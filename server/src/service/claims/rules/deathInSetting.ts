/**
 * Death named as what happened in cells set before the sentence's subject: "In human PBMCs, erastin triggered
 * substantial cell death" says that erastin kills PBMCs, as "erastin killed human PBMCs" does. The cells stand in a
 * fronted phrase, so no verb rule finds them as the object.
 */
import { ClaimForm, newClaim, partyOf, type Claim } from '../claim';
import { capture, entity, mark, matchAt, optional, seq, upTo, word, wordIn } from '../pattern';
import type { Tokens } from '../tokens';
import { verbOf, type VerbIndex } from '../verbIndex';
import { words } from '../vocabulary';

const CAUSED = words('caused causes cause triggered triggers trigger induced induces induce provoked provokes provoke produced produces elicited elicits');
const AMOUNT = words('substantial marked massive extensive widespread considerable significant pronounced strong rapid dose-dependent');
const DEATH = words('death killing cytotoxicity toxicity');
/** The words of a sentence this rule reads. */
export const DEATH_IN_SETTING_WORDS: readonly string[] = [...DEATH];

const DEATH_IN_CELLS = seq(
  word('in'),
  upTo(2, word('human', 'mouse', 'murine', 'primary', 'cultured', 'isolated')),
  capture('cells', entity),
  mark(','),
  capture('agent', entity),
  upTo(1, word('treatment', 'exposure')),
  capture('verb', wordIn(CAUSED)),
  upTo(2, wordIn(AMOUNT)),
  optional(word('cell', 'cellular')),
  capture('death', wordIn(DEATH)),
);

export function readDeathInSettingClaims(tokens: Tokens, verbs: VerbIndex, claims: Claim[]): void {
  const kill = verbOf(verbs, 'kill');
  if (!kill) return;
  for (let k = 0; k < tokens.length; k++) {
    if (tokens.lower(k) !== 'in') continue;
    const match = matchAt(tokens, k, DEATH_IN_CELLS);
    if (!match || tokens.entityType(match['cells']!) !== 'cell') continue;
    const agent = tokens.at(match['agent']!)!;
    const verb = tokens.at(match['verb']!)!;
    claims.push(
      newClaim({
        subjects: [partyOf(agent)],
        objects: [partyOf(tokens.at(match['cells']!)!)],
        effect: 'negative',
        negated: false,
        form: ClaimForm.Active,
        start: tokens.at(k)!.start,
        end: tokens.at(match['death']!)!.end,
        verb: { start: verb.start, end: tokens.at(match['death']!)!.end, verb: kill, slot: 2 },
      }),
    );
  }
}
