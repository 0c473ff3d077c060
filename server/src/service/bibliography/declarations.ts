/**
 * Which bibliography files a document declares, as written, with where it says so: LaTeX's
 * `\bibliography{a,b}` (BibTeX adds .bib) and biblatex's `\addbibresource[…]{x.bib}`, outside comments and verbatim;
 * a Markdown document's front matter `bibliography:` (pandoc, Quarto, R Markdown), one path or a list.
 */
import { isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { Markup } from '../analysis';
import { citableSource } from './citationContext';

export interface BibliographyDeclaration {
  /** The file's path as the document writes it, relative to the document's folder; with .bib where BibTeX adds it. */
  readonly path: string;
  /** Source range of the path in the document. */
  readonly start: number;
  readonly end: number;
}

/** `citable`: the source as `citableSource` makes it, when the caller has it already (LaTeX reads it). */
export function findBibliographyDeclarations(source: string, markup: Markup, citable?: string): BibliographyDeclaration[] {
  return markup === Markup.Latex ? latexDeclarations(citable ?? citableSource(source, Markup.Latex)) : frontMatterDeclarations(source);
}

const LATEX_BIBLIOGRAPHY = /\\(bibliography|addbibresource|addglobalbib|addsectionbib)\s*(?:\[[^\]]*\]\s*)?\{([^{}]*)\}/g;

function latexDeclarations(visible: string): BibliographyDeclaration[] {
  const declarations: BibliographyDeclaration[] = [];
  for (const match of visible.matchAll(LATEX_BIBLIOGRAPHY)) {
    const command = match[1]!;
    const argumentStart = match.index + match[0].length - 1 - match[2]!.length;
    // \bibliography takes a list of names; biblatex's commands take one resource each.
    const parts = command === 'bibliography' ? match[2]!.split(',') : [match[2]!];
    let at = argumentStart;
    for (const part of parts) {
      const name = part.trim();
      const start = at + part.indexOf(name);
      at += part.length + 1;
      if (name === '') continue;
      const path = command === 'bibliography' && !/\.bib$/i.test(name) ? `${name}.bib` : name;
      declarations.push({ path, start, end: start + name.length });
    }
  }
  return declarations;
}

/** The front matter: a first line `---`, up to a line `---` or `...`. */
const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

function frontMatterDeclarations(source: string): BibliographyDeclaration[] {
  const frontMatter = FRONT_MATTER.exec(source);
  if (!frontMatter) return [];
  const yamlStart = source.indexOf('\n') + 1;
  let value: unknown;
  try {
    // A front matter that is not YAML declares nothing; pandoc would refuse it, and the markup check says so elsewhere.
    value = parseDocument(frontMatter[1]!, { uniqueKeys: false }).get('bibliography', true);
  } catch {
    return [];
  }
  const nodes: unknown[] = isSeq(value) ? value.items : [value];
  return nodes.flatMap((node): BibliographyDeclaration[] => {
    if (!isScalar(node) || typeof node.value !== 'string' || node.value.trim() === '') return [];
    const [start, end] = valueRange(node);
    return [{ path: node.value.trim(), start: yamlStart + start, end: yamlStart + end }];
  });
}

/** A scalar's range without its quotes. */
function valueRange(node: Node): [number, number] {
  const [start, end] = node.range ?? [0, 0];
  const quoted = isScalar(node) && (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE');
  return quoted ? [start + 1, Math.max(start + 1, end - 1)] : [start, end];
}
