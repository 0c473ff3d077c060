/**
 * Effects denied without a verb of effect: "Gpx4 deletion had no effect on lipid peroxidation", "erastin left
 * cystine uptake intact", "IRP1 plays no part in regulating TFR1". Each denies that the subject changes the object at all, which contradicts a curated
 * effect in either direction (the verb rule reads "did not alter" the same way, from the `affects` verbs).
 */
import { ClaimForm, newClaim, type Claim, type Modifiers } from '../claim';
import { readPartiesLeft, skipLeftModifiers } from '../parties';
import { readPartiesRight } from '../partiesRight';
import { matchAt, optional, seq, word } from '../pattern';
import type { Tokens } from '../tokens';
import { verbOf, type VerbIndex } from '../verbIndex';
import { ownerOfPossessed } from '../subjects';
import { isAdverb } from '../vocabulary';

/** "had (little or) no (detectable) effect on", "has no bearing on": the verb, then the denied effect; the object follows "on". */
const NO_EFFECT = seq(
  word('had', 'has', 'have', 'exerted', 'exerts', 'showed', 'shows'),
  word('no', 'little'),
  optional(word('detectable', 'measurable', 'significant', 'appreciable', 'obvious', 'discernible', 'major', 'direct')),
  word('effect', 'effects', 'impact', 'influence', 'bearing'),
  word('on'),
);

/** "plays no (major) part in (regulating) TFR1 expression" */
const NO_PART = seq(
  word('play', 'plays', 'played', 'playing', 'has', 'have', 'had'),
  word('no'),
  optional(word('major', 'significant', 'direct', 'essential', 'obvious', 'appreciable')),
  word('part', 'role'),
  word('in'),
  optional(word('the')),
  optional(word('regulating', 'controlling', 'modulating', 'determining', 'shaping', 'regulation', 'control')),
  optional(word('of')),
);

/** "left cystine uptake intact": the object between the verb and the adjective. */
const LEFT = word('left', 'leaves', 'leave', 'leaving');
const FIRST_WORDS = new Set(['had', 'has', 'have', 'exerted', 'exerts', 'showed', 'shows', 'left', 'leaves', 'leave', 'leaving', 'play', 'plays', 'played', 'playing']);
const UNCHANGED = new Set(['unchanged', 'intact', 'unaltered', 'unaffected', 'untouched', 'unperturbed']);

export function readNoEffectClaims(tokens: Tokens, verbs: VerbIndex, claims: Claim[]): void {
  const affect = verbOf(verbs, 'affect');
  if (!affect) return;
  for (let v = 1; v < tokens.length; v++) {
    // Most words open neither pattern: only their first words are tried.
    if (tokens.kind(v) !== 'word' || !FIRST_WORDS.has(tokens.lower(v)!)) continue;
    const noEffect = matchAt(tokens, v, NO_EFFECT) ?? matchAt(tokens, v, NO_PART);
    let objects: ReturnType<typeof readPartiesRight>;
    let end: number;
    if (noEffect) {
      // "…has no bearing on its activity": the owner of what "its" names.
      objects = readPartiesRight(tokens, noEffect.end) ?? ownerOfPossessed(tokens, noEffect.end, verbs);
      end = objects?.end ?? -1;
    } else if (matchAt(tokens, v, LEFT)) {
      // "leaves its activity (largely) intact": the entry "its" stands for, its activity.
      objects = readPartiesRight(tokens, v + 1) ?? ownerOfPossessed(tokens, v + 1, verbs);
      end = objects ? objects.end + 1 : -1;
      while (end > 0 && tokens.kind(end) === 'word' && isAdverb(tokens.lower(end)!)) end++;
      if (!UNCHANGED.has(tokens.lower(end) ?? '')) continue;
    } else {
      continue;
    }
    if (!objects) continue;
    const modifiers: Modifiers = { negated: false };
    const left = skipLeftModifiers(tokens, v - 1, modifiers);
    const subjects = left >= 0 ? readPartiesLeft(tokens, left) : undefined;
    if (!subjects) continue;
    claims.push(
      newClaim(
        {
          subjects,
          objects: objects.parties,
          effect: 'affects',
          // "did not leave X intact" affirms an effect.
          negated: !modifiers.negated,
          form: ClaimForm.Active,
          start: subjects[0]!.start,
          end: tokens.at(end)!.end,
          verb: { start: tokens.at(v)!.start, end: tokens.at(v)!.end, verb: affect, slot: 'state' },
        },
        { negation: modifiers.negation },
      ),
    );
  }
}

/** The words the rule's reading starts from: a sentence with none of them has none of its claims (`read.ts` asks first). */
export const NO_EFFECT_WORDS: readonly string[] = [...FIRST_WORDS];
