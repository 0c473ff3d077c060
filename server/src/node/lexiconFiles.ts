/** Reads the built-in lexicon's files from disk for the server and the CLI (the service never touches fs). */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readTextFile } from './readText';
import { precompileLexicon, usePrecompiledLexicon, type LexiconFile } from '../service';

/** The lexicon directory: beside dist/ in the repository and in the VSIX. */
export function builtInLexiconDirectory(): string {
  return resolve(__dirname, '..', 'lexicon');
}

/** The built-in lexicon as the build parsed it (see service/lexicon/precompiled.ts), beside the bundles. */
export function precompiledLexiconPath(): string {
  return resolve(__dirname, 'lexicon.json');
}

/** Stands for the lexicon directory's URI in the stored file: the build's directory is not the user's. */
const DIRECTORY = '@BIOLEX_LEXICON_DIRECTORY@';

/**
 * Reads a lexicon directory's files. For the built-in directory, the files whose text the build parsed are
 * taken as parsed then (`precompiledLexiconPath`), which saves most of a start; the rest are read as usual.
 */
export function readLexiconDirectory(directory: string = builtInLexiconDirectory(), precompiled = directory === builtInLexiconDirectory()): LexiconFile[] {
  const files = readLexiconFiles(directory);
  if (precompiled && existsSync(precompiledLexiconPath())) {
    try {
      takePrecompiledLexicon(files, readFileSync(precompiledLexiconPath(), 'utf8'), directory);
    } catch {
      // An unreadable file only costs the time it would have saved: the YAML is read instead.
    }
  }
  return files;
}

/** Takes the stored readings (`precompiledLexiconJson`) of a directory's files; returns how many. */
export function takePrecompiledLexicon(files: readonly LexiconFile[], stored: string, directory: string): number {
  try {
    return usePrecompiledLexicon(files, JSON.parse(stored.split(DIRECTORY).join(lexiconUri(directory))));
  } catch {
    return 0; // not JSON: damaged, and ignored
  }
}

/** The stored form of a lexicon directory, as the build writes it to `precompiledLexiconPath()`. */
export function precompiledLexiconJson(directory: string = builtInLexiconDirectory()): string {
  return JSON.stringify(precompileLexicon(readLexiconFiles(directory))).split(lexiconUri(directory)).join(DIRECTORY);
}

/** Files in the lexicon directory that document the lexicon rather than belong to it (checked by their own tests). */
const NOT_LEXICON_DATA = new Set(['inventory.yaml']);

function readLexiconFiles(directory: string): LexiconFile[] {
  const files: LexiconFile[] = [];
  const visit = (dir: string): void => {
    for (const dirent of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, dirent.name);
      if (dirent.isDirectory()) {
        if (dirent.name !== 'schema') visit(path);
      } else if (/\.(ya?ml|json)$/.test(dirent.name) && !NOT_LEXICON_DATA.has(dirent.name)) {
        files.push({ file: pathToFileURL(path).href, text: readFileSync(path, 'utf8') });
      }
    }
  };
  visit(directory);
  return files;
}

/** Past this size a workspace lexicon file is not read: lexicons are small, and a mistaken path may name anything. */
export const MAX_WORKSPACE_LEXICON_BYTES = 5_000_000;

const LEXICON_FILE = /\.(ya?ml|json)$/i;

/** One workspace folder: its path and its `biolex.lexicon.paths`. */
export interface LexiconFolder {
  readonly folder: string;
  readonly paths: readonly string[];
}

export interface WorkspaceLexiconRead {
  /** In order of precedence: each folder's `.biolex/` files by name, then its configured paths in order. */
  readonly files: { readonly file: string; readonly text: string }[];
  /** Sentences for the log: configured paths that do not exist, files too large or unreadable. */
  readonly notes: string[];
}

/** A file URI in the form the lexicon uses for names and locations. */
export function lexiconUri(path: string): string {
  return pathToFileURL(path).href;
}

/**
 * Reads the workspace lexicons of these folders: `<folder>/.biolex/*.{yaml,yml,json}` and each configured
 * path, resolved against the folder (a file, or a folder whose YAML and JSON files are read). A file named
 * twice is read once, at its first place.
 */
export function readWorkspaceLexiconFiles(folders: readonly LexiconFolder[]): WorkspaceLexiconRead {
  const files: { file: string; text: string }[] = [];
  const notes: string[] = [];
  const seen = new Set<string>();
  const listDirectory = (directory: string): string[] =>
    readdirSync(directory, { withFileTypes: true })
      .filter((dirent) => dirent.isFile() && LEXICON_FILE.test(dirent.name))
      .map((dirent) => join(directory, dirent.name))
      .sort();
  const read = (path: string): void => {
    if (seen.has(path)) return;
    seen.add(path);
    try {
      // Counted while reading: a device reports a size of 0 and has no end.
      const read = readTextFile(path, MAX_WORKSPACE_LEXICON_BYTES);
      if ('skipped' in read) notes.push(`${path}: ${read.skipped} (a lexicon file has at most ${MAX_WORKSPACE_LEXICON_BYTES.toLocaleString('en')} bytes).`);
      else files.push({ file: lexiconUri(path), text: read.text });
    } catch (error) {
      notes.push(`${path}: cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)}).`);
    }
  };
  for (const { folder, paths } of folders) {
    const own = join(folder, '.biolex');
    if (isDirectory(own)) for (const path of listDirectory(own)) read(path);
    for (const configured of paths) {
      const path = resolve(folder, configured);
      if (isDirectory(path)) for (const file of listDirectory(path)) read(file);
      else if (existsSync(path)) read(path);
      else notes.push(`biolex.lexicon.paths: "${configured}" (${path}) does not exist.`);
    }
  }
  return { files, notes };
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
