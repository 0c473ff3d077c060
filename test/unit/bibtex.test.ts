/** Reading .bib text: TeX decoded, broken entries reported while the rest parse, large files. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { parseBibliography } from '../../server/src/service/bibliography/bibtex';
import { bibtexEntry } from '../../server/src/service/bibliography/bibtexEntry';
import { loadLexicon } from '../../server/src/service';
import { readLexiconDirectory } from '../../server/src/node/lexiconFiles';

test('a .bib is read with TeX decoded, braces dropped, authors split and the DOI made bare', () => {
  const { entries, problems } = parseBibliography(String.raw`
@string{cell = "Cell"}
@article{dixon2012,
  title = {Ferroptosis: An {Iron}-Dependent Form of Nonapoptotic Cell Death},
  author = {Dixon, Scott J. and M{\"u}ller, J{\"o}rg and {World Health Organization} and others},
  journal = cell, year = 2012, doi = {https://doi.org/10.1016/j.cell.2012.03.042}}
@inproceedings{conf, title = {A \emph{talk}}, booktitle = {Proc.~of a Meeting}, date = {2020-05-01}}`);
  assert.deepEqual(problems, []);
  const dixon = entries.get('dixon2012')!;
  assert.equal(dixon.title, 'Ferroptosis: An Iron-Dependent Form of Nonapoptotic Cell Death');
  assert.deepEqual(dixon.authors, ['Scott J. Dixon', 'Jörg Müller', 'World Health Organization']);
  assert.equal(dixon.moreAuthors, true);
  assert.equal(dixon.container, 'Cell');
  assert.equal(dixon.year, '2012');
  assert.equal(dixon.doi, '10.1016/j.cell.2012.03.042');
  const conf = entries.get('conf')!;
  assert.deepEqual([conf.title, conf.container, conf.year], ['A talk', 'Proc. of a Meeting', '2020']);
});

test('a broken entry is reported and the entries around it still parse; a duplicate key is reported', () => {
  const { entries, problems } = parseBibliography(String.raw`@article{good1, title={First}}
@article{broken, title = {never closed
@article{good2, title={Second}}
@article{good1, title={Again}}
`);
  assert.ok(entries.has('good2'), 'the entry after the broken one');
  assert.equal(entries.get('good1')!.title, 'First');
  assert.ok(problems.some((p) => /brace/i.test(p)), problems.join('; '));
  assert.ok(problems.some((p) => /good1.*twice/.test(p)), problems.join('; '));
});

test('garbage and empty text give no entries and do not throw', () => {
  for (const text of ['', '@', '@article{', '}}}{{{', '@comment{x}', '\u0000\u0001', '@article{k,title={x}'.repeat(100)]) {
    const result = parseBibliography(text);
    assert.ok(result.entries instanceof Map);
  }
});

test('a bibliography of 5,000 entries parses in seconds', () => {
  let text = '';
  for (let i = 0; i < 5000; i++) text += `@article{key${i}, title={Title ${i} on {GPX4} by M{\\"u}ller}, author={Doe, J. and Roe, R.}, journal={Cell}, year={2020}, doi={10.1000/${i}}}\n`;
  const started = Date.now();
  const { entries } = parseBibliography(text);
  assert.equal(entries.size, 5000);
  assert.equal(entries.get('key4999')!.title, 'Title 4999 on GPX4 by Müller');
  assert.ok(Date.now() - started < 10_000, `took ${Date.now() - started} ms`);
});

test('every lexicon reference written as a BibTeX entry reads back: authors, title, journal, year, pages, DOI', () => {
  const { lexicon } = loadLexicon(readLexiconDirectory(resolve(__dirname, '../../lexicon')));
  assert.ok(lexicon.references.size >= 83);
  for (const reference of lexicon.references.values()) {
    const text = bibtexEntry(reference, reference.key);
    const { entries, problems } = parseBibliography(text);
    assert.deepEqual(problems, [], reference.key);
    const entry = entries.get(reference.key)!;
    const printed = reference.authors.split(/,\s*/).filter((a) => !/^et al/.test(a));
    assert.equal(entry.authors.length, printed.length, reference.key);
    assert.equal(entry.moreAuthors, /et al\.?$/.test(reference.authors), reference.key);
    assert.equal(entry.title, reference.title, reference.key);
    assert.equal(entry.container, reference.journal, reference.key);
    assert.equal(entry.year, String(reference.year), reference.key);
    assert.equal(entry.doi, reference.doi_problem ? undefined : reference.doi, reference.key);
  }
});

test('printed page ranges are written whole, with their letters', () => {
  const pages = (details: string): string | undefined => /pages = \{([^}]*)\}/.exec(bibtexEntry({ key: 'k', authors: 'Lee JY', title: 'T', journal: 'J', year: 2020, details }, 'k'))?.[1];
  assert.equal(pages('156:317–31'), '317--331');
  assert.equal(pages('113: E4966–75'), 'E4966--E4975');
  assert.equal(pages('28:viii1–7'), 'viii1--viii7');
  assert.equal(pages('172:409–422.e21'), '409--422.e21');
  assert.equal(pages('60:B4774'), 'B4774');
  assert.equal(pages('10'), undefined);
});
