/**
 * A LaTeX project's files on disk, for the server and the CLI: the service's ProjectReader (paths are file ids;
 * a stamp is a file's modification time and size), and the search of a workspace folder for the `.tex` files that
 * may be a chapter's root, which the service asks for only when no magic comment or setting names the root.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ProjectHints, ProjectReader } from '../service';
import { MAX_DOCUMENT_LENGTH } from '../service/analysis';
import { locateFile, readTextFile } from './readText';
import { withoutComments } from './projectLexicons';

/** A manuscript may have 20 million characters; in UTF-8 at most four times as many bytes. */
const MAX_TEX_BYTES = 4 * MAX_DOCUMENT_LENGTH;
/** A workspace with more .tex files than this is searched no further (a TeX distribution checked in, say). */
const MAX_CANDIDATES = 5000;
const MAX_SEARCH_DEPTH = 12;
/** A listing of a folder's .tex files serves this long: a chapter's every hover and diagnostics pull asks for it. */
const CANDIDATES_TTL_MS = 5000;

export function fileProjectReader(): ProjectReader {
  return {
    fileOf(uri) {
      if (uri.startsWith('file:')) {
        try {
          return fileURLToPath(uri);
        } catch {
          return undefined;
        }
      }
      // The CLI names documents by their paths; other schemes (untitled:, vscode-remote:) have no folder here.
      return /^[A-Za-z][\w+.-]+:/.test(uri) ? undefined : resolve(uri);
    },
    folderOf: (id) => dirname(id),
    subfolder: (folder, path) => resolve(folder, path),
    locate(folder, path) {
      return locateFile(isAbsolute(path) ? path : resolve(folder, path));
    },
    read(id) {
      const read = readTextFile(id, MAX_TEX_BYTES);
      if ('skipped' in read) throw new Error(read.skipped);
      // A NUL byte is in no LaTeX source: an image or a PDF named .tex is not read as one.
      if (read.text.includes('\0')) throw new Error('a binary file, not LaTeX');
      return read.text;
    },
  };
}

/**
 * A reader that takes an open document's text over the file's: a chapter's unsaved edits count in the other
 * chapters (the short forms it defines, the files it includes) as they would after a save. `open` gives an open
 * file's text and version; the version is its stamp, so the project is read again after each edit.
 */
export function withOpenDocuments(reader: ProjectReader, open: (id: string) => { readonly text: string; readonly version: number } | undefined): ProjectReader {
  return {
    ...reader,
    locate(folder, path) {
      const located = reader.locate(folder, path);
      if ('missing' in located) return located;
      const document = open(located.id);
      return document ? { id: located.id, stamp: `open:${document.version}` } : located;
    },
    read: (id) => open(id)?.text ?? reader.read(id),
  };
}

/** The `.tex` files of workspace folders, listed at most every few seconds, and again at once when told of a change. */
export class TexFileSearch {
  readonly #listed = new Map<string, { at: number; files: string[] }>();

  /**
   * The hints for a document: the root setting resolved against its workspace folder, and the .tex files of
   * `searchFolder` (the workspace folder, unless the caller knows better) as candidate roots, nearest first.
   */
  hints(documentPath: string, folder: string | undefined, rootSetting: string | undefined, searchFolder = folder): ProjectHints {
    const base = folder ?? dirname(documentPath);
    return {
      ...(rootSetting && { rootSetting: resolve(base, rootSetting) }),
      ...(searchFolder !== undefined && { candidateRoots: () => nearestFirst(this.texFiles(searchFolder), documentPath) }),
    };
  }

  texFiles(folder: string): string[] {
    const listed = this.#listed.get(folder);
    if (listed && Date.now() - listed.at < CANDIDATES_TTL_MS) return listed.files;
    const files: string[] = [];
    listTexFiles(folder, files, 0);
    this.#listed.set(folder, { at: Date.now(), files });
    return files;
  }

  /** A .tex file was created, deleted or changed: the next search lists the folders again. */
  forget(): void {
    this.#listed.clear();
  }
}

function listTexFiles(folder: string, files: string[], depth: number): void {
  if (depth > MAX_SEARCH_DEPTH) return;
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (files.length >= MAX_CANDIDATES) return;
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) listTexFiles(path, files, depth + 1);
    else if (entry.isFile() && extname(entry.name).toLowerCase() === '.tex') files.push(path);
  }
}

/** Roots in the document's folder or above it first, nearest first; then the others, in path order. */
function nearestFirst(files: readonly string[], documentPath: string): string[] {
  const above = (file: string): number => {
    const up = relative(dirname(file), dirname(documentPath));
    return up === '' ? 0 : up.startsWith('..') || isAbsolute(up) ? Infinity : up.split(sep).length;
  };
  return files.map((file) => ({ file, distance: above(file) })).sort((a, b) => a.distance - b.distance).map((c) => c.file);
}

/** `biolex.latex.rootFile` of a folder's `.vscode/settings.json`, for the command line; '' when unset or unreadable. */
export function settingsLatexRootFile(folder: string): string {
  const file = join(folder, '.vscode', 'settings.json');
  if (!existsSync(file)) return '';
  try {
    const value = (JSON.parse(withoutComments(readFileSync(file, 'utf8'))) as Record<string, unknown>)['biolex.latex.rootFile'];
    return typeof value === 'string' ? value.trim() : '';
  } catch {
    // The lexicon paths of the same file report a broken settings file (projectLexicons.ts).
    return '';
  }
}
