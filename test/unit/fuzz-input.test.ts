/**
 * Fuzzing with fixed seeds (issue "Odd and hostile input"): random bytes, random mixes of line ends and markup,
 * and random lexicon YAML go through the service (and a few through the CLI) without an exception, a hang or a
 * lost document. Each case has a time budget that only a hang exceeds; such a case fails with its input.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { createBiolexService, loadLexicon, LexiconLayer } from '../../server/src/service';
import { decodeText } from '../../server/src/node/readText';
import { testService } from '../helpers/lexicon';
import { curatedService, loadBlindBatches } from '../helpers/claimsCorpus';

const service = testService();
/** A hang detector, not a speed test (`npm run bench` measures speed): generous, so that a busy machine passes. */
const BUDGET_MS = 5_000;

function timed<T>(what: string, fn: () => T): T {
  const start = Date.now();
  const value = fn();
  assert.ok(Date.now() - start < BUDGET_MS, `${what} took ${Date.now() - start} ms`);
  return value;
}

const pieces = fc.constantFrom('GPX4', 'FSP1', ' promotes ', ' ferroptosis', '.', '\n', '\r', '\r\n', '$', '\\', '{', '}', '(', ')', '*', '`', '<!--', '-->', '%', '\\section{', '\\begin{itemize}', '[@x]', '\u0000', '\uFEFF', 'é', '𝛾', ' ');

test('random manuscripts in both markups are analysed and checked without an exception, within a budget', () => {
  fc.assert(
    fc.property(fc.array(pieces, { maxLength: 200 }), fc.boolean(), (parts, latex) => {
      const text = parts.join('');
      const document = { uri: `fuzz.${latex ? 'tex' : 'md'}`, languageId: latex ? 'latex' : 'markdown', version: 1, getText: () => text };
      timed(JSON.stringify(text), () => {
        const analysis = service.analyze(document);
        for (const mention of analysis.mentions) assert.ok(mention.start >= 0 && mention.end <= text.length && mention.start < mention.end);
        service.provideDiagnostics(document);
      });
      service.forget(document.uri);
    }),
    { seed: 20261205, numRuns: 400 },
  );
});

/**
 * Sentences that end right after a word the claim rules may start from: the rules look a few words past their
 * trigger ("harder to …", "the capacity of X to …"), and must not look outside the sentence. The words are every
 * word of the blind batches, so the rules' triggers come in writers' words, each in a few short frames.
 */
test('every word of the blind batches, ending a short sentence, is checked without an exception', () => {
  const service = curatedService();
  const words = new Set<string>();
  for (const batch of loadBlindBatches()) for (const item of batch.claims) for (const word of item.text.toLowerCase().match(/[a-z][a-z-]{2,}/g) ?? []) words.add(word);
  assert.ok(words.size > 1000, `only ${words.size} words`);
  // Two entries with a curated relation in each frame, so that the sentence is read at all.
  const frames = ['Erastin and GPX4 are WORD', 'Erastin and GPX4 are WORD to', 'Erastin WORD GPX4 by', 'GPX4 WORD erastin of', 'The WORD of erastin to GPX4 to'];
  let n = 0;
  for (const word of words) {
    const text = frames.map((frame) => frame.replace('WORD', word)).join('. ');
    const document = { uri: `ends-${n++}.md`, languageId: 'markdown', version: 1, getText: () => text };
    assert.doesNotThrow(() => service.provideDiagnostics(document), text);
    service.forget(document.uri);
  }
});

test('random bytes decode to text, whatever their byte-order mark', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 300 }), fc.constantFrom([], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff]), (bytes, mark) => {
      const text = decodeText(Uint8Array.from([...mark, ...bytes]));
      assert.equal(typeof text, 'string');
    }),
    { seed: 20261205, numRuns: 500 },
  );
});

const yamlPieces = fc.constantFrom('entries:\n', '  - ', 'id: x', 'label: X', 'type: gene', '&a ', '*a', '*missing', '[', ']', '{', '}', ': ', '\n', '    ', 'relations:\n', 'extend:\n', '"', "'", '#', '- *a\n', 'aliases: [', '<<: *a\n', '\t');

test('random workspace lexicon YAML is one file with problems, never an exception, within a budget', () => {
  fc.assert(
    fc.property(fc.array(yamlPieces, { maxLength: 80 }), (parts) => {
      const text = parts.join('');
      const loaded = timed(JSON.stringify(text), () => loadLexicon([{ file: 'memory://fuzz.yaml', text, layer: LexiconLayer.Workspace }]));
      assert.ok(Array.isArray(loaded.problems));
      // A broken workspace file leaves a working service.
      createBiolexService({ lexiconFiles: [{ file: 'memory://fuzz.yaml', text, layer: LexiconLayer.Workspace }] });
    }),
    { seed: 20261205, numRuns: 300 },
  );
});

const ROOT = resolve(__dirname, '../..');
let dir: string;
before(() => {
  execFileSync(process.execPath, [join(ROOT, 'scripts/build.mjs')], { cwd: ROOT, stdio: 'ignore' });
  dir = mkdtempSync(join(tmpdir(), 'biolex-fuzz-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('the CLI checks random bytes and line-end mixes with exit 0, 1 or 2 and no internal error', () => {
  fc.assert(
    fc.property(fc.oneof(fc.uint8Array({ maxLength: 400 }).map((b) => Buffer.from(b)), fc.array(pieces, { maxLength: 100 }).map((p) => Buffer.from(p.join('')))), fc.boolean(), (bytes, latex) => {
      const file = join(dir, latex ? 'case.tex' : 'case.md');
      writeFileSync(file, bytes);
      const result = spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), 'check', file], { encoding: 'utf8', timeout: 15_000 });
      assert.ok(result.status === 0 || result.status === 1, `exit ${result.status}: ${result.stderr}`);
      assert.doesNotMatch(result.stderr, /internal error/);
    }),
    { seed: 20261205, numRuns: 12 },
  );
});
