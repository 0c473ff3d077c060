/**
 * The claim reader: a small rule engine over the tokens of one sentence (entity mentions, words, punctuation)
 * that finds statements of the form "subject acts on object" — in active or passive voice, as nominal forms,
 * with coordination, relative clauses, sign changes (knockout of X), negation and directness — using the verb
 * classes of the lexicon. Questions and open hypotheses state nothing and are skipped. Precision comes first:
 * a construction the rules do not understand yields no claim.
 */
import type { VerbClass, VerbEffect } from './lexicon';
import { isWordCode } from './normalize';

export interface ClaimMention {
  readonly proseStart: number;
  readonly proseEnd: number;
  readonly id: string;
  /** The entry's type, where known: a few rules read it ("reduced CoQ10" is a form of a metabolite). */
  readonly type?: string;
}

export interface ClaimParty {
  readonly id: string;
  /** Knockout, loss, inhibition of the party: its effect is reversed. */
  readonly inverted: boolean;
  readonly start: number;
  readonly end: number;
}

export enum ClaimForm {
  Active = 'active',
  Passive = 'passive',
  Nominal = 'nominal',
  Agent = 'agent-noun',
  Induced = 'induced',
  State = 'state',
}

/** What a claim says its subject does to its object: a verb class's effect, or 'produce' (a reaction's product). */
export type ClaimEffect = VerbEffect | 'produce';

export interface Claim {
  readonly subjects: readonly ClaimParty[];
  readonly objects: readonly ClaimParty[];
  readonly effect: ClaimEffect;
  readonly negated: boolean;
  /** 'direct' or 'indirect' when the sentence says so. */
  readonly directness?: 'direct' | 'indirect';
  readonly form: ClaimForm;
  /** Prose range of the whole claim. */
  readonly start: number;
  readonly end: number;
  /** The word that states the effect, for fixes; `slot` is its form (0 base … 4 gerund) or 'agent'/'action'. */
  readonly verb: { readonly start: number; readonly end: number; readonly verb: VerbClass; readonly slot: number | 'agent' | 'action' | 'state' };
  /** The directness word, for fixes. */
  readonly directnessWord?: { readonly start: number; readonly end: number };
  /** The preposition before the object ("sensitizes cells to ferroptosis"), for fixes. */
  readonly preposition?: { readonly start: number; readonly end: number };
  /** The negation words ("does not", "no longer"), for fixes. */
  readonly negation?: { readonly start: number; readonly end: number };
  /**
   * For a verb of transport without a direction ("transports iron into cells"): the preposition that gives
   * it, and what reverses it ("out of" for "into"), where a plain swap keeps the sentence right.
   */
  readonly direction?: { readonly start: number; readonly end: number; readonly reversed?: string };
}

type TokenKind = 'entity' | 'word' | 'punct';

/** One token, as the rules read it: made on demand from `Tokens`. */
interface Token {
  readonly kind: TokenKind;
  /**
   * A word in lower case, or the punctuation mark. Empty for an entity: rules read entities by id, never by
   * their letters (which spare a copy of each).
   */
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  /** Set on entity tokens; present on all, so that every token has one shape. */
  readonly id: string | undefined;
}

/**
 * A sentence's tokens as parallel lists. The claim pass tokenizes most of a manuscript, and most of its tokens
 * are only looked at for a trigger word: they get no object, and one `Tokens` serves sentence after sentence
 * (an object per token was a quarter of all a full check allocated). The rules around a trigger read tokens
 * as objects, made when first asked for. An index outside [0, length) is no token.
 */
export class Tokens {
  length = 0;
  readonly #kinds: TokenKind[] = [];
  readonly #lowers: string[] = [];
  readonly #starts: number[] = [];
  readonly #ends: number[] = [];
  readonly #ids: (string | undefined)[] = [];
  /** Set for entity tokens only (read through `entityType`). */
  readonly #types: (string | undefined)[] = [];
  readonly #objects: (Token | undefined)[] = [];

  /** Empties the list for the next sentence. */
  clear(): void {
    this.length = 0;
  }

  push(kind: TokenKind, lower: string, start: number, end: number, id: string | undefined): void {
    const k = this.length++;
    this.#kinds[k] = kind;
    this.#lowers[k] = lower;
    this.#starts[k] = start;
    this.#ends[k] = end;
    this.#ids[k] = id;
    this.#objects[k] = undefined;
  }

  /** Pushes an entity token, with its entry's type. */
  pushEntity(start: number, end: number, id: string, type: string | undefined): void {
    this.#types[this.length] = type;
    this.push('entity', '', start, end, id);
  }

  /** The entry type of entity token k, where known. */
  entityType(k: number): string | undefined {
    return this.kind(k) === 'entity' ? this.#types[k] : undefined;
  }

  kind(k: number): TokenKind | undefined {
    return k >= 0 && k < this.length ? this.#kinds[k] : undefined;
  }

  lower(k: number): string | undefined {
    return k >= 0 && k < this.length ? this.#lowers[k] : undefined;
  }

  /** Token k as an object, or undefined outside the list. */
  at(k: number): Token | undefined {
    if (k < 0 || k >= this.length) return undefined;
    let token = this.#objects[k];
    if (!token) this.#objects[k] = token = { kind: this.#kinds[k]!, lower: this.#lowers[k]!, start: this.#starts[k]!, end: this.#ends[k]!, id: this.#ids[k] };
    return token;
  }

  /** The index of the token that starts at `start`, or -1. */
  indexStartingAt(start: number): number {
    for (let k = 0; k < this.length; k++) if (this.#starts[k] === start) return k;
    return -1;
  }

  /** All tokens as objects (for tests and debugging). */
  all(): Token[] {
    return Array.from({ length: this.length }, (_, k) => this.at(k)!);
  }
}

/** Whether a token of [from, to) satisfies `test`. */
function someBetween(tokens: Tokens, from: number, to: number, test: (token: Token) => boolean): boolean {
  for (let k = Math.max(0, from); k < Math.min(to, tokens.length); k++) if (test(tokens.at(k)!)) return true;
  return false;
}

const words = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/).filter(Boolean));

const ADVERBS = new Set(words(`also further furthermore directly indirectly strongly significantly markedly potently robustly efficiently
  specifically selectively partially partly completely fully effectively thereby thus consequently therefore only largely
  mainly primarily subsequently then still often consistently substantially dramatically greatly reportedly generally
  typically normally ultimately both commonly probably likely possibly apparently presumably in turn indeed actually
  profoundly critically essentially notably clearly readily rapidly directly, simultaneously similarly likewise moreover
  additionally independently physically transcriptionally post-translationally preferentially roughly approximately
  nearly almost normally`));
/** "Not only … but also" adds to a claim: `tokenize` makes it one word, passed over as an adverb is. */
const NOT_ONLY = 'not only';
ADVERBS.add(NOT_ONLY);
const AUXILIARIES = words(`may might can could would will should must does do did has have had been is are was were be being
  appears appear appeared seems seem seemed to shown reported known thought believed found proposed suggested demonstrated
  observed considered expected predicted able required needed necessary sufficient`);
const BE = words('is are was were be been being get gets got become becomes became');
const NEGATIONS = words("not never no cannot can't doesn't don't didn't isn't aren't wasn't weren't won't fails fail failed unable neither nor without");
const INVERTING_POST = words(`knockout knockouts ko kd knockdown knockdowns deficiency deficient deletion deletions loss depletion depleted
  inhibition inhibitors inhibitor blockade blockers blocker silencing silenced ablation ablated inactivation inactivated
  antagonists antagonist null disruption downregulation suppression degradation exhaustion absence lacking starvation
  deprivation withdrawal restriction limitation resistance evasion escape tolerance defence defense insensitivity turnover breakdown
  refractoriness resistant refractory insensitive tolerant`);
const KEEPING_POST = words(`treated exposed overexpression overexpressing expression activation activity activities levels level protein proteins
  gene genes mrna signaling signalling itself alone treatment upregulation induction agonists agonist activators activator
  production abundance content function axis administration exposure supplementation accumulation overload
  concentration concentrations amount amounts sensitivity susceptibility vulnerability sensitization sensitive
  susceptible vulnerable prone`);
const INVERTING_PRE = words(`loss knockout knockdown deletion depletion inhibition blockade silencing deficiency ablation inactivation
  disruption lack absence downregulation suppression degradation breakdown turnover inhibiting blocking silencing deleting depleting
  knocking ablating inactivating antagonizing targeting`);
/** Words that open a prepositional phrase or a subordinate clause: an entity after one is not an agent. */
const PHRASE_OPENERS = words(`in by from than to on at into onto between among for against via through unlike like including after
  before during within upon under over whereas while although though`);
/** Before an entity, an amount lowered ("low GPX4 expression", "reduced FSP1 levels") reverses its effect. */
const LOWERING = words('low lower lowered reduced decreased diminished impaired attenuated limited insufficient defective weak weaker poor little less fewer');
/** …and an amount raised keeps it ("high ACSL4 levels"). */
const RAISING = words('high higher elevated increased enhanced augmented excessive abundant strong stronger more greater');
/**
 * What an amount is an amount of. Before a metabolite, "reduced" names an amount only before such a noun
 * ("reduced GSH levels"): before the bare metabolite it is a redox form ("reduced CoQ10" is ubiquinol, "reduced
 * iron" ferrous iron). Before a gene or a process it is always less ("reduced lipid peroxidation").
 */
const AMOUNT_NOUNS = words('expression levels level activity activities abundance content amount amounts concentration concentrations protein proteins mrna function signaling signalling');

/** Whether `word` before the entity at `entity` lowers (-1) or raises (1) its amount, or is no amount (0). */
function amountBefore(tokens: Tokens, word: string, entity: number): -1 | 0 | 1 {
  if (RAISING.has(word)) return 1;
  if (!LOWERING.has(word)) return 0;
  if (word !== 'reduced' || tokens.entityType(entity) !== 'metabolite') return -1;
  return AMOUNT_NOUNS.has(tokens.lower(entity + 1) ?? '') ? -1 : 0;
}
const KEEPING_PRE = words(`overexpression activation expression upregulation induction activity levels level presence addition
  overexpressing activating treatment administration supplementation restoration re-expression reexpression reconstitution
  reintroduction rescue`);
const OBJECT_FILLERS = words(`the a an its their cellular intracellular intratumoral intratumoural tumour tumor cancer cell cells
  expression levels level activity of protein mrna transcription transcriptional abundance content function
  lipid membrane human mouse murine hepatic in vitro vivo vitro surplus excess excessive free ferrous ferric
  extracellular labile cytosolic dietary exogenous endogenous total basal additional more less accumulation overload
  uptake intracellularly concentration concentrations amount amounts pool proportion proportions frequency frequencies
  number numbers percentage percentages share fraction infiltration recruitment population populations count counts
  density surface stability corresponding respective`);
const CLAUSE_INTRODUCERS = words('which who that');
/** A negated claim under a condition ("Once GSH was depleted, GPX4 no longer…") reports a consequence, not a denial. */
const CONDITIONAL = words('once when after if upon unless without whenever until');
const APPOSITION_STARTS = words('which who that a an the one');

/**
 * Adjectives of state: "X-knockout cells were resistant to ferroptosis" (negative), "X is required for
 * ferroptosis" (positive). Their effect, the preposition that introduces the object, and the adjective of the
 * opposite sign with the same preposition, which a fix writes.
 */
interface State {
  readonly sign: 1 | -1;
  readonly preposition: string;
  /** The adjective of the opposite sign that takes the same preposition, for fixes. */
  readonly opposite?: string;
  /**
   * 'requires': the holder needs the object ("GPX4 activity is independent of GSH"); 'needed-for': the holder is
   * what the object needs ("GSH is required for GPX4 activity"), read also as the object requiring the holder.
   */
  readonly dependence?: 'requires' | 'needed-for';
}

const STATES: ReadonlyMap<string, State> = new Map<string, State>([
  ['resistant', { sign: -1, preposition: 'to', opposite: 'sensitive' }], ['refractory', { sign: -1, preposition: 'to', opposite: 'sensitive' }],
  ['insensitive', { sign: -1, preposition: 'to', opposite: 'sensitive' }], ['sensitive', { sign: 1, preposition: 'to', opposite: 'resistant' }],
  ['susceptible', { sign: 1, preposition: 'to', opposite: 'resistant' }], ['vulnerable', { sign: 1, preposition: 'to', opposite: 'resistant' }],
  ['prone', { sign: 1, preposition: 'to', opposite: 'resistant' }],
  ['required', { sign: 1, preposition: 'for', opposite: 'dispensable', dependence: 'needed-for' }],
  ['essential', { sign: 1, preposition: 'for', opposite: 'dispensable', dependence: 'needed-for' }],
  ['necessary', { sign: 1, preposition: 'for', opposite: 'dispensable', dependence: 'needed-for' }],
  ['indispensable', { sign: 1, preposition: 'for', opposite: 'dispensable', dependence: 'needed-for' }],
  ['needed', { sign: 1, preposition: 'for', opposite: 'dispensable', dependence: 'needed-for' }],
  ['dispensable', { sign: -1, preposition: 'for', opposite: 'required', dependence: 'needed-for' }],
  ['dependent', { sign: 1, preposition: 'on', dependence: 'requires' }],
  ['reliant', { sign: 1, preposition: 'on', dependence: 'requires' }],
  ['independent', { sign: -1, preposition: 'of', dependence: 'requires' }],
]);

/** The adjective of state that says the opposite of `adjective` (lower case), or undefined. */
export function oppositeState(adjective: string): string | undefined {
  return STATES.get(adjective)?.opposite;
}

export interface VerbIndex {
  readonly forms: ReadonlyMap<string, { verb: VerbClass; slot: number }>;
  readonly agents: ReadonlyMap<string, VerbClass>;
  readonly actions: ReadonlyMap<string, VerbClass>;
  /** Every word a claim can be read from: most words of a sentence are none, and are passed over at once. */
  readonly triggers: WordSet;
}

/**
 * A set of lower-case words that answers most misses without hashing: a word whose first letter and length
 * begin no member is ruled out by one table read (most words of a sentence are such).
 */
export class WordSet {
  readonly #words: ReadonlySet<string>;
  /** Per ASCII first code unit, bit n set when some member of length n (31: 31 or more) starts with it. */
  readonly #lengths = new Uint32Array(128);

  constructor(words: Iterable<string>) {
    this.#words = new Set(words);
    for (const word of this.#words) {
      const first = word.charCodeAt(0);
      if (first < 128) this.#lengths[first]! |= 1 << Math.min(word.length, 31);
    }
  }

  has(word: string): boolean {
    const first = word.charCodeAt(0);
    if (first < 128 && ((this.#lengths[first]! >>> Math.min(word.length, 31)) & 1) === 0) return false;
    return this.#words.has(word);
  }
}

export function indexVerbs(verbs: readonly VerbClass[]): VerbIndex {
  const forms = new Map<string, { verb: VerbClass; slot: number }>();
  const agents = new Map<string, VerbClass>();
  const actions = new Map<string, VerbClass>();
  for (const verb of verbs) {
    verb.forms.forEach((form, slot) => {
      // The participle shares its spelling with the past tense of regular verbs; keep the earlier slot.
      if (!forms.has(form)) forms.set(form, { verb, slot });
    });
    if (verb.agent) {
      agents.set(verb.agent, verb);
      agents.set(`${verb.agent}s`, verb);
    }
    if (verb.action && verb.action !== verb.forms[0]) actions.set(verb.action, verb);
    for (const noun of verb.nouns ?? []) actions.set(noun, verb);
  }
  const triggers = new WordSet([...forms.keys(), ...agents.keys(), ...actions.keys(), ...STATES.keys(), ...TRANSPORT_FORMS.keys(), 'target', 'targets']);
  return { forms, agents, actions, triggers };
}

/**
 * Short words met before, by a hash of their lower-case letters: a manuscript repeats its words, and one found
 * here needs no new string, nor a lower-cased copy. Only ASCII words shorter than 13 characters, which V8 copies
 * when it slices them: a longer slice would keep the whole prose it was cut from alive.
 */
const MAX_KEPT_WORD = 13;
const KEPT_WORDS_SIZE = 4096;
const keptWords: string[] = new Array<string>(KEPT_WORDS_SIZE).fill('');

/**
 * Per slot, the kept word as two numbers: the codes (all below 128) of its first 7 characters, and of the rest,
 * as digits in base 128, exact in a double. Equal numbers are equal words, compared at once where comparing
 * letter by letter took a quarter of the tokenizer's time.
 */
const keptHead = new Float64Array(KEPT_WORDS_SIZE).fill(-1);
const keptTail = new Float64Array(KEPT_WORDS_SIZE);

/** text[i, j) in lower case, an ASCII word whose lower-case letters hash to `hash` and read `head`, `tail`. */
function keptWord(text: string, i: number, j: number, hash: number, head: number, tail: number): string {
  const slot = hash & (KEPT_WORDS_SIZE - 1);
  if (keptHead[slot] === head && keptTail[slot] === tail) return keptWords[slot]!;
  const word = text.slice(i, j).toLowerCase();
  keptWords[slot] = word;
  keptHead[slot] = head;
  keptTail[slot] = tail;
  return word;
}

/**
 * The tokens of the sentence text[start, end), whose mentions are among mentions[from, to). Their offsets, and so
 * those of the claims read from them, count from the sentence's start: a claim is cached with its sentence.
 */
export function tokenize(text: string, start: number, end: number, mentions: readonly ClaimMention[], from = 0, to = mentions.length, tokens = new Tokens()): Tokens {
  tokens.clear();
  let m = from;
  while (m < to && mentions[m]!.proseStart < start) m++;
  let nextMention = m < to ? mentions[m]!.proseStart : end;
  let i = start;
  while (i < end) {
    if (i === nextMention) {
      const mention = mentions[m]!;
      tokens.pushEntity(mention.proseStart - start, mention.proseEnd - start, mention.id, mention.type);
      i = mention.proseEnd;
      m++;
      nextMention = m < to ? mentions[m]!.proseStart : end;
      continue;
    }
    const stop = nextMention < end ? nextMention : end;
    const code = text.charCodeAt(i);
    if (code === 32 || code === 10 || code === 9 || code === 13 || code === 0xa0) {
      i++;
      continue;
    }
    if (isWordCode(code)) {
      // Words run on over letters and digits, and over an apostrophe followed by a letter ("cell's", and the
      // typographic "doesn’t", read as "doesn't"). Most are lower-case ASCII already: those need no copy.
      let lowerCase = code >= 97 && code <= 122;
      let ascii = code < 128;
      let hash = code >= 65 && code <= 90 ? code + 32 : code;
      // The word's codes in base 128, its first 7 characters in `head` and the next ones in `tail`.
      let head = hash;
      let tail = 0;
      let j = i + 1;
      for (; j < stop; j++) {
        const c = text.charCodeAt(j);
        if (c >= 97 && c <= 122) {
          hash = (hash * 31 + c) | 0;
          if (j - i < 7) head = head * 128 + c;
          else tail = tail * 128 + c;
          continue;
        }
        if (isWordCode(c) || ((c === 39 || c === 0x2019) && j + 1 < stop && isWordCode(text.charCodeAt(j + 1)))) {
          lowerCase = false;
          if (c >= 128) ascii = false;
          const folded = c >= 65 && c <= 90 ? c + 32 : c;
          hash = (hash * 31 + folded) | 0;
          if (j - i < 7) head = head * 128 + folded;
          else tail = tail * 128 + folded;
        } else break;
      }
      let lower: string;
      if (ascii && j - i < MAX_KEPT_WORD) lower = keptWord(text, i, j, hash, head, tail);
      else {
        const t = text.slice(i, j);
        lower = lowerCase ? t : t.toLowerCase();
        if (!ascii && lower.includes('’')) lower = lower.replaceAll('’', "'");
      }
      const only = lower === 'not' ? onlyAfter(text, j, stop) : -1;
      if (only >= 0) {
        tokens.push('word', NOT_ONLY, i - start, only - start, undefined);
        i = only;
        continue;
      }
      tokens.push('word', lower, i - start, j - start, undefined);
      i = j;
      continue;
    }
    if ((code >= 128 || code === 11 || code === 12) && /\s/.test(text[i]!)) {
      i++;
      continue;
    }
    const c = text[i]!;
    tokens.push('punct', c, i - start, i + 1 - start, undefined);
    i++;
  }
  return tokens;
}

/** Where " only" after text[, from) ends, in any case and followed by no word character; -1 if it does not. */
function onlyAfter(text: string, from: number, stop: number): number {
  let k = from;
  while (k < stop && text.charCodeAt(k) === 32) k++;
  if (k === from || k + 4 > stop) return -1;
  for (let c = 0; c < 4; c++) if ((text.charCodeAt(k + c) | 32) !== 'only'.charCodeAt(c)) return -1;
  return k + 4 < stop && isWordCode(text.charCodeAt(k + 4)) ? -1 : k + 4;
}

/** Reads the claims of one sentence. */
export function readClaims(tokens: Tokens, verbs: VerbIndex): Claim[] {
  const claims: Claim[] = [];
  for (let v = 0; v < tokens.length; v++) {
    if (tokens.kind(v) !== 'word' || !verbs.triggers.has(tokens.lower(v)!)) continue;
    const token = tokens.at(v)!;
    const transport = TRANSPORT_FORMS.get(token.lower);
    if (transport) {
      const claim = readTransportClaim(tokens, v, transport, verbs);
      if (claim) claims.push(claim);
      continue;
    }
    const form = verbs.forms.get(token.lower);
    if (form) {
      const claim = readVerbClaim(tokens, v, form.verb, form.slot, verbs);
      if (claim) {
        claims.push(claim);
        continue;
      }
    }
    const action = verbs.actions.get(token.lower) ?? (form && form.verb.action === token.lower ? form.verb : undefined);
    if (action) {
      const claim = readActionClaim(tokens, v, action) ?? readMediatedActionClaim(tokens, v, action);
      if (claim) claims.push(claim);
      continue;
    }
    const state = STATES.get(token.lower);
    if (state) {
      const claim = readStateClaim(tokens, v, state, verbs);
      if (claim) claims.push(claim);
      // "GSH is required for GPX4 activity" also says that GPX4 requires GSH.
      if (claim && state.dependence === 'needed-for') claims.push(reversedRequirement(claim));
      continue;
    }
    if (token.lower === 'target' || token.lower === 'targets') {
      const claim = readTargetClaim(tokens, v, verbs);
      if (claim) claims.push(claim);
      continue;
    }
    const agent = verbs.agents.get(token.lower);
    if (agent) {
      const claim = readAgentClaim(tokens, v, agent, verbs);
      if (claim) claims.push(claim);
    }
  }
  return claims;
}

export interface Modifiers {
  negated: boolean;
  negation?: { start: number; end: number };
  /** Negated by "no longer": what a change did, as "once…" says it. */
  noLonger?: boolean;
  directness?: 'direct' | 'indirect';
  directnessWord?: { start: number; end: number };
}

/** The claim fields that modifiers set (directness and negation, where the sentence states them), and the preposition. */
export function modifierFields(modifiers: Modifiers, preposition?: Claim['preposition']): ClaimDetails {
  return { directness: modifiers.directness, directnessWord: modifiers.directness && modifiers.directnessWord, negation: modifiers.negation, preposition };
}

/** Directness alone: a nominal claim ("no inhibition of…") keeps no span of its negation. */
function directnessFields(modifiers: Modifiers): ClaimDetails {
  return { directness: modifiers.directness, directnessWord: modifiers.directness && modifiers.directnessWord };
}

/** What every claim states; `newClaim` adds the details. */
type ClaimCore = Pick<Claim, 'subjects' | 'objects' | 'effect' | 'negated' | 'form' | 'start' | 'end' | 'verb'>;
type ClaimDetails = Pick<Claim, 'directness' | 'directnessWord' | 'negation' | 'preposition' | 'direction'>;

/**
 * A claim with every field present, undefined where the sentence states no such detail: all claims then have
 * one shape, made by a plain literal. Spreading the optional fields in made each claim through the runtime
 * (a sixth of the time the claim reader took on the LaTeX bench).
 */
export function newClaim(core: ClaimCore, details: ClaimDetails = {}): Claim {
  return {
    subjects: core.subjects,
    objects: core.objects,
    effect: core.effect,
    negated: core.negated,
    directness: details.directness,
    directnessWord: details.directnessWord,
    negation: details.negation,
    form: core.form,
    start: core.start,
    end: core.end,
    verb: core.verb,
    preposition: details.preposition,
    direction: details.direction,
  };
}

export function noteModifier(token: Token, modifiers: Modifiers): boolean {
  if (token.lower === 'directly' || token.lower === 'direct' || token.lower === 'covalent' || token.lower === 'covalently') {
    modifiers.directness = 'direct';
    modifiers.directnessWord = { start: token.start, end: token.end };
    return true;
  }
  if (token.lower === 'indirectly' || token.lower === 'indirect') {
    modifiers.directness = 'indirect';
    modifiers.directnessWord = { start: token.start, end: token.end };
    return true;
  }
  if (NEGATIONS.has(token.lower) || token.lower === "n't") {
    modifiers.negated = !modifiers.negated || token.lower === 'nor';
    modifiers.negation = modifiers.negation
      ? { start: Math.min(modifiers.negation.start, token.start), end: Math.max(modifiers.negation.end, token.end) }
      : { start: token.start, end: token.end };
    return true;
  }
  return false;
}

/** Walks left from `from` over adverbs, auxiliaries and negation; returns the index of the next token. */
export function skipLeftModifiers(tokens: Tokens, from: number, modifiers: Modifiers): number {
  let i = from;
  while (i >= 0) {
    const t = tokens.at(i)!;
    if (t.kind === 'punct' && t.lower === ')') {
      // "FSP1 overexpression (vs. empty vector) sensitized…", "GPX4 (Fig. 2B) suppresses…": an aside parts nothing.
      // But "engineered nanovesicles (eNVs-FAP) doubled…": a name in parentheses is the subject itself.
      const open = openingParenthesis(tokens, i);
      if (open === i - 2 && tokens.kind(i - 1) === 'entity' && tokens.kind(open - 1) === 'word') return i - 1;
      if (open <= 0) break;
      i = open - 1;
      continue;
    }
    if (t.kind === 'punct' && t.lower === ',') {
      // "Liraglutide, by contrast, upregulates…": a comma aside parts nothing either.
      const open = openingAsideComma(tokens, i);
      if (open <= 0) break;
      i = open - 1;
      continue;
    }
    if (t.kind !== 'word') break;
    if (noteModifier(t, modifiers)) {
      // "does not", "did not": the auxiliary belongs to the negation span for fixes.
      const before = tokens.at(i - 1);
      if (before && (before.lower === 'does' || before.lower === 'do' || before.lower === 'did') && modifiers.negation) {
        modifiers.negation = { start: before.start, end: modifiers.negation.end };
      }
      i--;
      continue;
    }
    if (t.lower === 'longer' && tokens.at(i - 1)?.lower === 'no') {
      modifiers.noLonger = true;
      i--;
      continue;
    }
    if (ADVERBS.has(t.lower) || AUXILIARIES.has(t.lower)) {
      i--;
      continue;
    }
    break;
  }
  return i;
}

/** Words of a short aside set off by commas between a subject and its verb ("X, in turn, inhibits Y"). */
const ASIDE_WORDS = words(`by in for contrast turn addition particular example instance however therefore thus moreover furthermore
  instead conversely similarly likewise notably importantly indeed meanwhile also though accordingly consequently hence
  interestingly surprisingly strikingly remarkably in vitro vivo`);

/**
 * The index of the comma that opens the aside closed by the comma at `close`, or -1: a few words of aside ("in
 * turn", "by contrast"), or a phrase of up to 8 words without an entry that a preposition opens ("unlike other
 * death modalities").
 */
function openingAsideComma(tokens: Tokens, close: number): number {
  let onlyAsideWords = true;
  let entities = false;
  for (let k = close - 1; k >= 0 && k >= close - 16; k--) {
    if (tokens.kind(k) === 'punct' && tokens.lower(k) !== '-' && tokens.lower(k) !== '/') {
      // "Metformin, which induces ferroptosis through the GPX4 axis, also increases…": a relative clause.
      if (tokens.lower(k) === ',' && CLAUSE_INTRODUCERS.has(tokens.lower(k + 1) ?? '') && tokens.kind(k - 1) === 'entity') return k;
      if (close - k > 9) return -1;
      if (tokens.lower(k) !== ',' || k === close - 1) return -1;
      const opener = tokens.lower(k + 1)!;
      // "IFN-γ, by repressing ACSL4 in tumour cells, reduces…": a phrase a preposition opens may name entries.
      if (PHRASE_OPENERS.has(opener) || ASIDE_WORDS.has(opener)) return k;
      // "bcc-USINPs, ultrasmall iron nanoparticles, induced…": an apposition right after the subject may too.
      // (or the apposition is another name of the subject: "bcc-USINPs, ultrasmall iron nanoparticles,").
      const renamed = tokens.kind(close - 1) === 'entity' && tokens.at(close - 1)!.id === tokens.at(k - 1)?.id;
      if (tokens.kind(k - 1) === 'entity' && (tokens.kind(close - 1) === 'word' || renamed)) return k;
      return onlyAsideWords && !entities && close - k <= 4 ? k : -1;
    }
    if (tokens.kind(k) === 'entity') entities = true;
    else if (tokens.kind(k) !== 'word' && tokens.lower(k) !== '-' && tokens.lower(k) !== '/') return -1;
    if (!ASIDE_WORDS.has(tokens.lower(k)!)) onlyAsideWords = false;
  }
  return -1;
}

/** The index of the "(" that the ")" at `close` closes, at most 16 tokens back; -1 if there is none. */
function openingParenthesis(tokens: Tokens, close: number): number {
  let depth = 0;
  for (let k = close; k >= 0 && k >= close - 16; k--) {
    const mark = tokens.kind(k) === 'punct' ? tokens.lower(k) : undefined;
    if (mark === ')') depth++;
    else if (mark === '(' && --depth === 0) return k;
  }
  return -1;
}

/**
 * The agent(s) that end at token `end` (inclusive), reading leftwards: optional post-modifiers (knockout,
 * expression), the entity, coordinated entities, and pre-modifiers (loss of, overexpression of).
 * Returns undefined when what stands there is not an agent.
 */
export function readPartiesLeft(tokens: Tokens, end: number, antecedent = false): ClaimParty[] | undefined {
  let i = end;
  let inverted = false;
  // Post-modifiers: "ACSL4 knockout", "GPX4-deficient", "SLC7A11 expression".
  while (i >= 0 && tokens.at(i)!.kind !== 'entity') {
    const t = tokens.at(i)!;
    if (t.kind === 'word' && INVERTING_POST.has(t.lower)) inverted = !inverted;
    else if (!(t.kind === 'word' && KEEPING_POST.has(t.lower)) && !(t.kind === 'punct' && t.lower === '-')) return undefined;
    i--;
    if (end - i > 4) return undefined;
  }
  if (i < 0) return undefined;
  const parties: ClaimParty[] = [];
  const first = partyAt(tokens, i, inverted, antecedent) ?? producedBy(tokens, i, inverted);
  if (!first) return undefined;
  parties.push(first.party);
  i = first.before;
  // Coordination: "RSL3, ML162 and FIN56"; a comma continues the list only after an "and"/"or".
  let linked = false;
  while (i >= 1) {
    const t = tokens.at(i)!;
    if ((t.lower === 'and' || t.lower === 'or' || t.lower === 'nor') && tokens.at(i - 1)!.kind === 'entity') {
      linked = true;
    } else if ((t.lower === 'and' || t.lower === 'or') && tokens.at(i - 1)!.lower === ',' && tokens.at(i - 2)?.kind === 'entity') {
      linked = true;
      i--;
    } else if (t.lower === ',' && linked && tokens.at(i - 1)!.kind === 'entity') {
      // continue the list
    } else {
      break;
    }
    const next = partyAt(tokens, i - 1, inverted);
    if (!next) return undefined;
    parties.unshift(next.party);
    i = next.before;
  }
  if (tokens.at(i)?.lower === 'both') i--;
  return parties;
}

/** "IFN-γ secreted by CD8⁺ T cells": the agent is what the cells make, not the cells. */
function producedBy(tokens: Tokens, index: number, inverted: boolean): { party: ClaimParty; before: number } | undefined {
  if (tokens.at(index - 1)?.lower !== 'by' || !/^(secreted|released|produced|derived|made|expressed|generated)$/.test(tokens.at(index - 2)?.lower ?? '')) return undefined;
  return partyAt(tokens, index - 3, inverted);
}

/** The entity at `index` with its pre-modifiers; `before` is the index left of them. */
function partyAt(tokens: Tokens, index: number, postInverted: boolean, antecedent = false): { party: ClaimParty; before: number } | undefined {
  const entity = tokens.at(index)!;
  if (entity.kind !== 'entity') return undefined;
  let inverted = postInverted;
  let before = index - 1;
  let start = entity.start;
  let amount: -1 | 0 | 1 = 0;
  // "restoration of wild-type p53": the genotype between the noun and the entity changes nothing.
  if (tokens.lower(before) === 'type' && tokens.lower(before - 1) === '-' && tokens.lower(before - 2) === 'wild' && tokens.lower(before - 3) === 'of') before -= 3;
  const previous = tokens.at(before);
  if (previous?.lower === 'of') {
    const noun = tokens.at(before - 1);
    if (noun && INVERTING_PRE.has(noun.lower)) inverted = !inverted;
    else if (!noun || !KEEPING_PRE.has(noun.lower)) return undefined;
    start = noun.start;
    before -= 2;
    if (tokens.at(before) && /^(genetic|pharmacological|pharmacologic|the|a|an)$/.test(tokens.at(before)!.lower)) before--;
  } else if (previous && previous.kind === 'word' && INVERTING_PRE.has(previous.lower) && previous.lower.endsWith('ing')) {
    inverted = !inverted;
    start = previous.start;
    before--;
  } else if (previous && previous.kind === 'word' && (amount = amountBefore(tokens, previous.lower, index)) !== 0) {
    if (amount === -1) inverted = !inverted;
    start = previous.start;
    before--;
    // "in low GPX4 cells": the amount is inside a prepositional phrase, as the entity is below.
    if (tokens.kind(before) === 'word' && PHRASE_OPENERS.has(tokens.lower(before)!)) return undefined;
  } else if (previous && previous.kind === 'word' && PHRASE_OPENERS.has(previous.lower) && !antecedent) {
    // The entity is inside a prepositional phrase or a subordinate clause: it is not the agent (but a relative
    // clause after it, "set by TFR1, which exports…", is about it all the same).
    return undefined;
  }
  return { party: { id: entity.id!, inverted, start, end: entity.end }, before };
}

/** Whether `word` introduces the object of a verb whose preposition is `preposition` ("protects from", "skews towards"). */
function takesPreposition(preposition: string, word: string): boolean {
  if (word === preposition) return true;
  if (preposition === 'against') return word === 'from';
  if (preposition === 'toward') return word === 'towards' || word === 'to' || word === 'into';
  return false;
}

/** Objects to the right of `from`: fillers, the entity, coordinated entities, and post-modifiers. */
export function readPartiesRight(
  tokens: Tokens,
  from: number,
  preposition?: string,
): { parties: ClaimParty[]; end: number; preposition?: { start: number; end: number } } | undefined {
  // "increased sensitivity to RSL3": the object is the ferroptosis that RSL3 induces; resistance reverses the sign.
  let i = from;
  let prepositionToken: Token | undefined;
  if (preposition) {
    // "sensitizes (tumour) cells to ferroptosis", "protects cells against/from ferroptosis"
    let hops = 0;
    while (i < tokens.length && !takesPreposition(preposition, tokens.at(i)!.lower)) {
      if ((tokens.at(i)!.kind === 'punct' && tokens.at(i)!.lower !== '-') || ++hops > 6) return undefined;
      i++;
    }
    if (i >= tokens.length) return undefined;
    prepositionToken = tokens.at(i)!;
    i++;
  }
  let hops = 0;
  let inverted = false;
  let reducedBefore = false;
  let toFerroptosis = false;
  while (i < tokens.length && tokens.at(i)!.kind !== 'entity') {
    const t = tokens.at(i)!;
    if (t.kind !== 'word' || ++hops > 5) return undefined;
    if (/^(sensitivity|susceptibility|vulnerability|resistance)$/.test(t.lower) && tokens.at(i + 1)?.lower === 'to') {
      if (t.lower === 'resistance') inverted = !inverted;
      toFerroptosis = true;
      i += 2;
      continue;
    }
    if (t.lower === 'of' && INVERTING_PRE.has(tokens.at(i - 1)?.lower ?? '')) inverted = !inverted;
    else if (t.lower === 'reduced') reducedBefore = true;
    else if (LOWERING.has(t.lower)) inverted = !inverted;
    else if (RAISING.has(t.lower)) {
      // "caused more lipid peroxidation": the amount raised keeps the sign
    } else if (INVERTING_PRE.has(t.lower) && tokens.at(i + 1)?.lower === 'of') {
      // counted at the "of"
    } else if ((t.lower === 'and' || t.lower === 'or') && hops > 1 && tokens.kind(i + 1) === 'word' && OBJECT_FILLERS.has(tokens.lower(i + 1)!)) {
      // "the stability and membrane localisation of PD-L1": two nouns of one object
    } else if (!OBJECT_FILLERS.has(t.lower) && !ADVERBS.has(t.lower) && !KEEPING_PRE.has(t.lower) && !/\d/.test(t.lower)) {
      // A word with a digit is a marker or a name ("CD206hi M2 macrophages", "HT-1080 cells"), no claim word.
      return undefined;
    }
    i++;
  }
  if (i >= tokens.length) return undefined;
  if (reducedBefore && amountBefore(tokens, 'reduced', i) === -1) inverted = !inverted;
  const parties: ClaimParty[] = [];
  let end = skipEntityModifiers(tokens, i);
  if (end < 0) return undefined;
  for (;;) {
    const entity = tokens.at(end)!;
    let post = end + 1;
    let partyInverted = inverted;
    while (post < tokens.length && (tokens.at(post)!.lower === '-' || (tokens.at(post)!.kind === 'word' && (INVERTING_POST.has(tokens.at(post)!.lower) || KEEPING_POST.has(tokens.at(post)!.lower))))) {
      if (INVERTING_POST.has(tokens.at(post)!.lower)) partyInverted = !partyInverted;
      post++;
    }
    const party = { id: entity.id!, inverted: partyInverted, start: entity.start, end: tokens.at(post - 1)!.end };
    parties.push(toFerroptosis ? ferroptosisFromInducer(party) : party);
    const link = tokens.at(post);
    const next = tokens.at(post + 1);
    if (link && (link.lower === 'and' || link.lower === 'or' || link.lower === 'nor' || link.lower === ',') && next?.kind === 'entity') {
      end = skipEntityModifiers(tokens, post + 1);
      if (end < 0) return { parties, end: post - 1, preposition: prepositionToken && { start: prepositionToken.start, end: prepositionToken.end } };
      continue;
    }
    if (link?.lower === ',' && (next?.lower === 'and' || next?.lower === 'or') && tokens.at(post + 2)?.kind === 'entity') {
      end = skipEntityModifiers(tokens, post + 2);
      if (end < 0) return { parties, end: post - 1, preposition: prepositionToken && { start: prepositionToken.start, end: prepositionToken.end } };
      continue;
    }
    return { parties, end: post - 1, preposition: prepositionToken && { start: prepositionToken.start, end: prepositionToken.end } };
  }
}

/**
 * An entity that only modifies what follows is not the party: "RSL3-induced ferroptosis" is about
 * ferroptosis, "transferrin-bound iron" about iron. Returns the index of the party, or -1.
 */
function skipEntityModifiers(tokens: Tokens, at: number): number {
  let i = at;
  for (let hops = 0; hops < 3; hops++) {
    if (tokens.at(i + 1)?.lower !== '-') return i;
    const word = tokens.at(i + 2)?.lower ?? '';
    if (/^(induced|mediated|triggered|driven|elicited|evoked|dependent)$/.test(word) && tokens.at(i + 3)?.kind === 'entity') {
      i += 3;
      continue;
    }
    if (/^(bound|loaded|derived|containing|rich|based|conjugated|coated|treated|exposed|primed|activated)$/.test(word)) {
      let j = i + 3;
      while (j < tokens.length && j < i + 6 && tokens.at(j)!.kind === 'word' && OBJECT_FILLERS.has(tokens.at(j)!.lower)) j++;
      if (tokens.at(j)?.kind === 'entity') {
        i = j;
        continue;
      }
      return -1;
    }
    return i;
  }
  return i;
}

function readVerbClaim(tokens: Tokens, v: number, verb: VerbClass, slot: number, verbs: VerbIndex): Claim | undefined {
  const modifiers: Modifiers = { negated: false };
  const left = skipLeftModifiers(tokens, v - 1, modifiers);
  const beforeIsBe = (() => {
    for (let k = v - 1; k > left; k--) if (BE.has(tokens.at(k)!.lower)) return true;
    return false;
  })();
  const verbToken = tokens.at(v)!;

  // Regular verbs spell past and participle alike; the index keeps the past slot for both.
  const participle = slot === 3 || (slot === 2 && verb.forms[2] === verb.forms[3]);
  if (beforeIsBe && participle) {
    // Passive: "SLC7A11 is (directly) repressed by p53".
    let k = v + 1;
    const after: Modifiers = modifiers;
    while (k < tokens.length && tokens.at(k)!.kind === 'word' && (ADVERBS.has(tokens.at(k)!.lower) || noteModifier(tokens.at(k)!, after))) k++;
    // A short place phrase may come before the agent: "is imported into enterocytes by ferroportin".
    if (/^(into|in|from|across|within|out)$/.test(tokens.at(k)?.lower ?? '')) {
      let by = k + 1;
      while (by < tokens.length && by < k + 5 && tokens.at(by)!.lower !== 'by' && tokens.at(by)!.kind !== 'punct') by++;
      if (tokens.at(by)?.lower === 'by') k = by;
    }
    if (tokens.at(k)?.lower !== 'by') return undefined;
    const agents = readPartiesRight(tokens, k + 1);
    const patients = left >= 0 ? readPartiesLeft(tokens, left) ?? relativeAntecedent(tokens, left) : undefined;
    if (!agents || !patients) return undefined;
    return newClaim(
      {
        subjects: agents.parties,
        objects: patients,
        effect: verb.effect,
        negated: modifiers.negated,
        form: ClaimForm.Passive,
        start: patients[0]!.start,
        end: tokens.at(agents.end)!.end,
        verb: { start: verbToken.start, end: verbToken.end, verb, slot: 3 },
      },
      modifierFields(modifiers),
    );
  }

  if (slot === 4 && !beforeIsBe) {
    // A gerund heads a phrase ("by inhibiting GPX4, RSL3…"): it counts after an entity ("X inhibiting Y"), or
    // after a verb whose subject it shares ("X promotes Y by inhibiting Z", "X activates Y, boosting Z").
    if (tokens.at(v - 1)?.kind !== 'entity' && !sharedSubjects(tokens, left, verbs, true)) return undefined;
  }
  if (participle && tokens.at(v - 1)?.lower === '-') return undefined; // "erastin-induced": a nominal form

  // Active: "FSP1 (does not) promote(s) ferroptosis".
  if (left < 0) return undefined;
  if (tokens.at(left)!.lower === 'and') {
    const shared = readSharedObjectClaim(tokens, v, left, verb, slot, modifiers, verbs);
    if (shared) return shared;
  }
  const subjects =
    readPartiesLeft(tokens, left) ?? relativeAntecedent(tokens, left) ?? coordinatedSubjects(tokens, left, verbs) ?? sharedSubjects(tokens, left, verbs, slot === 4) ?? pronounAntecedent(tokens, left, verbs);
  if (!subjects) return undefined;
  const first = tokens.indexStartingAt(subjects[0]!.start);
  if (tokens.at(first - 1)?.lower === 'neither') noteModifier(tokens.at(first - 1)!, modifiers);
  const after: Modifiers = modifiers;
  let k = v + 1;
  while (k < tokens.length && tokens.at(k)!.kind === 'word' && noteModifier(tokens.at(k)!, after)) k++;
  const objects = readPartiesRight(tokens, k, verb.preposition);
  if (!objects) return undefined;
  if (objectMayBeInducer(verb)) objects.parties = objects.parties.map(ferroptosisFromInducer);
  // "RSL3 inhibits GPX4 directly", "… GPX4 only indirectly, by depleting GSH"
  for (let a = objects.end + 1; a < Math.min(tokens.length, objects.end + 3); a++) {
    const t = tokens.at(a)!;
    if (t.kind !== 'word') break;
    if (t.lower === 'directly' || t.lower === 'indirectly') noteModifier(t, modifiers);
    else if (t.lower !== 'only' && t.lower !== 'also') break;
  }
  if (modifiers.negated && (modifiers.noLonger || CONDITIONAL.has(tokens.lower(0) ?? ''))) return undefined;
  return newClaim(
    {
      subjects,
      objects: objects.parties,
      effect: verb.effect,
      negated: modifiers.negated,
      form: ClaimForm.Active,
      start: subjects[0]!.start,
      end: tokens.at(objects.end)!.end,
      verb: { start: verbToken.start, end: verbToken.end, verb, slot },
    },
    modifierFields(modifiers, objects.preposition),
  );
}

/**
 * "ACSL4, which promotes ferroptosis" and "erastin, a system Xc⁻ inhibitor, induces…": the agent stands
 * before a comma that opens a relative clause or an apposition.
 */
export function relativeAntecedent(tokens: Tokens, at: number): ClaimParty[] | undefined {
  let i = at;
  if (tokens.at(i) && CLAUSE_INTRODUCERS.has(tokens.at(i)!.lower)) {
    if (tokens.at(i - 1)?.lower === ',') return readPartiesLeft(tokens, i - 2, true);
    // "erastin, a compound that inhibits…": an apposition of a few words between the comma and the clause;
    // "ferroptosis is a form of cell death that depends on…": a definition, the clause about its subject.
    for (let k = i - 1; k >= 0 && k >= i - 8; k--) {
      if (tokens.at(k)!.kind === 'word') {
        if (BE.has(tokens.lower(k)!) && /^(a|an)$/.test(tokens.lower(k + 1) ?? '') && tokens.kind(k - 1) === 'entity') return readPartiesLeft(tokens, k - 1);
        continue;
      }
      return tokens.at(k)!.lower === ',' && k >= i - 4 && APPOSITION_STARTS.has(tokens.at(k + 1)!.lower) ? readPartiesLeft(tokens, k - 1) : undefined;
    }
    return undefined;
  }
  if (tokens.at(i)?.lower !== ',') return undefined;
  // Find the comma that opens the inserted phrase.
  for (i = at - 1; i > 0; i--) {
    const t = tokens.at(i)!;
    if (t.lower === ';' || t.lower === '.') return undefined;
    if (t.lower === ',' && APPOSITION_STARTS.has(tokens.at(i + 1)?.lower ?? '')) return readPartiesLeft(tokens, i - 1);
  }
  return undefined;
}

/** Verbs that share a subject with a verb of claim: "erastin binds and (directly) inhibits GPX4". */
const COORDINATED_VERBS = words('binds bound targets targeted enters entered accumulates accumulated localizes localized interacts interacted');

/** The subject of "X binds and inhibits Y": the subject of the verb before the "and", if that is a verb. */
/** A verb that can share its subject with a verb after "and": "binds", "inhibits" (and, if `past`, "inhibited"). */
function isFirstCoordinatedVerb(token: Token | undefined, verbs: VerbIndex, past: boolean): boolean {
  if (token?.kind !== 'word') return false;
  const slot = verbs.forms.get(token.lower)?.slot;
  return COORDINATED_VERBS.has(token.lower) || slot === 1 || (past && slot === 2);
}

/** Words that give a second predicate the first one's subject ("X inhibits Y and thereby promotes Z", "X promotes Y by inhibiting Z"). */
const PREDICATE_LINKS = words('and but while thereby thus so by through via');
/** Verbs that state no claim of ours but have a subject that a linked predicate shares ("X kills cells by inhibiting Y"). */
const OTHER_FINITE_VERBS = words('kills killed acts acted works worked operates operated exerts exerted achieves achieved functions functioned');

/**
 * The subject of a predicate linked to an earlier one in the same clause: at `at` stands the link ("and", "but",
 * "thereby", "by"; for a gerund also a bare comma), and before it the earlier predicate, whose verb's subject
 * this one shares: "bcc-USINPs triggered ferroptosis but suppressed DC maturation", "DHODH promotes ferroptosis
 * by oxidizing CoQ10", "X activates Y, boosting Z and thereby restraining ferroptosis".
 */
export function sharedSubjects(tokens: Tokens, at: number, verbs: VerbIndex, gerund: boolean): ClaimParty[] | undefined {
  let k = at;
  let linked = false;
  while (k >= 0 && tokens.kind(k) !== 'entity' && (PREDICATE_LINKS.has(tokens.lower(k)!) || tokens.lower(k) === ',' || ADVERBS.has(tokens.lower(k)!))) {
    if (PREDICATE_LINKS.has(tokens.lower(k)!) || (gerund && tokens.lower(k) === ',')) linked = true;
    k--;
  }
  if (!linked || k < 0) return undefined;
  // "X and Y induce and inhibit Z, respectively": each verb has its own subject.
  for (let r = at; r < tokens.length; r++) if (tokens.lower(r) === 'respectively') return undefined;
  for (let j = k; j >= 0 && j > k - 14; j--) {
    const kind = tokens.kind(j);
    const word = tokens.lower(j)!;
    if (kind === 'punct' && (word === ';' || word === '.' || word === ':')) return undefined;
    if (kind !== 'word') continue;
    const slot = verbs.forms.get(word)?.slot;
    // A base form is finite after a plural subject ("RSL3 and ML162 trigger…"), which the reading below requires.
    const finite = slot === 0 || slot === 1 || slot === 2 || COORDINATED_VERBS.has(word) || OTHER_FINITE_VERBS.has(word);
    if (!finite && !(slot === 4 && tokens.kind(j - 1) === 'entity')) continue;
    const left = skipLeftModifiers(tokens, j - 1, { negated: false });
    if (left < 0) return undefined;
    const subjects = readPartiesLeft(tokens, left) ?? relativeAntecedent(tokens, left);
    // The claim is the linked predicate: its range starts at the link ("but suppressed DC maturation").
    const link = tokens.at(k + 1)!;
    return subjects?.map((s) => ({ ...s, start: link.start, end: link.end }));
  }
  return undefined;
}

/** Pronouns that stand for the subject of an earlier clause of the same sentence. */
const SUBJECT_PRONOUNS = words('it they');

/**
 * What the pronoun at `at` stands for: the subject of the first clause of the sentence whose verb has one
 * ("Although bcc-USINPs induced ferroptosis, they suppressed DC maturation"). Only within the sentence: the
 * claim reader does not see the sentence before.
 */
export function pronounAntecedent(tokens: Tokens, at: number, verbs: VerbIndex): ClaimParty[] | undefined {
  if (!SUBJECT_PRONOUNS.has(tokens.lower(at) ?? '')) return undefined;
  for (let j = 1; j < at; j++) {
    if (tokens.kind(j) !== 'word') continue;
    const word = tokens.lower(j)!;
    const slot = verbs.forms.get(word)?.slot;
    if (!(slot === 1 || slot === 2 || COORDINATED_VERBS.has(word) || OTHER_FINITE_VERBS.has(word))) continue;
    const left = skipLeftModifiers(tokens, j - 1, { negated: false });
    // The subject of a subordinate clause counts ("Although X…, they…").
    const subjects = left >= 0 ? readPartiesLeft(tokens, left, true) : undefined;
    // The claim is the pronoun's clause: its range starts at the pronoun.
    const pronoun = tokens.at(at)!;
    if (subjects) return subjects.map((s) => ({ ...s, start: pronoun.start, end: pronoun.end }));
  }
  return undefined;
}

function coordinatedSubjects(tokens: Tokens, at: number, verbs: VerbIndex): ClaimParty[] | undefined {
  if (tokens.at(at)?.lower !== 'and') return undefined;
  if (!isFirstCoordinatedVerb(tokens.at(at - 1), verbs, false)) return undefined;
  const left = skipLeftModifiers(tokens, at - 2, { negated: false });
  if (left < 0) return undefined;
  return readPartiesLeft(tokens, left) ?? relativeAntecedent(tokens, left);
}

/**
 * "Erastin binds GPX4 directly and blocks its catalytic site": the second verb shares the first one's subject,
 * "its" (or "their") stands for the first one's object, and a directness word after that object describes
 * how the subject reaches it for both verbs.
 */
function readSharedObjectClaim(tokens: Tokens, v: number, and: number, verb: VerbClass, slot: number, verbModifiers: Modifiers, verbs: VerbIndex): Claim | undefined {
  // A copy: what is noted here must not reach the ordinary reading of the verb when this one fails.
  const modifiers: Modifiers = { ...verbModifiers };
  let k = v + 1;
  while (k < tokens.length && tokens.at(k)!.kind === 'word' && noteModifier(tokens.at(k)!, modifiers)) k++;
  const pronoun = tokens.at(k);
  if (pronoun?.lower !== 'its' && pronoun?.lower !== 'their') return undefined;
  let o = and - 1;
  while (o >= 0 && tokens.at(o)!.kind === 'word' && (noteModifier(tokens.at(o)!, modifiers) || ADVERBS.has(tokens.at(o)!.lower))) o--;
  const object = tokens.at(o);
  if (object?.kind !== 'entity' || !isFirstCoordinatedVerb(tokens.at(o - 1), verbs, true)) return undefined;
  const left = skipLeftModifiers(tokens, o - 2, modifiers);
  const subjects = left >= 0 ? readPartiesLeft(tokens, left) : undefined;
  if (!subjects) return undefined;
  return newClaim(
    {
      subjects,
      objects: [{ id: object.id!, inverted: false, start: object.start, end: object.end }],
      effect: verb.effect,
      negated: modifiers.negated,
      form: ClaimForm.Active,
      start: subjects[0]!.start,
      end: tokens.at(nounPhraseEnd(tokens, k))!.end,
      verb: { start: tokens.at(v)!.start, end: tokens.at(v)!.end, verb, slot },
    },
    modifierFields(modifiers),
  );
}

/** The last word of the short noun phrase that `tokens.at(from)` begins ("its catalytic site"). */
function nounPhraseEnd(tokens: Tokens, from: number): number {
  let end = from;
  while (end + 1 < tokens.length && end < from + 3 && tokens.at(end + 1)!.kind === 'word' && !PHRASE_BREAKS.has(tokens.at(end + 1)!.lower)) end++;
  return end;
}
const PHRASE_BREAKS = words('and or but in on at by of to for with from into via through which that while whereas');

/** "inhibition of GPX4 by RSL3", "RSL3-mediated inhibition of GPX4". */
function readActionClaim(tokens: Tokens, v: number, verb: VerbClass): Claim | undefined {
  const noun = tokens.at(v)!;
  const of = tokens.at(v + 1)?.lower === 'of';
  // "protection of T cells from ferroptosis", "protection against ferroptosis": the object follows the
  // verb's preposition, and "of" names who is protected or sensitized.
  if (!of && !(verb.preposition && tokens.at(v + 1)?.lower === verb.preposition)) return undefined;
  const modifiers: Modifiers = { negated: false };
  const adjective = tokens.at(v - 1);
  if (adjective && adjective.kind === 'word') noteModifier(adjective, modifiers);
  const objects = verb.preposition ? readPartiesRight(tokens, v + 1, verb.preposition) : readPartiesRight(tokens, v + 2);
  if (!objects) return undefined;
  if (objectMayBeInducer(verb)) objects.parties = objects.parties.map(ferroptosisFromInducer);
  let subjects: ClaimParty[] | undefined;
  let start: number;
  let lastToken = objects.end;
  if (tokens.at(objects.end + 1)?.lower === 'by') {
    const agents = readPartiesRight(tokens, objects.end + 2);
    subjects = agents?.parties;
    if (agents) lastToken = agents.end;
    start = noun.start;
  } else {
    // "S-mediated inhibition of O"
    const mediated = tokens.at(modifiers.directness ? v - 2 : v - 1);
    const hyphen = tokens.at(modifiers.directness ? v - 3 : v - 2);
    const entity = tokens.at(modifiers.directness ? v - 4 : v - 3);
    if (!mediated || !/^(mediated|induced|driven|triggered|dependent)$/.test(mediated.lower) || hyphen?.lower !== '-' || entity?.kind !== 'entity') return undefined;
    subjects = [{ id: entity.id!, inverted: false, start: entity.start, end: entity.end }];
    start = entity.start;
  }
  if (!subjects || subjects.length === 0 || deniedAfter(tokens, lastToken + 1)) return undefined;
  if (tokens.at(v - 1)?.lower === 'no' || tokens.at(v - 2)?.lower === 'no') modifiers.negated = true;
  const last = subjects[subjects.length - 1]!;
  return newClaim(
    {
      subjects,
      objects: objects.parties,
      effect: verb.effect,
      negated: modifiers.negated,
      form: ClaimForm.Nominal,
      start,
      end: Math.max(last.end, tokens.at(objects.end)!.end),
      verb: { start: noun.start, end: noun.end, verb, slot: 'action' },
    },
    directnessFields(modifiers),
  );
}

/**
 * Agent nouns: "the GPX4 inhibitor RSL3", "RSL3, a GPX4 inhibitor,", "RSL3 is a (direct) GPX4 inhibitor",
 * "RSL3 is an inhibitor of GPX4", "the ferroptosis inducer erastin", "GPX4 inhibitors such as RSL3".
 */
function readAgentClaim(tokens: Tokens, v: number, verb: VerbClass, verbs: VerbIndex): Claim | undefined {
  const noun = tokens.at(v)!;
  const modifiers: Modifiers = { negated: false };
  let objectIndex = v - 1;
  let objectParty: ClaimParty | undefined;
  // "an inhibitor of GPX4"; "a brake on ferroptosis"
  const of = noun.lower === 'brake' || noun.lower === 'brakes' ? 'on' : 'of';
  if (tokens.at(v + 1)?.lower === of && tokens.at(v + 2)?.kind === 'entity') {
    const t = tokens.at(v + 2)!;
    objectParty = { id: t.id!, inverted: false, start: t.start, end: t.end };
    objectIndex = v + 2;
  } else if (tokens.at(objectIndex)?.kind === 'entity') {
    const t = tokens.at(objectIndex)!;
    objectParty = { id: t.id!, inverted: false, start: t.start, end: t.end };
  } else {
    return undefined;
  }
  // Adjectives before the noun phrase: "a potent direct GPX4 inhibitor".
  let k = (objectIndex < v ? objectIndex : v) - 1;
  while (k >= 0 && tokens.at(k)!.kind === 'word' && (noteModifier(tokens.at(k)!, modifiers) || /^(transcriptional|negative|positive|upstream|downstream|endogenous|physiological|potent|selective|specific|known|well-known|classical|classic|canonical|small|molecule|novel|strong|weak|pharmacological|covalent|irreversible|reversible|bona|fide|key|main|major|central|critical|important|crucial|principal|primary|master|chief|dominant|essential|prominent|leading)$/.test(tokens.at(k)!.lower))) k--;
  let subject: Token | undefined;
  let start = noun.start;
  let end = noun.end;
  const article = tokens.at(k);
  if (article && /^(a|an)$/.test(article.lower)) {
    // "S, a GPX4 inhibitor," or "S is (not) a GPX4 inhibitor" / "S acts as a …"
    let s = k - 1;
    if (tokens.at(s)?.lower === ',') s--;
    else {
      while (s >= 0 && tokens.at(s)!.kind === 'word' && (BE.has(tokens.at(s)!.lower) || /^(acts|act|acted|as|serves|serve|served|functions|function|remains|remain|used|employed|applied|added|given|acting|serving|functioning)$/.test(tokens.at(s)!.lower) || noteModifier(tokens.at(s)!, modifiers) || ADVERBS.has(tokens.at(s)!.lower))) s--;
    }
    // "Ferrostatin-1 (Fer-1, 1 μM), a ferroptosis inducer": the aside after the name parts nothing.
    if (tokens.at(s)?.lower === ')') s = openingParenthesis(tokens, s) - 1;
    if (tokens.at(s)?.kind === 'entity') {
      subject = tokens.at(s)!;
      start = subject.start;
      end = Math.max(end, objectParty.end);
    } else if (tokens.at(s)?.kind === 'word') {
      // "…; like RSL3, it acted as a direct inhibitor of GPX4": the pronoun stands for an earlier subject.
      const referred = pronounAntecedent(tokens, s, verbs);
      if (referred?.length === 1) {
        subject = { kind: 'entity', lower: '', id: referred[0]!.id, start: referred[0]!.start, end: referred[0]!.end };
        start = subject.start;
        end = Math.max(end, objectParty.end);
      }
    }
  } else if (article && article.lower === 'the' && tokens.at(k - 1)?.lower === ',' && tokens.at(k - 2)?.kind === 'entity' && objectIndex > v) {
    // "GPX4, the main driver of ferroptosis,"
    subject = tokens.at(k - 2)!;
    start = subject.start;
    end = Math.max(end, objectParty.end);
  } else if (article && /^(the)$/.test(article.lower) || objectIndex < v) {
    // "the GPX4 inhibitor RSL3", "GPX4 inhibitors such as RSL3", "GPX4 inhibitors (e.g. RSL3)"
    let s = v + 1;
    if (tokens.at(s)?.lower === 'such' && tokens.at(s + 1)?.lower === 'as') s += 2;
    else if (tokens.at(s)?.lower === '(') {
      s++;
      if (tokens.at(s)?.lower === 'e' && tokens.at(s + 1)?.lower === '.') s += 4; // e.g.,
    }
    if (tokens.at(s)?.kind === 'entity' && objectIndex < v) {
      subject = tokens.at(s)!;
      start = objectParty.start;
      end = subject.end;
    }
  }
  if (!subject) return undefined;
  return newClaim(
    {
      subjects: [{ id: subject.id!, inverted: false, start: subject.start, end: subject.end }],
      objects: [objectParty],
      effect: verb.effect,
      negated: modifiers.negated,
      form: ClaimForm.Agent,
      start,
      end,
      verb: { start: noun.start, end: noun.end, verb, slot: 'agent' },
    },
    modifierFields(modifiers),
  );
}

/** A verb class of the given effect, for claims stated without a verb of our list. */
export function verbOf(verbs: VerbIndex, lemma: string): VerbClass | undefined {
  return verbs.forms.get(lemma)?.verb;
}

/**
 * "FSP1-knockout cells were (more) resistant to ferroptosis", "Lipid peroxidation is (not) required for
 * ferroptosis": the subject's effect on the object, read from an adjective of state.
 */
function readStateClaim(tokens: Tokens, v: number, state: State, verbs: VerbIndex): Claim | undefined {
  const modifiers: Modifiers = { negated: false };
  let sign = state.sign;
  let i = v - 1;
  // "more/less/markedly" before the adjective; "less" reverses it.
  while (i >= 0 && tokens.at(i)!.kind === 'word' && /^(more|less|markedly|highly|much|far|even|significantly|strongly|fully|completely|largely|partially|absolutely|strictly|also|still|relatively)$/.test(tokens.at(i)!.lower)) {
    if (tokens.at(i)!.lower === 'less') sign = sign === 1 ? -1 : 1;
    i--;
  }
  // "were rendered resistant": the participle belongs to the copula.
  if (i > 0 && CAUSATIVES.has(tokens.at(i)!.lower) && BE.has(tokens.at(i - 1)!.lower)) i--;
  const left = skipLeftModifiers(tokens, i, modifiers);
  let end: number;
  if (left === i) {
    // Causative: "FSP1 overexpression made (these) cells more sensitive to ferroptosis": the holder between the
    // verb and the adjective is only the host; the state is caused by the subject of "made".
    let h = i;
    let hosts = 0; // a cell type named in the lexicon ("tumour cells", "CD8⁺ T cells") may be the holder
    while (h >= 0 && h > i - 6 && (tokens.at(h)!.kind === 'word' ? HOLDERS.has(tokens.at(h)!.lower) || isCellLineName(tokens, h) : tokens.at(h)!.kind === 'entity' ? hosts++ === 0 : tokens.lower(h) === '-' && (isCellLineName(tokens, h - 1) || isCellLineName(tokens, h + 1)))) h--;
    if (h === i || !CAUSATIVES.has(tokens.at(h)?.lower ?? '')) return undefined;
    end = skipLeftModifiers(tokens, h - 1, modifiers);
  } else {
    if (!someBetween(tokens, left + 1, i + 1, (t) => BE.has(t.lower) || /^(remained|remain|remains|became|become|becomes)$/.test(t.lower))) return undefined;
    end = holderEnd(tokens, left);
  }
  const subjects = readPartiesLeft(tokens, end) ?? cellsLacking(tokens, left) ?? theseCells(tokens, end, left);
  if (!subjects) return undefined;
  if (tokens.at(v + 1)?.lower !== state.preposition) return undefined;
  const objects = readPartiesRight(tokens, v + 2);
  if (!objects) return undefined;
  const requires = state.dependence === 'requires';
  const verb = verbOf(verbs, requires ? 'require' : sign === 1 ? 'promote' : 'suppress');
  if (!verb) return undefined;
  if (modifiers.negated && (modifiers.noLonger || CONDITIONAL.has(tokens.lower(0) ?? ''))) return undefined;
  return newClaim(
    {
      subjects,
      objects: requires ? objects.parties : objects.parties.map((o) => ferroptosisFromInducer(o)),
      // "independent of" is "does not require"
      effect: requires ? 'requires' : sign === 1 ? 'positive' : 'negative',
      negated: requires && sign === -1 ? !modifiers.negated : modifiers.negated,
      form: ClaimForm.State,
      start: subjects[0]!.start,
      end: tokens.at(objects.end)!.end,
      verb: { start: tokens.at(v)!.start, end: tokens.at(v)!.end, verb, slot: 'state' },
    },
    { negation: modifiers.negation },
  );
}

/**
 * Where the entry ends that a holder ending at `left` stands for: "FSP1-knockout cells", "Gpx4-knockout Treg
 * cells" (a cell entity that is only the host), or the entity itself.
 */
function holderEnd(tokens: Tokens, left: number): number {
  let end = left;
  while (end >= 0 && ((tokens.kind(end) === 'word' && (CELLS.has(tokens.lower(end)!) || isCellLineName(tokens, end))) || (tokens.lower(end) === '-' && isCellLineName(tokens, end - 1)))) end--;
  if (tokens.kind(end) === 'entity' && tokens.kind(end - 1) === 'word' && INVERTING_POST.has(tokens.lower(end - 1)!)) end--;
  return end;
}

/** The parties a holder ending at `left` stands for ("GPX4-deficient Treg cells", "cells lacking GPX4"), if any. */
export function holderParties(tokens: Tokens, left: number): ClaimParty[] | undefined {
  return readPartiesLeft(tokens, holderEnd(tokens, left)) ?? cellsLacking(tokens, left);
}

/** "O is required for S" read as "S requires O"; "dispensable for", or a negation, as "does not require". */
function reversedRequirement(claim: Claim): Claim {
  const needed = claim.effect === 'positive';
  return newClaim(
    { ...claim, subjects: claim.objects, objects: claim.subjects, effect: 'requires', negated: needed ? claim.negated : !claim.negated },
    { negation: claim.negation },
  );
}

/**
 * The holder "cells lacking GPX4" (or without it, deficient in it, depleted of it) ending at the entity at
 * `at`: the entity, its effect reversed, over the whole phrase.
 */
function cellsLacking(tokens: Tokens, at: number): ClaimParty[] | undefined {
  const entity = tokens.at(at);
  if (entity?.kind !== 'entity') return undefined;
  let k = at - 1;
  const word = tokens.lower(k);
  if (word === 'in' && tokens.lower(k - 1) === 'deficient') k--;
  else if (word === 'of' && (tokens.lower(k - 1) === 'depleted' || tokens.lower(k - 1) === 'devoid')) k--;
  else if (word !== 'lacking' && word !== 'without') return undefined;
  const holder = tokens.at(k - 1);
  if (holder?.kind !== 'word' || !CELLS.has(holder.lower)) return undefined;
  return [{ id: entity.id!, inverted: true, start: holder.start, end: entity.end }];
}

/**
 * The subject of "These cells were resistant to ferroptosis", opening a sentence: the cells the sentence before
 * made ("ACSL4-knockout cells"). The claim names them `PREVIOUS_CELLS`, and the checker resolves it from the
 * sentence before, which is not among these tokens.
 */
export const PREVIOUS_CELLS = '@previous-cells';

function theseCells(tokens: Tokens, at: number, holderEnd: number): ClaimParty[] | undefined {
  if (at !== 0 || !/^(these|those|such|the)$/.test(tokens.at(0)?.lower ?? '') || holderEnd < 1) return undefined;
  for (let k = 1; k <= holderEnd; k++) if (tokens.at(k)!.kind !== 'word') return undefined;
  return [{ id: PREVIOUS_CELLS, inverted: false, start: tokens.at(0)!.start, end: tokens.at(holderEnd)!.end }];
}

/** A word of a cell line's name ("HT-1080", "A549", "4T1", "HepG2"): one with a digit in it, or hyphened to one. */
function isCellLineName(tokens: Tokens, k: number): boolean {
  const hasDigit = (j: number): boolean => tokens.kind(j) === 'word' && /\d/.test(tokens.lower(j)!);
  return hasDigit(k) || (tokens.kind(k) === 'word' && tokens.lower(k + 1) === '-' && hasDigit(k + 2));
}

/** Verbs that give their object a state ("renders cells resistant"), and the words of such an object. */
const CAUSATIVES = words('render renders rendered rendering make makes made making leave leaves left');
const CELLS = words('cells cell lines line mice tumours tumors clones organoids');
const HOLDERS = words(`${[...CELLS].join(' ')} these those the such them tumour tumor cancer`);

/** "GPX4 is the direct target of erastin": erastin acts on GPX4 itself. */
function readTargetClaim(tokens: Tokens, v: number, verbs: VerbIndex): Claim | undefined {
  const direct = tokens.at(v - 1)?.lower === 'direct' ? tokens.at(v - 1)! : undefined;
  const article = tokens.at(direct ? v - 2 : v - 1);
  if (!article || !/^(the|a|an)$/.test(article.lower) || tokens.at(v + 1)?.lower !== 'of' || tokens.at(v + 2)?.kind !== 'entity') return undefined;
  const modifiers: Modifiers = { negated: false };
  const left = skipLeftModifiers(tokens, (direct ? v - 3 : v - 2), modifiers);
  const objects = readPartiesLeft(tokens, left);
  const subject = tokens.at(v + 2)!;
  const verb = verbOf(verbs, 'inhibit');
  if (!objects || !direct || !verb) return undefined;
  return newClaim(
    {
      subjects: [{ id: subject.id!, inverted: false, start: subject.start, end: subject.end }],
      objects,
      effect: 'negative',
      negated: modifiers.negated,
      form: ClaimForm.Agent,
      start: objects[0]!.start,
      end: subject.end,
      verb: { start: tokens.at(v)!.start, end: tokens.at(v)!.end, verb, slot: 'state' },
    },
    { directness: 'direct', directnessWord: { start: direct.start, end: direct.end } },
  );
}

/** "Ferroportin-mediated iron uptake", "TFR1-mediated iron efflux": S acts on O as the action noun says. */
function readMediatedActionClaim(tokens: Tokens, v: number, verb: VerbClass): Claim | undefined {
  const object = tokens.at(v - 1);
  if (object?.kind === 'entity' && /^(mediates|mediate|mediated|drives|drive|performs|catalyzes|catalyses|carries)$/.test(tokens.at(v - 2)?.lower ?? '')) {
    // "ferroportin mediates iron import"
    const modifiers: Modifiers = { negated: false };
    const left = skipLeftModifiers(tokens, v - 3, modifiers);
    const subjects = left >= 0 ? readPartiesLeft(tokens, left) : undefined;
    if (!subjects || deniedAfter(tokens, v + 1)) return undefined;
    return newClaim(
      {
        subjects,
        objects: [{ id: object.id!, inverted: false, start: object.start, end: object.end }],
        effect: verb.effect,
        negated: modifiers.negated,
        form: ClaimForm.Nominal,
        start: subjects[0]!.start,
        end: tokens.at(v)!.end,
        verb: { start: tokens.at(v)!.start, end: tokens.at(v)!.end, verb, slot: 'action' },
      },
      { negation: modifiers.negation },
    );
  }
  const [s, hyphen, mediated] = [tokens.at(v - 4), tokens.at(v - 3), tokens.at(v - 2)];
  if (object?.kind !== 'entity' || s?.kind !== 'entity' || hyphen?.lower !== '-' || !/^(mediated|dependent|driven|induced)$/.test(mediated?.lower ?? '')) return undefined;
  if (deniedAfter(tokens, v + 1)) return undefined;
  return newClaim({
    subjects: [{ id: s.id!, inverted: false, start: s.start, end: s.end }],
    objects: [{ id: object.id!, inverted: false, start: object.start, end: object.end }],
    effect: verb.effect,
    negated: false,
    form: ClaimForm.Nominal,
    start: s.start,
    end: tokens.at(v)!.end,
    verb: { start: tokens.at(v)!.start, end: tokens.at(v)!.end, verb, slot: 'action' },
  });
}

const REPORTING_AUXILIARIES: ReadonlySet<string> = new Set(['was', 'were', 'is', 'are', 'been', 'did', 'does', 'do', 'could', 'can']);
const UNSEEN: ReadonlySet<string> = new Set(['observed', 'detected', 'found', 'seen', 'evident', 'apparent', 'detectable', 'occur', 'happen']);

/**
 * Whether the predicate after a nominal claim, from token `i`, denies that it happened: "X-mediated inhibition
 * of Y (in these cells) was not observed / did not occur / was absent". Such a sentence reports an experiment
 * and states no mechanism either way, so the claim is dropped rather than negated.
 */
function deniedAfter(tokens: Tokens, i: number): boolean {
  let k = i;
  // Past a short prepositional phrase ("in HT-1080 cells"), up to the auxiliary.
  while (k < tokens.length && k < i + 6 && !REPORTING_AUXILIARIES.has(tokens.at(k)!.lower)) {
    if (tokens.at(k)!.kind === 'punct' && tokens.at(k)!.lower !== '-') return false;
    k++;
  }
  if (!REPORTING_AUXILIARIES.has(tokens.at(k)?.lower ?? '')) return false;
  const next = tokens.at(k + 1)?.lower;
  if (next === 'absent' || next === 'undetectable') return true;
  if (next !== 'not' && next !== 'never') return false;
  const word = tokens.at(k + 2)?.lower === 'be' ? tokens.at(k + 3)?.lower : tokens.at(k + 2)?.lower;
  return word !== undefined && UNSEEN.has(word);
}

/** Verbs of transport that have no direction of their own: the place after them gives it. */
const DIRECTIONLESS_TRANSPORT: readonly (readonly [string, string, string, string, string])[] = [
  ['transport', 'transports', 'transported', 'transported', 'transporting'],
  ['shuttle', 'shuttles', 'shuttled', 'shuttled', 'shuttling'],
  ['pump', 'pumps', 'pumped', 'pumped', 'pumping'],
];
interface TransportForm {
  readonly slot: number;
  readonly inward: VerbClass;
  readonly outward: VerbClass;
}
const TRANSPORT_FORMS: ReadonlyMap<string, TransportForm> = (() => {
  const map = new Map<string, TransportForm>();
  for (const forms of DIRECTIONLESS_TRANSPORT) {
    const inward: VerbClass = { lemma: forms[0], effect: 'import', forms };
    const outward: VerbClass = { lemma: forms[0], effect: 'export', forms };
    // The participle shares its spelling with the past tense; keep the earlier slot, as the verb index does.
    forms.forEach((form, slot) => map.has(form) || map.set(form, { slot, inward, outward }));
  }
  return map;
})();
/** Places inside a cell, and outside one, that a preposition of transport can name. */
const INSIDE = words('cell cells cytosol cytoplasm intracellular enterocyte enterocytes hepatocyte hepatocytes macrophage macrophages neuron neurons erythroblasts');
const OUTSIDE = words('blood bloodstream circulation plasma serum extracellular lumen medium');

/**
 * "Ferroportin transports iron into enterocytes", "iron is pumped out of the cell by ferroportin": the first
 * preposition of place after the verb that names the inside or the outside of a cell gives the direction
 * ("into" the cell or "from" the blood is import). A place the reader does not know gives no claim.
 */
function readTransportClaim(tokens: Tokens, v: number, transport: TransportForm, verbs: VerbIndex): Claim | undefined {
  for (let k = v + 1; k < tokens.length && k < v + 10; k++) {
    const t = tokens.at(k)!;
    if (t.kind === 'punct' && t.lower !== '-') return undefined;
    const outOf = t.lower === 'out' && tokens.at(k + 1)?.lower === 'of';
    if (t.lower !== 'into' && t.lower !== 'from' && !outOf) continue;
    const place = placeAfter(tokens, outOf ? k + 2 : k + 1);
    if (!place) continue;
    const inward = t.lower === 'into' ? place.where === 'inside' : t.lower === 'from' && place.where === 'outside';
    const claim = readVerbClaim(tokens, v, inward ? transport.inward : transport.outward, transport.slot, verbs);
    if (!claim) return undefined;
    const end = outOf ? tokens.at(k + 1)!.end : t.end;
    const reversed = place.where !== 'inside' ? undefined : t.lower === 'into' ? 'out of' : 'into';
    // The place is part of what the sentence gets wrong: the claim's range takes it in.
    return newClaim({ ...claim, end: Math.max(claim.end, place.end) }, { ...claim, direction: { start: t.start, end, ...(reversed && { reversed }) } });
  }
  return undefined;
}

/** Whether the words from `i` name the inside or the outside of a cell ("the intestinal lumen", "CD8⁺ T cells"). */
function placeAfter(tokens: Tokens, i: number): { where: 'inside' | 'outside'; end: number } | undefined {
  for (let j = i; j < tokens.length && j < i + 4; j++) {
    const t = tokens.at(j)!;
    if (t.kind === 'punct') return undefined;
    if (INSIDE.has(t.lower)) return { where: 'inside', end: t.end };
    if (OUTSIDE.has(t.lower)) return { where: 'outside', end: t.end };
  }
  return undefined;
}

/** "sensitizes cells to erastin", "protects against RSL3": after these prepositions an inducer stands for its ferroptosis. */
function objectMayBeInducer(verb: VerbClass): boolean {
  return verb.preposition === 'to' || verb.preposition === 'against' || verb.preposition === 'from' || verb.preposition === 'in';
}

/** Sensitivity "to erastin" means to the ferroptosis erastin induces: such an object stands for ferroptosis. */
const FERROPTOSIS_INDUCERS: ReadonlySet<string> = new Set(['erastin', 'rsl3', 'ml162', 'fin56', 'fino2', 'sorafenib', 'sulfasalazine', 'artesunate', 'artemisinin']);
function ferroptosisFromInducer(party: ClaimParty): ClaimParty {
  const standsFor = objectStandsFor(party.id);
  return standsFor ? { ...party, id: standsFor } : party;
}

/** The entry an object of a claim may stand for besides its own: ferroptosis, for an inducer of it. */
export function objectStandsFor(id: string): string | undefined {
  return FERROPTOSIS_INDUCERS.has(id) ? 'ferroptosis' : undefined;
}

/**
 * Whether token k names what the process before it is about ("ferroptosis resistance", "ferroptosis-sensitive
 * state"): "FSP1-mediated ferroptosis resistance" is no claim that FSP1 mediates ferroptosis.
 */
function headsCompound(tokens: Tokens, k: number): boolean {
  const head = tokens.lower(k) === '-' ? k + 1 : k;
  const word = tokens.kind(head) === 'word' ? tokens.lower(head)! : '';
  return INVERTING_POST.has(word) || KEEPING_POST.has(word);
}

/** "erastin-induced ferroptosis", "CD36-mediated ferroptosis": the entity promotes the process. */
export function readInducedClaims(tokens: Tokens, isProcess: (id: string) => boolean, promote: VerbClass | undefined): Claim[] {
  if (!promote) return [];
  const claims: Claim[] = [];
  for (let i = 0; i + 3 < tokens.length; i++) {
    if (tokens.kind(i) !== 'entity' || tokens.lower(i + 1) !== '-') continue;
    const s = tokens.at(i)!;
    const word = tokens.at(i + 2)!;
    const o = tokens.at(i + 3)!;
    if (!/^(induced|mediated|driven|triggered|elicited|evoked)$/.test(word.lower)) continue;
    if (o.kind !== 'entity' || !isProcess(o.id!) || deniedAfter(tokens, i + 4) || headsCompound(tokens, i + 4)) continue;
    claims.push(
      newClaim({
        subjects: [{ id: s.id!, inverted: false, start: s.start, end: s.end }],
        objects: [{ id: o.id!, inverted: false, start: o.start, end: o.end }],
        effect: 'positive',
        negated: false,
        form: ClaimForm.Induced,
        start: s.start,
        end: o.end,
        verb: { start: word.start, end: word.end, verb: promote, slot: 3 },
      }),
    );
  }
  return claims;
}
