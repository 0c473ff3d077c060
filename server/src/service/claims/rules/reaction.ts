/**
 * Reactions: "GPX4 converts lipid alcohols into lipid hydroperoxides", "ACSL4 hydrolyses PUFA-CoA to free
 * PUFAs", "conversion of A into B by S". The claim is that S produces B; it contradicts the literature when B is
 * what S is curated to consume (the reaction run backwards), which the checker judges (`contradictions.ts`).
 */
import { ClaimForm, newClaim, type Claim, partyOf } from '../claim';
import { readPartiesLeft, skipLeftModifiers } from '../parties';
import { readPartiesRight } from '../partiesRight';
import { clauseSubjects, pronounAntecedent } from '../subjects';
import { relativeAntecedent } from '../relatives';
import type { Tokens } from '../tokens';
import { verbOf, type VerbIndex } from '../verbIndex';
import { ADVERBS } from '../vocabulary';

/** Verbs of a reaction that turns its object into what follows "into" or "to". */
const REACTION_VERBS: ReadonlySet<string> = new Set(
  `convert converts converted converting reduce reduces reduced reducing oxidize oxidizes oxidized oxidizing oxidise oxidises
  oxidised oxidising hydrolyse hydrolyses hydrolysed hydrolysing hydrolyze hydrolyzes hydrolyzed hydrolyzing transform
  transforms transformed transforming ligate ligates ligated ligating conjugate conjugates conjugated conjugating insert inserts inserted inserting turn turns turned turning metabolize metabolizes metabolized metabolizing
  metabolise metabolises metabolised metabolising esterify esterifies esterified esterifying reesterify reesterifies reesterified reesterifying incorporate incorporates incorporated
  incorporating acylate acylates acylated acylating activate activates activated activating
  decompose decomposes decomposed decomposing break breaks broke breaking detoxify detoxifies detoxified detoxifying
  peroxidize peroxidizes peroxidized peroxidizing peroxidise peroxidises peroxidised peroxidising`.split(/\s+/).filter(Boolean),
);
/** Verbs that name their product first and the substrate after "from": "generates B from A". */
const GENERATING: ReadonlySet<string> = new Set(
  `generate generates generated generating produce produces produced producing form forms formed forming yield yields
  yielded yielding make makes made making synthesize synthesizes synthesized synthesizing synthesise synthesises
  synthesised synthesising regenerate regenerates regenerated regenerating`.split(/\s+/).filter(Boolean),
);
const REACTION_NOUNS: ReadonlySet<string> = new Set(['conversion', 'reduction', 'oxidation', 'hydrolysis', 'transformation', 'esterification', 'acylation', 'activation']);

/** The reaction claims of one sentence. */
export function readReactionClaims(tokens: Tokens, verbs: VerbIndex, claims: Claim[]): void {
  const produce = verbOf(verbs, 'increase');
  if (!produce) return;
  for (let v = 0; v < tokens.length; v++) {
    if (tokens.kind(v) !== 'word') continue;
    const word = tokens.lower(v)!;
    const claim = REACTION_VERBS.has(word) || HYDROLYSES.has(word) || REMOVING.has(word)
      ? readVerbReaction(tokens, v, verbs) ?? readPassiveReaction(tokens, v) ?? readHydrolysis(tokens, v, verbs)
      : GENERATING.has(word) || (CATALYSES.has(word) && arrowFollows(tokens, v + 1))
        ? readVerbReaction(tokens, v, verbs)
        : REACTION_NOUNS.has(word)
          ? readNounReaction(tokens, v, verbs)
          : undefined;
    if (!claim) {
      if (REACTS.has(word)) for (const reaction of readReactsWith(tokens, v)) pushReaction(tokens, v, reaction, produce, claims);
      continue;
    }
    pushReaction(tokens, v, claim, produce, claims);
  }
}

/** The claims of a reaction read at the verb `v`: its product's, and its substrates' where the words name them apart. */
function pushReaction(tokens: Tokens, v: number, claim: Reaction, produce: Claim['verb']['verb'], claims: Claim[]): void {
  const verb = { start: tokens.at(v)!.start, end: tokens.at(v)!.end, verb: produce, slot: 'action' as const };
  if (claim.core.objects.length > 0) claims.push(newClaim({ ...claim.core, verb }));
  // The substrate too, over the same words (one finding for the two): "ACSL4 re-esterifies PUFA-CoA into
  // phospholipids" uses up what ACSL4 makes.
  if (claim.substrates) for (const substrate of claim.substrates) claims.push(newClaim({ ...claim.core, objects: [substrate], effect: 'consume', verb }));
}

const REACTS: ReadonlySet<string> = new Set(['react', 'reacts', 'reacted', 'reacting']);
const YIELDING = /^(yield|form|give|produce|generate|make)$/;

/**
 * "hydroxyl radicals react with Fe²⁺ to yield hydrogen peroxide": two reactants, and the product after "to yield".
 * Either may be the one that acts, so each makes the product from the other.
 */
function readReactsWith(tokens: Tokens, v: number): Reaction[] {
  if (tokens.lower(v + 1) !== 'with') return [];
  const other = readPartiesRight(tokens, v + 2);
  if (!other || other.parties.length !== 1 || tokens.lower(other.end + 1) !== 'to' || !YIELDING.test(tokens.lower(other.end + 2) ?? '')) return [];
  const product = readPartiesRight(tokens, other.end + 3);
  const first = readPartiesLeft(tokens, skipLeftModifiers(tokens, v - 1, { negated: false }));
  if (!product || product.parties.length !== 1 || !first || first.length !== 1) return [];
  const made = product.parties[0]!;
  const [a, b] = [first[0]!, other.parties[0]!];
  if (a.id === made.id || b.id === made.id) return [];
  const core = (subject: typeof a, substrate: typeof a): Reaction => ({
    core: { subjects: [subject], objects: [made], effect: 'produce', negated: false, form: ClaimForm.Active, start: a.start, end: made.end },
    substrates: [substrate],
  });
  return [core(a, b), core(b, a)];
}

type Core = Omit<Parameters<typeof newClaim>[0], 'verb'>;
/** A reaction read: the claim of its product, and its substrates where the words name them apart. */
type Reaction = { core: Core; substrates?: readonly Claim['objects'][number][] };

/** "S converts A into B" (also after "uses X to", "by", "and"): the product B and the substrates A, or undefined. */
function readVerbReaction(tokens: Tokens, v: number, verbs: VerbIndex): Reaction | undefined {
  // "LPCAT3 ligates arachidonic acid to coenzyme A" (or CoA to it): what is joined on either side is used up.
  const word = tokens.lower(v)!;
  const product = LIGATIONS.has(word) ? ligated(tokens, v + 1) : GENERATING.has(word) ? productBefore(tokens, v + 1) : productAfter(tokens, v + 1);
  // "generates reduced CoQ10 from CoQ10": one entry on both sides is a change of form the entries do not tell apart.
  if (!product || (product.party && product.substrates.some((p) => p.id === product.party!.id))) return undefined;
  const modifiers = { negated: false };
  let left = skipLeftModifiers(tokens, v - 1, modifiers);
  // "GPX4 uses glutathione to convert…": the subject is the one who uses.
  if (tokens.lower(left + 1) === 'to' || tokens.lower(left) === 'to' || tokens.lower(v - 1) === 'to') {
    const to = tokens.lower(v - 1) === 'to' ? v - 1 : tokens.lower(left) === 'to' ? left : left + 1;
    // "uses glutathione (GSH) to convert": the tool's short form may follow it; "uses GSH as its electron donor
    // to generate": so may what it serves as.
    let tool = tokens.lower(to - 1) === ')' && tokens.lower(to - 3) === '(' ? to - 4 : to - 1;
    for (let k = to - 2; k >= to - 5 && tokens.kind(tool) !== 'entity'; k--) if (tokens.lower(k) === 'as' && tokens.kind(k - 1) === 'entity') tool = k - 1;
    const uses = tool - 1;
    if (tokens.kind(tool) === 'entity' && /^(uses|use|used|using|employs|requires)$/.test(tokens.lower(uses) ?? '')) left = skipLeftModifiers(tokens, uses - 1, modifiers);
  }
  // "By converting H2O2 to water, the Fenton reaction…": the means opening the sentence, its subject after it.
  const fronted = word.endsWith('ing') && v === 1 && tokens.lower(0) === 'by';
  const subjects = fronted ? meansSubject(tokens, product.end, verbs) : clauseSubjects(tokens, left, verbs, word.endsWith('ing'));
  if (!subjects) return undefined;
  // A fronted means ("By converting A to B, S…") runs from the verb to its subject.
  const start = Math.min(subjects[0]!.start, tokens.at(v)!.start);
  const end = Math.max(product.party?.end ?? tokens.at(product.end)!.end, subjects[subjects.length - 1]!.end);
  // ("oxidized ubiquinol back to ubiquinone" says so by its verb, which the verb rule reads.)
  if ('oxidizes' in product && product.oxidizes) {
    if (/^(?:oxidi[sz]|reduc)/.test(word)) return undefined;
    return { core: { subjects, objects: [product.party!], effect: 'oxidize', negated: modifiers.negated, form: ClaimForm.Active, start, end: Math.max(end, tokens.at(product.end)!.end) } };
  }
  if ('lowers' in product && product.lowers) return { core: { subjects, objects: [product.party!], effect: 'negative', negated: modifiers.negated, form: ClaimForm.Active, start, end } };
  return { core: { subjects, objects: product.party ? [product.party] : [], effect: 'produce', negated: modifiers.negated, form: ClaimForm.Active, start, end }, substrates: product.substrates };
}

/** Verbs that break their object apart: what they act on is used up, whatever they release. */
const HYDROLYSES: ReadonlySet<string> = new Set(
  `hydrolyse hydrolyses hydrolysed hydrolysing hydrolyze hydrolyzes hydrolyzed hydrolyzing deacylate deacylates deacylated
  deacylating cleave cleaves cleaved cleaving excise excises excised excising`.split(/\s+/),
);
/**
 * Verbs that take something out of what follows "from": "strips PUFA chains from phospholipids", "releases
 * arachidonic acid from membrane phospholipids". Only with "from" do they break anything apart ("releases iron" does not).
 */
const REMOVING: ReadonlySet<string> = new Set(
  `strip strips stripped stripping remove removes removed removing release releases released releasing liberate liberates
  liberated liberating`.split(/\s+/),
);

/**
 * "LPCAT3 hydrolyses membrane phospholipids", "…deacylates PUFA-containing phospholipids", "…cleaves PUFA chains
 * from phospholipids": the subject uses up what it breaks apart (what the chains are cut from).
 */
function readHydrolysis(tokens: Tokens, v: number, verbs: VerbIndex): Reaction | undefined {
  const word = tokens.lower(v)!;
  const removing = REMOVING.has(word);
  if ((!HYDROLYSES.has(word) && !removing) || tokens.kind(v + 1) === 'punct') return undefined;
  // "excising polyunsaturated acyl chains from phospholipids": chains, named or not, cut from an entry.
  const from = chainsCutFrom(tokens, v + 1, removing);
  if (removing && from < 0) return undefined;
  let read = from > 0 ? readPartiesRight(tokens, from + 1 + positionOf(tokens, from + 1)) : readPartiesRight(tokens, v + 1);
  // "PUFA-containing phospholipids": what is broken apart is the head.
  if (from < 0 && read && tokens.lower(read.end + 1) === '-' && /^(containing|rich|bearing|laden)$/.test(tokens.lower(read.end + 2) ?? '')) read = readPartiesRight(tokens, read.end + 3);
  if (!read || /^(into|to)$/.test(tokens.lower(read.end + 1) ?? '') || read.parties.length !== 1) return undefined;
  const modifiers = { negated: false };
  const subjects = clauseSubjects(tokens, skipLeftModifiers(tokens, v - 1, modifiers), verbs, word.endsWith('ing'));
  if (!subjects) return undefined;
  const core = { subjects, objects: [], effect: 'consume' as const, negated: modifiers.negated, form: ClaimForm.Active, start: subjects[0]!.start, end: read.parties[0]!.end };
  return { core, substrates: read.parties };
}

/** How many tokens "the sn-2 position of" (a place in a molecule) takes at `at`, before what it is a place in. */
function positionOf(tokens: Tokens, at: number): number {
  for (let k = at; k < at + 7 && k < tokens.length; k++) {
    if (/^(position|site|end|backbone|carbon)$/.test(tokens.lower(k) ?? '') && tokens.lower(k + 1) === 'of') return k + 2 - at;
    if (tokens.kind(k) !== 'word' && !/^[-]$/.test(tokens.lower(k) ?? '')) return 0;
  }
  return 0;
}

/** The index of "from" after a few words or an entry that end in a noun of chains ("PUFA chains from"), or -1. */
function chainsCutFrom(tokens: Tokens, at: number, entry = false): number {
  for (let k = at; k < at + 5 && (tokens.kind(k) === 'word' || tokens.kind(k) === 'entity'); k++) {
    const from = fromAt(tokens, k + 1);
    if (/^(chains?|tails?|moieties|residues|groups?)$/.test(tokens.lower(k) ?? '') && from > 0) return from;
    // ("strips coenzyme A from PUFA-CoA": the cofactor cut off names what is broken apart too.)
    if (tokens.lower(k) === 'coenzyme' && /^(a|-a)$/.test(tokens.lower(k + 1) ?? '') && tokens.lower(k + 2) === 'from') return k + 2;
    if (tokens.lower(k) === 'coa' && tokens.lower(k + 1) === 'from') return k + 1;
    // "releases arachidonic acid from phospholipids": with a verb of removing, an entry taken out of another.
    if (entry && tokens.kind(k) === 'entity' && from > 0) return from;
  }
  return -1;
}

/** The last word of "from", "out of" or "back out of" at `at` ("strips PUFA chains (back) out of phospholipids"), or -1. */
function fromAt(tokens: Tokens, at: number): number {
  if (tokens.lower(at) === 'from') return at;
  const out = tokens.lower(at) === 'back' ? at + 1 : at;
  return tokens.lower(out) === 'out' && tokens.lower(out + 1) === 'of' ? out + 1 : -1;
}

/**
 * "PUFA-CoAs are then esterified into phospholipids by ACSL4": the agent after "by" uses up the subject, and
 * makes the product where the lexicon knows it.
 */
function readPassiveReaction(tokens: Tokens, v: number): Reaction | undefined {
  if (!tokens.lower(v)!.endsWith('ed')) return undefined;
  let be = v - 1;
  while (be >= 0 && ADVERBS.has(tokens.lower(be) ?? '')) be--;
  // "2. PUFA-CoA re-esterified into phospholipids by ACSL4": a note's passive goes without its copula.
  const note = tokens.kind(be) === 'entity' && opensNoteLine(tokens, be);
  if (note) be++;
  else if (!/^(is|are|was|were|be|been|being)$/.test(tokens.lower(be) ?? '')) return undefined;
  // "…to form PUFA-CoA, which is then re-esterified into phospholipids by ACSL4": the relative's antecedent.
  const substrates = readPartiesLeft(tokens, be - 1) ?? (tokens.lower(be - 1) === 'which' && tokens.lower(be - 2) === ',' ? readPartiesLeft(tokens, be - 3) : undefined);
  if (!substrates) return undefined;
  let by = v + 1;
  while (by < tokens.length && by < v + 12 && tokens.lower(by) !== 'by') {
    if (tokens.kind(by) === 'punct' && !/^[-()]$/.test(tokens.lower(by)!)) return undefined;
    by++;
  }
  const agent = tokens.at(by + 1);
  if (tokens.lower(by) !== 'by' || agent?.kind !== 'entity') return undefined;
  const subjects = [partyOf(agent)];
  const product = /^(into|to)$/.test(tokens.lower(v + 1) ?? '') ? readPartiesRight(tokens, v + 2) : undefined;
  const objects = product && product.end < by && product.parties.length === 1 ? product.parties : [];
  return { core: { subjects, objects, effect: 'produce', negated: false, form: ClaimForm.Passive, start: substrates[0]!.start, end: agent.end }, substrates };
}

/** Whether the party ending at `last` is all that stands before it in a note's line: "2. PUFA-CoA re-esterified…". */
function opensNoteLine(tokens: Tokens, last: number): boolean {
  const parties = readPartiesLeft(tokens, last);
  if (!parties) return false;
  const first = tokens.indexStartingAt(parties[0]!.start);
  // A list's number ("2.") or nothing before it.
  return first === 0 || (first === 2 && /^\d+$/.test(tokens.lower(0)!) && /^[.)]$/.test(tokens.lower(1)!));
}

/** "conversion of A into B by S", "S-mediated conversion of A into B". */
function readNounReaction(tokens: Tokens, v: number, verbs: VerbIndex): Reaction | undefined {
  if (tokens.lower(v + 1) !== 'of') return undefined;
  const found = productAfter(tokens, v + 2);
  // "reduction of CoQ10 to ubiquinol": one entry on both sides is a change of form, as for the verbs.
  if (!found?.party || found.substrates.some((p) => p.id === found.party!.id)) return undefined;
  const product = { ...found, party: found.party };
  let subjectIndex = -1;
  const compound = /^(mediated|catalysed|catalyzed|dependent|driven)$/.test(tokens.lower(v - 1) ?? '') && tokens.lower(v - 2) === '-' && tokens.kind(v - 3) === 'entity';
  // "catalyses the glutathione-dependent conversion of A into B": the one who catalyses comes before the cofactor.
  const article = compound ? v - 4 : v - 1;
  if (tokens.lower(product.end + 1) === 'by' && tokens.kind(product.end + 2) === 'entity') subjectIndex = product.end + 2;
  else if (/^(the|a)$/.test(tokens.lower(article) ?? '') && CATALYSES.has(tokens.lower(article - 1) ?? '')) {
    // "GPX4 (, which uses GSH,) catalyses the conversion of A into B"
    const modifiers = { negated: false };
    const left = skipLeftModifiers(tokens, article - 2, modifiers);
    const subjects = tokens.lower(article - 2) === 'by' ? meansSubject(tokens, product.end, verbs) : left >= 0 ? readPartiesLeft(tokens, left) ?? relativeAntecedent(tokens, left) : undefined;
    if (!subjects) return undefined;
    // The subject may follow the means ("By catalysing…, GPX4"): the range runs from the first to the last.
    const start = Math.min(subjects[0]!.start, tokens.at(article - 1)!.start);
    const end = Math.max(subjects[subjects.length - 1]!.end, product.party.end);
    return { core: { subjects, objects: [product.party], effect: 'produce', negated: modifiers.negated, form: ClaimForm.Active, start, end } };
  } else if (compound) subjectIndex = v - 3;
  if (subjectIndex < 0) return undefined;
  const subject = tokens.at(subjectIndex)!;
  const start = Math.min(subject.start, tokens.at(v)!.start);
  return {
    core: {
      subjects: [partyOf(subject)],
      objects: [product.party],
      effect: 'produce',
      negated: false,
      form: ClaimForm.Nominal,
      start,
      end: Math.max(subject.end, product.party.end),
    },
  };
}

/**
 * "By catalysing the conversion of A into B, GPX4 (it) sets…": the subject of the clause after the means, whose
 * last token is at `end`: the entry, or what "it" stands for, right after the comma that closes them.
 */
function meansSubject(tokens: Tokens, end: number, verbs: VerbIndex): Claim['subjects'] | undefined {
  let comma = end + 1;
  if (tokens.lower(comma) === '(') while (comma < tokens.length && comma < end + 8 && tokens.lower(comma) !== ')') comma++;
  if (tokens.lower(comma) === ')') comma++;
  if (tokens.lower(comma) !== ',') return undefined;
  if (/^(it|they)$/.test(tokens.lower(comma + 1) ?? '')) return pronounAntecedent(tokens, comma + 1, verbs);
  const first = /^(the|this)$/.test(tokens.lower(comma + 1) ?? '') ? comma + 2 : comma + 1;
  const subject = tokens.kind(first) === 'entity' ? readPartiesRight(tokens, first) : undefined;
  return subject?.parties;
}

/** Verbs whose object is a reaction the subject carries out: "catalyses the conversion of A into B". */
const CATALYSES: ReadonlySet<string> = new Set(
  'catalyses catalyzes catalysed catalyzed catalyse catalyze catalysing catalyzing mediates mediated mediate mediating performs performed perform performing drives drove drive driving'.split(' '),
);

/**
 * "GPX4 catalyses L-OOH → L-OH": a reaction written as a scheme after the verb. Only the arrow makes one ("mediates
 * iron export to the blood" is no reaction).
 */
function arrowFollows(tokens: Tokens, from: number): boolean {
  for (let k = from; k < tokens.length && k < from + 8; k++) {
    if (tokens.lower(k) === '→') return true;
    if (tokens.kind(k) === 'punct' && !/^[-()]$/.test(tokens.lower(k)!)) return false;
  }
  return false;
}

const LIGATIONS: ReadonlySet<string> = new Set(['ligate', 'ligates', 'ligated', 'ligating', 'conjugate', 'conjugates', 'conjugated', 'conjugating']);

/** "ligates A to B": the entries on both sides of "to", as substrates, and no product. */
function ligated(tokens: Tokens, from: number): { party?: undefined; end: number; substrates: readonly Claim['objects'][number][] } | undefined {
  let to = from;
  while (to < tokens.length && to < from + 8 && tokens.lower(to) !== 'to') {
    if (tokens.kind(to) === 'punct' && tokens.lower(to) !== '-') return undefined;
    to++;
  }
  if (tokens.lower(to) !== 'to') return undefined;
  const before = readPartiesRight(tokens, from);
  const after = readPartiesRight(tokens, to + 1);
  const substrates = [...(before && before.end < to ? before.parties : []), ...(after?.parties ?? [])];
  return substrates.length > 0 ? { end: after?.end ?? before!.end, substrates } : undefined;
}

/** The substrate from `from`, then "into"/"to" and the product: the product, and the index of its last token. */
function productAfter(tokens: Tokens, from: number): { party?: Claim['objects'][number]; end: number; substrates: readonly Claim['objects'][number][]; lowers?: true; oxidizes?: true } | undefined {
  // Most reaction words ("reduced") name no reaction: look for "into"/"to" first, before reading any party.
  let into = -1;
  for (let k = from; k < tokens.length && k < from + 12; k++) {
    const word = tokens.lower(k);
    // "converts lipid alcohols (L-OH) → lipid hydroperoxides": an arrow in a note stands for "into".
    if (word === 'into' || word === 'to' || word === '→') {
      into = k;
      break;
    }
    if (tokens.kind(k) === 'punct' && word !== '-' && word !== '(' && word !== ')') return undefined;
  }
  if (into < 0) return undefined;
  // "converts highly reactive hydroxyl radicals (harmless lipid alcohols) into…": a few words that describe the
  // substrate.
  let at = from;
  while (at < into - 1 && tokens.kind(at) === 'word' && (ADVERBS.has(tokens.lower(at)!) || /^(?:highly|very|more|less|benign|membrane)$|(?:ive|ic|ous|ble|less)$/.test(tokens.lower(at)!))) at++;
  const substrate = readPartiesRight(tokens, at) ?? takenBefore(tokens, at);
  if (!substrate) return undefined;
  let k = substrate.end + 1;
  // "these PUFA-CoA species": a head noun that only says what kind of thing the substrate is.
  if (/^(species|molecules|forms|derivatives|moieties|esters|pools?)$/.test(tokens.lower(k) ?? '')) k++;
  // "converts hydroxyl radicals back into hydrogen peroxide"
  // "breaks hydrogen peroxide down into water"
  if (/^(back|again|directly|rapidly|efficiently|down)$/.test(tokens.lower(k) ?? '')) k++;
  // "turned macrophages from the M1 type into the M2 type": the state left is used up too.
  let left: ReturnType<typeof readPartiesRight>;
  // "macrophages in mouse tumours from…": where they were, on the way.
  if (tokens.lower(k) === 'in') {
    let j = k + 1;
    while (j < k + 5 && tokens.kind(j) === 'word' && tokens.lower(j) !== 'from') j++;
    if (tokens.lower(j) === 'from') k = j;
  }
  if (tokens.lower(k) === 'from' && tokens.entityType(tokens.indexStartingAt(substrate.parties[0]!.start)) === 'cell') {
    left = readPartiesRight(tokens, k + 1);
    if (left) k = /^(type|phenotype|state|form)$/.test(tokens.lower(left.end + 1) ?? '') ? left.end + 2 : left.end + 1;
  }
  // "(L-OH)": the substrate's short form in parentheses.
  if (tokens.lower(k) === '(') {
    while (k < tokens.length && tokens.lower(k) !== ')' && k < substrate.end + 8) k++;
    k++;
  }
  if (tokens.lower(k) !== 'into' && tokens.lower(k) !== 'to' && tokens.lower(k) !== '→') return undefined;
  // "decomposes H2O2 into water and oxygen": an oxidant made harmless, which lowers the oxidants the cell holds.
  const harmless = harmlessProduct(tokens, k + 1);
  if (harmless && substrate.parties.length === 1 && OXIDANTS.has(substrate.parties[0]!.id)) {
    return { party: { id: ROS, inverted: false, start: tokens.at(k + 1)!.start, end: tokens.at(harmless)!.end }, end: harmless, substrates: [], lowers: true };
  }
  const oxidized = substrate.parties.length === 1 && reducedForm(tokens, substrate.parties[0]!) ? oxidizedFormAt(tokens, k + 1, substrate.parties[0]!.id) : -1;
  if (oxidized >= 0) return { party: substrate.parties[0]!, end: oxidized, substrates: [], oxidizes: true };
  let product = readPartiesRight(tokens, k + 1);
  // "into the corresponding hydroperoxides (PL-OOH)", "to their hydroperoxides (L-OOH)": a product named only by
  // its short form in parentheses.
  if (!product) {
    const open = tokens.lower(k + 4) === '(' ? k + 4 : tokens.lower(k + 3) === '(' ? k + 3 : -1;
    if (open > 0 && tokens.kind(open + 1) === 'entity' && tokens.lower(open + 2) === ')' && /^(the|their|its)$/.test(tokens.lower(k + 1) ?? '')) product = readPartiesRight(tokens, open + 1);
  }
  // "inserts PUFA-CoA into lysophosphatidylcholine": a product the lexicon does not know still leaves the substrate.
  const substrates = left ? left.parties : substrate.parties;
  if (!product) return { end: substrate.end, substrates };
  if (product.parties.length !== 1) return undefined;
  return { party: product.parties[0]!, end: product.end, substrates };
}

/**
 * A metabolite's redox forms by name: "ubiquinol", "CoQ10H2" and "reduced CoQ10" are reduced; "ubiquinone", "its
 * oxidised (quinone) form" and the bare name after a reduced one ("ubiquinol back to CoQ10") are not. One
 * metabolite taken from its reduced form to another is oxidized, whatever the verb ("converts", "turns").
 */
const REDUCED_NAME = /\b(?:ubiquinol|\w*h[2₂])(?![\w₀-₉])/;
const OXIDIZED_WORD = /^(?:oxidi[sz]ed|quinone)$/;

function reducedForm(tokens: Tokens, party: Claim['objects'][number]): boolean {
  const at = tokens.indexStartingAt(party.start);
  if (party.inverted || tokens.entityType(at) !== 'metabolite') return false;
  return REDUCED_NAME.test(tokens.surface(at).toLowerCase()) || tokens.lower(at - 1) === 'reduced';
}

/**
 * The last token of the words at `at` if they name the entry `id` in a form other than reduced ("ubiquinone",
 * "CoQ10", "its oxidised form"), else -1.
 */
function oxidizedFormAt(tokens: Tokens, at: number, id: string): number {
  let k = at;
  if (/^(its|their|the)$/.test(tokens.lower(k) ?? '')) k++;
  if (OXIDIZED_WORD.test(tokens.lower(k) ?? '')) {
    while (k < at + 4 && tokens.kind(k + 1) === 'word' && OXIDIZED_WORD.test(tokens.lower(k + 1)!)) k++;
    if (/^forms?$/.test(tokens.lower(k + 1) ?? '') || (tokens.kind(k + 1) === 'entity' && tokens.at(k + 1)!.id === id)) return k + 1;
  }
  return k === at && tokens.kind(k) === 'entity' && tokens.at(k)!.id === id && !REDUCED_NAME.test(tokens.surface(k).toLowerCase()) ? k : -1;
}

/**
 * Oxidants, by lexicon id: turned into water, each is gone without a trace, and the cell holds fewer reactive
 * oxygen species (`ROS`).
 */
const OXIDANTS: ReadonlySet<string> = new Set(['hydrogen-peroxide', 'hydroxyl-radical', 'ros', 'lipid-ros']);
const ROS = 'ros';
const HARMLESS = /^(water|h2o|h₂o|oxygen|o2|o₂)$/;

/** The last token of a harmless product at `at` ("water", "harmless water and oxygen", "H2O and O2"), if any. */
function harmlessProduct(tokens: Tokens, at: number): number | undefined {
  let k = at;
  if (/^(harmless|plain|simply|just|only)$/.test(tokens.lower(k) ?? '')) k++;
  if (!HARMLESS.test(tokens.lower(k) ?? '')) return undefined;
  if (/^(and|plus)$/.test(tokens.lower(k + 1) ?? '') && HARMLESS.test(tokens.lower(k + 2) ?? '')) k += 2;
  return k;
}

/** "takes lipid alcohols and turns them into…": "them" at `at` is what the verb before "and" took. */
function takenBefore(tokens: Tokens, at: number): { parties: Claim['objects']; end: number } | undefined {
  if (!/^(them|it)$/.test(tokens.lower(at) ?? '') || tokens.lower(at - 2) !== 'and' || tokens.kind(at - 3) !== 'entity') return undefined;
  let verb = at - 4;
  while (verb > at - 8 && tokens.kind(verb) === 'word' && !TAKING.test(tokens.lower(verb)!)) verb--;
  if (!TAKING.test(tokens.lower(verb) ?? '')) return undefined;
  return { parties: [partyOf(tokens.at(at - 3)!)], end: at };
}
const TAKING = /^(takes?|took|taking|grabs?|grabbed|picks?|picked|captures?|captured|seizes?|seized)$/;

/**
 * "generates lipid hydroperoxides (L-OOH) from lipid alcohols": the product, then "from" and the substrate. Only
 * entries on both sides make a reaction ("produces ROS from the mitochondria" names no substrate).
 */
function productBefore(tokens: Tokens, from: number): { party: Claim['objects'][number]; end: number; substrates: readonly Claim['objects'][number][] } | undefined {
  const product = readPartiesRight(tokens, from);
  if (!product || product.parties.length !== 1) return undefined;
  let k = product.end + 1;
  if (tokens.lower(k) === '(') {
    while (k < tokens.length && tokens.lower(k) !== ')' && k < product.end + 8) k++;
    k++;
  }
  if (tokens.lower(k) !== 'from') return undefined;
  const substrate = readPartiesRight(tokens, k + 1);
  if (!substrate || tokens.entityType(tokens.indexStartingAt(substrate.parties[0]!.start)) === 'cell') return undefined;
  return { party: product.parties[0]!, end: substrate.end, substrates: substrate.parties };
}

/** The words the rule's reading starts from: a sentence with none of them has none of its claims (`read.ts` asks first). */
export const REACTION_WORDS: readonly string[] = [...REACTION_VERBS, ...HYDROLYSES, ...REMOVING, ...GENERATING, ...CATALYSES, ...REACTION_NOUNS, ...REACTS];
