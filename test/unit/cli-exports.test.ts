/**
 * The CLI's exports, run as a user runs them: `node dist/cli.js annotate --format bioc|pubtator|brat` on
 * examples/. Builds the bundle first (as `npm run build` does), since the bundle is what ships, then runs
 * every command at once (each loads the lexicon for about a second) and checks the results one by one.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');
const CLI = join(ROOT, 'dist/cli.js');
const EXAMPLES = ['examples/manuscript.md', 'examples/manuscript.tex'];
/** What a walk of examples/ reads: the two manuscripts, then the shorter pandoc and thesis examples in their folders. */
const WALKED = [...EXAMPLES, 'examples/pandoc/paper.md', 'examples/thesis/chapters/intro.tex', 'examples/thesis/chapters/results.tex', 'examples/thesis/thesis.tex'];
/** The manuscripts name many entities; the pandoc example, about citations, a few; the thesis's files fewer. */
const minimumMentions = (file: string): number => (EXAMPLES.includes(file) ? 20 : file.includes('/thesis/') ? 2 : 5);
const out = mkdtempSync(join(tmpdir(), 'biolex-exports-'));
const BRAT = join(out, 'brat');
const BAD: string[][] = [
  ['--format', 'xml', 'examples'],
  ['--format', 'json', '--out', out, 'examples'],
  ['--format', 'bioc', '--out'],
  ['--out=', 'examples'],
];

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

const runs = new Map<string, Run>();

function run(args: readonly string[]): Promise<Run> {
  return new Promise((done) => {
    execFile(process.execPath, [CLI, 'annotate', ...args], { cwd: ROOT, encoding: 'utf8' }, (error, stdout, stderr) => {
      done({ status: error ? ((error as { code?: number }).code ?? null) : 0, stdout, stderr });
    });
  });
}

/** The result of a command that `before` ran. */
function result(...args: string[]): Run {
  const found = runs.get(args.join(' '));
  assert.ok(found, `not run: ${args.join(' ')}`);
  return found;
}

before(async () => {
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'pipe' });
  const commands = [
    ['--format', 'bioc', 'examples'],
    ['--format=pubtator', 'examples'],
    ['--format', 'brat', 'examples'],
    ['--format', 'brat', '--out', BRAT, 'examples'],
    ['--format', 'bioc', '--out', out, ...EXAMPLES],
    ['--format', 'pubtator', `--out=${out}`, ...EXAMPLES],
    ['examples/manuscript.md'],
    ...BAD,
  ];
  const results = await Promise.all(commands.map(run));
  commands.forEach((command, i) => runs.set(command.join(' '), results[i]!));
});

after(() => rmSync(out, { recursive: true, force: true }));

function codePoints(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join('');
}

interface Bioc {
  source: string;
  date: string;
  documents: { id: string; passages: { offset: number; text: string; annotations: { text: string; infons: Record<string, string>; locations: { offset: number; length: number }[] }[] }[] }[];
}

function checkBioc(text: string, files: readonly string[]): void {
  const collection = JSON.parse(text) as Bioc;
  assert.equal(collection.source, 'BioLex');
  assert.match(collection.date, /^\d{8}$/);
  assert.deepEqual(
    collection.documents.map((d) => d.id),
    files,
  );
  for (const document of collection.documents) {
    const annotations = document.passages.flatMap((p) => p.annotations.map((a) => ({ passage: p, annotation: a })));
    assert.ok(annotations.length > minimumMentions(document.id), `${document.id} has annotations`);
    for (const { passage, annotation } of annotations) {
      const { offset, length } = annotation.locations[0]!;
      assert.equal(codePoints(passage.text, offset - passage.offset, offset - passage.offset + length), annotation.text);
      assert.ok(['Gene', 'Chemical', 'CellType', 'BiologicalProcess'].includes(annotation.infons.type!));
      assert.match(annotation.infons.identifier!, /^[A-Za-z.]+:\S+$/);
    }
  }
}

test('--format bioc prints a BioC JSON collection with one document per file', () => {
  const bioc = result('--format', 'bioc', 'examples');
  assert.equal(bioc.status, 0, bioc.stderr);
  checkBioc(bioc.stdout, WALKED);
});

test('--format pubtator prints title, abstract and annotation lines per file', () => {
  const pubtator = result('--format=pubtator', 'examples');
  assert.equal(pubtator.status, 0, pubtator.stderr);
  const blocks = pubtator.stdout.split('\n\n');
  assert.equal(blocks.length, WALKED.length);
  blocks.forEach((block, i) => {
    const [title, abstract, ...annotations] = block.trimEnd().split('\n');
    const id = String(i + 1);
    assert.match(title!, new RegExp(`^${id}\\|t\\|\\S`));
    assert.match(abstract!, new RegExp(`^${id}\\|a\\|\\S`));
    const text = `${title!.slice(id.length + 3)} ${abstract!.slice(id.length + 3)}`;
    assert.ok(annotations.length > minimumMentions(WALKED[i]!));
    for (const line of annotations) {
      const [docId, start, end, mention, type, identifier] = line.split('\t');
      assert.equal(docId, id);
      assert.equal(codePoints(text, Number(start), Number(end)), mention, line);
      assert.ok(type && identifier, line);
    }
  });
});

test('--format brat needs --out, and writes a .txt and a .ann per file there', () => {
  const refused = result('--format', 'brat', 'examples');
  assert.equal(refused.status, 2);
  assert.equal(refused.stdout, '');
  assert.match(refused.stderr, /--out DIR is required/);

  const brat = result('--format', 'brat', '--out', BRAT, 'examples');
  assert.equal(brat.status, 0, brat.stderr);
  assert.equal(brat.stdout, '');
  assert.match(brat.stderr, new RegExp(`^biolex: wrote ${WALKED.length * 2} files \\(\\.txt and \\.ann\\) to `));
  assert.ok(existsSync(join(BRAT, 'pandoc/paper.md.ann')), 'the pandoc example, mirrored into its folder');
  for (const file of EXAMPLES) {
    // Paths are mirrored from the inputs' common folder (examples/).
    const txt = readFileSync(join(BRAT, `${basename(file)}.txt`), 'utf8');
    const ann = readFileSync(join(BRAT, `${basename(file)}.ann`), 'utf8');
    const lines = ann.trimEnd().split('\n');
    assert.ok(lines.length > 40);
    for (const line of lines) {
      const [id, middle, text] = line.split('\t');
      if (id!.startsWith('N')) {
        assert.match(middle!, /^Reference T\d+ \S+:\S+$/);
        continue;
      }
      const spans = middle!.split(' ').slice(1).join(' ').split(';');
      assert.equal(spans.map((span) => codePoints(txt, ...(span.split(' ').map(Number) as [number, number]))).join(' '), text, line);
    }
  }
});

test('--out writes BioC and PubTator to one file each, nothing on stdout', () => {
  const bioc = result('--format', 'bioc', '--out', out, ...EXAMPLES);
  assert.equal(bioc.status, 0, bioc.stderr);
  assert.equal(bioc.stdout, '');
  checkBioc(readFileSync(join(out, 'biolex.bioc.json'), 'utf8'), EXAMPLES);
  const pubtator = result('--format', 'pubtator', `--out=${out}`, ...EXAMPLES);
  assert.equal(pubtator.status, 0, pubtator.stderr);
  assert.match(readFileSync(join(out, 'biolex.pubtator'), 'utf8'), /^1\|t\|/);
});

test('bad format and options exit 2 with one line on stderr; json is unchanged', () => {
  for (const args of BAD) {
    const bad = result(...args);
    assert.equal(bad.status, 2, args.join(' '));
    assert.equal(bad.stdout, '');
    assert.equal(bad.stderr.trimEnd().split('\n').length, 1, bad.stderr);
  }
  assert.ok(!existsSync(join(out, 'biolex.json')));
  const json = result('examples/manuscript.md');
  assert.equal(json.status, 0, json.stderr);
  const annotations = JSON.parse(json.stdout) as { file: string; start: number; text: string }[];
  assert.deepEqual(Object.keys(annotations[0]!), ['file', 'start', 'end', 'line', 'column', 'text', 'id', 'label', 'type']);
});
