/**
 * The short forms a LaTeX project's other files define ("labile iron pool (LIP)" in the introduction), which count
 * in each of its files: a thesis defines an abbreviation once, in whichever chapter first uses it (or in a glossary
 * at the end). Each file's are found once per text, from the text the project's last walk read.
 */
import { Markup, toProse } from '../analysis';
import type { TermMatcher } from '../recognition/matcher';
import { definitionsIn, NO_DEFINITIONS } from '../recognition/recognize';
import type { ProjectFileCache } from './includeTree';
import type { Project } from './projectRoot';

export class ProjectDefinitions {
  readonly #files: ProjectFileCache;
  readonly #matcher: TermMatcher;
  readonly #byFile = new Map<string, { text: string; definitions: ReadonlySet<string> }>();
  /**
   * Each document's last set, kept as the same object while it holds the same short forms: an analysis is reused
   * only with the very set it was made with.
   */
  readonly #byDocument = new Map<string, { signature: string; definitions: ReadonlySet<string> }>();

  constructor(files: ProjectFileCache, matcher: TermMatcher) {
    this.#files = files;
    this.#matcher = matcher;
  }

  /** The short forms the project's files other than the document define; remembered as the document's. */
  update(uri: string, project: Project): ReadonlySet<string> {
    const found = new Set<string>();
    for (const file of project.tree.files) {
      if (file === project.document) continue;
      for (const key of this.#definedIn(file)) found.add(key);
    }
    const signature = [...found].sort().join('\n');
    const last = this.#byDocument.get(uri);
    if (last?.signature === signature) return last.definitions;
    const definitions = found.size === 0 ? NO_DEFINITIONS : found;
    this.#byDocument.set(uri, { signature, definitions });
    return definitions;
  }

  /** The document's short forms from its project, as last found (none before its project was). */
  of(uri: string): ReadonlySet<string> {
    return this.#byDocument.get(uri)?.definitions ?? NO_DEFINITIONS;
  }

  forget(uri: string): void {
    this.#byDocument.delete(uri);
  }

  #definedIn(file: string): ReadonlySet<string> {
    const text = this.#files.readText(file);
    if (text === undefined) return NO_DEFINITIONS;
    const cached = this.#byFile.get(file);
    if (cached?.text === text) return cached.definitions;
    const definitions = definitionsIn(toProse(text, Markup.Latex).text, this.#matcher);
    this.#byFile.set(file, { text, definitions });
    return definitions;
  }
}
