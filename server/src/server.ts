/**
 * The LSP adapter: translates protocol requests into calls on the BioLex service, and offsets into positions.
 * Settings are pulled per document and cached until the client says they changed.
 */
import {
  createConnection,
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
  type CodeAction,
  type Diagnostic,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  createBiolexService,
  DiagnosticSeverity,
  SEMANTIC_TOKEN_MODIFIERS,
  SEMANTIC_TOKEN_TYPES,
  type BiolexDiagnostic,
  type BiolexService,
  type SourceLocation,
} from './service';
import { readLexiconDirectory } from './node/lexiconFiles';
import { toServiceSettings, DEFAULT_SETTINGS, type ServiceSettings } from './settings';
import { EntitiesRequest, type EntityItem } from './protocol';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
let service: BiolexService;
let canPullConfiguration = false;
const settingsCache = new Map<string, Promise<ServiceSettings>>();

connection.onInitialize((params: InitializeParams): InitializeResult => {
  canPullConfiguration = params.capabilities.workspace?.configuration === true;
  service = createBiolexService({ lexiconFiles: readLexiconDirectory() });
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      hoverProvider: true,
      definitionProvider: true,
      referencesProvider: true,
      diagnosticProvider: { identifier: 'biolex', interFileDependencies: false, workspaceDiagnostics: false },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      semanticTokensProvider: {
        legend: { tokenTypes: [...SEMANTIC_TOKEN_TYPES], tokenModifiers: [...SEMANTIC_TOKEN_MODIFIERS] },
        full: true,
      },
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
});

connection.onDidChangeConfiguration(() => {
  settingsCache.clear();
  void connection.languages.semanticTokens.refresh();
  void connection.languages.diagnostics.refresh();
});

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
  if (!document) return undefined;
  const settings = await settingsFor(uri);
  return settings.enable && settings.languages.includes(document.languageId) ? document : undefined;
}

documents.onDidClose((event) => {
  service.forget(event.document.uri);
  settingsCache.delete(event.document.uri);
});

connection.onHover(async ({ textDocument, position }) => {
  const document = await enabledDocument(textDocument.uri);
  if (!document) return null;
  const hover = service.provideHover(document, document.offsetAt(position));
  if (!hover) return null;
  return {
    contents: { kind: 'markdown', value: hover.contents },
    range: { start: document.positionAt(hover.start), end: document.positionAt(hover.end) },
  };
});

connection.languages.semanticTokens.on(async ({ textDocument }) => {
  const document = await enabledDocument(textDocument.uri);
  if (!document) return { data: [] };
  return { data: service.provideSemanticTokens(document, document) };
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
  const open: TextDocument[] = [];
  for (const other of documents.all()) if (await enabledDocument(other.uri)) open.push(other);
  return service.provideReferences(document, document.offsetAt(position), open).map((location): Location => {
    const target = documents.get(location.uri)!;
    return { uri: location.uri, range: { start: target.positionAt(location.start), end: target.positionAt(location.end) } };
  });
});

connection.onRequest(EntitiesRequest, async ({ uri }) => {
  const document = await enabledDocument(uri);
  if (!document) return { items: [], enabled: false };
  const analysis = service.analyze(document);
  const items = analysis.mentions.map((mention): EntityItem => {
    const entry = service.lexicon.entries.get(mention.id);
    return {
      id: mention.id,
      label: entry?.label ?? mention.id,
      type: mention.type,
      text: mention.text,
      range: { start: document.positionAt(mention.start), end: document.positionAt(mention.end) },
    };
  });
  return { items, enabled: true, ...(analysis.skipped && { skipped: analysis.skipped }) };
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

connection.languages.diagnostics.on(async ({ textDocument }) => {
  const document = await enabledDocument(textDocument.uri);
  if (!document) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
  const settings = await settingsFor(textDocument.uri);
  const diagnostics = service.provideDiagnostics(document, { severity: settings.severity });
  return { kind: DocumentDiagnosticReportKind.Full, items: diagnostics.map((d, i) => toLspDiagnostic(document, d, i)) };
});

connection.onCodeAction(async ({ textDocument, context }) => {
  const document = await enabledDocument(textDocument.uri);
  if (!document) return [];
  const settings = await settingsFor(textDocument.uri);
  const diagnostics = service.provideDiagnostics(document, { severity: settings.severity });
  const actions: CodeAction[] = [];
  for (const lspDiagnostic of context.diagnostics) {
    if (lspDiagnostic.source !== 'biolex') continue;
    const data = lspDiagnostic.data as { version?: number; index?: number } | undefined;
    const diagnostic = data?.version === document.version && data.index !== undefined ? diagnostics[data.index] : undefined;
    if (!diagnostic) continue;
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
          },
        },
      });
    }
  }
  return actions;
});

documents.listen(connection);
connection.listen();
