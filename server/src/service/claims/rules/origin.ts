/**
 * An effect named first, its cause after "from": "NK-cell dysfunction stems from NRF2 activation", "the M1 shift
 * results from iron overload", "ferroptosis arises largely from lipid peroxidation". The claim is that the cause
 * promotes the effect, as "NRF2 activation causes NK-cell dysfunction" says.
 */
import { ClaimForm, newClaim, type Claim, type Modifiers } from '../claim';
import { readPartiesLeft, skipLeftModifiers } from '../parties';
import { readPartiesRight } from '../partiesRight';
import type { Tokens } from '../tokens';
import { verbOf, type VerbIndex } from '../verbIndex';
import { isAdverb } from '../vocabulary';

/** Verbs of coming from a cause. */
export const ORIGIN_VERBS: ReadonlySet<string> = new Set(
  'stems stem stemmed stemming results result resulted resulting arises arise arose arising derives derive derived springs spring sprang'.split(' '),
);

export function readOriginClaims(tokens: Tokens, verbs: VerbIndex, claims: Claim[]): void {
  const cause = verbOf(verbs, 'cause');
  if (!cause) return;
  for (let v = 1; v + 2 < tokens.length; v++) {
    if (tokens.kind(v) !== 'word' || !ORIGIN_VERBS.has(tokens.lower(v)!)) continue;
    let from = v + 1;
    // "stems largely (mainly, directly) from"
    while (from < v + 3 && tokens.kind(from) === 'word' && isAdverb(tokens.lower(from)!)) from++;
    if (tokens.lower(from) !== 'from') continue;
    const causes = readPartiesRight(tokens, from + 1);
    const modifiers: Modifiers = { negated: false };
    const left = skipLeftModifiers(tokens, v - 1, modifiers);
    // "Ferroptosis resulting from GPX4 loss" names a kind of ferroptosis; only a finite verb claims the origin.
    if (tokens.lower(v)!.endsWith('ing') || tokens.lower(v) === 'derived') continue;
    const effects = left >= 0 ? readPartiesLeft(tokens, left) : undefined;
    if (!causes || !effects || effects.some((e) => e.inverted)) continue;
    const verb = tokens.at(v)!;
    claims.push(
      newClaim(
        {
          subjects: causes.parties,
          objects: effects,
          effect: 'positive',
          negated: modifiers.negated,
          form: ClaimForm.Active,
          start: effects[0]!.start,
          end: tokens.at(causes.end)!.end,
          verb: { start: verb.start, end: verb.end, verb: cause, slot: 'state' },
        },
        { negation: modifiers.negation },
      ),
    );
  }
}
