/**
 * What LaTeX's commands and environments mean to the prose: which arguments are not text, which commands open or
 * break a block, which produce characters, and which environments hold verbatim text, formulas or tables. Data
 * the scanner of latex.ts looks up; adding a command is adding it here.
 */
import type { BlockKind } from './prose';

/** Commands whose arguments are not prose: the number of brace arguments to drop. */
const NON_PROSE_ARGS: Readonly<Record<string, number>> = {
  label: 1, url: 1, includegraphics: 1, input: 1, include: 1, usepackage: 1, documentclass: 1, bibliography: 1,
  bibliographystyle: 1, addbibresource: 1, newcommand: 2, renewcommand: 2, providecommand: 2, DeclareMathOperator: 2,
  newenvironment: 3, renewenvironment: 3, setlength: 2, addtolength: 2, setcounter: 2, addtocounter: 2, vspace: 1,
  hspace: 1, hypersetup: 1, graphicspath: 1, pagestyle: 1, thispagestyle: 1, numberwithin: 2, color: 1,
  definecolor: 3, geometry: 1, captionsetup: 1, pgfplotsset: 1, tikzset: 1, lstset: 1, setminted: 1, href: 1,
  textcolor: 1, colorbox: 1, linespread: 1, fontsize: 2, selectfont: 0, bibitem: 1, cline: 1, multicolumn: 2,
  multirow: 2, newtheorem: 2, crefname: 3, Crefname: 3, resizebox: 2, scalebox: 1, rotatebox: 1, enlargethispage: 1,
  author: 1, affil: 1, affiliation: 1, email: 1, thanks: 1, date: 1, keywords: 0, orcid: 1, nolinkurl: 1,
  // Struck-through text (ulem, soul, changes): deleted, no part of what is written.
  sout: 1, xout: 1, st: 1, deleted: 1,
};

/** Commands that end a block before and after their argument. */
const BLOCK_COMMANDS = new Set([
  'part', 'chapter', 'section', 'subsection', 'subsubsection', 'paragraph', 'subparagraph', 'caption', 'title',
  'abstract',
]);
/** What the blocks of these commands are in the exports (BioC passage types); the others are paragraphs. */
export const BLOCK_KINDS: Readonly<Record<string, BlockKind>> = {
  part: 'heading', chapter: 'heading', section: 'heading', subsection: 'heading', subsubsection: 'heading', paragraph: 'heading',
  subparagraph: 'heading', caption: 'fig_caption', title: 'title',
};
/** Cross-references, whose argument is a label (\cite and its kin are found by name). */
const REFERENCE_COMMANDS = new Set(['ref', 'cref', 'Cref', 'vref', 'Vref', 'eqref', 'autoref', 'pageref', 'nameref', 'cpageref', 'labelcref']);
/** Commands that end a block and take no argument: a `[` or `{` after them is text. */
const BREAK_COMMANDS = new Set(['maketitle', 'tableofcontents', 'par', 'bigskip', 'medskip', 'smallskip', 'newpage', 'clearpage']);

/** Text commands that produce characters. */
const TEXT_SYMBOLS: Readonly<Record<string, string>> = {
  ldots: '…', dots: '…', textellipsis: '…', textendash: '–', textemdash: '—', ss: 'ß', o: 'ø', O: 'Ø', aa: 'å',
  AA: 'Å', ae: 'æ', AE: 'Æ', oe: 'œ', OE: 'Œ', l: 'ł', L: 'Ł', i: 'ı', j: 'ȷ', textdegree: '°', textmu: 'µ', textpm: '±',
  texttimes: '×', textasciitilde: '~', textbackslash: '\\', textbar: '|', textless: '<', textgreater: '>',
  textquoteright: '’', textquoteleft: '‘', textquotedblleft: '“', textquotedblright: '”', LaTeX: 'LaTeX',
  TeX: 'TeX', copyright: '©', textregistered: '®', texttrademark: '™', textsection: '§', P: '¶', S: '§',
  textminus: '−', textpercent: '%', newline: ' ', linebreak: ' ', quad: ' ', qquad: ' ', enspace: ' ', thinspace: ' ',
  space: ' ', textasciicircum: '^', textunderscore: '_', degree: '°', celsius: '°C', micro: 'µ',
};

export const ACCENTS: Readonly<Record<string, string>> = {
  "'": '\u0301', '`': '\u0300', '^': '\u0302', '"': '\u0308', '~': '\u0303', '=': '\u0304', '.': '\u0307',
  c: '\u0327', v: '\u030C', u: '\u0306', H: '\u030B', r: '\u030A', k: '\u0328', d: '\u0323', b: '\u0331',
};

/** What the tables above say of one command: looked up once per command, where each table took a lookup. */
export interface CommandRule {
  /** A cross-reference or citation: its argument is a key, not prose. */
  readonly reference: boolean;
  readonly nonProseArguments: number | undefined;
  readonly textSymbol: string | undefined;
  readonly breaksBlock: boolean;
  readonly opensBlock: boolean;
}

export const COMMAND_RULES: ReadonlyMap<string, CommandRule> = new Map(
  [...new Set([...Object.keys(NON_PROSE_ARGS), ...BLOCK_COMMANDS, ...REFERENCE_COMMANDS, ...BREAK_COMMANDS, ...Object.keys(TEXT_SYMBOLS)])].map((name) => [
    name,
    {
      reference: REFERENCE_COMMANDS.has(name) || isCitationCommand(name),
      nonProseArguments: NON_PROSE_ARGS[name],
      textSymbol: TEXT_SYMBOLS[name],
      breaksBlock: BREAK_COMMANDS.has(name),
      opensBlock: BLOCK_COMMANDS.has(name),
    },
  ]),
);
/** \cite and its natbib and biblatex kin (\citep, \citet, \parencite, \textcite, \autocite, \nocite…) all say "cite". */
export function isCitationCommand(name: string): boolean {
  return name.includes('cite');
}

export const CITATION: CommandRule = { reference: true, nonProseArguments: undefined, textSymbol: undefined, breaksBlock: false, opensBlock: false };
export const OTHER_COMMAND: CommandRule = { ...CITATION, reference: false };

export const VERBATIM_ENVIRONMENTS = new Set(['verbatim', 'verbatim*', 'Verbatim', 'Verbatim*', 'lstlisting', 'minted', 'comment', 'filecontents', 'filecontents*', 'BVerbatim', 'LVerbatim', 'alltt', 'tikzpicture', 'pgfpicture']);
export const MATH_ENVIRONMENTS = new Set(['equation', 'equation*', 'align', 'align*', 'alignat', 'alignat*', 'gather', 'gather*', 'multline', 'multline*', 'eqnarray', 'eqnarray*', 'math', 'displaymath', 'flalign', 'flalign*', 'dmath', 'dmath*', 'split']);
/** Environments whose `&` and `\\` end cells and rows: each cell is a block, as in Markdown tables. */
export const TABLE_ENVIRONMENTS = new Set(['tabular', 'tabular*', 'tabularx', 'tabulary', 'longtable', 'longtable*', 'supertabular', 'xtabular', 'tabu', 'longtabu', 'tblr', 'longtblr']);
/** Environments whose first brace arguments are not prose. */
export const ENVIRONMENT_ARGS: ReadonlyMap<string, number> = new Map(Object.entries({ tabular: 1, 'tabular*': 2, tabularx: 2, array: 1, minipage: 1, thebibliography: 1, multicols: 1, wrapfigure: 2, longtable: 1, tabulary: 2, minted: 1, subfigure: 1 }));
