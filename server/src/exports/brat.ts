/**
 * brat standoff: per file a `.txt` with the prose and a `.ann` beside it, with one text-bound annotation per
 * mention and a normalization note linking it to its identifier:
 *
 *     T1<TAB>Gene 12 16<TAB>GPX4
 *     N1<TAB>Reference T1 HGNC:4556<TAB>GPX4
 *
 * Offsets count Unicode code points into the .txt, as brat's Python server does. An annotation's text must
 * stay on its line: a mention whose prose holds a line break (or a tab, which would split the record) is
 * written the way brat itself stores such a selection, as discontinuous fragments cut at the break and
 * trimmed, with the fragments' texts joined by one space:
 *
 *     T1<TAB>BiologicalProcess 5 10;11 23<TAB>lipid peroxidation
 */
import { exportDocument, type ExportSource } from './passages';

export interface BratDocument {
  /** A relative path, the manuscript's extension kept; the files are `<name>.txt` and `<name>.ann`. */
  readonly name: string;
  readonly txt: string;
  readonly ann: string;
}

export function toBrat(inputs: readonly ExportSource[]): BratDocument[] {
  const names = new Set<string>();
  return inputs.map((input): BratDocument => {
    const document = exportDocument(input);
    const lines: string[] = [];
    document.annotations.forEach((annotation, i) => {
      const fragments = splitAtLineBreaks(document.text, annotation.start, annotation.end);
      const spans = fragments.map(([start, end]) => `${document.codePoint(start)} ${document.codePoint(end)}`).join(';');
      const text = fragments.map(([start, end]) => document.text.slice(start, end)).join(' ');
      lines.push(`T${i + 1}\t${annotation.type} ${spans}\t${text}`);
      lines.push(`N${i + 1}\tReference T${i + 1} ${annotation.identifier}\t${annotation.label.replace(/\s+/g, ' ')}`);
    });
    return { name: uniqueName(bratName(input.file), names), txt: document.text, ann: lines.map((line) => `${line}\n`).join('') };
  });
}

/**
 * The name a file's .txt and .ann get: its path, extension kept (manuscript.md and manuscript.tex must not
 * collide), with directories kept as brat collections and `..` as `__` so that nothing lands outside the
 * output directory.
 */
export function bratName(file: string): string {
  const segments = file
    .split(/[\\/]+/)
    .filter((segment) => segment !== '' && segment !== '.')
    .map((segment) => (segment === '..' ? '__' : segment.replace(/[\u0000-\u001f:*?"<>|]/g, '_')));
  return segments.length > 0 ? segments.join('/') : 'document';
}

function uniqueName(name: string, taken: Set<string>): string {
  let unique = name;
  for (let n = 2; taken.has(unique); n++) unique = `${name}-${n}`;
  taken.add(unique);
  return unique;
}

/** [start, end) cut at line breaks and tabs, each piece trimmed of whitespace, empty pieces dropped (as brat does). */
function splitAtLineBreaks(text: string, start: number, end: number): [number, number][] {
  const fragments: [number, number][] = [];
  let from = start;
  for (let i = start; i <= end; i++) {
    if (i < end && !/[\n\r\t]/.test(text[i]!)) continue;
    let a = from;
    let b = i;
    while (a < b && /\s/.test(text[a]!)) a++;
    while (b > a && /\s/.test(text[b - 1]!)) b--;
    if (b > a) fragments.push([a, b]);
    from = i + 1;
  }
  return fragments.length > 0 ? fragments : [[start, end]];
}
