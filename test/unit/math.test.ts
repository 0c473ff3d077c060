import { test } from 'node:test';
import assert from 'node:assert/strict';
import { emitMath, greekLetter, MATH_PLACEHOLDER } from '../../server/src/service/markup/math';
import { expandSourceMap, ProseBuilder, toSourceRange } from '../../server/src/service/markup/prose';

const P = MATH_PLACEHOLDER;

/** Runs emitMath on `$content$` and returns the prose with the source it was read from. */
function math(content: string) {
  const source = `$${content}$`;
  const builder = new ProseBuilder(source.length);
  emitMath(builder, source, 1, 1 + content.length);
  return { source, prose: builder.finish() };
}

/** [inline math content, expected prose, a prose character, the source it maps to]. */
const notation: [string, string, string, string][] = [
  ['^+', '+', '+', '+'],
  ['^{2+}', '2+', '2', '2'],
  ['_c^-', 'c-', 'c', 'c'],
  ['_{10}', '10', '1', '1'],
  ['^{−}', '-', '-', '−'],
  ['\\gamma', 'γ', 'γ', '\\gamma'],
  ['\\Delta', 'Δ', 'Δ', '\\Delta'],
  ['\\upgamma', 'γ', 'γ', '\\upgamma'],
  ['\\upsilon', 'υ', 'υ', '\\upsilon'],
  ['\\upupsilon', 'υ', 'υ', '\\upupsilon'],
  ['\\Upsilon', 'Υ', 'Υ', '\\Upsilon'],
  ['\\gamma\\delta', 'γδ', 'δ', '\\delta'],
  ['\\pm', '±', '±', '\\pm'],
  ['\\mathrm{Fe}^{3+}', 'Fe3+', 'e', 'e'],
  ['\\text{CD8}^{+}', 'CD8+', '8', '8'],
  ['10\\,\\mu', '10μ', 'μ', '\\mu'],
  ['x', 'x', 'x', 'x'],
  ['{}^{13}C', '13C', 'C', 'C'],
  // Arrows of notes and tables, which the claim reader reads; gene symbols with a genotype.
  ['\\uparrow', '↑', '↑', '\\uparrow'],
  ['\\downarrow', '↓', '↓', '\\downarrow'],
  ['\\rightarrow', '→', '→', '\\rightarrow'],
  ['\\Rightarrow', '⇒', '⇒', '\\Rightarrow'],
  ['Acsl4^{-/-}', 'Acsl4-/-', '/', '/'],
  ['Gpx4^{fl/fl}', 'Gpx4fl/fl', 'f', 'f'],
  // Sub- and superscripts inside upright text.
  ['\\mathrm{x_c^-}', 'xc-', 'c', 'c'],
  ['\\mathrm{H_2O_2}', 'H2O2', 'O', 'O'],
  ['\\mathrm{Fe^{2+}}', 'Fe2+', '+', '+'],
];

for (const [content, expected, char, charSource] of notation) {
  test(`math: $${content}$ is notation`, () => {
    const { source, prose } = math(content);
    assert.equal(prose.text, expected);
    const at = prose.text.indexOf(char);
    const range = toSourceRange(prose, at, at + 1);
    assert.equal(source.slice(range.start, range.end), charSource);
    const { sourceStart, sourceEnd } = expandSourceMap(prose);
    for (let i = 0; i < prose.text.length; i++) {
      if (sourceEnd[i]! - sourceStart[i]! === 1 && /[A-Za-z0-9+]/.test(prose.text[i]!)) {
        assert.equal(source[sourceStart[i]!], prose.text[i], `char ${i} is a copy`);
      }
    }
  });
}

const formulas: string[] = [
  'x^2 + y^2 = z^2',
  'a = b',
  'p < 0.05',
  '0.5',
  '\\frac{1}{2}',
  '\\sum_i x_i',
  'abcd',
  '\\alpha + \\beta = \\gamma',
  '\\mathrm{Fe',
  '\\mathrm{an unusually long name}',
  '1234567890123',
  '\\{',
  '\\,',
  ' ',
  '',
  '\\cdot',
  // Names of Object.prototype members are no Greek letters or signs.
  '\\hasOwnProperty',
  '\\constructor',
  '\\toString',
  '\\propertyIsEnumerable',
];

for (const content of formulas) {
  test(`math: $${content}$ is a formula`, () => {
    const { source, prose } = math(content);
    assert.equal(prose.text, P);
    assert.deepEqual(toSourceRange(prose, 0, 1), { start: 0, end: source.length }, 'the placeholder spans the delimiters');
  });
}

test('math: a caller with longer delimiters sets the placeholder span', () => {
  const source = 'a \\(x = 1\\) b';
  const builder = new ProseBuilder(source.length);
  emitMath(builder, source, 4, 9, 2, 11);
  const prose = builder.finish();
  assert.equal(prose.text, P);
  const range = toSourceRange(prose, 0, 1);
  assert.equal(source.slice(range.start, range.end), '\\(x = 1\\)');
});

test('math: the placeholder stays inside the source at its edges', () => {
  const source = 'x = 1';
  const builder = new ProseBuilder(source.length);
  emitMath(builder, source, 0, source.length);
  assert.deepEqual(toSourceRange(builder.finish(), 0, 1), { start: 0, end: source.length });
});

test('math: greekLetter', () => {
  const expected: [string, string | undefined][] = [
    ['gamma', 'γ'], ['Gamma', 'Γ'], ['upgamma', 'γ'], ['textgamma', 'γ'], ['varepsilon', 'ε'], ['upsilon', 'υ'],
    ['textupsilon', 'υ'], ['upupsilon', 'υ'], ['Upsilon', 'Υ'], ['textit', undefined], ['uparrow', undefined],
    ['text', undefined], ['up', undefined], ['', undefined], ['constructor', undefined], ['hasOwnProperty', undefined],
    ['__proto__', undefined], ['textconstructor', undefined],
  ];
  for (const [name, letter] of expected) assert.equal(greekLetter(name), letter, name);
});
