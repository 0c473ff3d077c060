/**
 * What an agent does for or against cells, said in words no verb rule parses: "switching on NRF2 made the tired
 * NK cells even weaker", "NRF2 activation deepened their metabolic disarray", "CD8⁺ T cells take up fatty acids
 * through CD36, and this shields them from lipid damage", "T cells that soak up fatty acids through CD36 get
 * stronger". Writers judge an agent's effect on cells in many constructions but with few words: a word of help or
 * of harm, the agent and the cells in one sentence. The rule reads that frame, not the construction, and so keeps
 * to sentences where it can say nothing else: one agent with a curated effect on one kind of cells, and nothing
 * that frames the sentence as a view. It reads clause by clause (a semicolon or a word of contrast opens a new
 * one): the clause that names the agent has words of one side only (what "rather than" or "far from" sets aside
 * says nothing) and nothing that denies, doubts or compares; the cells are named there, or only once in the
 * sentence. Like the carrier's direction, it runs after every other rule and reads nothing another rule already
 * read of the same agent and cells.
 */
import { ClaimForm, newClaim, partyOf, type Claim } from '../claim';
import { lossOfAnother } from '../parties';
import type { Tokens } from '../tokens';
import { verbOf, type VerbIndex } from '../verbIndex';
import { CONTRASTING, NEGATIONS, SUPPOSED, words, isUnsure } from '../vocabulary';

/** Agents and the cells each is curated to act on, with a sign, from the lexicon's relations. */
export type CellEffects = ReadonlyMap<string, ReadonlySet<string>>;

/** Words of harm to cells: "made them worse", "deepened their dysfunction", "blunted their activity". */
const HARM = words(`worse worsen worsens worsened worsening aggravate aggravates aggravated aggravating deepen deepens
  deepened deepening depress depresses depressed depressing blunt blunts blunted blunting impair impairs impaired
  impairing weaken weakens weakened weakening weaker dampen dampens dampened dampening cripple cripples crippled harm
  harms harmed harming hurt hurts lost lose loses losing`);
/**
 * Words of death, harm too where they are said of the agent's cells as what dies ("erastin kills human PBMCs",
 * "lethal to PBMCs"), not of other cells ("lethal to tumour cells") or of cells that kill ("T-cell killing").
 */
const DEATH = words(`kill kills killed killing cytotoxic cytotoxicity toxic toxicity lethal lethality lymphotoxic lymphotoxicity
  die dies died dying death`);
/** Words of help to cells: "shields them", "keeps them fit", "they get stronger". */
const HELP = words(`protect protects protected protecting protective shield shields shielded shielding spare spares
  spared sparing guard guards guarded guardian armor armors armored armour armours armoured rescue rescues rescued
  rescuing restore restores restored restoring regain regains regained regaining preserve preserves preserved preserving sustain sustains sustained
  sustaining strengthen strengthens strengthened stronger fitter fittest boost boosts boosted boosting benefit
  benefits benefited friend gift`);
/** The words the rule starts from: a sentence without one is not looked at. */
export const FATE_WORDS: readonly string[] = [...HARM, ...HELP, ...DEATH];
/** Words before or after the agent that take it away: "NRF2 blockade", "switching off NRF2", "CD36-deficient". */
const LOSS = words(`blockade blocking blocked block inhibition inhibiting inhibited inhibitor inhibitors deletion deleted
  deleting knockout knockdown knocked knocking depletion ko deficient deficiency loss lacking silencing silenced suppressed suppression ablation
  ablating removing antagonist antagonists off null`);
/**
 * The kinds of entry that act as agents here. A metabolite in a sentence of help or harm is most often what the
 * cells are kept from ("shields Tregs from lipid peroxides and iron toxicity"), not what acts.
 */
const AGENT_TYPES = new Set(['gene', 'compound', 'complex', 'process']);
/** Words that add or turn on the agent: "NRF2 activation", "switching on NRF2", "through CD36". */
const GAIN = words('activation activating activated activator activators agonist agonists on overexpression overexpressing');
/**
 * Words after which the help or harm may be someone else's view, said of something else, or compared: the sentence
 * is left to the rules that read those.
 */
const UNSURE: ReadonlySet<string> = new Set([...SUPPOSED, ...words('rather instead however than could far tumour tumor tumours tumors growth %')]);

const TUMOUR = words('tumour tumor tumours tumors growth');

/**
 * Whether a word of help or harm stands next to the tumour word at `k`: "weakened (the) tumour control", "tumour
 * growth was blunted".
 */
function saidOfTumour(tokens: Tokens, k: number): boolean {
  for (let j = Math.max(0, k - 3); j < tokens.length && j <= k + 3; j++) {
    const word = tokens.lower(j) ?? '';
    if (j !== k && (HARM.has(word) || HELP.has(word))) return true;
  }
  return false;
}

/**
 * Whether the word of death at `k` is said of the agent's cells as what dies: "kills human PBMCs", "toxic to
 * PBMCs", "PBMCs died", "death of PBMCs" (not "T-cell killing of HepG2 cells", where the cells kill).
 */
function diesThere(tokens: Tokens, k: number, targets: ReadonlySet<string>): boolean {
  const word = tokens.lower(k)!;
  // ("their killing by expanded T cells": cells after "by" do the killing.)
  const cellsWithin = (from: number, to: number): boolean => {
    for (let j = Math.max(0, from); j <= to && j < tokens.length; j++) {
      if (tokens.lower(j) === 'by') return false;
      if (targets.has(tokens.id(j) ?? '')) return true;
    }
    return false;
  };
  // ("killed roughly half of the human PBMCs": a few words of amount may come first.)
  if (/^kill/.test(word)) return tokens.lower(k - 1) !== '-' && tokens.kind(k - 1) !== 'entity' && cellsWithin(k + 1, k + 6);
  if (/^(die|dies|died|dying)$/.test(word)) return cellsWithin(k - 3, k - 1);
  if (word === 'death') return tokens.lower(k + 1) === 'of' && cellsWithin(k + 2, k + 5);
  return /^(to|towards|toward|for|on|in)$/.test(tokens.lower(k + 1) ?? '') && cellsWithin(k + 2, k + 6);
}

/** Words that end one clause of a sentence and open another: the words of help or harm are read clause by clause. */
const CLAUSE_BREAKS = new Set([';', ...CONTRASTING, 'but', 'yet']);
/** "far from rescuing them", "aggravates, rather than relieves,": a word of help or harm set aside is not said. */
const SET_ASIDE = /^(rather than|far from|instead of)$/;

export function readCellFateClaims(tokens: Tokens, verbs: VerbIndex, cellEffects: CellEffects, claims: Claim[]): void {
  const raise = verbOf(verbs, 'increase');
  const lower = verbOf(verbs, 'decrease');
  if (!raise || !lower) return;
  let agent = -1;
  for (let k = 0; k < tokens.length; k++) {
    if (tokens.kind(k) !== 'entity') continue;
    const id = tokens.id(k)!;
    if (!cellEffects.has(id) || !AGENT_TYPES.has(tokens.entityType(k) ?? '')) continue;
    // One agent, however often named.
    if (agent >= 0 && tokens.id(agent) !== id) return;
    if (agent < 0) agent = k;
  }
  if (agent < 0) return;
  const id = tokens.id(agent)!;
  const targets = cellEffects.get(id)!;
  // Words that doubt or deny, or frame the sentence as a view, anywhere in it leave it to other rules.
  for (let k = 0; k < tokens.length; k++) if (tokens.kind(k) === 'word' && SUPPOSED.has(tokens.lower(k)!)) return;
  for (const clause of clausesOf(tokens)) {
    const claim = readClause(tokens, clause, id, targets, raise, lower, claims);
    if (claim) {
      claims.push(claim);
      return;
    }
  }
}

/** The sentence's clauses, as ranges of tokens [from, to), split at a semicolon, a colon or a word of contrast. */
function clausesOf(tokens: Tokens): { from: number; to: number }[] {
  const clauses: { from: number; to: number }[] = [];
  let from = 0;
  for (let k = 0; k < tokens.length; k++) {
    if (tokens.kind(k) === 'entity' || !CLAUSE_BREAKS.has(tokens.lower(k)!)) continue;
    if (k > from) clauses.push({ from, to: k });
    from = k + 1;
  }
  if (from < tokens.length) clauses.push({ from, to: tokens.length });
  return clauses;
}

/**
 * The claim of one clause [from, to) that names the agent `id`: its one side of help or harm, said of the one kind
 * of cells named in the clause (or, where it names none, in the sentence).
 */
function readClause(tokens: Tokens, clause: { from: number; to: number }, id: string, targets: ReadonlySet<string>, raise: Claim['verb']['verb'], lower: Claim['verb']['verb'], claims: readonly Claim[]): Claim | undefined {
  let agent = -1;
  for (let k = clause.from; k < clause.to; k++) if (tokens.id(k) === id && agent < 0) agent = k;
  if (agent < 0) return undefined;
  const helps: number[] = [];
  const deaths: number[] = [];
  const harms: number[] = [];
  let setAside = -1;
  for (let k = clause.from; k < clause.to; k++) {
    if (tokens.kind(k) === 'entity') continue;
    const word = tokens.lower(k)!;
    if (SET_ASIDE.test(`${word} ${tokens.lower(k + 1) ?? ''}`)) {
      setAside = k + 2;
      k++;
      continue;
    }
    // The word set aside, and the one after it ("far from rescuing them"), say nothing.
    if (k === setAside) continue;
    // The tumour and its growth make the words of help or harm unsure only where those words are said of them
    // ("weakened tumour control", "impaired tumour growth"); "in the tumour microenvironment", "tumour-infiltrating
    // CD8⁺ T cells" place the cells.
    // ("weakened tumour control", "tumour killing": what the cells do to the tumour is the cells' own.)
    const ofTumour = TUMOUR.has(word) && (tokens.lower(k + 1) === '-' || /^(control|killing|clearance|surveillance)$/.test(tokens.lower(k + 1) ?? '') || !saidOfTumour(tokens, k));
    if ((isUnsure(UNSURE, tokens, k) && !ofTumour) || NEGATIONS.has(word) || word === "n't") return undefined;
    if (HARM.has(word)) harms.push(k);
    if (DEATH.has(word)) deaths.push(k);
    if (HELP.has(word)) helps.push(k);
  }
  const help = helps[0] ?? -1;
  const harm = harms[0] ?? deaths.find((k) => diesThere(tokens, k, targets)) ?? -1;
  if ((help >= 0) === (harm >= 0)) return undefined;
  const cells = onlyCells(tokens, clause.from, clause.to, targets) ?? (noCells(tokens, clause.from, clause.to, targets) ? onlyCells(tokens, 0, tokens.length, targets) : undefined);
  if (cells === undefined) return undefined;
  const inverted = takenAway(tokens, agent);
  if (inverted === undefined) return undefined;
  const subject = { ...partyOf(tokens.at(agent)!), inverted };
  const object = partyOf(tokens.at(cells)!);
  // An effect another rule read of the agent is that rule's: the words of help or harm may be its object's. (What
  // it carries is no effect: "take up fatty acids through CD36, and this shields them".)
  const signed = (c: Claim): boolean => c.effect === 'positive' || c.effect === 'negative';
  const word = tokens.at(help >= 0 ? help : harm)!;
  // (Unless that reading ends before the word of help or harm, which then is the cells': "Erastin-induced lipid
  // peroxidation was cytotoxic to human PBMCs".)
  const isCells = (cellId: string): boolean => {
    for (let k = 0; k < tokens.length; k++) if (tokens.id(k) === cellId && tokens.entityType(k) === 'cell') return true;
    return false;
  };
  const before = (c: Claim): boolean => c.end <= word.start && !c.objects.some((o) => isCells(o.id));
  if (claims.some((c) => signed(c) && c.subjects.some((s) => s.id === subject.id || s.cause === subject.id) && !before(c))) return undefined;
  return newClaim({
    subjects: [subject],
    objects: [object],
    effect: help >= 0 ? 'positive' : 'negative',
    negated: false,
    form: ClaimForm.State,
    start: Math.min(subject.start, object.start, word.start),
    end: Math.max(subject.end, object.end, word.end),
    // No fix: the words of help and harm are too varied to swap one for its opposite safely.
    verb: { start: word.start, end: word.end, verb: help >= 0 ? raise : lower, slot: 'state' },
  });
}

/** The first mention of the one kind of cells in [from, to) the agent is curated to act on; undefined for none or two. */
function onlyCells(tokens: Tokens, from: number, to: number, targets: ReadonlySet<string>): number | undefined {
  let cells: number | undefined;
  for (let k = from; k < to; k++) {
    if (tokens.kind(k) !== 'entity' || !targets.has(tokens.id(k)!)) continue;
    if (cells !== undefined && tokens.id(cells) !== tokens.id(k)) return undefined;
    cells ??= k;
  }
  return cells;
}

/** Whether [from, to) names none of the cells the agent is curated to act on. */
function noCells(tokens: Tokens, from: number, to: number, targets: ReadonlySet<string>): boolean {
  for (let k = from; k < to; k++) if (tokens.kind(k) === 'entity' && targets.has(tokens.id(k)!)) return false;
  return true;
}

/**
 * Whether the words around the agent at `at` take it away (true), add it or leave it as it is (false), or say both
 * (undefined): "NRF2 blockade", "switching off NRF2", "Cd36⁻/⁻ cells".
 */
function takenAway(tokens: Tokens, at: number): boolean | undefined {
  let loss = false;
  let gain = false;
  for (let k = Math.max(0, at - 3); k < Math.min(tokens.length, at + 4); k++) {
    if (k === at || tokens.kind(k) !== 'word') continue;
    const word = tokens.lower(k)!;
    // "switching off", "turned on": the particle says which way.
    if (LOSS.has(word) && !lossOfAnother(tokens, k, at) && (word !== 'off' || /^(switching|switched|turning|turned|shutting|shut)$/.test(tokens.lower(k - 1) ?? ''))) loss = true;
    if (GAIN.has(word) && (word !== 'on' || /^(switching|switched|turning|turned)$/.test(tokens.lower(k - 1) ?? ''))) gain = true;
  }
  // "Cd36⁻/⁻": a null genotype.
  if (tokens.lower(at + 1) === '-' && tokens.lower(at + 2) === '/' && tokens.lower(at + 3) === '-') loss = true;
  return loss && gain ? undefined : loss;
}
