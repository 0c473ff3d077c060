/**
 * Cursor markers for LSP tests: a document is written with its positions marked in place, so that a test says
 * "hover here" rather than "line 2, character 28" and stays right when the text changes.
 *
 *   const doc = marked('Erastin depletes GSH, and ⟨gpx4⟩GP⟨hover⟩X4⟨/gpx4⟩ then fails.');
 *   doc.text               // the text without markers
 *   doc.at('hover')        // { line: 0, character: 28 }
 *   doc.range('gpx4')      // from ⟨gpx4⟩ to ⟨/gpx4⟩
 *
 * Positions count UTF-16 code units, as LSP positions do by default. ⟨ and ⟩ (U+27E8, U+27E9) do not occur in
 * manuscripts; a marker name is letters, digits and dashes.
 */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export interface MarkedDocument {
  text: string;
  at(name: string): Position;
  range(name: string): Range;
  /** Offset of a marker in `text`. */
  offset(name: string): number;
}

const MARKER = /⟨(\/?)([\w-]+)⟩/g;

export function marked(source: string): MarkedDocument {
  const offsets = new Map<string, number>();
  let text = '';
  let last = 0;
  for (const match of source.matchAll(MARKER)) {
    text += source.slice(last, match.index);
    last = match.index! + match[0].length;
    const key = match[1] + match[2]!;
    if (offsets.has(key)) throw new Error(`marker ⟨${key}⟩ is used twice`);
    offsets.set(key, text.length);
  }
  text += source.slice(last);

  const offset = (key: string): number => {
    const found = offsets.get(key);
    if (found === undefined) throw new Error(`no marker ⟨${key}⟩ in the document`);
    return found;
  };
  const position = (at: number): Position => {
    const before = text.slice(0, at);
    const lineStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1;
    return { line: before.split(/\r\n|\r|\n/).length - 1, character: at - lineStart };
  };
  return {
    text,
    offset,
    at: (name) => position(offset(name)),
    range: (name) => ({ start: position(offset(name)), end: position(offset(`/${name}`)) }),
  };
}
