/**
 * Associations with a direction: "TYRO3 inhibition was associated with reduced ferroptosis", "ACSL4 expression
 * correlated negatively with lipid peroxidation". A bare association ("was associated with ferroptosis") states
 * no direction and is no claim; one whose object is raised or lowered, or a correlation with a sign, is read as
 * the effect it reports.
 */
import { ClaimForm, signedWordClaim, type Claim, type Modifiers } from '../claim';
import { skipLeftModifiers } from '../parties';
import { readPartiesRight } from '../partiesRight';
import { clauseSubjects } from '../subjects';
import type { Tokens } from '../tokens';
import { verbOf, type VerbIndex } from '../verbIndex';
import { LOWERING, RAISING, words } from '../vocabulary';

export const ASSOCIATED = words('associated correlated correlates correlate correlating linked tied accompanied paralleled coincides coincided coincide coinciding tracked tracks track tracking');
/** "accompanied by a 1.8-fold increase in X": nouns of a change, and their sign. */
const CHANGES: ReadonlyMap<string, 1 | -1> = new Map([
  ...['increase', 'increases', 'rise', 'gain', 'elevation', 'accumulation'].map((w) => [w, 1] as const),
  ...['decrease', 'decreases', 'drop', 'fall', 'loss', 'reduction', 'decline'].map((w) => [w, -1] as const),
]);
const POSITIVELY = words('positively directly');
const NEGATIVELY = words('negatively inversely');

export function readAssociationClaims(tokens: Tokens, verbs: VerbIndex, claims: Claim[]): void {
  const increase = verbOf(verbs, 'increase');
  const decrease = verbOf(verbs, 'decrease');
  if (!increase || !decrease) return;
  for (let v = 1; v + 2 < tokens.length; v++) {
    if (tokens.kind(v) !== 'word' || !ASSOCIATED.has(tokens.lower(v)!)) continue;
    // "correlated negatively with", "negatively correlated with".
    let sign: 1 | -1 | 0 = 0;
    let k = v + 1;
    if (POSITIVELY.has(tokens.lower(k) ?? '')) [sign, k] = [1, k + 1];
    else if (NEGATIVELY.has(tokens.lower(k) ?? '')) [sign, k] = [-1, k + 1];
    let before = v - 1;
    if (sign === 0 && POSITIVELY.has(tokens.lower(before) ?? '')) [sign, before] = [1, before - 1];
    else if (sign === 0 && NEGATIVELY.has(tokens.lower(before) ?? '')) [sign, before] = [-1, before - 1];
    // "BSO treatment was accompanied by a 1.8-fold increase in GPX4 activity": the change named, then its object.
    if (tokens.lower(k) === 'by' && /^(accompanied|paralleled)$/.test(tokens.lower(v)!)) {
      let c = k + 1;
      while (c < tokens.length && c < k + 7 && !CHANGES.has(tokens.lower(c) ?? '') && tokens.kind(c) !== 'entity') c++;
      const change = CHANGES.get(tokens.lower(c) ?? '');
      if (!change || !/^(in|of)$/.test(tokens.lower(c + 1) ?? '')) continue;
      const objects = readPartiesRight(tokens, c + 2);
      const modifiers: Modifiers = { negated: false };
      const subjects = objects && clauseSubjects(tokens, skipLeftModifiers(tokens, before, modifiers), verbs, false);
      if (!objects || !subjects) continue;
      claims.push(signedWordClaim({ subjects, objects: objects.parties, sign: change, negated: modifiers.negated, form: ClaimForm.State, end: tokens.at(objects.end)!.end, word: tokens.at(c)!, raise: increase, lower: decrease }));
      continue;
    }
    // "linked with", and "linked to" or "tied to".
    if (tokens.lower(k) !== 'with' && !(tokens.lower(k) === 'to' && /^(linked|tied)$/.test(tokens.lower(v)!))) continue;
    // "associated with reduced ferroptosis": the amount gives the sign (and a signed correlation needs none).
    let word = v;
    const amount = tokens.lower(k + 1) ?? '';
    if (RAISING.has(amount) || LOWERING.has(amount)) {
      const measured: 1 | -1 = RAISING.has(amount) ? 1 : -1;
      sign = sign === 0 ? measured : ((sign * measured) as 1 | -1);
      word = k + 1;
      k++;
    }
    if (sign === 0) continue;
    const objects = readPartiesRight(tokens, k + 1);
    if (!objects) continue;
    const modifiers: Modifiers = { negated: false };
    const subjects = clauseSubjects(tokens, skipLeftModifiers(tokens, before, modifiers), verbs, false);
    if (!subjects) continue;
    const end = tokens.at(objects.end)!.end;
    claims.push(signedWordClaim({ subjects, objects: objects.parties, sign, negated: modifiers.negated, form: ClaimForm.State, end, word: tokens.at(word)!, raise: increase, lower: decrease }));
  }
}
