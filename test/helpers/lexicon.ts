/** A small in-memory lexicon for unit tests, independent of the curated one. */
import { createBiolexService, type BiolexService, type LexiconFile } from '../../server/src/service';

export const TEST_REFERENCES = `
references:
  - { key: yang2014, number: 7, authors: "Yang WS, SriRamaratnam R", title: "Regulation of ferroptotic cancer cell death by GPX4", journal: Cell, year: 2014, doi: 10.1016/j.cell.2013.12.010 }
  - { key: dixon2012, number: 3, authors: "Dixon SJ", title: "Ferroptosis: an iron-dependent form of nonapoptotic cell death", journal: Cell, year: 2012, doi: "10.1016/j.cell.2012.03.042" }
`;

export const TEST_ENTRIES = `
entries:
  - id: GPX4
    label: GPX4
    type: gene
    name: glutathione peroxidase 4
    xrefs: [HGNC:4556, UniProt:P36969]
    summary: A selenoprotein that reduces lipid hydroperoxides to alcohols.
    refs: [yang2014]
    role: { value: suppressor, text: "Keeps lipid peroxides low.", refs: [yang2014] }
  - id: AIFM2
    label: AIFM2
    type: gene
    aliases: [FSP1]
    summary: An oxidoreductase that regenerates ubiquinol at the membrane.
    refs: [yang2014]
  - id: IFNG
    label: IFNG
    type: gene
    aliases: [IFN-γ]
    summary: A cytokine made by T cells and NK cells.
    refs: [yang2014]
  - id: IL1B
    label: IL1B
    type: gene
    aliases: [IL-1β]
    summary: A pro-inflammatory cytokine of the interleukin 1 family.
    refs: [yang2014]
  - id: TF
    label: TF
    type: gene
    name: transferrin
    aliases:
      - { text: TF, requires_definition: true }
    summary: The plasma protein that carries ferric iron to cells.
    refs: [dixon2012]
  - id: ATM
    label: ATM
    type: gene
    summary: A kinase that senses DNA double-strand breaks.
    refs: [dixon2012]
  - id: lipoxygenases
    label: lipoxygenases
    type: complex
    aliases: [lipoxygenase, { text: LOX, requires_definition: true }]
    summary: Enzymes that oxygenate polyunsaturated fatty acids.
    refs: [dixon2012]
  - id: erastin
    label: erastin
    type: compound
    xrefs: ["PubChem:11214940"]
    summary: A small molecule that blocks cystine import through system Xc-.
    refs: [dixon2012]
    targets: [{ target: GPX4, text: "indirectly, by depleting GSH", refs: [dixon2012] }]
  - id: ros
    label: ROS
    type: metabolite
    name: reactive oxygen species
    aliases: [{ text: ROS, avoid_context: [robot, ROS2] }]
    summary: Oxygen-derived radicals and peroxides that oxidize lipids.
    refs: [dixon2012]
  - id: cd8-t-cell
    label: CD8⁺ T cell
    type: cell
    aliases: [CD8+ T cell, cytotoxic T lymphocyte]
    summary: Cytotoxic T cells that kill tumour cells and release IFN-gamma.
    refs: [dixon2012]
  - id: treg
    label: Treg
    type: cell
    name: regulatory T cell
    summary: Suppressive T cells that dampen anti-tumour immunity.
    refs: [dixon2012]
  - id: dendritic-cell
    label: dendritic cell
    type: cell
    aliases: [{ text: DC, requires_definition: true }, { text: DCs, case: exact }]
    summary: Antigen-presenting cells that prime T cells.
    refs: [dixon2012]
  - id: ferroptosis
    label: ferroptosis
    type: process
    summary: An iron-dependent form of regulated cell death driven by lipid peroxidation.
    refs: [dixon2012]
  - id: lipid-peroxidation
    label: lipid peroxidation
    type: process
    summary: The oxidative degradation of lipids in membranes.
    refs: [dixon2012]
`;

export function testLexiconFiles(): LexiconFile[] {
  return [
    { file: 'memory://references.yaml', text: TEST_REFERENCES },
    { file: 'memory://entries.yaml', text: TEST_ENTRIES },
  ];
}

export function testService(): BiolexService {
  return createBiolexService({ lexiconFiles: testLexiconFiles() });
}

/** Numbers the in-memory documents, so that each has its own URI and a failing run can be repeated exactly. */
let documents = 0;

/** A URI no other in-memory document of this run has. */
export function uniqueUri(name: string): string {
  return `memory://${name}-${++documents}`;
}

/** An in-memory document; `|` in the text marks a cursor and is removed. */
export function doc(text: string, languageId = 'markdown', version = 1): { uri: string; languageId: string; version: number; getText(): string; cursor: number } {
  const cursor = text.indexOf('|');
  const clean = cursor >= 0 ? text.slice(0, cursor) + text.slice(cursor + 1) : text;
  return { uri: uniqueUri(`doc-${languageId}`), languageId, version, getText: () => clean, cursor };
}

export function mentionTexts(service: BiolexService, text: string, languageId = 'markdown'): string[] {
  return service.analyze(doc(text, languageId)).mentions.map((m) => `${text.slice(m.start, m.end)}=${m.id}`);
}
