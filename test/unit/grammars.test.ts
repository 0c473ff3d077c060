/**
 * The TextMate injection grammars are generated from the lexicon and must stay in step with it. The build does not
 * write them, so this test fails when a lexicon edit is committed without `npm run grammars`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');

async function generated(): Promise<{ patterns: { name: string; match: string }[] }> {
  const { grammarPatterns } = await import(resolve(ROOT, 'scripts/generate-grammars.mjs'));
  return { patterns: grammarPatterns(resolve(ROOT, 'lexicon')) };
}

for (const file of ['markdown.injection.tmLanguage.json', 'latex.injection.tmLanguage.json']) {
  test(`${file} is up to date with the lexicon (run npm run grammars)`, async () => {
    const committed = JSON.parse(readFileSync(resolve(ROOT, 'syntaxes', file), 'utf8'));
    assert.deepEqual(committed.patterns, (await generated()).patterns);
    assert.match(committed.injectionSelector, /^L:text\./);
  });
}

test('grammar patterns colour symbols by case and names in any case, at word boundaries', async () => {
  const { patterns } = await generated();
  const scopeOf = (text: string): string[] =>
    patterns.filter((p) => new RegExp(p.match.replace('(?i)', ''), p.match.startsWith('(?i)') ? 'iu' : 'u').test(text)).map((p) => p.name);
  assert.deepEqual(scopeOf('GPX4'), ['entity.name.type.gene.biolex']);
  assert.deepEqual(scopeOf('gpx4'), []);
  assert.deepEqual(scopeOf('FSP10'), []);
  assert.ok(scopeOf('Erastin').includes('entity.name.function.compound.biolex'));
  assert.ok(scopeOf('ferroptosis').includes('keyword.other.process.biolex'));
});
