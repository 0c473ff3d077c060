/** The claim checker on the labelled corpus and on the review it was curated from. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { curatedService, evaluate, loadCorpus } from '../helpers/claimsCorpus';
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

test('questions, hypotheses and context-dependent claims are never flagged', () => {
  const result = evaluate(service, loadCorpus().filter((c) => ['question', 'hypothesis', 'context-dependent'].includes(c.form)));
  assert.deepEqual(result.falsePositives.map((c) => c.id), []);
});

const review = reviewAsMarkdown();
test('the review body raises no mechanism-contradiction', { skip: review ? false : 'shared/review is not beside this checkout' }, () => {
  const diagnostics = service.provideDiagnostics({ uri: 'review.md', languageId: 'markdown', version: 1, getText: () => review!.body });
  assert.deepEqual(diagnostics.filter((d) => d.code === MECHANISM_CONTRADICTION).map((d) => review!.body.slice(d.start, d.end)), []);
});
