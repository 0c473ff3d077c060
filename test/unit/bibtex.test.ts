/** Reading .bib text: TeX decoded, broken entries reported while the rest parse, large files. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseBibliography } from '../../server/src/service/bibliography/bibtex';

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
