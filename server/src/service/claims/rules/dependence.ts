/**
 * Dependence written as a compound adjective or an adverb: "ferroptosis is an iron-dependent form of cell death",
 * "ferroptosis, an iron-independent death,", "ferroptosis proceeds independently of iron". The claim is that the
 * subject requires the entry (or, for "independent", does not), judged against curated requirements.
 */
import { ClaimForm, newClaim, type Claim, type Modifiers, partyOf } from '../claim';
import { readPartiesLeft, readPartiesRight, skipLeftModifiers } from '../parties';
import type { Tokens } from '../tokens';
import { verbOf, type VerbIndex } from '../verbIndex';
import { BE } from '../vocabulary';

export function readDependenceClaims(tokens: Tokens, verbs: VerbIndex, claims: Claim[]): void {
  const require = verbOf(verbs, 'require');
  if (!require) return;
  for (let v = 2; v < tokens.length; v++) {
    const word = tokens.lower(v);
    if (word !== 'dependent' && word !== 'independent' && word !== 'independently') continue;
    let subjects: Claim['subjects'] | undefined;
    let object: Claim['objects'][number] | undefined;
    const modifiers: Modifiers = { negated: false };
    if (word === 'independently') {
      // "S proceeds independently of O": one verb between the subject and the adverb.
      const read = tokens.lower(v + 1) === 'of' ? readPartiesRight(tokens, v + 2) : undefined;
      if (read?.parties.length !== 1 || tokens.kind(v - 1) !== 'word') continue;
      object = read.parties[0]!;
      const left = skipLeftModifiers(tokens, v - 2, modifiers);
      subjects = left >= 0 ? readPartiesLeft(tokens, left) : undefined;
    } else {
      // "S is an O-dependent form of…", "S, an O-independent death,"
      if (tokens.lower(v - 1) !== '-' || tokens.kind(v - 2) !== 'entity') continue;
      const entity = tokens.at(v - 2)!;
      object = partyOf(entity);
      let k = v - 3;
      if (/^(a|an)$/.test(tokens.lower(k) ?? '')) k--;
      else continue;
      // "is defined as an iron-dependent form", "is regarded as an…"
      if (tokens.lower(k) === 'as' && /^(defined|regarded|considered|described|characterized|characterised|classified|seen|viewed|known)$/.test(tokens.lower(k - 1) ?? '')) k -= 2;
      if (tokens.lower(k) === ',') k--;
      else {
        if (!BE.has(tokens.lower(k) ?? '')) continue;
        k = skipLeftModifiers(tokens, k - 1, modifiers);
      }
      subjects = k >= 0 ? readPartiesLeft(tokens, k) : undefined;
    }
    if (!subjects || !object) continue;
    const negated = (word !== 'dependent') !== modifiers.negated;
    claims.push(
      newClaim(
        {
          subjects,
          objects: [object],
          effect: 'requires',
          negated,
          form: ClaimForm.State,
          start: subjects[0]!.start,
          end: Math.max(tokens.at(v)!.end, object.end),
          verb: { start: tokens.at(v)!.start, end: tokens.at(v)!.end, verb: require, slot: 'state' },
        },
        { negation: modifiers.negation },
      ),
    );
  }
}
