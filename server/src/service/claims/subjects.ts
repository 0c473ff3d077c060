/**
 * Subjects a predicate takes from elsewhere in the sentence: a coordinated or linked predicate's subject ("X
 * inhibits Y and thereby promotes Z") and a pronoun's antecedent. A relative clause's antecedent is in
 * relatives.ts.
 */
import { partyOf, type ClaimParty } from './claim';
import { governsNext } from './lists';
import { PREVIOUS_SUBJECT, openingParenthesis, readPartiesLeft, skipLeftModifiers } from './parties';
import { capture, entity, matchAt, optional, seq, word } from './pattern';
import { type Token, Tokens, someBetween } from './tokens';
import { definiteReferent, pluralReferent, uptakeReferent } from './referents';
import { relativeAntecedent } from './relatives';
import { rowSubject } from './rules/rowSubject';
import type { VerbIndex } from './verbIndex';
import { BE, CARGO_PARTICIPLES, CELLS, COMPOUND_NOUNS, COORDINATED_VERBS, INVERTING_POST, INVERTING_PRE, KEEPING_POST, LEADS_TO, OBJECT_FILLERS, OTHER_FINITE_VERBS, PREDICATE_LINKS, REFERRING_NOUNS, SUBJECT_PRONOUNS, isAdverb, isReferringNoun } from './vocabulary';

/** A verb that can share its subject with a verb after "and": "binds", "inhibits" (and, if `past`, "inhibited"). */
export function isFirstCoordinatedVerb(token: Token | undefined, verbs: VerbIndex, past: boolean): boolean {
  if (token?.kind !== 'word') return false;
  const slot = verbs.forms.get(token.lower)?.slot;
  return COORDINATED_VERBS.has(token.lower) || slot === 1 || (past && slot === 2);
}

/**
 * The subject of a predicate linked to an earlier one in the same clause: at `at` stands the link ("and", "but",
 * "thereby", "by"; for a gerund also a bare comma), and before it the earlier predicate, whose verb's subject
 * this one shares: "bcc-USINPs triggered ferroptosis but suppressed DC maturation", "DHODH promotes ferroptosis
 * by oxidizing CoQ10", "X activates Y, boosting Z and thereby restraining ferroptosis".
 */
/**
 * "Transferrin receptor 1, whose principal job is to pump iron out…": the entry whose job (role, task, function)
 * the infinitive at `v` is.
 */
export function whoseTaskIs(tokens: Tokens, v: number): ClaimParty[] | undefined {
  if (tokens.lower(v - 1) !== 'to' || !BE.has(tokens.lower(v - 2) ?? '') || !/^(job|role|task|function|purpose|business)$/.test(tokens.lower(v - 3) ?? '')) return undefined;
  let k = v - 4;
  while (k > 0 && k > v - 7 && tokens.kind(k) === 'word' && tokens.lower(k) !== 'whose') k--;
  if (tokens.lower(k) !== 'whose' || tokens.lower(k - 1) !== ',') return undefined;
  const named = tokens.lower(k - 2) === ')' ? openingParenthesis(tokens, k - 2) - 1 : k - 2;
  return tokens.kind(named) === 'entity' ? readPartiesLeft(tokens, named) : undefined;
}

/**
 * Words that open a clause with a subject of its own: a contrast, or a "that" clause ("…, and that LOX
 * inhibitors behave as antioxidants by suppressing…").
 */
const CONTRAST = /^(whereas|while|although|though|unlike|that)$/;

export function sharedSubjects(tokens: Tokens, at: number, verbs: VerbIndex, gerund: boolean, purpose = false): ClaimParty[] | undefined {
  let k = at;
  let linked = false;
  // A purpose infinitive ("targets GSH to induce ferroptosis") links at its "to".
  if (purpose && tokens.lower(k) === 'to') {
    linked = true;
    k--;
  }
  while (k >= 0 && tokens.kind(k) !== 'entity' && (PREDICATE_LINKS.has(tokens.lower(k)!) || tokens.lower(k) === ',' || isAdverb(tokens.lower(k)!) || adverbPhrase(tokens, k) > 0 || (gerund && atTheCostOf(tokens, k) > 0))) {
    const cost = gerund ? atTheCostOf(tokens, k) : 0;
    if (PREDICATE_LINKS.has(tokens.lower(k)!) || (gerund && tokens.lower(k) === ',') || cost > 0) linked = true;
    // "…, and in doing so inhibits": the phrase says "thereby"; "… but at the cost of expanding": so does this.
    k -= adverbPhrase(tokens, k) || cost || 1;
  }
  if (!linked || k < 0) return undefined;
  // "FSP1, by oxidizing ubiquinol, lowers…": a gerund in an aside right after its subject.
  if (gerund && tokens.kind(k) === 'entity' && tokens.lower(k + 1) === ',' && tokens.lower(k + 2) === 'by' && (k === 0 || !PHRASE_START_BEFORE.has(tokens.lower(k - 1) ?? ''))) {
    const subjects = readPartiesLeft(tokens, k);
    const link = tokens.at(k + 1)!;
    return subjects?.map((s) => ({ ...s, start: link.start, end: link.end }));
  }
  // "X and Y induce and inhibit Z, respectively": each verb has its own subject.
  for (let r = at; r < tokens.length; r++) if (tokens.lower(r) === 'respectively') return undefined;
  for (let j = k; j >= 0 && j > k - 14; j--) {
    const kind = tokens.kind(j);
    const word = tokens.lower(j)!;
    // A clause ends at a semicolon or a colon; a point inside a number ("2.1-fold") ends nothing.
    const decimal = word === '.' && /\d$/.test(tokens.lower(j - 1) ?? '') && /^\d/.test(tokens.lower(j + 1) ?? '');
    if (kind === 'punct' && (word === ';' || word === ':' || (word === '.' && !decimal))) return undefined;
    if (kind !== 'word') continue;
    // "X sensitizes cells, whereas LOX inhibitors behave as antioxidants by suppressing…": a clause of contrast
    // has a subject of its own, whose verb the lexicon may not know.
    if (CONTRAST.test(word)) return tokens.kind(j + 1) === 'entity' && tokens.kind(j + 2) === 'word' && j + 2 < at ? readPartiesLeft(tokens, j + 1) : undefined;
    const slot = verbs.forms.get(word)?.slot;
    // A base form is finite after a plural subject ("RSL3 and ML162 trigger…"), which the reading below requires.
    // "PUFAs are prone to peroxidation and therefore promote…": a copula's subject is shared too.
    // "Fe²⁺ consumed H₂O₂, lowering ROS": a past tense right after an entry is its verb, known to the lexicon or not.
    // "RSL3 and ML162 bypass cystine import by…": a word right after an entry that governs the next is its verb too.
    // "nanoparticles (Fe₃O₄-SAS@PLT) shut down…": a name in parentheses ends the subject as well.
    const afterEntry = tokens.kind(j - 1) === 'entity' || (tokens.lower(j - 1) === ')' && tokens.kind(j - 2) === 'entity' && tokens.lower(j - 3) === '(');
    // "It did this by cutting…", "erastin does so by…": a verb that stands for the one before.
    const proVerb = /^(does|did|do)$/.test(word) && /^(this|so|that)$/.test(tokens.lower(j + 1) ?? '');
    // "Overexpression of NCOA4, it was reported, diverts ferritin…": a word in -s right after an aside that
    // follows an entry is its verb too.
    const afterAside = tokens.lower(j - 1) === ',' && /[^s]s$/.test(word) && tokens.kind(skipLeftModifiers(tokens, j - 1, { negated: false })) === 'entity';
    // "Labile Fe²⁺ participates in Fenton chemistry, scavenging…": a word in -s right after an entry, before a
    // preposition, is its verb.
    const beforePreposition = afterEntry && /[^s]s$/.test(word) && /^(in|on|at|with|through|into)$/.test(tokens.lower(j + 1) ?? '');
    // "it loads the cells with iron and promotes…": a word in -s right after "it" is its verb.
    const afterIt = tokens.lower(j - 1) === 'it' && /[^s]s$/.test(word);
    // "the iron exporter ferroportin": a noun of who does it is no verb.
    const agentNoun = slot === undefined && /(?:porter|ator|itor|rier|ceptor)s?$/.test(word);
    const finite = !agentNoun && (afterIt || slot === 0 || slot === 1 || slot === 2 || COORDINATED_VERBS.has(word) || OTHER_FINITE_VERBS.has(word) || BE.has(word) || proVerb || afterAside || beforePreposition || (afterEntry && (word.endsWith('ed') || governsNext(tokens, j))));
    if (!finite && !(slot === 4 && tokens.kind(j - 1) === 'entity')) continue;
    // "prevented erastin-induced ferritin loss and reduced…": a participle after a hyphen is an adjective. Opening
    // the sentence ("M1-polarized TAMs sequester iron and shield…") it still names the subject whose verb the
    // lexicon may not know.
    if (tokens.lower(j - 1) === '-' && j - 2 > 0) continue;
    // "keeps the iron in a sequestered form and so limits…": a participle after an article is an adjective.
    if (word.endsWith('ed') && /^(a|an|the)$/.test(tokens.lower(j - 1) ?? '')) continue;
    // "bypassed the erastin block and restored GSH": after "the" and an entry, a base form is a noun.
    // But "The Fe nanoparticles induce…" opening its clause is the verb of a plural subject.
    if (slot === 0 && tokens.kind(j - 1) === 'entity' && /^(the|a|an|this|its|their)$/.test(tokens.lower(j - 2) ?? '') && tokens.kind(j - 3) === 'word') continue;
    // "blocks the antiporter to induce ferroptosis while shifting…": an infinitive of purpose after the object is
    // not finite; the verb before is. ("appears to act by…" is the verb of its subject.)
    if (slot === 0 && tokens.lower(j - 1) === 'to' && tokens.kind(j - 2) === 'entity') continue;
    // "bcc-USINPs. Induce ferroptosis but inhibit…": a first verb with no subject before it is under a heading.
    if (j === 0 && (slot === 0 || slot === 1)) return [{ id: PREVIOUS_SUBJECT, inverted: false, start: tokens.at(0)!.start, end: tokens.at(0)!.end }];
    const left = skipLeftModifiers(tokens, j - 1, { negated: false });
    if (left < 0) return undefined;
    // "Metformin induces ferroptosis and increases T-cell activity by stabilising PD-L1": the verb before shares
    // its subject with the one before it in turn.
    const chained = (): ClaimParty[] | undefined => (left < j - 1 || !/^(and|but)$/.test(tokens.lower(left) ?? '') ? undefined : sharedSubjects(tokens, left, verbs, false));
    // "Fe₃O₄-SAS@PLT: triggers ferroptosis and repolarises…": a note's heading is the first verb's subject
    // ("bcc-USINPs: induce…", a plural's base form, too).
    const noted = (): ClaimParty[] | undefined => (slot === 0 || slot === 1 ? noteSubjects(tokens, left) : undefined);
    // "| Metformin | GPX4 | increases CTL activity by stabilising PD-L1 |": a table row's cell that opens with the verb.
    const inRow = (): ClaimParty[] | undefined => (slot === 1 || slot === 2 ? rowSubject(tokens, left) : undefined);
    let subjects = readPartiesLeft(tokens, left) ?? relativeAntecedent(tokens, left) ?? examplesAside(tokens, j - 1) ?? pronounAntecedent(tokens, left, verbs) ?? pluralReferent(tokens, left) ?? chained() ?? noted() ?? inRow();
    // "ACSL4 and LPCAT3 act by acylating PUFAs and re-esterifying PUFA-CoA": as many subjects as means, each
    // its own.
    if (gerund && subjects && subjects.length > 1) {
      const chain = meansChain(tokens, at + 1);
      if (chain.count > 1) subjects = chain.count === subjects.length ? [subjects[chain.index]!] : undefined;
    }
    // The claim is the linked predicate: its range starts at the link ("but suppressed DC maturation").
    const link = tokens.at(k + 1)!;
    return subjects?.map((s) => ({ ...s, start: link.start, end: link.end, writtenAt: s.writtenAt ?? s.start }));
  }
  return undefined;
}

/**
 * "at the cost (expense) of", "has the drawback of" ending at `k`: what comes after is done by the same subject,
 * as a price. How many tokens it takes, or 0.
 */
function atTheCostOf(tokens: Tokens, k: number): number {
  if (tokens.lower(k) !== 'of' || !/^(cost|expense|price|drawback|downside|disadvantage)$/.test(tokens.lower(k - 1) ?? '') || tokens.lower(k - 2) !== 'the') return 0;
  return /^(at|has|have|had|carries|carry|with)$/.test(tokens.lower(k - 3) ?? '') ? 4 : 0;
}

/** Phrases that say "thereby" or "also" between linked predicates: "…, and in doing so inhibits", "but at the same time enriches". */
const ADVERB_PHRASES = ['in doing so', 'at the same time', 'in parallel', 'in addition', 'in turn'].map((phrase) => phrase.split(' '));

/** How many tokens an adverb phrase ending at `k` takes, or 0. */
function adverbPhrase(tokens: Tokens, k: number): number {
  for (const phrase of ADVERB_PHRASES) if (phrase.every((word, n) => tokens.lower(k - phrase.length + 1 + n) === word)) return phrase.length;
  return 0;
}

/** Where the gerund at `v` stands among those after one "by" ("by acylating A and re-esterifying B"), and how many. */
function meansChain(tokens: Tokens, v: number): { index: number; count: number } {
  const isGerund = (k: number): boolean => tokens.kind(k) === 'word' && tokens.lower(k)!.endsWith('ing') && /^(by|and|or|,)$/.test(tokens.lower(k - 1) ?? '');
  let index = 0;
  let by = false;
  for (let k = v - 1; k >= 0 && k > v - 16; k--) {
    if (tokens.lower(k) === 'by' && isGerund(k + 1)) {
      by = true;
      break;
    }
    if (tokens.kind(k) === 'punct' && tokens.lower(k) !== ',' && tokens.lower(k) !== '-') break;
    if (isGerund(k)) index++;
  }
  if (!by) return { index: 0, count: 1 };
  let count = index + 1;
  for (let k = v + 1; k < tokens.length && k < v + 16; k++) {
    if (tokens.kind(k) === 'punct' && tokens.lower(k) !== ',' && tokens.lower(k) !== '-') break;
    if (isGerund(k) && tokens.lower(k - 1) !== 'by') count++;
  }
  return { index, count };
}

/** Words before an entity that make it the object of something, not a subject ("limits GSH, by…"). */
const PHRASE_START_BEFORE = new Set(['of', 'to', 'in', 'on', 'for', 'with', 'from', 'into', 'by', 'and', 'or']);

/**
 * What the pronoun at `at` stands for: the subject of the first clause of the sentence whose verb has one
 * ("Although bcc-USINPs induced ferroptosis, they suppressed DC maturation"). Without one, or for "this protein"
 * and its kin, the subject of the sentence before, which the claim reader does not see: the party is then
 * `PREVIOUS_SUBJECT`, and the checker resolves it.
 */
/** Words that open a phrase of setting before a sentence's subject: "In Hepa1-6 tumours, …", "After 24 h, …". */
const SETTING_OPENERS = /^(in|at|after|upon|within|following|on|over|across|here|there|then|again|notably|importantly|moreover|once)$/;

export function pronounAntecedent(tokens: Tokens, at: number, verbs: VerbIndex): ClaimParty[] | undefined {
  const word = tokens.lower(at) ?? '';
  // "This enzyme…", "these compounds…", and at a sentence's opening "The antiporter…".
  // "But the benefit comes at a price: the drug blunts…": after a colon, in a sentence that names no entry before it.
  // "In Hepa1-6 tumours, the drug expanded…": after a short opening phrase of setting, too, which names no entry
  // of the kind the noun stands for ("In addition to blocking system Xc⁻, the nanoparticle…").
  // "the platelet-camouflaged nanoparticle": a few words may describe the noun ("the sulfasalazine-loaded,
  // platelet-camouflaged particles": with what they carry, and commas between).
  let the = at - 1;
  const describes = (k: number): boolean =>
    tokens.kind(k) === 'word' || tokens.lower(k) === '-' || (tokens.lower(k) === ',' && tokens.kind(k + 1) === 'word' && k > at - 8) || (tokens.kind(k) === 'entity' && tokens.lower(k + 1) === '-' && CARGO_PARTICIPLES.test(tokens.lower(k + 2) ?? ''));
  while (the > at - 8 && describes(the) && !/^(the|this|these)$/.test(tokens.lower(the) ?? '')) the--;
  // (Past five words, only with such a cargo or a comma: no determiner found.)
  if (the < at - 5 && !someBetween(tokens, the + 1, at, (t) => t.lower === ',' || t.kind === 'entity')) the = at;
  const kinds = COMPOUND_NOUNS.has(word.replace(/s$/, '')) ? ['compound'] : ['gene', 'complex'];
  const noEntryBefore = (): boolean => Array.from({ length: the }, (_, k) => k).every((k) => tokens.kind(k) !== 'entity' || !kinds.includes(tokens.entityType(k) ?? ''));
  const opensClause = (): boolean =>
    the === 0 ||
    (/^[:;]$/.test(tokens.lower(the - 1) ?? '') && noEntryBefore()) ||
    (tokens.lower(the - 1) === ',' && the <= 12 && SETTING_OPENERS.test(tokens.lower(0) ?? '') && noEntryBefore()) ||
    // "In this conformation the transporter releases…": a short opening that points back needs no comma.
    (the <= 4 && SETTING_OPENERS.test(tokens.lower(0) ?? '') && /^(this|these|that|such)$/.test(tokens.lower(1) ?? '') && noEntryBefore());
  if (isReferringNoun(word) && (/^(this|these)$/.test(tokens.lower(the) ?? '') || (tokens.lower(the) === 'the' && opensClause()))) {
    return [{ id: PREVIOUS_SUBJECT, inverted: false, start: tokens.at(the)!.start, end: tokens.at(at)!.end }];
  }
  // "In the liraglutide experiment, the drug raised…": the one entry of its kind the opening phrase names.
  if (isReferringNoun(word) && tokens.lower(the) === 'the' && tokens.lower(the - 1) === ',' && the <= 12 && SETTING_OPENERS.test(tokens.lower(0) ?? '')) {
    const named = definiteReferent(tokens, the);
    if (named?.end === at) return named.parties;
  }
  // "In tumours that retain wild-type TP53, the encoded protein activates…": the gene named before.
  if (/^(protein|product)$/.test(word) && tokens.lower(at - 1) === 'encoded' && tokens.lower(at - 2) === 'the') {
    const gene = firstOfKind(tokens, at, ['gene']);
    return gene && [{ ...gene, start: tokens.at(at - 2)!.start, end: tokens.at(at)!.end }];
  }
  // "bcc-USINPs induce ferroptosis, but the same particles arrest…": the entry that owns the clause before.
  if (isReferringNoun(word) && tokens.lower(at - 1) === 'same' && tokens.lower(at - 2) === 'the') {
    const named = firstOfKind(tokens, at, COMPOUND_NOUNS.has(word.replace(/s$/, '')) ? ['compound'] : ['gene', 'complex']);
    return (named ? [named] : ownerOf(tokens, at, verbs))?.map((s) => ({ ...s, start: tokens.at(at - 2)!.start, end: tokens.at(at)!.end }));
  }
  // "NCOA4 binds ferritin, so that its overexpression lowers…": the owner, with what was done to it ("its
  // pharmacological inhibition" too).
  const possessive = /^(pharmacological|pharmacologic|genetic|forced|ectopic|selective)$/.test(tokens.lower(at - 1) ?? '') ? at - 2 : at - 1;
  if ((INVERTING_POST.has(word) || KEEPING_POST.has(word)) && /^(its|their)$/.test(tokens.lower(possessive) ?? '')) {
    const owners = ownerBeforeColon(tokens, possessive) ?? ownerOf(tokens, possessive, verbs);
    const inverted = INVERTING_POST.has(word);
    return owners?.map((s) => ({ ...s, inverted: s.inverted !== inverted, start: tokens.at(possessive)!.start, end: tokens.at(at)!.end }));
  }
  if (!SUBJECT_PRONOUNS.has(word)) return undefined;
  // "GPX4 is central; inhibiting it protects…": what the gerund does takes the entry away.
  const gerund = tokens.lower(at - 1) ?? '';
  if (gerund.endsWith('ing') && INVERTING_PRE.has(gerund)) {
    return ownerOf(tokens, at, verbs)?.map((s) => ({ ...s, inverted: !s.inverted, start: tokens.at(at - 1)!.start }));
  }
  // "Think of GPX4 as the cell's oxidizing enzyme: it converts…": after a colon, the one entry named before it.
  // ("High extracellular glutamate is itself a system Xc⁻ inhibitor: it blocks…": a metabolite counts too, so that
  // two entries before the colon leave the pronoun to the clause's subject; a metabolite alone is not taken.)
  const only = tokens.lower(at - 1) === ':' ? onlyEntryBefore(tokens, at - 1, /^(gene|complex|compound|metabolite)$/) : undefined;
  if (only && tokens.entityType(tokens.indexStartingAt(only.start)) !== 'metabolite') return [{ ...only, start: tokens.at(at)!.start, end: tokens.at(at)!.end }];
  const placed = placedBeforeWhere(tokens, at);
  if (placed) return [{ ...placed, start: tokens.at(at)!.start, end: tokens.at(at)!.end }];
  return ownerOf(tokens, at, verbs);
}

/**
 * "Myristoylation retains FSP1 in the mitochondrial matrix, where it oxidises…": after ", where", the entry put
 * in the place just named, whatever the verb that put it there.
 */
function placedBeforeWhere(tokens: Tokens, at: number): ClaimParty | undefined {
  if (tokens.lower(at - 1) !== 'where' || tokens.lower(at - 2) !== ',') return undefined;
  const placing = /^(in|at|to|into|within|inside|on)$/;
  let k = at - 3;
  while (k > at - 9 && (tokens.kind(k) === 'word' || tokens.lower(k) === '-') && !placing.test(tokens.lower(k)!)) k--;
  if (!placing.test(tokens.lower(k) ?? '') || tokens.kind(k - 1) !== 'entity' || !/^(gene|complex|compound)$/.test(tokens.entityType(k - 1) ?? '')) return undefined;
  return partyOf(tokens.at(k - 1)!);
}

/** The one gene, complex or compound (or entry of `kinds`) named before `at`; undefined where there are none or several. */
function onlyEntryBefore(tokens: Tokens, at: number, kinds = /^(gene|complex|compound)$/): ClaimParty | undefined {
  let found: ClaimParty | undefined;
  for (let k = 0; k < at; k++) {
    if (tokens.kind(k) !== 'entity' || !kinds.test(tokens.entityType(k) ?? '')) continue;
    if (found && found.id !== tokens.at(k)!.id) return undefined;
    found ??= partyOf(tokens.at(k)!);
  }
  return found;
}

/** The first entry of one of `types` before `at` in the sentence. */
function firstOfKind(tokens: Tokens, at: number, types: readonly string[]): ClaimParty | undefined {
  for (let k = 0; k < at; k++) if (tokens.kind(k) === 'entity' && types.includes(tokens.entityType(k) ?? '')) return partyOf(tokens.at(k)!);
  return undefined;
}

/** "…, TYRO3 stands out: its inhibition…": the entry that opens the clause before a colon or semicolon. */
function ownerBeforeColon(tokens: Tokens, at: number): ClaimParty[] | undefined {
  const mark = tokens.lower(at - 1);
  if (mark !== ':' && mark !== ';') return undefined;
  // "NRF2 behaved as an inhibitory node: its activation…": a few words of what it is may come first.
  for (let k = at - 2; k >= 0 && k >= at - 9; k--) {
    if (tokens.kind(k) === 'punct') return undefined;
    if (tokens.kind(k) !== 'entity') continue;
    // The entry must open its clause: a comma, or the sentence's start, before it ("CD36-mediated fatty-acid
    // uptake fuels them: it…" opens with the uptake, which CD36 mediates).
    const parties = readPartiesLeft(tokens, k);
    const first = parties ? tokens.indexStartingAt(parties[0]!.start) : k;
    if (first > 0 && tokens.lower(first - 1) !== ',') return undefined;
    const entity = tokens.at(k)!;
    return parties ?? [partyOf(entity)];
  }
  return undefined;
}

/** The entry that opens the sentence, after at most "the" and a title of two words without a verb ("The selenoenzyme GPX4", "The tumour suppressor p53"); or -1. */
function openingEntry(tokens: Tokens, verbs: VerbIndex): number {
  // "Here the autophagy seems…", "Thus, GPX4…": a sentence adverb may come first.
  const from = SENTENCE_ADVERBS.test(tokens.lower(0) ?? '') ? (tokens.lower(1) === ',' ? 2 : 1) : 0;
  for (let k = from; k < tokens.length && k < from + 4; k++) {
    if (tokens.kind(k) === 'entity') return k;
    const word = tokens.lower(k)!;
    const title = REFERRING_NOUNS.has(word) || /^(?:transcription|tumou?r|suppressor|master|key)$/.test(word);
    if (tokens.kind(k) !== 'word' || (k === from ? word !== 'the' : !title) || verbs.forms.has(word)) return -1;
  }
  return -1;
}

const SENTENCE_ADVERBS = /^(here|thus|therefore|hence|however|indeed|notably|importantly|moreover|furthermore|similarly|conversely|instead|accordingly)$/;

/** Where the entry that opens a sentence at `first` ends with what follows it: "Ferroportin knockdown". */
function openingSubjectEnd(tokens: Tokens, first = 0): number {
  let k = first + 1;
  // "Glutathione peroxidase 4 (GPX4) …": its short form in parentheses.
  if (tokens.lower(k) === '(' && tokens.kind(k + 1) === 'entity' && tokens.at(k + 1)!.id === tokens.at(first)!.id && tokens.lower(k + 2) === ')') return k + 2;
  while (k < tokens.length && k < first + 5 && (tokens.lower(k) === '-' || (tokens.kind(k) === 'word' && (INVERTING_POST.has(tokens.lower(k)!) || KEEPING_POST.has(tokens.lower(k)!))))) k++;
  return k - 1;
}

/**
 * "its activity", "their function" starting at `at`: the entry the pronoun stands for (`ownerOf`), over the phrase,
 * and the phrase's last token; undefined unless words of amount or activity follow the pronoun.
 */
export function ownerOfPossessed(tokens: Tokens, at: number, verbs: VerbIndex): { parties: ClaimParty[]; end: number } | undefined {
  if (!/^(its|their)$/.test(tokens.lower(at) ?? '')) return undefined;
  let end = at;
  // "its (catalytic) activity": words that say which of it may come before the noun.
  while (tokens.kind(end + 1) === 'word' && (KEEPING_POST.has(tokens.lower(end + 1)!) || /^(catalytic|enzymatic|transcriptional|basal|residual|full|peroxidase|antioxidant)$/.test(tokens.lower(end + 1)!))) end++;
  if (end > at && !KEEPING_POST.has(tokens.lower(end)!)) return undefined;
  // "Glutathione is the cofactor GPX4 requires; selenium is not needed for its catalytic activity": an activity is
  // the one enzyme's (or complex's) named before, whatever opens the sentence.
  const enzyme = end > at && /^(activity|activities|expression|function)$/.test(tokens.lower(end)!) ? onlyEntryBefore(tokens, at, /^(gene|complex)$/) : undefined;
  const owners = enzyme ? [{ ...enzyme, start: tokens.at(at)!.start, end: tokens.at(at)!.end }] : end > at ? ownerOf(tokens, at, verbs) : undefined;
  return owners && { parties: owners.map((o) => ({ ...o, end: tokens.at(end)!.end })), end };
}

/** What the pronoun at `at` stands for (see pronounAntecedent); also "its" ("in line with its role in…"). */
export function ownerOf(tokens: Tokens, at: number, verbs: VerbIndex): ClaimParty[] | undefined {
  for (let j = 1; j < at; j++) {
    if (tokens.kind(j) !== 'word') continue;
    const word = tokens.lower(j)!;
    const slot = verbs.forms.get(word)?.slot;
    // "Although ferroportin was abundant, it…": a copula has a subject too.
    // "eNVs-FAP do promote…": a base form after an emphatic "do" is finite too.
    const emphatic = slot === 0 && /^(do|does|did)$/.test(tokens.lower(j - 1) ?? '');
    if (!(slot === 1 || slot === 2 || emphatic || COORDINATED_VERBS.has(word) || OTHER_FINITE_VERBS.has(word) || BE.has(word))) continue;
    const left = skipLeftModifiers(tokens, emphatic ? j - 2 : j - 1, { negated: false });
    // The subject of a subordinate clause counts ("Although X…, they…").
    const subjects = left >= 0 ? readPartiesLeft(tokens, left, true) : undefined;
    // The claim is the pronoun's clause: its range starts at the pronoun.
    const pronoun = tokens.at(at)!;
    if (subjects) return subjects.map((s) => ({ ...s, start: pronoun.start, end: pronoun.end }));
  }
  const pronoun = tokens.at(at)!;
  // "NCOA4, …, so that its…": a sentence that opens with an entry is about it, whatever its first verb; so is one
  // that opens with its title ("The selenoenzyme GPX4 sits at the centre: it converts…").
  const first = openingEntry(tokens, verbs);
  const opening = first >= 0 && first < at ? readPartiesLeft(tokens, openingSubjectEnd(tokens, first), true) : undefined;
  if (opening) return opening.map((s) => ({ ...s, start: pronoun.start, end: pronoun.end }));
  // "One caveat for eNVs-FAP: while they promote ferroptosis, they expand MDSCs": the one entry before a colon
  // the pronoun's clause comes after.
  for (let colon = at - 1; colon > 0 && SUBJECT_PRONOUNS.has(pronoun.lower); colon--) {
    if (tokens.lower(colon) !== ':') continue;
    const only = onlyEntryBefore(tokens, colon);
    if (only) return [{ ...only, start: pronoun.start, end: pronoun.end }];
    break;
  }
  return [{ id: PREVIOUS_SUBJECT, inverted: false, start: pronoun.start, end: pronoun.end }];
}


export function coordinatedSubjects(tokens: Tokens, at: number, verbs: VerbIndex): ClaimParty[] | undefined {
  if (tokens.at(at)?.lower !== 'and') return undefined;
  if (!isFirstCoordinatedVerb(tokens.at(at - 1), verbs, false)) return undefined;
  const left = skipLeftModifiers(tokens, at - 2, { negated: false });
  if (left < 0) return undefined;
  return readPartiesLeft(tokens, left) ?? relativeAntecedent(tokens, left);
}

/** "macrophages that acquire an M2 phenotype": cells, a relative clause, and the state they take. */
const CELLS_IN_STATE = seq(
  entity,
  word('that', 'which'),
  word('acquire', 'acquired', 'acquires', 'adopt', 'adopted', 'adopts', 'display', 'displayed', 'displays', 'exhibit', 'exhibited', 'exhibits', 'assume', 'assumed', 'show', 'showed', 'have', 'had'),
  optional(word('a', 'an', 'the')),
  capture('state', entity),
  optional(word('phenotype', 'phenotypes', 'state', 'states', 'profile', 'polarization', 'polarisation')),
);

/** The state of cells named by a relative clause that ends at `end` ("TAMs that acquire an M2 phenotype"). */
export function cellsInState(tokens: Tokens, end: number): ClaimParty[] | undefined {
  for (let k = end - 5; k <= end - 3; k++) {
    if (k < 0 || tokens.kind(k) !== 'entity' || tokens.entityType(k) !== 'cell') continue;
    const match = matchAt(tokens, k, CELLS_IN_STATE);
    if (match?.end !== end + 1) continue;
    const state = tokens.at(match['state']!)!;
    if (tokens.entityType(match['state']!) !== 'cell') return undefined;
    return [{ id: state.id!, inverted: false, start: tokens.at(k)!.start, end: tokens.at(end)!.end }];
  }
  return undefined;
}

/**
 * "Tumour-associated macrophages, once polarized towards the M2 phenotype, can initiate…": cells that an aside right
 * after them puts in a state act as that state.
 */
function stateInAside(tokens: Tokens, subjects: readonly ClaimParty[]): ClaimParty[] | undefined {
  if (subjects.length !== 1) return undefined;
  const subject = tokens.indexStartingAt(subjects[0]!.start);
  if (subject < 0 || tokens.kind(subject) !== 'entity' || tokens.entityType(subject) !== 'cell' || tokens.lower(subject + 1) !== ',') return undefined;
  const k = subject + 2;
  if (!/^(once|upon|after|when)$/.test(tokens.lower(k) ?? '') || !BECOMING.test(tokens.lower(k + 1) ?? '') || !/^(to|into|towards?)$/.test(tokens.lower(k + 2) ?? '')) return undefined;
  const at = /^(the|an|a)$/.test(tokens.lower(k + 3) ?? '') ? k + 4 : k + 3;
  if (tokens.kind(at) !== 'entity' || tokens.entityType(at) !== 'cell') return undefined;
  const next = /^(phenotypes?|states?|profiles?|subsets?)$/.test(tokens.lower(at + 1) ?? '') ? at + 2 : at + 1;
  if (tokens.lower(next) !== ',') return undefined;
  return [{ id: tokens.at(at)!.id!, inverted: false, start: subjects[0]!.start, end: subjects[0]!.end }];
}

/** Words of becoming a state, in a clause that opens a sentence: "once polarised to M2", "upon polarisation into M2". */
const BECOMING = /^(polari[sz]ed|repolari[sz]ed|polari[sz]ation|repolari[sz]ation|skewed|switched|switch|switches|shifted|converted|reprogrammed|differentiated)$/;

/**
 * "Once polarised to the M2 phenotype, TAMs initiate…", "Once TAMs switch to the M2 state, they…": cells that the
 * sentence's opening clause puts in a state act as that state. `subjects` are the verb's, read at `start`.
 */
export function stateFromOpening(tokens: Tokens, subjects: readonly ClaimParty[], start: number): ClaimParty[] | undefined {
  const aside = stateInAside(tokens, subjects);
  if (aside) return aside;
  // The clause opens the sentence, or follows a colon or semicolon ("TAMs add a layer: once polarised…").
  let open = start - 1;
  while (open >= 0 && !/^[:;]$/.test(tokens.lower(open) ?? '')) open--;
  if (subjects.length !== 1 || !/^(once|upon|after|when)$/.test(tokens.lower(open + 1) ?? '')) return undefined;
  const subject = tokens.indexStartingAt(subjects[0]!.start);
  const cells = subject >= 0 && tokens.kind(subject) === 'entity' ? tokens.entityType(subject) === 'cell' : SUBJECT_PRONOUNS.has(tokens.lower(start) ?? '');
  if (!cells) return undefined;
  for (let k = open + 2; k < start - 2; k++) {
    if (!BECOMING.test(tokens.lower(k) ?? '') || !/^(to|into|towards?)$/.test(tokens.lower(k + 1) ?? '')) continue;
    const at = tokens.lower(k + 2) === 'the' || tokens.lower(k + 2) === 'an' || tokens.lower(k + 2) === 'a' ? k + 3 : k + 2;
    if (tokens.kind(at) !== 'entity' || tokens.entityType(at) !== 'cell') return undefined;
    const state = tokens.at(at)!;
    return [{ id: state.id!, inverted: false, start: subjects[0]!.start, end: subjects[0]!.end }];
  }
  return undefined;
}

/**
 * The subjects of a verb whose subject ends at `at`, for the rules beside the verb rule: the entry there, the
 * antecedent of a relative pronoun, the subject a coordinated verb shares, or what a pronoun stands for.
 */
export function clauseSubjects(tokens: Tokens, at: number, verbs: VerbIndex, gerund: boolean): ClaimParty[] | undefined {
  if (at < 0) return undefined;
  const subjects = readPartiesLeft(tokens, at) ?? relativeAntecedent(tokens, at) ?? pluralReferent(tokens, at) ?? sharedSubjects(tokens, at, verbs, gerund) ?? pronounAntecedent(tokens, at, verbs) ?? uptakeReferent(tokens, at);
  if (!subjects || subjects.length < 2) return subjects;
  const own = respectiveSubject(tokens, subjects, at + 1);
  return own === undefined ? subjects : own === null ? undefined : [own];
}

/**
 * The subject of the verb at `v` where "respectively" closes its clause ("ACSL4 and LPCAT3, the enzymes that
 * acylate PUFAs and re-esterify them, respectively"): the n-th subject for the verb after the n-th "and" that
 * joins verbs; null when there is none for it, undefined where the clause has no "respectively".
 */
export function respectiveSubject(tokens: Tokens, subjects: readonly ClaimParty[], v: number): ClaimParty | null | undefined {
  let r = v + 1;
  while (r < tokens.length && !/^[.;:]$/.test(tokens.lower(r) ?? '') && tokens.lower(r) !== 'respectively') r++;
  if (tokens.lower(r) !== 'respectively') return undefined;
  const last = tokens.indexStartingAt(subjects[subjects.length - 1]!.start);
  let n = 0;
  for (let k = Math.max(last, 0) + 1; k < v; k++) if (tokens.lower(k) === 'and' && tokens.kind(k + 1) === 'word') n++;
  return subjects[n] ?? null;
}

/**
 * "Ferroptosis of GPX4-deficient Treg cells (was not reversed…)", "lipid peroxidation in tumour cells": the
 * process is the party, the cells only where it happens. `at` is where the cells end.
 */
export function processOfCells(tokens: Tokens, at: number): ClaimParty[] | undefined {
  if (tokens.entityType(at) !== 'cell' && !CELLS.has(tokens.lower(at) ?? '')) return undefined;
  let k = at - 1;
  while (k >= 0 && k > at - 7 && !/^(of|in)$/.test(tokens.lower(k)!) && (tokens.kind(k) !== 'punct' || tokens.lower(k) === '-')) k--;
  // "Iron overload of bone-marrow-derived macrophages": the process may carry a word after its entry.
  const process = tokens.kind(k - 1) === 'word' && KEEPING_POST.has(tokens.lower(k - 1)!) ? k - 2 : k - 1;
  if (!/^(of|in)$/.test(tokens.lower(k) ?? '') || tokens.kind(process) !== 'entity' || tokens.entityType(process) === 'cell') return undefined;
  return readPartiesLeft(tokens, k - 1);
}

/**
 * "NRF2 activation aggravated lipid peroxidation in NK cells and abolished their cytotoxicity": an object that is
 * "their" and a few words of what cells have stands for the cells named last before the verb at `verb`, if they
 * are not the subject. Returns the party and the last token of the phrase.
 */
export function cellsOfTheirObject(tokens: Tokens, at: number, verb: number, subjects: readonly ClaimParty[]): { parties: ClaimParty[]; end: number; preposition?: { start: number; end: number } } | undefined {
  // "…, failed to rescue these cells": the cells named before, as they were named. "Because PBMCs lack…, erastin
  // kills them": "them" too, when the last entry named before the subject is those cells.
  const these = /^(these|those)$/.test(tokens.lower(at) ?? '') && tokens.lower(at + 1) === 'cells';
  if (these || tokens.lower(at) === 'them') {
    const first = Math.min(verb, ...subjects.map((s) => tokens.indexStartingAt(s.start)).filter((k) => k >= 0));
    for (let j = (these ? verb : first) - 1; j >= 0; j--) {
      if (tokens.kind(j) !== 'entity') continue;
      if (tokens.entityType(j) !== 'cell') {
        if (these) continue;
        return undefined;
      }
      if (subjects.some((s) => s.id === tokens.at(j)!.id)) return undefined;
      const end = these ? at + 1 : at;
      return { parties: [{ id: tokens.at(j)!.id!, inverted: false, start: tokens.at(at)!.start, end: tokens.at(end)!.end }], end };
    }
    return undefined;
  }
  if (tokens.lower(at) !== 'their') return undefined;
  let k = at + 1;
  // "their anti-tumour activity": fillers, hyphens between them too.
  while (k < tokens.length && ((tokens.kind(k) === 'word' && OBJECT_FILLERS.has(tokens.lower(k)!)) || (tokens.lower(k) === '-' && k > at + 1 && tokens.kind(k + 1) === 'word'))) k++;
  if (k === at + 1 || tokens.kind(k) === 'entity') return undefined;
  // "reverses their metabolic and functional defects": what is lowered is the cells' failing, their loss, as in
  // "the defects of NK cells".
  let deficit = -1;
  for (let d = at + 1; d < tokens.length && d <= k + 4 && deficit < 0; d++) if (DEFICITS.test(tokens.lower(d) ?? '')) deficit = d;
  const last = deficit >= 0 ? deficit : k - 1;
  for (let j = verb - 1; j >= 0; j--) {
    if (tokens.kind(j) !== 'entity' || tokens.entityType(j) !== 'cell') continue;
    const id = tokens.at(j)!.id!;
    if (subjects.some((s) => s.id === id)) return undefined;
    return { parties: [{ id, inverted: deficit >= 0, start: tokens.at(at)!.start, end: tokens.at(last)!.end }], end: last };
  }
  return undefined;
}

/** Nouns of what cells fail at: "their functional defects". */
const DEFICITS = /^(defects?|deficits?|disorders?|dysfunction|impairment|exhaustion|damage|failure|disarray|derangements?|paralysis)$/;

/**
 * The subject notes give the verb after `mark`: the party before an arrow ("RRM2 inhibition → promotes M2
 * polarisation"), or the heading before a colon that opens the note ("DHODH (Mao et al.): reduces CoQ10…").
 */
export function noteSubjects(tokens: Tokens, mark: number): ClaimParty[] | undefined {
  // "ATM: activated by ionising radiation; induces SLC7A11": each note after a semicolon has the heading too, where
  // the first note opens without a subject of its own.
  if (tokens.lower(mark) === ';' && tokens.kind(0) === 'entity' && tokens.lower(1) === ':' && tokens.kind(2) === 'word' && mark > 3) {
    for (let k = 2; k < mark; k++) if (tokens.lower(k) === ':') return undefined;
    return [partyOf(tokens.at(0)!)];
  }
  const colon = tokens.lower(mark) === ':';
  if (!colon && !LEADS_TO.has(tokens.lower(mark) ?? '')) return undefined;
  // "DHODH (Mao et al., 2021):"
  const before = colon && tokens.lower(mark - 1) === ')' ? openingParenthesis(tokens, mark - 1) - 1 : mark - 1;
  const modifiers = { negated: false };
  const last = skipLeftModifiers(tokens, before, modifiers);
  const parties = modifiers.negated || last < 0 ? undefined : readPartiesLeft(tokens, last);
  if (!parties || (colon && tokens.indexStartingAt(parties[0]!.start) > 2)) return colon ? fieldOfHeadedItem(tokens, mark) ?? headingInSetting(tokens, mark) : undefined;
  return parties;
}

/**
 * "Lenvatinib in hepatoma: expands…", "Erastin in human PBMCs: …": a heading of an entry and the setting it acts in,
 * before the colon at `colon`. The entry, where the heading opens the sentence.
 */
function headingInSetting(tokens: Tokens, colon: number): ClaimParty[] | undefined {
  if (tokens.kind(0) !== 'entity' || tokens.lower(1) !== 'in' || colon - 2 > 5) return undefined;
  for (let k = 2; k < colon; k++) if (tokens.kind(k) === 'punct' && tokens.lower(k) !== '-') return undefined;
  return [partyOf(tokens.at(0)!)];
}

/** The label of a field of what an entry does: "immune effect", "effect on immunity", "mechanism". */
const EFFECT_FIELD = /^(effects?|immunity|action|mechanism|activity)$/;

/**
 * "Cisplatin — target: GSH; tumour: NSCLC; immune effect: lowers PD-L1": a field of what the entry that heads
 * the item does, whose colon is at `colon`; the entry, where one heads it before a dash or a colon.
 */
function fieldOfHeadedItem(tokens: Tokens, colon: number): ClaimParty[] | undefined {
  let label = colon - 1;
  while (label > colon - 4 && tokens.kind(label) === 'word' && !EFFECT_FIELD.test(tokens.lower(label)!)) label--;
  if (!EFFECT_FIELD.test(tokens.lower(label) ?? '') || tokens.kind(label) !== 'word') return undefined;
  const head = tokens.kind(0) === 'entity' ? 0 : -1;
  if (head < 0 || !/^[—–:-]$/.test(tokens.lower(head + 1) ?? '')) return undefined;
  return [partyOf(tokens.at(head)!)];
}

/**
 * "Some drugs, such as RSL3 and ML162, block…", "several medicines, among them sorafenib and artemisinin, shield…":
 * the examples of a class that is no entry, set off by commas, where the comma at `comma` closes them.
 */
export function examplesAside(tokens: Tokens, comma: number): ClaimParty[] | undefined {
  if (tokens.lower(comma) !== ',') return undefined;
  const examples = readPartiesLeft(tokens, comma - 1);
  if (!examples) return undefined;
  const first = tokens.indexStartingAt(examples[0]!.start);
  const introduced = (tokens.lower(first - 1) === 'as' && tokens.lower(first - 2) === 'such') || (tokens.lower(first - 1) === 'them' && tokens.lower(first - 2) === 'among');
  return introduced && tokens.lower(first - 3) === ',' ? examples : undefined;
}
