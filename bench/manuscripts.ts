/** Generated manuscripts for the benchmark: the examples' bodies repeated to a size. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Markup } from '../server/src/service';

const ROOT = resolve(__dirname, '..'); // dist/ or bench/: both sit one level below the root
const SIZE = 1 << 20;

/** Repeats an example manuscript's body, numbering sections, up to `size` characters. */
export function generateManuscript(markup: Markup, size = SIZE): string {
  const file = markup === Markup.Latex ? 'examples/manuscript.tex' : 'examples/manuscript.md';
  let body = readFileSync(resolve(ROOT, file), 'utf8');
  if (markup === Markup.Latex) body = body.slice(body.indexOf('\\section'), body.indexOf('\\end{document}'));
  else body = body.slice(body.indexOf('# '));
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const part = body.replace(/GPX4 pathway|GPX4 axis/g, `GPX4 pathway ${i}`);
    parts.push(part);
    length += part.length;
  }
  return parts.join('\n').slice(0, size);
}


/**
 * The same manuscript with a number in every sentence, so that no two sentences are alike (no cache helps);
 * manuscripts of different `edition`s share no such sentence either. A sentence ends at a period before a space,
 * a line break, a command (`.\footnote`) or a closing brace: the examples have no abbreviation that such a
 * period would follow. Headings and table cells, which have no period, repeat as they do in a real manuscript.
 */
export function uniqueSentences(text: string, edition = 0): string {
  let n = 0;
  return text.replace(/\.(?=[ \n\\}])/g, () => `, e${edition}n${++n}.`);
}
