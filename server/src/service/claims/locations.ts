/**
 * The places of the cell a claim can put a protein in ("anchored to the inner mitochondrial membrane"), as the
 * words writers use for them, and which place lies within which. The places are those of the entries' `location`
 * facts (lexicon/schema/entities.schema.json).
 */
import type { CellLocation } from '../lexicon/lexicon';
import type { Tokens } from './tokens';

interface Place {
  readonly id: CellLocation;
  /** What a reading or a fix calls it. */
  readonly name: string;
  /** Its names as token sequences, longest first where one starts another. */
  readonly phrases: readonly (readonly string[])[];
  readonly within?: CellLocation;
  /** What a fix calls it before a noun ("a plasma-membrane reductase"). */
  readonly adjective: string;
}

const PLACES: readonly Place[] = [
  { id: 'inner-mitochondrial-membrane', name: 'the inner mitochondrial membrane', adjective: 'inner-mitochondrial-membrane', phrases: ['inner mitochondrial membrane', 'mitochondrial inner membrane', 'inner membrane of mitochondria', 'inner membrane of the mitochondria'].map(split), within: 'mitochondrion' },
  { id: 'outer-mitochondrial-membrane', name: 'the outer mitochondrial membrane', adjective: 'outer-mitochondrial-membrane', phrases: ['outer mitochondrial membrane', 'mitochondrial outer membrane', 'outer membrane of mitochondria', 'outer membrane of the mitochondria'].map(split), within: 'mitochondrion' },
  { id: 'mitochondrion', name: 'mitochondria', adjective: 'mitochondrial', phrases: ['mitochondrial membrane', 'mitochondrial membranes', 'membranes of the mitochondria', 'membrane of the mitochondria', 'membranes of mitochondria', 'mitochondria', 'mitochondrion', 'mitochondrial matrix'].map(split) },
  { id: 'plasma-membrane', name: 'the plasma membrane', adjective: 'plasma-membrane', phrases: ['plasma membrane', 'cell membrane', 'cell surface', 'cellular membrane'].map(split) },
  { id: 'cytosol', name: 'the cytosol', adjective: 'cytosolic', phrases: ['cytosol', 'cytoplasm'].map(split) },
  { id: 'nucleus', name: 'the nucleus', adjective: 'nuclear', phrases: ['nuclear envelope', 'nuclear membrane', 'nucleus', 'nuclei'].map(split) },
  { id: 'lysosome', name: 'lysosomes', adjective: 'lysosomal', phrases: ['lysosome', 'lysosomes', 'lysosomal membrane'].map(split) },
  { id: 'endoplasmic-reticulum', name: 'the endoplasmic reticulum', adjective: 'ER-resident', phrases: ['endoplasmic reticulum', 'er membrane'].map(split) },
];

function split(phrase: string): readonly string[] {
  return phrase.split(' ');
}

/** The adjectives of place ("a mitochondrial enzyme"), as tokens, and the place each names. */
const PLACE_ADJECTIVES: readonly (readonly [string, CellLocation])[] = [
  ['inner-mitochondrial-membrane', 'inner-mitochondrial-membrane'],
  ['outer-mitochondrial-membrane', 'outer-mitochondrial-membrane'],
  ['mitochondrial', 'mitochondrion'],
  ['plasma-membrane', 'plasma-membrane'],
  ['plasma membrane', 'plasma-membrane'],
  ['cytosolic', 'cytosol'],
  ['cytoplasmic', 'cytosol'],
  ['lysosomal', 'lysosome'],
  ['er-resident', 'endoplasmic-reticulum'],
];
/** The adjectives as tokens: a hyphen is a token of its own. */
const ADJECTIVE_TOKENS = PLACE_ADJECTIVES.map(([text, place]) => [text.split(/(-)| /).filter(Boolean), place] as const);
/** The first words of the adjectives of place: a sentence without one names no place that way. */
export const PLACE_ADJECTIVE_STARTS: ReadonlySet<string> = new Set(ADJECTIVE_TOKENS.map(([words]) => words[0]!));

/** The adjective of place at `at` ("plasma-membrane"), and how many tokens it takes; undefined if none is. */
export function placeAdjectiveAt(tokens: Tokens, at: number): { place: CellLocation; length: number } | undefined {
  const found = ADJECTIVE_TOKENS.find(([words]) => words.every((word, j) => tokens.lower(at + j) === word));
  return found && { place: found[1], length: found[0].length };
}

const BY_ID = new Map(PLACES.map((p) => [p.id, p]));

/**
 * The last words of the places' names ("membrane", "mitochondria"): a sentence without one names no place, and a
 * place between a subject and its verb ends in one. The rules and the checker look for these before anything else.
 */
export const PLACE_LAST_WORDS: ReadonlySet<string> = new Set(PLACES.flatMap((p) => p.phrases.map((phrase) => phrase[phrase.length - 1]!)));

/** The place named by the words at `at`, and the index of its last token; undefined if none is. */
export function placeAt(tokens: Tokens, at: number): { id: CellLocation; end: number } | undefined {
  for (const place of PLACES) {
    for (const phrase of place.phrases) {
      if (phrase.every((word, j) => tokens.kind(at + j) === 'word' && tokens.lower(at + j) === word)) return { id: place.id, end: at + phrase.length - 1 };
    }
  }
  return undefined;
}

/** What a reading or a fix calls the place `id`, if it is one. */
export function placeName(id: string): string | undefined {
  return BY_ID.get(id as CellLocation)?.name;
}

/** Whether `text` is an adjective of place ("mitochondrial"), which a fix replaces with an adjective. */
export function isPlaceAdjective(text: string): boolean {
  const lower = text.toLowerCase().replace(/\s+/g, ' ');
  return PLACE_ADJECTIVES.some(([adjective]) => adjective === lower);
}

/** The adjective a fix writes for the place `id` ("a plasma-membrane reductase"). */
export function placeAdjective(id: string): string | undefined {
  return BY_ID.get(id as CellLocation)?.adjective;
}

/** Whether saying a protein is at `said` agrees with its curated place `curated`: the same, or one within the other. */
export function placesAgree(said: CellLocation, curated: CellLocation): boolean {
  return said === curated || BY_ID.get(said)?.within === curated || BY_ID.get(curated)?.within === said;
}

/** Whether `id` is a place of the cell (an object only location claims have). */
export function isPlace(id: string): id is CellLocation {
  return BY_ID.has(id as CellLocation);
}
