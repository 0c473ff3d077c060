/**
 * A change named as a noun, then what was done before it: "contraction of the labile iron pool after NCOA4
 * overexpression", "an increase in lipid peroxides following RSL3 treatment", "depletion of GSH upon erastin
 * exposure", "a drop in GSH after GPX4 knockdown". What was done raised or lowered what changed.
 */
import { ClaimForm, newClaim, type Claim } from '../claim';
import { readPartiesRight } from '../partiesRight';
import type { Tokens } from '../tokens';
import { verbOf, type VerbIndex } from '../verbIndex';
import { NEGATIONS, words } from '../vocabulary';

const RISE_NOUNS = words('increase increases rise rises elevation elevations accumulation expansion enrichment induction upregulation up-regulation surge');
// Not "reduction of": a reduction of CoQ10 or of lipid hydroperoxides is chemistry, not a fall (a "reduction in" is).
const FALL_NOUNS = words('decrease decreases decline drop drops fall loss depletion contraction shrinkage downregulation down-regulation collapse');
const AFTER = /^(after|following|upon)$/;

export const CHANGE_NOUN_WORDS: readonly string[] = [...RISE_NOUNS, ...FALL_NOUNS, 'reduction'];

export function readChangeNounAfterClaims(tokens: Tokens, verbs: VerbIndex, claims: Claim[]): void {
  const increase = verbOf(verbs, 'increase');
  const decrease = verbOf(verbs, 'decrease');
  if (!increase || !decrease) return;
  for (let k = 0; k + 4 < tokens.length; k++) {
    const word = tokens.lower(k) ?? '';
    const preposition = tokens.lower(k + 1);
    const sign = RISE_NOUNS.has(word) ? 1 : FALL_NOUNS.has(word) || (word === 'reduction' && preposition === 'in') ? -1 : 0;
    if (sign === 0 || (preposition !== 'in' && preposition !== 'of')) continue;
    const changed = readPartiesRight(tokens, k + 2);
    if (!changed || changed.parties.some((p) => p.inverted)) continue;
    const after = changed.end + 1;
    if (!AFTER.test(tokens.lower(after) ?? '')) continue;
    const done = readPartiesRight(tokens, after + 1);
    if (done?.parties.length !== 1) continue;
    const cause = done.parties[0]!;
    // Something done to a gene or given as a compound; not a process or cells ("a rise in ROS after ferroptosis").
    const type = tokens.entityType(tokens.indexStartingAt(cause.start));
    if (type === 'process' || type === 'cell' || changed.parties.some((p) => p.id === cause.id)) continue;
    // What another rule read of the same two entries is that rule's.
    if (claims.some((c) => c.subjects.some((s) => s.id === cause.id) && c.objects.some((o) => changed.parties.some((p) => p.id === o.id)))) continue;
    // "Was not observed any increase of ferroptosis sensitivity after ACSL4 silencing", "without a drop in GSH
    // after…": a change denied, in the words before it.
    let negation: { start: number; end: number } | undefined;
    for (let j = k - 1; j >= 0 && j >= k - 5 && tokens.kind(j) !== 'punct'; j--) if (NEGATIONS.has(tokens.lower(j) ?? '')) negation = tokens.at(j)!;
    const noun = tokens.at(k)!;
    claims.push(
      newClaim(
        {
          subjects: [cause],
          objects: changed.parties,
          effect: sign > 0 ? 'positive' : 'negative',
          negated: negation !== undefined,
          form: ClaimForm.State,
          start: negation?.start ?? noun.start,
          end: tokens.at(done.end)!.end,
          verb: { start: noun.start, end: noun.end, verb: sign > 0 ? increase : decrease, slot: 'state' },
        },
        { negation },
      ),
    );
  }
}
