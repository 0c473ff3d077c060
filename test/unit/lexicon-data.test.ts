/**
 * The curated lexicon as data: valid against its schemas, every reference key resolves, identifiers agree
 * with shared/reference/identifiers.tsv, and no spelling names two entries unless declared ambiguous.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { loadLexicon, type Entry } from '../../server/src/service';
import { readLexiconDirectory } from '../../server/src/node/lexiconFiles';
import { spellingVariants } from '../../server/src/service/recognition/matcher';
import { fold } from '../../server/src/service/recognition/normalize';

const ROOT = resolve(__dirname, '../..');
const files = readLexiconDirectory(resolve(ROOT, 'lexicon'));
const { lexicon, problems } = loadLexicon(files);
const entries = [...lexicon.entries.values()];

test('every lexicon file is valid against its JSON Schema', () => {
  const ajv = new Ajv({ allErrors: true, strict: false });
  const entriesSchema = ajv.compile(JSON.parse(readFileSync(resolve(ROOT, 'lexicon/schema/entities.schema.json'), 'utf8')));
  const referencesSchema = ajv.compile(JSON.parse(readFileSync(resolve(ROOT, 'lexicon/schema/references.schema.json'), 'utf8')));
  const relationsSchema = ajv.compile(JSON.parse(readFileSync(resolve(ROOT, 'lexicon/schema/relations.schema.json'), 'utf8')));
  const verbsSchema = ajv.compile(JSON.parse(readFileSync(resolve(ROOT, 'lexicon/schema/verbs.schema.json'), 'utf8')));
  const predicatesSchema = ajv.compile(JSON.parse(readFileSync(resolve(ROOT, 'lexicon/schema/predicates.schema.json'), 'utf8')));
  for (const { file, text } of files) {
    const data = parse(text);
    const validate = 'references' in data ? referencesSchema : 'relations' in data ? relationsSchema : 'verbs' in data ? verbsSchema : 'predicates' in data ? predicatesSchema : entriesSchema;
    assert.ok(validate(data), `${file}: ${JSON.stringify(validate.errors)}`);
  }
  assert.deepEqual(problems, []);
});

test('the references are the review\'s 83, numbered 1 to 83, with unique keys', () => {
  const refs = [...lexicon.references.values()];
  assert.equal(refs.length, 83);
  assert.deepEqual(refs.map((r) => r.number), Array.from({ length: 83 }, (_, i) => i + 1));
  assert.ok(refs.filter((r) => r.doi).length >= 80, 'nearly every reference has a DOI');
});

test('every reference key used by an entry resolves', () => {
  const missing: string[] = [];
  for (const entry of entries) {
    const keys = [...entry.refs, ...(entry.role?.refs ?? []), ...(entry.immunity?.refs ?? []), ...(entry.location?.refs ?? []), ...(entry.composition?.refs ?? []), ...entry.targets.flatMap((t) => t.refs)];
    for (const key of keys) if (!lexicon.references.has(key)) missing.push(`${entry.id}: ${key}`);
  }
  assert.deepEqual(missing, []);
});

test('members and targets that look like ids resolve to entries', () => {
  const missing: string[] = [];
  for (const entry of entries) {
    for (const id of entry.members) if (!lexicon.entries.has(id)) missing.push(`${entry.id} member ${id}`);
  }
  assert.deepEqual(missing, []);
});

test('a curated composition belongs to a complex whose members are genes, at least two of them', () => {
  const wrong: string[] = [];
  for (const entry of entries) {
    if (!entry.composition) continue;
    if (entry.type !== 'complex') wrong.push(`${entry.id} is a ${entry.type}`);
    if (entry.members.length < 2) wrong.push(`${entry.id} has ${entry.members.length} member(s)`);
    for (const id of entry.members) if (lexicon.entries.get(id)?.type !== 'gene') wrong.push(`${entry.id} member ${id} is not a gene`);
  }
  assert.deepEqual(wrong, []);
  assert.ok(entries.some((e) => e.composition), 'system Xc⁻ at least has one');
});

test('a compound that stands for a loss names the entry it takes away, and has no relation of its own', () => {
  const standIns = entries.filter((e) => e.standsForLossOf !== undefined);
  assert.ok(standIns.some((e) => e.id === 'deferoxamine' && e.standsForLossOf === 'iron'), 'deferoxamine stands for the loss of iron');
  for (const entry of standIns) {
    assert.equal(entry.type, 'compound', `${entry.id}: only a compound stands for a loss`);
    assert.ok(lexicon.entries.has(entry.standsForLossOf!), `${entry.id}: ${entry.standsForLossOf} is no entry`);
    // Its own relations would be judged first; the stand-in is for compounds the review does not describe.
    assert.ok(!lexicon.relations.some((r) => r.subject === entry.id), `${entry.id}: has relations of its own`);
  }
});

test('states, maturations and differentiations name entries of cells', () => {
  for (const entry of entries) {
    for (const cells of [entry.stateOf?.entry, entry.maturationOf]) {
      if (cells === undefined) continue;
      assert.equal(lexicon.entries.get(cells)?.type, 'cell', `${entry.id}: ${cells} is no entry of cells`);
    }
  }
  assert.ok(entries.some((e) => e.maturationOf), 'dendritic-cell maturation names its cells');
  // "Erastin makes PBMCs differentiate into B cells": both the cells that differentiate and what they become are cells.
  const differentiations = lexicon.relations.filter((r) => r.differentiationOf !== undefined);
  assert.ok(differentiations.length > 0, 'the review\'s PBMC differentiation is curated');
  for (const r of differentiations) {
    assert.equal(r.predicate, 'increases', `${r.subject} → ${r.object}: a differentiation raises the cells it makes`);
    for (const cells of [r.differentiationOf!, r.object]) assert.equal(lexicon.entries.get(cells)?.type, 'cell', `${r.subject} → ${r.object}: ${cells} is no entry of cells`);
  }
});

test('xrefs agree with identifiers.tsv', () => {
  const tsvPath = resolve(ROOT, '../shared/reference/identifiers.tsv');
  if (!existsSync(tsvPath)) return; // A contributor's checkout without shared/: nothing to compare with.
  const rows = readFileSync(tsvPath, 'utf8').split('\n').filter((l) => l && !l.startsWith('#') && !l.startsWith('kind\t'));
  const byLabel = new Map<string, { xrefs: string[]; roles: string[] }>();
  for (const row of rows) {
    const [, label, a, b, roles] = row.split('\t');
    byLabel.set(label!.toLowerCase().replace(/-/g, ''), { xrefs: [a!, b!].filter(Boolean), roles: roles!.split(',') });
  }
  const allowed = new Set([...byLabel.values()].flatMap((r) => r.xrefs));
  for (const entry of entries) {
    for (const xref of entry.xrefs) assert.ok(allowed.has(xref), `${entry.id}: ${xref} is not in identifiers.tsv`);
    const row = byLabel.get(entry.label.toLowerCase().replace(/-/g, ''));
    if (row && entry.xrefs.length > 0) {
      assert.deepEqual([...entry.xrefs].sort(), [...row.xrefs].sort(), `${entry.id}: xrefs differ from identifiers.tsv`);
    }
  }
  // Every identifier the tsv lists for a gene is used by the entry of that symbol.
  for (const [label, row] of byLabel) {
    const entry = entries.find((e) => e.label.toLowerCase().replace(/-/g, '') === label);
    if (entry) assert.deepEqual([...entry.xrefs].sort(), [...row.xrefs].sort(), `${entry.id}: missing xrefs`);
  }
});

test('human genes are labelled with their HGNC symbol', () => {
  for (const entry of entries.filter((e) => e.type === 'gene' && e.xrefs.some((x) => x.startsWith('HGNC:')))) {
    assert.match(entry.label, /^[A-Z0-9-]+$/, `${entry.id}: label should be the HGNC symbol`);
  }
});

test('no spelling names two entries unless both declare it ambiguous', () => {
  const owners = new Map<string, { entry: Entry; ambiguous: boolean }[]>();
  for (const entry of entries) {
    for (const alias of entry.aliases) {
      for (const variant of spellingVariants(alias.text, entry.type)) {
        const key = fold(variant).replace(/[-\s]/g, '');
        const list = owners.get(key) ?? [];
        if (!list.some((o) => o.entry.id === entry.id)) list.push({ entry, ambiguous: alias.ambiguous });
        owners.set(key, list);
      }
    }
  }
  const clashes = [...owners].filter(([, list]) => list.length > 1 && list.some((o) => !o.ambiguous));
  assert.deepEqual(clashes.map(([key, list]) => `${key}: ${list.map((o) => o.entry.id).join(', ')}`), []);
});

test('summaries are two to four sentences', () => {
  for (const entry of entries) {
    const sentences = entry.summary.split(/(?<=[.!?])\s+(?=[A-Z0-9])/).length;
    assert.ok(sentences >= 1 && sentences <= 5, `${entry.id}: ${sentences} sentences`);
  }
});

test('the issue\'s required entities are all present', () => {
  const required = [
    'GPX4', 'SLC7A11', 'SLC3A2', 'system-xc', 'TP53', 'AIFM2', 'coq10', 'DHODH', 'ACO1', 'IREB2', 'TF', 'TFRC', 'SLC40A1',
    'ferritin', 'NCOA4', 'ACSL4', 'LPCAT3', 'lipoxygenases', 'CD36', 'IFNG', 'TGFB1', 'PDCD1', 'CD274', 'ATM', 'NFE2L2',
    'TYRO3', 'RRM2', 'IL6', 'IL1B', 'CD40', 'TGM2',
    'erastin', 'glutamate', 'sorafenib', 'sulfasalazine', 'rsl3', 'ml162', 'fin56', 'fino2', 'artemisinin', 'artesunate',
    'liraglutide', 'ferrostatin-1', 'lenvatinib', 'cisplatin', 'metformin', 'haloperidol', 'gemcitabine', 'lorazepam',
    'bcc-usinps', 'fe3o4-sas-plt', 'envs-fap',
    'gsh', 'cystine', 'cysteine', 'selenium', 'nadh', 'pufa', 'pufa-coa', 'arachidonic-acid', 'lipid-hydroperoxides', 'ros',
    'hydrogen-peroxide', 'labile-iron-pool',
    'cd8-t-cell', 'treg', 'tfh-cell', 'm1-macrophage', 'm2-macrophage', 'tam', 'mdsc', 'nk-cell', 'b-cell', 'pbmc', 'dendritic-cell',
    'ferroptosis', 'lipid-peroxidation', 'fenton-reaction', 'ferritinophagy', 'mevalonate-pathway', 'immune-checkpoint-blockade',
  ];
  const missing = required.filter((id) => !lexicon.entries.has(id));
  assert.deepEqual(missing, []);
});

test('relations name lexicon entries, cite known references, and never flag FerrDb\'s two-way roles', () => {
  assert.ok(lexicon.relations.length >= 60, `${lexicon.relations.length} relations`);
  for (const relation of lexicon.relations) {
    assert.ok(lexicon.entries.has(relation.subject), `unknown subject ${relation.subject}`);
    assert.ok(lexicon.entries.has(relation.object), `unknown object ${relation.object}`);
    for (const key of relation.refs) assert.ok(lexicon.references.has(key), `${relation.subject} ${relation.predicate} ${relation.object}: ${key}`);
  }
  // DHODH is not among them: FerrDb lists it both ways, but the review states one mechanism (it reduces CoQ10 in
  // the inner mitochondrial membrane and so mitigates ferroptosis), and the lexicon follows the review.
  for (const id of ['TP53', 'NFE2L2', 'SLC7A11', 'TFRC', 'metformin']) {
    const toFerroptosis = lexicon.relations.filter((r) => r.subject === id && r.object === 'ferroptosis');
    assert.ok(toFerroptosis.every((r) => r.contextDependent), `${id}: relations to ferroptosis must be context-dependent`);
  }
});

test('verb classes: forms are unique across classes', () => {
  const owner = new Map<string, string>();
  for (const verb of lexicon.verbs) {
    for (const form of new Set(verb.forms)) {
      assert.ok(!owner.has(form) || owner.get(form) === verb.lemma, `${form} belongs to ${owner.get(form)} and ${verb.lemma}`);
      owner.set(form, verb.lemma);
    }
  }
});

test('predicates: every relation predicate is judged, its fix verbs are verb classes, and signed opposites have opposite signs', () => {
  const relationsSchema = JSON.parse(readFileSync(resolve(ROOT, 'lexicon/schema/relations.schema.json'), 'utf8'));
  const names: string[] = relationsSchema.definitions.relation.properties.predicate.enum;
  const byName = new Map<string, (typeof lexicon.predicates)[number]>(lexicon.predicates.map((p) => [p.name, p]));
  assert.deepEqual(names.filter((n) => !byName.has(n)), [], 'predicates without an entry in lexicon/predicates.yaml');
  const lemmas = new Set(lexicon.verbs.map((v) => v.lemma));
  for (const p of lexicon.predicates) {
    for (const lemma of [p.verb, p.prepositional_verb]) if (lemma) assert.ok(lemmas.has(lemma), `${p.name}: no verb class "${lemma}"`);
    if (!p.opposite) continue;
    const opposite = byName.get(p.opposite);
    assert.ok(opposite, `${p.name}: opposite "${p.opposite}" is no predicate`);
    if (p.sign !== undefined) assert.equal(opposite.sign, -p.sign, `${p.name} and ${p.opposite} must have opposite signs`);
  }
});
