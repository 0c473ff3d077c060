/**
 * What holds up though an entry is gone: "GPX4 activity is maintained despite profound GSH depletion", "its
 * activity is preserved even when intracellular glutathione is exhausted", "GPX4 keeps its full catalytic activity
 * even when cellular glutathione is depleted". The claim is that the subject does not require the entry lost,
 * judged against curated requirements.
 */
import { ClaimForm, newClaim, partyOf, type Claim, type Modifiers } from '../claim';
import { readPartiesLeft, skipLeftModifiers } from '../parties';
import { pronounAntecedent } from '../subjects';
import type { Tokens } from '../tokens';
import { verbOf, type VerbIndex } from '../verbIndex';
import { BE, isAdverb, words } from '../vocabulary';

/** Participles of what stays as it was: "is maintained", "remains intact". */
const KEPT = words('maintained preserved unaffected unchanged intact sustained undiminished unimpaired retained');
/** Verbs of keeping an activity: "keeps its full activity". */
const KEEPS = words('keeps kept keep retains retained retain maintains maintained maintain preserves preserved preserve');
/** What opens the loss the subject holds up through. */
const THROUGH = /^(despite|even|notwithstanding|after)$/;
/** Words of an entry being gone, after it: "GSH depletion", "glutathione is exhausted". */
const GONE = words('depletion depleted exhausted exhaustion loss lost removal removed withdrawal withdrawn absence absent deprivation deprived deficiency lacking');

export function readKeptDespiteLossClaims(tokens: Tokens, verbs: VerbIndex, claims: Claim[]): void {
  const require = verbOf(verbs, 'require');
  if (!require) return;
  for (let v = 1; v + 2 < tokens.length; v++) {
    const word = tokens.lower(v) ?? '';
    let left = -1;
    let after = -1;
    const modifiers: Modifiers = { negated: false };
    if (KEPT.has(word) && BE.has(tokens.lower(isAdverb(tokens.lower(v - 1) ?? '') ? v - 2 : v - 1) ?? '')) {
      // "GPX4 activity is (fully) maintained despite…"
      const be = isAdverb(tokens.lower(v - 1) ?? '') ? v - 2 : v - 1;
      left = skipLeftModifiers(tokens, be - 1, modifiers);
      after = v + 1;
    } else if (KEEPS.has(word) && /^(its|their|full|fully|near|normal|most|much)$/.test(tokens.lower(v + 1) ?? '')) {
      // "GPX4 keeps its (full, catalytic) activity even when…", "retains full catalytic activity in the absence of…",
      // "retains near-normal peroxidase activity after…"
      let k = v + 1;
      while (k < v + 6 && (tokens.kind(k) === 'word' || tokens.lower(k) === '-') && !/^(activity|function|activities)$/.test(tokens.lower(k)!)) k++;
      if (!/^(activity|function|activities)$/.test(tokens.lower(k) ?? '')) continue;
      left = skipLeftModifiers(tokens, v - 1, modifiers);
      after = k + 1;
    } else continue;
    const lost = lostAfter(tokens, after);
    if (!lost || left < 0 || modifiers.negated) continue;
    const subjects = readPartiesLeft(tokens, left) ?? pronounAntecedent(tokens, left, verbs);
    if (!subjects || subjects.some((s) => s.inverted || s.id === tokens.id(lost.entity))) continue;
    const object = tokens.at(lost.entity)!;
    claims.push(
      newClaim({
        subjects,
        objects: [partyOf(object)],
        effect: 'requires',
        negated: true,
        form: ClaimForm.State,
        start: subjects[0]!.start,
        end: tokens.at(lost.end)!.end,
        verb: { start: tokens.at(v)!.start, end: tokens.at(v)!.end, verb: require, slot: 'state' },
      }),
    );
  }
}

/**
 * The entry lost in "despite (profound) GSH depletion", "even when (cellular) glutathione is (profoundly) depleted",
 * "even after the loss of GSH", opening at `at`: the entry, and where the words of its loss end.
 */
function lostAfter(tokens: Tokens, at: number): { entity: number; end: number } | undefined {
  // "retains full catalytic activity in the absence of selenium"
  if (tokens.lower(at) === 'in' && tokens.lower(at + 1) === 'the' && /^(absence|lack)$/.test(tokens.lower(at + 2) ?? '') && tokens.lower(at + 3) === 'of' && tokens.kind(at + 4) === 'entity') return { entity: at + 4, end: at + 4 };
  // "keeps its full catalytic activity (even) without selenium"
  const without = tokens.lower(at) === 'even' ? at + 1 : at;
  if (tokens.lower(without) === 'without' && tokens.kind(without + 1) === 'entity') return { entity: without + 1, end: without + 1 };
  if (!THROUGH.test(tokens.lower(at) ?? '')) return undefined;
  let k = at + 1;
  if (tokens.lower(at) === 'even' && /^(when|after|with|if|upon|during)$/.test(tokens.lower(k) ?? '')) k++;
  else if (tokens.lower(at) === 'even') return undefined;
  // "the loss of GSH", "the absence of glutathione"
  if (/^(the|a)$/.test(tokens.lower(k) ?? '')) k++;
  if (GONE.has(tokens.lower(k) ?? '') && tokens.lower(k + 1) === 'of' && tokens.kind(k + 2) === 'entity') return { entity: k + 2, end: k + 2 };
  // "(profound, cellular) GSH depletion", "(intracellular) glutathione is (profoundly) exhausted"
  while (k < at + 6 && tokens.kind(k) === 'word' && !GONE.has(tokens.lower(k)!)) k++;
  if (tokens.kind(k) !== 'entity') return undefined;
  const entity = k;
  k++;
  if (BE.has(tokens.lower(k) ?? '')) k++;
  if (isAdverb(tokens.lower(k) ?? '')) k++;
  return GONE.has(tokens.lower(k) ?? '') ? { entity, end: k } : undefined;
}

/** The words the rule's reading starts from: a sentence with none of them has none of its claims (`read.ts` asks first). */
export const KEPT_WORDS: readonly string[] = [...KEPT, ...KEEPS];
