/**
 * `npm run bench`: speed of the analysis on generated 1 MB manuscripts, with the curated lexicon and with a
 * synthetic 100,000-term one, a 20-chapter LaTeX project after an edit in one chapter, and hover latency at the
 * bundled server. Prints medians; asserts nothing.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import MarkdownIt from 'markdown-it';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { createBiolexService, loadLexicon, TermMatcher, toProse, Markup, type BiolexDiagnostic, type Entry } from '../server/src/service';
import { recognize } from '../server/src/service/recognition/recognize';
import { generateManuscript, uniqueSentences } from './manuscripts';
import { readLexiconDirectory } from '../server/src/node/lexiconFiles';
import { SERVER_V8_OPTIONS } from '../server/src/node/serverOptions';
import { fileProjectReader, TexFileSearch } from '../server/src/node/projectFiles';
import { fileBibliographyReader } from '../server/src/node/bibliographyFiles';

const ROOT = resolve(__dirname, '..'); // dist/ or bench/: both sit one level below the root
const RUNS = Number(process.env.BENCH_RUNS ?? 9);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1]!;
}

function time<T>(fn: () => T): { ms: number; value: T } {
  const start = process.hrtime.bigint();
  const value = fn();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, value };
}

function measure<T>(fn: () => T): { ms: number; value: T } {
  fn(); // warm-up
  const times: number[] = [];
  let value!: T;
  for (let i = 0; i < RUNS; i++) {
    const result = time(fn);
    times.push(result.ms);
    value = result.value;
  }
  return { ms: median(times), value };
}

function syntheticEntries(count: number): Entry[] {
  const entries: Entry[] = [];
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (let i = 0; i < count; i++) {
    const symbol = `${letters[i % 26]}${letters[(i / 26) % 26 | 0]}${letters[(i / 676) % 26 | 0]}${i % 97}`;
    entries.push({
      id: `synthetic-${i}`,
      label: symbol,
      type: 'gene',
      aliases: [
        { text: symbol, case: 'symbol' as never, requiresDefinition: false, avoidContext: [], ambiguous: false },
        { text: `synthetic protein ${i} kinase`, case: 'any' as never, requiresDefinition: false, avoidContext: [], ambiguous: false },
      ],
      xrefs: [],
      members: [],
      summary: '',
      refs: [],
      targets: [],
      ferrdbRoles: [],
      source: { file: 'synthetic', offset: 0, line: 1, column: 1 },
    });
  }
  return entries;
}

function row(name: string, ms: number, bytes: number): void {
  const mbps = bytes / (1 << 20) / (ms / 1000);
  console.log(`${name.padEnd(52)} ${ms.toFixed(1).padStart(8)} ms  ${mbps.toFixed(1).padStart(7)} MB/s`);
}

async function hoverLatency(text: string): Promise<number> {
  const child = spawn(process.execPath, [...SERVER_V8_OPTIONS, resolve(ROOT, 'dist/server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  connection.onNotification(() => undefined);
  connection.onRequest(() => null);
  connection.listen();
  await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
  await connection.sendNotification('initialized', {});
  const uri = pathToFileURL(resolve(ROOT, 'bench/virtual.md')).href;
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.includes('GPX4'));
  const character = lines[line]!.indexOf('GPX4') + 1;
  const first = Number(process.hrtime.bigint());
  await connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character } });
  const firstMs = (Number(process.hrtime.bigint()) - first) / 1e6;
  const times: number[] = [];
  for (let i = 0; i < 50; i++) {
    const start = process.hrtime.bigint();
    await connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: line + (i % 3), character } });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  console.log(`${'hover, first on a new 1 MB document (analysis incl.)'.padEnd(52)} ${firstMs.toFixed(1).padStart(8)} ms`);
  console.log(`${'hover, median of 50 on an analysed 1 MB document'.padEnd(52)} ${median(times).toFixed(2).padStart(8)} ms`);
  // Semantic tokens as the editor asks for them while typing: in full once, then deltas after each keystroke,
  // here in a word in the middle of a paragraph.
  const typingLine = lines.findIndex((l, index) => index > lines.length / 2 && /^[a-z]/.test(l) && l.includes(' ferroptosis'));
  const typingCharacter = lines[typingLine]!.indexOf(' ferroptosis') + 1;
  type Tokens = { resultId: string; data: number[] };
  type Delta = { resultId: string; edits: { data?: number[] }[] };
  let tokens = (await connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } })) as Tokens;
  const full = tokens.data.length;
  const deltaTimes: number[] = [];
  const sentNumbers: number[] = [];
  for (let version = 2; version < 22; version++) {
    await connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [
        {
          range: { start: { line: typingLine, character: typingCharacter }, end: { line: typingLine, character: typingCharacter + (version % 2 === 0 ? 0 : 1) } },
          text: version % 2 === 0 ? 'x' : '',
        },
      ],
    });
    const start = process.hrtime.bigint();
    const delta = (await connection.sendRequest('textDocument/semanticTokens/full/delta', { textDocument: { uri }, previousResultId: tokens.resultId })) as Delta;
    deltaTimes.push(Number(process.hrtime.bigint() - start) / 1e6);
    sentNumbers.push(delta.edits.reduce((n, edit) => n + (edit.data?.length ?? 0), 0));
    tokens = { resultId: delta.resultId, data: [] };
  }
  console.log(`${'semantic tokens after a keystroke (delta request)'.padEnd(52)} ${median(deltaTimes).toFixed(2).padStart(8)} ms  (${median(sentNumbers)} of ${full} numbers sent)`);
  await connection.sendRequest('shutdown');
  await connection.sendNotification('exit');
  connection.dispose();
  child.kill();
  return median(times);
}

/** Markup to prose and recognition, with the curated lexicon and with a synthetic 100,000-term one. */
function benchRecognition(): void {
  const curated = loadLexicon(readLexiconDirectory(resolve(ROOT, 'lexicon'))).lexicon;
  const curatedMatcher = TermMatcher.fromEntries(curated.entries.values());
  const built = time(() => TermMatcher.fromEntries(syntheticEntries(100_000)));
  const bigMatcher = built.value;
  console.log(`curated lexicon: ${curated.entries.size} entries, ${curatedMatcher.termCount} terms`);
  console.log(`synthetic lexicon: 100,000 entries, ${bigMatcher.termCount} terms, built in ${built.ms.toFixed(0)} ms\n`);

  for (const markup of [Markup.Markdown, Markup.Latex]) {
    const text = generateManuscript(markup);
    const bytes = Buffer.byteLength(text);
    const prose = measure(() => toProse(text, markup));
    row(`${markup} 1 MB: markup to prose`, prose.ms, bytes);
    const recognition = measure(() => recognize(prose.value, curatedMatcher, text).mentions);
    row(`${markup} 1 MB: recognition (${recognition.value.length} mentions)`, recognition.ms, bytes);
    const full = measure(() => recognize(toProse(text, markup), curatedMatcher, text).mentions);
    row(`${markup} 1 MB: full pass`, full.ms, bytes);
    const big = measure(() => recognize(prose.value, bigMatcher, text).mentions);
    row(`${markup} 1 MB: recognition, 100,000-term lexicon`, big.ms, bytes);
    console.log(`${''.padEnd(52)} ratio 100k/curated: ${(big.ms / recognition.ms).toFixed(2)}`);
    if (markup === Markup.Markdown) {
      const md = new MarkdownIt();
      const parsed = measure(() => md.parse(text, {}));
      row('markdown 1 MB: markdown-it parse only (for comparison)', parsed.ms, bytes);
    }
    console.log('');
  }
}

/**
 * The mechanism check as the server runs it. A function of its own, so that the 100,000-term lexicon of the
 * recognition figures is garbage by then: a server never holds one, and its heap would slow every collection.
 */
function benchMechanismCheck(): void {
  console.log('mechanism check (analysis included):');
  const lexiconFiles = readLexiconDirectory(resolve(ROOT, 'lexicon'));
  const service = createBiolexService({ lexiconFiles });
  for (const markup of [Markup.Markdown, Markup.Latex]) {
    const text = generateManuscript(markup);
    const languageId = markup === Markup.Latex ? 'latex' : 'markdown';
    // A new manuscript each run, as a running server opens one: every sentence new (nothing read before could
    // serve), the document forgotten after it as the server forgets closed documents. Three are checked
    // first, so that the figure is a warm server's, as every row after it is, not the first compilation's.
    const editions = Array.from({ length: RUNS + 4 }, (_, edition) => uniqueSentences(text, edition)); // made before timing
    let edition = 0;
    const open = (): BiolexDiagnostic[] => {
      const uri = `bench://new-${markup}-${edition}`;
      const unique = editions[edition++]!;
      const diagnostics = service.provideDiagnostics({ uri, languageId, version: 1, getText: () => unique });
      service.forget(uri);
      return diagnostics;
    };
    open();
    open();
    const full = measure(open);
    row(`${markup} 1 MB: full check of a new manuscript (${full.value.length} diagnostics)`, full.ms, Buffer.byteLength(editions[0]!));
    // The machine's speed drifts by half within a minute: the check against the reference loop, each pair run
    // back to back, is a figure that drifts far less.
    const ratios: number[] = [];
    for (let k = 0; k < RUNS; k++) {
      edition = 2; // a document forgotten after its check leaves nothing behind: an edition serves again as new
      const before = referenceLoop();
      const check = time(open).ms;
      ratios.push(check / ((before + referenceLoop()) / 2));
    }
    console.log(`${''.padEnd(52)} ratio to the machine reference: ${median(ratios).toFixed(1)}`);
    // Typing in the middle of the document: each version adds or removes one character in a sentence, then
    // a line break (Enter) in a paragraph.
    // A word in a plain paragraph (the LaTeX example's other paragraphs open with \section, which re-reads all).
    const at = text.indexOf(markup === Markup.Latex ? 'imports cystine' : 'ferroptosis', text.length >> 1);
    const typed = typing(service, `bench://typing-${markup}`, languageId, text, text.slice(0, at) + 'x' + text.slice(at));
    console.log(`${`${markup} 1 MB: re-check after a one-character edit`.padEnd(52)} ${typed.ms.toFixed(2).padStart(8)} ms  (${typed.incremental}/41 edits re-read one block)`);
    console.log(`${''.padEnd(52)} ratio full/edit: ${(full.ms / typed.ms).toFixed(0)}`);
    const space = text.indexOf(' ', at);
    const entered = typing(service, `bench://enter-${markup}`, languageId, text, `${text.slice(0, space)}\n${text.slice(space + 1)}`);
    console.log(`${`${markup} 1 MB: re-check after Enter in a paragraph`.padEnd(52)} ${entered.ms.toFixed(2).padStart(8)} ms  (${entered.incremental}/41 edits re-read one block)`);
    // A short form that counts only where the document defines it ("TF"). An edit elsewhere re-reads its block
    // alone; an edit to the definition may change what "TF" is anywhere, so the whole document is read again,
    // reusing the claims of every sentence the edit left as it was.
    const definingParagraph = 'Transferrin (TF) carries iron, and TF imports iron.\n\n';
    const defining = definingParagraph + text;
    const atDefining = at + definingParagraph.length; // the word edited in the rows above
    const elsewhere = typing(service, `bench://defined-${markup}`, languageId, defining, `${defining.slice(0, atDefining)}x${defining.slice(atDefining)}`);
    console.log(`${`${markup} 1 MB, TF defined: re-check after an edit elsewhere`.padEnd(52)} ${elsewhere.ms.toFixed(2).padStart(8)} ms  (${elsewhere.incremental}/41 edits re-read one block)`);
    const definition = defining.indexOf('carries');
    const redefined = typing(service, `bench://redefined-${markup}`, languageId, defining, `${defining.slice(0, definition)}x${defining.slice(definition)}`);
    console.log(`${`${markup} 1 MB, TF defined: re-check after an edit to it`.padEnd(52)} ${redefined.ms.toFixed(2).padStart(8)} ms  (${redefined.incremental}/41 edits re-read one block)`);
  }
  console.log('');
}

/**
 * The mechanism map of the 1 MB manuscript, as the server builds it for the map view: after the document's
 * diagnostics (so its analysis and mechanism diagnostics are made), the first map, which reads every sentence's
 * asserted claims; then the map after each one-character edit, which reads the edited block's claims again.
 */
function benchMechanismMap(): void {
  console.log('mechanism map (after the diagnostics of the same version):');
  const service = createBiolexService({ lexiconFiles: readLexiconDirectory(resolve(ROOT, 'lexicon')) });
  for (const markup of [Markup.Markdown, Markup.Latex]) {
    const text = generateManuscript(markup);
    const languageId = markup === Markup.Latex ? 'latex' : 'markdown';
    const editions = Array.from({ length: RUNS + 2 }, (_, edition) => uniqueSentences(text, edition)); // made before timing
    const firstMaps: number[] = [];
    let size = { nodes: 0, edges: 0 };
    for (const [edition, unique] of editions.entries()) {
      const document = { uri: `bench://map-${markup}-${edition}`, languageId, version: 1, getText: () => unique };
      service.provideDiagnostics(document);
      const { ms, value } = time(() => service.provideMechanismMap(document));
      if (edition >= 2) firstMaps.push(ms);
      size = { nodes: value.nodes.length, edges: value.edges.length };
      service.forget(document.uri);
    }
    console.log(`${`${markup} 1 MB: first map (${size.nodes} nodes, ${size.edges} edges)`.padEnd(52)} ${median(firstMaps).toFixed(2).padStart(8)} ms`);
    const at = text.indexOf(markup === Markup.Latex ? 'imports cystine' : 'ferroptosis', text.length >> 1);
    const edited = text.slice(0, at) + 'x' + text.slice(at);
    const uri = `bench://map-typing-${markup}`;
    let version = 1;
    const open = (current: string) => ({ uri, languageId, version, getText: () => current });
    service.provideDiagnostics(open(text));
    service.provideMechanismMap(open(text));
    const edits: number[] = [];
    for (let i = 0; i < 41; i++) {
      version++;
      const document = open(i % 2 === 0 ? edited : text);
      service.provideDiagnostics(document);
      const { ms } = time(() => service.provideMechanismMap(document));
      if (i > 0) edits.push(ms);
    }
    service.forget(uri);
    console.log(`${`${markup} 1 MB: map after a one-character edit`.padEnd(52)} ${median(edits).toFixed(2).padStart(8)} ms`);
  }
  console.log('');
}

/**
 * A 20-chapter, 1 MB LaTeX project on disk (a root with `\bibliography` and 20 `\input` chapters, made of the
 * example manuscript's body, each chapter's sentences its own), and the diagnostics of one chapter after each
 * one-character edit in it, as the server computes them for a pull: the analysis, then the chapter's project
 * (its root found by a search of the folder, as when no magic comment names it; or by a magic comment), then
 * the diagnostics, with the server's readers of .tex and .bib files.
 */
function benchProject(): void {
  const CHAPTERS = 20;
  const folder = mkdtempSync(join(tmpdir(), 'biolex-bench-project-'));
  try {
    mkdirSync(join(folder, 'chapters'));
    copyFileSync(resolve(ROOT, 'examples/thesis/references.bib'), join(folder, 'references.bib'));
    const body = generateManuscript(Markup.Latex, Math.ceil((1 << 20) / CHAPTERS));
    const chapters = Array.from({ length: CHAPTERS }, (_, i) => `\\chapter{Chapter ${i + 1}}\n${uniqueSentences(body, i)}\n`);
    chapters.forEach((text, i) => writeFileSync(join(folder, 'chapters', `ch${i + 1}.tex`), text));
    const root = [
      '\\documentclass{report}',
      '\\begin{document}',
      ...chapters.map((_, i) => `\\input{chapters/ch${i + 1}}`),
      '\\bibliography{references}',
      '\\end{document}',
      '',
    ].join('\n');
    writeFileSync(join(folder, 'thesis.tex'), root);
    const bytes = Buffer.byteLength(root) + chapters.reduce((n, text) => n + Buffer.byteLength(text), 0);

    const projects = fileProjectReader();
    const service = createBiolexService({ lexiconFiles: readLexiconDirectory(resolve(ROOT, 'lexicon')), bibliographies: fileBibliographyReader(), projects });
    const texFiles = new TexFileSearch();
    const path = join(folder, 'chapters', `ch${CHAPTERS >> 1}.tex`);
    const uri = pathToFileURL(path).href;
    // server.ts, the diagnostics pull: analyze, then projectOf (findProject with the folder's hints), then the check.
    const pull = (document: { uri: string; languageId: string; version: number; getText: () => string }): { diagnostics: number; rootSource: string } => {
      service.analyze(document);
      const project = service.findProject(document, texFiles.hints(path, folder, undefined));
      const diagnostics = service.provideDiagnostics(document, { project });
      return { diagnostics: diagnostics.length, rootSource: project?.rootSource ?? 'none' };
    };
    console.log(`LaTeX project: a root and ${CHAPTERS} chapters, ${(bytes / (1 << 20)).toFixed(2)} MB in all, a .bib of the examples:`);
    const edits: [string, string][] = [
      ['root by search', chapters[(CHAPTERS >> 1) - 1]!],
      ['% !TEX root', `% !TEX root = ../thesis.tex\n${chapters[(CHAPTERS >> 1) - 1]!}`],
    ];
    for (const [how, text] of edits) {
      const at = text.indexOf('imports cystine', text.length >> 1);
      const edited = `${text.slice(0, at)}x${text.slice(at)}`;
      let version = 1;
      const first = time(() => pull({ uri, languageId: 'latex', version, getText: () => text }));
      const times: number[] = [];
      let last = first.value;
      for (let i = 0; i < 41; i++) {
        const current = i % 2 === 0 ? edited : text;
        version++;
        const result = time(() => pull({ uri, languageId: 'latex', version, getText: () => current }));
        last = result.value;
        if (i > 0) times.push(result.ms);
      }
      service.forget(uri);
      console.log(`${`20 chapters, ${how}: chapter opened, once`.padEnd(52)} ${first.ms.toFixed(1).padStart(8)} ms  (root: ${first.value.rootSource})`);
      console.log(`${`20 chapters, ${how}: one-character edit`.padEnd(52)} ${median(times).toFixed(2).padStart(8)} ms  (root: ${last.rootSource}, ${last.diagnostics} diagnostics)`);
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  console.log('');
}

/** Re-checks after alternating between `text` and `edited`, as typing does: the median, and how many were incremental. */
function typing(service: ReturnType<typeof createBiolexService>, uri: string, languageId: string, text: string, edited: string): { ms: number; incremental: number } {
  let version = 1;
  service.provideDiagnostics({ uri, languageId, version, getText: () => text });
  const times: number[] = [];
  let incremental = 0;
  for (let i = 0; i < 41; i++) {
    const current = i % 2 === 0 ? edited : text;
    version++;
    const document = { uri, languageId, version, getText: () => current };
    const { ms } = time(() => service.provideDiagnostics(document));
    if (service.analyze(document).edit) incremental++;
    if (i > 0) times.push(ms);
  }
  service.forget(uri);
  return { ms: median(times), incremental };
}

/**
 * Inputs built to make a scanner or the claim reader go quadratic: runs of unclosed markup, one endless
 * sentence full of mentions, a table without breaks. Each is 256 KB; the slowest are printed, in MB/s as the
 * 1 MB rows above, so that a slow one stands out.
 */
function benchWorstCases(): void {
  const size = 1 << 18;
  const repeat = (unit: string): string => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  const units = [
    '[', '![', '(', '[a](', '$', '$a ', '`', '` a', '<', '<a b ', '&', '*', '_a', '@', 'http://', '\\', '{', '}', '\\a{',
    '\\begin{x}', '%', '.', '. A', '\\(', '\\[', '$x', '\\cite{', '\\verb|', '> ', '- ', '1. ', '#', '\n', '<!--', '| a |\n',
    '\\item[', '\\ensuremath{', '\\includegraphics[', '\\end{', "\\'{", '\\begin{verbatim}\n\n', '\\[\n\n', '$$\n\n',
    'GPX4 ', 'GPX4-', 'IFN- ', 'IL-', 'a', 'a\n', 'GPX4 inhibits GPX4 and ', 'erastin, ', 'RSL3 and ',
    'We made ACSL4-knockout cells. These cells were resistant to ferroptosis. ',
  ];
  const service = createBiolexService({ lexiconFiles: readLexiconDirectory(resolve(ROOT, 'lexicon')) });
  const rows: { name: string; ms: number }[] = [];
  let run = 0;
  for (const unit of units) {
    const text = repeat(unit);
    for (const languageId of ['markdown', 'latex']) {
      const { ms } = measureFew(() => {
        const uri = `bench://worst-${run++}`;
        service.provideDiagnostics({ uri, languageId, version: 1, getText: () => text });
        service.forget(uri);
      });
      rows.push({ name: `${languageId}: ${JSON.stringify(unit.length > 24 ? `${unit.slice(0, 21)}...` : unit)} repeated`, ms });
    }
  }
  rows.sort((a, b) => b.ms - a.ms);
  console.log(`worst-case inputs (${rows.length}, 256 KB each), the slowest:`);
  for (const { name, ms } of rows.slice(0, 5)) row(name, ms, size);
  console.log(`${'median of all'.padEnd(52)} ${median(rows.map((r) => r.ms)).toFixed(1).padStart(8)} ms\n`);
}

/** As `measure`, with three runs: the worst-case section has a hundred inputs. */
function measureFew(fn: () => void): { ms: number } {
  fn();
  return { ms: median([time(fn).ms, time(fn).ms, time(fn).ms]) };
}

/**
 * A fixed loop of no BioLex code: reading every character of a 1 MB text. This machine's speed drifts by half
 * from one minute to the next; the reference, taken before and after, tells which kind of minute the figures
 * between come from.
 */
function machineReference(label: string): void {
  const read = measure(referenceLoop);
  console.log(`${`machine reference (${label}): read 1 MB of text`.padEnd(52)} ${read.ms.toFixed(2).padStart(8)} ms`);
}

let referenceText: string | undefined;

/** One run of the reference loop, in milliseconds. */
function referenceLoop(): number {
  const text = (referenceText ??= generateManuscript(Markup.Markdown));
  const start = process.hrtime.bigint();
  let sum = 0;
  for (let i = 0; i < text.length; i++) sum += text.charCodeAt(i);
  if (sum < 0) throw new Error('unreachable: keeps the loop from being optimized away');
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/**
 * Each section runs in a process of its own, as a server would: the 100,000-term lexicon and markdown-it of
 * the recognition figures leave a heap that would slow every collection of the sections after them.
 */
const SECTIONS: Record<string, () => void | Promise<unknown>> = {
  recognition: benchRecognition,
  check: benchMechanismCheck,
  map: benchMechanismMap,
  worst: benchWorstCases,
  project: benchProject,
  server: () => hoverLatency(generateManuscript(Markup.Markdown)),
};

async function main(): Promise<void> {
  // The figures are the server's only if the analysis runs as it does there: with its V8 options.
  if (!SERVER_V8_OPTIONS.every((option) => process.execArgv.includes(option))) {
    const { status } = spawnSync(process.execPath, [...SERVER_V8_OPTIONS, ...process.execArgv, __filename, ...process.argv.slice(2)], { stdio: 'inherit' });
    process.exitCode = status ?? 1;
    return;
  }
  const section = process.argv[2];
  if (section !== undefined) {
    const run = SECTIONS[section];
    if (!run) throw new Error(`unknown bench section ${section}: one of ${Object.keys(SECTIONS).join(', ')}`);
    await run();
    return;
  }
  console.log(`BioLex benchmark: median of ${RUNS} runs, Node ${process.version}, with the server's V8 options (${SERVER_V8_OPTIONS.join(' ')})\n`);
  machineReference('before');
  console.log('');
  for (const name of Object.keys(SECTIONS)) {
    const { status } = spawnSync(process.execPath, [...process.execArgv, __filename, name], { stdio: 'inherit' });
    if (status !== 0) process.exitCode = 1;
  }
  machineReference('after');
}

void main();
