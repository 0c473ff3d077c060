/**
 * The LSP adapter: translates protocol requests into calls on the BioLex service, and offsets into positions.
 * Settings are pulled per document and cached until the client says they changed. Workspace lexicons are read
 * after initialization and again whenever the client reports a change to one (see workspaceLexicons.ts); each
 * reload builds a new service and asks the client to refresh tokens and diagnostics.
 */
import {
  createConnection,
  StreamMessageReader,
  StreamMessageWriter,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type InitializeParams,
  type InitializeResult,
  type Location,
  MessageType,
  CodeActionKind,
  DocumentDiagnosticReportKind,
  DiagnosticSeverity as LspSeverity,
  DidChangeWatchedFilesNotification,
  type CodeAction,
  type Diagnostic,
  type Range,
  type TextEdit,
  ResponseError,
  LSPErrorCodes,
  ErrorCodes,
} from 'vscode-languageserver/node';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readFileSync } from 'node:fs';
import { basename, isAbsolute, relative, sep } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  createBiolexService,
  DiagnosticSeverity,
  SEMANTIC_TOKEN_MODIFIERS,
  SEMANTIC_TOKEN_TYPES,
  semanticTokensEdits,
  type BiolexDiagnostic,
  type BiolexService,
  type FileAppend,
  type Project,
  type SourceLocation,
  type EntityType,
  ENTITY_TYPES,
  LexiconLayer,
  addToLexiconText,
  isCurie,
  proseOfRange,
  markupOf,
  sectionAround,
} from './service';
import { lexiconUri, readLexiconDirectory } from './node/lexiconFiles';
import { fileBibliographyReader } from './node/bibliographyFiles';
import { fileProjectReader, TexFileSearch, withOpenDocuments } from './node/projectFiles';
import { toServiceSettings, DEFAULT_SETTINGS, type ServiceSettings } from './settings';
import {
  EntitiesRequest,
  ExportFormat,
  ExportRequest,
  LexiconChangedNotification,
  LexiconEditRequest,
  LexiconEntriesRequest,
  WorkspaceTrustedNotification,
  type EntityItem,
  type ExportResult,
  type LexiconEntryItem,
  MechanismMapRequest,
  type MechanismMapResult,
} from './protocol';
import { WorkspaceLexicons, canonicalUri } from './workspaceLexicons';
import { formatBioc } from './exports/bioc';
import { formatPubtator } from './exports/pubtator';
import { toBrat } from './exports/brat';
import type { ExportSource } from './exports/passages';
import { formatMechanismDot } from './exports/mechanismDot';

const connection = process.argv.includes('--stdio') ? stdioConnection() : createConnection(ProposedFeatures.all);

/**
 * Over stdio a message that is not framed as the protocol says leaves the stream unreadable: the server would
 * live on and never answer. It says why and exits instead, so that the editor restarts it.
 */
function stdioConnection(): ReturnType<typeof createConnection> {
  const reader = new StreamMessageReader(process.stdin);
  reader.onError((error) => {
    process.stderr.write(`BioLex: a message from the editor could not be read (${error.message}); the server stops, and the editor may restart it.\n`);
    process.exit(1);
  });
  return createConnection(ProposedFeatures.all, reader, new StreamMessageWriter(process.stdout));
}
const documents = new TextDocuments(TextDocument);
let service: BiolexService;
let lexicons: WorkspaceLexicons;
let canPullConfiguration = false;
let canRefreshTokens = false;
let canRefreshDiagnostics = false;
let supportsFolderChanges = false;
let canWatchFiles = false;
/** The .bib files documents declare, read again when changed (their stamp is checked on every analysis). */
const bibliographies = fileBibliographyReader();
/** A chapter's root and includes, read from disk or as the editor has them; the workspace's .tex files are searched for roots. */
const projects = withOpenDocuments(fileProjectReader(), (path) => {
  const document = documents.all().find((open) => projects.fileOf(open.uri) === path);
  return document && { text: document.getText(), version: document.version };
});
const texFiles = new TexFileSearch();
const settingsCache = new Map<string, Promise<ServiceSettings>>();

/** A selection longer than this is no spelling: no "Add to the workspace lexicon" action for it. */
const MAX_SELECTION_LENGTH = 120;

connection.onInitialize((params: InitializeParams): InitializeResult => {
  const workspace = params.capabilities.workspace;
  canPullConfiguration = workspace?.configuration === true;
  canRefreshTokens = workspace?.semanticTokens?.refreshSupport === true;
  canRefreshDiagnostics = workspace?.diagnostics?.refreshSupport === true;
  supportsFolderChanges = workspace?.workspaceFolders === true;
  canWatchFiles = workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
  // Clients without workspace trust (other editors) say nothing: their workspaces count as trusted.
  const options = (params.initializationOptions ?? {}) as { workspaceTrusted?: unknown };
  lexicons = new WorkspaceLexicons(readLexiconDirectory(), options.workspaceTrusted !== false);
  lexicons.setFolders(params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []));
  service = createBiolexService({ lexiconFiles: lexicons.files(), bibliographies, projects });
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      hoverProvider: true,
      definitionProvider: true,
      referencesProvider: true,
      diagnosticProvider: { identifier: 'biolex', interFileDependencies: true, workspaceDiagnostics: false },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.Refactor] },
      semanticTokensProvider: {
        legend: { tokenTypes: [...SEMANTIC_TOKEN_TYPES], tokenModifiers: [...SEMANTIC_TOKEN_MODIFIERS] },
        full: { delta: true },
      },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'BioLex', version: '0.1.0' },
  };
});

connection.onInitialized(() => {
  const problems = service.lexiconProblems;
  if (problems.length > 0) {
    for (const p of problems) connection.console.warn(`${p.file}:${p.line}:${p.column}: ${p.message}`);
    void connection.sendNotification('window/showMessage', {
      type: MessageType.Warning,
      message: `BioLex: the lexicon has ${problems.length} problem(s); the valid entries are in use. See the BioLex output for details.`,
    });
  }
  connection.console.info(`BioLex: ${service.lexicon.entries.size} entries, ${service.lexicon.references.size} references.`);
  if (supportsFolderChanges) {
    connection.workspace.onDidChangeWorkspaceFolders(() => {
      void connection.workspace.getWorkspaceFolders().then((folders) => {
        lexicons.setFolders(folders?.map((folder) => folder.uri) ?? []);
        scheduleReload();
      });
    });
  }
  // The editor tells of changes to .bib files, so that the diagnostics of the documents citing them are renewed.
  if (canWatchFiles) void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.bib' }, { globPattern: '**/*.tex' }] });
  scheduleReload(0);
});

connection.onDidChangeConfiguration(() => {
  settingsCache.clear();
  refresh();
  // biolex.lexicon.paths may have changed too.
  scheduleReload(0);
});

connection.onDidChangeWatchedFiles(({ changes }) => {
  const isBibliography = (uri: string): boolean => /\.bib$/i.test(uri);
  const isTeX = (uri: string): boolean => /\.tex$/i.test(uri);
  if (changes.some((change) => isTeX(change.uri))) texFiles.forget();
  // The service sees a changed .bib or chapter by its stamp on the next request; the editor is asked to make one.
  if (changes.some((change) => isBibliography(change.uri) || isTeX(change.uri)) && canRefreshDiagnostics) connection.languages.diagnostics.refresh();
  if (changes.some((change) => !isBibliography(change.uri) && !isTeX(change.uri))) scheduleReload();
});

connection.onNotification(WorkspaceTrustedNotification, () => {
  lexicons.trust();
  scheduleReload(0);
});

function refresh(): void {
  if (canRefreshTokens) connection.languages.semanticTokens.refresh();
  if (canRefreshDiagnostics) connection.languages.diagnostics.refresh();
}

let reloadTimer: NodeJS.Timeout | undefined;
let reloading: Promise<void> = Promise.resolve();

/** Reads the workspace lexicons again after a short pause (a save often comes as several file events). */
function scheduleReload(delayMs = 100): void {
  clearTimeout(reloadTimer);
  reloadTimer = setTimeout(() => {
    reloading = reloading.then(reloadLexicons).catch((error: unknown) => connection.console.error(`BioLex: reloading the lexicon failed: ${String(error)}`));
  }, delayMs);
}

async function folderLexiconPaths(folder: string): Promise<readonly string[]> {
  if (!canPullConfiguration) return [];
  const raw: unknown = await connection.workspace.getConfiguration({ scopeUri: lexiconUri(folder), section: 'biolex' }).catch(() => undefined);
  return toServiceSettings(raw).lexiconPaths;
}

async function reloadLexicons(): Promise<void> {
  const { changed, newlyBroken, notes } = await lexicons.reload(folderLexiconPaths);
  for (const note of notes) connection.console.warn(`BioLex: ${note}`);
  if (changed) {
    service = createBiolexService({ lexiconFiles: lexicons.files(), bibliographies, projects });
    const workspaceProblems = service.lexiconProblems.filter((p) => p.severity === 'warning');
    for (const p of workspaceProblems) connection.console.warn(`${p.file}:${p.line}:${p.column}: ${p.message}`);
    connection.console.info(`BioLex: lexicon reloaded, ${service.lexicon.entries.size} entries.`);
  }
  const open = new Set(documents.all().map((document) => canonicalUri(document.uri)));
  for (const state of newlyBroken) {
    const [first] = state.errors;
    const where = first ? `:${first.line}:${first.column}: ${first.message}` : '';
    connection.console.warn(`BioLex: ${state.current.file}${where}`);
    // An open file shows its errors as diagnostics; a closed one would fail silently.
    if (!open.has(state.current.file)) {
      void connection.window
        .showWarningMessage(
          `BioLex: the workspace lexicon ${basename(fileURLToPath(state.current.file))} has errors; ${state.inUse ? 'its last version without errors stays in use' : 'it is not used'} until they are fixed.`,
          { title: 'Open' },
        )
        .then((action) => (action ? connection.window.showDocument({ uri: state.current.file, takeFocus: true, ...(first && { selection: at(first) }) }) : undefined))
        .catch(() => undefined);
    }
  }
  if (changed || newlyBroken.length > 0) refresh();
  void connection.sendNotification(LexiconChangedNotification, lexicons.status(service.lexicon));
}

function at(problem: { line: number; column: number }): Range {
  const position = { line: problem.line - 1, character: problem.column - 1 };
  return { start: position, end: position };
}

function settingsFor(uri: string): Promise<ServiceSettings> {
  if (!canPullConfiguration) return Promise.resolve(DEFAULT_SETTINGS);
  let settings = settingsCache.get(uri);
  if (!settings) {
    settings = connection.workspace.getConfiguration({ scopeUri: uri, section: 'biolex' }).then(toServiceSettings, () => DEFAULT_SETTINGS);
    settingsCache.set(uri, settings);
  }
  return settings;
}

/** The document if BioLex is enabled for it, else undefined. */
async function enabledDocument(uri: string): Promise<TextDocument | undefined> {
  const document = documents.get(uri);
  if (!document || lexicons.isLexiconDocument(uri)) return undefined;
  const settings = await settingsFor(uri);
  return settings.enable && settings.languages.includes(document.languageId) ? document : undefined;
}

/** The LaTeX project of a document: its root by magic comment, setting or search of its workspace folder. */
async function projectOf(document: TextDocument): Promise<Project | undefined> {
  const path = projects.fileOf(document.uri);
  if (path === undefined) return undefined;
  const folder = lexicons.folders.find((f) => {
    const inFolder = relative(f, path);
    return !inFolder.startsWith('..') && !isAbsolute(inFolder);
  });
  return service.findProject(document, texFiles.hints(path, folder, (await settingsFor(document.uri)).latexRootFile));
}

/** The open documents BioLex analyses, as the editor has them. */
async function openDocuments(): Promise<TextDocument[]> {
  const open: TextDocument[] = [];
  for (const other of documents.all()) if (await enabledDocument(other.uri)) open.push(other);
  return open;
}

// A chapter's unsaved edit may define a short form the project's other open files colour: their tokens are asked
// for again once the typing pauses (their diagnostics the client pulls again itself, as the server declares
// inter-file dependencies).
let projectTokensTimer: NodeJS.Timeout | undefined;
documents.onDidChangeContent(({ document }) => {
  if (!canRefreshTokens || document.languageId !== 'latex' || !documents.all().some((other) => other !== document && other.languageId === 'latex')) return;
  clearTimeout(projectTokensTimer);
  projectTokensTimer = setTimeout(() => connection.languages.semanticTokens.refresh(), 500);
});

documents.onDidClose((event) => {
  service.forget(event.document.uri);
  settingsCache.delete(event.document.uri);
  sentTokens.delete(event.document.uri);
});

connection.onHover(async ({ textDocument, position }) => {
  const document = await enabledDocument(textDocument.uri);
  if (!document) return null;
  const hover = service.provideHover(document, document.offsetAt(position), await projectOf(document));
  if (!hover) return null;
  return {
    contents: { kind: 'markdown', value: hover.contents },
    range: { start: document.positionAt(hover.start), end: document.positionAt(hover.end) },
  };
});

/**
 * The semantic tokens last sent per document. A manuscript of a megabyte has tens of thousands of tokens; after
 * an edit the editor asks for a delta, and gets the few numbers that changed instead of all of them.
 */
const sentTokens = new Map<string, { resultId: string; data: number[] }>();
let tokenResults = 0;

function tokensResult(uri: string, data: number[]): { resultId: string; data: number[] } {
  const result = { resultId: String(++tokenResults), data };
  sentTokens.set(uri, result);
  return result;
}

connection.languages.semanticTokens.on(async ({ textDocument }) => {
  const document = await enabledDocument(textDocument.uri);
  if (!document) return { data: [] };
  // Its project first: short forms another chapter defines are coloured too.
  await projectOf(document);
  return tokensResult(textDocument.uri, service.provideSemanticTokens(document, document));
});

connection.languages.semanticTokens.onDelta(async ({ textDocument, previousResultId }) => {
  const document = await enabledDocument(textDocument.uri);
  if (!document) return { data: [] };
  await projectOf(document);
  const previous = sentTokens.get(textDocument.uri);
  const { resultId, data } = tokensResult(textDocument.uri, service.provideSemanticTokens(document, document));
  // Tokens the editor no longer holds (or never got from us) cannot be edited: send them whole.
  if (previous?.resultId !== previousResultId) return { resultId, data };
  return { resultId, edits: semanticTokensEdits(previous.data, data) };
});

connection.onDefinition(async ({ textDocument, position }) => {
  const document = await enabledDocument(textDocument.uri);
  if (!document) return [];
  return service.provideDefinition(document, document.offsetAt(position)).map((source): Location => ({
    uri: source.file,
    range: { start: { line: source.line - 1, character: source.column - 1 }, end: { line: source.line - 1, character: source.column - 1 } },
  }));
});

connection.onReferences(async ({ textDocument, position }) => {
  const document = await enabledDocument(textDocument.uri);
  if (!document) return [];
  // A LaTeX chapter's project: its files that are not open count too (read from disk; their ranges come with them).
  return service.provideReferences(document, document.offsetAt(position), await openDocuments(), await projectOf(document)).map((location): Location => {
    if (location.range) return { uri: pathToFileURL(location.uri).href, range: location.range };
    const target = documents.get(location.uri)!;
    return { uri: location.uri, range: { start: target.positionAt(location.start), end: target.positionAt(location.end) } };
  });
});

connection.onRequest(EntitiesRequest, async ({ uri, countOnly }) => {
  const document = await enabledDocument(uri);
  if (!document) return { items: [], count: 0, enabled: false };
  // The project first: the short forms its other files define change what the document reads.
  const project = await projectOf(document);
  const analysis = service.analyze(document);
  if (countOnly) {
    // The status bar counts the whole project too, for a chapter or a root of several files.
    const analyses = project && project.tree.files.length > 1 ? service.analyzeProject(project, await openDocuments()) : undefined;
    return {
      items: [],
      count: analysis.mentions.length,
      enabled: true,
      ...(analysis.skipped && { skipped: analysis.skipped }),
      ...(analyses && { project: { files: analyses.length, count: analyses.reduce((n, a) => n + a.mentions.length, 0) } }),
    };
  }
  const items = analysis.mentions.map((mention): EntityItem => {
    const entry = service.lexicon.entries.get(mention.id);
    return {
      id: mention.id,
      label: entry?.label ?? mention.id,
      type: mention.type,
      text: analysis.source.slice(mention.start, mention.end),
      range: { start: document.positionAt(mention.start), end: document.positionAt(mention.end) },
    };
  });
  return { items, count: items.length, enabled: true, ...(analysis.skipped && { skipped: analysis.skipped }) };
});

connection.onRequest(MechanismMapRequest, async ({ uri, svg, unstated, section, selection }): Promise<MechanismMapResult> => {
  const document = await enabledDocument(uri);
  if (!document) return { enabled: false, nodes: [], edges: [], unstated: [] };
  await projectOf(document);
  const within = section
    ? sectionAround(document.getText(), markupOf(document), document.offsetAt(section))
    : selection && { start: document.offsetAt(selection.start), end: document.offsetAt(selection.end) };
  const map = service.provideMechanismMap(document, within);
  const range = ({ start, end }: { start: number; end: number }) => ({ start: document.positionAt(start), end: document.positionAt(end) });
  // Graphviz (2 MB of WebAssembly) is loaded on the first map drawn, not at the server's start.
  const drawn = svg ? await (await import('./node/svgLayout')).dotToSvg(formatMechanismDot(map, exportName(uri), { unstated: unstated === true })) : undefined;
  return {
    enabled: true,
    ...(drawn !== undefined && { svg: drawn }),
    nodes: map.nodes.map(({ first, ...node }) => ({ ...node, ...(first && { first: range(first) }) })),
    edges: map.edges.map((edge) => ({ ...edge, claims: edge.claims.map((claim) => ({ range: range(claim.range), sentence: range(claim.sentence), text: claim.text })) })),
    unstated: map.unstated,
  };
});

const LSP_SEVERITY: Readonly<Record<DiagnosticSeverity, LspSeverity>> = {
  [DiagnosticSeverity.Error]: LspSeverity.Error,
  [DiagnosticSeverity.Warning]: LspSeverity.Warning,
  [DiagnosticSeverity.Information]: LspSeverity.Information,
  [DiagnosticSeverity.Hint]: LspSeverity.Hint,
};

function toLocation(source: SourceLocation): Location {
  const position = { line: source.line - 1, character: source.column - 1 };
  return { uri: source.file, range: { start: position, end: position } };
}

function toLspDiagnostic(document: TextDocument, diagnostic: BiolexDiagnostic, index: number): Diagnostic {
  return {
    range: { start: document.positionAt(diagnostic.start), end: document.positionAt(diagnostic.end) },
    severity: LSP_SEVERITY[diagnostic.severity],
    code: diagnostic.code,
    source: 'biolex',
    message: diagnostic.message,
    ...(diagnostic.href && { codeDescription: { href: diagnostic.href } }),
    relatedInformation: diagnostic.related.map((r) => ({ location: toLocation(r.location), message: r.message })),
    // Code actions find their diagnostic again by version and index.
    data: { version: document.version, index },
  };
}

connection.languages.diagnostics.on(async ({ textDocument }, token) => {
  const lexiconDocument = documents.get(textDocument.uri);
  if (lexiconDocument && lexicons.isLexiconDocument(textDocument.uri)) {
    return { kind: DocumentDiagnosticReportKind.Full, items: lexicons.diagnostics(lexiconDocument) };
  }
  const document = await enabledDocument(textDocument.uri);
  if (!document) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
  const settings = await settingsFor(textDocument.uri);
  // A document of megabytes takes seconds: the analysis and the check are two stages, and the editor's
  // cancellation (it sends one when the user types on) is honoured between them.
  service.analyze(document);
  await new Promise((resolve) => setImmediate(resolve));
  if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'The diagnostics request was cancelled.');
  const diagnostics = service.provideDiagnostics(document, { severity: settings.severity, project: await projectOf(document), suggestCitations: settings.suggestCitations });
  return { kind: DocumentDiagnosticReportKind.Full, items: diagnostics.map((d, i) => toLspDiagnostic(document, d, i)) };
});

connection.onCodeAction(async ({ textDocument, range, context }) => {
  const document = await enabledDocument(textDocument.uri);
  if (!document) return [];
  const wants = (kind: string): boolean => !context.only || context.only.some((only) => kind === only || kind.startsWith(`${only}.`));
  const addToLexicon = wants(CodeActionKind.Refactor) ? addToLexiconAction(document, range) : undefined;
  const settings = await settingsFor(textDocument.uri);
  const diagnostics = service.provideDiagnostics(document, { severity: settings.severity, project: await projectOf(document), suggestCitations: settings.suggestCitations });
  const actions: CodeAction[] = [];
  for (const lspDiagnostic of context.diagnostics) {
    if (lspDiagnostic.source !== 'biolex') continue;
    const data = lspDiagnostic.data as { version?: number; index?: number } | undefined;
    const diagnostic = data?.version === document.version && data.index !== undefined ? diagnostics[data.index] : undefined;
    // A .bib edited since the diagnostics were sent may have moved them: the index must still name the same kind.
    if (!diagnostic || diagnostic.code !== lspDiagnostic.code) continue;
    for (const fix of diagnostic.fixes) {
      actions.push({
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [lspDiagnostic],
        isPreferred: fix.preferred,
        edit: {
          changes: {
            [document.uri]: fix.edits.map((edit) => ({
              range: { start: document.positionAt(edit.start), end: document.positionAt(edit.end) },
              newText: edit.newText,
            })),
            ...Object.fromEntries((fix.appends ?? []).map((append) => appendEdit(append))),
          },
        },
        ...(fix.appends?.length && {
          command: { title: 'Save the bibliography', command: 'biolex.saveAppendedFiles', arguments: [{ uris: fix.appends.map((a) => pathToFileURL(a.file).toString()) }] },
        }),
      });
    }
  }
  if (addToLexicon) actions.push(addToLexicon);
  return actions;
});

/**
 * An append to another file (a BibTeX entry to a .bib) as an edit at its end: of its text in the editor where it is
 * open, else on disk. The service names files by path (node/bibliographyFiles.ts).
 */
function appendEdit(append: FileAppend): [string, TextEdit[]] {
  const uri = pathToFileURL(append.file).toString();
  const open = documents.get(uri);
  let text = open?.getText();
  if (text === undefined) {
    try {
      text = readFileSync(append.file, 'utf8');
    } catch {
      text = '';
    }
  }
  const end = TextDocument.create(uri, 'bibtex', 0, text).positionAt(text.length);
  // A file that does not end its last line gets one before the entry.
  const newText = text === '' || text.endsWith('\n') ? append.text : `\n${append.text}`;
  return [uri, [{ range: { start: end, end }, newText }]];
}

/**
 * "Add … to the workspace lexicon" for a selection that reads as a spelling (not empty, not a paragraph):
 * runs the client's command with the selection's prose, which asks for the type or the entry.
 */
function addToLexiconAction(document: TextDocument, range: Range): CodeAction | undefined {
  if (!lexicons.trusted || lexicons.folders.length === 0) return undefined;
  const start = document.offsetAt(range.start);
  const end = document.offsetAt(range.end);
  if (end <= start || end - start > MAX_SELECTION_LENGTH || /\n\s*\n/.test(document.getText(range))) return undefined;
  const text = proseOfRange(service.analyze(document), start, end);
  if (text === '' || text.length > MAX_SELECTION_LENGTH) return undefined;
  const shown = text.length > 40 ? `${text.slice(0, 39)}…` : text;
  const title = `Add "${shown}" to the workspace lexicon…`;
  return { title, kind: CodeActionKind.Refactor, command: { title, command: 'biolex.addSelectionToLexicon', arguments: [{ text, uri: document.uri }] } };
}

connection.onRequest(LexiconEntriesRequest, async ({ uri, range }) => {
  const entries = [...service.lexicon.entries.values()]
    .map((entry): LexiconEntryItem => ({
      id: entry.id,
      label: entry.label,
      type: entry.type,
      ...(entry.name !== undefined && { name: entry.name }),
      layer: entry.layer ?? LexiconLayer.BuiltIn,
    }))
    .sort((a, b) => a.label.localeCompare(b.label, 'en', { sensitivity: 'base' }) || a.id.localeCompare(b.id));
  let text: string | undefined;
  const document = uri && range ? await enabledDocument(uri) : undefined;
  if (document && range) text = proseOfRange(service.analyze(document), document.offsetAt(range.start), document.offsetAt(range.end));
  return { entries, trusted: lexicons.trusted, ...(text !== undefined && { text }) };
});

connection.onRequest(LexiconEditRequest, ({ current, text, type, xref, aliasOf }) => {
  if (aliasOf !== undefined) {
    return addToLexiconText(current ?? undefined, { kind: 'alias', text, aliasOf, known: (id) => service.lexicon.entries.has(id) });
  }
  if (!ENTITY_TYPES.includes(type as EntityType)) return { error: `The type must be one of ${ENTITY_TYPES.join(', ')}.` };
  if (xref !== undefined && xref !== '' && !isCurie(xref)) return { error: `"${xref}" is not a compact identifier such as HGNC:4556 or CHEBI:16856.` };
  return addToLexiconText(current ?? undefined, {
    kind: 'entry',
    text,
    type: type as EntityType,
    ...(xref && { xref }),
    taken: (id) => service.lexicon.entries.has(id),
  });
});

/** A document as an export names it: its path in its workspace folder, else its file name. */
function exportName(uri: string): string {
  if (!uri.startsWith('file:')) return decodeURIComponent(uri.split('/').pop() || 'document');
  const path = fileURLToPath(uri);
  for (const folder of lexicons.folders) {
    const inFolder = relative(folder, path);
    if (inFolder && !inFolder.startsWith('..')) return inFolder.split(sep).join('/');
  }
  return basename(path);
}

connection.onRequest(ExportRequest, async ({ uri, format, project: wholeProject, oneDocument }): Promise<ExportResult> => {
  const document = await enabledDocument(uri);
  if (!document) throw new ResponseError(ErrorCodes.InvalidParams, 'BioLex does not analyse this document (see the biolex.languages setting).');
  // A whole LaTeX project: one document per file, in the order LaTeX reads them (files not open as on disk).
  const project = wholeProject ? await projectOf(document) : undefined;
  const analyses = project ? service.analyzeProject(project, await openDocuments()) : [service.analyze(document)];
  const nameOf = (file: string): string => exportName(/^[a-z][\w+.-]+:/i.test(file) ? file : pathToFileURL(file).href);
  const files = analyses.map((analysis) => ({ file: nameOf(analysis.uri), analysis, lexicon: service.lexicon }));
  // Or the project as one document, named after its root.
  const joined = project && oneDocument && files.length > 1;
  const inputs: ExportSource[] = joined ? [{ file: nameOf(project.root), parts: files }] : files;
  const annotations = analyses.reduce((n, a) => n + a.mentions.length, 0);
  switch (format) {
    case ExportFormat.Bioc:
      return { files: [{ extension: '.bioc.json', text: formatBioc(inputs, { date: new Date().toISOString().slice(0, 10).replace(/-/g, '') }) }], annotations };
    case ExportFormat.Pubtator:
      return { files: [{ extension: '.pubtator', text: formatPubtator(inputs) }], annotations };
    case ExportFormat.Brat: {
      // One .txt and .ann per file; a project's are named after each file ("<name>-intro.txt").
      const stem = (file: string): string => file.split('/').pop()!.replace(/\.[^.]*$/, '');
      return {
        files: toBrat(inputs).flatMap((brat, i) => {
          const suffix = project && !joined ? `-${stem(inputs[i]!.file)}` : '';
          return [
            { extension: `${suffix}.txt`, text: brat.txt },
            { extension: `${suffix}.ann`, text: brat.ann },
          ];
        }),
        annotations,
      };
    }
    default:
      throw new ResponseError(ErrorCodes.InvalidParams, `Unknown export format "${String(format)}": bioc, pubtator or brat.`);
  }
});

documents.listen(connection);
connection.listen();
