/**
 * Reactions: "GPX4 converts lipid alcohols into lipid hydroperoxides", "ACSL4 hydrolyses PUFA-CoA to free
 * PUFAs", "conversion of A into B by S". The claim is that S produces B; it contradicts the literature when B is
 * what S is curated to consume (the reaction run backwards), which the checker judges (`contradictions.ts`).
 */
import { ClaimForm, newClaim, type Claim } from '../claim';
import { readPartiesLeft, readPartiesRight, skipLeftModifiers } from '../parties';
import { relativeAntecedent, sharedSubjects } from '../subjects';
import type { Tokens } from '../tokens';
import { verbOf, type VerbIndex } from '../verbIndex';

/** Verbs of a reaction that turns its object into what follows "into" or "to". */
const REACTION_VERBS: ReadonlySet<string> = new Set(
  `convert converts converted converting reduce reduces reduced reducing oxidize oxidizes oxidized oxidizing oxidise oxidises
  oxidised oxidising hydrolyse hydrolyses hydrolysed hydrolysing hydrolyze hydrolyzes hydrolyzed hydrolyzing transform
  transforms transformed transforming turn turns turned turning metabolize metabolizes metabolized metabolizing
  metabolise metabolises metabolised metabolising esterify esterifies esterified esterifying`.split(/\s+/).filter(Boolean),
);
const REACTION_NOUNS: ReadonlySet<string> = new Set(['conversion', 'reduction', 'oxidation', 'hydrolysis', 'transformation', 'esterification']);

/** The reaction claims of one sentence. */
export function readReactionClaims(tokens: Tokens, verbs: VerbIndex, claims: Claim[]): void {
  const produce = verbOf(verbs, 'increase');
  if (!produce) return;
  for (let v = 0; v < tokens.length; v++) {
    if (tokens.kind(v) !== 'word') continue;
    const word = tokens.lower(v)!;
    const claim = REACTION_VERBS.has(word) ? readVerbReaction(tokens, v, verbs) : REACTION_NOUNS.has(word) ? readNounReaction(tokens, v) : undefined;
    if (claim) claims.push(newClaim({ ...claim.core, verb: { start: tokens.at(v)!.start, end: tokens.at(v)!.end, verb: produce, slot: 'action' } }));
  }
}

type Core = Omit<Parameters<typeof newClaim>[0], 'verb'>;

/** "S converts A into B" (also after "uses X to", "by", "and"): the product B, or undefined. */
function readVerbReaction(tokens: Tokens, v: number, verbs: VerbIndex): { core: Core } | undefined {
  const product = productAfter(tokens, v + 1);
  if (!product) return undefined;
  const modifiers = { negated: false };
  let left = skipLeftModifiers(tokens, v - 1, modifiers);
  // "GPX4 uses glutathione to convert…": the subject is the one who uses.
  if (tokens.lower(left + 1) === 'to' || tokens.lower(left) === 'to') {
    const to = tokens.lower(left) === 'to' ? left : left + 1;
    const uses = to - 2;
    if (tokens.kind(to - 1) === 'entity' && /^(uses|use|used|using|employs|requires)$/.test(tokens.lower(uses) ?? '')) left = skipLeftModifiers(tokens, uses - 1, modifiers);
  }
  const subjects = left >= 0 ? (readPartiesLeft(tokens, left) ?? sharedSubjects(tokens, left, verbs, tokens.lower(v)!.endsWith('ing'))) : undefined;
  if (!subjects) return undefined;
  return { core: { subjects, objects: [product.party], effect: 'produce', negated: modifiers.negated, form: ClaimForm.Active, start: subjects[0]!.start, end: product.party.end } };
}

/** "conversion of A into B by S", "S-mediated conversion of A into B". */
function readNounReaction(tokens: Tokens, v: number): { core: Core } | undefined {
  if (tokens.lower(v + 1) !== 'of') return undefined;
  const product = productAfter(tokens, v + 2);
  if (!product) return undefined;
  let subjectIndex = -1;
  if (tokens.lower(product.end + 1) === 'by' && tokens.kind(product.end + 2) === 'entity') subjectIndex = product.end + 2;
  else if (tokens.lower(v - 1) === 'mediated' && tokens.lower(v - 2) === '-' && tokens.kind(v - 3) === 'entity') subjectIndex = v - 3;
  else if (/^(the|a)$/.test(tokens.lower(v - 1) ?? '') && CATALYSES.has(tokens.lower(v - 2) ?? '')) {
    // "GPX4 (, which uses GSH,) catalyses the conversion of A into B"
    const modifiers = { negated: false };
    const left = skipLeftModifiers(tokens, v - 3, modifiers);
    const subjects = left >= 0 ? readPartiesLeft(tokens, left) ?? relativeAntecedent(tokens, left) : undefined;
    if (!subjects) return undefined;
    return { core: { subjects, objects: [product.party], effect: 'produce', negated: modifiers.negated, form: ClaimForm.Active, start: subjects[0]!.start, end: product.party.end } };
  }
  if (subjectIndex < 0) return undefined;
  const subject = tokens.at(subjectIndex)!;
  const start = Math.min(subject.start, tokens.at(v)!.start);
  return {
    core: {
      subjects: [{ id: subject.id!, inverted: false, start: subject.start, end: subject.end }],
      objects: [product.party],
      effect: 'produce',
      negated: false,
      form: ClaimForm.Nominal,
      start,
      end: Math.max(subject.end, product.party.end),
    },
  };
}

/** Verbs whose object is a reaction the subject carries out: "catalyses the conversion of A into B". */
const CATALYSES: ReadonlySet<string> = new Set(
  'catalyses catalyzes catalysed catalyzed catalyse catalyze catalysing catalyzing mediates mediated mediate performs performed perform drives drove drive'.split(' '),
);

/** The substrate from `from`, then "into"/"to" and the product: the product, and the index of its last token. */
function productAfter(tokens: Tokens, from: number): { party: Claim['objects'][number]; end: number } | undefined {
  // Most reaction words ("reduced") name no reaction: look for "into"/"to" first, before reading any party.
  let into = -1;
  for (let k = from; k < tokens.length && k < from + 12; k++) {
    const word = tokens.lower(k);
    if (word === 'into' || word === 'to') {
      into = k;
      break;
    }
    if (tokens.kind(k) === 'punct' && word !== '-' && word !== '(' && word !== ')') return undefined;
  }
  if (into < 0) return undefined;
  const substrate = readPartiesRight(tokens, from);
  if (!substrate) return undefined;
  let k = substrate.end + 1;
  // "(L-OH)": the substrate's short form in parentheses.
  if (tokens.lower(k) === '(') {
    while (k < tokens.length && tokens.lower(k) !== ')' && k < substrate.end + 8) k++;
    k++;
  }
  if (tokens.lower(k) !== 'into' && tokens.lower(k) !== 'to') return undefined;
  const product = readPartiesRight(tokens, k + 1);
  if (!product || product.parties.length !== 1) return undefined;
  return { party: product.parties[0]!, end: product.end };
}
