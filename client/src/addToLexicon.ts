/**
 * "BioLex: Add selection to the workspace lexicon": the selected spelling becomes a new entry (type and an
 * optional identifier asked for) or an alias of an entry the user picks, written into `.biolex/lexicon.yaml`
 * of the document's workspace folder. The server computes the new text (comments and formatting kept); the
 * client writes it and saves, and the server's file watcher reloads the lexicon, so the spelling lights up
 * in every open document.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { LexiconEditRequest, LexiconEntriesRequest, type LexiconEditParams, type LexiconEntryItem } from '../../server/src/protocol';

/** Arguments for callers that know the answers already (the code action, tests); anything missing is asked. */
export interface AddToLexiconArguments {
  /** The spelling; default: the selection in the active editor, as BioLex reads it. */
  readonly text?: string;
  /** The document the spelling is from (its workspace folder gets the lexicon); default: the active editor's. */
  readonly uri?: string;
  /** A new entry of this type… */
  readonly type?: string;
  /** …with this identifier (a CURIE such as HGNC:4556), or '' for none. */
  readonly id?: string;
  /** Or: add the spelling as an alias of the entry with this id. */
  readonly aliasOf?: string;
}

export interface AddToLexiconResult {
  /** The lexicon file written. */
  readonly file: string;
  /** The entry that has the spelling now. */
  readonly id: string;
}

const TYPES: readonly { type: string; label: string; detail: string }[] = [
  { type: 'gene', label: 'gene', detail: 'A gene or its protein (GPX4, SLC7A11)' },
  { type: 'complex', label: 'complex', detail: 'A protein complex or family (system Xc⁻, lipoxygenases)' },
  { type: 'compound', label: 'compound', detail: 'A compound or drug (erastin, RSL3)' },
  { type: 'metabolite', label: 'metabolite', detail: 'A metabolite, ion or lipid species (GSH, CoQ10, PUFA)' },
  { type: 'cell', label: 'cell', detail: 'A cell type (CD8⁺ T cell, TAM)' },
  { type: 'process', label: 'process', detail: 'A process or pathway (lipid peroxidation, ferritinophagy)' },
];

const CURIE = /^[A-Za-z][A-Za-z0-9_.]*:[A-Za-z0-9][A-Za-z0-9_.:-]*$/;

export const LEXICON_FILE = '.biolex/lexicon.yaml';

export async function addSelectionToLexicon(
  client: LanguageClient | undefined,
  args: AddToLexiconArguments = {},
  beforeWrite: () => Promise<void> = async () => undefined,
): Promise<AddToLexiconResult | undefined> {
  if (!client) {
    void vscode.window.showInformationMessage('BioLex is not running (see the biolex.enable setting).');
    return undefined;
  }
  const editor = vscode.window.activeTextEditor;
  const documentUri = args.uri ? vscode.Uri.parse(args.uri) : editor?.document.uri;
  const folder = (documentUri && vscode.workspace.getWorkspaceFolder(documentUri)) ?? vscode.workspace.workspaceFolders?.[0];
  if (!folder || folder.uri.scheme !== 'file') {
    void vscode.window.showInformationMessage('BioLex: open a folder first; the workspace lexicon is its .biolex/lexicon.yaml.');
    return undefined;
  }
  if (!vscode.workspace.isTrusted) {
    const manage = 'Manage Workspace Trust';
    const choice = await vscode.window.showInformationMessage('BioLex reads workspace lexicons only in a trusted workspace.', manage);
    if (choice === manage) await vscode.commands.executeCommand('workbench.trust.manage');
    return undefined;
  }

  const selection = !args.text && editor && editor.document.uri.toString() === documentUri?.toString() && !editor.selection.isEmpty ? editor.selection : undefined;
  const { entries, text: selected } = await client.sendRequest(LexiconEntriesRequest, {
    ...(selection && { uri: editor!.document.uri.toString(), range: client.code2ProtocolConverter.asRange(selection) }),
  });
  const text = (args.text ?? selected ?? '').replace(/\s+/g, ' ').trim();
  if (text === '') {
    void vscode.window.showInformationMessage('BioLex: select the name to add to the workspace lexicon first.');
    return undefined;
  }

  const params = args.type !== undefined || args.aliasOf !== undefined ? fromArguments(text, args) : await ask(text, entries);
  if (!params) return undefined;

  const file = vscode.Uri.joinPath(folder.uri, ...LEXICON_FILE.split('/'));
  const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === file.toString());
  const current = open ? open.getText() : await readText(file);
  const result = await client.sendRequest(LexiconEditRequest, { ...params, current });
  if ('error' in result) {
    void vscode.window.showErrorMessage(`BioLex: ${result.error}`);
    return undefined;
  }
  if (!result.changed) {
    void vscode.window.showInformationMessage(`BioLex: "${text}" is already in ${LEXICON_FILE}.`);
    return { file: file.toString(), id: result.id };
  }
  await beforeWrite();
  await write(file, open, result.text);

  const what = params.aliasOf !== undefined ? `as an alias of ${entries.find((e) => e.id === params.aliasOf)?.label ?? params.aliasOf}` : `as a new ${params.type}`;
  void vscode.window.showInformationMessage(`BioLex: added "${text}" to ${LEXICON_FILE} ${what}.`, 'Open Lexicon').then((choice) => {
    if (choice) void vscode.window.showTextDocument(file);
  });
  return { file: file.toString(), id: result.id };
}

function fromArguments(text: string, args: AddToLexiconArguments): Omit<LexiconEditParams, 'current'> {
  if (args.aliasOf !== undefined) return { text, aliasOf: args.aliasOf };
  return { text, type: args.type!, ...(args.id && { xref: args.id }) };
}

/** New entry (type, then an optional identifier), or an alias of an entry picked from the lexicon. */
async function ask(text: string, entries: readonly LexiconEntryItem[]): Promise<Omit<LexiconEditParams, 'current'> | undefined> {
  type Item = vscode.QuickPickItem & { entry?: LexiconEntryItem };
  const items: Item[] = [
    { label: `$(add) New entry "${text}"…`, detail: 'Choose its type and, if you like, an identifier.' },
    { label: 'or add it as an alias of', kind: vscode.QuickPickItemKind.Separator },
    ...entries.map((entry): Item => ({
      label: entry.label,
      description: `${entry.type} · ${entry.id}${entry.layer === 'workspace' ? ' · workspace' : ''}`,
      ...(entry.name !== undefined && { detail: entry.name }),
      entry,
    })),
  ];
  const picked = await vscode.window.showQuickPick(items, {
    title: `BioLex: add "${text}" to the workspace lexicon`,
    placeHolder: 'A new entry, or the entry this name is another spelling of',
    matchOnDescription: true,
    matchOnDetail: true,
  });
  if (!picked) return undefined;
  if (picked.entry) return { text, aliasOf: picked.entry.id };

  const type = await vscode.window.showQuickPick(
    TYPES.map((t) => ({ label: t.label, detail: t.detail, type: t.type })),
    { title: `BioLex: what is "${text}"?` },
  );
  if (!type) return undefined;
  const id = await vscode.window.showInputBox({
    title: `BioLex: identifier of "${text}" (optional)`,
    prompt: 'A compact identifier such as HGNC:4556, UniProt:P36969, PubChem:11214940 or CHEBI:16856; leave empty for none.',
    placeHolder: 'HGNC:4556',
    validateInput: (value) => (value.trim() === '' || CURIE.test(value.trim()) ? undefined : 'Write it as PREFIX:ID, e.g. HGNC:4556 or CHEBI:16856.'),
  });
  if (id === undefined) return undefined;
  return { text, type: type.type, ...(id.trim() !== '' && { xref: id.trim() }) };
}

async function readText(file: vscode.Uri): Promise<string | null> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
  } catch {
    return null;
  }
}

/** An open lexicon file is edited and saved (undo works, nothing unsaved is overwritten); else written. */
async function write(file: vscode.Uri, open: vscode.TextDocument | undefined, text: string): Promise<void> {
  if (open) {
    const edit = new vscode.WorkspaceEdit();
    edit.replace(file, new vscode.Range(open.positionAt(0), open.positionAt(open.getText().length)), text);
    if (!(await vscode.workspace.applyEdit(edit)) || !(await open.save())) throw new Error(`BioLex could not save ${LEXICON_FILE}.`);
    return;
  }
  await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(file, '..'));
  await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(text));
}
