/**
 * The VS Code client: starts the BioLex language server for Markdown and LaTeX documents and for workspace
 * lexicon files (which it only validates), shows the entity count in the status bar, and offers "Show
 * entities in this document", "Add selection to the workspace lexicon", "Export annotations…", "Show mechanism
 * map" and "Restart server". Workspace lexicons load only in a trusted workspace: the server hears of trust at start and when
 * it is granted.
 */
import * as vscode from 'vscode';
import { isAbsolute, join } from 'node:path';
import { LanguageClient, TransportKind, type DocumentSelector, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { LexiconChangedNotification, WorkspaceTrustedNotification, type EntitiesResult, type LexiconStatus } from '../../server/src/protocol';
import { SERVER_V8_OPTIONS } from '../../server/src/node/serverOptions';
import { addSelectionToLexicon, type AddToLexiconArguments } from './addToLexicon';
import { exportAnnotations, type ExportArguments } from './exportAnnotations';
import { MechanismMapPanel, type MapScope } from './mechanismMap';
import { registerYamlSchemas } from './yamlSchemas';

const ENTITIES_REQUEST = 'biolex/entities';
/** Workspace lexicon files: the server validates them as documents and reloads them when they change. */
const LEXICON_GLOB = '**/.biolex/*.{yaml,yml,json}';
let client: LanguageClient | undefined;
let statusItem: vscode.StatusBarItem;
/** Beside the count: a click opens the mechanism map of the manuscript. */
let mapItem: vscode.StatusBarItem;
let lexiconStatus: LexiconStatus | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  statusItem = vscode.window.createStatusBarItem('biolex.entities', vscode.StatusBarAlignment.Right, 100);
  statusItem.name = 'BioLex entities';
  statusItem.command = 'biolex.showEntities';
  mapItem = vscode.window.createStatusBarItem('biolex.map', vscode.StatusBarAlignment.Right, 99);
  mapItem.name = 'BioLex mechanism map';
  mapItem.text = '$(type-hierarchy)';
  mapItem.tooltip = 'BioLex: show the mechanism map of this manuscript';
  mapItem.command = 'biolex.showMechanismMap';
  context.subscriptions.push(
    statusItem,
    mapItem,
    vscode.commands.registerCommand('biolex.showEntities', () => showEntities()),
    vscode.commands.registerCommand('biolex.addSelectionToLexicon', (args?: AddToLexiconArguments) =>
      addSelectionToLexicon(client, args, () => registerYamlSchemas(context)),
    ),
    vscode.commands.registerCommand('biolex.exportAnnotations', (args?: ExportArguments) => exportAnnotations(client, args)),
    vscode.commands.registerCommand('biolex.showMechanismMap', async (args?: { uri?: string; unstated?: boolean; scope?: MapScope }) => {
      const document = args?.uri ? await vscode.workspace.openTextDocument(vscode.Uri.parse(args.uri)) : vscode.window.activeTextEditor?.document;
      if (!client || !document) {
        void vscode.window.showInformationMessage('BioLex: open a Markdown or LaTeX manuscript to see its mechanism map.');
        return undefined;
      }
      return MechanismMapPanel.show(context, client, document, args);
    }),
    vscode.commands.registerCommand('biolex.saveMechanismMap', async (args?: { format?: 'svg' | 'png'; target?: string }) => {
      const panel = MechanismMapPanel.current;
      if (!panel) {
        void vscode.window.showInformationMessage('BioLex: show a mechanism map first (BioLex: Show mechanism map).');
        return undefined;
      }
      const format = args?.format ?? (await vscode.window.showQuickPick(['svg', 'png'], { title: 'BioLex: save the mechanism map as' }));
      return format === 'svg' || format === 'png' ? panel.save(format, args?.target ? vscode.Uri.file(args.target) : undefined) : undefined;
    }),
    // What the map on screen shows, as last drawn (for scripts and tests).
    vscode.commands.registerCommand('biolex.mechanismMapShown', () => MechanismMapPanel.current?.shown),
    // The map view's click, for scripts and tests: reveals the node or edge `id` ("n0", "e2") of the map on screen.
    vscode.commands.registerCommand('biolex.revealMapItem', async (id: string) => {
      const range = await MechanismMapPanel.current?.reveal(id);
      return range && { line: range.start.line, character: range.start.character };
    }),
    // Run by the "Cite …" fix after it appends an entry to a .bib: the server reads bibliographies from disk, so
    // the new key would look unknown until the file is saved.
    vscode.commands.registerCommand('biolex.saveAppendedFiles', async (args?: { uris?: string[] }) => {
      for (const uri of args?.uris ?? []) {
        const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === vscode.Uri.parse(uri).toString());
        if (document?.isDirty) await document.save();
      }
    }),
    vscode.commands.registerCommand('biolex.restartServer', async () => {
      await stopClient();
      await startClient(context);
    }),
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      // The lexicon paths change the documents and files the client watches for the server.
      if (['biolex.enable', 'biolex.languages', 'biolex.lexicon.paths'].some((section) => event.affectsConfiguration(section))) {
        await stopClient();
        await startClient(context);
      }
    }),
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      void client?.sendNotification(WorkspaceTrustedNotification);
    }),
    vscode.window.onDidChangeActiveTextEditor(() => scheduleStatusUpdate()),
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.document === vscode.window.activeTextEditor?.document) scheduleStatusUpdate();
    }),
  );
  await startClient(context);
  // Workspaces with lexicon files get the schema for the YAML extension before its files are opened.
  if (vscode.workspace.isTrusted && (await vscode.workspace.findFiles('.biolex/*.{yaml,yml}', undefined, 1)).length > 0) {
    void registerYamlSchemas(context);
  }
}

export async function deactivate(): Promise<void> {
  await stopClient();
}

function languages(): string[] {
  const configured = vscode.workspace.getConfiguration('biolex').get<unknown>('languages');
  return Array.isArray(configured) && configured.every((l) => typeof l === 'string') ? configured : ['markdown', 'latex', 'tex'];
}

async function startClient(context: vscode.ExtensionContext): Promise<void> {
  if (!vscode.workspace.getConfiguration('biolex').get<boolean>('enable', true)) {
    statusItem.hide();
    mapItem.hide();
    return;
  }
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_V8_OPTIONS] } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_V8_OPTIONS, '--nolazy', '--inspect=6011'] } },
  };
  const lexiconPatterns = configuredLexiconPatterns();
  const documentSelector: DocumentSelector = [
    ...languages().flatMap((language) => [
      { scheme: 'file', language },
      { scheme: 'untitled', language },
      { scheme: 'vscode-remote', language },
    ]),
    { scheme: 'file', pattern: LEXICON_GLOB },
    ...lexiconPatterns.map((pattern) => ({ scheme: 'file', pattern })),
  ];
  const clientOptions: LanguageClientOptions = {
    documentSelector,
    synchronize: {
      configurationSection: 'biolex',
      fileEvents: [LEXICON_GLOB, ...lexiconPatterns].map((pattern) => vscode.workspace.createFileSystemWatcher(pattern)),
    },
    initializationOptions: { workspaceTrusted: vscode.workspace.isTrusted },
  };
  client = new LanguageClient('biolex', 'BioLex', serverOptions, clientOptions);
  client.onNotification(LexiconChangedNotification, (status) => {
    lexiconStatus = status;
    scheduleStatusUpdate();
  });
  await client.start();
  scheduleStatusUpdate();
}

/**
 * `biolex.lexicon.paths` of each folder as absolute glob patterns: a path names a file, or a folder whose
 * YAML and JSON files are lexicons. Empty in an untrusted workspace, where the server reads none of them.
 */
function configuredLexiconPatterns(): string[] {
  if (!vscode.workspace.isTrusted) return [];
  const patterns: string[] = [];
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    if (folder.uri.scheme !== 'file') continue;
    const paths = vscode.workspace.getConfiguration('biolex', folder.uri).get<unknown>('lexicon.paths');
    if (!Array.isArray(paths)) continue;
    for (const path of paths) {
      if (typeof path !== 'string' || path.trim() === '') continue;
      const absolute = (isAbsolute(path) ? path : join(folder.uri.fsPath, path)).replace(/\\/g, '/');
      patterns.push(absolute, `${absolute}/*.{yaml,yml,json}`);
    }
  }
  return patterns;
}

async function stopClient(): Promise<void> {
  const running = client;
  client = undefined;
  if (running) await running.stop();
}

async function entitiesOf(document: vscode.TextDocument, countOnly = false): Promise<EntitiesResult | undefined> {
  if (!client || !languages().includes(document.languageId)) return undefined;
  return client.sendRequest<EntitiesResult>(ENTITIES_REQUEST, { uri: document.uri.toString(), countOnly });
}

let statusTimer: NodeJS.Timeout | undefined;
function scheduleStatusUpdate(): void {
  clearTimeout(statusTimer);
  statusTimer = setTimeout(() => void updateStatus(), 250);
}

async function updateStatus(): Promise<void> {
  const document = vscode.window.activeTextEditor?.document;
  const result = document ? await entitiesOf(document, true).catch(() => undefined) : undefined;
  if (!result || !result.enabled) {
    statusItem.hide();
    mapItem.hide();
    return;
  }
  mapItem.show();
  const count = result.count;
  const broken = lexiconStatus?.brokenFiles ?? 0;
  const project = result.project ? ` · ${result.project.count} in project` : '';
  statusItem.text = `$(beaker) ${count} ${count === 1 ? 'entity' : 'entities'}${project}${broken > 0 ? ' $(warning)' : ''}`;
  const inProject = result.project ? `${result.project.count} in the ${result.project.files} files of its LaTeX project.` : undefined;
  statusItem.tooltip = [result.skipped ?? 'BioLex: entities recognized in this document. Click to list them.', inProject, lexiconSummary()].filter(Boolean).join('\n\n');
  statusItem.show();
}

function lexiconSummary(): string | undefined {
  const status = lexiconStatus;
  if (!status) return undefined;
  if (!status.trusted) return `Lexicon: ${status.entries} built-in entries. Workspace lexicons load once you trust this workspace.`;
  const files = status.workspaceFiles === 0 ? 'no workspace lexicon' : `${status.workspaceFiles} workspace lexicon file${status.workspaceFiles === 1 ? '' : 's'}`;
  const broken = status.brokenFiles > 0 ? `; ${status.brokenFiles} with errors (the last version without errors is in use)` : '';
  return `Lexicon: ${status.entries} entries (${files}${broken}).`;
}

async function showEntities(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage('BioLex: open a Markdown or LaTeX document first.');
    return;
  }
  const result = await entitiesOf(editor.document);
  if (!result || !result.enabled) {
    void vscode.window.showInformationMessage('BioLex is not enabled for this document.');
    return;
  }
  if (result.items.length === 0) {
    void vscode.window.showInformationMessage(result.skipped ?? 'BioLex found no entities in this document.');
    return;
  }
  type Item = vscode.QuickPickItem & { range: vscode.Range };
  const items: Item[] = result.items.map((item) => {
    const range = new vscode.Range(item.range.start.line, item.range.start.character, item.range.end.line, item.range.end.character);
    return {
      label: item.text.replace(/\s+/g, ' '),
      description: `${item.label} · ${item.type}`,
      detail: `line ${item.range.start.line + 1}`,
      range,
    };
  });
  const picked = await vscode.window.showQuickPick(items, {
    title: `BioLex: ${items.length} entity mentions`,
    matchOnDescription: true,
    onDidSelectItem: (item: Item) => editor.revealRange(item.range, vscode.TextEditorRevealType.InCenterIfOutsideViewport),
  });
  if (picked) {
    editor.selection = new vscode.Selection(picked.range.start, picked.range.end);
    editor.revealRange(picked.range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }
}
