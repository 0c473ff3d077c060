/**
 * The claim reader, as the checker and the tests use it: tokens of a sentence in, claims out. Each construction
 * is a file of `rules/`; `parties.ts` and `subjects.ts` read who acts on whom, `vocabulary.ts` holds the word
 * classes the rules share.
 */
export { ClaimForm, UNNAMED_GENE, type Claim, type ClaimEffect, type ClaimMention, type ClaimParty } from './claim';
export { tokenize, Tokens } from './tokens';
export { WordSet, type VerbIndex } from './verbIndex';
export { indexVerbs, readClaims, readSentenceClaims, type SentenceLexicon } from './read';
export { PREVIOUS_SUBJECT } from './parties';
export { PREVIOUS_CELLS } from './holders';
export { isPlace, isPlaceAdjective, PLACE_ADJECTIVE_STARTS, PLACE_LAST_WORDS, placeAdjective, placeName, placesAgree } from './locations';
export { oppositeState } from './rules/state';
export type { Carriage } from './rules/carrierDirection';
export type { CellEffects } from './rules/cellFate';
export type { Polarization } from './rules/polarization';
export type { ToolTargets } from './rules/toolTarget';
export type { Killers } from './rules/rescue';
export type { CuratedReaction } from './rules/reactionDirection';
export type { PopulationEffects } from './rules/population';
