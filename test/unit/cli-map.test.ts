/** `biolex map`: the mechanism map of a file as JSON, Graphviz DOT, or SVG laid out by the built-in Graphviz. */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');
const CLI = join(ROOT, 'dist/cli.js');
let dir: string;
const PAPER = 'GPX4 suppresses ferroptosis. FSP1 promotes ferroptosis. We also used erastin "quote" here.\n';

before(() => {
  execFileSync(process.execPath, [join(ROOT, 'scripts/build.mjs')], { cwd: ROOT, stdio: 'ignore' });
  dir = mkdtempSync(join(tmpdir(), 'biolex-map-'));
  writeFileSync(join(dir, 'paper.md'), PAPER);
});
after(() => rmSync(dir, { recursive: true, force: true }));

function run(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

test('json: nodes, edges with their source ranges and status, and the unstated curated relations', () => {
  const { status, stdout, stderr } = run('map', 'paper.md');
  assert.equal(status, 0, stderr);
  const map = JSON.parse(stdout) as { file: string; nodes: { id: string; claimed: boolean }[]; edges: { id: string; status: string; message?: string; claims: { range: { start: number; end: number } }[] }[]; unstated: { subject: string; predicate: string; object: string }[] };
  assert.equal(map.file, 'paper.md');
  assert.deepEqual(map.edges.map((e) => [e.id, e.status]), [
    ['GPX4 inhibits ferroptosis agrees', 'agrees'],
    ['AIFM2 promotes ferroptosis contradicts', 'contradicts'],
  ]);
  const contradiction = map.edges[1]!;
  assert.equal(PAPER.slice(contradiction.claims[0]!.range.start, contradiction.claims[0]!.range.end), 'FSP1 promotes ferroptosis');
  assert.match(contradiction.message!, /^Contradicts the curated literature: FSP1 \(AIFM2\) suppresses ferroptosis/);
  assert.ok(map.unstated.some((r) => r.subject === 'erastin' && r.object === 'ferroptosis'), 'erastin is named, its curated effect on ferroptosis stated by no claim');
  assert.deepEqual(map.nodes.filter((n) => !n.claimed).map((n) => n.id), ['erastin']);
});

test('dot: a Graphviz graph whose edges say the effect by their head and the status by their colour', () => {
  const { status, stdout } = run('map', '--format', 'dot', 'paper.md');
  assert.equal(status, 0);
  assert.match(stdout, /^digraph "BioLex mechanism map: paper\.md" \{\n/);
  assert.match(stdout, /"GPX4" -> "ferroptosis" \[id="e0", class="agrees", label="inhibits", color="#2e7d32".*arrowhead=tee/);
  assert.match(stdout, /"AIFM2" -> "ferroptosis" \[id="e1", class="contradicts", label="promotes", color="#c62828".*arrowhead=normal/);
  assert.ok(stdout.trimEnd().endsWith('}'));
  // The unstated relations only on request: an entry only they join is grey, they are dashed.
  assert.doesNotMatch(stdout, /erastin/);
  const overlaid = run('map', '--format', 'dot', '--unstated', 'paper.md').stdout;
  assert.match(overlaid, /"erastin" \[id="n\d+", class="compound unclaimed", label="erastin", shape=hexagon, color="#bdbdbd"/);
  assert.match(overlaid, /"erastin" -> "ferroptosis" \[id="u\d+", class="unstated", label="induces", color="#bdbdbd".*style=dashed/);
  assert.equal(run('map', '--unstated', 'paper.md').status, 2, '--unstated means nothing to json');
});

test('svg: the graph laid out, with no Graphviz installed', () => {
  const { status, stdout, stderr } = run('map', '--format', 'svg', 'paper.md');
  assert.equal(status, 0, stderr);
  assert.match(stdout, /^<\?xml[^>]*>\s*<!DOCTYPE svg/);
  assert.match(stdout, /<svg [^>]*viewBox=/);
  // Graphviz titles each node and edge with its DOT name.
  assert.match(stdout, /<title>GPX4&#45;&gt;ferroptosis<\/title>/);
  assert.match(stdout, /<title>AIFM2&#45;&gt;ferroptosis<\/title>/);
});

test('one file only, a known format, a clear message otherwise', () => {
  writeFileSync(join(dir, 'other.md'), 'GPX4.\n');
  const two = run('map', 'paper.md', 'other.md');
  assert.equal(two.status, 2);
  assert.match(two.stderr, /map takes one FILE, not 2/);
  const format = run('map', '--format', 'png', 'paper.md');
  assert.equal(format.status, 2);
  assert.match(format.stderr, /--format for map must be one of json, dot, svg, not "png"/);
  // A binary file is not analysed: an empty map, not a crash.
  writeFileSync(join(dir, 'binary.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]));
  const binary = run('map', 'binary.md');
  assert.equal(binary.status, 0, binary.stderr);
  assert.deepEqual(JSON.parse(binary.stdout), { file: 'binary.md', nodes: [], edges: [], unstated: [] });
});
