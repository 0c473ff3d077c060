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
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createBiolexService, SEMANTIC_TOKEN_MODIFIERS, SEMANTIC_TOKEN_TYPES, type BiolexService } from './service';
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

documents.listen(connection);
connection.listen();
