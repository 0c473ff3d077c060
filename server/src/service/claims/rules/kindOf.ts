/**
 * What kind of process a process is: "Ferroptosis is a caspase-dependent subtype of apoptosis", "is best regarded as
 * an iron-accelerated form of apoptosis", "ferroptosis, a variant of apoptosis,". The claim's subject is the process,
 * its object the process it is said to be a kind of; the checker judges it against curated distinctions
 * (`distinct-from`). "is not a form of apoptosis" and "is distinct from apoptosis" deny it.
 */
import { ClaimForm, newClaim, partyOf, type Claim, type Modifiers } from '../claim';
import { skipLeftModifiers } from '../parties';
import type { Tokens } from '../tokens';
import { verbOf, type VerbIndex } from '../verbIndex';
import { BE, NEGATIONS, isAdverb, words } from '../vocabulary';

/** Nouns of a kind: "a form of", "a subtype of". */
const KINDS = words('form forms type types subtype subtypes variant variants kind kinds version versions mode modes subset subsets subclass subclasses branch variety');

/** The words the rule's reading starts from: a sentence with none of them has none of its claims (`read.ts` asks first). */
export const KIND_WORDS: readonly string[] = [...KINDS, 'distinct', 'different'];

export function readKindClaims(tokens: Tokens, verbs: VerbIndex, claims: Claim[]): void {
  const verb = verbOf(verbs, 'increase');
  if (!verb) return;
  for (let k = 2; k + 2 < tokens.length; k++) {
    if (tokens.kind(k) !== 'word' || tokens.entityType(k + 2) !== 'process') continue;
    // "Ferroptosis is distinct from apoptosis" denies that it is a kind of it.
    const distinct = /^(distinct|different)$/.test(tokens.lower(k)!) && tokens.lower(k + 1) === 'from';
    if (!distinct && (!KINDS.has(tokens.lower(k)!) || tokens.lower(k + 1) !== 'of')) continue;
    const article = distinct ? k : articleBefore(tokens, k);
    if (article < 0) continue;
    const modifiers: Modifiers = { negated: distinct };
    const subject = kindHolder(tokens, article, modifiers);
    if (subject < 0 || tokens.entityType(subject) !== 'process' || tokens.id(subject) === tokens.id(k + 2)) continue;
    const named = tokens.at(subject)!;
    const kind = tokens.at(k + 2)!;
    claims.push(
      newClaim({
        subjects: [partyOf(named)],
        objects: [partyOf(kind)],
        effect: 'kind-of',
        negated: modifiers.negated,
        form: ClaimForm.State,
        start: named.start,
        end: kind.end,
        verb: { start: tokens.at(k)!.start, end: tokens.at(k)!.end, verb, slot: 'state' },
      }),
    );
  }
}

/**
 * The "a" (or "an") before the kind noun at `k`, past at most six words, hyphens or entries that say which kind
 * ("a caspase-dependent", "an iron-accelerated", "a distinct"); -1 where there is none.
 */
function articleBefore(tokens: Tokens, k: number): number {
  for (let a = k - 1; a >= 0 && a >= k - 7; a--) {
    const word = tokens.lower(a);
    if (word === 'a' || word === 'an') return a;
    if (tokens.kind(a) === 'punct' && word !== '-') return -1;
  }
  return -1;
}

/**
 * The process the kind is said of, before the article at `article` (or before "distinct"): the subject of "is (best regarded as) a …", or
 * the entry an apposition describes ("ferroptosis, a form of …,"); -1 where there is none.
 */
function kindHolder(tokens: Tokens, article: number, modifiers: Modifiers): number {
  let k = article - 1;
  // "ferroptosis, a variant of apoptosis, …": an apposition.
  if (tokens.lower(k) === ',') return tokens.kind(k - 1) === 'entity' ? k - 1 : -1;
  // "is (best) regarded (considered, described, classified) as a …"
  if (tokens.lower(k) === 'as' && /^(regarded|considered|described|classified|classed|seen|viewed|recognized|recognised|defined|known|understood)$/.test(tokens.lower(k - 1) ?? '')) k -= 2;
  // "is not (really) a form of", "is best regarded as": a denial or an adverb after the copula.
  let be = k;
  while (be > 0 && tokens.kind(be) === 'word' && (NEGATIONS.has(tokens.lower(be)!) || isAdverb(tokens.lower(be)!) || /^(best|now|today|perhaps)$/.test(tokens.lower(be)!))) {
    if (NEGATIONS.has(tokens.lower(be)!)) modifiers.negated = !modifiers.negated;
    be--;
  }
  if (!BE.has(tokens.lower(be) ?? '') && !/^(represents|represent|constitutes|constitute|remains|remain)$/.test(tokens.lower(be) ?? '')) return -1;
  const subject = skipLeftModifiers(tokens, be - 1, modifiers);
  return tokens.kind(subject) === 'entity' ? subject : -1;
}
