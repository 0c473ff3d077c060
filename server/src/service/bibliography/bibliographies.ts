/**
 * The bibliographies a document declares, read through the adapter's `BibliographyReader` (the service itself
 * reads no files) and parsed once per version of each file: a stamp from the reader (its modification time and
 * size, say) says when a file changed, so that an edited .bib is read again on the next analysis.
 */
import { Markup, type Analysis } from '../analysis';
import { citableSourceOf } from './citationContext';
import { parseBibliography, type BibEntry, type Bibliography } from './bibtex';
import { findBibliographyDeclarations, type BibliographyDeclaration } from './declarations';

/** How the server or the CLI finds and reads the files a document names. */
export interface BibliographyReader {
  /**
   * Where `declaredPath` points from the document `documentUri` (relative to its folder): the file's id for
   * `read` and a stamp that changes whenever the file does; or why there is no such file to read.
   */
  locate(documentUri: string, declaredPath: string): { readonly id: string; readonly stamp: string } | { readonly missing: string };
  /** The file's text; throws with a reason when it cannot be read. */
  read(id: string): string;
}

export type DeclaredBibliography = BibliographyDeclaration &
  ({ readonly bibliography: Bibliography; readonly id: string } | { readonly missing: string }) & {
    /** Declared by another file of the project (its id): the range is in that file, and that file reports its problems. */
    readonly inheritedFrom?: string;
  };

/**
 * What a chapter that declares no bibliography of its own takes from its project: the declarations of the root and
 * of the project's other files, whose paths BibTeX and biblatex read from the root's folder, where LaTeX runs.
 */
export interface InheritedBibliographies {
  /** The project's root (a file id the reader locates from, as it does from a document's uri). */
  readonly root: string;
  readonly declarations: readonly (BibliographyDeclaration & { readonly file: string })[];
}

export interface DocumentBibliographies {
  readonly declared: readonly DeclaredBibliography[];
  /** The entry a key names, from the first declared bibliography that has it. */
  entry(key: string): BibEntry | undefined;
  /** Whether any declared bibliography could be read: only then is an unknown key worth a diagnostic. */
  readonly anyRead: boolean;
  /** Every key of the bibliographies read, for suggestions. */
  keys(): Iterable<string>;
}

export class BibliographyCache {
  readonly #reader: BibliographyReader | undefined;
  readonly #parsed = new Map<string, { stamp: string; bibliography: Bibliography }>();
  /** A document's declarations change only with its text; its files are located again on every call. */
  readonly #declarations = new WeakMap<Analysis, readonly BibliographyDeclaration[]>();

  constructor(reader: BibliographyReader | undefined) {
    this.#reader = reader;
  }

  bibliographiesOf(analysis: Analysis, inherited?: InheritedBibliographies): DocumentBibliographies {
    let own = this.#declarations.get(analysis);
    if (!own) {
      own = findBibliographyDeclarations(analysis.source, analysis.markup, analysis.markup === Markup.Latex ? citableSourceOf(analysis) : undefined);
      this.#declarations.set(analysis, own);
    }
    const declarations: readonly (BibliographyDeclaration & { readonly file?: string })[] = own.length === 0 && inherited ? inherited.declarations : own;
    const from = own.length === 0 && inherited ? inherited.root : analysis.uri;
    const declared = declarations.map(({ file, ...declaration }): DeclaredBibliography => {
      const source = file === undefined ? {} : { inheritedFrom: file };
      if (!this.#reader) return { ...declaration, ...source, missing: 'BioLex reads no files here' };
      const location = this.#reader.locate(from, declaration.path);
      if ('missing' in location) return { ...declaration, ...source, missing: location.missing };
      const bibliography = this.#bibliography(location.id, location.stamp);
      return typeof bibliography === 'string' ? { ...declaration, ...source, missing: bibliography } : { ...declaration, ...source, id: location.id, bibliography };
    });
    const read = declared.flatMap((d) => ('bibliography' in d ? [d.bibliography] : []));
    return {
      declared,
      anyRead: read.length > 0,
      entry: (key) => {
        for (const bibliography of read) {
          const entry = bibliography.entries.get(key);
          if (entry) return entry;
        }
        return undefined;
      },
      keys: () => read.flatMap((bibliography) => [...bibliography.entries.keys()]),
    };
  }

  /** The file parsed, or why it could not be read (a file that cannot be read is as good as missing). */
  #bibliography(id: string, stamp: string): Bibliography | string {
    const cached = this.#parsed.get(id);
    if (cached?.stamp === stamp) return cached.bibliography;
    let text: string;
    try {
      text = this.#reader!.read(id);
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
    const bibliography = parseBibliography(text);
    this.#parsed.set(id, { stamp, bibliography });
    return bibliography;
  }
}
