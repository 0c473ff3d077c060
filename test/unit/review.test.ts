/** BioLex over the review its lexicon was curated from: the review's own entities must be recognized. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { createBiolexService } from '../../server/src/service';
import { readLexiconDirectory } from '../../server/src/node/lexiconFiles';
import { reviewAsMarkdown } from '../helpers/review';

const review = reviewAsMarkdown();
const service = createBiolexService({ lexiconFiles: readLexiconDirectory(resolve(__dirname, '../../lexicon')) });

test('the review body is annotated with the entities it names', { skip: review ? false : 'shared/review is not beside this checkout' }, () => {
  const analysis = service.analyze({ uri: 'review.md', languageId: 'markdown', version: 1, getText: () => review!.body });
  const found = new Set(analysis.mentions.map((m) => m.id));
  const expected = [
    'GPX4', 'SLC7A11', 'SLC3A2', 'system-xc', 'TP53', 'AIFM2', 'coq10', 'DHODH', 'ACO1', 'IREB2', 'TF', 'TFRC', 'SLC40A1',
    'ferritin', 'NCOA4', 'ACSL4', 'LPCAT3', 'lipoxygenases', 'CD36', 'IFNG', 'CD274', 'ATM', 'NFE2L2', 'TYRO3',
    'RRM2', 'IL6', 'IL1B', 'CD40', 'TGM2', 'erastin', 'sorafenib', 'sulfasalazine', 'rsl3', 'ml162', 'fin56', 'fino2',
    'artemisinin', 'artesunate', 'liraglutide', 'ferrostatin-1', 'lenvatinib', 'cisplatin', 'metformin', 'haloperidol',
    'gemcitabine', 'lorazepam', 'gsh', 'cystine', 'cysteine', 'selenium', 'nadh', 'pufa', 'pufa-coa', 'arachidonic-acid',
    'lipid-hydroperoxides', 'ros', 'hydrogen-peroxide', 'labile-iron-pool', 'cd8-t-cell', 'treg', 'tfh-cell',
    'm1-macrophage', 'm2-macrophage', 'tam', 'mdsc', 'nk-cell', 'b-cell', 'pbmc', 'dendritic-cell', 'ferroptosis',
    'lipid-peroxidation', 'fenton-reaction', 'ferritinophagy', 'mevalonate-pathway', 'immune-checkpoint-blockade',
  ];
  assert.deepEqual(expected.filter((id) => !found.has(id)), []);
  assert.ok(analysis.mentions.length > 500, `${analysis.mentions.length} mentions`);
});

test('short forms in the review count only where the review defines them', { skip: review ? false : 'no review' }, () => {
  const analysis = service.analyze({ uri: 'review2.md', languageId: 'markdown', version: 1, getText: () => review!.body });
  const text = review!.body;
  for (const mention of analysis.mentions.filter((m) => m.text === 'TF' || m.text === 'LIP' || m.text === 'AA' || m.text === 'LOX')) {
    // Every such mention belongs to an entry whose long form appears in the review with the short form in parentheses.
    assert.ok(text.includes(`(${mention.text})`), `${mention.text} at ${mention.start} is not defined`);
  }
  const mentionOf = (needle: string): string | undefined => {
    const at = text.indexOf(needle);
    return analysis.mentions.find((m) => m.start <= at && at < m.end)?.id;
  };
  assert.equal(mentionOf('IFN- γ'), 'IFNG', 'the stray space the PDF left is bridged');
  assert.equal(mentionOf('CD8(+) T cell'), 'cd8-t-cell');
});
