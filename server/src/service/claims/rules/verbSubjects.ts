/**
 * Subjects the verb rule finds where no entry stands right before the verb: the subject of the clause that
 * "which" stands for ("Iron breaks H₂O₂ down, which lowers ROS"), a tool used to do something ("RSL3 (1 µM) was
 * used to block…", "- RSL3 (1 µM), to cut off…"), a listed compound with a note in parentheses ("RSL3 0.5 µM
 * (blocks xCT)") and the subject of an absolute phrase ("with p53 inducing SLC7A11").
 */
import { partyOf, type ClaimParty } from '../claim';
import { beforeDose, openingParenthesis } from '../asides';
import { readPartiesLeft, skipLeftModifiers } from '../parties';
import { sharedSubjects } from '../subjects';
import { type Tokens, someBetween } from '../tokens';
import type { VerbIndex } from '../verbIndex';
import { BE, NEGATIONS, isAdverb } from '../vocabulary';

/**
 * "Iron breaks hydrogen peroxide down, which lowers ROS": "which" after a clause that ends in no entry stands for
 * what the clause's subject did, and so for that subject. Not after a passive or a copula ("iron is exported by
 * ferroportin, which limits…"), whose subject did nothing.
 */
export function sententialWhich(tokens: Tokens, left: number, verbs: VerbIndex): ClaimParty[] | undefined {
  if (tokens.lower(left) !== 'which' || tokens.lower(left - 1) !== ',' || tokens.kind(left - 2) !== 'word') return undefined;
  const subjects = sharedSubjects(tokens, left - 1, verbs, true);
  const first = subjects ? tokens.indexStartingAt(subjects[0]!.start) : -1;
  if (!subjects || first < 0) return undefined;
  // ("…without releasing radicals, which…": a phrase of "without" negates only itself.)
  for (let k = 0; k < left - 1; k++) if (BE.has(tokens.lower(k) ?? '') || (NEGATIONS.has(tokens.lower(k) ?? '') && tokens.lower(k) !== 'without')) return undefined;
  return subjects;
}

/**
 * "RSL3 (1 µM) was used to block system Xc⁻", "erastin was added to deplete GSH": what was given acts in the
 * infinitive of purpose after it.
 */
export function toolUsedTo(tokens: Tokens, v: number, slot: number): ClaimParty[] | undefined {
  if (slot !== 0 || tokens.lower(v - 1) !== 'to') return undefined;
  // "- RSL3 (1 µM), to block cystine import;": a list of what was added, each with its purpose.
  if (tokens.lower(v - 2) === ',') return listedCompound(tokens, v - 3);
  if (!USED.test(tokens.lower(v - 2) ?? '')) return undefined;
  let be = v - 3;
  while (be > 0 && isAdverb(tokens.lower(be)!)) be--;
  if (!BE.has(tokens.lower(be) ?? '')) return undefined;
  const left = skipLeftModifiers(tokens, be - 1, { negated: false });
  if (left < 0 || tokens.kind(left) !== 'entity' || tokens.entityType(left) === 'cell') return undefined;
  return readPartiesLeft(tokens, left);
}
const USED = /^(used|employed|applied|added|given|chosen|selected|included|administered|introduced)$/;

/**
 * "arm A: RSL3 0.5 µM (blocks xCT)": a verb that opens a note in parentheses after a listed compound; "Cisplatin
 * (GSH-depleting; lowers PD-L1)": or one of its notes, after a semicolon.
 */
export function noteInParentheses(tokens: Tokens, left: number, slot: number): ClaimParty[] | undefined {
  if (slot !== 1) return undefined;
  let open = left;
  if (tokens.lower(left) === ';') {
    while (open > left - 10 && open > 0 && tokens.lower(open) !== '(' && tokens.lower(open) !== ')') open--;
  }
  return tokens.lower(open) === '(' ? listedCompound(tokens, open - 1) : undefined;
}

/**
 * A compound that opens a note or a list item and ends at `end`, a dose or a note in parentheses after it:
 * "RSL3 (1 µM)", "RSL3 0.5 µM"; its party, or undefined.
 */
function listedCompound(tokens: Tokens, end: number): ClaimParty[] | undefined {
  let k = end;
  if (tokens.lower(k) === ')') k = openingParenthesis(tokens, k) - 1;
  k = beforeDose(tokens, k);
  if (tokens.kind(k) !== 'entity' || tokens.entityType(k) !== 'compound') return undefined;
  // The item opens the sentence, or follows a colon or a list's mark.
  const before = tokens.lower(k - 1);
  return k === 0 || before === ':' || before === ';' ? [partyOf(tokens.at(k)!)] : undefined;
}

/**
 * "…upstream of cystine import, with p53 inducing SLC7A11": in an absolute phrase after "with", the entry right
 * before the gerund is its subject, not something the phrase merely mentions.
 */
export function absoluteSubject(tokens: Tokens, left: number, slot: number): ClaimParty[] | undefined {
  if (slot !== 4 || tokens.kind(left) !== 'entity' || tokens.lower(left - 1) !== 'with') return undefined;
  return [partyOf(tokens.at(left)!)];
}

/** Imperatives that open a condition, and whether each takes its entry away: "Block LOX and you…". */
const IMPERATIVE = /^(?:(block|inhibit|delete|remove|silence|deplete|knock|chelate|strip)|(add|give|overexpress|supply|restore|activate))$/;

/**
 * "Block LOX and you raise lipid peroxidation", "Knock out ACSL4 and the cells resist RSL3": an imperative that
 * opens the sentence is a condition; the clause after "and" says what doing it brings about, so its subject ("you",
 * the cells) stands for the entry the imperative acted on, taken away by a word of loss.
 */
export function imperativeCondition(tokens: Tokens, left: number): ClaimParty[] | undefined {
  const verb = IMPERATIVE.exec(tokens.lower(0) ?? '');
  if (!verb) return undefined;
  let and = left;
  if (tokens.lower(and) === 'you') and--;
  else {
    // "…and the cells (tumour cells) resist…": the cells the manipulation was done in.
    while (and > 0 && (tokens.entityType(and) === 'cell' || /^(the|cells|tumour|tumor|cancer|they|these)$/.test(tokens.lower(and) ?? ''))) and--;
    if (and === left) return undefined;
  }
  if (tokens.lower(and) !== 'and' && !(tokens.lower(and) === ',' && tokens.lower(and + 1) === 'and')) return undefined;
  if (tokens.lower(and - 1) === ',') and--;
  const object = verb[1] === 'knock' ? (/^(out|down)$/.test(tokens.lower(1) ?? '') ? 2 : -1) : 1;
  if (object < 0 || tokens.kind(object) !== 'entity') return undefined;
  const entry = tokens.at(object)!;
  // The condition is the imperative and its entry alone, and perhaps a few words of how.
  if (and - object > 4 || someBetween(tokens, object + 1, and, (t) => t.kind === 'entity')) return undefined;
  return [{ id: entry.id!, inverted: verb[1] !== undefined, start: tokens.at(0)!.start, end: entry.end }];
}
