/**
 * BioC JSON, the shape the NCBI BioC tools and PubTator3 write: a collection of documents, each a list of
 * passages with their annotations. One document per file (id: the file as given), or per LaTeX project joined
 * into one (id: its root; each passage's `file` infon names the file it comes from); one passage per prose
 * block. Offsets are document-level, as BioC's are: a passage's `offset` and an annotation's location count
 * Unicode code points from the start of the file's prose, so `text` of a passage starts at `offset`.
 *
 * Keys the `bioc` Python decoder requires are always written, even when empty (`sentences`, `relations`).
 */
import { exportDocument, type ExportSource } from './passages';

export interface BiocLocation {
  readonly offset: number;
  readonly length: number;
}

export interface BiocAnnotation {
  readonly id: string;
  /** `type`, `identifier`, and BioLex's own `biolex_type` and `biolex_id`. */
  readonly infons: Readonly<Record<string, string>>;
  readonly text: string;
  readonly locations: readonly BiocLocation[];
}

export interface BiocPassage {
  readonly offset: number;
  readonly infons: Readonly<Record<string, string>>;
  readonly text: string;
  readonly sentences: readonly never[];
  readonly annotations: readonly BiocAnnotation[];
  readonly relations: readonly never[];
}

export interface BiocDocument {
  readonly id: string;
  readonly infons: Readonly<Record<string, string>>;
  readonly passages: readonly BiocPassage[];
  readonly relations: readonly never[];
}

export interface BiocCollection {
  readonly source: string;
  readonly date: string;
  readonly key: string;
  readonly infons: Readonly<Record<string, string>>;
  readonly documents: readonly BiocDocument[];
}

export interface BiocOptions {
  /** BioC's collection date, `yyyymmdd` by convention. Empty by default, so that output is reproducible. */
  readonly date?: string;
}

export function toBiocCollection(inputs: readonly ExportSource[], options: BiocOptions = {}): BiocCollection {
  return {
    source: 'BioLex',
    date: options.date ?? '',
    key: '',
    infons: { offsets: 'Unicode code points into the prose of each document' },
    documents: inputs.map((input): BiocDocument => {
      const document = exportDocument(input);
      let id = 0;
      return {
        id: document.file,
        infons: { markup: document.markup },
        passages: document.passages.map((passage): BiocPassage => ({
          offset: document.codePoint(passage.start),
          infons: { type: passage.kind, ...(passage.file !== undefined && { file: passage.file }) },
          text: passage.text,
          sentences: [],
          annotations: passage.annotations.map((annotation): BiocAnnotation => {
            const offset = document.codePoint(annotation.start);
            return {
              id: String(++id),
              infons: {
                type: annotation.type,
                identifier: annotation.identifier,
                biolex_type: annotation.mention.type,
                biolex_id: annotation.mention.id,
              },
              text: annotation.text,
              locations: [{ offset, length: document.codePoint(annotation.end) - offset }],
            };
          }),
          relations: [],
        })),
        relations: [],
      };
    }),
  };
}

/** The collection as BioC JSON text, newline-terminated. */
export function formatBioc(inputs: readonly ExportSource[], options: BiocOptions = {}): string {
  return `${JSON.stringify(toBiocCollection(inputs, options), null, 1)}\n`;
}
