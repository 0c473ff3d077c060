/**
 * Purpose clauses of methods: "To inhibit GPX4 directly, cells were pretreated with sulfasalazine", "To block
 * FSP1, we used sorafenib". The compound named in the main clause is used to do what the purpose clause says:
 * the claim is that it does it (sulfasalazine inhibits GPX4 directly).
 */
import { ClaimForm, newClaim, noteModifier, type Claim, type Modifiers, partyOf } from '../claim';
import { readPartiesRight } from '../partiesRight';
import type { Tokens } from '../tokens';
import type { VerbIndex } from '../verbIndex';
import type { VerbClass } from '../../lexicon/lexicon';
import { GIVEN_VERBS } from '../vocabulary';

/** Verbs after which "with" names what was given ("cells were treated with erastin"). */
const GIVEN_WITH = new Set(['treated', 'pretreated', 'pre-treated', 'exposed', 'incubated', 'cultured', 'challenged', 'stimulated', 'supplemented', 'treating', 'exposing', 'incubating']);

/** The claim of a sentence that opens with a purpose clause, if its main clause names what was given. */
export function readPurposeClaims(tokens: Tokens, verbs: VerbIndex, claims: Claim[]): void {
  const modifiers: Modifiers = { negated: false };
  const purpose = purposeVerb(tokens, verbs, modifiers);
  if (!purpose) return;
  const { verb: verbClass, at } = purpose;
  let k = at + 1;
  while (k < tokens.length && tokens.kind(k) === 'word' && noteModifier(tokens.at(k)!, modifiers)) k++;
  if (purpose.noun) {
    if (tokens.lower(k) !== 'of') return;
    k++;
  }
  const objects = readPartiesRight(tokens, k, purpose.noun ? undefined : verbClass.preposition);
  if (!objects || modifiers.negated) return;
  for (let a = objects.end + 1; a < Math.min(tokens.length, objects.end + 3); a++) {
    if (tokens.kind(a) !== 'word' || !noteModifier(tokens.at(a)!, modifiers)) break;
  }
  // "For direct inhibition of GPX4 the cells were treated with…": a purpose of a few words may go without its comma;
  // so may one whose main clause opens with who gave it ("to boost PUFA peroxidation we co-dosed…").
  // "To inhibit GPX4 directly without perturbing cystine import, …": what is left alone may come before it.
  const without = indexOf(tokens, 'without', objects.end + 1, objects.end + 3);
  const comma = indexOf(tokens, ',', objects.end + 1, without < 0 ? objects.end + 4 : without + 7);
  if (comma < 0 && !purpose.noun && !/^(we|they|i)$/.test(tokens.lower(objects.end + 1) ?? '')) return;
  const given = givenEntity(tokens, comma < 0 ? objects.end + 1 : comma + 1);
  if (given < 0) return;
  const subject = tokens.at(given)!;
  const verb = tokens.at(at)!;
  const form = { verb: verbClass };
  claims.push(
    newClaim(
      {
        subjects: [partyOf(subject)],
        objects: objects.parties,
        effect: form.verb.effect,
        negated: false,
        form: ClaimForm.Active,
        start: tokens.at(purpose.opening)!.start,
        end: subject.end,
        verb: { start: verb.start, end: verb.end, verb: form.verb, slot: purpose.noun ? 'action' : 0 },
      },
      { directness: modifiers.directness, directnessWord: modifiers.directness && modifiers.directnessWord },
    ),
  );
}

/**
 * The verb of the purpose the sentence opens with, and where it is: "To inhibit…" (its base form), or "For (direct)
 * inhibition of…" (an action noun, after the words that qualify it, which go to `modifiers`).
 */
function purposeVerb(tokens: Tokens, verbs: VerbIndex, modifiers: Modifiers): { verb: VerbClass; at: number; noun: boolean; opening: number } | undefined {
  const to = purposeOpening(tokens);
  if (to >= 0 && tokens.kind(to + 1) === 'word') {
    const form = verbs.forms.get(tokens.lower(to + 1)!);
    return form && form.slot === 0 ? { verb: form.verb, at: to + 1, noun: false, opening: to } : undefined;
  }
  if (tokens.lower(0) !== 'for') return undefined;
  let k = 1;
  while (k < tokens.length && k < 4 && tokens.kind(k) === 'word' && noteModifier(tokens.at(k)!, modifiers)) k++;
  const verb = tokens.kind(k) === 'word' ? verbs.actions.get(tokens.lower(k)!) : undefined;
  return verb && tokens.lower(k + 1) === 'of' ? { verb, at: k, noun: true, opening: 0 } : undefined;
}

/**
 * Where "to" opens a purpose: the sentence's first word, or the first after a clause's end and "so" ("we wanted
 * to amplify the hit, so to boost PUFA peroxidation we co-dosed…"); -1 if none does.
 */
function purposeOpening(tokens: Tokens): number {
  if (tokens.lower(0) === 'to') return 0;
  for (let k = 2; k < tokens.length - 1; k++) {
    if (tokens.lower(k) === 'to' && tokens.lower(k - 1) === 'so' && /^[,;:]$/.test(tokens.lower(k - 2)!)) return k;
  }
  return -1;
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
    // "cells were exposed to RSL3"
    if (/^(exposed|exposing)$/.test(word) && tokens.lower(k + 1) === 'to' && tokens.kind(k + 2) === 'entity') return k + 2;
    if (GIVEN_VERBS.has(word)) {
      let e = k + 1;
      while (e < tokens.length && e < k + 3 && /^(the|a|an)$/.test(tokens.lower(e) ?? '')) e++;
      if (tokens.kind(e) === 'entity') return e;
    }
  }
  return -1;
}
