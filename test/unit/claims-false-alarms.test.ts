/**
 * Sentences that are true or assert nothing, which the checker once flagged (issue "Claims as other people
 * write them"), beside the contradictions that must still be flagged around them, with the shipped lexicon.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { curatedService } from '../helpers/claimsCorpus';
import { MECHANISM_CONTRADICTION } from '../../server/src/service';
import { settingMatches, settingOf } from '../../server/src/service/checker/setting';

const service = curatedService();

function flagged(text: string, languageId = 'markdown'): string[] {
  const document = { uri: `false-alarms.${languageId === 'latex' ? 'tex' : 'md'}`, languageId, version: 1, getText: () => text };
  const found = service.provideDiagnostics(document).filter((d) => d.code === MECHANISM_CONTRADICTION);
  service.forget(document.uri);
  return found.map((d) => text.slice(d.start, d.end));
}

const notFlagged: readonly (readonly [string, string])[] = [
  ['a hedge that names its own doubt', 'ACSL4 could conceivably restrain ferroptosis in some lineages, but this remains untested.'],
  ['a possibility named', 'One possibility is that FSP1 promotes ferroptosis in these cells.'],
  ['a refuted belief', 'The earlier view that GPX4 fuels lipid peroxidation has been abandoned.'],
  ['a claim the writer calls wrong', 'It is wrong to say that FSP1 promotes ferroptosis.'],
  ['a claim the writer calls a mistake', 'It is a mistake to think that GPX4 turns lipid alcohols into lipid hydroperoxides.'],
  ['a description the writer calls misleading', 'It is misleading to describe ferroportin as an iron importer.'],
  ['a finding in a setting the relation is not about', 'In human PBMCs, erastin does not induce ferroptosis.'],
  ['a failure across a set of cell lines', 'Sorafenib fails to trigger ferroptosis across a wide range of cancer cell lines.'],
  ['a subclass of a class whose role is context-dependent', 'Monounsaturated fatty acids inhibit ferroptosis.'],
  ['an entry the review gives no role', 'Oncogenic RAS protects cells from ferroptosis.'],
  ['a pathway whose member gene is context-dependent', 'Activation of the NRF2 signaling pathway promotes ferroptosis.'],
  ['the member gene itself', 'NRF2 promotes ferroptosis.'],
  ['an aside before the relative clause that is right', 'Cellular iron enters through TFR1, which imports transferrin-bound iron.'],
  ['cells of a genotype as the object', 'ML162 killed SLC7A11-overexpressing HT-1080 cells as efficiently as parental cells.'],
  ['"which" after the object of a lowering verb: the object or the lowering, two readings of opposite sign', 'p53 represses SLC7A11 expression, which lowers GSH.'],
  ['"which" after the object of a blocking verb', 'Erastin blocks system Xc-, which lowers GSH.'],
  ['an aside after a change names what the change is a sign of, not a hallmark of its entry', 'Iron loading lowered TGM2 transcripts, the hallmark of iron overload–driven M1 polarisation.'],
  ['a view reported of its subject at arm\'s length', 'DHODH has been suggested to work at the plasma membrane, which our imaging does not bear out.'],
  ['a denial that holds only without something states a need', 'FSP1 cannot suppress ferroptosis without NADH to reduce CoQ10.'],
  ['what a thing is described "as though" it did', 'GPX4 is sometimes described as though it generated lipid hydroperoxides; it does the opposite.'],
  ['what a thing behaves "as if" it did', 'FSP1 behaves as if it promoted ferroptosis.'],
  ['a purpose that asks, up to what the authors did', 'To test whether FSP1 promotes ferroptosis, we knocked it down.'],
  ['what the writer first wrote, quoted to be corrected', 'I first wrote that FSP1 promotes ferroptosis; that is wrong.'],
  ['what the writers once thought', 'We initially thought that FSP1 promotes ferroptosis.'],
  ['an expectation whose subject has an apposition', 'One might expect FSP1, a CoQ10 reductase, to promote ferroptosis in these cells.'],
  ['a list "X and Y" that ends before ", and" opens the next clause', 'Iron-driven M1 polarization is linked to more ROS and enhanced p53 acetylation, and lowering ROS blunts both M1 polarization and p53 acetylation.'],
  ['an open question in the clause of the claim, after a comma', 'In these cells, we cannot tell whether FSP1 promotes ferroptosis.'],
  ['a gerund after ", and" that heads the next clause, past a phrase of means', 'Iron-driven M1 polarization was accompanied by higher ROS, and lowering ROS with an antioxidant suppressed both.'],
  ['a word of loss that names another entry\'s loss, next to the agent of a polarization', 'Fe3O4-SAS@PLT particles combine inhibition of system Xc- with repolarisation of macrophages from M2 to M1.'],
  ['a view\'s content set off after what is said of the view', 'A statement that still circulates in the literature, that FSP1 acts inside mitochondria, does not hold.'],
  ['a worry reported as not borne out', 'The worry that IFN-γ would raise cystine uptake was not borne out.'],
  ['a concern named, with its content', 'The concern that FSP1 promotes ferroptosis is unfounded.'],
  ['two gerunds joined by "or" that head the next clause', 'Depleting glutathione abolished its enzymatic activity, and raising or lowering GPX4 expression changed how readily tumour cells died.'],
  ['a view that people the writer reports on hold ("users assume that")', 'Users sometimes assume that cisplatin lowers PD-L1.'],
  ['a view the reader "may hear", answered next', 'You may hear that iron overload pushes macrophages towards the M2 type. The data point the other way.'],
  ['the cargo given "in exchange for" the one an antiporter brings in goes the other way', 'System Xc⁻ brings cystine into the cell in exchange for glutamate.'],
  ['a view that some of a group hold ("some prescribers assume that")', 'Some prescribers assume that sulfasalazine acts on GPX4 directly; it does not.'],
  ['a view that most of a group hold ("most oncology nurses think that")', 'Most oncology nurses think that FSP1 promotes ferroptosis.'],
  ['a worry someone voiced, then answered', 'One KOL worried that selenium supplementation would sensitise T cells to ferroptosis. The evidence points the other way.'],
  ['"its" after a colon, in a change both ways', 'This fits the view that GPX4 abundance sets the threshold: both up- and downregulation of its expression shift the vulnerability of tumour cells to ferroptosis inducers.'],
  ['a class denied of a compound whose effect on the class\'s target is only indirect', 'Sulfasalazine is not a GPX4 inhibitor; like erastin, it blocks system Xc-.'],
  ['two entries knocked out "together with" each other, both taken away', 'Knocking out GPX4 together with ACSL4 blunted RSL3-induced death even more than ACSL4 loss alone.'],
  ['a quoted draft sentence a reviewer\'s comment rejects', '"Cisplatin, which depletes GSH, also downregulates PD-L1." Comment: Please delete; cisplatin raises PD-L1.'],
  ['a premise a reviewer restates from an application, then rejects', 'The Background states that p53 induces SLC7A11; this is backwards.'],
  ['the same, rejected in the next sentence', 'The Approach assumes that T cells tolerate GPX4 loss. This is inconsistent with the literature.'],
  ['"restore it" after a clause that says what was lost, not the entry nearest the pronoun', 'Impaired NK function in tumours has been linked to lipid peroxidation, and NRF2 activation can restore it.'],
  ['a transport denied with "does not mediate" to an entry that does not do it', 'FPN does not mediate iron uptake.'],
  ['an opposing expert\'s assertion, rejected in the next sentence', 'Dr Harlow asserts that p53 induces SLC7A11. It does not.'],
  ['an entry\'s availability that limits a process, read as the process needing it, not as a restraint', 'Iron availability limits ferroptosis.'],
  ['"withholding" an entry takes it away', 'Withholding selenium might lower GPX4 activity.'],
  ['"degrading" an entry takes it away, for the verb it heads and the one after "and"', 'Autophagy matters here: degrading ferritin releases iron and promotes ferroptosis.'],
  ['a pronoun after a colon, when a metabolite and a complex stand before it, is the clause\'s subject', 'High extracellular glutamate is itself a system Xc- inhibitor: it blocks cystine import and can push cells toward ferroptosis.'],
  ['", which" after the objects of a verb of lowering speaks of the lowering, not of them', 'The tumour suppressor p53 cuts cystine uptake and GSH synthesis, which potentiates ferroptosis.'],
  ['a part named with a verb of its own after a complex\'s parts opens the next clause', 'System Xc- is a heterodimer of SLC7A11 and SLC3A2, and SLC1A5 is not part of it.'],
  ['a view a named person\'s fellow suggested, then disputed', 'Dr. Rossi\'s fellow suggested that T cells do not need GPX4. I disagreed.'],
  ['", which" after what "downregulates" lowers', 'IFN-γ downregulates SLC3A2 and SLC7A11, which suppresses cystine uptake and promotes ferroptosis.'],
  ['a list "by" governs is no subject of the verb after it', 'Autophagy promotes ferroptosis by degrading ferritin and NCOA4 overexpression raises the labile iron pool.'],
  ['two gerunds joined by "or", each with its object, heading the clause after ", and"', 'TCR/CD28 co-stimulation caused lipid peroxide accumulation, and scavenging lipid peroxides or limiting iron availability reversed it.'],
  ['a finding the sentence says varies with the setting', 'Not every system behaves the same way: one group describes iron reducing M1 polarisation in RAW264.7 cells, so dose and cell type probably matter.'],
  ['a role said to depend on the cell type', 'The role of NRF2 depends on the cell type: in NK cells, NRF2 activation promotes ferroptosis.'],
  ['an object of a gerund before ", and" is no subject of the clause after it', 'LOX inhibitors act as antioxidants by suppressing lipid peroxidation, and deleting ACSL4 blunts RSL3-induced ferroptosis.'],
  ['the redox "reduction of" a substrate, as the subject a linked predicate shares', 'Reduction of CoQ10 suppresses lipid peroxidation and so inhibits ferroptosis.'],
  ['the same after a possessive, in a clause after a colon', 'The authors agree: its reduction of CoQ10 limits lipid peroxidation and thereby blocks ferroptosis.'],
  ['what a text only implied, restated to be corrected', 'A reader noted that the Discussion implied FSP1 promotes ferroptosis; the authors agree this was misleading.'],
];
for (const [why, text] of notFlagged) test(`not flagged: ${why}`, () => assert.deepEqual(flagged(text), []));

const stillFlagged: readonly (readonly [string, string, string])[] = [
  ['a premise a reviewer restates and takes up', 'The applicants propose that CD36-mediated fatty acid uptake protects CD8+ T cells from lipid peroxidation. This premise is well supported.', 'CD36-mediated fatty acid uptake protects CD8+ T cells from lipid peroxidation'],
  ['the writers\' own approach, whatever follows', 'Our approach assumes that p53 induces SLC7A11; this is backwards.', 'p53 induces SLC7A11'],
  ['a quoted draft sentence a reviewer\'s comment keeps', '"Cisplatin, which depletes GSH, also downregulates PD-L1." Comment: Good sentence; keep it.', 'Cisplatin, which depletes GSH, also downregulates PD-L1'],
  ['a reviewer\'s suggested text in quotation marks', 'Suggested text: "Blocking TYRO3 protects tumour cells from ferroptosis."', 'Blocking TYRO3 protects tumour cells from ferroptosis'],
  ['a class denied of a compound that acts on the target directly', 'RSL3 is not a GPX4 inhibitor.', 'RSL3 is not a GPX4 inhibitor'],
  ['the writers\' own assumption', 'We assume that cisplatin lowers PD-L1.', 'cisplatin lowers PD-L1'],
  ['a plain contradiction', 'FSP1 promotes ferroptosis.', 'FSP1 promotes ferroptosis'],
  ['a contradiction whose denial is called wrong', 'FSP1 promotes ferroptosis, and it is wrong to say otherwise.', 'FSP1 promotes ferroptosis'],
  ['the same compound and entry, without the cells', 'ML162 inhibits SLC7A11-mediated cystine import.', 'ML162 inhibits SLC7A11-mediated cystine import'],
  ['a denial in the setting the relation is curated for', 'IFN-γ does not downregulate SLC7A11 in tumour cells.', 'IFN-γ does not downregulate SLC7A11'],
  ['a denial without a setting', 'Erastin does not induce ferroptosis.', 'Erastin does not induce ferroptosis'],
  ['a comma aside between subject and verb', 'Liraglutide, by contrast, upregulates TFR1.', 'Liraglutide, by contrast, upregulates TFR1'],
  ['an apposition after a parenthesis', 'Ferrostatin-1 (Fer-1, 1 μM), a ferroptosis inducer, was added.', 'Ferrostatin-1 (Fer-1, 1 μM), a ferroptosis inducer'],
  ['a class noun after "used as"', 'Sorafenib was used as a direct GPX4 inhibitor.', 'Sorafenib was used as a direct GPX4 inhibitor'],
  ['a relative clause on an entity in a prepositional phrase', 'Cellular iron levels are set by TFR1, which exports excess iron.', 'TFR1, which exports excess iron'],
  ['a contrast with "rather than" is still asserted', 'Erastin acts as a direct inhibitor of GPX4 rather than through cystine deprivation.', 'Erastin acts as a direct inhibitor of GPX4'],
  ['a cell line named as the holder', 'Overexpression of ALOX15 rendered HT-1080 cells resistant to ferroptosis.', 'Overexpression of ALOX15 rendered HT-1080 cells resistant to ferroptosis'],
  ['"which" after the object of a raising verb', 'p53 activates SLC7A11, which lowers cystine uptake.', 'p53 activates SLC7A11'],
  ['a claim followed by "as if to"', 'FSP1 promotes ferroptosis, as if to compensate.', 'FSP1 promotes ferroptosis'],
  ['a view the writer\'s findings fit', 'This fits the canonical view that FSP1 promotes ferroptosis.', 'FSP1 promotes ferroptosis'],
  ['a view an opening "Consistent with" takes up', 'Consistent with the view that FSP1 promotes ferroptosis, we saw nothing.', 'FSP1 promotes ferroptosis'],
  ['what the writers showed', 'We showed that FSP1 promotes ferroptosis.', 'FSP1 promotes ferroptosis'],
  ['a finding the authors take up', 'DHODH has been shown to work at the plasma membrane.', 'DHODH has been shown to work at the plasma membrane'],
  ['a finding "as expected", with an apposition', 'As expected, FSP1, a CoQ10 reductase, promotes ferroptosis.', 'FSP1, a CoQ10 reductase, promotes ferroptosis'],
  ['a list of three with a serial comma', 'RSL3, ML162, and FIN56 promote GPX4 activity.', 'RSL3, ML162, and FIN56 promote GPX4 activity'],
  ['a claim before a later clause that asks whether', 'FSP1 promotes ferroptosis, so we cannot tell whether it acts at mitochondria.', 'FSP1 promotes ferroptosis'],
  ['a gerund after a comma as a second predicate, before a participle with an agent', 'Iron lowers TGM2, lowering ROS induced by TNF.', ', lowering ROS'],
  ['the same with the direction reversed', 'Fe3O4-SAS@PLT combines inhibition of system Xc- with repolarisation of macrophages from M1 to M2.', 'Fe3O4-SAS@PLT combines inhibition of system Xc- with repolarisation of macrophages from M1 to M2'],
  ['a transport denied with "does not mediate" to an entry that does it', 'TFR1 does not mediate iron uptake.', 'TFR1 does not mediate iron uptake'],
  ['an opposing expert\'s assertion taken up', 'Dr Harlow asserts that p53 induces SLC7A11, and I agree.', 'p53 induces SLC7A11'],
];
for (const [why, text, range] of stillFlagged) test(`flagged: ${why}`, () => assert.deepEqual(flagged(text), [range]));

test('a setting matches a relation only when the relation is curated for it', () => {
  assert.equal(settingOf('In human PBMCs, erastin does not induce ferroptosis.'), 'human pbmcs');
  assert.equal(settingOf('Erastin does not induce ferroptosis.'), undefined);
  assert.equal(settingOf('Erastin does not induce ferroptosis in these cells.'), undefined, 'cells named only by pointing at them');
  assert.equal(settingMatches('tumour cells', 'human pbmcs'), false);
  assert.equal(settingMatches('tumour cells', 'ht-1080 cells'), true, 'a cell line is a tumour cell line');
  assert.equal(settingMatches('tumour-infiltrating CD8⁺ T cells', 'cd8+ t cells'), true);
  assert.equal(settingMatches(undefined, 'treg cells'), false, 'a relation with no setting is not about any one');
});
