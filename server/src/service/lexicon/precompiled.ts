/**
 * The built-in lexicon parsed ahead of time. Reading its YAML and checking it against the schemas takes
 * most of a second on each start of the server or the CLI; the build does it once and stores the result,
 * and a start takes a stored file whenever its text is still exactly the one the build read.
 */
import { LexiconLayer, parseFile, useParsedFile, type LexiconFile, type ParsedFile } from './lexicon';

export interface PrecompiledLexicon {
  readonly format: typeof FORMAT;
  readonly files: readonly { readonly file: string; readonly fingerprint: string; readonly parsed: ParsedFile }[];
}

const FORMAT = 'biolex-precompiled-lexicon-1';

/** What the build stores: each built-in file's name, a fingerprint of its text, and what it reads as. */
export function precompileLexicon(files: readonly LexiconFile[]): PrecompiledLexicon {
  return {
    format: FORMAT,
    files: files.filter((file) => file.layer !== LexiconLayer.Workspace).map((file) => ({ file: file.file, fingerprint: fingerprint(file.text), parsed: parseFile(file) })),
  };
}

/**
 * Takes the stored reading of every file whose name and text match one the build read; the others are read
 * as usual. Anything that is not a precompiled lexicon is ignored. Returns how many files were taken.
 */
export function usePrecompiledLexicon(files: readonly LexiconFile[], precompiled: unknown): number {
  if (!isPrecompiled(precompiled)) return 0;
  const stored = new Map(precompiled.files.map((entry) => [entry.file, entry]));
  let taken = 0;
  for (const file of files) {
    const entry = stored.get(file.file);
    if (file.layer === LexiconLayer.Workspace || !entry || entry.fingerprint !== fingerprint(file.text)) continue;
    useParsedFile(file, entry.parsed);
    taken++;
  }
  return taken;
}

function isPrecompiled(value: unknown): value is PrecompiledLexicon {
  const candidate = value as Partial<PrecompiledLexicon> | null;
  return (
    typeof candidate === 'object' && candidate !== null && candidate.format === FORMAT && Array.isArray(candidate.files) &&
    candidate.files.every((entry) => typeof entry?.file === 'string' && typeof entry.fingerprint === 'string' && typeof entry.parsed === 'object' && entry.parsed !== null)
  );
}

/** The text's length and two 32-bit FNV-1a hashes (forwards and backwards): a changed file does not match but by a freak of chance. */
export function fingerprint(text: string): string {
  let forward = 0x811c9dc5;
  let backward = 0x811c9dc5;
  for (let i = 0, j = text.length - 1; i < text.length; i++, j--) {
    forward = Math.imul(forward ^ text.charCodeAt(i), 0x01000193);
    backward = Math.imul(backward ^ text.charCodeAt(j), 0x01000193);
  }
  return `${text.length}:${(forward >>> 0).toString(16)}:${(backward >>> 0).toString(16)}`;
}
