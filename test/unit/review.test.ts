/** BioLex over the review its lexicon was curated from: the review's own entities must be recognized. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { createBiolexService } from '../../server/src/service';
import { readLexiconDirectory } from '../../server/src/node/lexiconFiles';
import { readFileSync, existsSync } from 'node:fs';
import { REVIEW_PATH, SHARED_REVIEW_PATH, reviewAsMarkdown } from '../helpers/review';

const review = reviewAsMarkdown();
const service = createBiolexService({ lexiconFiles: readLexiconDirectory(resolve(__dirname, '../../lexicon')) });

test('the review body is annotated with the entities it names', () => {
  const analysis = service.analyze({ uri: 'review.md', languageId: 'markdown', version: 1, getText: () => review.body });
  const found = new Set(analysis.mentions.map((m) => m.id));
  const expected = [
    'GPX4', 'SLC7A11', 'SLC3A2', 'system-xc', 'TP53', 'AIFM2', 'coq10', 'DHODH', 'ACO1', 'IREB2', 'TF', 'TFRC', 'SLC40A1',
    'ferritin', 'NCOA4', 'ACSL4', 'LPCAT3', 'lipoxygenases', 'CD36', 'IFNG', 'CD274', 'ATM', 'NFE2L2', 'TYRO3',
    'RRM2', 'IL6', 'IL1B', 'CD40', 'TGM2', 'erastin', 'sorafenib', 'sulfasalazine', 'rsl3', 'ml162', 'fin56', 'fino2',
    'artemisinin', 'artesunate', 'liraglutide', 'ferrostatin-1', 'lenvatinib', 'cisplatin', 'metformin', 'haloperidol',
    'gemcitabine', 'lorazepam', 'gsh', 'cystine', 'cysteine', 'selenium', 'nadh', 'pufa', 'pufa-coa', 'arachidonic-acid',
    'lipid-hydroperoxides', 'ros', 'hydrogen-peroxide', 'labile-iron-pool', 'cd8-t-cell', 'treg', 'tfh-cell',
    'm1-macrophage', 'm2-macrophage', 'tam', 'mdsc', 'nk-cell', 'b-cell', 'pbmc', 'dendritic-cell-maturation', 'ferroptosis',
    'lipid-peroxidation', 'fenton-reaction', 'ferritinophagy', 'mevalonate-pathway', 'immune-checkpoint-blockade',
  ];
  assert.deepEqual(expected.filter((id) => !found.has(id)), []);
  assert.ok(analysis.mentions.length > 500, `${analysis.mentions.length} mentions`);
});

test('short forms in the review count only where the review defines them', () => {
  const analysis = service.analyze({ uri: 'review2.md', languageId: 'markdown', version: 1, getText: () => review.body });
  const text = review.body;
  for (const mention of analysis.mentions) {
    const written = text.slice(mention.start, mention.end);
    if (!['TF', 'LIP', 'AA', 'LOX'].includes(written)) continue;
    // Every such mention belongs to an entry whose long form appears in the review with the short form in parentheses.
    assert.ok(text.includes(`(${written})`), `${written} at ${mention.start} is not defined`);
  }
  const mentionOf = (needle: string): string | undefined => {
    const at = text.indexOf(needle);
    return analysis.mentions.find((m) => m.start <= at && at < m.end)?.id;
  };
  assert.equal(mentionOf('IFN- γ'), 'IFNG', 'the stray space the PDF left is bridged');
  assert.equal(mentionOf('CD8(+) T cell'), 'cd8-t-cell');
});

test('the spellings the issue names reach their entries', () => {
  const cases: [string, string][] = [
    ['xCT', 'SLC7A11'], ['FSP1', 'AIFM2'], ['AIFM2', 'AIFM2'], ['PRG3', 'AIFM2'], ['AMID', 'AIFM2'], ['TfR1', 'TFRC'],
    ['TFR1', 'TFRC'], ['FPN1', 'SLC40A1'], ['ferroportin', 'SLC40A1'], ['Fer-1', 'ferrostatin-1'], ['IFN-gamma', 'IFNG'],
    ['IFN-γ', 'IFNG'], ['IFNγ', 'IFNG'], ['IFN-$\\gamma$', 'IFNG'], ['p53', 'TP53'], ['Gpx4', 'GPX4'], ['NRF2', 'NFE2L2'],
    ['PD-L1', 'CD274'], ['CD8$^+$ T cells', 'cd8-t-cell'], ['CD8⁺ T cells', 'cd8-t-cell'], ['Tregs', 'treg'], ['TAMs', 'tam'],
    ['system Xc⁻', 'system-xc'], ['System X$_c^-$', 'system-xc'], ['CoQ$_{10}$', 'coq10'], ['TGF- β', 'TGFB1'], ['IL-1 β', 'IL1B'],
  ];
  const wrong: string[] = [];
  for (const [spelling, id] of cases) {
    const text = `We measured ${spelling} here.`;
    const mentions = service.analyze({ uri: `spelling:${spelling}`, languageId: 'markdown', version: 1, getText: () => text }).mentions;
    if (mentions.length !== 1 || mentions[0]!.id !== id) wrong.push(`${spelling} → ${mentions.map((m) => m.id).join(', ') || 'nothing'}`);
  }
  assert.deepEqual(wrong, []);
});

test('the review kept with the tests is the shared one, where that is beside the checkout', { skip: existsSync(SHARED_REVIEW_PATH) ? false : 'no ../shared/review beside this checkout to compare with' }, () => {
  assert.equal(readFileSync(REVIEW_PATH, 'utf8'), readFileSync(SHARED_REVIEW_PATH, 'utf8'));
});
