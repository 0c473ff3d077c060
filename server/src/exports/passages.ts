/**
 * What the BioC, PubTator and brat exports share: a document's prose cut into passages (its blocks), its
 * mentions as annotations with an export type and an identifier, and offsets counted in Unicode code points.
 *
 * Offsets: every export counts Unicode code points, the unit of Python's `str`, in which the readers of these
 * formats are written (brat's server, the `bioc` and `bconv` packages, PubTator's pipelines). JavaScript
 * counts UTF-16 code units; the two differ only after an astral-plane character such as 𝛾 or an emoji.
 *
 * Pure: no file system. The CLI reads the files and writes what these functions return.
 */
import { CELL_SEPARATOR, Markup, toProse, type Analysis, type BlockKind, type BlockStart, type Entry, type Lexicon, type SourceMention } from '../service';

/** One file to export: its name as the export should show it, its analysis, and the lexicon it was made with. */
export interface ExportInput {
  readonly file: string;
  readonly analysis: Analysis;
  readonly lexicon: Lexicon;
}

/**
 * Several files exported as one document: a LaTeX project's files in the order LaTeX reads them, named after
 * its root. Their prose is joined by blank lines, so that no passage spans two files.
 */
export interface JoinedExportInput {
  readonly file: string;
  readonly parts: readonly ExportInput[];
}

/** What an export writes as one document: one file, or several joined. */
export type ExportSource = ExportInput | JoinedExportInput;

/** The type names of the exports, after BioC and PubTator's bioconcept types. */
export enum ExportType {
  Gene = 'Gene',
  Chemical = 'Chemical',
  CellType = 'CellType',
  BiologicalProcess = 'BiologicalProcess',
}

/**
 * BioLex's entity types in the exports. PubTator's Gene covers genes and their proteins, so protein
 * complexes and families join it; compounds and metabolites are both PubTator Chemicals.
 */
export const EXPORT_TYPES: Readonly<Record<SourceMention['type'], ExportType>> = {
  gene: ExportType.Gene,
  complex: ExportType.Gene,
  compound: ExportType.Chemical,
  metabolite: ExportType.Chemical,
  cell: ExportType.CellType,
  process: ExportType.BiologicalProcess,
};

/** A mention as the exports write it. `start`/`end` are UTF-16 offsets into the prose, for slicing. */
export interface ExportAnnotation {
  readonly start: number;
  readonly end: number;
  /** The prose the mention covers, e.g. "IFN-γ" for the source "IFN-$\gamma$". */
  readonly text: string;
  readonly type: ExportType;
  /** The entry's first cross-reference (a CURIE such as HGNC:4556), else `biolex:<id>`. */
  readonly identifier: string;
  /** The entry's label, for brat's normalization notes. */
  readonly label: string;
  readonly mention: SourceMention;
}

/** A prose block, trimmed of surrounding whitespace. `start`/`end` are UTF-16 offsets into the prose. */
export interface ExportPassage {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** What the block is: a paragraph, or a title, heading, table cell, caption or footnote (BioC's passage types). */
  readonly kind: BlockKind | 'paragraph';
  readonly annotations: readonly ExportAnnotation[];
  /** In a joined document, the file the passage comes from (as its part is named). */
  readonly file?: string;
}

export interface ExportDocument {
  readonly file: string;
  /** The markup of its source (of its first part, for a joined document). */
  readonly markup: Markup;
  /** The whole prose text: what BioC passages and brat's .txt are cut from. */
  readonly text: string;
  readonly passages: readonly ExportPassage[];
  readonly annotations: readonly ExportAnnotation[];
  /** The code-point offset of the UTF-16 prose offset `offset`. */
  codePoint(offset: number): number;
}

/** The identifier an export gives to an entry: its first cross-reference, else `biolex:<id>`. */
export function identifierOf(entry: Entry | undefined, id: string): string {
  return entry?.xrefs[0] ?? `biolex:${id}`;
}

/** Prose blocks, separated by blank lines, each trimmed; blocks of only whitespace are left out. */
export function splitPassages(text: string): { start: number; end: number }[] {
  const passages: { start: number; end: number }[] = [];
  const add = (from: number, to: number): void => {
    while (from < to && /\s/.test(text[from]!)) from++;
    while (to > from && /\s/.test(text[to - 1]!)) to--;
    if (to > from) passages.push({ start: from, end: to });
  };
  const separator = /\n[^\S\n]*\n\s*/g;
  let from = 0;
  for (let match = separator.exec(text); match; match = separator.exec(text)) {
    add(from, match.index);
    from = match.index + match[0].length;
  }
  add(from, text.length);
  return passages;
}

/**
 * Passages of the cells of a table row: the prose keeps a row as one run, its cells parted by `CELL_SEPARATOR`
 * (for the claim reader); a BioC or PubTator passage is one cell, as before.
 */
function splitAtCells(text: string, spans: readonly { start: number; end: number }[], blocks: readonly BlockStart[]): { start: number; end: number }[] {
  const cells = blocks.filter((block) => block.kind === 'table_cell').map((block) => block.start);
  if (cells.length === 0) return [...spans];
  const parts: { start: number; end: number }[] = [];
  let c = 0;
  for (const span of spans) {
    let from = span.start;
    while (c < cells.length && cells[c]! <= span.start) c++;
    for (; c < cells.length && cells[c]! < span.end; c++) {
      const at = cells[c]!;
      const end = text.startsWith(CELL_SEPARATOR, at - CELL_SEPARATOR.length) ? at - CELL_SEPARATOR.length : at;
      if (end > from) parts.push({ start: from, end });
      from = at;
    }
    if (span.end > from) parts.push({ start: from, end: span.end });
  }
  return parts;
}

/**
 * Counts code points: returns a function from a UTF-16 offset in `text` to the number of code points before
 * it. Text without surrogates (nearly all of it) maps to itself.
 */
export function codePointCounter(text: string): (offset: number) => number {
  if (!/[\uD800-\uDFFF]/.test(text)) return (offset) => offset;
  const before = new Int32Array(text.length + 1);
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    before[i] = count;
    // The low half of a surrogate pair continues the code point its high half started.
    if (!(isLowSurrogate(text.charCodeAt(i)) && i > 0 && isHighSurrogate(text.charCodeAt(i - 1)))) count++;
  }
  before[text.length] = count;
  return (offset) => before[offset]!;
}

/** Cuts one analysed file, or several joined, into passages and annotations, ready for any of the three formats. */
export function exportDocument(source: ExportSource): ExportDocument {
  return 'parts' in source ? joinDocuments(source.file, source.parts.map(fileDocument)) : fileDocument(source);
}

/** The parts one after the other, two line breaks apart; their passages and annotations moved with their text. */
function joinDocuments(file: string, parts: readonly ExportDocument[]): ExportDocument {
  const SEPARATOR = '\n\n';
  let text = '';
  const passages: ExportPassage[] = [];
  const annotations: ExportAnnotation[] = [];
  for (const part of parts) {
    if (text !== '') text += SEPARATOR;
    const base = text.length;
    const moved = (annotation: ExportAnnotation): ExportAnnotation => ({ ...annotation, start: annotation.start + base, end: annotation.end + base });
    for (const passage of part.passages) passages.push({ ...passage, start: passage.start + base, end: passage.end + base, annotations: passage.annotations.map(moved), file: part.file });
    annotations.push(...part.annotations.map(moved));
    text += part.text;
  }
  return { file, markup: parts[0]?.markup ?? Markup.Latex, text, passages, annotations, codePoint: codePointCounter(text) };
}

function fileDocument(input: ExportInput): ExportDocument {
  const text = input.analysis.prose.text;
  const annotations = input.analysis.mentions.map((mention): ExportAnnotation => {
    const entry = input.lexicon.entries.get(mention.id);
    return {
      start: mention.proseStart,
      end: mention.proseEnd,
      text: text.slice(mention.proseStart, mention.proseEnd),
      type: EXPORT_TYPES[mention.type],
      identifier: identifierOf(entry, mention.id),
      label: entry?.label ?? mention.id,
      mention,
    };
  });
  // A prose read in one pass knows its blocks' kinds; one an edit patched does not, and is read again (the
  // exports are rare; the prose is the same).
  const { prose, source, markup } = input.analysis;
  const blocks = prose.blockKinds ?? toProse(source, markup).blockKinds ?? [];
  const spans = splitAtCells(text, splitPassages(text), blocks);
  const grouped: ExportAnnotation[][] = spans.map(() => []);
  // A mention belongs to the passage it starts in; mentions never cross a blank line, but one that started in
  // trimmed whitespace would go to the passage before it rather than be lost.
  let index = 0;
  for (const annotation of [...annotations].sort((a, b) => a.start - b.start)) {
    while (index + 1 < spans.length && spans[index + 1]!.start <= annotation.start) index++;
    grouped[index]?.push(annotation);
  }
  let b = 0;
  const kinds = spans.map((span, i): BlockKind | 'paragraph' => {
    // The kind marked where the block's text begins: after the passage before, up to this one's end.
    const after = i > 0 ? spans[i - 1]!.end : 0;
    while (b < blocks.length && blocks[b]!.start < after) b++;
    return b < blocks.length && blocks[b]!.start < span.end ? blocks[b]!.kind : 'paragraph';
  });
  return {
    file: input.file,
    markup: input.analysis.markup,
    text,
    passages: spans.map((span, i) => ({ ...span, text: text.slice(span.start, span.end), kind: kinds[i]!, annotations: grouped[i]! })),
    annotations,
    codePoint: codePointCounter(text),
  };
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
