/**
 * PubTator's tab format, made for a PubMed title and abstract:
 *
 *     1|t|Title
 *     1|a|Abstract
 *     1<TAB>start<TAB>end<TAB>text<TAB>type<TAB>identifier
 *
 * with a blank line between documents. PubTator ids are PMIDs; a manuscript has none, so a document's id is
 * its 1-based position among the files exported. The title is the first prose block and the abstract the
 * other blocks joined by single spaces. Offsets count Unicode code points in the title, one space and the
 * abstract, as PubTator's do (its abstract begins one character after the title). Line breaks and tabs in
 * the prose become spaces, which keeps each record on its line; the spaces removed citations leave are dropped
 * (see `tidySpaces`), and the offsets follow.
 */
import { exportDocument, type ExportSource } from './passages';

/** The documents in PubTator format, each ending in a newline, separated by a blank line. */
export function formatPubtator(inputs: readonly ExportSource[]): string {
  return inputs.map((input, index) => pubtatorDocument(input, String(index + 1))).join('\n');
}

function pubtatorDocument(input: ExportSource, id: string): string {
  const document = exportDocument(input);
  const passages = document.passages.map((passage) => ({ passage, tidy: tidySpaces(passage.text, passage.annotations.map((a) => [a.start - passage.start, a.end - passage.start] as const)) }));
  const [title, ...rest] = passages;
  const lines = [`${id}|t|${oneLine(title?.tidy.text ?? '')}`, `${id}|a|${oneLine(rest.map((p) => p.tidy.text).join(' '))}`];
  // Each passage starts where the passages before it and their separating spaces end.
  let base = 0;
  for (const { passage, tidy } of passages) {
    const passageStart = document.codePoint(passage.start);
    const at = (offset: number): number => base + document.codePoint(offset) - passageStart - tidy.removedBefore(offset - passage.start);
    for (const annotation of passage.annotations) {
      lines.push([id, at(annotation.start), at(annotation.end), oneLine(annotation.text), annotation.type, annotation.identifier].join('\t'));
    }
    base += document.codePoint(passage.end) - passageStart - tidy.removedBefore(passage.end - passage.start) + 1;
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The spaces a removed citation or reference leaves ("lipids [@x]." becomes "lipids ."; "GPX4 \\cite{a} is"
 * becomes "GPX4  is"): a space before a closing mark and a second space in a row are left out of PubTator's text,
 * where readers take them for the article's own. Spaces inside a mention (`keep`) stay, as its text does.
 * `removedBefore(i)` counts the spaces left out before offset i of the text.
 */
function tidySpaces(text: string, keep: readonly (readonly [number, number])[]): { text: string; removedBefore(offset: number): number } {
  const removed: number[] = [];
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const inMention = keep.some(([start, end]) => start <= i && i < end);
    if (c === ' ' && !inMention && (text[i + 1] === ' ' || /^[.,;:!?)\]]$/.test(text[i + 1] ?? '')) && out !== '') {
      removed.push(i);
      continue;
    }
    out += c;
  }
  return {
    text: out,
    removedBefore: (offset) => {
      let n = 0;
      while (n < removed.length && removed[n]! < offset) n++;
      return n;
    },
  };
}

/**
 * Tabs and everything a reader may take for a line break (Python's `splitlines` includes \v, \f, \x1c–\x1e,
 * \x85, U+2028 and U+2029) as spaces: one character for one, so offsets stay.
 */
function oneLine(text: string): string {
  return text.replace(/[\t\n\v\f\r\x1c-\x1e\x85\u2028\u2029]/g, ' ');
}
