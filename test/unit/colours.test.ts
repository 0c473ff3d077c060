/**
 * Six types, six colours (issue "Everyday use", item 7): package.json contributes a default colour per entity
 * type for dark, light and high-contrast themes, distinct within each theme, and none that Markdown links use.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const manifest = JSON.parse(readFileSync(resolve(__dirname, '../../package.json'), 'utf8'));
const TYPES: string[] = manifest.contributes.semanticTokenTypes.map((t: { id: string }) => t.id);
/** The colours VS Code's default themes give Markdown links (link text and link targets). */
const LINK_COLOURS = ['#4FC1FF', '#3794FF', '#006AB1', '#0000FF', '#CE9178', '#A31515'].map((c) => c.toUpperCase());

test('every entity type has a distinct default colour per theme kind', () => {
  assert.deepEqual(TYPES, ['gene', 'complex', 'compound', 'metabolite', 'cell', 'process']);
  const customizations = manifest.contributes.configurationDefaults['editor.semanticTokenColorCustomizations'];
  for (const theme of ['[*Dark*]', '[*Light*]', '[*High Contrast*]', '[*High Contrast Light*]']) {
    const rules = customizations[theme].rules as Record<string, string>;
    const colours: string[] = TYPES.map((type) => rules[type]!.toUpperCase());
    assert.equal(new Set(colours).size, TYPES.length, `${theme}: ${colours.join(' ')}`);
    for (const colour of colours) assert.match(colour, /^#[0-9A-F]{6}$/);
    for (const type of TYPES) assert.ok(!LINK_COLOURS.includes(rules[type]!.toUpperCase()), `${theme}: ${type} does not take a link colour`);
  }
});
