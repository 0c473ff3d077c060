/**
 * Workspace lexicons over time, for a server that watches them: each file's text on disk, its errors, and the
 * last version without errors, which is the one in use. A file saved with an error keeps its last good version
 * in force until it is fixed (a file that never had one adds nothing), so a half-edited file never takes
 * entries away and never breaks the built-in lexicon. Pure: the caller reads the files.
 */
import { LexiconLayer, lexiconFileErrors, useParsedFile, type LexiconFile, type LexiconProblem, type ParsedFile } from './lexicon';

export interface WorkspaceLexiconFile {
  /** The file as it is now. */
  readonly current: LexiconFile;
  /** Errors in the current text (empty when it is in use). */
  readonly errors: readonly LexiconProblem[];
  /** The version in use: the current one, or the last without errors, or none. */
  readonly inUse?: LexiconFile;
}

export class WorkspaceLexicon {
  #files = new Map<string, WorkspaceLexiconFile>();

  /**
   * Replaces the set of files with these, in order of precedence (later files win). Returns whether the
   * versions in use changed, i.e. whether the lexicon must be rebuilt. A file may come parsed already (in
   * another thread, see the server's lexiconReading.ts); otherwise it is parsed here.
   */
  update(files: readonly { readonly file: string; readonly text: string; readonly parsed?: ParsedFile }[]): boolean {
    const before = this.filesInUse();
    const next = new Map<string, WorkspaceLexiconFile>();
    for (const { file, text, parsed } of files) {
      const previous = this.#files.get(file);
      // The same object for the same text: the lexicon loader reads each object once.
      const current = previous?.current.text === text ? previous.current : { file, text, layer: LexiconLayer.Workspace };
      if (parsed && current !== previous?.current) useParsedFile(current, parsed);
      const errors = lexiconFileErrors(current);
      next.set(file, { current, errors, ...(errors.length === 0 ? { inUse: current } : previous?.inUse && { inUse: previous.inUse }) });
    }
    this.#files = next;
    const after = this.filesInUse();
    return before.length !== after.length || before.some((file, i) => file !== after[i]);
  }

  /** The versions in use, in order: what to load after the built-in files. */
  filesInUse(): LexiconFile[] {
    return [...this.#files.values()].flatMap((state) => (state.inUse ? [state.inUse] : []));
  }

  get(file: string): WorkspaceLexiconFile | undefined {
    return this.#files.get(file);
  }

  all(): WorkspaceLexiconFile[] {
    return [...this.#files.values()];
  }

  has(file: string): boolean {
    return this.#files.has(file);
  }
}

export { ENTITY_TYPES, LexiconLayer, lexiconFileErrors, lexiconFileProblems, type EntityType } from './lexicon';
export { mergeLexicon, type LexiconPatch, type EntryExtension, type Span } from './merge';
export { addToLexiconText, newEntryId, isCurie, WORKSPACE_SCHEMA_URI, type LexiconAddition } from './edit';
export { proseOfRange } from '../markup/selection';
