/**
 * One table per construction of the claim reader (server/src/service/claims/rules/), each with sentences it must
 * flag (and the range it must cover) and sentences it must leave alone, with the shipped lexicon. The sentences
 * are written for these tests, not taken from the blind batches.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { curatedService } from '../helpers/claimsCorpus';
import { MECHANISM_CONTRADICTION } from '../../server/src/service';

const service = curatedService();

function flagged(text: string): { range: string; message: string }[] {
  const document = { uri: 'constructions.md', languageId: 'markdown', version: 1, getText: () => text };
  const found = service.provideDiagnostics(document).filter((d) => d.code === MECHANISM_CONTRADICTION);
  service.forget(document.uri);
  return found.map((d) => ({ range: text.slice(d.start, d.end), message: d.message }));
}

/** [construction, sentence, the flagged range or null when nothing may be flagged, a word the reading must hold] */
const CASES: readonly (readonly [string, string, string | null, string?])[] = [
  // Immune states: M1/M2 are states of macrophages.
  ['polarization', 'In our model, RRM2 silencing pushed tumour macrophages into an M2-like state.', 'RRM2 silencing pushed tumour macrophages into an M2-like state', 'loss of RRM2'],
  ['polarization', 'RRM2 silencing pushed tumour macrophages toward the M1 phenotype.', null],
  ['population', 'Lenvatinib decreased the frequency of CD8+ T cells in treated tumours.', 'Lenvatinib decreased the frequency of CD8+ T cells'],
  ['population', 'Lenvatinib raised the share of CD8+ T cells among infiltrating immune cells.', null],
  // Chemistry.
  ['oxidation', 'In liposomes, FSP1 oxidized ubiquinol back to ubiquinone.', 'FSP1 oxidized ubiquinol', 'oxidizes'],
  ['reaction', 'We confirmed that purified GPX4 turns lipid alcohols into lipid hydroperoxides.', 'GPX4 turns lipid alcohols into lipid hydroperoxides', 'makes'],
  ['reaction', 'Purified GPX4 turned lipid hydroperoxides into lipid alcohols.', null],
  ['substrate of a reaction', 'In vitro, ACSL4 esterified PUFA-CoA into membrane phospholipids.', 'ACSL4 esterified PUFA-CoA into membrane phospholipids', 'uses up'],
  ['substrate of a reaction', 'In vitro, LPCAT3 esterified PUFA-CoA into membrane phospholipids.', null],
  ['passive reaction', 'Free PUFA-CoA is subsequently incorporated into phospholipids by ACSL4.', 'PUFA-CoA is subsequently incorporated into phospholipids by ACSL4'],
  ['passive reaction', 'Lipid hydroperoxides are reduced to lipid alcohols by GPX4.', null],
  ['product named by its short form', 'GPX4 catalysed the conversion of phospholipid alcohols (PLOH) into the corresponding hydroperoxides (PLOOH).', 'GPX4 catalysed the conversion of phospholipid alcohols (PLOH) into the corresponding hydroperoxides (PLOOH'],
  ['activation to a product', 'LPCAT3 activates PUFAs to PUFA-CoA.', 'LPCAT3 activates PUFAs to PUFA-CoA'],
  ['Fenton chemistry', 'Ferrous iron turns hydroxyl radicals into hydrogen peroxide.', 'Ferrous iron turns hydroxyl radicals into hydrogen peroxide'],
  ['Fenton chemistry', 'Ferrous iron turns hydrogen peroxide into hydroxyl radicals.', null],
  // Dependence.
  ['dependence', 'Strikingly, GPX4 activity proved independent of glutathione.', 'GPX4 activity proved independent of glutathione', 'does not require'],
  ['dependence', 'GPX4 activity depended on glutathione.', null],
  ['dependence', 'Selenium is dispensable for GPX4 activity.', 'Selenium is dispensable for GPX4 activity'],
  // Tool compounds have exclusive targets.
  ['target', 'At 1 µM, ML162 blocked system Xc⁻ within minutes.', 'ML162 blocked system Xc⁻', 'ML162 blocks'],
  ['target', 'ML162 did not block system Xc⁻.', null],
  ['target', 'Sulfasalazine blocked system Xc⁻.', null],
  // Purpose clauses of methods.
  ['purpose', 'To block system Xc⁻ directly, cells were incubated with RSL3 for 4 h.', 'To block system Xc⁻ directly, cells were incubated with RSL3'],
  ['purpose', 'To block system Xc⁻, cells were incubated with erastin.', null],
  // Measured outcomes of a modified holder.
  ['outcome', 'ACSL4-knockout cells accumulated more lipid peroxides after RSL3.', null],
  ['outcome', 'GPX4-knockout MEFs showed markedly lower lipid peroxides than parental cells.', 'GPX4-knockout MEFs showed markedly lower lipid peroxides', 'loss of GPX4 lowers'],
  // Linked predicates, pronouns, means.
  ['linked', 'IFN-γ lowered SLC7A11 and thereby suppressed tumour-cell ferroptosis.', 'and thereby suppressed tumour-cell ferroptosis'],
  ['pronoun', 'Although ferroportin was abundant, it imported iron into the cytosol.', 'it imported iron into the cytosol'],
  ['means', 'Erastin killed the cells by inhibiting system Xc⁻.', null],
  // An entry's activity as the subject; objects with several nouns and adjectives.
  ['mediated activity', 'In these mice, CD36-dependent uptake of oxidized lipids shielded CD8+ T cells from ferroptosis.', 'CD36-dependent uptake of oxidized lipids shielded CD8+ T cells from ferroptosis'],
  ['object', 'Cisplatin lowered the expression and surface localization of PD-L1.', 'Cisplatin lowered the expression and surface localization of PD-L1'],
  ['object', 'Fe3O4-SAS@PLT switched TAMs from the M1 toward the immunosuppressive M2 phenotype.', 'Fe3O4-SAS@PLT switched TAMs from the M1 toward the immunosuppressive M2 phenotype'],
  // Killing: fewer of the cells killed.
  ['kill', 'At 10 µM, erastin killed nearly all human PBMCs.', 'erastin killed nearly all human PBMCs'],
  ['kill', 'Erastin spared human PBMCs, which did not die.', null],
  // A subject from the sentence before.
  ['previous subject', 'TFR1 is abundant on erythroid precursors. In tumour cells, however, it exports iron.', 'it exports iron', 'TFRC exports iron'],
  ['previous subject', 'Ferroportin sits in the basolateral membrane. This transporter exports iron.', null],
  ['previous subject', 'GPX4 and FSP1 were compared. It promotes ferroptosis.', null],
  ['purpose infinitive', 'Sorafenib targets system Xc⁻ to promote ferroptosis.', null],
  ['purpose infinitive', 'Ferrostatin-1 targets lipid peroxidation to promote ferroptosis.', 'to promote ferroptosis', 'promotes ferroptosis'],
  ['purpose infinitive', 'We used ML162 to block system Xc⁻.', 'ML162 to block system Xc⁻'],
  ['means', 'RSL3 killed the cells by blocking system Xc⁻.', 'by blocking system Xc⁻'],
  // Asides and appositions between a subject and its verb.
  ['aside', 'Liraglutide, which is approved for diabetes, obesity and fatty liver, raises TFR1 expression.', 'Liraglutide, which is approved for diabetes, obesity and fatty liver, raises TFR1 expression', 'raises TFR1'],
  ['aside', 'ATM, activated by radiotherapy, induces SLC7A11 expression.', 'ATM, activated by radiotherapy, induces SLC7A11 expression'],
  ['apposition', 'Ferroportin, a membrane channel of macrophages and enterocytes that imports iron, is upregulated by liraglutide.', 'Ferroportin, a membrane channel of macrophages and enterocytes that imports iron'],
  ['state', 'ACSL4-null cells were hypersensitive to ferroptosis.', 'ACSL4-null cells were hypersensitive to ferroptosis'],
  ['dependence', 'Ferroptosis is regarded as an iron-independent death.', 'Ferroptosis is regarded as an iron-independent'],
  // Definitions: one entry abbreviated as another state of the same entry.
  ['definition', 'Alternatively activated (M1) macrophages dominate most solid tumours.', 'Alternatively activated (M1)', 'is the same as'],
  ['definition', 'Alternatively activated (M2) macrophages dominate most solid tumours.', null],
  // Settings and what is not asserted.
  ['setting', 'In primary fibroblasts, ferrostatin-1 did not inhibit ferroptosis.', null],
  ['setting', 'Ferrostatin-1 did not inhibit ferroptosis.', 'Ferrostatin-1 did not inhibit ferroptosis'],
  ['frame', 'This is consistent with the idea that FSP1 promotes ferroptosis.', 'FSP1 promotes ferroptosis'],
  ['frame', 'The older assumption that FSP1 promotes ferroptosis did not hold.', null],
  ['frame', 'We had expected that FSP1 promotes ferroptosis; instead, FSP1 suppressed it.', null],
  // Subjects taken from elsewhere in the sentence.
  ['linked to a copula', 'MUFAs are stable in membranes, whereas arachidonic acid-rich PUFAs are easily oxidized and therefore shield cells from ferroptosis.', 'and therefore shield cells from ferroptosis'],
  ['linked to a copula', 'ACSL4 is abundant in these cells and therefore sensitizes them to ferroptosis.', null],
  ['participle phrase after the subject', 'Interferon-γ released by activated T cells boosts SLC7A11 expression in the tumour.', 'Interferon-γ released by activated T cells boosts SLC7A11 expression'],
  ['participle phrase after the subject', 'Interferon-γ released by activated T cells lowers SLC7A11 expression in the tumour.', null],
  ['possessive of the opening entry', 'GPX4 is highly expressed in these tumours, and its deletion protected the cells from ferroptosis.', 'its deletion protected the cells from ferroptosis', 'loss of GPX4'],
  ['possessive of the opening entry', 'Ferroportin knockdown did not lower iron; rather, it raised the labile iron pool.', null],
  ['counterfactual', 'If GPX4 were dispensable, its loss would have protected the cells from ferroptosis.', null],
  // Objects.
  ['death an inducer causes', 'In HT-1080 cells, FSP1 overexpression hastened RSL3-induced cell death.', 'FSP1 overexpression hastened RSL3-induced cell death'],
  ['death an inducer causes', 'FSP1 overexpression delayed RSL3-induced cell death.', null],
  ['cells of a genotype', 'Erastin killed GPX4-deficient HT-1080 cells within hours.', null],
  // Agent nouns for several subjects, and subjects written with their short form.
  ['plural apposition', 'ML162 and RSL3, both blockers of system Xc-, were added at 1 μM.', 'ML162 and RSL3, both blockers of system Xc-'],
  ['plural apposition', 'ML162 and RSL3, both inhibitors of GPX4, were added at 1 μM.', null],
  ['plural predicate noun', 'ML162 and RSL3 are system Xc- inhibitors.', 'ML162 and RSL3 are system Xc- inhibitors'],
  ['class before examples', 'Unlike system Xc- inhibitors such as erastin, direct GPX4 inhibitors such as RSL3 act without GSH depletion.', null],
  ['short form between entry and modifier', 'In macrophages, ferroportin (FPN) silencing lowered the labile iron pool.', 'ferroportin (FPN) silencing lowered the labile iron pool'],
  ['object filler', 'TYRO3 blockade reduced tumoral ferroptosis.', 'TYRO3 blockade reduced tumoral ferroptosis'],
  ['reaction a verb carries out', 'GPX4, a selenoprotein, catalyzes the conversion of lipid alcohols into lipid hydroperoxides.', 'GPX4, a selenoprotein, catalyzes the conversion of lipid alcohols into lipid hydroperoxides'],
  ['reaction a verb carries out', 'GPX4 catalyzes the conversion of lipid hydroperoxides into lipid alcohols.', null],
  ['agent noun with a compound adjective', 'FSP1 acts as an NADPH-dependent oxidase of ubiquinol.', 'FSP1 acts as an NADPH-dependent oxidase of ubiquinol'],
  // What one state of an entry does, said of the other.
  ['other state', 'In co-culture, M2 macrophages triggered Fenton reaction–driven ferroptosis of tumour cells.', 'M2 macrophages triggered Fenton reaction–driven ferroptosis of tumour cells', 'M2'],
  ['other state', 'In co-culture, M2 macrophages held back the ferroptosis of tumour cells.', null],
  ['cells that take a state', 'Macrophages that adopt an M2-like profile induced ferroptosis of tumour cells.', 'Macrophages that adopt an M2-like profile induced ferroptosis of tumour cells'],
  // What a cause does through what it induces.
  ['through what a cause induces', 'In PBMCs, erastin-induced lipid peroxidation boosted the expression of the BMP family.', 'erastin-induced lipid peroxidation boosted the expression of the BMP family', 'erastin'],
  ['through what a cause induces', 'Erastin-mediated GSH depletion inactivates GPX4.', null],
  // Acting on the object itself.
  ['binding', 'As RSL3 does, erastin binds GPX4 and inactivates it.', 'erastin binds GPX4', 'binds'],
  ['binding', 'RSL3 binds GPX4 covalently.', null],
  ['binding', 'Erastin does not bind GPX4.', null],
  ['acting on', 'In these assays ML162 acts on system Xc-.', 'ML162 acts on system Xc-'],
  // Comparisons with normal cells.
  ['comparison', 'Relative to normal fibroblasts, tumour cells were found to be less dependent on iron.', 'tumour cells were found to be less dependent on iron', 'less than normal cells'],
  ['comparison', 'Tumour cells show a greater reliance on iron than normal cells.', null],
  ['comparison', 'Healthy hepatocytes rely more strongly on iron than cancer cells.', 'Healthy hepatocytes rely more strongly on iron than cancer cells', 'less than normal cells'],
  ['what a mediated activity does', 'In mice, CD36-mediated fatty-acid uptake shielded CD8+ TILs from lipid peroxidation.', 'CD36-mediated fatty-acid uptake shielded CD8+ TILs from lipid peroxidation'],
  ['what a mediated activity does', 'CD36-mediated uptake of fatty acids by tumour-infiltrating CD8+ T cells was found to shield them from ferroptosis.', 'CD36-mediated uptake of fatty acids by tumour-infiltrating CD8+ T cells was found to shield them from ferroptosis'],
  // What a process looks like.
  ['hallmark', 'Ferroptosis is characterized by mitochondrial swelling.', 'Ferroptosis is characterized by mitochondrial swelling'],
  ['hallmark', 'Ferroptosis is characterized by shrunken mitochondria with increased membrane density.', null],
  ['hallmark', 'TEM showed enlarged mitochondria, the hallmark of ferroptosis.', 'enlarged mitochondria, the hallmark of ferroptosis'],
  ['hallmark', 'The cells bore the ferroptotic signature of condensed mitochondria.', null],
  ['opposite entry', 'In our hands ferroptosis caused mitochondrial swelling.', 'ferroptosis caused mitochondrial swelling'],
  ['amount of a feature', 'In our hands ferroptosis lowered membrane density.', 'ferroptosis lowered membrane density'],
  ['gerund in an aside after the subject', 'FSP1, by oxidizing CoQ10 at the plasma membrane, lowers the threshold for ferroptosis.', ', by oxidizing CoQ10'],
  ['gerund in an aside after the subject', 'p53 limits cystine import, by repressing SLC7A11, and so sensitizes cells to ferroptosis.', null],
  ['two names of one entry', 'Knocking down AIFM2/FSP1 sensitized the cells to RSL3.', null],
  ['two names of one entry', 'In these cells AIFM2/FSP1 promoted ferroptosis.', 'AIFM2/FSP1 promoted ferroptosis'],
  ['conferring a state', 'ACSL4 overexpression conferred resistance to RSL3-induced ferroptosis.', 'ACSL4 overexpression conferred resistance to RSL3-induced ferroptosis'],
  ['behaving as', 'FSP1 behaves as a CoQ10 oxidase.', 'FSP1 behaves as a CoQ10 oxidase'],
  ['a referring noun', 'GPX4 sits at the centre of this network. This selenoenzyme oxidizes lipid alcohols into lipid hydroperoxides.', 'This selenoenzyme oxidizes lipid alcohols into lipid hydroperoxides'],
  ['possessive after a colon', 'Of the kinases we studied, TYRO3 stands apart: its inhibition shielded tumour cells from ferroptosis.', 'its inhibition shielded tumour cells from ferroptosis'],
  ['gerund after an unknown past tense', 'In these cells, Fe2+ consumed H2O2, lowering intracellular ROS.', ', lowering intracellular ROS'],
  // Functions of cells.
  ['function of cells', 'Sulforaphane-driven NRF2 activation curtailed NK-cell cytotoxicity in tumours.', 'NRF2 activation curtailed NK-cell'],
  ['function of cells', 'NRF2 activation worsened the dysfunction of tumour-infiltrating NK cells.', 'NRF2 activation worsened the dysfunction of tumour-infiltrating NK cells'],
  ['function of cells', 'NRF2 activation relieved the metabolic disorder and functional exhaustion of tumour-infiltrating NK cells.', null],
  // Effects denied without a direction.
  ['denied effect', 'In our hands, GPX4 knockout did not change lipid peroxidation after RSL3.', 'GPX4 knockout did not change lipid peroxidation', 'does not affect'],
  ['denied effect', 'GPX4 knockout changed the lipid profile of the cells.', null],
  ['no effect on', 'Sulfasalazine had no measurable effect on cystine uptake in these cells.', 'Sulfasalazine had no measurable effect on cystine uptake'],
  ['no effect on', 'Erastin had no effect on GPX4 protein levels.', null],
  ['left intact', 'Sulfasalazine left cystine uptake intact.', 'Sulfasalazine left cystine uptake intact'],
  ['left intact', 'Sulfasalazine did not leave cystine uptake intact.', null],
  ['no part in', 'GPX4 and FSP1 play no part in the control of lipid peroxidation.', 'GPX4 and FSP1 play no part in the control of lipid peroxidation'],
  ['no part in', 'ACSL4 plays no role in immune cell trafficking.', null],
  ['hypothesis in one clause', 'To test whether NK cells matter, we co-cultured them with Huh7 cells; NK-cell-derived IFN-γ raised SLC7A11 protein 2-fold.', 'NK-cell-derived IFN-γ raised SLC7A11 protein'],
  ['hypothesis in one clause', 'We tested whether IFN-γ raises SLC7A11 in these cells.', null],
  ['origin of the subject', 'Radiotherapy-activated ATM kinase was found to induce SLC7A11 expression.', 'Radiotherapy-activated ATM kinase was found to induce SLC7A11 expression'],
  ['action a verb carries out', 'In enterocytes, ferroportin mediates the uptake of dietary iron.', 'ferroportin mediates the uptake of dietary iron'],
  ['action a verb carries out', 'TFR1 is chiefly responsible for the uptake of transferrin-bound iron.', null],
  // Cells in a state, and markers.
  ['cells in a state', 'In the co-culture, M1-polarized macrophages dampened tumour-cell ferroptosis.', 'M1-polarized macrophages dampened tumour-cell ferroptosis'],
  ['cells in a state', 'Lenvatinib raised the fraction of M2-like TAMs in the tumour bed.', 'Lenvatinib raised the fraction of M2-like TAMs'],
  ['cells in a state', 'Fe3O4-SAS@PLT raised the fraction of M1-polarized TAMs in the tumour bed.', null],
  ['marker before the cells', 'After treatment, Fe3O4-SAS@PLT lowered MHC-II+ M1 macrophages in the tumour.', 'Fe3O4-SAS@PLT lowered MHC-II+ M1 macrophages'],
  ['participle before the cells', 'RRM2 silencing shifted infiltrating macrophages towards M2 polarization.', 'RRM2 silencing shifted infiltrating macrophages towards M2 polarization'],
  ['aside opened by "as"', 'Fe3O4-SAS@PLT killed tumour cells and, as a bonus, polarized TAMs towards M2.', 'and, as a bonus, polarized TAMs towards M2'],
  ['state left and state reached', 'In vivo, Fe3O4-SAS@PLT drove tumour macrophages from an M1 towards an M2 state.', 'Fe3O4-SAS@PLT drove tumour macrophages from an M1 towards an M2 state'],
  ['state left and state reached', 'In vivo, Fe3O4-SAS@PLT drove tumour macrophages from the M2 to the M1 state.', null],
  ['cell line or origin before the cells', 'RRM2 silencing polarized J774A.1 macrophages toward an M2 phenotype.', 'RRM2 silencing polarized J774A.1 macrophages toward an M2 phenotype'],
  ['cell line or origin before the cells', 'RRM2 silencing drove bone marrow–derived macrophages towards an M2-like state.', 'RRM2 silencing drove bone marrow–derived macrophages towards an M2-like state'],
  // Subjects with what stands after them.
  ['means used after the subject', 'Activation of NRF2 with a small molecule weakened tumour-infiltrating NK cells.', 'Activation of NRF2 with a small molecule weakened tumour-infiltrating NK cells'],
  ['lowering as a loss', 'In these cells, lowering ROS promoted M1 polarization.', 'lowering ROS promoted M1 polarization'],
  ['lowering as a loss', 'In these cells, lowering ROS blunted M1 polarization.', null],
  ['two entries of one complex', 'The SLC7A11/SLC3A2 heterodimer exports cystine from the cell.', 'SLC7A11/SLC3A2 heterodimer exports cystine from the cell'],
  ['aside of place with a list', 'Ferroportin, found on macrophages, hepatocytes and enterocytes, imports iron into cells.', 'Ferroportin, found on macrophages, hepatocytes and enterocytes, imports iron into cells'],
  ['a lost activity keeps its direction', 'The rise in labile iron reflects the loss of TFR1-mediated iron export.', 'loss of TFR1-mediated iron export'],
  ['a lost activity keeps its direction', 'The fall in labile iron reflects the loss of TFR1-mediated iron import.', null],
  ['head noun after the subject', 'Fe3O4-SAS@PLT nanoparticles polarized macrophages toward an M2 state.', 'Fe3O4-SAS@PLT nanoparticles polarized macrophages toward an M2 state'],
  ['means with several modifiers', 'Sorafenib triggers ferroptosis through direct covalent inactivation of GPX4.', 'through direct covalent inactivation of GPX4'],
  ['carrier named after the activity', 'In these T cells, fatty acid import through CD36 limited lipid peroxidation.', 'CD36 limited lipid peroxidation'],
  ['loss of a suppressor as an effect', 'ACSL4 knockout sensitized the cells to GPX4 inhibition.', 'ACSL4 knockout sensitized the cells to GPX4 inhibition'],
  ['loss of a suppressor as an effect', 'ACSL4 knockout protected the cells against GPX4 inhibition.', null],
  ['member of a curated family', 'Overexpression of ALOX12 protected the cells from ferroptosis.', 'Overexpression of ALOX12 protected the cells from ferroptosis'],
  ['member of a curated family', 'Overexpression of ALOX12 sensitized the cells to ferroptosis.', null],
  ['means used after an action', 'ALOX15 inhibition with a small molecule accelerated ferroptosis.', 'ALOX15 inhibition with a small molecule accelerated ferroptosis'],
  ['effect named without a direction', 'IRP2 plays no part in regulating TFR1 expression.', 'IRP2 plays no part in regulating TFR1 expression'],
  ['effect named without a direction', 'IRP2 regulates TFR1 expression.', null],
  ['shift named by a noun', 'RRM2 silencing drove the repolarization of TAMs from M1 towards the M2 phenotype.', 'RRM2 silencing drove the repolarization of TAMs from M1 towards the M2 phenotype'],
  ['shift named by a noun', 'RRM2 silencing drove the repolarization of TAMs towards the M1 phenotype.', null],
  ['where, not whom', 'FSP1 promotes ferroptosis in tumour cells.', 'FSP1 promotes ferroptosis'],
  // Tables and lists: a cell that opens with its verb takes the row's first cell as subject.
  ['table row', '| Cisplatin | GSH | NSCLC | lowers PD-L1 expression |', 'Cisplatin | GSH | NSCLC | lowers PD-L1 expression'],
  ['table row', '| Cisplatin | GSH | NSCLC | raises PD-L1 expression |', null],
  ['table row', 'Cisplatin & GSH & NSCLC & lowers PD-L1 expression \\\\', 'Cisplatin & GSH & NSCLC & lowers PD-L1 expression'],
  ['list item', '- Cisplatin (target: GSH) — lowers PD-L1 expression', 'Cisplatin (target: GSH) — lowers PD-L1 expression'],
  ['entries a class noun names', 'Class I inducers (erastin, sulfasalazine) inhibit GPX4 directly.', 'erastin, sulfasalazine) inhibit GPX4'],
  ['catalysed reaction noun', 'The LPCAT3-catalysed acylation of free PUFAs to PUFA-CoA was measured.', 'LPCAT3-catalysed acylation of free PUFAs to PUFA-CoA'],
  ['gerund as a passive agent', 'Ferroptosis was not prevented by blocking iron availability.', 'Ferroptosis was not prevented by blocking iron availability'],
  ['gerund as a passive agent', 'Ferroptosis was prevented by iron chelation.', null],
  ['comparison after the object', 'Tumour cells rely on iron far less than their normal counterparts.', 'Tumour cells rely on iron'],
  ['comparison after the object', 'Tumour cells rely on iron far more than their normal counterparts.', null],
  ['deficits of cells', 'NRF2 activation worsened the functional deficits of NK cells.', 'NRF2 activation worsened the functional deficits of NK cells'],
  ['a share of the cells', 'Erastin killed more than 60% of human PBMCs within a day.', 'Erastin killed more than 60% of human PBMCs'],
  ['predispose to', 'GPX4 predisposes T cells to ferroptosis.', 'GPX4 predisposes T cells to ferroptosis'],
  ['tool with a short form', 'GPX4 uses glutathione (GSH) to convert lipid alcohols into lipid hydroperoxides.', 'GPX4 uses glutathione (GSH) to convert lipid alcohols into lipid hydroperoxides'],
  // What limits a rate.
  ['rate-limiting', 'Glutamate, rather than cysteine, is the rate-limiting amino acid for GSH synthesis.', 'Glutamate, rather than cysteine, is the rate-limiting amino acid for GSH synthesis', 'limits its rate'],
  ['rate-limiting', 'It is glutamate that constitutes the rate-limiting substrate of glutathione synthesis.', 'glutamate that constitutes the rate-limiting substrate of glutathione synthesis'],
  ['rate-limiting', 'Cysteine, not glutamate, is the rate-limiting amino acid for GSH synthesis.', null],
  ['rate-limiting', 'Glutamate is not the rate-limiting amino acid for GSH synthesis.', null],
  ['aside describing the subject', 'Ferroptosis, first described in 2012 as an iron-dependent, non-apoptotic death, is characterised by mitochondrial swelling.', 'Ferroptosis, first described in 2012 as an iron-dependent, non-apoptotic death, is characterised by mitochondrial swelling'],
  ['"this <noun>" for the one entry of its kind before', 'GSH synthesis is coupled to the antiporter system Xc⁻. This heterodimer, composed of SLC7A11 and SLC3A2, exports cystine.', 'This heterodimer, composed of SLC7A11 and SLC3A2, exports cystine'],
  ['"this <noun>" for the one entry of its kind before', 'GSH synthesis needs SLC7A11 and GPX4. This protein exports cystine.', null],
  ['host cells of a genotype', 'GPX4-overexpressing tumour cells were sensitive to ferroptosis.', 'GPX4-overexpressing tumour cells were sensitive to ferroptosis'],
  ['host cells of a genotype', 'Iron-replete tumour cells were protected from lipid peroxidation.', 'Iron-replete tumour cells were protected from lipid peroxidation'],
  ['host cells of a genotype', 'GPX4-low tumour cells were sensitive to ferroptosis.', null],
  ['degree before an aside\'s opener', 'Sulfasalazine, much like RSL3, inhibits GPX4 directly.', 'Sulfasalazine, much like RSL3, inhibits GPX4'],
  ['passive reaction of a relative', 'ACSL4 forms PUFA-CoA, which is then esterified into phospholipids by LPCAT3.', null],
  ['passive reaction of a relative', 'LPCAT3 forms PUFA-CoA, which is then esterified into phospholipids by ACSL4.', 'PUFA-CoA, which is then esterified into phospholipids by ACSL4'],
  ['role with "the"', 'Ferroportin serves as the principal importer of iron in macrophages.', 'Ferroportin serves as the principal importer of iron'],
  ['role with "the"', 'Ferroportin serves as the principal exporter of iron in macrophages.', null],
  ['treatment based on a compound', 'Cisplatin-based chemotherapy reduced PD-L1 expression.', 'Cisplatin-based chemotherapy reduced PD-L1 expression'],
  ['a long aside in parentheses', 'GPX4 (the only glutathione peroxidase that accepts membrane-embedded phospholipid substrates, a point we return to below) converts lipid alcohols into lipid hydroperoxides.', 'GPX4 (the only glutathione peroxidase that accepts membrane-embedded phospholipid substrates, a point we return to below) converts lipid alcohols into lipid hydroperoxides'],
  ['arrest, tilt', 'bcc-USINPs arrest the maturation of dendritic cells.', 'bcc-USINPs arrest the maturation of dendritic cells'],
  ['arrest, tilt', 'Iron overload tilts macrophages towards the M2 phenotype.', 'Iron overload tilts macrophages towards the M2 phenotype'],
  ['role with a direction', 'As the key enzyme, GPX4 plays the promoting role on lipid peroxidation.', 'GPX4 plays the promoting role on lipid peroxidation'],
  ['role with a direction', 'ACSL4 plays an inhibitory role in ferroptosis.', 'ACSL4 plays an inhibitory role in ferroptosis'],
  ['role with a direction', 'GPX4 plays a protective role against ferroptosis.', null],
  ['role with a direction', 'GPX4 plays a key role in ferroptosis.', null],
  ['responsible for doing', 'TFR1 is mainly responsible for exporting the excess iron out of the cell.', 'TFR1 is mainly responsible for exporting the excess iron out of the cell'],
  ['responsible for doing', 'TFR1 is mainly responsible for importing iron into the cell.', null],
  ['reported amount with up- or downregulated', 'Liraglutide-treated mice showed upregulated TFR1 in the liver.', 'Liraglutide-treated mice showed upregulated TFR1'],
  ['reported amount with up- or downregulated', 'Liraglutide-treated mice showed downregulated TFR1 in the liver.', null],
  ['a step early on the pathway', 'LPCAT3 converts free PUFAs into their CoA esters.', 'LPCAT3 converts free PUFAs'],
  ['a step early on the pathway', 'LPCAT3 first ligates free arachidonic acid to coenzyme A.', 'LPCAT3 first ligates free arachidonic acid'],
  ['a step early on the pathway', 'ACSL4 ligates free arachidonic acid to coenzyme A.', null],
  ['a product the lexicon does not know', 'ACSL4 then inserts the resulting PUFA-CoA into lysophosphatidylcholine.', 'ACSL4 then inserts the resulting PUFA-CoA'],
  ['a product the lexicon does not know', 'LPCAT3 then inserts the resulting PUFA-CoA into lysophosphatidylcholine.', null],
  ['using up a reduced form', 'FSP1 consumes reduced CoQ10 at the plasma membrane.', 'FSP1 consumes reduced CoQ10', 'oxidizes'],
  ['using up a reduced form', 'FSP1 consumes NADH at the plasma membrane.', null],
  ['LOX as lipoxygenase', 'Pharmacological LOX inhibition enhanced lipid peroxidation.', 'LOX inhibition enhanced lipid peroxidation'],
  ['LOX as lysyl oxidase', 'LOX, which crosslinks collagen in the stroma, enhanced lipid peroxidation.', null],
  ['class with a hyphened adjective', 'Ferrostatin-1, included as a positive-control ferroptosis inducer, raised lipid ROS.', 'Ferrostatin-1, included as a positive-control ferroptosis inducer'],
  ['class with a hyphened adjective', 'Erastin, a well-known ferroptosis inducer, raised lipid ROS.', null],
  ['compounds named before', 'Erastin- and sorafenib-treated cells lost GPX4 activity because both compounds bind to the active site of GPX4.', 'both compounds bind to the active site of GPX4'],
  ['compounds named before', 'Erastin- and RSL3-treated cells lost GPX4 activity although only one compound binds GPX4.', null],
  ['named for lipid peroxidation', 'Pharmacological lipoxygenase blockade enhanced PUFA peroxidation.', 'lipoxygenase blockade enhanced PUFA peroxidation'],
  ['aside between dashes', 'Iron overload — as produced in iron-loaded mice — tilts macrophages towards the M2 phenotype.', 'Iron overload — as produced in iron-loaded mice — tilts macrophages towards the M2 phenotype'],
  ['protective against', 'In these cells, LOX activity is protective against ferroptosis.', 'LOX activity is protective against ferroptosis'],
  ['protective against', 'In these cells, GPX4 activity is protective against ferroptosis.', null],
  ['agent noun with a described object', 'Ferroportin is the principal importer of non-transferrin-bound iron.', 'Ferroportin is the principal importer of non-transferrin-bound iron'],
  ['agent noun with a described object', 'Ferroportin is the principal exporter of non-transferrin-bound iron.', null],
  ['a fall in an amount', 'The reduction of ROS levels enhanced iron overload–induced M1 polarization.', 'reduction of ROS levels enhanced iron overload–induced M1 polarization'],
  ['a fall in an amount', 'The reduction of ROS levels blunted iron overload–induced M1 polarization.', null],
  ['coordinated means', 'Sulfasalazine induces ferroptosis via the direct binding and inhibition of the GPX4 enzyme.', 'via the direct binding and inhibition of the GPX4 enzyme'],
  // An object list ends where a clause of its own begins.
  ['clause after ", and"', 'Sulfasalazine lowered SLC7A11 expression, and GPX4 knockdown sensitized the cells to RSL3.', null],
  // An alternative set aside is no claim.
  ['rather than', 'Erastin kills tumour cells by blocking system Xc⁻ rather than by binding GPX4 directly.', null],
  ['a reviewer\'s view', 'The reviewer suggested that sorafenib inhibits GPX4 directly. We disagree.', null],
  ['rather than', 'Erastin kills tumour cells by binding GPX4 directly rather than by blocking system Xc⁻.', 'by binding GPX4'],
  // Arrows, as notes, slides and tables write effects.
  ['arrows', 'IFN-γ → ↑ SLC7A11 in tumour cells.', 'IFN-γ → ↑ SLC7A11', 'increases'],
  ['arrows', 'IFN-γ → ↓ SLC7A11 in tumour cells.', null],
  ['arrow as the verb', 'TYRO3 inhibition ↓ tumour-cell ferroptosis.', 'TYRO3 inhibition ↓ tumour-cell ferroptosis', 'loss of TYRO3'],
  ['arrow as the verb', 'TYRO3 inhibition ↑ tumour-cell ferroptosis.', null],
  ['arrows on both sides', '↓GSH → compensatory ↑ in GPX4 activity.', 'GSH → compensatory ↑ in GPX4 activity', 'loss of GSH'],
  ['arrows on both sides', '↓GSH → ↓ GPX4 activity.', null],
  ['arrows after a clause', 'GPX4 fails → ferroptosis.', null],
  // What a cause does through the process it triggers.
  ['effect of a caused process', 'Ferroptosis triggered by bcc-USINPs suppressed DC maturation.', 'Ferroptosis triggered by bcc-USINPs suppressed DC maturation', 'bcc-USINPs'],
  ['effect of a caused process', 'Ferroptosis triggered by bcc-USINPs promoted DC maturation.', null],
  ['a view at arm\'s length', 'It has been argued that FSP1 promotes ferroptosis, but our data disagree.', null],
  ['a view at arm\'s length', 'It has been shown that FSP1 promotes ferroptosis.', 'FSP1 promotes ferroptosis'],
  ['taking away', 'Restricting iron availability prevented ferroptosis in these cells.', null],
  ['taking away', 'Quenching ROS blunted M1 polarization of macrophages.', null],
  ['product from substrate', 'GPX4 generates lipid hydroperoxides from lipid alcohols.', 'GPX4 generates lipid hydroperoxides', 'makes'],
  ['product from substrate', 'FSP1 generates reduced CoQ10 from CoQ10.', null],
  ['reaction of a pronoun', 'GPX4 is a selenoenzyme: using GSH, it converts lipid alcohols into lipid hydroperoxides.', 'it converts lipid alcohols into lipid hydroperoxides'],
  ['reaction of "this enzyme"', 'GPX4 is a selenoenzyme. Using glutathione, this enzyme turns lipid alcohols into lipid hydroperoxides.', 'this enzyme turns lipid alcohols into lipid hydroperoxides'],
  ['null genotype', 'ACSL4-/- HT-1080 cells were more sensitive to RSL3.', 'ACSL4-/- HT-1080 cells were more sensitive to RSL3', 'loss of ACSL4'],
  ['null genotype', 'ACSL4-/- HT-1080 cells were more resistant to RSL3.', null],
  ['role given in a method', 'Erastin, applied here as a direct inhibitor of GPX4, killed the cells.', 'Erastin, applied here as a direct inhibitor of GPX4'],
  ['role given in a method', 'Erastin and ferrostatin-1 were both used as ferroptosis inducers.', 'Erastin and ferrostatin-1 were both used as ferroptosis inducers', 'ferrostatin-1 induces'],
  ['phrasal verb', 'In these cells p53 switches SLC7A11 on.', 'p53 switches SLC7A11 on', 'activates'],
  ['phrasal verb', 'In these cells p53 switches SLC7A11 off.', null],
  ['phrasal verb', 'Sulfasalazine shuts down system Xc⁻.', null],
  ['a brake', 'Autophagy acts like a brake on ferroptosis.', 'Autophagy acts like a brake on ferroptosis', 'restrains'],
  ['doses after each entry of a list', 'Erastin (10 µM) and ferrostatin-1 (Fer-1, 1 µM) were both included as ferroptosis inducers.', 'Erastin (10 µM) and ferrostatin-1 (Fer-1, 1 µM) were both included as ferroptosis inducers', 'ferrostatin-1 induces'],
  ['doses after each entry of a list', 'Erastin (10 µM) and RSL3 (1 µM) were both included as ferroptosis inducers.', null],
  ['relative clause after a participle phrase', 'We propose that interferon-γ released by activated CD8+ cells, which up-regulates SLC7A11, boosts cystine import.', 'interferon-γ released by activated CD8+ cells, which up-regulates SLC7A11'],
  ['enabling cells', 'CD36-dependent fatty-acid uptake equips tumour-infiltrating CD8+ T cells to withstand lipid peroxidation.', 'CD36-dependent fatty-acid uptake equips tumour-infiltrating CD8+ T cells to withstand lipid peroxidation', 'CD36'],
  ['enabling cells', 'FSP1 allows tumour cells to escape ferroptosis.', null],
  ['enabling cells', 'FSP1 allows tumour cells to undergo ferroptosis.', 'FSP1 allows tumour cells to undergo ferroptosis', 'promotes'],
  ['a process in cells, then a time', 'Ferroptosis of GPX4-deficient Treg cells after TCR/CD28 co-stimulation was not reversed by blocking iron availability.', 'Ferroptosis of GPX4-deficient Treg cells after TCR/CD28 co-stimulation was not reversed by blocking iron availability'],
  ['a process in cells, then a time', 'Ferroptosis of GPX4-deficient Treg cells after TCR/CD28 co-stimulation was reversed by blocking iron availability.', null],
  ['"which" without a comma', 'Co-stimulation caused ferroptosis which, however, could not be reversed by blocking the iron supply.', 'ferroptosis which, however, could not be reversed by blocking the iron supply'],
  ['rescue from', 'In our hands iron chelation did not rescue the cells from ferroptosis.', 'iron chelation did not rescue the cells from ferroptosis'],
  ['rescue from', 'In our hands iron chelation rescued the cells from ferroptosis.', null],
  ['no study found that', 'No included study found that loss of ACSL4 sensitised cells to RSL3.', null],
  ['relative clause after "described as a"', 'Three reviews described system Xc⁻ as an exporter that extrudes cystine from the cytosol.', 'system Xc⁻ as an exporter that extrudes cystine from the cytosol', 'exports'],
  ['aside "according to"', 'Iron overload, according to the pooled in vitro evidence, shifted macrophages toward the M2 phenotype.', 'Iron overload, according to the pooled in vitro evidence, shifted macrophages toward the M2 phenotype'],
  ['aside right after "which"', 'Treatment failed because of interferon gamma, which, once secreted by activated CD8+ T cells, induces SLC7A11.', 'interferon gamma, which, once secreted by activated CD8+ T cells, induces SLC7A11'],
  ['"whose"', 'GPX4, whose catalytic activity is largely independent of the GSH pool, is central.', 'GPX4, whose catalytic activity is largely independent of the GSH', 'does not require'],
  ['a hyphen for a space', 'Loss of GPX4 did not lead to lipid-peroxide build-up.', 'Loss of GPX4 did not lead to lipid-peroxide'],
  ['ferroptotic loss', 'The selenium-GPX4 axis predisposes follicular helper T cells to ferroptotic loss.', 'selenium-GPX4 axis predisposes follicular helper T cells to ferroptotic loss'],
  ['"these" before the object', 'NRF2 activation further cripples these NK cells.', 'NRF2 activation further cripples these NK cells'],
  ['agent noun of a modified object', 'ROS act as a brake on iron-driven M1 polarisation.', 'ROS act as a brake on iron-driven M1 polarisation', 'restrains'],
  ['agent noun of a modified object', 'ROS act as a driver of iron-driven M1 polarisation.', null],
  ['a place with a hyphened name', 'Silencing RRM2 in tumour–macrophage co-cultures shifted macrophages toward an M2 state.', 'Silencing RRM2 in tumour–macrophage co-cultures shifted macrophages toward an M2 state'],
  ['"its pharmacological inhibition"', 'TYRO3 is a receptor kinase; its pharmacological inhibition protected tumour cells from ferroptotic death.', 'its pharmacological inhibition protected tumour cells from ferroptotic death', 'loss of TYRO3'],
  ['a complex stands for its subunits', 'Radiotherapy-activated ATM up-regulates the cystine transporter.', 'Radiotherapy-activated ATM up-regulates the cystine transporter'],
  ['a complex stands for its subunits', 'Radiotherapy-activated ATM represses the cystine transporter.', null],
  ['a process through its means', 'Fatty-acid uptake through CD36 appears to shield intratumoural CD8+ T cells from ferroptosis.', 'Fatty-acid uptake through CD36 appears to shield intratumoural CD8+ T cells from ferroptosis'],
  ['nudges toward', 'Too much iron nudges macrophages toward their M2 personality.', 'iron nudges macrophages toward their M2'],
  ['a role in an action', 'GPX4’s role in promoting ferroptosis is clear.', 'GPX4’s role in promoting ferroptosis'],
  ['a role in an action', "GPX4's role in suppressing ferroptosis is clear.", null],
  ['"both of which"', 'Erastin and sulfasalazine, both of which work by binding GPX4, kill cells.', 'by binding GPX4', 'bind'],
  ['object shared by two verbs', 'Erastin binds and inhibits GPX4.', 'Erastin binds and inhibits GPX4', 'binds'],
  ['object shared by two verbs', 'RSL3 binds and inhibits GPX4.', null],
  ['a parenthetical clause', 'GPX4, it turns out, promotes ferroptosis.', 'GPX4, it turns out, promotes ferroptosis'],
  ['a class noun before the name', 'Pharmacological inhibition of the receptor tyrosine kinase TYRO3 reduced tumour-cell ferroptosis.', 'inhibition of the receptor tyrosine kinase TYRO3 reduced tumour-cell ferroptosis', 'loss of TYRO3'],
  ['association with a direction', 'Inhibition of TYRO3 was, in two studies, associated with reduced tumour-cell ferroptosis.', 'Inhibition of TYRO3 was, in two studies, associated with reduced tumour-cell ferroptosis'],
  ['association with a direction', 'GPX4 expression correlated positively with lipid peroxidation.', 'GPX4 expression correlated positively with lipid peroxidation'],
  ['association with a direction', 'GPX4 expression correlated negatively with lipid peroxidation.', null],
  ['association with a direction', 'GPX4 expression was associated with ferroptosis.', null],
  ['a verb with "re-"', 'Fe3O4-SAS@PLT re-educated TAMs towards the M2 phenotype.', 'Fe3O4-SAS@PLT re-educated TAMs towards the M2 phenotype'],
  ['an earlier draft withdrawn', 'Our earlier draft stated that IFN-γ induces SLC7A11; this was an error.', null],
  ['the authors\' own text quoted', 'We have added the following sentence: "FSP1 oxidises ubiquinol at the plasma membrane."', 'FSP1 oxidises ubiquinol'],
  ['needs less than', 'Malignant cells generally need less iron than non-transformed tissue.', 'Malignant cells generally need less iron'],
  ['needs less than', 'Malignant cells generally need more iron than non-transformed tissue.', null],
  ['"The antiporter" of the sentence before', 'The description of system Xc⁻ needs attention. The antiporter exports cystine out of the cell.', 'The antiporter exports cystine out of the cell'],
  ['an opening class noun', 'The selenoenzyme GPX4 sits at the hub. Using GSH, it converts lipid alcohols into lipid hydroperoxides.', 'it converts lipid alcohols into lipid hydroperoxides'],
  ['an isotope label', 'RSL3 (2) suppressed [14C]-cystine uptake within 30 min.', 'RSL3 (2) suppressed [14C]-cystine uptake'],
  ['markers of the cells', 'NRF2 activation reduced the frequencies of CD107a+ and IFN-γ+ NK cells.', 'NRF2 activation reduced the frequencies of CD107a+ and IFN-γ+ NK cells'],
  ['priming', 'IFN-γ priming lowered ACSL4 abundance in MC38 cells.', 'IFN-γ priming lowered ACSL4 abundance'],
  ['a way in', 'Hepatocytes take up iron predominantly through ferroportin.', 'take up iron predominantly through ferroportin', 'imports'],
  ['a way in', 'Non-transferrin-bound iron is taken up through ferroportin.', 'iron is taken up through ferroportin'],
  ['a way in', 'Iron enters cells mainly through TFR1.', null],
  ['a way in', 'In the liver, ferroportin (FPN1) serves as the main entry route for iron.', 'ferroportin (FPN1) serves as the main entry route for iron'],
  ['pro- and anti-', 'These data establish FSP1 as a pro-ferroptotic enzyme.', 'FSP1 as a pro-ferroptotic enzyme'],
  ['pro- and anti-', 'FSP1 is an anti-ferroptotic enzyme.', null],
  ['a subject that serves as a thing that acts', 'Labile iron effectively serves as a peroxide sink that lowers intracellular ROS.', 'iron effectively serves as a peroxide sink that lowers intracellular ROS'],
  ['a subject that serves as a thing that acts', 'Labile iron acts as a catalyst that raises intracellular ROS.', null],
  ['"per se" between subject and verb', 'Iron accumulation per se lowers intracellular ROS.', 'Iron accumulation per se lowers intracellular ROS'],
  ['"per se" between subject and verb', 'Iron accumulation per se raises intracellular ROS.', null],
  // A table row is one statement: its first entry does what a later cell says.
  ['table row', '| Drug | Dose | Effect |\n|---|---|---|\n| Metformin | 5 mM | stabilizes PD-L1 |', 'Metformin | 5 mM | stabilizes PD-L1'],
  ['table row', '| Drug | Dose | Effect |\n|---|---|---|\n| Metformin | 5 mM | destabilizes PD-L1 |', null],
  ['table row with arrows', '| Drug | Effect |\n|---|---|\n| Cisplatin | ↑ CD8^+^ T cells, ↓ PD-L1 |', 'Cisplatin | ↑ CD8^+^ T cells, ↓ PD-L1', 'decreases'],
  ['table row with arrows', '| Drug | Effect |\n|---|---|\n| Cisplatin | ↑ PD-L1 |', null],
  ['table cell without a verb', '| Drug | Effect |\n|---|---|\n| Lenvatinib | more CD8^+^ T cells; expansion of monocytes |', 'Lenvatinib | more CD8^+^ T cells; expansion of monocytes'],
  ['table cell without a verb', '| Drug | Effect |\n|---|---|\n| Lenvatinib | more CD8^+^ T cells; fewer monocytes |', null],
  ['table cell without a verb', '| Drug | Target | Effect |\n|---|---|---|\n| Cisplatin | GSH | PD-L1 expression ↓ |', 'Cisplatin | GSH | PD-L1 expression ↓', 'decreases'],
  ['table row of a knockdown', '| Intervention | Effect |\n|---|---|\n| RRM2 knockdown | shift toward M2 |', 'RRM2 knockdown | shift toward M2', 'loss of RRM2'],
  ['table row of a knockdown', '| Intervention | Effect |\n|---|---|\n| RRM2 knockdown | shift toward M1 |', null],
];

for (const [construction, text, range, reading] of CASES) {
  test(`${construction}: ${text}`, () => {
    const found = flagged(text);
    if (range === null) {
      assert.deepEqual(found, []);
      return;
    }
    assert.deepEqual(found.map((f) => f.range), [range]);
    if (reading) assert.ok(found[0]!.message.includes(`Read as: `) && found[0]!.message.split('Read as: ')[1]!.includes(reading), found[0]!.message);
  });
}

test('fixes turn an arrow or a particle round', () => {
  for (const [text, title] of [
    ['IFN-γ → ↑ SLC7A11 in tumour cells.', 'Replace "↑" with "↓"'],
    ['In these cells p53 switches SLC7A11 on.', 'Replace "on" with "off"'],
  ] as const) {
    const document = { uri: 'fixes.md', languageId: 'markdown', version: 1, getText: () => text };
    const found = service.provideDiagnostics(document).filter((d) => d.code === MECHANISM_CONTRADICTION);
    service.forget(document.uri);
    assert.equal(found[0]?.fixes?.[0]?.title, title);
  }
});
