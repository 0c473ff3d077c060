/**
 * Measured outcomes of a modified holder: "Gpx4-deficient Treg cells accumulated fewer lipid peroxides",
 * "TP53-null cells displayed reduced cystine uptake", "erastin-treated cells showed higher lipid ROS". The holder
 * stands for its entry (reversed by a knockout), the amount word gives the sign: GPX4's loss lowering lipid
 * peroxides claims that GPX4 raises them.
 */
import { ClaimForm, newClaim, type Claim, type Modifiers } from '../claim';
import { holderParties } from '../holders';
import { readPartiesRight, skipLeftModifiers } from '../parties';
import { capture, matchAt, seq, upTo, word, wordIn } from '../pattern';
import type { Tokens } from '../tokens';
import { verbOf, type VerbIndex } from '../verbIndex';

/** Verbs that report what a holder was found to have. */
const SHOWED = new Set(`accumulated accumulate accumulates showed show shows displayed display displays exhibited exhibit exhibits had
  have has contained contain contains presented present presents harboured harbored retained`.split(/\s+/).filter(Boolean));
/** Words of amount after such a verb: one of them makes the report a measurement. */
const AMOUNTS = new Set(`fewer less little lower reduced decreased diminished downregulated higher more greater increased elevated enhanced upregulated`.split(/\s+/).filter(Boolean));

/** "accumulated (markedly) fewer", "showed higher": a verb of report, then an amount. */
const REPORTED_AMOUNT = seq(wordIn(SHOWED), upTo(2, word('markedly', 'significantly', 'much', 'far', 'substantially', 'only', 'very', 'strikingly')), capture('amount', wordIn(AMOUNTS)));
/** "CD36-deficient cells accumulated lipid peroxides": accumulating is itself a rise. */
const ACCUMULATED = new Set(['accumulated', 'accumulate', 'accumulates']);

export function readOutcomeClaims(tokens: Tokens, verbs: VerbIndex, claims: Claim[]): void {
  const increase = verbOf(verbs, 'increase');
  if (!increase) return;
  for (let v = 1; v < tokens.length - 2; v++) {
    if (tokens.kind(v) !== 'word' || !SHOWED.has(tokens.lower(v)!)) continue;
    const reported = matchAt(tokens, v, REPORTED_AMOUNT);
    // "accumulate (membrane) lipid peroxides": what is accumulated follows, a describing word or two first.
    const match = reported ?? (ACCUMULATED.has(tokens.lower(v)!) && (tokens.kind(v + 1) === 'entity' || tokens.kind(v + 2) === 'entity' || tokens.kind(v + 3) === 'entity') ? { amount: v + 1, end: v + 2 } : undefined);
    if (!match) continue;
    const a = match['amount']!;
    const objects = readPartiesRight(tokens, a);
    if (!objects) continue;
    const modifiers: Modifiers = { negated: false };
    const left = skipLeftModifiers(tokens, v - 1, modifiers);
    const subjects = left >= 0 ? holderParties(tokens, left) : undefined;
    // A measurement says what a change did: only a modified holder ("GPX4-deficient", "erastin-treated") claims one.
    const bare = subjects?.length === 1 && subjects[0]!.start === tokens.at(left)!.start && !subjects[0]!.inverted;
    // "did not accumulate more X" leaves open how much; "do not accumulate X" denies the rise.
    if (!subjects || bare || (modifiers.negated && reported)) continue;
    claims.push(
      newClaim({
        subjects,
        objects: objects.parties,
        effect: 'positive',
        negated: modifiers.negated,
        form: ClaimForm.State,
        start: subjects[0]!.start,
        end: tokens.at(objects.end)!.end,
        verb: { start: tokens.at(v)!.start, end: tokens.at(a)!.end, verb: increase, slot: 'state' },
      }),
    );
  }
}
