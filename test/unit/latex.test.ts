import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { latexToProse } from '../../server/src/service/markup/latex';
import { toSourceRange } from '../../server/src/service/markup/prose';
import { assertExactMap } from '../helpers/prose';

/**
 * Prose with blocks joined by " | " for compact expectations. Blocks are trimmed: a space before a block break
 * carries no meaning.
 */
function prose(source: string): string {
  return latexToProse(source)
    .text.trim()
    .split(/\n\n+/)
    .map((block) => block.trim())
    .join(' | ');
}

/**
 * [name, source, expected prose, a mention in the prose, the source it maps back to (default: the mention)].
 * The mapped source must be the first occurrence of that text in the source, so pick mentions that do not
 * also occur in markup that is dropped.
 */
type Case = [string, string, string, string, string?];

const P = '\uFFFC';

const cases: Case[] = [
  // Prose commands
  ['section, short title skipped', '\\section[Short]{The GPX4 axis}\nText.', 'The GPX4 axis | Text.', 'GPX4'],
  ['starred subsection', '\\subsection*{Iron}\nFe$^{2+}$ pools.', 'Iron | Fe2+ pools.', 'Fe2+', 'Fe$^{2+'],
  [
    'emphasis and bold',
    'The selenoenzyme \\emph{GPX4}, \\textit{Gpx4} and \\textbf{ACSL4}.',
    'The selenoenzyme GPX4, Gpx4 and ACSL4.',
    'ACSL4',
  ],
  [
    'figure: caption kept, graphics and label dropped',
    '\\begin{figure}[htbp]\n\\centering\n\\includegraphics[width=0.8\\linewidth]{figures/axis.pdf}\n\\caption[Short]{The FSP1 pathway.}\n\\label{fig:axis}\n\\end{figure}\nAfter.',
    'The FSP1 pathway. | After.',
    'FSP1',
  ],
  ['footnote inline, spaced', 'lipids.\\footnote{Anti-PD-1 was used.}Next', 'lipids. Anti-PD-1 was used. Next', 'PD-1'],
  ['footnote with mark', 'GPX4\\footnote[2]{Also PHGPx.} is key', 'GPX4 Also PHGPx. is key', 'PHGPx'],
  [
    'items and item labels',
    '\\begin{itemize}\n\\item GPX4\n\\item[(b)] ACSL4 loads PUFAs\n\\end{itemize}',
    'GPX4 | (b) ACSL4 loads PUFAs',
    'ACSL4',
  ],
  [
    'description label is prose',
    '\\begin{description}\n\\item[Erastin] blocks system X$_c^-$.\n\\end{description}',
    'Erastin blocks system Xc-.',
    'Xc-',
    'X$_c^-',
  ],

  // Commands whose arguments are not prose
  [
    'citations with optional arguments',
    'death~\\cite{dixon2012}, \\citep[see][p.~4]{a,b} and \\citet*{yang2014} or \\parencite[12]{x}; GPX4.',
    'death , and or ; GPX4.',
    'GPX4',
  ],
  [
    'references and labels',
    'Fig.~\\ref{fig:gpx4}, Eq.~\\eqref{eq:1}, \\cref{sec:acsl4} and \\label{sec:x}SLC7A11',
    'Fig. , Eq. , and SLC7A11',
    'SLC7A11',
  ],
  [
    'URLs dropped, link text kept',
    'See \\url{https://x.org/GPX4} and \\href{https://x.org/a_b}{the ACSL4 page}.',
    'See and the ACSL4 page.',
    'ACSL4',
  ],
  ['graphics', '\\includegraphics[width=\\linewidth]{fig/GPX4.pdf}\nACSL4 blot', 'ACSL4 blot', 'ACSL4'],
  ['struck-through text is deleted', 'FINO2 \\sout{inhibits system Xc} acts on \\st{SLC7A11} GPX4.', 'FINO2 acts on GPX4.', 'GPX4'],
  [
    'definitions in the body',
    'A \\newcommand{\\gpx}{GPX4} \\renewcommand\\x[1]{y #1} \\def\\foo#1#2{bar} \\usepackage{x} B ACSL4',
    'A B ACSL4',
    'ACSL4',
  ],
  [
    'preamble skipped except the title',
    '\\documentclass[12pt]{article}\n\\usepackage[utf8]{inputenc}\n\\newcommand{\\gpx}[1]{GPX4 #1}\n\\def\\fsp#1{FSP1 #1}\n\\title[Short]{Ferroptosis and ACSL4}\n\\author{A. Author}\n\\begin{document}\n\\maketitle\nBody on SLC7A11.\n\\end{document}',
    'Ferroptosis and ACSL4 | Body on SLC7A11.',
    'ACSL4',
  ],
  [
    'a title inside the title is read once',
    '\\documentclass{article}\n\\title{ACSL4 \\title{GPX4}}\n\\begin{document}\nBody',
    'ACSL4 | GPX4 | Body',
    'GPX4',
  ],

  // Comments
  ['comment to end of line', 'GPX4 reduces % not ACSL4\nlipid peroxides.', 'GPX4 reduces lipid peroxides.', 'lipid'],
  ['escaped percent', '50\\% of cells lack GPX4', '50% of cells lack GPX4', '50%', '50\\%'],
  ['comment joins a word', 'ferro%\nptosis and GPX4', 'ferroptosis and GPX4', 'ferroptosis', 'ferro%\nptosis'],
  ['comment line between lines', 'GPX4 reduces\n% a comment line\nlipid peroxides.', 'GPX4 reduces lipid peroxides.', 'lipid'],
  ['comment before a blank line', 'GPX4 % c\n\nACSL4', 'GPX4 | ACSL4', 'ACSL4'],

  // Verbatim
  [
    'verbatim environment',
    '\\begin{verbatim}\nGPX4 { $ % \\begin{x}\n\n\\end{verbatim}\nAfter ACSL4',
    'After ACSL4',
    'ACSL4',
  ],
  [
    'listings, minted and comment environments',
    'A\n\\begin{lstlisting}[language=R]\nGPX4 <- "{"\n\\end{lstlisting}\n\\begin{minted}{python}\nGPX4 = "$"\n\\end{minted}\n\\begin{comment}\nGPX4 }\n\\end{comment}\nB ACSL4',
    'A | B ACSL4',
    'ACSL4',
  ],
  ['inline verbatim', 'see \\verb|GPX4{| and \\verb+x$+ then ACSL4', `see ${P} and ${P} then ACSL4`, 'ACSL4'],

  // Math
  [
    'inline math notation',
    'CD8$^+$ T cells, IFN-$\\gamma$, Fe$^{2+}$, X$_c^-$, CoQ$_{10}$',
    'CD8+ T cells, IFN-γ, Fe2+, Xc-, CoQ10',
    'CoQ10',
    'CoQ$_{10',
  ],
  ['notation in \\( \\)', 'TGF-\\(\\beta\\) signals', 'TGF-β signals', 'TGF-β', 'TGF-\\(\\beta'],
  [
    'inline formulas are objects',
    'when $x^2 + y^2 = z^2$ and \\(a = b\\) hold for GPX4',
    `when ${P} and ${P} hold for GPX4`,
    'GPX4',
  ],
  [
    'display math',
    'A\n$$x^2$$\nB \\[ y \\] C\n\\begin{equation}\nx = 1\n\\end{equation}\nD\n\\begin{align*}\na &= b \\\\\n\\end{align*}\nE',
    `A ${P} B ${P} C | ${P} | D | ${P} | E`,
    'E',
  ],

  // Text notation
  [
    'superscript and Greek text commands',
    'CD8\\textsuperscript{+} and IFN-\\textgamma{} cells',
    'CD8+ and IFN-γ cells',
    'CD8+',
    'CD8\\textsuperscript{+',
  ],
  [
    'ties, dashes, quotes, ampersand',
    "Fig.~1, pages 1--2, a---b, ``GPX4'' and R\\&D",
    'Fig. 1, pages 1–2, a—b, “GPX4” and R&D',
    'R&D',
    'R\\&D',
  ],
  [
    'accents',
    "caf\\'e, Schr\\\"{o}dinger, gar\\c{c}on, Mart{\\'\\i}nez",
    'café, Schrödinger, garçon, Martínez',
    'Martínez',
    "Mart{\\'\\i}nez",
  ],

  // Paragraphs
  [
    'a sentence broken across lines',
    'GPX4 reduces lipid\nhydroperoxides with\nglutathione.',
    'GPX4 reduces lipid hydroperoxides with glutathione.',
    'hydroperoxides',
  ],
  [
    'blank lines and \\par make paragraphs',
    'One GPX4.\n\nTwo ACSL4.\n  \n\nThree.\\par Four.',
    'One GPX4. | Two ACSL4. | Three. | Four.',
    'Four',
  ],
  [
    'a commented-out \\end{document} does not end the document',
    '\\begin{document}\nGPX4 first.\n% \\end{document} was here\nACSL4 second.\n\\end{document}\nafter',
    'GPX4 first. ACSL4 second.',
    'ACSL4',
  ],
  [
    'a commented-out \\begin{document} does not start it',
    '\\documentclass{article}\n% \\begin{document} comes below\n\\title{Ferroptosis}\n\\begin{document}\nBody on GPX4.\n\\end{document}',
    'Ferroptosis | Body on GPX4.',
    'GPX4',
  ],
  [
    'an \\end{document} shown in verbatim does not end the document',
    '\\begin{document}\nGPX4 first.\n\\begin{verbatim}\n\\end{document}\n\\end{verbatim}\nACSL4 after.\n\\end{document}',
    'GPX4 first. | ACSL4 after.',
    'ACSL4',
  ],
  ['an escaped percent sign hides no \\end{document}', 'At 50\\% \\end{document} GPX4', 'At 50%', '50%', '50\\%'],
  ['a control space at a line end is a space', 'loses GPX4\\\nand ACSL4\\\tthen', 'loses GPX4 and ACSL4 then', 'ACSL4'],
  ['a control space before a blank line ends the paragraph', 'Ends with GPX4\\\n\nACSL4 starts', 'Ends with GPX4 | ACSL4 starts', 'ACSL4'],
  ['a bracket after \\par is text', '\\medskip\n[Note: GPX4] is key', '[Note: GPX4] is key', 'GPX4'],
  ['CRLF line endings', 'GPX4 reduces\r\nlipids.\r\n\r\nNext', 'GPX4 reduces lipids. | Next', 'Next'],

  // Tables
  [
    'tabular cells are blocks',
    '\\begin{tabular}{|l|c|}\n\\hline\nDrug & Target \\\\\n\\hline\nErastin & SLC7A11 \\\\\n\\multicolumn{2}{c}{RSL3} \\\\[2pt]\n\\end{tabular}\nAfter',
    'Drug | Target | Erastin | SLC7A11 | RSL3 | After',
    'SLC7A11',
  ],
  ['a line break outside a table is a space', 'GPX4 \\\\ ACSL4 \\\\[2pt] FSP1', 'GPX4 ACSL4 FSP1', 'FSP1'],

  // Broken documents: nothing throws, and the text after the break is kept
  ['unbalanced open brace', '\\emph{GPX4 is\n\nACSL4 } too}', 'GPX4 is | ACSL4 too', 'ACSL4'],
  ['unbalanced close braces', 'GPX4 } ACSL4 }} FSP1', 'GPX4 ACSL4 FSP1', 'FSP1'],
  ['unterminated $', 'costs $5 for GPX4\n\nACSL4', 'costs 5 for GPX4 | ACSL4', 'ACSL4'],
  ['unterminated $$', 'A $$ x\n\nACSL4', `A ${P} | ACSL4`, 'ACSL4'],
  ['unterminated \\ensuremath', 'A \\ensuremath{GPX4\n\nACSL4', 'A GPX4 | ACSL4', 'ACSL4'],
  ['unterminated verbatim', 'A\n\\begin{verbatim}\ncode\n\nACSL4 after', 'A | ACSL4 after', 'ACSL4'],
  ['unterminated equation', 'A\n\\begin{equation}\nx = 1\n\nACSL4 after', `A | ${P} | ACSL4 after`, 'ACSL4'],
  ['unterminated \\begin{', 'A \\begin{itemi\n\nACSL4', 'A itemi | ACSL4', 'ACSL4'],
  ['unterminated \\title{ in the preamble', '\\title{Ferroptosis and GPX4\n\\begin{document}\nBody', 'Ferroptosis and GPX4 | Body', 'GPX4'],
  ['unterminated \\section{', '\\section{GPX4\n\nACSL4', 'GPX4 | ACSL4', 'ACSL4'],
  ['unterminated \\cite{', 'GPX4 \\cite{yang\n\nACSL4 after', 'GPX4 | ACSL4 after', 'ACSL4'],
  ['unterminated \\cite[', 'GPX4 \\cite[see\n\nACSL4 after', 'GPX4 [see | ACSL4 after', 'ACSL4'],
  ['unterminated \\verb', 'GPX4 \\verb|x\nACSL4', `GPX4 ${P}x ACSL4`, 'ACSL4'],
  ['stray backslash at the end', 'GPX4 \\', 'GPX4', 'GPX4'],
  ['empty document', '', '', ''],
];

for (const [name, source, expected, mention, mentionSource = mention] of cases) {
  test(`latex: ${name}`, () => {
    assert.equal(prose(source), expected);
    if (mention === '') return;
    const result = latexToProse(source);
    const at = result.text.indexOf(mention);
    assert.ok(at >= 0, `${JSON.stringify(mention)} is in the prose`);
    const range = toSourceRange(result, at, at + mention.length);
    assert.equal(source.slice(range.start, range.end), mentionSource);
    assert.equal(range.start, source.indexOf(mentionSource), 'maps to the first occurrence in the source');
  });
}

test('latex: a Greek letter in a mention maps to its command', () => {
  const source = 'T cells secrete IFN-$\\gamma$ and TGF-\\textbeta.';
  const result = latexToProse(source);
  const gamma = result.text.indexOf('γ');
  const range = toSourceRange(result, gamma, gamma + 1);
  assert.equal(source.slice(range.start, range.end), '\\gamma');
  const mention = toSourceRange(result, result.text.indexOf('IFN-γ'), gamma + 1);
  assert.equal(source.slice(mention.start, mention.end), 'IFN-$\\gamma');
  const beta = result.text.indexOf('β');
  const betaRange = toSourceRange(result, beta, beta + 1);
  assert.equal(source.slice(betaRange.start, betaRange.end), '\\textbeta');
});

test('latex: a formula stands for its whole span, delimiters included', () => {
  for (const [source, formula] of [
    ['a $x = 1$ b', '$x = 1$'],
    ['a \\(x = 1\\) b', '\\(x = 1\\)'],
    ['a \\ensuremath{x = 1} b', '{x = 1}'],
    ['a \\[x = 1\\] b', '\\[x = 1\\]'],
  ] as const) {
    const result = latexToProse(source);
    const at = result.text.indexOf(P);
    const range = toSourceRange(result, at, at + 1);
    assert.equal(source.slice(range.start, range.end), formula, source);
  }
});

test('latex: unclosed inline math drops its opener and keeps the text, however many openers there are', () => {
  const source = `${'\\( x '.repeat(2000)}GPX4 $y$ more.\n\nNext \\(z\\) and $a \\$ b$ c \\(open\\\n\nd\\) e.`;
  assert.equal(prose(source), `${'x '.repeat(2000)}GPX4 y more. | Next z and ${P} c open | d e.`);
  assertExactMap(source, latexToProse(source));
});

test('latex: unclosed groups and optional arguments, however many, leave the groups after them as they were', () => {
  // Thousands of unclosed openers: past the scans' budget, one pass pairs the rest.
  const braces = `${'\\ensuremath{a '.repeat(20000)}GPX4 \\ensuremath{\\alpha} and \\includegraphics[w]{f.png} b \\item[c] d`;
  assert.equal(prose(braces), `${'a '.repeat(20000)}GPX4 α and b | c d`);
  assertExactMap(braces, latexToProse(braces));
  const items = `${'\\item[a '.repeat(20000)}GPX4 \\item[{b}] c`;
  assert.equal(prose(items), `${Array(20000).fill('a').join(' | ')} GPX4 | b c`);
});

test('latex: the example manuscript', () => {
  const source = readFileSync(new URL('../../examples/manuscript.tex', import.meta.url), 'utf8');
  const result = latexToProse(source);
  assertExactMap(source, result);
  for (const absent of ['dixon2012', 'fig:axis', 'gpx4-axis.pdf', 'verbatim block', 'amsmath', 'Delta']) {
    assert.ok(!result.text.includes(absent), `${absent} is not prose`);
  }
  for (const [mention, mentionSource] of [
    ['Ferroptosis and tumour immunity', 'Ferroptosis and tumour immunity'],
    ['FSP1–CoQ10', 'FSP1--CoQ$_{10'],
    ['X' + 'c-', 'X$_c^-'],
    ['IFN-γ', 'IFN-$\\gamma'],
    ['CD8+ T cells secrete', 'CD8\\textsuperscript{+} T cells secrete'],
    ['Anti-PD-1 antibodies', 'Anti-PD-1 antibodies'],
  ]) {
    const at = result.text.indexOf(mention!);
    assert.ok(at >= 0, `${mention} is in the prose`);
    const range = toSourceRange(result, at, at + mention!.length);
    assert.equal(source.slice(range.start, range.end), mentionSource);
  }
});

test('a tabular row is one run of prose, its cells parted by " | "', () => {
  const result = latexToProse('\\begin{tabular}{ll}\nCisplatin & lowers PD-L1 \\\\\nRSL3 & $\\uparrow$ lipid ROS \\\\\n\\end{tabular}\n');
  assert.equal(result.text.trim(), 'Cisplatin | lowers PD-L1\n\nRSL3 | ↑ lipid ROS');
});
