/**
 * End-to-end suite: runs inside a real VS Code extension host with BioLex under development.
 *
 * Two runners load it through `extensionTestsPath` and call `run()`:
 *   - test/e2e/run-code-server.mjs (code-server in headless Chromium; what `npm run test:e2e` and CI use),
 *   - test/e2e/run-electron.mjs (@vscode/test-electron, for machines that can download VS Code).
 *
 * `run()` throws when a test fails, as @vscode/test-electron expects. When the runner sets
 * BIOLEX_E2E_RESULT_DIR (an absolute folder), the suite also writes there:
 *   started.json   as soon as run() begins (so the runner can tell "never started" from "failed"),
 *   result.json    { vscodeVersion, tests: [{ name, ok, durationMs, error? }] } when the tests are done,
 *   ui-ready.json  with BIOLEX_E2E_UI_HOLD=1 only: manuscript.md is open in the editor with the cursor on a
 *                  GPX4 mention; the suite then waits (up to BIOLEX_E2E_UI_HOLD_MS) for the runner to create
 *                  `ui-done` after it has checked the hover in the page, because returning from run() ends
 *                  the extension host.
 *
 * Plain CommonJS, no build step: the extension host loads this file as it is.
 */
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const vscode = require('vscode');

const EXTENSION_ID = 'biolex.biolex';
const COMMAND = 'biolex.showEntities';
const GENE = 'GPX4';
const TIMEOUT_MS = Number(process.env.BIOLEX_E2E_TIMEOUT_MS) || 30_000;
const RESULT_DIR = process.env.BIOLEX_E2E_RESULT_DIR || '';

/** One row per example manuscript: every feature is checked on both markups. */
const FIXTURES = [
  { file: 'manuscript.md', languages: ['markdown'] },
  { file: 'manuscript.tex', languages: ['latex', 'tex'] },
];

/**
 * Polls `fn` until it returns a truthy value and returns that value; after `timeout` ms throws, naming `what`
 * (a string, or a function called then, so it can describe the last value seen) and fn's last error.
 */
async function waitFor(fn, timeout = TIMEOUT_MS, what = 'condition') {
  const deadline = Date.now() + timeout;
  let lastError;
  for (let delay = 50; ; delay = Math.min(delay * 2, 500)) {
    try {
      const value = await fn();
      if (value) return value;
      lastError = undefined;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() >= deadline) {
      const reason = lastError ? `: ${lastError.message || lastError}` : '';
      throw new Error(`timed out after ${timeout} ms waiting for ${typeof what === 'function' ? what() : what}${reason}`);
    }
    await new Promise((resolve) => setTimeout(resolve, delay));
  }
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

/** The folder holding the example manuscripts: the open workspace folder if it has them, else the repo's. */
function examplesFolder() {
  for (const folder of vscode.workspace.workspaceFolders || []) {
    if (folder.uri.scheme === 'file' && fs.existsSync(path.join(folder.uri.fsPath, FIXTURES[0].file))) return folder.uri.fsPath;
  }
  return path.resolve(__dirname, '../../../examples');
}

/** First GPX4 in a prose line (one starting with a letter), so headings, comments and code are skipped. */
function findMention(document, word = GENE) {
  for (let line = 0; line < document.lineCount; line++) {
    const text = document.lineAt(line).text;
    if (!/^[A-Za-z]/.test(text)) continue;
    const match = new RegExp(`\\b${word}\\b`).exec(text);
    if (match) return new vscode.Range(line, match.index, line, match.index + word.length);
  }
  throw new Error(`no prose mention of ${word} in ${path.basename(document.uri.fsPath)}`);
}

function hoverText(hovers) {
  return (hovers || [])
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n');
}

/** Decodes LSP-style relative semantic token data into absolute { line, character, length, type }. */
function decodeTokens(tokens, legend) {
  const out = [];
  const data = tokens ? tokens.data : [];
  let line = 0;
  let character = 0;
  for (let i = 0; i + 4 < data.length; i += 5) {
    character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
    line += data[i];
    out.push({ line, character, length: data[i + 2], type: legend.tokenTypes[data[i + 3]] });
  }
  return out;
}

const docs = new Map();

async function openFixture(fixture) {
  if (!docs.has(fixture.file)) {
    const uri = vscode.Uri.file(path.join(examplesFolder(), fixture.file));
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document, { preview: false });
    docs.set(fixture.file, document);
  }
  return docs.get(fixture.file);
}

const tests = [];
const test = (name, fn) => tests.push({ name, fn });

test('the extension activates on a Markdown manuscript', async () => {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert(extension, `extension ${EXTENSION_ID} is not loaded`);
  await openFixture(FIXTURES[0]);
  await waitFor(() => extension.isActive, TIMEOUT_MS, `${EXTENSION_ID} to activate`);
});

test('the language server runs with the V8 options the benchmark measures it with', async () => {
  // Read from /proc: Linux, where code-server and CI run; other systems offer no portable way to see them.
  if (!fs.existsSync('/proc/self/cmdline')) return;
  const server = path.join(vscode.extensions.getExtension(EXTENSION_ID).extensionPath, 'dist', 'server.js');
  const serverArguments = () => {
    for (const pid of fs.readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
      let args;
      try {
        args = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
      } catch {
        continue; // the process ended meanwhile
      }
      if (args.includes(server)) return args;
    }
    return undefined;
  };
  const args = await waitFor(serverArguments, TIMEOUT_MS, `a process running ${server}`);
  // As in server/src/node/serverOptions.ts.
  for (const option of ['--min-semi-space-size=32', '--max-semi-space-size=32']) {
    assert(args.includes(option), `the server runs without ${option}: ${args.join(' ')}`);
  }
});

for (const fixture of FIXTURES) {
  test(`${fixture.file}: opens as ${fixture.languages.join(' or ')}`, async () => {
    const document = await openFixture(fixture);
    assert(fixture.languages.includes(document.languageId), `language is ${document.languageId}`);
  });

  test(`${fixture.file}: hover on ${GENE} shows the entry and a DOI link`, async () => {
    const document = await openFixture(fixture);
    const mention = findMention(document);
    const position = mention.start.translate(0, 1);
    let text = '';
    await waitFor(async () => {
      text = hoverText(await vscode.commands.executeCommand('vscode.executeHoverProvider', document.uri, position));
      return text.includes(GENE) && text.includes('https://doi.org/');
    }, TIMEOUT_MS, () => `a hover with ${GENE} and https://doi.org/ at ${position.line + 1}:${position.character + 1} (last: ${JSON.stringify(text.slice(0, 200))})`);
  });

  test(`${fixture.file}: semantic tokens mark ${GENE} as a gene`, async () => {
    const document = await openFixture(fixture);
    const mention = findMention(document);
    const legend = await waitFor(
      () => vscode.commands.executeCommand('vscode.provideDocumentSemanticTokensLegend', document.uri),
      TIMEOUT_MS,
      'a semantic tokens legend',
    );
    const geneTypes = legend.tokenTypes.filter((type) => /gene/i.test(type));
    assert(geneTypes.length > 0, `no token type for genes in the legend: ${legend.tokenTypes.join(', ')}`);
    let found = [];
    await waitFor(async () => {
      const tokens = await vscode.commands.executeCommand('vscode.provideDocumentSemanticTokens', document.uri);
      found = decodeTokens(tokens, legend).filter((t) => t.line === mention.start.line);
      return found.some((t) => geneTypes.includes(t.type) && t.character <= mention.start.character && t.character + t.length >= mention.end.character);
    }, TIMEOUT_MS, () => `a ${geneTypes.join('/')} token over ${GENE} at line ${mention.start.line + 1}, column ${mention.start.character + 1} (tokens on that line: ${JSON.stringify(found)})`);
  });

  test(`${fixture.file}: go to definition of ${GENE} opens the lexicon`, async () => {
    const document = await openFixture(fixture);
    const position = findMention(document).start.translate(0, 1);
    let targets = [];
    await waitFor(async () => {
      const locations = (await vscode.commands.executeCommand('vscode.executeDefinitionProvider', document.uri, position)) || [];
      targets = locations.map((l) => (l.targetUri || l.uri).toString());
      return targets.some((t) => /\/lexicon\/.+\.ya?ml$/.test(t));
    }, TIMEOUT_MS, () => `a definition in lexicon/**/*.yaml (got ${JSON.stringify(targets)})`);
  });
}

/** The example sentence in each manuscript that contradicts the lexicon, and the fix that mends it. */
const CLAIMS = [
  { file: 'manuscript.md', fixed: 'FSP1 suppresses ferroptosis' },
  { file: 'manuscript.tex', fixed: 'erastin indirectly inhibits GPX4' },
];

for (const claim of CLAIMS) {
  test(`${claim.file}: a contradicting claim is flagged, and its quick fix clears it`, async () => {
    const document = await openFixture(FIXTURES.find((f) => f.file === claim.file));
    const isContradiction = (d) => d.source === 'biolex' && (d.code === 'mechanism-contradiction' || (d.code && d.code.value === 'mechanism-contradiction'));
    const diagnostic = await waitFor(
      () => vscode.languages.getDiagnostics(document.uri).find(isContradiction),
      TIMEOUT_MS,
      () => `a mechanism-contradiction diagnostic in ${claim.file} (have: ${JSON.stringify(vscode.languages.getDiagnostics(document.uri).map((d) => d.message))})`,
    );
    assert(/https:\/\/doi\.org\//.test(String(diagnostic.code && diagnostic.code.target)), 'the diagnostic links a DOI');
    const actions = await waitFor(async () => {
      const found = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', document.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
      return found && found.some((a) => a.isPreferred) ? found : undefined;
    }, TIMEOUT_MS, 'a preferred quick fix');
    const fix = actions.find((a) => a.isPreferred);
    assert(await vscode.workspace.applyEdit(fix.edit), `could not apply "${fix.title}"`);
    assert(document.getText().includes(claim.fixed), `after "${fix.title}" the text does not read "${claim.fixed}"`);
    await waitFor(() => !vscode.languages.getDiagnostics(document.uri).some(isContradiction), TIMEOUT_MS, 'the diagnostic to go away after the fix');
    // Leave the example as it was for the tests and the UI check that follow.
    await vscode.window.showTextDocument(document, { preview: false });
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await waitFor(() => !document.isDirty, TIMEOUT_MS, `${claim.file} to be reverted`);
  });
}

/** Hover text at a position, polled until `ok(text)` holds. */
async function waitForHover(document, position, ok, what) {
  let text = '';
  await waitFor(async () => {
    text = hoverText(await vscode.commands.executeCommand('vscode.executeHoverProvider', document.uri, position));
    return ok(text);
  }, TIMEOUT_MS, () => `${what} (last hover: ${JSON.stringify(text.slice(0, 200))})`);
  return text;
}

/**
 * A multi-file LaTeX project (examples/thesis/): a chapter cites from the .bib that only its root declares. One
 * chapter names its root by magic comment; the other is found because the root includes it.
 */
const CHAPTER_CITATIONS = [
  { file: 'thesis/chapters/intro.tex', key: 'dixon2012', title: 'Ferroptosis: an iron-dependent form of nonapoptotic cell death' },
  { file: 'thesis/chapters/results.tex', key: 'doll2017', title: 'ACSL4 dictates ferroptosis sensitivity by shaping cellular lipid composition' },
];

for (const chapter of CHAPTER_CITATIONS) {
  test(`${chapter.file}: hover on \\cite{${chapter.key}} shows the entry's title from the root's .bib`, async () => {
    const document = await vscode.workspace.openTextDocument(vscode.Uri.file(path.join(examplesFolder(), chapter.file)));
    await vscode.window.showTextDocument(document, { preview: false });
    const at = document.getText().indexOf(`{${chapter.key}}`);
    assert(at >= 0, `no \\cite{${chapter.key}} in ${chapter.file}`);
    const position = document.positionAt(at + 2);
    // The hover is Markdown, its punctuation escaped ("Ferroptosis\: an iron\-dependent"); the title comes first.
    const plain = (text) => text.replace(/\\(?=[^\w\s])/g, '');
    await waitForHover(document, position, (text) => plain(text).startsWith(`**${chapter.title}**`), `a hover opening with "${chapter.title}" at ${position.line + 1}:${position.character + 1}`);
  });
}

test('thesis/chapters/results.tex: "Cite …" on an uncited claim cites it and saves its entry to the root\'s .bib', async () => {
  const chapterPath = path.join(examplesFolder(), 'thesis/chapters/results.tex');
  const bibPath = path.join(examplesFolder(), 'thesis/references.bib');
  const bibBefore = fs.readFileSync(bibPath, 'utf8');
  const chapterBefore = fs.readFileSync(chapterPath, 'utf8');
  const document = await vscode.workspace.openTextDocument(vscode.Uri.file(chapterPath));
  await vscode.window.showTextDocument(document, { preview: false });
  const isCode = (code) => (d) => d.source === 'biolex' && (d.code === code || (d.code && d.code.value === code));
  try {
    const diagnostic = await waitFor(
      () => vscode.languages.getDiagnostics(document.uri).find(isCode('uncited-claim')),
      TIMEOUT_MS,
      () => `an uncited-claim diagnostic in results.tex (have: ${JSON.stringify(vscode.languages.getDiagnostics(document.uri).map((d) => d.message))})`,
    );
    const actions = await waitFor(async () => {
      const found = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', document.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
      return found && found.find((a) => a.title.startsWith('Cite '));
    }, TIMEOUT_MS, 'a "Cite …" quick fix');
    assert(actions.title === 'Cite Dai et al. 2020', `the fix is "${actions.title}"`);
    // As the lightbulb does: the edit, then the fix's command.
    assert(await vscode.workspace.applyEdit(actions.edit), `could not apply "${actions.title}"`);
    if (actions.command) await vscode.commands.executeCommand(actions.command.command, ...(actions.command.arguments || []));
    assert(document.getText().includes('without GPX4~\\cite{dai2020}.'), 'the citation is not in the chapter');
    const bibAfter = await waitFor(() => {
      const text = fs.readFileSync(bibPath, 'utf8');
      return text.includes('@article{dai2020,') && text;
    }, TIMEOUT_MS, 'references.bib to be saved with the dai2020 entry');
    assert(bibAfter.startsWith(bibBefore), 'the entry is appended, the rest of the .bib unchanged');
    await waitFor(
      () => !vscode.languages.getDiagnostics(document.uri).some((d) => isCode('uncited-claim')(d) || isCode('unknown-citation')(d)),
      TIMEOUT_MS,
      () => `no uncited-claim nor unknown-citation after the fix (have: ${JSON.stringify(vscode.languages.getDiagnostics(document.uri).map((d) => d.message))})`,
    );
  } finally {
    fs.writeFileSync(bibPath, bibBefore);
    const bibDocument = vscode.workspace.textDocuments.find((d) => d.uri.fsPath === bibPath);
    if (bibDocument && bibDocument.isDirty) {
      await vscode.window.showTextDocument(bibDocument, { preview: false });
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
    await vscode.window.showTextDocument(document, { preview: false });
    await vscode.commands.executeCommand('workbench.action.files.revert');
    // Saved by a save-all somewhere on the way, the example would stay changed: its text goes back on disk too.
    if (fs.readFileSync(chapterPath, 'utf8') !== chapterBefore) fs.writeFileSync(chapterPath, chapterBefore);
  }
});

/**
 * Workspace lexicon: examples/.biolex/ is created by the command and removed afterwards (file first, so that
 * the server's watcher reloads the lexicon without it), leaving the examples as they were.
 */
test('add selection to the workspace lexicon: a new entry and an alias light up with their hovers', async () => {
  const document = await openFixture(FIXTURES[0]);
  const editor = await vscode.window.showTextDocument(document, { preview: false });
  const lexiconDir = path.join(examplesFolder(), '.biolex');
  const lexiconFile = path.join(lexiconDir, 'lexicon.yaml');
  assert(!fs.existsSync(lexiconDir), `${lexiconDir} exists already: remove it (a test run that crashed may have left it)`);
  const entry = findMention(document, 'selenoenzyme');
  const alias = findMention(document, 'peroxidation of membrane lipids');
  try {
    await waitForHover(document, entry.start.translate(0, 2), (text) => text === '', 'no hover on "selenoenzyme" before');
    editor.selection = new vscode.Selection(entry.start, entry.end);
    const actions = await waitFor(async () => {
      const found = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', document.uri, entry, vscode.CodeActionKind.Refactor.value);
      return (found || []).find((a) => a.title === 'Add "selenoenzyme" to the workspace lexicon…');
    }, TIMEOUT_MS, 'the code action on the selection');
    assert(actions.command && actions.command.command === 'biolex.addSelectionToLexicon', 'the code action runs the command');

    // The selection, with the type and identifier given so that no question is asked.
    const added = await vscode.commands.executeCommand('biolex.addSelectionToLexicon', { type: 'complex', id: 'GO:0016209' });
    assert(added && added.id === 'selenoenzyme', `the command returned ${JSON.stringify(added)}`);
    const written = fs.readFileSync(lexiconFile, 'utf8');
    assert(written.startsWith('# yaml-language-server: $schema=biolex://schema/workspace.schema.json\n'), `no schema modeline: ${written.slice(0, 80)}`);
    const hover = await waitForHover(document, entry.start.translate(0, 2), (text) => text.includes('selenoenzyme') && text.includes('identifiers.org'), 'the hover of the new entry');
    assert(hover.includes('complex'), hover);

    await vscode.commands.executeCommand('biolex.addSelectionToLexicon', { text: 'peroxidation of membrane lipids', aliasOf: 'lipid-peroxidation' });
    assert(/aliases: \[peroxidation of membrane lipids\]/.test(fs.readFileSync(lexiconFile, 'utf8')), 'the alias is under extend');
    await waitForHover(document, alias.start.translate(0, 3), (text) => text.includes('lipid peroxidation') && text.includes('peroxidation of membrane lipids'), 'the hover of the alias');
  } finally {
    fs.rmSync(lexiconFile, { force: true });
    try {
      await waitForHover(document, entry.start.translate(0, 2), (text) => text === '', 'the new entry to go with its file');
    } finally {
      fs.rmSync(lexiconDir, { recursive: true, force: true });
    }
  }
});

test('a workspace lexicon in JSON is validated against the shipped schema, by VS Code and by BioLex', async () => {
  const lexiconDir = path.join(examplesFolder(), '.biolex');
  const probe = path.join(lexiconDir, 'probe.json');
  fs.mkdirSync(lexiconDir, { recursive: true });
  fs.writeFileSync(probe, '{\n  "entries": [\n    { "id": "probe-1", "label": "Probe-1", "type": "drug" }\n  ]\n}\n');
  try {
    const document = await vscode.workspace.openTextDocument(vscode.Uri.file(probe));
    await vscode.window.showTextDocument(document, { preview: false });
    const at = document.getText().indexOf('"drug"');
    const diagnostics = await waitFor(() => {
      const all = vscode.languages.getDiagnostics(document.uri);
      const fromBiolex = all.find((d) => d.source === 'biolex' && d.severity === vscode.DiagnosticSeverity.Error);
      const fromJson = all.find((d) => d.source !== 'biolex' && document.offsetAt(d.range.start) === at);
      return fromBiolex && fromJson && { fromBiolex, fromJson };
    }, TIMEOUT_MS, () => `errors on "drug" from BioLex and from the JSON schema (have ${JSON.stringify(vscode.languages.getDiagnostics(document.uri).map((d) => [d.source, d.message]))})`);
    assert(document.offsetAt(diagnostics.fromBiolex.range.start) === at && document.offsetAt(diagnostics.fromBiolex.range.end) === at + 6, 'BioLex marks exactly "drug"');
    assert(/allowed values/.test(diagnostics.fromBiolex.message), diagnostics.fromBiolex.message);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  } finally {
    fs.rmSync(lexiconDir, { recursive: true, force: true });
  }
});

test('export annotations of a LaTeX project writes one BioC document per file, the root first, or one for the project', async () => {
  const chapter = vscode.Uri.file(path.join(examplesFolder(), 'thesis/chapters/intro.tex'));
  const target = path.join(require('node:os').tmpdir(), `biolex-e2e-${process.pid}-thesis.bioc.json`);
  try {
    const written = await vscode.commands.executeCommand('biolex.exportAnnotations', { format: 'bioc', target, uri: chapter.toString(), project: true });
    assert(Array.isArray(written) && written.length === 1, `written: ${JSON.stringify(written)}`);
    const collection = JSON.parse(fs.readFileSync(target, 'utf8'));
    const names = collection.documents.map((d) => d.id);
    assert(names.length === 3 && /thesis\.tex$/.test(names[0]) && /intro\.tex$/.test(names[1]) && /results\.tex$/.test(names[2]), `documents: ${JSON.stringify(names)}`);
    // Or one document for the project, named after its root, its passages naming their files.
    await vscode.commands.executeCommand('biolex.exportAnnotations', { format: 'bioc', target, uri: chapter.toString(), project: true, oneDocument: true });
    const one = JSON.parse(fs.readFileSync(target, 'utf8')).documents;
    const files = [...new Set(one[0].passages.map((p) => p.infons.file))];
    assert(one.length === 1 && /thesis\.tex$/.test(one[0].id) && files.length === 3, `one document: ${JSON.stringify(one.map((d) => d.id))}, files ${JSON.stringify(files)}`);
  } finally {
    fs.rmSync(target, { force: true });
  }
});

test('export annotations writes brat standoff (.txt and .ann) for the current document', async () => {
  const document = await openFixture(FIXTURES[0]);
  const target = path.join(require('node:os').tmpdir(), `biolex-e2e-${process.pid}-manuscript.txt`);
  try {
    const written = await vscode.commands.executeCommand('biolex.exportAnnotations', { format: 'brat', target, uri: document.uri.toString() });
    assert(Array.isArray(written) && written.length === 2, `written: ${JSON.stringify(written)}`);
    const ann = fs.readFileSync(target.replace(/\.txt$/, '.ann'), 'utf8');
    assert(/^T\d+\tGene \d+ \d+\tGPX4$/m.test(ann), ann.slice(0, 200));
    assert(/\tReference T\d+ HGNC:4556\tGPX4$/m.test(ann), 'a normalization note for GPX4');
    assert(fs.readFileSync(target, 'utf8').includes('The selenoenzyme GPX4 uses'), 'the prose in the .txt');
  } finally {
    fs.rmSync(target, { force: true });
    fs.rmSync(target.replace(/\.txt$/, '.ann'), { force: true });
  }
});

test('each entity type has its own default colour in dark, light and high-contrast themes', async () => {
  const inspected = vscode.workspace.getConfiguration('editor').inspect('semanticTokenColorCustomizations');
  const defaults = (inspected && inspected.defaultValue) || {};
  for (const theme of ['[*Dark*]', '[*Light*]', '[*High Contrast*]', '[*High Contrast Light*]']) {
    const rules = (defaults[theme] && defaults[theme].rules) || {};
    const colours = ['gene', 'complex', 'compound', 'metabolite', 'cell', 'process'].map((type) => rules[type]);
    assert(colours.every((colour) => /^#[0-9A-F]{6}$/i.test(colour || '')), `${theme}: ${JSON.stringify(rules)}`);
    assert(new Set(colours).size === 6, `${theme}: six distinct colours, not ${colours.join(' ')}`);
  }
});

test('the mechanism map: drawn beside the manuscript, saved as SVG and PNG, an edge revealed in the editor, an edit into a contradiction redrawn', async () => {
  const document = await openFixture(FIXTURES[0]);
  await vscode.window.showTextDocument(document, { preview: false, viewColumn: vscode.ViewColumn.One });
  const shown = await waitFor(() => vscode.commands.executeCommand('biolex.showMechanismMap'), TIMEOUT_MS, 'the map to be drawn');
  // manuscript.md makes claims about some twenty entries and states one contradiction, on purpose.
  assert(shown.nodes >= 10 && shown.edges >= 10, `map: ${JSON.stringify(shown)}`);
  assert(shown.contradictions === 1 && shown.firstContradiction, `one contradiction: ${JSON.stringify(shown)}`);
  // The overlay of curated relations the manuscript leaves unstated: off at first, then on.
  assert(shown.unstated === 0, `no overlay at first: ${JSON.stringify(shown)}`);
  const overlaid = await vscode.commands.executeCommand('biolex.showMechanismMap', { unstated: true });
  assert(overlaid.unstated > 0 && overlaid.edges === shown.edges, `overlay: ${JSON.stringify(overlaid)}`);
  await vscode.commands.executeCommand('biolex.showMechanismMap', { unstated: false });
  // The section at the cursor: fewer claims than the whole manuscript, the rest left out.
  const editorOne = await vscode.window.showTextDocument(document, { preview: false, viewColumn: vscode.ViewColumn.One });
  const fsp1 = document.positionAt(document.getText().indexOf('FSP1 promotes ferroptosis'));
  editorOne.selection = new vscode.Selection(fsp1, fsp1);
  const section = await vscode.commands.executeCommand('biolex.showMechanismMap', { scope: 'section' });
  assert(section.scope === 'section' && section.edges > 0 && section.edges < shown.edges && section.contradictions === 1, `section: ${JSON.stringify(section)}, whole: ${shown.edges} edges`);
  await vscode.commands.executeCommand('biolex.showMechanismMap', { scope: 'document' });
  // Saved as SVG (as the server laid it out) and as PNG (as the view renders it).
  const saved = path.join(require('node:os').tmpdir(), `biolex-e2e-${process.pid}-map`);
  try {
    await vscode.commands.executeCommand('biolex.saveMechanismMap', { format: 'svg', target: `${saved}.svg` });
    assert(/<svg[\s\S]*<\/svg>\s*$/.test(fs.readFileSync(`${saved}.svg`, 'utf8')), 'an SVG file');
    await vscode.commands.executeCommand('biolex.saveMechanismMap', { format: 'png', target: `${saved}.png` });
    const png = fs.readFileSync(`${saved}.png`);
    assert(png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) && png.length > 5000, `a PNG file (${png.length} bytes)`);
  } finally {
    fs.rmSync(`${saved}.svg`, { force: true });
    fs.rmSync(`${saved}.png`, { force: true });
  }
  // A click on the red edge reveals its sentence: where BioLex's diagnostic stands.
  const diagnostic = await waitFor(
    () => vscode.languages.getDiagnostics(document.uri).find((d) => d.source === 'biolex' && d.code && String(d.code.value || d.code) === 'mechanism-contradiction'),
    TIMEOUT_MS,
    'the contradiction diagnostic',
  );
  const revealed = await vscode.commands.executeCommand('biolex.revealMapItem', shown.firstContradiction);
  assert(revealed && revealed.line === diagnostic.range.start.line && revealed.character === diagnostic.range.start.character, `revealed ${JSON.stringify(revealed)}, diagnostic at ${JSON.stringify(diagnostic.range.start)}`);
  const editor = vscode.window.activeTextEditor;
  assert(editor && editor.document === document && editor.selection.start.isEqual(diagnostic.range.start), 'the editor selects the claim');
  // An agreeing claim edited into a contradiction: the map follows once typing pauses.
  const agreeing = 'lowers SLC7A11';
  const at = document.getText().indexOf(agreeing);
  assert(at >= 0, `"${agreeing}" in manuscript.md`);
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, new vscode.Range(document.positionAt(at), document.positionAt(at + 'lowers'.length)), 'raises');
  try {
    assert(await vscode.workspace.applyEdit(edit), 'the edit applied');
    const redrawn = await waitFor(
      async () => {
        const state = await vscode.commands.executeCommand('biolex.mechanismMapShown');
        return state && state.version === document.version && state.contradictions >= 2 && state;
      },
      TIMEOUT_MS,
      'the map to turn the edited claim red',
    );
    assert(redrawn.uri === document.uri.toString(), JSON.stringify(redrawn));
  } finally {
    const undo = new vscode.WorkspaceEdit();
    undo.replace(document.uri, new vscode.Range(document.positionAt(at), document.positionAt(at + 'raises'.length)), 'lowers');
    await vscode.workspace.applyEdit(undo);
    await document.save();
    // The map closed, so that the tests after it have the editor's whole width.
    const maps = vscode.window.tabGroups.all.flatMap((group) => group.tabs).filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.includes('biolex.mechanismMap'));
    await vscode.window.tabGroups.close(maps);
  }
});

test(`the command ${COMMAND} is registered`, async () => {
  await waitFor(async () => (await vscode.commands.getCommands(true)).includes(COMMAND), TIMEOUT_MS, `command ${COMMAND}`);
});

function writeResult(name, value) {
  if (!RESULT_DIR) return;
  fs.mkdirSync(RESULT_DIR, { recursive: true });
  const file = path.join(RESULT_DIR, name);
  fs.writeFileSync(`${file}.tmp`, JSON.stringify(value, null, 2));
  fs.renameSync(`${file}.tmp`, file); // readers never see half a file
}

/** Leaves manuscript.md open with the cursor on GPX4 until the runner has checked the hover in the page. */
async function holdForUiCheck() {
  const document = await openFixture(FIXTURES[0]);
  const editor = await vscode.window.showTextDocument(document, { preview: false, viewColumn: vscode.ViewColumn.One });
  const mention = findMention(document);
  editor.selection = new vscode.Selection(mention.start.translate(0, 1), mention.start.translate(0, 1));
  editor.revealRange(mention, vscode.TextEditorRevealType.InCenter);
  writeResult('ui-ready.json', { file: FIXTURES[0].file, line: mention.start.line, character: mention.start.character, word: GENE });
  const holdMs = Number(process.env.BIOLEX_E2E_UI_HOLD_MS) || 120_000;
  await waitFor(() => fs.existsSync(path.join(RESULT_DIR, 'ui-done')), holdMs, 'the runner to finish the UI check').catch((error) =>
    console.error(`[biolex e2e] ${error.message}`),
  );
}

/** BIOLEX_E2E_GREP (a case-insensitive regular expression): only the tests whose names match run. */
const GREP = process.env.BIOLEX_E2E_GREP ? new RegExp(process.env.BIOLEX_E2E_GREP, 'i') : undefined;

exports.run = async function run() {
  writeResult('started.json', { pid: process.pid, vscodeVersion: vscode.version, at: new Date().toISOString() });
  const results = [];
  for (const { name, fn } of tests.filter((t) => !GREP || GREP.test(t.name))) {
    const start = Date.now();
    try {
      await fn();
      results.push({ name, ok: true, durationMs: Date.now() - start });
      console.log(`[biolex e2e] ok ${name}`);
    } catch (error) {
      results.push({ name, ok: false, durationMs: Date.now() - start, error: String((error && error.stack) || error) });
      console.error(`[biolex e2e] FAILED ${name}: ${(error && error.message) || error}`);
    }
  }
  writeResult('result.json', { vscodeVersion: vscode.version, tests: results });
  if (RESULT_DIR && process.env.BIOLEX_E2E_UI_HOLD === '1') await holdForUiCheck();

  const failed = results.filter((r) => !r.ok);
  if (failed.length > 0) {
    throw new Error(`${failed.length} of ${results.length} end-to-end tests failed:\n${failed.map((r) => `  ${r.name}: ${r.error}`).join('\n')}`);
  }
};

exports.waitFor = waitFor;
