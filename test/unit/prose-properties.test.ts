/**
 * Properties every markup-to-prose extractor must keep, checked on random documents built from markup
 * fragments: it never throws, its source map stays inside the source and in order, copied characters map back
 * to themselves, and a plain word survives whatever closed markup surrounds it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { latexToProse } from '../../server/src/service/markup/latex';
import { markdownToProse } from '../../server/src/service/markup/markdown';
import { COPY, expandSourceMap, firstProseIndexFrom, SourceCursor, sourceEndOf, sourceStartOf, toSourceRange, type Prose } from '../../server/src/service/markup/prose';

// Fixed so that runs repeat; PROSE_PROPERTY_SEED and PROSE_PROPERTY_RUNS explore further.
/** The run map's own shape: runs in order, the first at the start, each inside the text and well formed. */
function assertRunsCoverText(prose: Prose): void {
  const { runAt, runFrom, runTo, text } = prose;
  assert.equal(runFrom.length, runAt.length);
  assert.equal(runTo.length, runAt.length);
  assert.equal(runAt.length === 0, text.length === 0, 'runs exactly when there is text');
  if (runAt.length > 0) assert.equal(runAt[0], 0, 'the first run starts the text');
  for (let k = 0; k < runAt.length; k++) {
    assert.ok(runAt[k]! < text.length, `run ${k} starts inside the text`);
    if (k > 0) assert.ok(runAt[k]! > runAt[k - 1]!, `run ${k} starts after run ${k - 1}`);
    assert.ok(runTo[k] === COPY || runTo[k]! >= runFrom[k]!, `run ${k} is a copy or an ordered span`);
  }
}

const SEED = Number(process.env.PROSE_PROPERTY_SEED ?? 20240611);
const RUNS = Number(process.env.PROSE_PROPERTY_RUNS ?? 400);

/** Text that is no markup in either language. */
const WORDS = ['GPX4', 'ACSL4', 'ferroptosis', 'cells', 'Straße', 'naïve', 'Zürich', 'αβγ', 'IFN', '2+', '42', 'and'];
const UNICODE = ['é', 'ß', 'ø', 'γ', 'Δ', 'λ', 'µ', '−', '–', '—', '“', '”', '𝛾', '😀', '\u00a0', '\u200b', '中'];

/** Random characters (ASCII controls, astral and invisible ones included) mixed into the markup. */
const ascii = fc.integer({ min: 0, max: 0x7f }).map((code) => String.fromCharCode(code));
const noise = fc.string({ maxLength: 6, unit: fc.oneof(fc.constantFrom(...UNICODE), ascii) });

function document(fragments: readonly string[]): fc.Arbitrary<string> {
  const piece = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...fragments) },
    { weight: 3, arbitrary: fc.constantFrom(...WORDS, ' ', ' ', '\n', '\n\n') },
    { weight: 1, arbitrary: noise },
  );
  return fc.array(piece, { maxLength: 40, size: 'medium' }).map((pieces) => pieces.join(''));
}

/** Well-formed inline constructs and words on one line: every construct is closed. */
function closedLine(inline: readonly string[]): fc.Arbitrary<string> {
  return fc
    .array(fc.oneof(fc.constantFrom(...inline), fc.constantFrom(...WORDS)), { maxLength: 6 })
    .map((parts) => parts.join(' '));
}

/** Well-formed blocks joined by blank lines: every construct is closed, so nothing leaks past it. */
function closedDocument(inline: readonly string[], blocks: readonly string[]): fc.Arbitrary<string> {
  return fc
    .array(fc.oneof(closedLine(inline), fc.constantFrom(...blocks)), { maxLength: 8 })
    .map((parts) => parts.join('\n\n'));
}

const LATEX_FRAGMENTS = [
  '\\', '\\\\', '{', '}', '[', ']', '$', '$$', '%', '% comment\n', '&', '~', '--', '---', '``', "''", '#', '^', '_',
  '\\emph', '\\emph{', '\\emph{GPX4}', '\\textbf{', '\\section', '\\section{', '\\section[short]{', '\\caption{',
  '\\footnote{', '\\item', '\\item[', '\\cite', '\\cite{', '\\citep[p.~4]{', '\\ref{', '\\label{', '\\url{',
  '\\href{', '\\includegraphics[', '\\usepackage{', '\\newcommand{\\x}{', '\\newcommand\\x', '\\def\\x#1{', '\\def',
  '\\verb|', '\\verb', '\\lstinline{', '\\ensuremath{', '\\title{', '\\title', '\\author{', '\\maketitle', '\\par',
  '\\begin{', '\\end{', '\\begin{document}', '\\end{document}', '\\begin{verbatim}', '\\end{verbatim}',
  '\\begin{lstlisting}[', '\\begin{minted}{', '\\begin{comment}', '\\end{comment}', '\\begin{equation}',
  '\\end{equation}', '\\begin{align*}', '\\end{align*}', '\\begin{itemize}', '\\end{itemize}', '\\begin{tabular}{',
  '\\end{tabular}', '\\begin{figure}[', '\\end{figure}', '\\(', '\\)', '\\[', '\\]', '\\gamma', '\\textgamma',
  '\\upsilon', '\\alpha', '^{', '_{', '^+', '\\mathrm{', '\\text{', "\\'", '\\"', '\\c', '\\i', '\\ss', '\\&', '\\%',
  '\\$', '\\{', '\\}', '\\,', '\\ ', '\\@', '\\textsuperscript{', '\\multicolumn{2}{c}{', '\\hline', '\r\n', '\t',
  // Names that a lookup in a plain object would find on Object.prototype.
  '\\hasOwnProperty', '\\constructor{', '$\\toString$', '$\\propertyIsEnumerable$', '\\begin{constructor}',
];

const LATEX_INLINE = [
  '\\emph{GPX4}', '\\textit{Gpx4}', '\\textbf{ACSL4 and FSP1}', '\\footnote{Anti-PD-1 used.}', '\\cite{dixon2012}',
  '\\citep[p.~4]{a,b}', '\\ref{fig:x}', '\\label{sec:x}', '\\url{http://x.org/a_b}', '\\href{http://x.org}{site}',
  'CD8$^+$', 'IFN-$\\gamma$', 'Fe$^{2+}$', 'X$_c^-$', '$x^2 + y^2 = z^2$', '\\(a = b\\)', '\\verb|x{|', '\\%',
  '\\&', "``quoted''", '1--2', '---', "caf\\'e", 'gar\\c{c}on', '{\\\'\\i}', '% comment\n', '\\textsuperscript{+}',
  '\\textgamma{}', 'Fig.~1', '\\\\', '\\item', '\\item[(a)]', '\\ensuremath{\\beta}',
];

const LATEX_BLOCKS = [
  '\\section{The GPX4 axis}', '\\section[Short]{Long}', '\\caption{The FSP1 pathway.}', '$$x^2$$', '\\[ x \\]',
  '\\begin{equation}\nx = 1\n\\end{equation}', '\\begin{align*}\na &= b \\\\\nc &= d\n\\end{align*}',
  '\\begin{verbatim}\n{ $ % \\begin{x}\n\n\\end{verbatim}', '\\begin{comment}\n}\n\\end{comment}',
  '\\begin{lstlisting}[language=R]\nx <- "{"\n\\end{lstlisting}', '\\begin{minted}{python}\nx = "$"\n\\end{minted}',
  '\\begin{itemize}\n\\item GPX4\n\\item[b] ACSL4\n\\end{itemize}', '\\begin{tabular}{ll}\nA & B \\\\\n\\hline\nC & D\n\\end{tabular}',
  '\\begin{figure}[htbp]\n\\centering\n\\includegraphics[width=\\linewidth]{f.pdf}\n\\caption{Cap.}\n\\label{f}\n\\end{figure}',
  '\\newcommand{\\gpx}[1]{GPX4 #1}', '\\def\\foo#1{bar #1}', '\\usepackage[utf8]{inputenc}', '\\par',
];

const MARKDOWN_FRAGMENTS = [
  '#', '# ', '## ', '>', '> ', '- ', '* ', '+ ', '1. ', '2) ', '`', '``', '```', '~~~', '```python\n', '*', '**', '_',
  '__', '~~', '[', ']', '](', ')', '![', '][', '<!--', '-->', '|', '| --- |', '|---|---|', '$', '$$', '[@key]',
  '@key', '[^1]', '[^1]: ', '---', '---\n', '***', '===', '<div>', '</div>', '<sup>', '</sup>', '<br>', '<pre>',
  '</pre>', '<https://x.org>', 'https://x.org/a_b', '&amp;', '&gamma;', '&#x3B3;', '&bogus;', '\\', '\\*', '\\$',
  '    ', '\t', '\r\n', '[x]: http://x.org', '- [x] ', '$^+$', '$\\gamma$', '(', '"',
  '$\\hasOwnProperty$', '&constructor;', '&hasOwnProperty;',
];

const MARKDOWN_INLINE = [
  '*GPX4*', '__RSL3__', '~~FIN56~~', '`code`', '[GPX4](https://x.org/a_(b))', '![blot](fig.png)', '[ref][1]',
  '<https://doi.org/x>', 'https://a.b/c.', '[@yang2014; @dixon2012]', '@yang2014', 'GPX4[^1]', 'CD8<sup>+</sup>',
  '<!-- GPX4 -->', 'CD8$^+$', 'IFN-$\\gamma$', '$x^2 + y = z$', '\\*literal\\*', '&gamma;', 'gpx4_ko_cells',
];

const MARKDOWN_BLOCKS = [
  '# GPX4 pathway #', 'Title\n=====', '> GPX4 reduces\n> lipid peroxides.', '- GPX4\n- SLC7A11\n  continues',
  '1. ACSL4\n2. LPCAT3', '- [x] done', '```python\nGPX4 = 1\n\n```', '~~~\nx\n~~~', '    indented code',
  '$$\nx^2\n$$', '<!--\nGPX4\n\nmore\n-->', '<div>\n<b>GPX4</b>\n</div>', '<pre>\nx\n</pre>', '***',
  '| Drug | Target |\n|---|:--:|\n| Erastin | System Xc- |', '[1]: https://example.org', '[^1]: A footnote.',
];

type ToProse = (source: string) => Prose;
interface Markup {
  readonly name: string;
  readonly toProse: ToProse;
  /** Any document, broken ones included. */
  readonly anyDocument: fc.Arbitrary<string>;
  /** Closed blocks, then closed inline constructs on each side of the inserted word. */
  readonly closed: fc.Arbitrary<[string, string, string]>;
}

function markup(
  name: string,
  toProse: ToProse,
  anyDocument: fc.Arbitrary<string>,
  inline: readonly string[],
  blocks: readonly string[],
): Markup {
  const closed = fc.tuple(closedDocument(inline, blocks), closedLine(inline), closedLine(inline));
  return { name, toProse, anyDocument, closed };
}

const markups: Markup[] = [
  markup('latex', latexToProse, document(LATEX_FRAGMENTS), LATEX_INLINE, LATEX_BLOCKS),
  markup(
    'markdown',
    markdownToProse,
    fc.tuple(fc.constantFrom('', '---\ntitle: x\n---\n', '---\n'), document(MARKDOWN_FRAGMENTS)).map(([a, b]) => a + b),
    MARKDOWN_INLINE,
    MARKDOWN_BLOCKS,
  ),
];

const options = { seed: SEED, numRuns: RUNS };

for (const { name, toProse, anyDocument, closed } of markups) {
  test(`${name}: never throws`, () => {
    fc.assert(
      fc.property(anyDocument, (source) => {
        toProse(source);
      }),
      options,
    );
  });

  test(`${name}: the source map stays inside the source and in order`, () => {
    fc.assert(
      fc.property(anyDocument, (source) => {
        const prose = toProse(source);
        assertRunsCoverText(prose);
        const { sourceStart, sourceEnd } = expandSourceMap(prose);
        assert.equal(prose.sourceLength, source.length);
        for (let i = 0; i < prose.text.length; i++) {
          const start = sourceStart[i]!;
          const end = sourceEnd[i]!;
          assert.ok(start >= 0 && end <= source.length, `char ${i} maps to [${start}, ${end}) inside the source`);
          assert.ok(start <= end, `char ${i} maps to [${start}, ${end}), an ordered span`);
          if (i > 0) assert.ok(start >= sourceStart[i - 1]!, `char ${i} starts no earlier than char ${i - 1}`);
        }
      }),
      options,
    );
  });

  test(`${name}: every lookup of the run map agrees with the map spelled out`, () => {
    fc.assert(
      fc.property(anyDocument, (source) => {
        const prose = toProse(source);
        const { sourceStart, sourceEnd } = expandSourceMap(prose);
        const cursor = new SourceCursor(prose);
        for (let i = 0; i < prose.text.length; i++) {
          assert.equal(sourceStartOf(prose, i), sourceStart[i], `start of char ${i}`);
          assert.equal(sourceEndOf(prose, i), sourceEnd[i], `end of char ${i}`);
          assert.equal(cursor.startOf(i), sourceStart[i], `cursor start of char ${i}`);
          assert.equal(cursor.endOf(i), sourceEnd[i], `cursor end of char ${i}`);
        }
        for (let offset = 0; offset <= source.length; offset++) {
          let first = 0;
          while (first < prose.text.length && sourceStart[first]! < offset) first++;
          assert.equal(firstProseIndexFrom(prose, offset), first, `first prose char from source ${offset}`);
        }
      }),
      options,
    );
  });

  test(`${name}: copied letters and digits map back to themselves`, () => {
    fc.assert(
      fc.property(anyDocument, (source) => {
        const prose = toProse(source);
        const { sourceStart, sourceEnd } = expandSourceMap(prose);
        for (let i = 0; i < prose.text.length; i++) {
          const start = sourceStart[i]!;
          if (sourceEnd[i]! - start !== 1 || !/[\p{L}\p{N}]/u.test(prose.text[i]!)) continue;
          assert.equal(source[start], prose.text[i], `char ${i} of ${JSON.stringify(prose.text)}`);
        }
      }),
      options,
    );
  });

  test(`${name}: a plain word survives the markup around it`, () => {
    // Whatever follows cannot reach back, except a later \\begin{document} that makes it all preamble.
    const noDocument = (after: string): boolean => !after.includes('\\begin{document}');
    fc.assert(
      fc.property(closed, anyDocument.filter(noDocument), ([before, left, right], after) => {
        const paragraph = `${left} zebrafish ${right}`;
        const source = `${before}\n\n${paragraph}\n\n${after}`;
        const offset = before.length + 2 + left.length + 1;
        const prose = toProse(source);
        const at = prose.text.indexOf('zebrafish');
        assert.ok(at >= 0, `zebrafish is in ${JSON.stringify(prose.text)}`);
        assert.equal(prose.text.indexOf('zebrafish', at + 1), -1, 'zebrafish appears once');
        assert.deepEqual(toSourceRange(prose, at, at + 'zebrafish'.length), { start: offset, end: offset + 9 });
      }),
      options,
    );
  });
}

// Counterexamples the properties found, kept as plain cases.
test('markdown: text after a closed comment at the start of a line is kept', () => {
  const source = '<!-- note --> zebrafish';
  const prose = markdownToProse(source);
  const at = prose.text.indexOf('zebrafish');
  assert.ok(at >= 0);
  assert.deepEqual(toSourceRange(prose, at, at + 9), { start: 14, end: 23 });
});

test('markdown: an entity named like an Object.prototype member is no entity', () => {
  for (const source of ['x &hasOwnProperty; y', 'x &constructor; y']) {
    const prose = markdownToProse(source);
    assert.equal(prose.text.trim(), source);
    assertRunsCoverText(prose);
  }
});

test('latex: a title inside the title is read once, in order', () => {
  const source = '\\title{\\title{GPX4\\begin{document}';
  const prose = latexToProse(source);
  assert.equal(prose.text.match(/GPX4/g)?.length, 1);
  const { sourceStart } = expandSourceMap(prose);
  for (let i = 1; i < prose.text.length; i++) assert.ok(sourceStart[i]! >= sourceStart[i - 1]!);
});
