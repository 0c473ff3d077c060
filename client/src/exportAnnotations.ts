/**
 * "BioLex: Export annotations…": the current document's mentions (or its LaTeX project's, one document per file or
 * one for the project) as BioC JSON, PubTator or brat standoff, written where the user says. The server computes the text with the same exporters as the CLI.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ExportFormat, ExportRequest } from '../../server/src/protocol';

export interface ExportArguments {
  readonly format?: ExportFormat;
  /** Where to write (a URI or a path); brat writes `<stem>.txt` and `<stem>.ann`. Default: ask. */
  readonly target?: string;
  /** The document to export; default: the active editor's. */
  readonly uri?: string;
  /** Every file of the document's LaTeX project, one document each; default: ask, for a LaTeX document. */
  readonly project?: boolean;
  /** With `project`: the project's files joined into one document, named after its root. */
  readonly oneDocument?: boolean;
}

const FORMATS: readonly { format: ExportFormat; label: string; detail: string; filters: Record<string, string[]>; extension: string }[] = [
  { format: ExportFormat.Bioc, label: 'BioC JSON', detail: 'Passages with annotations, as PubTator3 and the BioCreative corpora use it', filters: { 'BioC JSON': ['json'] }, extension: '.bioc.json' },
  { format: ExportFormat.Pubtator, label: 'PubTator', detail: 'Title and abstract lines, then one tab-separated line per mention', filters: { PubTator: ['pubtator', 'txt'] }, extension: '.pubtator' },
  { format: ExportFormat.Brat, label: 'brat standoff', detail: 'A .txt with the prose and a .ann with the annotations beside it', filters: { 'brat text': ['txt'] }, extension: '.txt' },
];

export async function exportAnnotations(client: LanguageClient | undefined, args: ExportArguments = {}): Promise<string[] | undefined> {
  const documentUri = args.uri ? vscode.Uri.parse(args.uri) : vscode.window.activeTextEditor?.document.uri;
  if (!client || !documentUri) {
    void vscode.window.showInformationMessage('BioLex: open a Markdown or LaTeX document to export its annotations.');
    return undefined;
  }
  const choice = args.format
    ? FORMATS.find((f) => f.format === args.format)
    : await vscode.window.showQuickPick(
        FORMATS.map((f) => ({ ...f, label: f.label, detail: f.detail })),
        { title: 'BioLex: export the annotations of this document as' },
      );
  if (!choice) return undefined;
  // A LaTeX chapter or root: this file, or its whole project (the root and every file it includes).
  const latex = /\.(tex|ltx)$/i.test(documentUri.path);
  const scope =
    args.project !== undefined || !latex
      ? { project: args.project === true, oneDocument: args.oneDocument === true }
      : await vscode.window.showQuickPick(
          [
            { label: 'This file', project: false, oneDocument: false },
            { label: 'Its whole LaTeX project', detail: 'The root and every file it includes, one document each', project: true, oneDocument: false },
            { label: 'Its whole LaTeX project, as one document', detail: 'The root and every file it includes, joined in reading order under the root\'s name', project: true, oneDocument: true },
          ],
          { title: 'BioLex: export the annotations of' },
        );
  if (!scope) return undefined;

  let exported;
  try {
    exported = await client.sendRequest(ExportRequest, { uri: documentUri.toString(), format: choice.format, project: scope.project, oneDocument: scope.oneDocument });
  } catch (error) {
    void vscode.window.showErrorMessage(`BioLex: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }

  const stem = documentUri.path.split('/').pop()!.replace(/\.[^.]*$/, '') || 'annotations';
  const target = args.target
    ? /^[a-z][a-z0-9+.-]+:/i.test(args.target) && !/^[a-z]:[\\/]/i.test(args.target)
      ? vscode.Uri.parse(args.target)
      : vscode.Uri.file(args.target)
    : await vscode.window.showSaveDialog({
        title: `BioLex: export ${choice.label}`,
        saveLabel: 'Export',
        filters: choice.filters,
        defaultUri: documentUri.scheme === 'file' ? vscode.Uri.joinPath(documentUri, '..', `${stem}${choice.extension}`) : undefined,
      });
  if (!target) return undefined;

  // brat: the name chosen is the .txt; its .ann goes beside it.
  const base = choice.format === ExportFormat.Brat ? target.path.replace(/\.(txt|ann)$/i, '') : undefined;
  const written: vscode.Uri[] = [];
  for (const file of exported.files) {
    const uri = base === undefined ? target : target.with({ path: `${base}${file.extension}` });
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(file.text));
    written.push(uri);
  }
  const names = written.map((uri) => uri.path.split('/').pop()).join(' and ');
  void vscode.window.showInformationMessage(`BioLex: exported ${exported.annotations} annotations to ${names}.`, 'Open').then((open) => {
    if (open) void vscode.window.showTextDocument(written[written.length - 1]!);
  });
  return written.map((uri) => uri.toString());
}
