/** The claim checker on the labelled corpus and on the review it was curated from. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { curatedService, evaluate, loadBlindBatches, loadCorpus } from '../helpers/claimsCorpus';
import { reviewAsMarkdown } from '../helpers/review';
import { MECHANISM_CONTRADICTION } from '../../server/src/service';

const service = curatedService();

test('the corpus is balanced and covers both markups', () => {
  const corpus = loadCorpus();
  const positives = corpus.filter((c) => c.contradiction).length;
  assert.ok(corpus.length >= 120, `${corpus.length} sentences`);
  assert.ok(positives / corpus.length > 0.4 && positives / corpus.length < 0.6, `${positives} contradictions of ${corpus.length}`);
  assert.ok(corpus.some((c) => c.format === 'latex') && corpus.some((c) => c.format === 'markdown'));
});

test('precision >= 0.95 and recall >= 0.90 on the labelled corpus', () => {
  const result = evaluate(service, loadCorpus());
  const misses = [...result.falsePositives.map((c) => `FP ${c.id}`), ...result.falseNegatives.map((c) => `FN ${c.id}`)].join(', ');
  assert.ok(result.precision >= 0.95, `precision ${result.precision.toFixed(3)}: ${misses}`);
  assert.ok(result.recall >= 0.9, `recall ${result.recall.toFixed(3)}: ${misses}`);
});

// Blind batches were scored once before any tuning (their headers and the README keep that figure); once read,
// they guard what was fixed from them. Precision first: a false alarm on one of them fails the suite.
for (const batch of loadBlindBatches()) {
  test(`blind batch ${batch.name}: precision >= 0.97 and recall >= 0.55 in each markup`, () => {
    for (const format of ['markdown', 'latex'] as const) {
      const result = evaluate(service, batch.claims.filter((c) => c.format === format));
      const misses = [...result.falsePositives.map((c) => `FP ${c.id}`), ...result.falseNegatives.map((c) => `FN ${c.id}`)].join(', ');
      assert.ok(result.precision >= 0.97, `${format} precision ${result.precision.toFixed(3)}: ${misses}`);
      assert.ok(result.recall >= 0.55, `${format} recall ${result.recall.toFixed(3)}: ${misses}`);
    }
  });
}

test('there is at least one blind batch, and each has both markups and a recorded first score', () => {
  const batches = loadBlindBatches();
  assert.ok(batches.length >= 1);
  for (const batch of batches) {
    assert.ok(batch.claims.length >= 150, `${batch.name}: ${batch.claims.length} sentences`);
    assert.ok(batch.claims.some((c) => c.format === 'latex') && batch.claims.some((c) => c.format === 'markdown'));
    assert.match(readFileSync(batch.file, 'utf8'), /^# First score[\s\S]{0,300}?\n#\s+all\s+precision \d\.\d{3}\s+recall \d\.\d{3}/m, `${batch.name} records its first score`);
  }
});

test('questions, hypotheses and context-dependent claims are never flagged', () => {
  const result = evaluate(service, loadCorpus().filter((c) => ['question', 'hypothesis', 'context-dependent'].includes(c.form)));
  assert.deepEqual(result.falsePositives.map((c) => c.id), []);
});

const review = reviewAsMarkdown();
test('the review body raises no mechanism-contradiction', () => {
  const diagnostics = service.provideDiagnostics({ uri: 'review.md', languageId: 'markdown', version: 1, getText: () => review.body });
  assert.deepEqual(diagnostics.filter((d) => d.code === MECHANISM_CONTRADICTION).map((d) => review.body.slice(d.start, d.end)), []);
});
