/**
 * A role with a direction: "GPX4 plays a protective role against ferroptosis", "ACSL4 plays the promoting role on
 * lipid peroxidation", "NCOA4 has an inhibitory role in …". The adjective gives the sign; "a key role in" gives
 * none and is no claim.
 */
import type { VerbClass } from '../../lexicon/lexicon';
import { ClaimForm, newClaim, type Claim, type ClaimParty, type Modifiers, partyOf } from '../claim';
import { readPartiesLeft, skipLeftModifiers } from '../parties';
import { readPartiesRight } from '../partiesRight';
import { possessiveEntry } from '../partyWords';
import type { Tokens } from '../tokens';
import { ownerOf } from '../subjects';
import { definiteReferent } from '../referents';
import { verbOf, type VerbIndex } from '../verbIndex';
import { CAPACITIES, CAUSING_PARTICIPLES, REFERRING_NOUNS, isAdverb } from '../vocabulary';

const RAISING_ROLES = new Set(['promoting', 'positive', 'stimulatory', 'stimulating', 'driving', 'facilitating', 'facilitatory', 'enhancing', 'inducing', 'causal', 'causative']);
const LOWERING_ROLES = new Set(['inhibitory', 'inhibiting', 'negative', 'suppressive', 'suppressing', 'protective', 'preventive', 'restraining', 'antagonistic']);
const PLAY = new Set(['play', 'plays', 'played', 'playing', 'has', 'have', 'had', 'exerts', 'exert', 'exerted', 'serves', 'serve', 'served']);

export function readRoleClaims(tokens: Tokens, verbs: VerbIndex, claims: Claim[]): void {
  const promote = verbOf(verbs, 'promote');
  const inhibit = verbOf(verbs, 'inhibit');
  if (!promote || !inhibit) return;
  for (let k = 2; k + 1 < tokens.length; k++) {
    const claim = tokens.kind(k) === 'entity' ? readProOrAnti(tokens, k, promote, inhibit) ?? readRoleHeading(tokens, k, promote, inhibit) : undefined;
    if (claim) claims.push(claim);
  }
  for (let r = 1; r + 2 < tokens.length; r++) {
    if (CAPACITIES.has(tokens.lower(r) ?? '')) {
      const ability = readRoleInAction(tokens, r, verbs);
      if (ability) claims.push(ability);
      continue;
    }
    if (EFFECT_NOUNS.has(tokens.lower(r) ?? '')) {
      const effect = readEffectOf(tokens, r, promote, inhibit);
      if (effect) claims.push(effect);
      continue;
    }
    if (!ROLE_NOUNS.has(tokens.lower(r) ?? '')) continue;
    const action = tokens.lower(r) === 'role' || tokens.lower(r) === 'function' ? readRoleInAction(tokens, r, verbs) : undefined;
    if (action) {
      claims.push(action);
      continue;
    }
    if (r < 2 || !/^(in|on|against|for|of)$/.test(tokens.lower(r + 1) ?? '')) continue;
    // "a (crucial) protective role": the adjective of direction, possibly after others.
    let k = r - 1;
    let sign = 0;
    let direction = -1;
    while (k >= 0 && tokens.kind(k) === 'word' && !/^(a|an|the)$/.test(tokens.lower(k)!)) {
      const word = tokens.lower(k)!;
      if (RAISING_ROLES.has(word)) [sign, direction] = [1, k];
      else if (LOWERING_ROLES.has(word)) [sign, direction] = [-1, k];
      k--;
      if (r - k > 4) break;
    }
    const play = sign === 0 || !/^(a|an|the)$/.test(tokens.lower(k) ?? '') ? -1 : playedBy(tokens, k, tokens.lower(r) === 'role');
    if (play < 0) continue;
    const objects = readPartiesRight(tokens, r + 2);
    // "a protective role in T cells" says what the cells gain, not what is lowered.
    if (!objects || objects.parties.some((p) => tokens.entityType(tokens.indexStartingAt(p.start)) === 'cell')) continue;
    const modifiers: Modifiers = { negated: false };
    let left = play - 1;
    while (left >= 0 && tokens.kind(left) === 'word' && isAdverb(tokens.lower(left)!)) left--;
    left = skipLeftModifiers(tokens, left, modifiers);
    const subjects = left >= 0 ? readPartiesLeft(tokens, left) : undefined;
    if (!subjects) continue;
    const verb = sign > 0 ? promote : inhibit;
    claims.push(
      newClaim({
        subjects,
        objects: objects.parties,
        effect: sign > 0 ? 'positive' : 'negative',
        negated: modifiers.negated,
        form: ClaimForm.Nominal,
        start: subjects[0]!.start,
        end: tokens.at(objects.end)!.end,
        verb: { start: tokens.at(direction)!.start, end: tokens.at(r)!.end, verb, slot: 'action' },
      }),
    );
  }
}

/** Nouns of a part played: "a protective role in", "acts as a protective mechanism against". */
const ROLE_NOUNS = new Set(['role', 'function', 'mechanism', 'factor']);

/**
 * Where the verb starts that gives the part whose article is at `article`: "plays (a role)", "has", "acts as",
 * "serves as"; a part other than a role may also just be ("is a protective factor against"). -1 if none.
 */
function playedBy(tokens: Tokens, article: number, role: boolean): number {
  const before = tokens.lower(article - 1) ?? '';
  if (PLAY.has(before)) return article - 1;
  if (before === 'as' && /^(acts?|acted|acting|serves?|served|serving|functions?|functioned|functioning|works?|worked)$/.test(tokens.lower(article - 2) ?? '')) return article - 2;
  return !role && /^(is|are|was|were|be|being|been|remains|remain|remained)$/.test(before) ? article - 1 : -1;
}

/** Nouns of an effect, which "of" names the cause of and "on" the target: "the inhibitory effect of X on Y". */
const EFFECT_NOUNS = new Set(['effect', 'effects', 'influence', 'action', 'actions', 'impact']);

/**
 * "the inhibitory effect of these Fe nanoparticles on dendritic-cell maturation", "the protective effect of CD36 on
 * CD8⁺ T cells", "the stimulatory action of IFN-γ upon ACSL4": the adjective gives the sign, the entry after "of"
 * is the subject, the one after "on" (or "against") the object. Protection on cells keeps them: a raise.
 */
function readEffectOf(tokens: Tokens, r: number, promote: VerbClass, inhibit: VerbClass): Claim | undefined {
  const adjective = tokens.lower(r - 1) ?? '';
  const sign = RAISING_ROLES.has(adjective) ? 1 : LOWERING_ROLES.has(adjective) ? -1 : 0;
  if (sign === 0 || tokens.lower(r + 1) !== 'of') return undefined;
  // "no (little) inhibitory effect of X on Y": a denial or a doubt, left alone.
  if (/^(no|little|any|without|lack|lacked|lacks)$/.test(tokens.lower(r - 2) ?? '')) return undefined;
  const subject = causedBy(tokens, r + 2) ?? (tokens.kind(r + 2) === 'entity' ? readPartiesRight(tokens, r + 2) : definiteReferent(tokens, r + 2));
  if (!subject) return undefined;
  const on = subject.end + 1;
  const preposition = tokens.lower(on) ?? '';
  if (!/^(on|upon|against|towards|toward)$/.test(preposition)) return undefined;
  const objects = readPartiesRight(tokens, on + 1);
  if (!objects) return undefined;
  const onCells = objects.parties.some((p) => tokens.entityType(tokens.indexStartingAt(p.start)) === 'cell');
  // "a protective effect against T cells" says nothing plain; "on T cells" keeps them.
  if (onCells && preposition !== 'on' && preposition !== 'upon') return undefined;
  const signed = onCells && adjective === 'protective' && sign < 0 ? 1 : sign;
  const subjects = 'parties' in subject ? subject.parties : subject;
  return newClaim({
    subjects,
    objects: objects.parties,
    effect: signed > 0 ? 'positive' : 'negative',
    negated: false,
    form: ClaimForm.Nominal,
    start: tokens.at(r - 1)!.start,
    end: tokens.at(objects.end)!.end,
    verb: { start: tokens.at(r - 1)!.start, end: tokens.at(r)!.end, verb: signed > 0 ? promote : inhibit, slot: 'state' },
  });
}

/** "CD36-mediated fatty acid uptake" at `k`: the uptake, as what CD36 does (the checker judges it as CD36's). */
function causedBy(tokens: Tokens, k: number): { parties: ClaimParty[]; end: number } | undefined {
  if (tokens.kind(k) !== 'entity' || tokens.lower(k + 1) !== '-' || !CAUSING_PARTICIPLES.test(tokens.lower(k + 2) ?? '') || tokens.kind(k + 3) !== 'entity') return undefined;
  const effect = tokens.at(k + 3)!;
  return { parties: [{ id: effect.id!, inverted: false, start: tokens.at(k)!.start, end: effect.end, cause: tokens.at(k)!.id! }], end: k + 3 };
}

/**
 * "NCOA4's role in degrading ferritin": the entry does what the gerund after "in" says. ("The role of NCOA4 in
 * degrading…" is the verb rule's: the gerund's subject is the entry before "in".)
 */
function readRoleInAction(tokens: Tokens, r: number, verbs: VerbIndex): Claim | undefined {
  // "metformin's (known) ability to increase PD-L1": what the entry can do, a verb's base form after "to".
  const ability = CAPACITIES.has(tokens.lower(r) ?? '');
  const s = ability && tokens.lower(r - 1) !== 's' && tokens.lower(r - 1) !== 'its' && tokens.kind(r - 1) === 'word' ? r - 1 : r;
  if (tokens.lower(r + 1) !== (ability ? 'to' : 'in')) return undefined;
  // "in line with its role in internalising iron": the entry "its" stands for.
  const possessor = possessiveEntry(tokens, s - 1);
  const owners = possessor >= 0 ? [partyOf(tokens.at(possessor)!)] : tokens.lower(s - 1) === 'its' ? ownerOf(tokens, s - 1, verbs) : undefined;
  if (!owners || owners.length !== 1) return undefined;
  const gerund = r + 2;
  const form = verbs.forms.get(tokens.lower(gerund) ?? '');
  if (!form || form.slot !== (ability ? 0 : 4)) return undefined;
  const objects = readPartiesRight(tokens, gerund + 1, form.verb.preposition);
  if (!objects) return undefined;
  const verb = tokens.at(gerund)!;
  return newClaim(
    {
      subjects: owners,
      objects: objects.parties,
      effect: form.verb.effect,
      negated: false,
      form: ClaimForm.Nominal,
      start: Math.min(owners[0]!.start, tokens.at(r)!.start),
      end: tokens.at(objects.end)!.end,
      verb: { start: verb.start, end: verb.end, verb: form.verb, slot: form.slot },
    },
    { preposition: objects.preposition },
  );
}


/** Nouns a "pro-ferroptotic" or "anti-ferroptotic" entry is called. */
const KINDS = new Set([...REFERRING_NOUNS, 'factor', 'regulator', 'module', 'arm', 'player', 'mediator', 'effector', 'node']);
/** Words between an entry and what it is called: "X is (acts as, was established as) a pro-ferroptotic enzyme". */
const CALLED = /^(is|are|was|were|be|been|being|as|acts|act|acting|acted|serves|serve|serving|served|remains|functions|behaves|establish|establishes|established|identify|identifies|identified|a|an|the)$/;

/**
 * "FSP1 is a pro-ferroptotic enzyme", "DHODH acting as an anti-ferroptotic factor": the prefix of the process's
 * adjective gives the direction of the entry's effect on it. `at` is the process ("ferroptotic").
 */
/**
 * "Anti-ferroptotic genes: GPX4, SLC7A11 and ACSL4", "**Protective (anti-ferroptotic):** GPX4, SLC7A11": a heading
 * that opens its line with a role, then a colon and the entries that have it.
 */
function readRoleHeading(tokens: Tokens, at: number, promote: VerbClass, inhibit: VerbClass): Claim | undefined {
  const prefix = tokens.lower(at - 2);
  if (tokens.lower(at - 1) !== '-' || (prefix !== 'pro' && prefix !== 'anti') || at - 2 > 3) return undefined;
  for (let k = 0; k < at - 2; k++) if (tokens.kind(k) !== 'word' && tokens.lower(k) !== '(') return undefined;
  let colon = at + 1;
  if (KINDS.has((tokens.lower(colon) ?? '').replace(/s$/, ''))) colon++;
  if (tokens.lower(colon) === ')') colon++;
  if (tokens.lower(colon) !== ':') return undefined;
  const members = readPartiesRight(tokens, colon + 1);
  if (!members) return undefined;
  // "GPX4, SLC7A11, ACSL4": after a heading's colon, commas alone list the entries.
  const parties = [...members.parties];
  let end = members.end;
  while (/^(,|and)$/.test(tokens.lower(end + 1) ?? '') && tokens.kind(end + 2) === 'entity') {
    parties.push(partyOf(tokens.at(end + 2)!));
    end += 2;
  }
  const word = tokens.at(at - 2)!;
  const object = tokens.at(at)!;
  return newClaim({
    subjects: parties,
    objects: [partyOf(object)],
    effect: prefix === 'pro' ? 'positive' : 'negative',
    negated: false,
    form: ClaimForm.Nominal,
    start: word.start,
    end: tokens.at(end)!.end,
    verb: { start: word.start, end: object.end, verb: prefix === 'pro' ? promote : inhibit, slot: 'state' },
  });
}

function readProOrAnti(tokens: Tokens, at: number, promote: VerbClass, inhibit: VerbClass): Claim | undefined {
  const prefix = tokens.lower(at - 2);
  // "a pro-ferroptotic CoQ10 oxidoreductase": what it works on may come before the noun.
  const noun = tokens.kind(at + 1) === 'entity' && tokens.entityType(at + 1) === 'metabolite' ? at + 2 : at + 1;
  if (tokens.lower(at - 1) !== '-' || (prefix !== 'pro' && prefix !== 'anti') || !KINDS.has(tokens.lower(noun) ?? '')) return undefined;
  let k = at - 3;
  while (k >= 0 && k > at - 8 && tokens.kind(k) === 'word' && CALLED.test(tokens.lower(k)!)) k--;
  // "FSP1, a pro-ferroptotic oxidoreductase,": an apposition.
  if (tokens.lower(k) === ',' && /^(a|an)$/.test(tokens.lower(k + 1) ?? '') && tokens.kind(k - 1) === 'entity') k--;
  if (k === at - 3 || tokens.kind(k) !== 'entity') return undefined;
  const subjects = readPartiesLeft(tokens, k);
  const object = tokens.at(at)!;
  if (!subjects) return undefined;
  const word = tokens.at(at - 2)!;
  return newClaim({
    subjects,
    objects: [partyOf(object)],
    effect: prefix === 'pro' ? 'positive' : 'negative',
    negated: false,
    form: ClaimForm.Nominal,
    start: subjects[0]!.start,
    end: tokens.at(noun)!.end,
    verb: { start: word.start, end: object.end, verb: prefix === 'pro' ? promote : inhibit, slot: 'state' },
  });
}

/** The words the rule's reading starts from: a sentence with none of them has none of its claims (`read.ts` asks first). */
export const ROLE_WORDS: readonly string[] = ['pro', 'anti', ...CAPACITIES, ...EFFECT_NOUNS, ...ROLE_NOUNS];
