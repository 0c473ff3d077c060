/**
 * The claim reader: the rules over the tokens of one sentence that find statements of the form "subject acts on
 * object". Precision comes first: a construction the rules do not understand yields no claim.
 */
import type { VerbClass } from '../lexicon/lexicon';
import type { Claim } from './claim';
import { BLOCKS, DOWN, UP, readArrowClaims } from './rules/arrow';
import { PHRASAL_VERBS, readPhrasalClaims } from './rules/phrasal';
import { ENABLING, readEnablingClaims } from './rules/enabling';
import { readTableCellClaims } from './rules/tableCell';
import { ASSOCIATED, readAssociationClaims } from './rules/association';
import { ACQUIRE, ENTER, MEDIATE, ROUTES, TAKE, readEntryRouteClaims } from './rules/entryRoute';
import { GENOTYPE_LOSS, readSurvivalClaims } from './rules/survival';
import { EXCHANGE, readExchangeClaims } from './rules/exchange';
import { readLocationClaims } from './rules/location';
import { readPlaceInOtherWordsClaims } from './rules/placeInOtherWords';
import { readWorkplaceClaims } from './rules/workplace';
import { MATURITY_WORDS, readMaturationClaims } from './rules/maturation';
import { readButNotClaims } from './rules/butNot';
import { readCarrierClaim } from './rules/carrier';
import { DEATH_WORDS, readDeathAfterClaims } from './rules/deathAfter';
import { SHIELDING, readShieldClaims } from './rules/shield';
import { readDifferentiationClaims } from './rules/differentiation';
import { PUSH_NOUNS, readShiftNounClaims } from './rules/shiftNoun';
import { COMES_WITH_WORDS, readAccompanyingChangeClaims } from './rules/accompanyingChange';
import { COMPOSITION_WORDS, readCompositionClaims } from './rules/composition';
import { MAKING, readMadeStateClaims } from './rules/madeState';
import { readPlaceAdjectiveClaims } from './rules/placeAdjective';
import { readRouteClaims } from './rules/route';
import { type Carriage, readCarrierDirectionClaims } from './rules/carrierDirection';
import { type CellEffects, FATE_WORDS, readCellFateClaims } from './rules/cellFate';
import { POLARISING, type Polarization, readPolarizationClaims } from './rules/polarization';
import { BLOCKING, type ToolTargets, readToolTargetClaims } from './rules/toolTarget';
import { type Killers, RESCUE_WORDS, readRescueClaims } from './rules/rescue';
import { type CuratedReaction, readReactionDirectionClaims } from './rules/reactionDirection';
import { POPULATION_WORDS, type PopulationEffects, readPopulationClaims } from './rules/population';
import { CHANGE_WORDS, readChangeAfterClaims } from './rules/changeAfter';
import { PLACE_ADJECTIVE_STARTS, PLACE_LAST_WORDS } from './locations';
import { readAgentClaim, readTargetClaim } from './rules/agent';
import { readActionClaim, readInducedClaims, readMeansActionClaim, readMediatedActionClaim } from './rules/nominal';
import { readDefinitionClaims } from './rules/definition';
import { readComparisonClaims } from './rules/comparison';
import { readDependenceClaims } from './rules/dependence';
import { readKeptDespiteLossClaims } from './rules/keptDespiteLoss';
import { readHallmarkClaims } from './rules/hallmark';
import { readNoEffectClaims } from './rules/noEffect';
import { readOutcomeClaims } from './rules/outcome';
import { readPurposeClaims } from './rules/purpose';
import { readRateLimitingClaims } from './rules/rateLimiting';
import { readReactionClaims } from './rules/reaction';
import { readRoleClaims } from './rules/role';
import { ORIGIN_VERBS, readOriginClaims } from './rules/origin';
import { SHIFTED, readPassiveShiftClaims } from './rules/passiveShift';
import { STATES, readStateClaim, reversedRequirement } from './rules/state';
import { TRANSPORT_FORMS, readTransportClaim, withDirectionOfPlace } from './rules/transport';
import { readVerbClaim } from './rules/verb';
import { SHIFT_NOUNS } from './rules/cellShift';
import { Tokens } from './tokens';
import { indexVerbForms, verbOf, WordSet, type VerbIndex } from './verbIndex';
import { INVERTING_PRE, KEEPING_PRE, LEADS_TO, LIGHT_VERBS, OBJECT_FILLERS, RAISING } from './vocabulary';

/** The verb index of the claim reader: the lexicon's verbs, and the words its other rules start from. */
export function indexVerbs(verbs: readonly VerbClass[]): VerbIndex {
  return indexVerbForms(verbs, [...STATES.keys(), ...TRANSPORT_FORMS.keys(), 'target', 'targets', ...LIGHT_VERBS]);
}

/**
 * Every claim of one sentence: those the verb, noun and adjective rules read (`readClaims`), and those of the
 * rules that look at the whole sentence (induced processes, reactions, purpose clauses, measured outcomes).
 */
export function readSentenceClaims(tokens: Tokens, verbs: VerbIndex, lexicon: SentenceLexicon): Claim[] {
  const { outcomeKind, promote, maturation = () => undefined, carriage } = lexicon;
  const isProcess = (id: string): boolean => outcomeKind(id) === 'process';
  const claims = readClaims(tokens, verbs);
  readInducedClaims(tokens, isProcess, promote, claims);
  readReactionClaims(tokens, verbs, claims);
  readPurposeClaims(tokens, verbs, claims);
  readOutcomeClaims(tokens, verbs, claims);
  readDependenceClaims(tokens, verbs, claims);
  readKeptDespiteLossClaims(tokens, verbs, claims);
  readDefinitionClaims(tokens, verbs, claims);
  readNoEffectClaims(tokens, verbs, claims);
  readComparisonClaims(tokens, verbs, claims);
  readHallmarkClaims(tokens, verbs, claims);
  readRateLimitingClaims(tokens, verbs, claims);
  readRoleClaims(tokens, verbs, claims);
  // The rules below start from a few words or marks, which most sentences lack: one look at the sentence rules
  // them out together. Together they cost about a tenth of the full check on the 1 MB bench; the look saves a
  // little of that (119 → 117 ms in Markdown, in one paired run).
  if (hasOneOf(tokens, LATE_TRIGGERS)) {
    // "Iron overload → M2 polarization": a state of cells is an outcome an arrow leads to, as a process is.
    readArrowClaims(tokens, verbs, (id) => outcomeKind(id) !== undefined, claims);
    readPhrasalClaims(tokens, verbs, claims);
    readEnablingClaims(tokens, verbs, claims);
    readTableCellClaims(tokens, verbs, claims);
    readAssociationClaims(tokens, verbs, claims);
    readEntryRouteClaims(tokens, verbs, claims);
    readExchangeClaims(tokens, verbs, claims);
  } else if (hasOneOf(tokens, NOTE_CHANGES)) {
    // A colon, "up" or "down" are common: they wake only the arrow rule, which reads a note's changes.
    readArrowClaims(tokens, verbs, (id) => outcomeKind(id) !== undefined, claims);
  }
  // Cells of a genotype that live or die, and where a protein works, need a word of loss or of a place: most
  // sentences have neither, and their rules' own words ("remain", "found", "targets") are common.
  if (hasOneOf(tokens, LOSS_WORDS)) readSurvivalClaims(tokens, verbs, claims);
  if (hasOneOf(tokens, PLACE_WORDS)) {
    readLocationClaims(tokens, verbs, claims);
    if (lexicon.located) readPlaceInOtherWordsClaims(tokens, lexicon.located, claims);
  }
  if (hasOneOf(tokens, PLACE_ADJECTIVE)) readPlaceAdjectiveClaims(tokens, claims);
  if (hasOneOf(tokens, MATURITY)) readMaturationClaims(tokens, verbs, maturation, claims);
  if (hasOneOf(tokens, CHANGE)) readChangeAfterClaims(tokens, verbs, claims);
  if (hasOneOf(tokens, NOT)) readButNotClaims(tokens, claims);
  if (hasOneOf(tokens, ROUTE)) readRouteClaims(tokens, claims);
  if (hasOneOf(tokens, DIFFERENTIATION)) readDifferentiationClaims(tokens, verbs, claims);
  if (hasOneOf(tokens, SHIFTS)) readShiftNounClaims(tokens, verbs, claims);
  if (hasOneOf(tokens, COMES_WITH)) readAccompanyingChangeClaims(tokens, verbs, claims);
  if (hasOneOf(tokens, COMPOSED)) readCompositionClaims(tokens, verbs, claims);
  if (hasOneOf(tokens, MADE)) readMadeStateClaims(tokens, verbs, claims);
  if (hasOneOf(tokens, SHIELDS)) readShieldClaims(tokens, verbs, claims);
  if (hasOneOf(tokens, DEATH)) readDeathAfterClaims(tokens, verbs, claims);
  if (hasOneOf(tokens, ORIGIN)) readOriginClaims(tokens, verbs, claims);
  if (hasOneOf(tokens, PASSIVE_SHIFT)) readPassiveShiftClaims(tokens, verbs, claims);
  // Last: they read only what no rule above read of a carrier and its cargo, or of an agent and its cells.
  if (carriage) readCarrierDirectionClaims(tokens, verbs, carriage, claims);
  if (lexicon.cellEffects && hasOneOf(tokens, FATE)) readCellFateClaims(tokens, verbs, lexicon.cellEffects, claims);
  if (lexicon.polarization && hasOneOf(tokens, TOWARD)) readPolarizationClaims(tokens, verbs, lexicon.polarization, claims);
  if (lexicon.toolTargets && hasOneOf(tokens, BLOCKING_WORDS)) readToolTargetClaims(tokens, verbs, lexicon.toolTargets, claims);
  if (lexicon.killers && hasOneOf(tokens, RESCUE)) readRescueClaims(tokens, verbs, lexicon.killers, claims);
  if (lexicon.reactions && hasOneOf(tokens, DIRECTION)) readReactionDirectionClaims(tokens, verbs, lexicon.reactions, claims);
  if (lexicon.populations && hasOneOf(tokens, POPULATION_CHANGES)) readPopulationClaims(tokens, verbs, lexicon.populations, claims);
  // Last of all: it reads where the subject of a claim read above does what it does.
  if (lexicon.located && hasOneOf(tokens, PLACE_WORDS)) readWorkplaceClaims(tokens, lexicon.located, claims);
  return claims;
}

/** What the sentence rules need to know of the lexicon's entries. */
export interface SentenceLexicon {
  readonly outcomeKind: (id: string) => 'process' | 'state' | undefined;
  readonly promote: VerbClass | undefined;
  /** The process that is the maturation of cells, where the lexicon names one. */
  readonly maturation?: (cells: string) => string | undefined;
  /** Carriers and what each carries. */
  readonly carriage?: Carriage;
  /** Agents and the cells each raises or lowers. */
  readonly cellEffects?: CellEffects;
  /** Agents curated to polarize cells, and the cells' states. */
  readonly polarization?: Polarization;
  /** The tool compounds' curated targets, and what compounds act on only indirectly. */
  readonly toolTargets?: ToolTargets;
  /** Agents curated to lower (kill) a kind of cells, and those cells. */
  readonly killers?: Killers;
  /** The curated reactions. */
  readonly reactions?: readonly CuratedReaction[];
  /** Agents and the sign of their curated effect on each kind of cells. */
  readonly populations?: PopulationEffects;
  /** The entries with a curated place in the cell. */
  readonly located?: ReadonlySet<string>;
}

/** What the arrow, phrasal, enabling, table-cell, association, entry-route and exchange rules start from ("->" ends in ">"). */
const LOSS_WORDS = new WordSet(GENOTYPE_LOSS);
const MATURITY = new WordSet(MATURITY_WORDS);
const NOT = new WordSet(['not', 'rather', 'instead']);
const ROUTE = new WordSet(['through', 'via']);
const SHIELDS = new WordSet([...SHIELDING]);
const DEATH = new WordSet(DEATH_WORDS);
const ORIGIN = new WordSet([...ORIGIN_VERBS]);
const PASSIVE_SHIFT = new WordSet([...SHIFTED]);
const SHIFTS = new WordSet([...SHIFT_NOUNS, ...PUSH_NOUNS]);
const COMES_WITH = new WordSet(COMES_WITH_WORDS);
const COMPOSED = new WordSet([...COMPOSITION_WORDS]);
const MADE = new WordSet([...MAKING]);
const DIFFERENTIATION = new WordSet(['differentiation', 'differentiate', 'differentiates', 'differentiated', 'differentiating']);
const CHANGE = new WordSet(CHANGE_WORDS);
const FATE = new WordSet(FATE_WORDS);
const BLOCKING_WORDS = new WordSet([...BLOCKING, 'off', 'down']);
const RESCUE = new WordSet(RESCUE_WORDS);
const POPULATION_CHANGES = new WordSet(POPULATION_WORDS);
const DIRECTION = new WordSet(['to', 'into', 'from', '→', '>', '⟶', 'toward', 'towards']);
const TOWARD = new WordSet(['to', 'toward', 'towards', 'into', ...POLARISING]);
const PLACE_WORDS = new WordSet(PLACE_LAST_WORDS);
const PLACE_ADJECTIVE = new WordSet([...PLACE_ADJECTIVE_STARTS]);
/** What a note's changes after a colon start from ("Lenvatinib: CD8⁺ T cells down"), for the arrow rule alone. */
const NOTE_CHANGES = new WordSet([':', 'up', 'down']);
const LATE_TRIGGERS = new WordSet([...LEADS_TO, UP, DOWN, BLOCKS, '>', '|', ...PHRASAL_VERBS, ...ENABLING, ...ASSOCIATED, ...TAKE, ...ENTER, ...ACQUIRE, ...MEDIATE, ...ROUTES, ...EXCHANGE]);

function hasOneOf(tokens: Tokens, set: WordSet): boolean {
  for (let k = 0; k < tokens.length; k++) if (tokens.kind(k) !== 'entity' && set.has(tokens.lower(k)!)) return true;
  return false;
}

/** "realized the inhibition of X": a light verb before an action noun, read as "cause" in its own tense. */
function lightVerbForm(tokens: Tokens, v: number, verbs: VerbIndex): { verb: VerbClass; slot: number } | undefined {
  const word = tokens.lower(v)!;
  if (!LIGHT_VERBS.has(word)) return undefined;
  let k = v + 1;
  if (word.startsWith('carr') && tokens.lower(k) === 'out') k++;
  if (/^(the|an|a)$/.test(tokens.lower(k) ?? '')) k++;
  // "realised a marked increase of": a word of degree may come first.
  if (OBJECT_FILLERS.has(tokens.lower(k) ?? '') && tokens.lower(k + 1) !== 'of') k++;
  const noun = tokens.lower(k) ?? '';
  if (!(INVERTING_PRE.has(noun) || KEEPING_PRE.has(noun) || RAISING.has(noun) || /^(decrease|reduction|decline|drop|fall)$/.test(noun)) || tokens.lower(k + 1) !== 'of') return undefined;
  const cause = verbOf(verbs, 'cause');
  if (!cause) return undefined;
  return { verb: cause, slot: word.endsWith('ing') ? 4 : word.endsWith('ed') ? 2 : word.endsWith('s') ? 1 : 0 };
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
    const form = verbs.forms.get(token.lower) ?? lightVerbForm(tokens, v, verbs);
    if (form) {
      const read = readVerbClaim(tokens, v, form.verb, form.slot, verbs);
      // "imports iron into the cell": the place agrees with the verb (or the sentence contradicts itself).
      const claim = read && (read.effect === 'import' || read.effect === 'export') ? withDirectionOfPlace(tokens, v, read) : read;
      if (read) {
        if (claim) claims.push(claim);
        continue;
      }
    }
    const action = verbs.actions.get(token.lower) ?? (form && form.verb.action === token.lower ? form.verb : undefined);
    if (action) {
      const claim = readActionClaim(tokens, v, action, verbs) ?? readMediatedActionClaim(tokens, v, action) ?? readMeansActionClaim(tokens, v, action, verbs) ?? readCarrierClaim(tokens, v, action);
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
