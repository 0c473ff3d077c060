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
}

const PLACES: readonly Place[] = [
  { id: 'inner-mitochondrial-membrane', name: 'the inner mitochondrial membrane', phrases: ['inner mitochondrial membrane', 'mitochondrial inner membrane', 'inner membrane of mitochondria', 'inner membrane of the mitochondria'].map(split), within: 'mitochondrion' },
  { id: 'outer-mitochondrial-membrane', name: 'the outer mitochondrial membrane', phrases: ['outer mitochondrial membrane', 'mitochondrial outer membrane', 'outer membrane of mitochondria', 'outer membrane of the mitochondria'].map(split), within: 'mitochondrion' },
  { id: 'mitochondrion', name: 'mitochondria', phrases: ['mitochondrial membrane', 'mitochondrial membranes', 'mitochondria', 'mitochondrion', 'mitochondrial matrix'].map(split) },
  { id: 'plasma-membrane', name: 'the plasma membrane', phrases: ['plasma membrane', 'cell membrane', 'cell surface', 'cellular membrane'].map(split) },
  { id: 'cytosol', name: 'the cytosol', phrases: ['cytosol', 'cytoplasm'].map(split) },
  { id: 'nucleus', name: 'the nucleus', phrases: ['nucleus', 'nuclei'].map(split) },
  { id: 'lysosome', name: 'lysosomes', phrases: ['lysosome', 'lysosomes', 'lysosomal membrane'].map(split) },
  { id: 'endoplasmic-reticulum', name: 'the endoplasmic reticulum', phrases: ['endoplasmic reticulum', 'er membrane'].map(split) },
];

function split(phrase: string): readonly string[] {
  return phrase.split(' ');
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

/** Whether saying a protein is at `said` agrees with its curated place `curated`: the same, or one within the other. */
export function placesAgree(said: CellLocation, curated: CellLocation): boolean {
  return said === curated || BY_ID.get(said)?.within === curated || BY_ID.get(curated)?.within === said;
}

/** Whether `id` is a place of the cell (an object only location claims have). */
export function isPlace(id: string): id is CellLocation {
  return BY_ID.has(id as CellLocation);
}
