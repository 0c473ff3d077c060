import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mentionTexts, testService } from '../helpers/lexicon';
import { curatedService } from '../helpers/claimsCorpus';

const service = testService();

const cases: [string, string, string[]][] = [
  ['symbol as written', 'GPX4 protects cells.', ['GPX4=GPX4']],
  ['mouse gene case', 'Mice lacking Gpx4 die.', ['Gpx4=GPX4']],
  ['lower-case symbol is not the gene', 'the atm was low; gpx4 too', []],
  ['ATM as written', 'ATM is a kinase.', ['ATM=ATM']],
  ['no match inside a longer word', 'FSP10 and loxP and GPX45', []],
  ['full name in any case', 'Glutathione Peroxidase 4 and glutathione peroxidase 4', ['Glutathione Peroxidase 4=GPX4', 'glutathione peroxidase 4=GPX4']],
  ['longest match wins', 'lipid peroxidation drives ferroptosis', ['lipid peroxidation=lipid-peroxidation', 'ferroptosis=ferroptosis']],
  ['compound in any case', 'Erastin and ERASTIN and erastin', ['Erastin=erastin', 'ERASTIN=erastin', 'erastin=erastin']],
  ['Greek letter', 'IFN-γ rises', ['IFN-γ=IFNG']],
  ['Greek name', 'IFN-gamma rises', ['IFN-gamma=IFNG']],
  ['no hyphen', 'IFNγ rises', ['IFNγ=IFNG']],
  ['stray space after hyphen', 'IFN- γ rises', ['IFN- γ=IFNG']],
  ['stray space before Greek', 'IL-1 β rises', ['IL-1 β=IL1B']],
  ['Unicode hyphen', 'IFN‐γ and IFN–γ', ['IFN‐γ=IFNG', 'IFN–γ=IFNG']],
  ['superscript plus', 'CD8⁺ T cells and CD8+ T cells and CD8(+) T cells', ['CD8⁺ T cells=cd8-t-cell', 'CD8+ T cells=cd8-t-cell', 'CD8(+) T cells=cd8-t-cell']],
  ['plural of cell types', 'Tregs and regulatory T cells', ['Tregs=treg', 'regulatory T cells=treg']],
  ['hyphenated compound word', 'GPX4-dependent death', ['GPX4=GPX4']],
  ['TF needs a definition', 'TF binds DNA. TF-IDF is a score.', []],
  ['TF defined by its long form', 'Transferrin (TF) carries iron. TF binds TFRC.', ['Transferrin=TF', 'TF=TF', 'TF=TF']],
  ['LOX without definition', 'LOX crosslinks collagen.', []],
  ['"non-" before cells names the other cells', 'Tregs and non-regulatory T cells and non regulatory T cells', ['Tregs=treg']],
  ['"non-" before another entry keeps it', 'non-GPX4 selenoproteins', ['GPX4=GPX4']],
  ['a plural listed as itself needs no definition that its singular needs', 'DC counts rose; DCs matured.', ['DCs=dendritic-cell']],
  ['LOX defined', 'lipoxygenases (LOX) oxygenate lipids; LOX activity rises.', ['lipoxygenases=lipoxygenases', 'LOX=lipoxygenases', 'LOX=lipoxygenases']],
  ['ROS in biology', 'ROS accumulate in cells.', ['ROS=ros']],
  ['ROS in a software context', 'The robot runs ROS nodes.\n\nROS accumulate.', ['ROS=ros']],
  ['ROS, the robot word in a later paragraph', 'ROS accumulate.\n\nROS again.\n\nA ROBOT and ROS.\n\nROS rise.', ['ROS=ros', 'ROS=ros', 'ROS=ros']],
  ['ROS with a folded context phrase', 'ROS nodes run the Robot\u00a0Operating System.\n\nROS damage lipids.', ['ROS=ros']],
  ['a context word only as a whole word', 'ROS and robots-like probes.', ['ROS=ros']],
  ['possessive', "GPX4's activity", ['GPX4=GPX4']],
  ['a short form inside a term', 'Regulatory T (Treg) cells expand.', ['Regulatory T (Treg) cells=treg']],
  ['a short form after a whole term', 'Regulatory T cells (Tregs) expand.', ['Regulatory T cells=treg', 'Tregs=treg']],
  ['a short form of another entry inside a term is no part of it', 'Ferroptosis (GPX4) cells', ['Ferroptosis=ferroptosis', 'GPX4=GPX4']],
  ['a parenthesis that is no short form', 'regulatory T (see Fig. 2) cells', []],
];

for (const [name, text, expected] of cases) {
  test(`recognizes: ${name}`, () => {
    assert.deepEqual(mentionTexts(service, text), expected);
  });
}

test('markup inside a mention maps back to the whole source span', () => {
  assert.deepEqual(mentionTexts(service, 'Many CD8$^+$ T cells and IFN-$\\gamma$.'), ['CD8$^+$ T cells=cd8-t-cell', 'IFN-$\\gamma$=IFNG']);
  assert.deepEqual(mentionTexts(service, 'Many CD8\\textsuperscript{+} T cells.', 'latex'), ['CD8\\textsuperscript{+} T cells=cd8-t-cell']);
});

test('a spelling with a parenthesis of its own is one mention, not two', () => {
  const curated = curatedService();
  assert.deepEqual(mentionTexts(curated, 'The mevalonate (MVA) pathway feeds CoQ10.').filter((m) => m.endsWith('=mevalonate-pathway')), ['mevalonate (MVA) pathway=mevalonate-pathway']);
});

test('a mention broken across lines stays one mention', () => {
  assert.deepEqual(mentionTexts(service, 'drives lipid\nperoxidation here'), ['lipid\nperoxidation=lipid-peroxidation']);
});

test('TAMs are macrophages except beside the TAM receptor family, paragraph by paragraph', () => {
  const curated = curatedService();
  const text = 'TAMs secrete cytokines.\n\nThe TAM\u00a0receptor family binds GAS6; TAMs too.\n\nTAM kinases.\n\nM2-like TAMs again.';
  assert.deepEqual(mentionTexts(curated, text).filter((m) => m.endsWith('=tam')), ['TAMs=tam', 'TAMs=tam']);
});

test('recognizes a cell type hyphened to what follows, with the shipped lexicon', () => {
  assert.deepEqual(mentionTexts(curatedService(), 'NK-cell cytotoxicity and tumour-cell death'), ['NK-cell=nk-cell', 'tumour-cell=tumour-cell']);
});

test('recognizes cell types that share the head of the cell term after them', () => {
  assert.deepEqual(mentionTexts(curatedService(), 'Erastin expanded B and NK cells, and M1 and M2 macrophages.'), [
    'Erastin=erastin',
    'B=b-cell',
    'NK cells=nk-cell',
    'M1=m1-macrophage',
    'M2 macrophages=m2-macrophage',
  ]);
  assert.deepEqual(mentionTexts(curatedService(), 'Plan A and NK cells'), ['NK cells=nk-cell'], 'no "A cells"');
});

test('a hyphen the text writes where a spelling has a space is that space ("lipid-peroxide build-up")', () => {
  assert.deepEqual(mentionTexts(curatedService(), 'lipid-peroxide build-up and natural-killer cells'), ['lipid-peroxide=lipid-peroxides', 'natural-killer cells=nk-cell']);
});

test('a match never ends in the space a detour passed over ("system Xc⁻ |" in a table row)', () => {
  // Not through mentionTexts, whose documents take "|" for the cursor.
  const text = '| Drug | Target |\n|---|---|\n| Erastin | system Xc⁻ |\n';
  const analysis = curatedService().analyze({ uri: 'row.md', languageId: 'markdown', version: 1, getText: () => text });
  assert.deepEqual(analysis.mentions.map((m) => `${text.slice(m.start, m.end)}=${m.id}`), ['Erastin=erastin', 'system Xc⁻=system-xc']);
});
