/** Citation keys and bibliography declarations found in in-memory documents, each at its exact source range. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Markup } from '../../server/src/service/analysis';
import { findCitedKeys } from '../../server/src/service/bibliography/citationKeys';
import { findBibliographyDeclarations } from '../../server/src/service/bibliography/declarations';

/** The keys found, each checked to sit at its range in the source. */
function cited(text: string, markup: Markup): string[] {
  return findCitedKeys(text, markup).map(({ key, start, end }) => {
    assert.equal(text.slice(start, end), key, `the range of ${key}`);
    return key;
  });
}

test('LaTeX: \\cite and its natbib and biblatex variants, with notes, stars and several keys', () => {
  const text = String.raw`As shown \cite{a1}, \citep[see][p.~3]{b2, c3} and \citet*{d4}; \parencite[12]{e5}, \textcite{f6},
\autocite{g7}, \cite*{h8}, \citeauthor{i9}, \cites[1]{j1}[2]{k2} and \nocite{*}.`;
  assert.deepEqual(cited(text, Markup.Latex), ['a1', 'b2', 'c3', 'd4', 'e5', 'f6', 'g7', 'h8', 'i9', 'j1', 'k2']);
});

test('LaTeX: no citations in comments, verbatim or math; an escaped percent sign is no comment', () => {
  const text = String.raw`Kept \cite{kept}. % \cite{commented}
50\% of cells \cite{after-percent}.
\begin{verbatim}\cite{verbatim}\end{verbatim} $x \cite{math}$ \[ \cite{display} \] \verb|\cite{verb}|
\begin{equation}\cite{equation}\end{equation}`;
  assert.deepEqual(cited(text, Markup.Latex), ['kept', 'after-percent']);
});

test('Markdown: pandoc bracketed and in-text citations, with locators, prefixes and suppressed authors', () => {
  const text = 'Known [@dixon2012]. More [see @yang2014, p. 4; -@doll2017] and @wang2019b showed it; (@liao2022).\nEnd of a sentence: @chen2021.';
  assert.deepEqual(cited(text, Markup.Markdown), ['dixon2012', 'yang2014', 'doll2017', 'wang2019b', 'liao2022', 'chen2021']);
});

test('Markdown: no citations in front matter, code, math, comments, addresses or links', () => {
  const text = [
    '---',
    'title: "@notakey"',
    'bibliography: refs.bib',
    '---',
    'Write `[@code]` and mail lab@example.org; $@math$ and <!-- [@comment] -->.',
    '',
    '```',
    '[@fenced]',
    '```',
    '',
    '    @indented',
    '',
    'A [link](https://example.org/@user) and \\@escaped, then [@real].',
  ].join('\n');
  assert.deepEqual(cited(text, Markup.Markdown), ['real']);
});

test('bibliographies declared in LaTeX, with and without .bib, outside comments', () => {
  const text = String.raw`\bibliography{refs, more.bib}
% \bibliography{old}
\addbibresource[location=local]{extra.bib}`;
  const declared = findBibliographyDeclarations(text, Markup.Latex);
  assert.deepEqual(declared.map((d) => d.path), ['refs.bib', 'more.bib', 'extra.bib']);
  assert.deepEqual(declared.map((d) => text.slice(d.start, d.end)), ['refs', 'more.bib', 'extra.bib']);
});

test('bibliographies declared in front matter: one path or a list, quoted or not', () => {
  const one = '---\ntitle: x\nbibliography: refs.bib\n---\nText.';
  assert.deepEqual(findBibliographyDeclarations(one, Markup.Markdown).map((d) => [d.path, one.slice(d.start, d.end)]), [['refs.bib', 'refs.bib']]);
  const list = '---\nbibliography:\n  - "a.bib"\n  - sub/b.bib\n---\n';
  assert.deepEqual(findBibliographyDeclarations(list, Markup.Markdown).map((d) => [d.path, list.slice(d.start, d.end)]), [['a.bib', 'a.bib'], ['sub/b.bib', 'sub/b.bib']]);
  assert.deepEqual(findBibliographyDeclarations('No front matter.\nbibliography: x.bib\n', Markup.Markdown), []);
});

