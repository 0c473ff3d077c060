/**
 * The mechanism map (features/mechanismMap.ts): nodes are the entries the claims are about, edges the claims read,
 * each with how it stands against the curated lexicon; the map and the diagnostics come from one reading.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { curatedService } from '../helpers/claimsCorpus';
import { reviewAsMarkdown } from '../helpers/review';
import { MapStatus, Markup, MECHANISM_CONTRADICTION, sectionAround, type MechanismMap } from '../../server/src/service';

const service = curatedService();
let documents = 0;

function mapOf(text: string, languageId = 'markdown'): { map: MechanismMap; diagnostics: ReturnType<typeof service.provideDiagnostics> } {
  const document = { uri: `map-${documents++}.${languageId === 'latex' ? 'tex' : 'md'}`, languageId, version: 1, getText: () => text };
  const map = service.provideMechanismMap(document);
  const diagnostics = service.provideDiagnostics(document).filter((d) => d.code === MECHANISM_CONTRADICTION);
  service.forget(document.uri);
  return { map, diagnostics };
}

test('edges are the claims read, each agreeing, contradicting or not curated; a loss turns the sign', () => {
  const text = 'GPX4 suppresses ferroptosis. Loss of GPX4 promotes ferroptosis. FSP1 promotes ferroptosis.';
  const { map, diagnostics } = mapOf(text);
  const edge = (id: string) => map.edges.find((e) => e.id === id);
  // "Loss of GPX4 promotes ferroptosis" says what "GPX4 suppresses ferroptosis" says: one edge, two claims.
  const gpx4 = edge('GPX4 inhibits ferroptosis agrees');
  assert.ok(gpx4, JSON.stringify(map.edges.map((e) => e.id)));
  assert.deepEqual(gpx4.claims.map((c) => text.slice(c.range.start, c.range.end)), ['GPX4 suppresses ferroptosis', 'Loss of GPX4 promotes ferroptosis']);
  assert.deepEqual(gpx4.claims.map((c) => c.text), ['GPX4 suppresses ferroptosis.', 'Loss of GPX4 promotes ferroptosis.']);
  assert.equal(gpx4.relation?.predicate, 'suppresses');
  assert.ok(gpx4.relation!.refs.length > 0, 'the references behind it');
  // The contradiction carries the diagnostic's message, word for word.
  const fsp1 = edge('AIFM2 promotes ferroptosis contradicts');
  assert.ok(fsp1);
  assert.equal(diagnostics.length, 1);
  assert.equal(fsp1.message, diagnostics[0]!.message);
  assert.deepEqual(fsp1.claims[0]!.range, { start: diagnostics[0]!.start, end: diagnostics[0]!.end });
  // Nodes: the entries the edges join, with their type and first mention.
  const nodes = new Map(map.nodes.map((n) => [n.id, n]));
  assert.deepEqual(nodes.get('GPX4'), { id: 'GPX4', label: 'GPX4', type: 'gene', mentions: 2, first: { start: 0, end: 4 }, claimed: true });
  assert.equal(nodes.get('ferroptosis')?.type, 'process');
  assert.equal(nodes.get('ferroptosis')?.mentions, 3);
  for (const e of map.edges) assert.ok(nodes.has(e.from) && nodes.has(e.to), `both ends of ${e.id} are nodes`);
});

test('a denial is an edge of its own, marked negated; words of directness are kept', () => {
  const { map } = mapOf('Erastin does not induce ferroptosis. RSL3 directly inhibits GPX4.');
  const erastin = map.edges.find((e) => e.from === 'erastin' && e.to === 'ferroptosis');
  assert.equal(erastin?.negated, true);
  assert.equal(erastin?.status, MapStatus.Contradicts);
  const rsl3 = map.edges.find((e) => e.from === 'rsl3' && e.to === 'GPX4');
  assert.equal(rsl3?.directness, 'direct');
  assert.equal(rsl3?.status, MapStatus.Agrees);
});

test('the overlay: curated relations between entries the manuscript names that none of its claims states', () => {
  const { map } = mapOf('We studied erastin and GPX4 in detail. GPX4 suppresses ferroptosis.');
  const unstated = map.unstated.map((r) => `${r.subject} ${r.predicate} ${r.object}`);
  assert.ok(unstated.includes('erastin inhibits GPX4'), unstated.join('; '));
  assert.ok(!unstated.includes('GPX4 suppresses ferroptosis'), 'a relation a claim states is not in the overlay');
  // Erastin is in no claim: a node of the overlay only.
  assert.equal(map.nodes.find((n) => n.id === 'erastin')?.claimed, false);
  assert.equal(map.nodes.find((n) => n.id === 'GPX4')?.claimed, true);
});

test('a document BioLex does not analyse has an empty map', () => {
  const { map } = mapOf('GPX4 suppresses ferroptosis.\0');
  assert.deepEqual(map, { nodes: [], edges: [], unstated: [] });
});

test('the map of the examples and of the review body agrees with the diagnostics, contradiction for contradiction', () => {
  const examples = resolve(__dirname, '../../examples');
  for (const [name, text, languageId] of [
    ['manuscript.md', readFileSync(resolve(examples, 'manuscript.md'), 'utf8'), 'markdown'],
    ['manuscript.tex', readFileSync(resolve(examples, 'manuscript.tex'), 'utf8'), 'latex'],
    ['the review body', reviewAsMarkdown().body, 'markdown'],
  ] as const) {
    const { map, diagnostics } = mapOf(text, languageId);
    const contradicting = new Set(map.edges.filter((e) => e.status === MapStatus.Contradicts).flatMap((e) => e.claims.map((c) => `${c.range.start}:${c.range.end}`)));
    assert.deepEqual([...contradicting].sort(), diagnostics.map((d) => `${d.start}:${d.end}`).sort(), name);
    assert.ok(map.edges.filter((e) => e.status === MapStatus.Agrees).length >= 8, `${name}: the claims that agree are edges too`);
  }
});

test('after an edit the map is read again only where the text changed, and is the map of the new text', () => {
  const paragraphs = ['GPX4 suppresses ferroptosis.', 'Erastin inhibits system Xc⁻.', 'FSP1 promotes ferroptosis.', 'ACSL4 promotes ferroptosis.'];
  let text = paragraphs.join('\n\n');
  const uri = `map-edit-${documents++}.md`;
  let version = 1;
  const document = { uri, languageId: 'markdown', get version() { return version; }, getText: () => text };
  service.provideMechanismMap(document);
  // The third paragraph now agrees; everything after it moves.
  text = text.replace('FSP1 promotes ferroptosis', 'FSP1 strongly suppresses ferroptosis');
  version = 2;
  assert.ok(service.analyze(document).edit, 'the edit was read as one block');
  const edited = service.provideMechanismMap(document);
  service.forget(uri);
  const fresh = mapOf(text).map;
  assert.deepEqual(edited, fresh);
  assert.ok(edited.edges.some((e) => e.id === 'AIFM2 inhibits ferroptosis agrees'));
  assert.ok(edited.edges.some((e) => e.id === 'ACSL4 promotes ferroptosis agrees'));
});

test('the map of part of a document: its claims, and the entries it names', () => {
  const text = '# Introduction\n\nGPX4 suppresses ferroptosis. We also name erastin.\n\n# Results\n\nFSP1 promotes ferroptosis.\n\n## Details\n\nACSL4 promotes ferroptosis.\n';
  const results = sectionAround(text, Markup.Markdown, text.indexOf('FSP1'));
  // "Results" with its subsection, to the end.
  assert.deepEqual(results, { start: text.indexOf('# Results'), end: text.length });
  assert.deepEqual(sectionAround(text, Markup.Markdown, text.indexOf('GPX4')), { start: 0, end: text.indexOf('# Results') });
  const document = { uri: `map-part-${documents++}.md`, languageId: 'markdown', version: 1, getText: () => text };
  const map = service.provideMechanismMap(document, results);
  const whole = service.provideMechanismMap(document);
  service.forget(document.uri);
  assert.deepEqual(map.edges.map((e) => e.id), ['AIFM2 promotes ferroptosis contradicts', 'ACSL4 promotes ferroptosis agrees']);
  assert.ok(whole.edges.some((e) => e.from === 'GPX4'));
  assert.ok(!map.nodes.some((n) => n.id === 'GPX4' || n.id === 'erastin'), 'entries named only outside the part are not in its map');
  assert.equal(map.nodes.find((n) => n.id === 'ferroptosis')?.mentions, 2);
  // LaTeX: \section and \subsection, starred or not.
  const latex = '\\section{Intro}\nA.\n\\subsection*{Detail}\nB.\n\\section{Results}\nC.\n';
  assert.deepEqual(sectionAround(latex, Markup.Latex, latex.indexOf('B.')), { start: latex.indexOf('\\subsection'), end: latex.indexOf('\\section{Results}') });
  assert.deepEqual(sectionAround(latex, Markup.Latex, latex.indexOf('A.')), { start: 0, end: latex.indexOf('\\section{Results}') });
});
