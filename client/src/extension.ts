/**
 * The VS Code client: starts the BioLex language server for Markdown and LaTeX documents, shows the entity
 * count in the status bar, and offers "Show entities in this document" and "Restart server".
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import type { EntitiesResult } from '../../server/src/protocol';

const ENTITIES_REQUEST = 'biolex/entities';
let client: LanguageClient | undefined;
let statusItem: vscode.StatusBarItem;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  statusItem = vscode.window.createStatusBarItem('biolex.entities', vscode.StatusBarAlignment.Right, 100);
  statusItem.name = 'BioLex entities';
  statusItem.command = 'biolex.showEntities';
  context.subscriptions.push(
    statusItem,
    vscode.commands.registerCommand('biolex.showEntities', () => showEntities()),
    vscode.commands.registerCommand('biolex.restartServer', async () => {
      await stopClient();
      await startClient(context);
    }),
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (event.affectsConfiguration('biolex.enable') || event.affectsConfiguration('biolex.languages')) {
        await stopClient();
        await startClient(context);
      }
    }),
    vscode.window.onDidChangeActiveTextEditor(() => scheduleStatusUpdate()),
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.document === vscode.window.activeTextEditor?.document) scheduleStatusUpdate();
    }),
  );
  await startClient(context);
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
    return;
  }
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: languages().flatMap((language) => [
      { scheme: 'file', language },
      { scheme: 'untitled', language },
      { scheme: 'vscode-remote', language },
    ]),
    synchronize: { configurationSection: 'biolex' },
  };
  client = new LanguageClient('biolex', 'BioLex', serverOptions, clientOptions);
  await client.start();
  scheduleStatusUpdate();
}

async function stopClient(): Promise<void> {
  const running = client;
  client = undefined;
  if (running) await running.stop();
}

async function entitiesOf(document: vscode.TextDocument): Promise<EntitiesResult | undefined> {
  if (!client || !languages().includes(document.languageId)) return undefined;
  return client.sendRequest<EntitiesResult>(ENTITIES_REQUEST, { uri: document.uri.toString() });
}

let statusTimer: NodeJS.Timeout | undefined;
function scheduleStatusUpdate(): void {
  clearTimeout(statusTimer);
  statusTimer = setTimeout(() => void updateStatus(), 250);
}

async function updateStatus(): Promise<void> {
  const document = vscode.window.activeTextEditor?.document;
  const result = document ? await entitiesOf(document).catch(() => undefined) : undefined;
  if (!result || !result.enabled) {
    statusItem.hide();
    return;
  }
  const count = result.items.length;
  statusItem.text = `$(beaker) ${count} ${count === 1 ? 'entity' : 'entities'}`;
  statusItem.tooltip = result.skipped ?? 'BioLex: entities recognized in this document. Click to list them.';
  statusItem.show();
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
