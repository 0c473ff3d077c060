import { test } from 'node:test';
import assert from 'node:assert/strict';
import { markdownToProse } from '../../server/src/service/markup/markdown';
import { toSourceRange } from '../../server/src/service/markup/prose';
import { assertExactMap } from '../helpers/prose';

/** Prose with blocks joined by " | " for compact expectations. */
function prose(source: string): string {
  return markdownToProse(source).text.trim().split(/\n\n+/).join(' | ');
}

const cases: [string, string, string][] = [
  ['paragraph lines join', 'GPX4 reduces\nlipid peroxides.', 'GPX4 reduces lipid peroxides.'],
  ['headings', '# GPX4 pathway #\n\nText.', 'GPX4 pathway | Text.'],
  ['setext heading', 'Title\n=====\nBody', 'Title | Body'],
  ['emphasis', 'Use *erastin* and __RSL3__ or _FIN56_.', 'Use erastin and RSL3 or FIN56.'],
  // Struck-through text is deleted text: a draft's tracked deletion is not what the manuscript says.
  ['strikethrough', 'Use ~~erastin~~ RSL3 or ~FIN56~.', 'Use  RSL3 or FIN56.'],
  ['strikethrough not closed in its paragraph', 'Use ~~erastin\n\nor RSL3~~.', 'Use erastin | or RSL3.'],
  ['snake_case stays', 'see gpx4_ko_cells here', 'see gpx4_ko_cells here'],
  ['links keep text', 'See [GPX4](https://x.org/a_(b)) and [ref][1].', 'See GPX4 and ref.'],
  ['image alt', '![GPX4 blot](fig.png)', 'GPX4 blot'],
  ['autolinks and bare URLs dropped', 'at <https://doi.org/x> or https://a.b/c. Done', 'at  or \uFFFC. Done'],
  ['code spans are objects', 'the `GPX4` column', 'the \uFFFC column'],
  ['fenced code dropped', 'A\n\n```python\nGPX4 = 1\n```\n\nB', 'A | B'],
  ['tilde fence', '~~~\nGPX4\n~~~\nB', 'B'],
  ['indented code dropped', 'A\n\n    GPX4 = 1\n\nB', 'A | B'],
  ['front matter dropped but its title', '---\ntitle: GPX4\nauthor: Me\n---\nBody', 'GPX4 | Body'],
  ['a quoted front-matter title', '---\ntitle: "GPX4 and FSP1"\nbibliography: refs.bib\n---\nBody', 'GPX4 and FSP1 | Body'],
  ['front matter without a title', '---\nauthor: Me\n---\nBody', 'Body'],
  ['HTML comment dropped', 'A <!-- GPX4 --> B\n\n<!--\nGPX4\n\nmore\n-->\nC', 'A  B | C'],
  ['inline HTML keeps text', 'CD8<sup>+</sup> T cells', 'CD8+ T cells'],
  ['pandoc superscripts of digits and signs', 'CD8^+^ T cells, Fe^2+^ and 10^6^ cells', 'CD8⁺ T cells, Fe²⁺ and 10⁶ cells'],
  ['other pandoc superscripts keep their text', 'CD206^hi^ cells', 'CD206hi cells'],
  ['a caret without its closing one is literal', 'x^2 and a^b c^', 'x^2 and a^b c^'],
  ['pandoc citations dropped', 'GPX4 [@yang2014; @dixon2012] is key.', 'GPX4  is key.'],
  ['in-text citation dropped', 'As @yang2014 showed.', 'As  showed.'],
  ['footnote reference dropped, definition kept', 'GPX4[^1] is key.\n\n[^1]: Also called PHGPx.', 'GPX4 is key. | Also called PHGPx.'],
  ['link definitions dropped', '[1]: https://example.org\n\nText', 'Text'],
  ['block quote', '> GPX4 reduces\n> lipid peroxides.', 'GPX4 reduces lipid peroxides.'],
  ['lists', '- GPX4\n- SLC7A11\n  continues\n1. ACSL4', 'GPX4 | SLC7A11 continues | ACSL4'],
  ['task list', '- [x] GPX4 done', 'GPX4 done'],
  ['table cells', '| Drug | Target |\n|---|:--:|\n| Erastin | System Xc- |', 'Drug | Target | Erastin | System Xc-'],
  ['math notation', 'CD8$^+$ and IFN-$\\gamma$ and Fe$^{2+}$', 'CD8+ and IFN-γ and Fe2+'],
  ['display math', 'A\n\n$$\nx^2\n$$\n\nB', 'A | \uFFFC | B'],
  ['dollar amounts are not math', 'costs $5 and $6 today', 'costs $5 and $6 today'],
  ['escapes', 'a \\*literal\\* star', 'a *literal* star'],
  ['entities', 'IFN-&gamma; &amp; TGF-&beta;', 'IFN-γ & TGF-β'],
  ['thematic break', 'A\n\n***\n\nB', 'A | B'],
];

for (const [name, source, expected] of cases) {
  test(`markdown: ${name}`, () => {
    assert.equal(prose(source), expected);
  });
}

test('every copied character maps back to itself', () => {
  const source = '# Title\n\n> GPX4 *and* [FSP1](http://x) with CD8$^+$ T cells `code` end\n- item GPX4\n';
  const result = markdownToProse(source);
  assertExactMap(source, result);
  const at = result.text.indexOf('FSP1');
  const range = toSourceRange(result, at, at + 4);
  assert.equal(source.slice(range.start, range.end), 'FSP1');
});

test('CRLF line endings', () => {
  assert.equal(prose('GPX4 reduces\r\nlipids.\r\n\r\nNext'), 'GPX4 reduces lipids. | Next');
});

test('unclosed constructs do not swallow the document', () => {
  assert.equal(prose('A `code\n\nB [link\n\nC $math\n\nD <!-- x'), 'A `code | B [link | C $math | D <!-- x');
});

test('a paragraph of unclosed brackets still finds the links after them, as a scan from each would', () => {
  // Thousands of openers: past the scans' budget, one pass pairs the rest.
  const openers = '[a '.repeat(3000);
  const source = `${openers}[GPX4](https://x.org/(a)) and ![blot](f.png) [^1] [@key] [b [c] d](u) (e`;
  assert.equal(markdownToProse(source).text, `${openers}GPX4 and blot   b [c] d (e\n\n`);
  assertExactMap(source, markdownToProse(source));
});

test('blocks end on their last word: trailing spaces before a break are dropped', () => {
  assert.equal(markdownToProse('GPX4   \n\n- ACSL4 \n- FSP1').text, 'GPX4\n\nACSL4\n\nFSP1\n\n');
});

test('prose keeps astral characters and lone surrogates exactly', () => {
  const source = 'GPX4 🧬 and \uD800 alone';
  assert.equal(markdownToProse(source).text, 'GPX4 🧬 and \uD800 alone\n\n');
  assert.equal(markdownToProse('plain text').text, 'plain text\n\n');
});

test('a table row is one run of prose, its cells parted by " | ", and each cell a block', () => {
  const result = markdownToProse('| Drug | Effect |\n|---|---|\n| Cisplatin   | lowers PD-L1 |\n');
  assert.equal(result.text, 'Drug | Effect\n\nCisplatin | lowers PD-L1\n\n');
  assert.deepEqual(result.blockKinds?.map((b) => result.text.slice(b.start, b.start + 4)), ['Drug', 'Effe', 'Cisp', 'lowe']);
});
