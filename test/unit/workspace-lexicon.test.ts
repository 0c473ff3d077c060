/**
 * Workspace lexicons: loading a lab's `.biolex/*.yaml` over the built-in lexicon (new entries, aliases,
 * overrides, disabled entries, relations, references), reporting invalid files with exact positions, keeping
 * a file's last good version in force, and writing selections into the file with its comments kept.
 * In-memory files only.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createBiolexService, loadLexicon, type LexiconFile } from '../../server/src/service';
import {
  LexiconLayer,
  WorkspaceLexicon,
  addToLexiconText,
  isCurie,
  lexiconFileProblems,
  newEntryId,
  proseOfRange,
  WORKSPACE_SCHEMA_URI,
} from '../../server/src/service/lexicon/workspace';
import { doc, mentionTexts, testLexiconFiles, uniqueUri } from '../helpers/lexicon';
import { readLexiconDirectory } from '../../server/src/node/lexiconFiles';

const RELATIONS = `
relations:
  - { subject: erastin, predicate: induces, object: ferroptosis, text: "Erastin induces ferroptosis by starving cells of cystine.", refs: [dixon2012] }
  - { subject: GPX4, predicate: suppresses, object: ferroptosis, text: "GPX4 suppresses ferroptosis by reducing lipid peroxides.", refs: [yang2014] }
`;

function builtIn(): LexiconFile[] {
  return [...testLexiconFiles(), { file: 'memory://relations.yaml', text: RELATIONS }];
}

function workspace(text: string, file = 'memory://lab/.biolex/lab.yaml'): LexiconFile {
  return { file, text, layer: LexiconLayer.Workspace };
}

function load(...files: LexiconFile[]) {
  return loadLexicon([...builtIn(), ...files]);
}

function service(...files: LexiconFile[]) {
  return createBiolexService({ lexiconFiles: [...builtIn(), ...files] });
}

function hoverAt(files: LexiconFile[], text: string): string | undefined {
  const d = doc(text);
  return service(...files).provideHover(d, d.cursor)?.contents;
}

/** The text a problem points at. */
function at(file: LexiconFile, problem: { offset: number; length: number }): string {
  return file.text.slice(problem.offset, problem.offset + problem.length);
}

const LAB = workspace(`# Our lab's lexicon
entries:
  - id: labin-7
    label: Labin-7
    type: compound
    name: our ferroptosis inducer no. 7
    xrefs: [CHEBI:12345]
extend:
  - id: GPX4
    aliases: [GPx-4L]
    xrefs: [MESH:C071215]
  - id: erastin
    disable: true
`);

test('a workspace entry needs only id, label and type, and is recognized at once', () => {
  const { lexicon, problems } = load(LAB);
  assert.deepEqual(problems, []);
  const entry = lexicon.entries.get('labin-7')!;
  assert.equal(entry.layer, LexiconLayer.Workspace);
  assert.equal(entry.summary, '');
  assert.deepEqual(entry.refs, []);
  // A compound named with a capital (as a sentence opens with it) matches in any case (issue "Everyday use", item 6).
  assert.deepEqual(mentionTexts(service(LAB), 'Labin-7 and labin-7 kill cells; so does LABIN-7.'), ['Labin-7=labin-7', 'labin-7=labin-7', 'LABIN-7=labin-7']);
});

test('hover on a workspace entry shows what it has, links any CURIE, and names the file', () => {
  const hover = hoverAt([LAB], 'We used Lab|in-7 at 1 µM.')!;
  assert.match(hover, /^\*\*Labin\\-7\*\* · compound/);
  assert.match(hover, /\*our ferroptosis inducer no\\\. 7\*/);
  assert.match(hover, /\[CHEBI:12345\]\(https:\/\/identifiers\.org\/CHEBI:12345\)/);
  assert.match(hover, /\*From this workspace's lexicon:\* lab\\\.yaml$/);
});

test('extend adds aliases and identifiers to a built-in entry, after its own', () => {
  const { lexicon } = load(LAB);
  const gpx4 = lexicon.entries.get('GPX4')!;
  assert.deepEqual(gpx4.aliases.map((a) => a.text), ['GPX4', 'glutathione peroxidase 4', 'GPx-4L']);
  assert.deepEqual(gpx4.xrefs, ['HGNC:4556', 'UniProt:P36969', 'MESH:C071215']);
  assert.equal(gpx4.layer, undefined, 'an extended entry stays built-in');
  assert.deepEqual(mentionTexts(service(LAB), 'The GPx-4L isoform.'), ['GPx-4L=GPX4']);
  assert.match(hoverAt([LAB], 'The GPx-4|L isoform.')!, /Also: GPx\\-4L/);
});

test('disable: true takes a built-in entry out, with the relations that name it', () => {
  const { lexicon } = load(LAB);
  assert.equal(lexicon.entries.has('erastin'), false);
  assert.deepEqual(mentionTexts(service(LAB), 'Erastin and GPX4.'), ['GPX4=GPX4']);
  assert.deepEqual(lexicon.relations.map((r) => `${r.subject} ${r.predicate} ${r.object}`), ['GPX4 suppresses ferroptosis']);
  assert.equal(load().lexicon.relations.length, 2, 'the built-in lexicon alone keeps both');
});

test('an entry with an id the lexicon has replaces it as a whole, without a problem', () => {
  const override = workspace(`entries:
  - id: ATM
    label: ATM
    type: gene
    aliases: [ataxia telangiectasia mutated kinase]
    summary: In our hands a radiation sensor that we study in glioma.
`);
  const { lexicon, problems } = load(override);
  assert.deepEqual(problems, []);
  const atm = lexicon.entries.get('ATM')!;
  assert.equal(atm.summary, 'In our hands a radiation sensor that we study in glioma.');
  assert.deepEqual(atm.refs, []);
  assert.equal(atm.layer, LexiconLayer.Workspace);
  assert.deepEqual(mentionTexts(service(override), 'ATM, the ataxia telangiectasia mutated kinase.'), ['ATM=ATM', 'ataxia telangiectasia mutated kinase=ATM']);
});

test('workspace relations and references are added; a relation with an unknown or disabled entry is reported and left out', () => {
  const file = workspace(`references:
  - { key: lab2025, authors: "Doe J, Roe R", title: "Labin-7 triggers ferroptosis", journal: Lab Rep, year: 2025, doi: 10.1234/lab.7 }
entries:
  - { id: labin-7, label: Labin-7, type: compound, summary: Our compound that triggers ferroptosis in glioma cells., refs: [lab2025] }
extend:
  - { id: erastin, disable: true }
relations:
  - { subject: labin-7, predicate: inhibits, object: GPX4, text: "Labin-7 inhibits GPX4 directly.", refs: [lab2025] }
  - { subject: labin-8, predicate: inhibits, object: GPX4, text: "Labin-8 inhibits GPX4 too.", refs: [lab2025] }
  - { subject: erastin, predicate: inhibits, object: GPX4, text: "Erastin inhibits GPX4 indirectly.", refs: [lab2025] }
`);
  const { lexicon, problems } = load(file);
  assert.deepEqual(lexicon.relations.map((r) => `${r.subject} ${r.predicate} ${r.object}`), ['GPX4 suppresses ferroptosis', 'labin-7 inhibits GPX4']);
  assert.deepEqual(
    problems.map((p) => [p.severity, at(file, p), p.line, p.message]),
    [
      ['warning', 'labin-8', 9, 'Relation names "labin-8", which is no lexicon entry: it is not used.'],
      ['warning', 'erastin', 10, '"erastin" is disabled, so this relation is not used.'],
    ],
  );
  assert.equal(lexicon.references.get('lab2025')!.title, 'Labin-7 triggers ferroptosis');
  const hover = hoverAt([file], 'Labin|-7 works.')!;
  // A workspace reference has no number in the review: it is cited by its key.
  assert.match(hover, /glioma cells\\\. \\\[lab2025\\\]/);
  assert.match(hover, /lab2025\\\. Doe J et al\\\. Labin\\-7 triggers ferroptosis\. \*Lab Rep\* \(2025\)\. \[doi:10\\\.1234\/lab\\\.7\]\(https:\/\/doi\.org\/10\.1234\/lab\.7\)/);
});

test('extending or disabling an id no entry has is a warning on that id; the rest of the file is used', () => {
  const file = workspace(`extend:
  - id: GPX5
    aliases: [glutathione peroxidase 5]
  - id: GPX4
    aliases: [PHGPX]
  - { id: TF, disable: true, aliases: [Tf] }
  - id: ATM
`);
  const { lexicon, problems } = load(file);
  assert.deepEqual(
    problems.map((p) => [p.severity, at(file, p), p.message]),
    [
      ['warning', 'TF', '"TF" is disabled here, so its aliases and xrefs are not used.'],
      ['warning', 'ATM', 'Nothing to change in "ATM": add aliases or xrefs, or disable: true.'],
      ['warning', 'GPX5', 'No entry has the id "GPX5": nothing to extend.'],
    ],
  );
  assert.ok(lexicon.entries.get('GPX4')!.aliases.some((a) => a.text === 'PHGPX'));
  assert.equal(lexicon.entries.has('TF'), false);
});

test('two workspace files that define one id: the later wins, with a warning on its id', () => {
  const a = workspace('entries:\n  - { id: labin-7, label: Labin-7, type: compound }\n', 'memory://lab/.biolex/a.yaml');
  const b = workspace('entries:\n  - { id: labin-7, label: LB7, type: compound }\n', 'memory://lab/.biolex/b.yaml');
  const { lexicon, problems } = load(a, b);
  assert.equal(lexicon.entries.get('labin-7')!.label, 'LB7');
  assert.deepEqual(problems.map((p) => [p.file, at(b, p), p.message]), [['memory://lab/.biolex/b.yaml', 'labin-7', 'Entry id "labin-7" is also defined in memory://lab/.biolex/a.yaml; this one is used.']]);
});

test('an invalid workspace file is reported with exact positions and not used at all; the built-in lexicon stays', () => {
  const schemaError = workspace(`entries:
  - id: labin-7
    label: Labin-7
    type: drug
  - id: labin-8
    label: Labin-8
    type: compound
    colour: red
`);
  const { lexicon, problems } = load(schemaError);
  assert.deepEqual(
    problems.map((p) => [p.line, p.column, at(schemaError, p), p.message]),
    [
      [4, 11, 'drug', '/entries/0/type must be equal to one of the allowed values: gene, complex, compound, metabolite, cell, process'],
      [8, 5, 'colour', '/entries/1 must NOT have additional properties ("colour")'],
    ],
  );
  assert.ok(problems.every((p) => p.severity === undefined), 'errors');
  assert.equal(lexicon.entries.has('labin-8'), false, 'a file with an error is not used, not even its valid entries');
  assert.equal(lexicon.entries.size, load().lexicon.entries.size);

  const missing = workspace('entries:\n  - id: labin-9\n    label: Labin-9\n');
  assert.deepEqual(load(missing).problems.map((p) => [at(missing, p), p.message]), [['id: labin-9', "/entries/0 must have required property 'type'"]]);

  const syntax = workspace('entries:\n  - id: labin-7\n    label: [Labin-7\n');
  const [problem] = load(syntax).problems;
  assert.equal(problem!.line, 4);
  assert.match(problem!.message, /^YAML: /);

  const list = workspace('- id: labin-7\n');
  assert.deepEqual(load(list).problems.map((p) => p.message), ['A workspace lexicon is a mapping with the keys entries, extend, relations or references.']);
  assert.deepEqual(load(workspace('verbs: []\n')).problems.map((p) => p.message), ['/ must NOT have additional properties ("verbs")']);
  assert.deepEqual(load(workspace('entries: []\n\u0000')).problems.map((p) => p.message), ['This lexicon file is binary, not YAML or JSON: skipped.']);
  assert.deepEqual(load(workspace('# nothing yet\n')).problems, [], 'an empty file is a valid lexicon');
  assert.deepEqual(load(workspace('{"$schema": "x", "entries": [{"id": "labin-7", "label": "Labin-7", "type": "compound"}]}')).problems, [], 'JSON, with $schema');
});

test('lexiconFileProblems: the problems of one (unsaved) file among the others', () => {
  const buffer = workspace('extend:\n  - { id: labin-7, aliases: [L7] }\n', 'memory://lab/.biolex/more.yaml');
  assert.deepEqual(lexiconFileProblems([...builtIn(), LAB, buffer], buffer.file), []);
  assert.deepEqual(lexiconFileProblems([...builtIn(), buffer], buffer.file).map((p) => at(buffer, p)), ['labin-7']);
});

test('WorkspaceLexicon keeps the last good version of a broken file, and loads the fix', () => {
  const state = new WorkspaceLexicon();
  const file = 'memory://lab/.biolex/lab.yaml';
  const good = 'entries:\n  - { id: labin-7, label: Labin-7, type: compound }\n';
  const broken = 'entries:\n  - { id: labin-7, label: Labin-7, type: compund }\n  - { id: labin-8, label: Labin-8, type: compound }\n';
  const fixed = 'entries:\n  - { id: labin-7, label: Labin-7, type: compound }\n  - { id: labin-8, label: Labin-8, type: compound }\n';
  const ids = () => [...load(...state.filesInUse()).lexicon.entries.keys()].filter((id) => id.startsWith('labin'));

  assert.equal(state.update([{ file, text: good }]), true);
  assert.deepEqual(ids(), ['labin-7']);
  assert.equal(state.update([{ file, text: good }]), false, 'same text: nothing to rebuild');

  assert.equal(state.update([{ file, text: broken }]), false, 'the last good version stays in use');
  assert.deepEqual(ids(), ['labin-7']);
  assert.equal(state.get(file)!.current.text, broken);
  assert.equal(state.get(file)!.inUse!.text, good);
  assert.deepEqual(state.get(file)!.errors.map((p) => p.line), [2]);

  assert.equal(state.update([{ file, text: fixed }]), true);
  assert.deepEqual(ids(), ['labin-7', 'labin-8']);
  assert.deepEqual(state.get(file)!.errors, []);

  const other = 'memory://lab/.biolex/new.yaml';
  assert.equal(state.update([{ file, text: fixed }, { file: other, text: 'entries: [' }]), false, 'a file never good adds nothing');
  assert.equal(state.get(other)!.inUse, undefined);
  assert.equal(state.update([]), true, 'deleted files go');
  assert.deepEqual(ids(), []);
});

test('lexicon text from a workspace file is escaped in hovers like built-in text', () => {
  const hostile = workspace(`entries:
  - id: evil
    label: "EVIL1 [x](command:workbench.action.quit)"
    type: gene
    aliases: [EVIL1, "<img src=x onerror=alert(1)>"]
    name: "**bold** ![img](https://example.com/x.png)"
    summary: "Click [here](command:workbench.action.quit) or <script>alert(1)</script> now"
`);
  const hover = hoverAt([hostile], 'EV|IL1')!;
  assert.ok(!/\]\(command:/.test(hover), hover);
  assert.ok(!/<img|<script/.test(hover), hover);
  assert.ok(!/!\[img\]\(/.test(hover), hover);
  assert.match(hover, /&lt;script&gt;/);
});

test('addToLexiconText creates the file with the schema modeline, and the result loads', () => {
  const result = addToLexiconText(undefined, { kind: 'entry', text: 'Labin-7', type: 'compound', xref: 'CHEBI:12345', taken: (id) => id === 'GPX4' });
  assert.ok('text' in result);
  assert.equal(result.id, 'labin-7');
  assert.equal(result.text.split('\n')[0], `# yaml-language-server: $schema=${WORKSPACE_SCHEMA_URI}`);
  assert.match(result.text, /\nentries:\n {2}- id: labin-7\n {4}label: Labin-7\n {4}type: compound\n {4}xrefs: \[CHEBI:12345\]\n {4}# summary: two to four sentences in your own words \(shown on hover\)\n {4}# refs: \[key\] {2}keys of references, listed under `references:` in this file\n$/);
  const file = workspace(result.text);
  assert.deepEqual(load(file).problems, []);
  // Added from a sentence's first word, the compound is found in any case after (issue "Everyday use", item 6).
  assert.deepEqual(mentionTexts(service(file), 'Labin-7 works; labin-7 too.'), ['Labin-7=labin-7', 'labin-7=labin-7']);
});

test('addToLexiconText keeps comments and formatting, and puts an alias where the entry is', () => {
  const before = `# Our lab's lexicon
entries:
  # compounds
  - id: labin-7
    label: Labin-7   # the lead
    type: compound
    aliases: [L7]
extend: []
`;
  const step1 = addToLexiconText(before, { kind: 'alias', text: 'Labin 7', aliasOf: 'labin-7' });
  assert.ok('text' in step1 && step1.changed);
  assert.equal(step1.text, before.replace('aliases: [L7]', 'aliases: [L7, Labin 7]').replace('Labin-7   # the lead', 'Labin-7 # the lead'));

  const step2 = addToLexiconText(step1.text, { kind: 'alias', text: 'GPx-4L', aliasOf: 'GPX4' });
  assert.ok('text' in step2);
  assert.match(step2.text, /\nextend:\n {2}- id: GPX4\n {4}aliases: \[GPx-4L\]\n$/);
  const step3 = addToLexiconText(step2.text, { kind: 'alias', text: 'GPX4 \n long', aliasOf: 'GPX4' });
  assert.ok('text' in step3);
  assert.match(step3.text, /aliases: \[GPx-4L, GPX4 long\]\n$/);
  assert.match(step3.text, /^# Our lab's lexicon\nentries:\n {2}# compounds\n/);
  const step4 = addToLexiconText(step3.text, { kind: 'alias', text: 'GPX4 long', aliasOf: 'GPX4' });
  assert.ok('text' in step4 && !step4.changed);

  const file = workspace(step3.text);
  assert.deepEqual(load(file).problems, []);
  assert.deepEqual(mentionTexts(service(file), 'Labin 7 and GPX4 long.'), ['Labin 7=labin-7', 'GPX4 long=GPX4']);
});

test('addToLexiconText refuses a file it cannot edit safely', () => {
  assert.match((addToLexiconText('entries: [\n', { kind: 'alias', text: 'x', aliasOf: 'GPX4' }) as { error: string }).error, /YAML errors/);
  assert.match((addToLexiconText('- a\n', { kind: 'alias', text: 'x', aliasOf: 'GPX4' }) as { error: string }).error, /not a mapping/);
  assert.match((addToLexiconText(undefined, { kind: 'alias', text: 'x', aliasOf: 'GPX5', known: (id) => id === 'GPX4' }) as { error: string }).error, /no entry "GPX5"/);
  assert.match((addToLexiconText('entries: 3\n', { kind: 'entry', text: 'x', type: 'gene' }) as { error: string }).error, /not a list/);
  assert.match((addToLexiconText(undefined, { kind: 'entry', text: '  ', type: 'gene' }) as { error: string }).error, /Select/);
  const empty = addToLexiconText('# only a comment\n', { kind: 'entry', text: 'X1', type: 'gene' });
  assert.ok('text' in empty);
  assert.match(empty.text, /^# only a comment\n/);
  const again = addToLexiconText(empty.text, { kind: 'entry', text: 'X1', type: 'gene' });
  assert.ok('text' in again);
  assert.equal(again.id, 'X1-2', 'an id the file already has is not reused');
});

test('newEntryId keeps gene symbols, spells other names as words, and never reuses an id', () => {
  const taken = new Set(['GPX4', 'labin-7']);
  assert.equal(newEntryId('GPX8', 'gene', (id) => taken.has(id)), 'GPX8');
  assert.equal(newEntryId('GPX4', 'gene', (id) => taken.has(id)), 'GPX4-2');
  assert.equal(newEntryId('Labin-7', 'compound', (id) => taken.has(id)), 'labin-7-2');
  assert.equal(newEntryId('IFN-γ–primed Müller cells', 'cell', () => false), 'ifn-gamma-primed-muller-cells');
  assert.equal(newEntryId('αβ', 'cell', () => false), 'alpha-beta');
  assert.equal(newEntryId('⁺⁺', 'cell', () => false), 'entry');
});

test('isCurie accepts compact identifiers only', () => {
  for (const ok of ['HGNC:4556', 'CHEBI:16856', 'CL:0000625', 'NCBITaxon:9606', 'GO:0097707', 'MESH:D000077']) assert.ok(isCurie(ok), ok);
  for (const bad of ['4556', 'HGNC:', ':4556', 'HGNC 4556', 'https://x.org/a', 'HGNC:45 56', '1HGNC:4556']) assert.ok(!isCurie(bad), bad);
});

test('the workspace schema keeps the built-in lexicon valid and names the same entry fields', () => {
  const entities = JSON.parse(readFileSync(resolve(__dirname, '../../lexicon/schema/entities.schema.json'), 'utf8'));
  const workspaceSchema = JSON.parse(readFileSync(resolve(__dirname, '../../lexicon/schema/workspace.schema.json'), 'utf8'));
  assert.deepEqual(entities.definitions.entry.allOf, [{ $ref: '#/definitions/workspaceEntry' }]);
  assert.equal(workspaceSchema.properties.entries.items.$ref, 'entities.schema.json#/definitions/workspaceEntry');
});

test('proseOfRange gives a selection as BioLex reads it, markup removed', () => {
  const s = service();
  const prose = (text: string, languageId = 'markdown'): string => {
    const [start, end] = [text.indexOf('«'), text.indexOf('»') - 1];
    const clean = text.replace(/[«»]/g, '');
    return proseOfRange(s.analyze({ uri: uniqueUri('sel'), languageId, version: 1, getText: () => clean }), start, end);
  };
  assert.equal(prose('Cells release «IFN-$\\gamma$» here.'), 'IFN-γ');
  assert.equal(prose('We used \\emph{«Labin-7»} and \\textbf{Labin-8}.', 'latex'), 'Labin-7');
  assert.equal(prose('We used «\\emph{Labin-7}» today.', 'latex'), 'Labin-7');
  assert.equal(prose('a «lipid\n  peroxidation» b'), 'lipid peroxidation');
  assert.equal(prose('**«GPX4»**'), 'GPX4');
});

test("the README's workspace lexicon example loads without problems and does what it says", () => {
  const readme = readFileSync(resolve(__dirname, '../../README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Workspace lexicons'));
  const example = workspace(/```yaml\n([\s\S]*?)```/.exec(section)![1]!);
  const { lexicon, problems } = load(example);
  assert.deepEqual(problems, []);
  assert.deepEqual(lexicon.entries.get('labin-7')!.aliases.map((a) => a.text), ['Labin-7', 'laboratory inducer 7', 'LB-7', 'Labin 7']);
  assert.ok(lexicon.entries.get('GPX4')!.aliases.some((a) => a.text === 'GPx-4L'));
  assert.equal(lexicon.entries.has('TF'), false);
  assert.ok(lexicon.relations.some((r) => r.subject === 'labin-7' && r.object === 'GPX4'));
  assert.equal(lexicon.references.get('doe2025')!.year, 2025);
});

test('workspace relations feed the claim checker, and disabling an entry silences the relations that name it', () => {
  const lab = workspace(`entries:
  - { id: labin-7, label: Labin-7, type: compound }
relations:
  - { subject: labin-7, predicate: inhibits, object: GPX4, direct: true, text: "Labin-7 binds GPX4 and inhibits it.", refs: [xie2016] }
extend:
  - { id: AIFM2, disable: true }
`);
  const curated = readLexiconDirectory(resolve(__dirname, '../../lexicon'));
  const check = (files: LexiconFile[], text: string): string[] =>
    createBiolexService({ lexiconFiles: files })
      .provideDiagnostics({ uri: `memory://claim-${text.length}`, languageId: 'markdown', version: 1, getText: () => text })
      .map((d) => d.message);
  assert.deepEqual(check([...curated, lab], 'In our hands, Labin-7 activates GPX4 in glioma cells.'), ['Contradicts the curated literature: Labin-7 binds GPX4 and inhibits it [21]. Read as: Labin-7 activates GPX4.']);
  assert.deepEqual(check([...curated, lab], 'In our hands, Labin-7 inhibits GPX4.'), []);
  const fsp1 = 'In our hands, FSP1 promotes ferroptosis in tumour cells.';
  assert.equal(check(curated, fsp1).length, 1, 'the built-in lexicon flags it');
  assert.deepEqual(check([...curated, lab], fsp1), [], 'FSP1 (AIFM2) is disabled in this workspace');
});
