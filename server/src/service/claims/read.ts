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
import { readHelpfulButNotNeededClaims } from './rules/helpfulButNotNeeded';
import { readCarrierClaim } from './rules/carrier';
import { DEATH_WORDS, readDeathAfterClaims } from './rules/deathAfter';
import { DEATH_IN_SETTING_WORDS, readDeathInSettingClaims } from './rules/deathInSetting';
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
import { CHANGE_NOUN_WORDS, readChangeNounAfterClaims } from './rules/changeNounAfter';
import { PLACE_ADJECTIVE_STARTS, PLACE_LAST_WORDS } from './locations';
import { readAgentClaim, readTargetClaim } from './rules/agent';
import { INDUCED_WORDS, readActionClaim, readInducedClaims, readMeansActionClaim, readMediatedActionClaim } from './rules/nominal';
import { readDefinitionClaims } from './rules/definition';
import { KIND_WORDS, readKindClaims } from './rules/kindOf';
import { COMPARISON_WORDS, readComparisonClaims } from './rules/comparison';
import { DEPENDENCE_WORDS, readDependenceClaims } from './rules/dependence';
import { KEPT_WORDS, readKeptDespiteLossClaims } from './rules/keptDespiteLoss';
import { HALLMARK_WORDS, readHallmarkClaims } from './rules/hallmark';
import { NO_EFFECT_WORDS, readNoEffectClaims } from './rules/noEffect';
import { OUTCOME_WORDS, readOutcomeClaims } from './rules/outcome';
import { readPurposeClaims } from './rules/purpose';
import { RATE_LIMITING_WORDS, readRateLimitingClaims } from './rules/rateLimiting';
import { REACTION_WORDS, readReactionClaims } from './rules/reaction';
import { ROLE_WORDS, readRoleClaims } from './rules/role';
import { ORIGIN_VERBS, readOriginClaims } from './rules/origin';
import { SHIFTED, readPassiveShiftClaims } from './rules/passiveShift';
import { STATES, readStateClaim, reversedRequirement } from './rules/state';
import { TRANSPORT_FORMS, readTransportClaim, withDirectionOfPlace } from './rules/transport';
import { readVerbClaim } from './rules/verb';
import { SHIFT_NOUNS } from './rules/cellShift';
import { Tokens } from './tokens';
import { indexVerbForms, verbOf, type VerbIndex } from './verbIndex';
import { TriggerWords } from './triggerWords';
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
  const woken = TRIGGERS.inSentence(tokens);
  // Each rule below starts from words of its own (`TRIGGERS`), most of which a sentence lacks: a rule the sentence
  // does not wake is not run, which spares about a fifth of the full check on the 1 MB bench (README, "Speed").
  if (woken[INDUCED]) readInducedClaims(tokens, isProcess, promote, claims);
  if (woken[REACTION]) readReactionClaims(tokens, verbs, claims);
  readPurposeClaims(tokens, verbs, claims);
  if (woken[OUTCOME]) readOutcomeClaims(tokens, verbs, claims);
  if (woken[DEPENDENCE]) readDependenceClaims(tokens, verbs, claims);
  if (woken[KEPT]) readKeptDespiteLossClaims(tokens, verbs, claims);
  readDefinitionClaims(tokens, verbs, claims);
  if (woken[NO_EFFECT]) readNoEffectClaims(tokens, verbs, claims);
  if (woken[COMPARISON]) readComparisonClaims(tokens, verbs, claims);
  if (woken[HALLMARK]) readHallmarkClaims(tokens, verbs, claims);
  if (woken[RATE_LIMITING]) readRateLimitingClaims(tokens, verbs, claims);
  if (woken[ROLE]) readRoleClaims(tokens, verbs, claims);
  if (woken[KIND]) readKindClaims(tokens, verbs, claims);
  // These start from a few words or marks, and are woken together.
  if (woken[LATE_TRIGGERS]) {
    // "Iron overload → M2 polarization": a state of cells is an outcome an arrow leads to, as a process is.
    readArrowClaims(tokens, verbs, (id) => outcomeKind(id) !== undefined, claims);
    readPhrasalClaims(tokens, verbs, claims);
    readEnablingClaims(tokens, verbs, claims);
    readTableCellClaims(tokens, verbs, claims);
    readAssociationClaims(tokens, verbs, claims);
    readEntryRouteClaims(tokens, verbs, claims);
    readExchangeClaims(tokens, verbs, claims);
  } else if (woken[NOTE_CHANGES]) {
    // A colon, "up" or "down" are common: they wake only the arrow rule, which reads a note's changes.
    readArrowClaims(tokens, verbs, (id) => outcomeKind(id) !== undefined, claims);
  }
  // Cells of a genotype that live or die, and where a protein works, need a word of loss or of a place: most
  // sentences have neither, and their rules' own words ("remain", "found", "targets") are common.
  if (woken[LOSS_WORDS]) readSurvivalClaims(tokens, verbs, claims);
  if (woken[PLACE_WORDS]) {
    readLocationClaims(tokens, verbs, claims);
    if (lexicon.located) readPlaceInOtherWordsClaims(tokens, lexicon.located, claims);
  }
  if (woken[PLACE_ADJECTIVE]) readPlaceAdjectiveClaims(tokens, claims);
  if (woken[MATURITY]) readMaturationClaims(tokens, verbs, maturation, claims);
  if (woken[CHANGE]) readChangeAfterClaims(tokens, verbs, claims);
  if (woken[CHANGE_NOUN]) readChangeNounAfterClaims(tokens, verbs, claims);
  if (woken[NOT]) {
    readButNotClaims(tokens, claims);
    readHelpfulButNotNeededClaims(tokens, verbs, claims);
  }
  if (woken[ROUTE]) readRouteClaims(tokens, claims);
  if (woken[DIFFERENTIATION]) readDifferentiationClaims(tokens, verbs, claims);
  if (woken[SHIFTS]) readShiftNounClaims(tokens, verbs, claims);
  if (woken[COMES_WITH]) readAccompanyingChangeClaims(tokens, verbs, claims);
  if (woken[COMPOSED]) readCompositionClaims(tokens, verbs, claims);
  if (woken[MADE]) readMadeStateClaims(tokens, verbs, claims);
  if (woken[SHIELDS]) readShieldClaims(tokens, verbs, claims);
  if (woken[DEATH]) readDeathAfterClaims(tokens, verbs, claims);
  if (woken[DEATH_IN_SETTING]) readDeathInSettingClaims(tokens, verbs, claims);
  if (woken[ORIGIN]) readOriginClaims(tokens, verbs, claims);
  if (woken[PASSIVE_SHIFT]) readPassiveShiftClaims(tokens, verbs, claims);
  // Last: they read only what no rule above read of a carrier and its cargo, or of an agent and its cells.
  if (carriage) readCarrierDirectionClaims(tokens, verbs, carriage, claims);
  if (lexicon.cellEffects && woken[FATE]) readCellFateClaims(tokens, verbs, lexicon.cellEffects, claims);
  if (lexicon.polarization && woken[TOWARD]) readPolarizationClaims(tokens, verbs, lexicon.polarization, claims);
  if (lexicon.toolTargets && woken[BLOCKING_WORDS]) readToolTargetClaims(tokens, verbs, lexicon.toolTargets, claims);
  if (lexicon.killers && woken[RESCUE]) readRescueClaims(tokens, verbs, lexicon.killers, claims);
  if (lexicon.reactions && woken[DIRECTION]) readReactionDirectionClaims(tokens, verbs, lexicon.reactions, claims);
  if (lexicon.populations && woken[POPULATION_CHANGES]) readPopulationClaims(tokens, verbs, lexicon.populations, claims);
  // Last of all: it reads where the subject of a claim read above does what it does.
  if (lexicon.located && woken[PLACE_WORDS]) readWorkplaceClaims(tokens, lexicon.located, claims);
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

/** The words each rule below `readClaims` starts from. */
const TRIGGERS = new TriggerWords();
const INDUCED = TRIGGERS.define(INDUCED_WORDS);
const REACTION = TRIGGERS.define(REACTION_WORDS);
const OUTCOME = TRIGGERS.define(OUTCOME_WORDS);
const DEPENDENCE = TRIGGERS.define(DEPENDENCE_WORDS);
const KEPT = TRIGGERS.define(KEPT_WORDS);
const NO_EFFECT = TRIGGERS.define(NO_EFFECT_WORDS);
const COMPARISON = TRIGGERS.define(COMPARISON_WORDS);
const HALLMARK = TRIGGERS.define(HALLMARK_WORDS);
const RATE_LIMITING = TRIGGERS.define(RATE_LIMITING_WORDS);
const ROLE = TRIGGERS.define(ROLE_WORDS);
const KIND = TRIGGERS.define(KIND_WORDS);
/** What the arrow, phrasal, enabling, table-cell, association, entry-route and exchange rules start from ("->" ends in ">"). */
const LOSS_WORDS = TRIGGERS.define(GENOTYPE_LOSS);
const MATURITY = TRIGGERS.define(MATURITY_WORDS);
const NOT = TRIGGERS.define(['not', 'rather', 'instead']);
const ROUTE = TRIGGERS.define(['through', 'via']);
const SHIELDS = TRIGGERS.define([...SHIELDING]);
const DEATH = TRIGGERS.define(DEATH_WORDS);
const DEATH_IN_SETTING = TRIGGERS.define(DEATH_IN_SETTING_WORDS);
const ORIGIN = TRIGGERS.define([...ORIGIN_VERBS]);
const PASSIVE_SHIFT = TRIGGERS.define([...SHIFTED]);
const SHIFTS = TRIGGERS.define([...SHIFT_NOUNS, ...PUSH_NOUNS]);
const COMES_WITH = TRIGGERS.define(COMES_WITH_WORDS);
const COMPOSED = TRIGGERS.define([...COMPOSITION_WORDS]);
const MADE = TRIGGERS.define([...MAKING]);
const DIFFERENTIATION = TRIGGERS.define(['differentiation', 'differentiate', 'differentiates', 'differentiated', 'differentiating']);
const CHANGE = TRIGGERS.define(CHANGE_WORDS);
const CHANGE_NOUN = TRIGGERS.define(CHANGE_NOUN_WORDS);
const FATE = TRIGGERS.define(FATE_WORDS);
const BLOCKING_WORDS = TRIGGERS.define([...BLOCKING, 'off', 'down']);
const RESCUE = TRIGGERS.define(RESCUE_WORDS);
const POPULATION_CHANGES = TRIGGERS.define(POPULATION_WORDS);
const DIRECTION = TRIGGERS.define(['to', 'into', 'from', '→', '>', '⟶', 'toward', 'towards']);
const TOWARD = TRIGGERS.define(['to', 'toward', 'towards', 'into', ...POLARISING]);
const PLACE_WORDS = TRIGGERS.define(PLACE_LAST_WORDS);
const PLACE_ADJECTIVE = TRIGGERS.define([...PLACE_ADJECTIVE_STARTS]);
/** What a note's changes after a colon start from ("Lenvatinib: CD8⁺ T cells down"), for the arrow rule alone. */
const NOTE_CHANGES = TRIGGERS.define([':', 'up', 'down']);
const LATE_TRIGGERS = TRIGGERS.define([...LEADS_TO, UP, DOWN, BLOCKS, '>', '|', ...PHRASAL_VERBS, ...ENABLING, ...ASSOCIATED, ...TAKE, ...ENTER, ...ACQUIRE, ...MEDIATE, ...ROUTES, ...EXCHANGE]);


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
