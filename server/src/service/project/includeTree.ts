/**
 * A LaTeX project's include tree, walked from its root through the files it brings in (see includes.ts), read
 * through the adapter's `ProjectReader` (the service reads no files). A missing file and an include that would
 * loop are problems on the command that names them; the walk goes on past both, so nothing else is lost.
 */
import { Markup } from '../analysis';
import { findBibliographyDeclarations, type BibliographyDeclaration } from '../bibliography/declarations';
import { findIncludes, IncludeKind, type IncludeCommand } from './includes';
import { findRootDirective, isRootDocument, type RootDirective } from './magicRoot';

/** How the server or the CLI finds and reads a project's files. Ids are whatever the adapter uses (paths). */
export interface ProjectReader {
  /** The file a document's uri names, or undefined for a document that is not a file (unsaved, remote). */
  fileOf(uri: string): string | undefined;
  /** The folder a file is in. */
  folderOf(id: string): string;
  /** The folder `relative` names from `folder` (itself when absolute). */
  subfolder(folder: string, relative: string): string;
  /** The file `path` names from `folder`: its id and a stamp that changes whenever the file does, or why there is none. */
  locate(folder: string, path: string): { readonly id: string; readonly stamp: string } | { readonly missing: string };
  /** The file's text; throws with a reason when it cannot be read. */
  read(id: string): string;
}

export const MISSING_INCLUDE = 'missing-include';
export const INCLUDE_CYCLE = 'include-cycle';

export interface IncludeProblem {
  /** The file whose command names the include. */
  readonly file: string;
  readonly start: number;
  readonly end: number;
  readonly code: typeof MISSING_INCLUDE | typeof INCLUDE_CYCLE;
  readonly message: string;
}

export interface IncludeTree {
  readonly root: string;
  /** Every file of the project once, root first, in the order LaTeX reads them. */
  readonly files: readonly string[];
  readonly problems: readonly IncludeProblem[];
}

/** Past these a project is not real LaTeX but a generated or hostile one: the walk stops there. */
const MAX_FILES = 2000;
const MAX_DEPTH = 64;

/** A file's text and include commands, kept while its stamp is unchanged. */
export class ProjectFileCache {
  readonly #reader: ProjectReader;
  readonly #files = new Map<string, { stamp: string; text: string; includes?: IncludeCommand[]; bibliographies?: BibliographyDeclaration[]; root?: boolean; directive?: RootDirective | null }>();

  constructor(reader: ProjectReader) {
    this.#reader = reader;
  }

  get reader(): ProjectReader {
    return this.#reader;
  }

  /** The file's text, or why it cannot be read. `current` is the editor's text of an open document, which wins over the disk. */
  text(id: string, stamp: string, current?: { text: string }): { text: string } | { unreadable: string } {
    const cached = this.#files.get(id);
    // An open document's text is compared itself (the same string while its version stands, so at once).
    if (cached && (current ? cached.text === current.text : cached.stamp === stamp)) return cached;
    let text: string;
    if (current) text = current.text;
    else {
      try {
        text = this.#reader.read(id);
      } catch (error) {
        return { unreadable: error instanceof Error ? error.message : String(error) };
      }
    }
    const entry = { stamp: current ? '' : stamp, text };
    this.#files.set(id, entry);
    return entry;
  }

  includes(id: string, stamp: string, current?: { text: string }): IncludeCommand[] | { unreadable: string } {
    const read = this.text(id, stamp, current);
    if ('unreadable' in read) return read;
    const entry = this.#files.get(id)!;
    entry.includes ??= findIncludes(read.text);
    return entry.includes;
  }

  /**
   * Whether the file is a root LaTeX can compile, kept with its text: a chapter's every hover and diagnostics pull
   * asks it of each candidate root, which would otherwise mask each file's comments again.
   */
  isRoot(id: string, stamp: string, current?: { text: string }): boolean {
    const read = this.text(id, stamp, current);
    if ('unreadable' in read) return false;
    const entry = this.#files.get(id)!;
    entry.root ??= isRootDocument(read.text);
    return entry.root;
  }

  /** The file's `% !TEX root` or subfiles directive, if any, kept with its text. */
  rootDirective(id: string, stamp: string, current?: { text: string }): RootDirective | undefined {
    const read = this.text(id, stamp, current);
    if ('unreadable' in read) return undefined;
    const entry = this.#files.get(id)!;
    if (entry.directive === undefined) entry.directive = findRootDirective(read.text) ?? null;
    return entry.directive ?? undefined;
  }

  /** The text of a file the last walk read, as read then. */
  readText(id: string): string | undefined {
    return this.#files.get(id)?.text;
  }

  /** The bibliographies a file the last walk read declares (none for a file not read). */
  bibliographyDeclarations(id: string): BibliographyDeclaration[] {
    const entry = this.#files.get(id);
    if (!entry) return [];
    entry.bibliographies ??= findBibliographyDeclarations(entry.text, Markup.Latex);
    return entry.bibliographies;
  }
}

/**
 * The tree from `root`, whose relative paths start at `base` (the root's own folder, except for a chapter walked
 * on its own on behalf of a root that does not include it). `current` is an open document's text.
 */
export function buildIncludeTree(files: ProjectFileCache, root: string, base: string, current?: { id: string; text: string }): IncludeTree {
  const reader = files.reader;
  const order: string[] = [];
  const seen = new Set<string>();
  const problems: IncludeProblem[] = [];
  const onPath: string[] = [];
  const rootFolder = reader.folderOf(root);
  const visit = (id: string, stamp: string, folder: string): void => {
    seen.add(id);
    order.push(id);
    onPath.push(id);
    const includes = files.includes(id, stamp, current?.id === id ? current : undefined);
    // An unreadable file is reported where it is included (locate said it exists; reading it failed here).
    if (!Array.isArray(includes)) {
      onPath.pop();
      return;
    }
    for (const include of includes) {
      const problem = (code: IncludeProblem['code'], message: string): void => {
        problems.push({ file: id, start: include.start, end: include.end, code, message });
      };
      const target = includeFolder(include, folder, rootFolder, reader);
      const found = locateTeX(reader, target, include.path);
      if ('missing' in found) {
        problem(MISSING_INCLUDE, `\\${include.command}: ${include.path} was not found (${found.missing}); the rest of the project is read without it.`);
        continue;
      }
      if (onPath.includes(found.id)) {
        const chain = [...onPath.slice(onPath.indexOf(found.id)), found.id].map((file) => nameOf(reader, file)).join(' → ');
        problem(INCLUDE_CYCLE, `\\${include.command}: ${include.path} includes this file again (${chain}); LaTeX would loop for ever, so BioLex reads it once.`);
        continue;
      }
      if (seen.has(found.id)) continue;
      const unreadable = files.text(found.id, found.stamp, current?.id === found.id ? current : undefined);
      if ('unreadable' in unreadable) {
        problem(MISSING_INCLUDE, `\\${include.command}: ${include.path} could not be read (${unreadable.unreadable}); the rest of the project is read without it.`);
        continue;
      }
      if (order.length >= MAX_FILES || onPath.length >= MAX_DEPTH) continue;
      // The import package makes the imported file's folder the base of what it brings in; \input keeps the base.
      visit(found.id, found.stamp, include.kind === IncludeKind.Input ? folder : reader.folderOf(found.id));
    }
    onPath.pop();
  };
  const start = current?.id === root ? { id: root, stamp: '' } : reader.locate(reader.folderOf(root), root);
  if (!('missing' in start)) visit(root, start.stamp, base);
  return { root, files: order, problems };
}

/** Where an include's path starts: the base for \input, the root's folder for \import, the base for \subimport. */
function includeFolder(include: IncludeCommand, base: string, rootFolder: string, reader: ProjectReader): string {
  if (include.kind === IncludeKind.Input || include.directory === undefined) return base;
  return reader.subfolder(include.kind === IncludeKind.Import ? rootFolder : base, include.directory);
}

/** As LaTeX looks: `x.tex` first, then `x` as written (a name with another extension, or none). */
function locateTeX(reader: ProjectReader, folder: string, path: string): { id: string; stamp: string } | { missing: string } {
  if (/\.tex$/i.test(path)) return reader.locate(folder, path);
  const withExtension = reader.locate(folder, `${path}.tex`);
  if (!('missing' in withExtension)) return withExtension;
  const asWritten = reader.locate(folder, path);
  return 'missing' in asWritten ? withExtension : asWritten;
}

function nameOf(reader: ProjectReader, id: string): string {
  const folder = reader.folderOf(id);
  return id.startsWith(folder) ? id.slice(folder.length).replace(/^[\\/]/, '') : id;
}
