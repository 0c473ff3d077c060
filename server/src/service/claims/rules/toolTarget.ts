/**
 * What a well-characterized tool compound is said to act on, read from the sentence's frame rather than its
 * construction: "RSL3 (1 µM), chosen because it blocks system Xc⁻-mediated cystine uptake", "by blocking the
 * SLC7A11 subunit of system Xc⁻ it starves the cell of cysteine", "Erastin: a covalent inhibitor of the GPX4
 * active-site selenocysteine". Writers name a compound's target in many constructions but with few words: the
 * compound, a target, and a word of blocking. For the compounds the lexicon gives exclusive targets, that frame is
 * enough where the sentence can say nothing else: one such compound, a known target that is not its own (and none
 * of its own beside it), a word of blocking, and nothing that denies, doubts, contrasts or compares. A compound
 * curated to act on something only indirectly is read the same way where the sentence says it acts directly.
 * Like the other frame rules, it runs after every other rule and reads nothing they read of the compound.
 */
import { ClaimForm, newClaim, partyOf, type Claim } from '../claim';
import type { Tokens } from '../tokens';
import { verbOf, type VerbIndex } from '../verbIndex';
import { CONTRASTING, NEGATIONS, SUPPOSED, words, isUnsure } from '../vocabulary';

/** The tool compounds' curated targets, every compound's known targets, and what each acts on only indirectly. */
export interface ToolTargets {
  readonly own: ReadonlyMap<string, ReadonlySet<string>>;
  readonly known: ReadonlySet<string>;
  readonly indirect: ReadonlyMap<string, ReadonlySet<string>>;
}

/** Words of blocking: "blocks", "an inhibitor of", "targeting", "a blocker". */
export const BLOCKING = words(`block blocks blocked blocking blockade blocker blockers inhibit inhibits inhibited inhibiting inhibition
  inhibitor inhibitors target targets targeted targeting antagonist antagonists antagonize antagonizes antagonise antagonises
  inactivate inactivates inactivated inactivating inactivation disable disables disabled disabling`);
/** Words that say the compound acts on the target itself. */
const DIRECT = words('direct directly covalent covalently binds bind binding bound');
/** Words after which the target may be someone else's, a comparison, a condition or a step away. */
const UNSURE: ReadonlySet<string> = new Set([...SUPPOSED, ...CONTRASTING, ...words('but however could unlikely error errors misconception misconceptions')]);
/**
 * Words before a target that set it aside: "rather than GPX4", "upstream of GPX4", "instead of system Xc⁻". A
 * compound's own target set aside agrees with the frame; another target set aside is no target of it.
 */
const ASIDE = words('than instead upstream downstream beyond besides secondarily indirectly');
/** Words after a target that set it aside: "leave GPX4 itself untouched", "GPX4 fails only secondarily". */
const ASIDE_AFTER = words('untouched spared unaffected secondarily indirectly');
/** Words of a response, before "to" and the compound: "sensitised to RSL3", "resistant to erastin". */
const RESPONSE = /^(sensiti[sz]ed?|sensiti[sz]es|sensiti[sz]ing|sensitive|sensitivity|resistant|resistance|response|responses|susceptible|susceptibility|vulnerable|vulnerability|refractory)$/;
/** Words before a compound that make it a comparison: "like RSL3", "the same class as ML162". */
const COMPARED = words('like as');

export function readToolTargetClaims(tokens: Tokens, verbs: VerbIndex, targets: ToolTargets, claims: Claim[]): void {
  const inhibit = verbOf(verbs, 'inhibit');
  if (!inhibit) return;
  let compound = -1;
  let blocking = -1;
  let direct = -1;
  let unsure = -1;
  for (let k = 0; k < tokens.length; k++) {
    if (tokens.kind(k) === 'entity') {
      const id = tokens.id(k)!;
      if ((targets.own.has(id) || targets.indirect.has(id)) && !COMPARED.has(tokens.lower(k - 1) ?? '')) {
        // One compound, or several of one class ("RSL3 and ML162"), however often named.
        if (compound >= 0 && !sameClass(targets, tokens.id(compound)!, id)) return;
        if (compound < 0) compound = k;
      }
      continue;
    }
    const word = tokens.lower(k)!;
    if ((isUnsure(UNSURE, tokens, k) || NEGATIONS.has(word) || word === "n't") && unsure < 0) unsure = k;
    // ("an IFN-γ-blocking antibody": a word of blocking inside a compound word is another agent's.)
    if ((BLOCKING.has(word) || switchesOff(tokens, k)) && blocking < 0 && tokens.lower(k - 1) !== '-') blocking = k;
    if (DIRECT.has(word) && direct < 0) direct = k;
  }
  if (compound < 0 || blocking < 0) return;
  const end = firstClauseEnd(tokens, compound, blocking);
  if ((unsure >= 0 && unsure < end) || blocking > end) return;
  const id = tokens.id(compound)!;
  // "RSL3-resistant cells", "erastin-treated": the compound describes something else.
  // "sensitised them to RSL3": the compound names what it does, not what it acts on.
  if (tokens.lower(compound + 1) === '-' || (tokens.lower(compound - 1) === 'to' && RESPONSE.test(tokens.lower(compound - 2) ?? ''))) return;
  const own = targets.own.get(id);
  const indirect = targets.indirect.get(id);
  let target = -1;
  let directly = false;
  for (let k = 0; k < tokens.length; k++) {
    if (tokens.kind(k) !== 'entity' || targets.own.has(tokens.id(k)!) || targets.indirect.has(tokens.id(k)!)) continue;
    if (k > end) break;
    const other = tokens.id(k)!;
    const setAside = isSetAside(tokens, k);
    const notDirect = direct >= 0 && indirect?.has(other) === true;
    if (own?.has(other) && !notDirect) {
      // Its own target named as its target: the word of blocking may be said of it.
      if (!setAside) return;
      continue;
    }
    if (setAside) continue;
    const wrong = own !== undefined && !own.has(other) && targets.known.has(other);
    if (!wrong && !notDirect) continue;
    // "blocks cystine import through system Xc⁻": of several wrong targets, the first the word of blocking governs.
    if (target >= 0 && (target > blocking || k < blocking)) continue;
    target = k;
    directly = notDirect && !wrong;
  }
  if (target < 0) return;
  // What another rule read of the compound and a target, or of what the target does, is that rule's.
  const read = (c: Claim): boolean => c.subjects.some((s) => s.id === id) && c.objects.some((o) => o.id === tokens.id(target) || o.cause === tokens.id(target) || targets.known.has(o.id));
  if (claims.some(read)) return;
  const word = tokens.at(blocking)!;
  const subject = partyOf(tokens.at(compound)!);
  const object = partyOf(tokens.at(target)!);
  const directWord = directly ? tokens.at(direct)! : undefined;
  claims.push(
    newClaim(
      {
        subjects: [subject],
        objects: [object],
        effect: 'negative',
        negated: false,
        form: ClaimForm.State,
        start: Math.min(subject.start, object.start, word.start),
        end: Math.max(subject.end, object.end, word.end),
        // No fix: the word of blocking may be a noun, a verb or an adjective, which no one word replaces.
        verb: { start: word.start, end: word.end, verb: inhibit, slot: 'state' },
      },
      directWord ? { directness: 'direct', directnessWord: { start: directWord.start, end: directWord.end } } : {},
    ),
  );
}

/** Whether two compounds are of one class: the same curated targets. */
function sameClass(targets: ToolTargets, a: string, b: string): boolean {
  if (a === b) return true;
  const [first, second] = [targets.own.get(a), targets.own.get(b)];
  return first !== undefined && second !== undefined && first.size === second.size && [...first].every((t) => second.has(t));
}

/** Whether the words just before the entry at `k` set it aside ("rather than GPX4", "upstream of the GPX4 step"). */
function isSetAside(tokens: Tokens, k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 4; j--) {
    if (tokens.kind(j) === 'entity') break;
    if (ASIDE.has(tokens.lower(j)!)) return true;
  }
  for (let j = k + 1; j < tokens.length && j <= k + 5; j++) {
    if (tokens.kind(j) === 'entity' || tokens.kind(j) === 'punct') break;
    if (ASIDE_AFTER.has(tokens.lower(j)!)) return true;
  }
  return false;
}

/**
 * Where the sentence's first clause about the compound ends: at a clause that follows the compound, a word of
 * blocking and an entry ("…, which explains why cystine did not rescue it"). Doubts and denials after it are
 * about something else.
 */
function firstClauseEnd(tokens: Tokens, compound: number, blocking: number): number {
  let entity = -1;
  // ("Erastin — covalent GPX4 inhibitor, with no effect on…": the target may come before the word of blocking.)
  for (let k = compound + 1; k < tokens.length; k++) {
    if (tokens.kind(k) === 'entity') entity = k;
    else if (entity >= 0 && k > blocking && (tokens.lower(k) === ';' || (tokens.lower(k) === ',' && /^(which|so|because|since|with)$/.test(tokens.lower(k + 1) ?? '')))) return k;
  }
  return tokens.length;
}

/** "switches it off", "shuts GPX4 down": a verb of switching with its particle a few words on. */
function switchesOff(tokens: Tokens, k: number): boolean {
  if (!/^(switch|switches|switched|switching|shut|shuts|shutting|turn|turns|turned|turning)$/.test(tokens.lower(k) ?? '')) return false;
  for (let j = k + 1; j < tokens.length && j <= k + 4; j++) if (/^(off|down)$/.test(tokens.lower(j) ?? '')) return true;
  return false;
}
