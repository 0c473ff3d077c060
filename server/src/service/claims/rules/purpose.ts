/**
 * Purpose clauses of methods: "To inhibit GPX4 directly, cells were pretreated with sulfasalazine", "To block
 * FSP1, we used sorafenib". The compound named in the main clause is used to do what the purpose clause says:
 * the claim is that it does it (sulfasalazine inhibits GPX4 directly).
 */
import { ClaimForm, newClaim, noteModifier, type Claim, type Modifiers, partyOf } from '../claim';
import { readPartiesRight } from '../parties';
import type { Tokens } from '../tokens';
import type { VerbIndex } from '../verbIndex';
import { GIVEN_VERBS } from '../vocabulary';

/** Verbs after which "with" names what was given ("cells were treated with erastin"). */
const GIVEN_WITH = new Set(['treated', 'pretreated', 'pre-treated', 'exposed', 'incubated', 'cultured', 'challenged', 'stimulated', 'supplemented', 'treating', 'exposing', 'incubating']);

/** The claim of a sentence that opens with a purpose clause, if its main clause names what was given. */
export function readPurposeClaims(tokens: Tokens, verbs: VerbIndex, claims: Claim[]): void {
  if (tokens.lower(0) !== 'to' || tokens.kind(1) !== 'word') return;
  const form = verbs.forms.get(tokens.lower(1)!);
  if (!form || form.slot !== 0) return;
  const modifiers: Modifiers = { negated: false };
  let k = 2;
  while (k < tokens.length && tokens.kind(k) === 'word' && noteModifier(tokens.at(k)!, modifiers)) k++;
  const objects = readPartiesRight(tokens, k, form.verb.preposition);
  if (!objects || modifiers.negated) return;
  for (let a = objects.end + 1; a < Math.min(tokens.length, objects.end + 3); a++) {
    if (tokens.kind(a) !== 'word' || !noteModifier(tokens.at(a)!, modifiers)) break;
  }
  const comma = indexOf(tokens, ',', objects.end + 1, objects.end + 4);
  if (comma < 0) return;
  const given = givenEntity(tokens, comma + 1);
  if (given < 0) return;
  const subject = tokens.at(given)!;
  const verb = tokens.at(1)!;
  claims.push(
    newClaim(
      {
        subjects: [partyOf(subject)],
        objects: objects.parties,
        effect: form.verb.effect,
        negated: false,
        form: ClaimForm.Active,
        start: tokens.at(0)!.start,
        end: subject.end,
        verb: { start: verb.start, end: verb.end, verb: form.verb, slot: 0 },
      },
      { directness: modifiers.directness, directnessWord: modifiers.directness && modifiers.directnessWord },
    ),
  );
}

function indexOf(tokens: Tokens, mark: string, from: number, to: number): number {
  for (let k = from; k < Math.min(to, tokens.length); k++) if (tokens.lower(k) === mark) return k;
  return -1;
}

/** The entity the main clause from `from` says was given, or -1: the first after "treated with" or "used". */
function givenEntity(tokens: Tokens, from: number): number {
  for (let k = from; k < tokens.length && k < from + 12; k++) {
    if (tokens.kind(k) === 'punct' && tokens.lower(k) !== '-' && tokens.lower(k) !== '(' && tokens.lower(k) !== ')') return -1;
    if (tokens.kind(k) !== 'word') continue;
    const word = tokens.lower(k)!;
    if (GIVEN_WITH.has(word) && tokens.lower(k + 1) === 'with' && tokens.kind(k + 2) === 'entity') return k + 2;
    if (GIVEN_VERBS.has(word)) {
      let e = k + 1;
      while (e < tokens.length && e < k + 3 && /^(the|a|an)$/.test(tokens.lower(e) ?? '')) e++;
      if (tokens.kind(e) === 'entity') return e;
    }
  }
  return -1;
}
