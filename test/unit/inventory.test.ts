/**
 * The mechanism inventory (lexicon/inventory.yaml): every mechanistic statement of the source review's sections 2-5
 * and Table 1, quoted verbatim and tied to the curated relations that encode it, or to the reason none does. The
 * quotes must be the review's words in the section cited, the relations must be curated ones, and every curated
 * relation must be accounted for.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { loadLexicon } from '../../server/src/service';
import { readLexiconDirectory } from '../../server/src/node/lexiconFiles';
import { REVIEW_PATH } from '../helpers/review';

interface Statement {
  readonly section: string;
  readonly quote: string;
  readonly relations?: readonly string[];
  readonly reason?: string;
  readonly note?: string;
}
interface Inventory {
  readonly statements: readonly Statement[];
  readonly outside_scope?: readonly { readonly relation: string; readonly source: string }[];
}

const ROOT = resolve(__dirname, '../..');
const INVENTORY_PATH = resolve(ROOT, 'lexicon/inventory.yaml');
const inventory = parse(readFileSync(INVENTORY_PATH, 'utf8')) as Inventory;
const { lexicon } = loadLexicon(readLexiconDirectory(resolve(ROOT, 'lexicon')));
const curated = new Set(lexicon.relations.map((r) => `${r.subject} ${r.predicate} ${r.object}`));

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();
const where = (s: Statement): string => `${s.section} "${s.quote}"`;

/** The review's text, kept with the tests (test/fixtures/review/). */
function reviewText(): string {
  return readFileSync(REVIEW_PATH, 'utf8');
}

/**
 * The body of the review by section, whitespace collapsed: "2.1" holds the text under that heading, "Table 1" the
 * table (caption and rows), and the section the table sits in holds its text without the table.
 */
function reviewSections(text: string): Map<string, string> {
  const references = text.lastIndexOf('\nReferences\n');
  const body = text.slice(0, references < 0 ? text.length : references);
  const parts = new Map<string, string[]>();
  let section = 'front';
  let inTable = false;
  for (const line of body.split('\n')) {
    const heading = /^(\d+(?:\.\d+)*) [A-Z]/.exec(line);
    if (/^TABLE 1\b/.test(line)) inTable = true;
    else if (inTable && line.trim() !== '' && !line.includes('\t')) inTable = false;
    if (heading && !inTable) section = heading[1]!;
    const key = inTable ? 'Table 1' : section;
    parts.set(key, [...(parts.get(key) ?? []), line]);
  }
  return new Map([...parts].map(([key, lines]) => [key, collapse(lines.join('\n'))]));
}

/** The text of a section with its subsections ("3" covers 3, 3.1 and 3.2). */
function sectionText(sections: Map<string, string>, section: string): string {
  return [...sections].filter(([key]) => key === section || key.startsWith(`${section}.`)).map(([, text]) => text).join('\n');
}

test('the inventory validates against its JSON Schema, and the schema wants exactly one of relations and reason', () => {
  const ajv = new Ajv({ allErrors: true, strict: false });
  const validate = ajv.compile(JSON.parse(readFileSync(resolve(ROOT, 'lexicon/schema/inventory.schema.json'), 'utf8')));
  assert.ok(validate(inventory), `lexicon/inventory.yaml: ${JSON.stringify(validate.errors)}`);
  const one = (statement: object): boolean => validate({ statements: [{ section: '2.1', quote: 'GPX4', ...statement }] }) as boolean;
  assert.ok(one({ relations: ['GPX4 suppresses ferroptosis'] }));
  assert.ok(one({ reason: 'too vague' }));
  assert.ok(!one({}), 'neither relations nor reason');
  assert.ok(!one({ relations: ['GPX4 suppresses ferroptosis'], reason: 'too vague' }), 'both relations and reason');
  assert.ok(!one({ relations: [] }), 'empty relations');
  assert.ok(!one({ reason: '' }), 'empty reason');
  assert.ok(!one({ section: '6', reason: 'conclusion' }), 'section outside 2-5');
});

test('sections cited lie in sections 2-5 or Table 1', () => {
  const outside = inventory.statements.filter((s) => !/^([2-5](\.\d+)?|Table 1)$/.test(s.section));
  assert.deepEqual(outside.map(where), []);
});

test('every quote is the review\'s own words, at most 15 of them, in the section it cites', () => {
  const text = reviewText();
  const whole = collapse(text);
  const sections = reviewSections(text);
  const missing: string[] = [];
  const misplaced: string[] = [];
  const long: string[] = [];
  for (const statement of inventory.statements) {
    const quote = collapse(statement.quote);
    if (quote.split(' ').length > 15) long.push(where(statement));
    if (!whole.includes(quote)) missing.push(where(statement));
    else if (!sectionText(sections, statement.section).includes(quote)) misplaced.push(where(statement));
  }
  assert.deepEqual(missing, [], 'quotes not found in the review');
  assert.deepEqual(misplaced, [], 'quotes found in the review but not in the section cited');
  assert.deepEqual(long, [], 'quotes longer than 15 words');
});

test('every relation named is curated in relations.yaml, and every "role X" ("location X", "composition X") names an entry with one', () => {
  const unknown: string[] = [];
  for (const statement of inventory.statements) {
    for (const name of statement.relations ?? []) {
      const fact = /^(role|location|composition) (\S+)$/.exec(name);
      if (fact) {
        if (!lexicon.entries.get(fact[2]!)?.[fact[1] as 'role' | 'location' | 'composition']) unknown.push(`${where(statement)}: ${name}`);
      } else if (!curated.has(name)) {
        unknown.push(`${where(statement)}: ${name}`);
      }
    }
  }
  assert.deepEqual(unknown, []);
});

test('"subject predicate object" names one curated relation each', () => {
  const seen = new Map<string, number>();
  for (const r of lexicon.relations) seen.set(`${r.subject} ${r.predicate} ${r.object}`, (seen.get(`${r.subject} ${r.predicate} ${r.object}`) ?? 0) + 1);
  assert.deepEqual([...seen].filter(([, n]) => n > 1).map(([name]) => name), []);
});

test('every curated relation is named by a statement, or listed as outside the inventory\'s scope', () => {
  const named = new Set(inventory.statements.flatMap((s) => s.relations ?? []));
  const outside = (inventory.outside_scope ?? []).map((o) => o.relation);
  assert.deepEqual(outside.filter((name) => !curated.has(name)), [], 'outside_scope names relations that are not curated');
  assert.deepEqual(outside.filter((name) => named.has(name)), [], 'outside_scope names relations that a statement already names');
  const unnamed = [...curated].filter((name) => !named.has(name) && !outside.includes(name));
  assert.deepEqual(unnamed, [], 'curated relations that no statement names');
});
