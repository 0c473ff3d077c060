/**
 * The claim reader: a small rule engine over the tokens of one sentence (entity mentions, words, punctuation)
 * that finds statements of the form "subject acts on object" — in active or passive voice, as nominal forms,
 * with coordination, relative clauses, sign changes (knockout of X), negation and directness — using the verb
 * classes of the lexicon. Questions and open hypotheses state nothing and are skipped. Precision comes first:
 * a construction the rules do not understand yields no claim.
 */
import type { VerbClass, VerbEffect } from './lexicon';

export interface ClaimMention {
  readonly proseStart: number;
  readonly proseEnd: number;
  readonly id: string;
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
}

export interface Claim {
  readonly subjects: readonly ClaimParty[];
  readonly objects: readonly ClaimParty[];
  readonly effect: VerbEffect;
  readonly negated: boolean;
  /** 'direct' or 'indirect' when the sentence says so. */
  readonly directness?: 'direct' | 'indirect';
  readonly form: ClaimForm;
  /** Prose range of the whole claim. */
  readonly start: number;
  readonly end: number;
  /** The word that states the effect, for fixes; `slot` is its form (0 base … 4 gerund) or 'agent'/'action'. */
  readonly verb: { readonly start: number; readonly end: number; readonly verb: VerbClass; readonly slot: number | 'agent' | 'action' };
  /** The directness word, for fixes. */
  readonly directnessWord?: { readonly start: number; readonly end: number };
  /** The negation words ("does not", "no longer"), for fixes. */
  readonly negation?: { readonly start: number; readonly end: number };
}

interface Token {
  readonly kind: 'entity' | 'word' | 'punct';
  readonly text: string;
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  readonly id?: string;
}

const words = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/).filter(Boolean));

const ADVERBS = words(`also further furthermore directly indirectly strongly significantly markedly potently robustly efficiently
  specifically selectively partially partly completely fully effectively thereby thus consequently therefore only largely
  mainly primarily subsequently then still often consistently substantially dramatically greatly reportedly generally
  typically normally ultimately both commonly probably likely possibly apparently presumably in turn indeed actually
  profoundly critically essentially notably clearly readily rapidly directly, simultaneously similarly likewise moreover
  additionally independently physically transcriptionally post-translationally preferentially`);
const AUXILIARIES = words(`may might can could would will should must does do did has have had been is are was were be being
  appears appear appeared seems seem seemed to shown reported known thought believed found proposed suggested demonstrated
  observed considered expected predicted able`);
const BE = words('is are was were be been being get gets got become becomes became');
const NEGATIONS = words("not never no cannot can't doesn't don't didn't isn't aren't wasn't weren't won't fails fail failed unable neither nor without");
const INVERTING_POST = words(`knockout knockouts knockdown knockdowns deficiency deficient deletion deletions loss depletion depleted
  inhibition inhibitors inhibitor blockade blockers blocker silencing silenced ablation ablated inactivation inactivated
  antagonists antagonist null disruption downregulation suppression degradation exhaustion absence lacking`);
const KEEPING_POST = words(`overexpression overexpressing expression activation activity activities levels level protein proteins
  gene genes mrna signaling signalling itself alone treatment upregulation induction agonists agonist activators activator
  production abundance content function axis administration exposure supplementation`);
const INVERTING_PRE = words(`loss knockout knockdown deletion depletion inhibition blockade silencing deficiency ablation inactivation
  disruption lack absence downregulation suppression degradation inhibiting blocking silencing deleting depleting
  knocking ablating inactivating antagonizing targeting`);
const KEEPING_PRE = words('overexpression activation expression upregulation induction activity levels level presence addition overexpressing activating treatment administration supplementation');
const OBJECT_FILLERS = words(`the a an its their cellular intracellular intratumoral intratumoural tumour tumor cancer cell cells
  expression levels level activity of protein mrna transcription transcriptional abundance content function
  lipid membrane human mouse murine hepatic in vitro vivo vitro`);
const CLAUSE_INTRODUCERS = words('which who that');
const APPOSITION_STARTS = words('which who that a an the one');
const HYPOTHESIS = /\b(whether|if and how|remains? (?:to be|unclear|unknown|elusive|controversial|debated|uncertain|an open question)|(?:is|are|was|were) (?:still )?(?:unclear|unknown|uncertain|debated|controversial)|we (?:asked|ask|tested|test|examined|examine|investigated|investigate|hypothesi[sz]ed|hypothesi[sz]e)|hypothes[ie]s|it is not known|open question|rather than)\b/i;

export interface VerbIndex {
  readonly forms: ReadonlyMap<string, { verb: VerbClass; slot: number }>;
  readonly agents: ReadonlyMap<string, VerbClass>;
  readonly actions: ReadonlyMap<string, VerbClass>;
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
  }
  return { forms, agents, actions };
}

export function isHypothesis(sentence: string): boolean {
  return sentence.trimEnd().endsWith('?') || HYPOTHESIS.test(sentence);
}

export function tokenize(text: string, start: number, end: number, mentions: readonly ClaimMention[]): Token[] {
  const tokens: Token[] = [];
  let m = 0;
  while (m < mentions.length && mentions[m]!.proseStart < start) m++;
  let i = start;
  while (i < end) {
    const mention = mentions[m];
    if (mention && mention.proseStart === i) {
      const t = text.slice(mention.proseStart, mention.proseEnd);
      tokens.push({ kind: 'entity', text: t, lower: t.toLowerCase(), start: mention.proseStart, end: mention.proseEnd, id: mention.id });
      i = mention.proseEnd;
      m++;
      continue;
    }
    const stop = mention && mention.proseStart < end ? mention.proseStart : end;
    const c = text[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (/[\p{L}\p{N}]/u.test(c)) {
      let j = i + 1;
      while (j < stop && (/[\p{L}\p{N}]/u.test(text[j]!) || (text[j] === "'" && /\p{L}/u.test(text[j + 1] ?? '')))) j++;
      const t = text.slice(i, j);
      tokens.push({ kind: 'word', text: t, lower: t.toLowerCase(), start: i, end: j });
      i = j;
      continue;
    }
    tokens.push({ kind: 'punct', text: c, lower: c, start: i, end: i + 1 });
    i++;
  }
  return tokens;
}

/** Reads the claims of one sentence. */
export function readClaims(tokens: readonly Token[], verbs: VerbIndex): Claim[] {
  const claims: Claim[] = [];
  for (let v = 0; v < tokens.length; v++) {
    const token = tokens[v]!;
    if (token.kind !== 'word') continue;
    const form = verbs.forms.get(token.lower);
    if (form) {
      const claim = readVerbClaim(tokens, v, form.verb, form.slot);
      if (claim) claims.push(claim);
      continue;
    }
    const action = verbs.actions.get(token.lower);
    if (action) {
      const claim = readActionClaim(tokens, v, action);
      if (claim) claims.push(claim);
      continue;
    }
    const agent = verbs.agents.get(token.lower);
    if (agent) {
      const claim = readAgentClaim(tokens, v, agent);
      if (claim) claims.push(claim);
    }
  }
  return claims;
}

interface Modifiers {
  negated: boolean;
  negation?: { start: number; end: number };
  directness?: 'direct' | 'indirect';
  directnessWord?: { start: number; end: number };
}

function noteModifier(token: Token, modifiers: Modifiers): boolean {
  if (token.lower === 'directly' || token.lower === 'direct') {
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
function skipLeftModifiers(tokens: readonly Token[], from: number, modifiers: Modifiers): number {
  let i = from;
  while (i >= 0) {
    const t = tokens[i]!;
    if (t.kind !== 'word') break;
    if (noteModifier(t, modifiers)) {
      // "does not", "did not": the auxiliary belongs to the negation span for fixes.
      const before = tokens[i - 1];
      if (before && (before.lower === 'does' || before.lower === 'do' || before.lower === 'did') && modifiers.negation) {
        modifiers.negation = { start: before.start, end: modifiers.negation.end };
      }
      i--;
      continue;
    }
    if (t.lower === 'longer' && tokens[i - 1]?.lower === 'no') {
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

/**
 * The agent(s) that end at token `end` (inclusive), reading leftwards: optional post-modifiers (knockout,
 * expression), the entity, coordinated entities, and pre-modifiers (loss of, overexpression of).
 * Returns undefined when what stands there is not an agent.
 */
function readPartiesLeft(tokens: readonly Token[], end: number): ClaimParty[] | undefined {
  let i = end;
  let inverted = false;
  // Post-modifiers: "ACSL4 knockout", "GPX4-deficient", "SLC7A11 expression".
  while (i >= 0 && tokens[i]!.kind !== 'entity') {
    const t = tokens[i]!;
    if (t.kind === 'word' && INVERTING_POST.has(t.lower)) inverted = !inverted;
    else if (!(t.kind === 'word' && KEEPING_POST.has(t.lower)) && !(t.kind === 'punct' && t.text === '-')) return undefined;
    i--;
    if (end - i > 4) return undefined;
  }
  if (i < 0) return undefined;
  const parties: ClaimParty[] = [];
  const first = partyAt(tokens, i, inverted);
  if (!first) return undefined;
  parties.push(first.party);
  i = first.before;
  // Coordination: "RSL3, ML162 and FIN56"; a comma continues the list only after an "and"/"or".
  let linked = false;
  while (i >= 1) {
    const t = tokens[i]!;
    if ((t.lower === 'and' || t.lower === 'or') && tokens[i - 1]!.kind === 'entity') {
      linked = true;
    } else if ((t.lower === 'and' || t.lower === 'or') && tokens[i - 1]!.text === ',' && tokens[i - 2]?.kind === 'entity') {
      linked = true;
      i--;
    } else if (t.text === ',' && linked && tokens[i - 1]!.kind === 'entity') {
      // continue the list
    } else {
      break;
    }
    const next = partyAt(tokens, i - 1, inverted);
    if (!next) return undefined;
    parties.unshift(next.party);
    i = next.before;
  }
  if (tokens[i]?.lower === 'both') i--;
  return parties;
}

/** The entity at `index` with its pre-modifiers; `before` is the index left of them. */
function partyAt(tokens: readonly Token[], index: number, postInverted: boolean): { party: ClaimParty; before: number } | undefined {
  const entity = tokens[index]!;
  if (entity.kind !== 'entity') return undefined;
  let inverted = postInverted;
  let before = index - 1;
  let start = entity.start;
  const previous = tokens[before];
  if (previous?.lower === 'of') {
    const noun = tokens[before - 1];
    if (noun && INVERTING_PRE.has(noun.lower)) inverted = !inverted;
    else if (!noun || !KEEPING_PRE.has(noun.lower)) return undefined;
    start = noun.start;
    before -= 2;
    if (tokens[before] && /^(genetic|pharmacological|pharmacologic|the|a|an)$/.test(tokens[before]!.lower)) before--;
  } else if (previous && previous.kind === 'word' && INVERTING_PRE.has(previous.lower) && previous.lower.endsWith('ing')) {
    inverted = !inverted;
    start = previous.start;
    before--;
  } else if (previous && previous.kind === 'word' && /^(in|by|from|than|to|on|at|into|onto|between|among|for|against|via|through|unlike|like|including|after|before|during|within|upon|under|over|whereas|while|although|though)$/.test(previous.lower)) {
    // The entity is inside a prepositional phrase or a subordinate clause: it is not the agent.
    return undefined;
  }
  return { party: { id: entity.id!, inverted, start, end: entity.end }, before };
}

/** Objects to the right of `from`: fillers, the entity, coordinated entities, and post-modifiers. */
function readPartiesRight(tokens: readonly Token[], from: number, preposition?: string): { parties: ClaimParty[]; end: number } | undefined {
  let i = from;
  if (preposition) {
    // "sensitizes (tumour) cells to ferroptosis", "protects cells against/from ferroptosis"
    let hops = 0;
    while (i < tokens.length && tokens[i]!.lower !== preposition && !(preposition === 'against' && tokens[i]!.lower === 'from')) {
      if (tokens[i]!.kind === 'punct' || ++hops > 4) return undefined;
      i++;
    }
    i++;
  }
  let hops = 0;
  let inverted = false;
  while (i < tokens.length && tokens[i]!.kind !== 'entity') {
    const t = tokens[i]!;
    if (t.kind !== 'word' || ++hops > 5) return undefined;
    if (t.lower === 'of' && INVERTING_PRE.has(tokens[i - 1]?.lower ?? '')) inverted = !inverted;
    else if (INVERTING_PRE.has(t.lower) && tokens[i + 1]?.lower === 'of') {
      // counted at the "of"
    } else if (!OBJECT_FILLERS.has(t.lower) && !ADVERBS.has(t.lower) && !KEEPING_PRE.has(t.lower)) return undefined;
    i++;
  }
  if (i >= tokens.length) return undefined;
  const parties: ClaimParty[] = [];
  let end = i;
  for (;;) {
    const entity = tokens[end]!;
    let post = end + 1;
    let partyInverted = inverted;
    while (post < tokens.length && (tokens[post]!.text === '-' || (tokens[post]!.kind === 'word' && (INVERTING_POST.has(tokens[post]!.lower) || KEEPING_POST.has(tokens[post]!.lower))))) {
      if (INVERTING_POST.has(tokens[post]!.lower)) partyInverted = !partyInverted;
      post++;
    }
    parties.push({ id: entity.id!, inverted: partyInverted, start: entity.start, end: tokens[post - 1]!.end });
    const link = tokens[post];
    const next = tokens[post + 1];
    if (link && (link.lower === 'and' || link.lower === 'or' || link.text === ',') && next?.kind === 'entity') {
      end = post + 1;
      continue;
    }
    if (link?.text === ',' && (next?.lower === 'and' || next?.lower === 'or') && tokens[post + 2]?.kind === 'entity') {
      end = post + 2;
      continue;
    }
    return { parties, end: post - 1 };
  }
}

function readVerbClaim(tokens: readonly Token[], v: number, verb: VerbClass, slot: number): Claim | undefined {
  const modifiers: Modifiers = { negated: false };
  const left = skipLeftModifiers(tokens, v - 1, modifiers);
  const beforeIsBe = (() => {
    for (let k = v - 1; k > left; k--) if (BE.has(tokens[k]!.lower)) return true;
    return false;
  })();
  const verbToken = tokens[v]!;

  // Regular verbs spell past and participle alike; the index keeps the past slot for both.
  const participle = slot === 3 || (slot === 2 && verb.forms[2] === verb.forms[3]);
  if (beforeIsBe && participle) {
    // Passive: "SLC7A11 is (directly) repressed by p53".
    let k = v + 1;
    const after: Modifiers = modifiers;
    while (k < tokens.length && tokens[k]!.kind === 'word' && (ADVERBS.has(tokens[k]!.lower) || noteModifier(tokens[k]!, after))) k++;
    if (tokens[k]?.lower !== 'by') return undefined;
    const agents = readPartiesRight(tokens, k + 1);
    const patients = left >= 0 ? readPartiesLeft(tokens, left) ?? relativeAntecedent(tokens, left) : undefined;
    if (!agents || !patients) return undefined;
    return {
      subjects: agents.parties,
      objects: patients,
      effect: verb.effect,
      negated: modifiers.negated,
      ...(modifiers.directness && { directness: modifiers.directness, directnessWord: modifiers.directnessWord! }),
      ...(modifiers.negation && { negation: modifiers.negation }),
      form: ClaimForm.Passive,
      start: patients[0]!.start,
      end: tokens[agents.end]!.end,
      verb: { start: verbToken.start, end: verbToken.end, verb, slot: 3 },
    };
  }

  if (slot === 4 && !beforeIsBe) {
    // A gerund heads a phrase ("by inhibiting GPX4, RSL3…"); only "X inhibiting Y" after an entity counts.
    if (tokens[v - 1]?.kind !== 'entity') return undefined;
  }
  if (participle && tokens[v - 1]?.text === '-') return undefined; // "erastin-induced": a nominal form

  // Active: "FSP1 (does not) promote(s) ferroptosis".
  if (left < 0) return undefined;
  const subjects = readPartiesLeft(tokens, left) ?? relativeAntecedent(tokens, left);
  if (!subjects) return undefined;
  const after: Modifiers = modifiers;
  let k = v + 1;
  while (k < tokens.length && tokens[k]!.kind === 'word' && noteModifier(tokens[k]!, after)) k++;
  const objects = readPartiesRight(tokens, k, verb.preposition);
  if (!objects) return undefined;
  return {
    subjects,
    objects: objects.parties,
    effect: verb.effect,
    negated: modifiers.negated,
    ...(modifiers.directness && { directness: modifiers.directness, directnessWord: modifiers.directnessWord! }),
    ...(modifiers.negation && { negation: modifiers.negation }),
    form: ClaimForm.Active,
    start: subjects[0]!.start,
    end: tokens[objects.end]!.end,
    verb: { start: verbToken.start, end: verbToken.end, verb, slot },
  };
}

/**
 * "ACSL4, which promotes ferroptosis" and "erastin, a system Xc⁻ inhibitor, induces…": the agent stands
 * before a comma that opens a relative clause or an apposition.
 */
function relativeAntecedent(tokens: readonly Token[], at: number): ClaimParty[] | undefined {
  let i = at;
  if (tokens[i] && CLAUSE_INTRODUCERS.has(tokens[i]!.lower) && tokens[i - 1]?.text === ',') return readPartiesLeft(tokens, i - 2);
  if (tokens[i]?.text !== ',') return undefined;
  // Find the comma that opens the inserted phrase.
  for (i = at - 1; i > 0; i--) {
    const t = tokens[i]!;
    if (t.text === ';' || t.text === '.') return undefined;
    if (t.text === ',' && APPOSITION_STARTS.has(tokens[i + 1]?.lower ?? '')) return readPartiesLeft(tokens, i - 1);
  }
  return undefined;
}

/** "inhibition of GPX4 by RSL3", "RSL3-mediated inhibition of GPX4". */
function readActionClaim(tokens: readonly Token[], v: number, verb: VerbClass): Claim | undefined {
  const noun = tokens[v]!;
  if (tokens[v + 1]?.lower !== 'of') return undefined;
  const modifiers: Modifiers = { negated: false };
  const adjective = tokens[v - 1];
  if (adjective && adjective.kind === 'word') noteModifier(adjective, modifiers);
  const objects = readPartiesRight(tokens, v + 2);
  if (!objects) return undefined;
  let subjects: ClaimParty[] | undefined;
  let start: number;
  if (tokens[objects.end + 1]?.lower === 'by') {
    subjects = readPartiesRight(tokens, objects.end + 2)?.parties;
    start = noun.start;
  } else {
    // "S-mediated inhibition of O"
    const mediated = tokens[modifiers.directness ? v - 2 : v - 1];
    const hyphen = tokens[modifiers.directness ? v - 3 : v - 2];
    const entity = tokens[modifiers.directness ? v - 4 : v - 3];
    if (!mediated || !/^(mediated|induced|driven|triggered|dependent)$/.test(mediated.lower) || hyphen?.text !== '-' || entity?.kind !== 'entity') return undefined;
    subjects = [{ id: entity.id!, inverted: false, start: entity.start, end: entity.end }];
    start = entity.start;
  }
  if (!subjects || subjects.length === 0) return undefined;
  if (tokens[v - 1]?.lower === 'no' || tokens[v - 2]?.lower === 'no') modifiers.negated = true;
  const last = subjects[subjects.length - 1]!;
  return {
    subjects,
    objects: objects.parties,
    effect: verb.effect,
    negated: modifiers.negated,
    ...(modifiers.directness && { directness: modifiers.directness, directnessWord: modifiers.directnessWord! }),
    form: ClaimForm.Nominal,
    start,
    end: Math.max(last.end, tokens[objects.end]!.end),
    verb: { start: noun.start, end: noun.end, verb, slot: 'action' },
  };
}

/**
 * Agent nouns: "the GPX4 inhibitor RSL3", "RSL3, a GPX4 inhibitor,", "RSL3 is a (direct) GPX4 inhibitor",
 * "RSL3 is an inhibitor of GPX4", "the ferroptosis inducer erastin", "GPX4 inhibitors such as RSL3".
 */
function readAgentClaim(tokens: readonly Token[], v: number, verb: VerbClass): Claim | undefined {
  const noun = tokens[v]!;
  const modifiers: Modifiers = { negated: false };
  let objectIndex = v - 1;
  let objectParty: ClaimParty | undefined;
  if (tokens[v + 1]?.lower === 'of' && tokens[v + 2]?.kind === 'entity') {
    const t = tokens[v + 2]!;
    objectParty = { id: t.id!, inverted: false, start: t.start, end: t.end };
    objectIndex = v + 2;
  } else if (tokens[objectIndex]?.kind === 'entity') {
    const t = tokens[objectIndex]!;
    objectParty = { id: t.id!, inverted: false, start: t.start, end: t.end };
  } else {
    return undefined;
  }
  // Adjectives before the noun phrase: "a potent direct GPX4 inhibitor".
  let k = (objectIndex < v ? objectIndex : v) - 1;
  while (k >= 0 && tokens[k]!.kind === 'word' && (noteModifier(tokens[k]!, modifiers) || /^(potent|selective|specific|known|well-known|classical|classic|canonical|small|molecule|novel|strong|weak|pharmacological|covalent|irreversible|reversible|bona|fide)$/.test(tokens[k]!.lower))) k--;
  let subject: Token | undefined;
  let start = noun.start;
  let end = noun.end;
  const article = tokens[k];
  if (article && /^(a|an)$/.test(article.lower)) {
    // "S, a GPX4 inhibitor," or "S is (not) a GPX4 inhibitor" / "S acts as a …"
    let s = k - 1;
    if (tokens[s]?.text === ',') s--;
    else {
      while (s >= 0 && tokens[s]!.kind === 'word' && (BE.has(tokens[s]!.lower) || /^(acts|act|acted|as|serves|serve|served|functions|function|remains|remain)$/.test(tokens[s]!.lower) || noteModifier(tokens[s]!, modifiers) || ADVERBS.has(tokens[s]!.lower))) s--;
    }
    if (tokens[s]?.kind === 'entity') {
      subject = tokens[s]!;
      start = subject.start;
      end = Math.max(end, objectParty.end);
    }
  } else if (article && /^(the)$/.test(article.lower) || objectIndex < v) {
    // "the GPX4 inhibitor RSL3", "GPX4 inhibitors such as RSL3", "GPX4 inhibitors (e.g. RSL3)"
    let s = v + 1;
    if (tokens[s]?.lower === 'such' && tokens[s + 1]?.lower === 'as') s += 2;
    else if (tokens[s]?.text === '(') {
      s++;
      if (tokens[s]?.lower === 'e' && tokens[s + 1]?.text === '.') s += 4; // e.g.,
    }
    if (tokens[s]?.kind === 'entity' && objectIndex < v) {
      subject = tokens[s]!;
      start = objectParty.start;
      end = subject.end;
    }
  }
  if (!subject) return undefined;
  return {
    subjects: [{ id: subject.id!, inverted: false, start: subject.start, end: subject.end }],
    objects: [objectParty],
    effect: verb.effect,
    negated: modifiers.negated,
    ...(modifiers.directness && { directness: modifiers.directness, directnessWord: modifiers.directnessWord! }),
    ...(modifiers.negation && { negation: modifiers.negation }),
    form: ClaimForm.Agent,
    start,
    end,
    verb: { start: noun.start, end: noun.end, verb, slot: 'agent' },
  };
}

/** "erastin-induced ferroptosis", "CD36-mediated ferroptosis": the entity promotes the process. */
export function readInducedClaims(tokens: readonly Token[], isProcess: (id: string) => boolean, promote: VerbClass | undefined): Claim[] {
  if (!promote) return [];
  const claims: Claim[] = [];
  for (let i = 0; i + 3 < tokens.length; i++) {
    const [s, hyphen, word, o] = [tokens[i]!, tokens[i + 1]!, tokens[i + 2]!, tokens[i + 3]!];
    if (s.kind !== 'entity' || hyphen.text !== '-' || !/^(induced|mediated|driven|triggered|elicited|evoked)$/.test(word.lower)) continue;
    if (o.kind !== 'entity' || !isProcess(o.id!)) continue;
    claims.push({
      subjects: [{ id: s.id!, inverted: false, start: s.start, end: s.end }],
      objects: [{ id: o.id!, inverted: false, start: o.start, end: o.end }],
      effect: 'positive',
      negated: false,
      form: ClaimForm.Induced,
      start: s.start,
      end: o.end,
      verb: { start: word.start, end: word.end, verb: promote, slot: 3 },
    });
  }
  return claims;
}
