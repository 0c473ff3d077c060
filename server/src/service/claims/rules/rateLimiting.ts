/**
 * What limits a rate: "glutamate, rather than cysteine, is the rate-limiting amino acid for GSH synthesis", "it is
 * X that constitutes the rate-limiting substrate of Z". The claim is that Z requires X as what limits it; the checker
 * judges it against the curated requirement marked `rate_limiting`, which names another.
 */
import { ClaimForm, newClaim, type Claim, type Modifiers, partyOf } from '../claim';
import { skipLeftModifiers } from '../parties';
import { readPartiesRight } from '../partiesRight';
import { someBetween, type Tokens } from '../tokens';
import { verbOf, type VerbIndex } from '../verbIndex';
import { NEGATIONS } from '../vocabulary';
import { isUnknownName } from '../unknownNames';

/** Words after "rate-limiting" and before "for"/"of"/"in": what kind of thing limits. */
const KINDS = new Set(['amino', 'acid', 'substrate', 'precursor', 'step', 'factor', 'component', 'building', 'block', 'determinant', 'enzyme', 'supply', 'reagent']);
/** Verbs that give the limiting thing its role: "is", "constitutes", "represents", "remains". */
const LINKS = new Set(['is', 'are', 'was', 'were', 'constitutes', 'constitute', 'represents', 'represent', 'remains', 'remain', 'becomes', 'provides', 'serves', 'acts']);

export function readRateLimitingClaims(tokens: Tokens, verbs: VerbIndex, claims: Claim[]): void {
  const require = verbOf(verbs, 'require');
  if (!require) return;
  readSupplyLimits(tokens, require, claims);
  for (let r = 1; r + 3 < tokens.length; r++) {
    const passive = limitedBy(tokens, r);
    if (passive) {
      claims.push(newClaim({ ...passive, effect: 'requires', negated: false, form: ClaimForm.State, verb: { start: tokens.at(r)!.start, end: tokens.at(r)!.end, verb: require, slot: 'state' } }, { limiting: true }));
      continue;
    }
    // "glutamate, and not cysteine, limits the rate of GSH synthesis": the verb says what the adjective does.
    // "… that sets the pace of GSH synthesis" too.
    const verb = LIMITING_VERBS.has(tokens.lower(r)!) && tokens.lower(r + 1) === 'the' && /^(rate|pace)$/.test(tokens.lower(r + 2) ?? '') && tokens.lower(r + 3) === 'of';
    if (!verb && (tokens.lower(r) !== 'rate' || tokens.lower(r + 1) !== '-' || !/^(limiting|determining)$/.test(tokens.lower(r + 2) ?? ''))) continue;
    let k = r + 3;
    while (!verb && k < tokens.length && k < r + 6 && KINDS.has(tokens.lower(k) ?? '')) k++;
    // "Cystine feeds GSH synthesis, but the rate-limiting amino acid is glutamate": what is limited, named before.
    const named = !/^(for|of|in)$/.test(tokens.lower(k) ?? '') && !verb ? processNamedBefore(tokens, r) : undefined;
    if (!named && !/^(for|of|in)$/.test(tokens.lower(k) ?? '')) continue;
    const limited = named ?? readPartiesRight(tokens, k + 1);
    if (!limited || limited.parties.length !== 1) continue;
    const before = verb ? entityBefore(tokens, r) : limitingEntity(tokens, r);
    // "The rate-limiting amino acid for GSH synthesis, however, is glutamate": the copula after it names it.
    // "…, but the rate-limiting amino acid is glutamate" too.
    // "Contrary to paragraph 22 of the report, the rate-limiting substrate… is glutamate": after an opening phrase
    // that names no entry.
    const afterOpening = tokens.lower(r - 2) === ',' && !someBetween(tokens, 0, r - 2, (t) => t.kind === 'entity');
    const opensClause = tokens.lower(r - 1) === 'the' && (r === 1 || afterOpening || /^([;:]|but|whereas|while|yet)$/.test(tokens.lower(r - 2) ?? ''));
    const denied = before < 0 && !verb ? deniedLimiting(tokens, r) : undefined;
    const limiting = before >= 0 ? before : denied ? denied.entity : verb || !opensClause ? -1 : entityAfterCopula(tokens, named ? k : limited.end + 1);
    if (limiting < 0) continue;
    const x = tokens.at(limiting)!;
    claims.push(
      newClaim(
        {
          subjects: limited.parties,
          objects: [partyOf(x)],
          effect: 'requires',
          negated: denied !== undefined,
          form: ClaimForm.State,
          start: Math.min(tokens.at(denied?.from ?? limiting)!.start, tokens.at(r)!.start),
          end: Math.max(x.end, tokens.at(limited.end)!.end),
          verb: { start: tokens.at(r)!.start, end: tokens.at(r + 2)!.end, verb: require, slot: 'state' },
        },
        { limiting: true },
      ),
    );
  }
}

/**
 * "Cysteine availability (does not) limit(s) GSH synthesis": the supply of an entry that limits a process is what
 * the process needs, as "limited by the supply of" says it the other way round.
 */
function readSupplyLimits(tokens: Tokens, require: Claim['verb']['verb'], claims: Claim[]): void {
  for (let r = 2; r + 1 < tokens.length; r++) {
    if (!/^(limit|limits|limited)$/.test(tokens.lower(r) ?? '')) continue;
    const modifiers: Modifiers = { negated: false };
    const supply = skipLeftModifiers(tokens, r - 1, modifiers);
    if (!isEntrySupply(tokens, supply)) continue;
    const limited = readPartiesRight(tokens, r + 1);
    if (!limited || limited.parties.length !== 1 || tokens.entityType(tokens.indexStartingAt(limited.parties[0]!.start)) !== 'process') continue;
    const entity = tokens.at(supply - 1)!;
    claims.push(
      newClaim(
        {
          subjects: limited.parties,
          objects: [partyOf(entity)],
          effect: 'requires',
          negated: modifiers.negated,
          form: ClaimForm.State,
          start: entity.start,
          end: tokens.at(limited.end)!.end,
          verb: { start: tokens.at(r)!.start, end: tokens.at(r)!.end, verb: require, slot: 'state' },
        },
        { limiting: true, negation: modifiers.negation },
      ),
    );
  }
}

/**
 * Whether `at` is the word of an entry's supply right after it ("cysteine availability", "glutamate supply"): as a
 * subject it limits what needs the entry. Not its levels: "GPX4 levels limit ferroptosis" restrains it.
 */
export function isEntrySupply(tokens: Tokens, at: number): boolean {
  return /^(availability|supply)$/.test(tokens.lower(at) ?? '') && tokens.kind(at - 1) === 'entity';
}

/**
 * The entry named as what limits, left of "(the) rate-limiting" at `rate`: after a linking verb, passing over what
 * it is set against ("rather than cysteine", "not cysteine"); -1 where there is none, or the sentence denies it.
 */
function limitingEntity(tokens: Tokens, rate: number): number {
  let k = rate - 1;
  // "the immediate, rate-limiting precursor": an adjective set before it with a comma.
  if (tokens.lower(k) === ',' && /^(immediate|direct|main|major|key|principal|true|only|sole|essential)$/.test(tokens.lower(k - 1) ?? '')) k -= 2;
  if (/^(the|a|an|only|main|major|sole|true|immediate|direct|key|principal|essential)$/.test(tokens.lower(k) ?? '')) k--;
  if (/^(the|a|an)$/.test(tokens.lower(k) ?? '')) k--;
  // "…oxidised to cystine, the rate-limiting amino acid for GSH synthesis": an apposition names it (also between
  // dashes or in parentheses).
  if (/^[,—–(]$/.test(tokens.lower(k) ?? '') && tokens.kind(k - 1) === 'entity' && tokens.lower(k - 2) !== 'than' && tokens.lower(k - 2) !== 'not') return k - 1;
  // "identifies cystine itself, rather than its reduction product, as the rate-limiting…": named as it.
  if (tokens.lower(k) === 'as') {
    const named = namedAs(tokens, k);
    if (named >= 0) return named;
  }
  // "serves as the rate-limiting…", "acts as the…".
  if (tokens.lower(k) === 'as' && /^(serves|serve|served|acts|act|acted|functions|function)$/.test(tokens.lower(k - 1) ?? '')) k--;
  // "is regarded (considered, seen) as the rate-limiting…": the copula before.
  else if (tokens.lower(k) === 'as' && /^(regarded|considered|seen|viewed|recognized|recognised|known)$/.test(tokens.lower(k - 1) ?? '')) k -= 2;
  if (!LINKS.has(tokens.lower(k) ?? '')) return -1;
  return entityBefore(tokens, k);
}

/**
 * The entry denied the limiting role before "(the) rate-limiting" at `rate`: "cysteine is not the rate-limiting…",
 * or set aside for a name the lexicon lacks, "glycine, not cysteine, is the rate-limiting…", "glycine rather than
 * cysteine is…": the entry, and where the phrase naming it starts.
 */
function deniedLimiting(tokens: Tokens, rate: number): { entity: number; from: number } | undefined {
  let k = rate - 1;
  if (/^(the|a|an)$/.test(tokens.lower(k) ?? '')) k--;
  if (tokens.lower(k) === 'not' && LINKS.has(tokens.lower(k - 1) ?? '')) return tokens.kind(k - 2) === 'entity' ? { entity: k - 2, from: k - 2 } : undefined;
  if (!LINKS.has(tokens.lower(k) ?? '')) return undefined;
  // "it is glycine, not cysteine, that is the rate-limiting…": the cleft's "that".
  if (tokens.lower(k - 1) === 'that') k--;
  // ", not cysteine," or "rather than cysteine", after a name the lexicon lacks.
  const aside = tokens.lower(k - 1) === ',' ? k - 2 : k - 1;
  if (tokens.kind(aside) !== 'entity') return undefined;
  const before = tokens.lower(aside - 1) === 'not' ? aside - 2 : tokens.lower(aside - 1) === 'than' && tokens.lower(aside - 2) === 'rather' ? aside - 3 : -1;
  if (before < 0) return undefined;
  const name = tokens.lower(before) === ',' && tokens.lower(k - 1) === ',' ? before - 1 : tokens.lower(k - 1) === ',' ? -1 : before;
  return name >= 0 && tokens.kind(name) === 'word' && isUnknownName(tokens, name) ? { entity: aside, from: name } : undefined;
}

/** The entry a verb of naming names as what follows "as" at `as` ("identifies X (itself, …,) as"); -1 if none. */
function namedAs(tokens: Tokens, as: number): number {
  let k = as - 1;
  // ", rather than its reduction product,": what it is set against, between commas.
  if (tokens.lower(k) === ',') {
    let open = k - 1;
    while (open > 0 && open > k - 10 && tokens.lower(open) !== ',') open--;
    if (tokens.lower(open) === ',' && /^(rather|not|instead)$/.test(tokens.lower(open + 1) ?? '')) k = open - 1;
  }
  if (tokens.lower(k) === 'itself') k--;
  return tokens.kind(k) === 'entity' && NAMING.test(tokens.lower(k - 1) ?? '') ? k : -1;
}

/** Verbs that name their object as something: "identifies X as", "regards X as". */
const NAMING = /^(identif(?:y|ies|ied)|describes?|described|names?|named|considers?|considered|regards?|regarded|sees|saw|views?|viewed|treats?|treated|establish(?:es|ed)?|defines?|defined)$/;

/**
 * "GSH synthesis is limited by glutamate availability rather than by cysteine": at `r`, "limited" after a copula,
 * the limited entry before it and the one that limits after "by" (with a word of supply after it, or none).
 */
function limitedBy(tokens: Tokens, r: number): Pick<Claim, 'subjects' | 'objects' | 'start' | 'end'> | undefined {
  // "limited chiefly by the supply of glutamate": an adverb after the participle, the supply before the entry.
  let by = r + 1;
  if (LIMITING_DEGREE.test(tokens.lower(by) ?? '')) by++;
  if (tokens.lower(r) !== 'limited' || tokens.lower(by) !== 'by') return undefined;
  let be = r - 1;
  while (be > 0 && tokens.kind(be) === 'word' && (LIMITING_DEGREE.test(tokens.lower(be)!) || tokens.lower(be) === 'rate')) be--;
  if (tokens.lower(be) === '-' && tokens.lower(be - 1) === 'rate') be -= 2;
  if (!/^(is|are|was|were|be|being|been)$/.test(tokens.lower(be) ?? '') || tokens.kind(be - 1) !== 'entity') return undefined;
  let k = by + 1;
  if (/^(the|its)$/.test(tokens.lower(k) ?? '')) k++;
  if (SUPPLY.has(tokens.lower(k) ?? '') && tokens.lower(k + 1) === 'of') k += 2;
  if (tokens.kind(k) !== 'entity' || (tokens.kind(k + 1) === 'word' && !SUPPLY.has(tokens.lower(k + 1)!) && !/^(rather|and|not|instead)$/.test(tokens.lower(k + 1)!))) return undefined;
  const limited = tokens.at(be - 1)!;
  const limiting = tokens.at(k)!;
  return { subjects: [partyOf(limited)], objects: [partyOf(limiting)], start: limited.start, end: tokens.at(SUPPLY.has(tokens.lower(k + 1) ?? '') ? k + 1 : k)!.end };
}

/** Words of how much a limit holds: "limited chiefly by", "mainly rate-limited by". */
const LIMITING_DEGREE = /^(mainly|largely|primarily|chiefly|critically|strongly|principally|mostly)$/;

/** Words of how much there is of what limits: "limited by glutamate availability". */
const SUPPLY = new Set(['availability', 'supply', 'levels', 'level', 'abundance', 'uptake', 'import', 'concentration', 'concentrations']);

/** The last process named before `at` (the limited one where "the rate-limiting X" names none after it). */
function processNamedBefore(tokens: Tokens, at: number): { parties: Claim['subjects'][number][]; end: number } | undefined {
  for (let k = at - 1; k >= 0; k--) if (tokens.kind(k) === 'entity' && tokens.entityType(k) === 'process') return { parties: [partyOf(tokens.at(k)!)], end: k };
  return undefined;
}

/** The entry right after a copula at `from` (past an aside of one word between commas: ", however,"); -1 if none. */
function entityAfterCopula(tokens: Tokens, from: number): number {
  let k = from;
  if (tokens.lower(k) === ',' && tokens.kind(k + 1) === 'word' && tokens.lower(k + 2) === ',') k += 3;
  if (!/^(is|was|remains)$/.test(tokens.lower(k) ?? '')) return -1;
  return tokens.kind(k + 1) === 'entity' ? k + 1 : -1;
}

/** Verbs that say what limits a rate: "limits the rate of GSH synthesis". */
const LIMITING_VERBS = new Set(['limits', 'limit', 'limited', 'determines', 'determine', 'determined', 'sets', 'set', 'governs', 'govern', 'governed']);

/**
 * The entry that does what the word at `k` says, left of it, passing over what it is set against ("rather than
 * cysteine", "not cysteine"); -1 where there is none, or the sentence denies it.
 */
function entityBefore(tokens: Tokens, at: number): number {
  let k = at;
  // "it is X rather than Y that constitutes": the cleft's "that".
  if (tokens.lower(k - 1) === 'that') k--;
  // "cysteine, generated in the cytosol from imported cystine, is…": the entry before a comma aside.
  if (tokens.lower(k - 1) === ',') {
    const left = skipLeftModifiers(tokens, k - 1, { negated: false });
    if (left < k - 2 && tokens.kind(left) === 'entity') return left;
  }
  let found = -1;
  for (let j = k - 1; j >= 0 && j >= k - 12; j--) {
    const word = tokens.lower(j)!;
    // Dashes set off what is set aside as commas do: "cystine itself—rather than cysteine—is…".
    if (tokens.kind(j) === 'punct' && !/^[,—–-]$/.test(word)) break;
    // "…converted to cysteine, but it is glycine, not cysteine, that is…": the clause before is another's.
    if (/^(but|whereas|while|yet|although|though)$/.test(word)) break;
    // "X, not Y, is the rate-limiting…": a "not" before the one set aside denies nothing.
    // ("and not the cysteine": an article may come between.)
    const denied = tokens.kind(j + 1) === 'entity' || (tokens.lower(j + 1) === 'the' && tokens.kind(j + 2) === 'entity');
    if (NEGATIONS.has(word) && found < 0 && !denied) return -1;
    if (tokens.kind(j) !== 'entity') continue;
    const before = tokens.lower(j - 1) ?? '';
    // "rather than cysteine", "not cysteine", "instead of cysteine": the one set aside, also with words between
    // ("rather than its reduced form cysteine").
    if (before === 'than' || before === 'not' || before === 'of' || setAside(tokens, j)) continue;
    // "Cysteine derived from imported cystine is…": the source named after "derived from" is not what limits.
    if (madeFrom(tokens, j)) continue;
    found = j;
    break;
  }
  return found;
}

/** Whether the entity at `at` is named as the source of another: "(derived, made) from (imported) cystine". */
function madeFrom(tokens: Tokens, at: number): boolean {
  let j = at - 1;
  while (j > at - 3 && tokens.kind(j) === 'word' && !/^(from|of)$/.test(tokens.lower(j)!)) j--;
  return tokens.lower(j) === 'from' && /^(derived|made|generated|produced|obtained|formed|synthesi[sz]ed)$/.test(tokens.lower(j - 1) ?? '');
}

/** Whether "than", "not" or "instead" stands between the entity at `at` and the comma or mark before it. */
function setAside(tokens: Tokens, at: number): boolean {
  for (let j = at - 1; j >= 0 && j >= at - 6; j--) {
    if (tokens.kind(j) === 'punct' && tokens.lower(j) !== '-' && tokens.lower(j) !== '—') return false;
    if (/^(than|not|instead)$/.test(tokens.lower(j) ?? '')) return true;
  }
  return false;
}

/** The words the rule's reading starts from: a sentence with none of them has none of its claims (`read.ts` asks first). */
export const RATE_LIMITING_WORDS: readonly string[] = ['limited', 'rate', ...LIMITING_VERBS];
