/**
 * "BioLex: Show mechanism map": a webview beside the editor with the map of the active manuscript (the entries
 * its claims are about, each claim coloured by how it stands against the curated lexicon), laid out by the server
 * with Graphviz. It follows the editor: an edit redraws it once typing pauses, another manuscript brought to the
 * front switches it; a click (or Enter) on a node or an edge reveals its first mention or its sentence. The map
 * saves as SVG or PNG.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { MechanismMapRequest, type MechanismMapResult } from '../../server/src/protocol';

/** How long typing must pause before the map is drawn again. */
const REDRAW_DELAY_MS = 400;

/** What the map view shows, for the command's caller (the end-to-end tests). */
export interface MapShown {
  readonly uri: string;
  readonly version: number;
  readonly scope: MapScope;
  readonly nodes: number;
  readonly edges: number;
  readonly contradictions: number;
  /** How many unstated curated relations are drawn (none while the toggle is off). */
  readonly unstated: number;
  /** The element id of the first contradicting edge ("e3"), for `biolex.revealMapItem`. */
  readonly firstContradiction?: string;
}

export type MapScope = 'document' | 'section' | 'selection';

export class MechanismMapPanel {
  static #current: MechanismMapPanel | undefined;
  readonly #panel: vscode.WebviewPanel;
  readonly #client: LanguageClient;
  readonly #disposables: vscode.Disposable[] = [];
  #document: vscode.TextDocument;
  #map: MechanismMapResult | undefined;
  #shown: MapShown | undefined;
  #timer: NodeJS.Timeout | undefined;
  /** Whether the curated relations the manuscript leaves unstated are drawn (the view's toggle). */
  #unstated = false;
  /** What part of the manuscript is mapped: all of it, the section at the cursor, or the selection. */
  #scope: MapScope = 'document';
  #ready: Promise<void>;

  /** Opens the map of `document` (or brings the open one to it), and resolves once it is drawn. */
  static async show(context: vscode.ExtensionContext, client: LanguageClient, document: vscode.TextDocument, options: { unstated?: boolean; scope?: MapScope } = {}): Promise<MapShown | undefined> {
    let panel = MechanismMapPanel.#current;
    if (panel) panel.#panel.reveal(vscode.ViewColumn.Beside, true);
    else panel = MechanismMapPanel.#current = new MechanismMapPanel(context, client, document);
    panel.#document = document;
    // Scripts may set the view's controls; the view itself sends them as the user changes them.
    await panel.#ready;
    if (options.unstated !== undefined) panel.#unstated = options.unstated;
    if (options.scope !== undefined) panel.#scope = options.scope;
    return panel.#draw();
  }

  /** The map on screen, if any: for the end-to-end tests and "reveal". */
  static get current(): MechanismMapPanel | undefined {
    return MechanismMapPanel.#current;
  }

  /** What the map on screen shows, as last drawn. */
  get shown(): MapShown | undefined {
    return this.#shown;
  }

  private constructor(context: vscode.ExtensionContext, client: LanguageClient, document: vscode.TextDocument) {
    this.#client = client;
    this.#document = document;
    const scripts = vscode.Uri.joinPath(context.extensionUri, 'dist');
    this.#panel = vscode.window.createWebviewPanel('biolex.mechanismMap', 'Mechanism map', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
      enableScripts: true,
      retainContextWhenHidden: true,
      localResourceRoots: [scripts],
    });
    this.#panel.iconPath = vscode.Uri.joinPath(context.extensionUri, 'images', 'icon.png');
    let ready: () => void = () => undefined;
    this.#ready = new Promise((resolve) => (ready = resolve));
    this.#panel.webview.html = html(this.#panel.webview, vscode.Uri.joinPath(scripts, 'mapView.js'));
    this.#disposables.push(
      this.#panel.webview.onDidReceiveMessage((message: { type: string; id?: string; on?: boolean }) => {
        // The view says whether its toggle was left on (its state outlives a reload).
        if (message.type === 'ready') {
          this.#unstated = message.on === true;
          ready();
        }
        else if (message.type === 'reveal' && message.id) void this.reveal(message.id);
        else if (message.type === 'unstated') void this.setUnstated(message.on === true);
        else if (message.type === 'save' && (message.id === 'svg' || message.id === 'png')) void this.save(message.id);
        else if (message.type === 'scope' && (message.id === 'document' || message.id === 'section' || message.id === 'selection')) void this.setScope(message.id);
      }),
      this.#panel.onDidDispose(() => this.#dispose()),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document !== this.#document) return;
        clearTimeout(this.#timer);
        this.#timer = setTimeout(() => void this.#draw(), REDRAW_DELAY_MS);
      }),
      // The section or the selection mapped moves with the cursor.
      vscode.window.onDidChangeTextEditorSelection((event) => {
        if (this.#scope === 'document' || event.textEditor.document !== this.#document) return;
        clearTimeout(this.#timer);
        this.#timer = setTimeout(() => void this.#draw(), REDRAW_DELAY_MS);
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (!editor || editor.document === this.#document || !isManuscript(editor.document)) return;
        this.#document = editor.document;
        void this.#draw();
      }),
    );
  }

  /**
   * Saves the map as drawn: SVG as the server laid it out, or PNG as the view renders that SVG (at twice its size).
   * Without `target`, asks where. Returns where it was written.
   */
  async save(format: 'svg' | 'png', target?: vscode.Uri): Promise<string | undefined> {
    const svg = this.#map?.svg;
    if (!svg) return undefined;
    const name = (this.#document.uri.path.split('/').pop() ?? 'manuscript').replace(/\.[^.]*$/, '');
    const where =
      target ??
      (await vscode.window.showSaveDialog({
        title: `BioLex: save the mechanism map as ${format.toUpperCase()}`,
        filters: format === 'svg' ? { SVG: ['svg'] } : { PNG: ['png'] },
        ...(this.#document.uri.scheme === 'file' && { defaultUri: vscode.Uri.joinPath(this.#document.uri, '..', `${name}-map.${format}`) }),
      }));
    if (!where) return undefined;
    const bytes = format === 'svg' ? new TextEncoder().encode(svg) : await this.#png();
    if (!bytes) return undefined;
    await vscode.workspace.fs.writeFile(where, bytes);
    return where.toString();
  }

  /** The view's rendering of the SVG as PNG bytes; undefined if it does not answer within ten seconds. */
  async #png(): Promise<Uint8Array | undefined> {
    await this.#ready;
    const answer = new Promise<string | undefined>((resolve) => {
      const timer = setTimeout(() => resolve(undefined), 10_000);
      const listener = this.#panel.webview.onDidReceiveMessage((message: { type: string; data?: string }) => {
        if (message.type !== 'png') return;
        clearTimeout(timer);
        listener.dispose();
        resolve(message.data);
      });
    });
    await this.#panel.webview.postMessage({ type: 'png' });
    const data = await answer;
    return data === undefined ? undefined : Uint8Array.from(Buffer.from(data, 'base64'));
  }

  /** Maps all of the manuscript, the section at the cursor, or the selection. */
  setScope(scope: MapScope): Promise<MapShown | undefined> {
    this.#scope = scope;
    return this.#draw();
  }

  /** The part of the manuscript the scope names, from the editor that shows it (all of it without one). */
  #part(): { section?: vscode.Position; selection?: vscode.Range } {
    const editor = vscode.window.visibleTextEditors.find((e) => e.document === this.#document);
    if (!editor || this.#scope === 'document') return {};
    if (this.#scope === 'section') return { section: editor.selection.active };
    return editor.selection.isEmpty ? {} : { selection: editor.selection };
  }

  /** Draws the curated relations the manuscript leaves unstated, or not. */
  setUnstated(on: boolean): Promise<MapShown | undefined> {
    this.#unstated = on;
    return this.#draw();
  }

  /** Reveals what the element `id` of the map stands for: a node's first mention, an edge's first sentence. */
  async reveal(id: string): Promise<vscode.Range | undefined> {
    const map = this.#map;
    const index = Number(id.slice(1));
    const range = id.startsWith('n') ? map?.nodes[index]?.first : id.startsWith('e') ? map?.edges[index]?.claims[0]?.range : undefined;
    if (!range) return undefined;
    const selection = new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
    const editor = await vscode.window.showTextDocument(this.#document, { viewColumn: vscode.ViewColumn.One, selection });
    editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return selection;
  }

  async #draw(): Promise<MapShown | undefined> {
    const document = this.#document;
    const version = document.version;
    let map: MechanismMapResult;
    try {
      const part = this.#part();
      map = await this.#client.sendRequest(MechanismMapRequest, {
        uri: document.uri.toString(),
        svg: true,
        unstated: this.#unstated,
        ...(part.section && { section: { line: part.section.line, character: part.section.character } }),
        ...(part.selection && { selection: { start: { line: part.selection.start.line, character: part.selection.start.character }, end: { line: part.selection.end.line, character: part.selection.end.character } } }),
      });
    } catch (error) {
      void vscode.window.showErrorMessage(`BioLex: the mechanism map could not be drawn: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
    // An edit or a switch while the server worked: the newer request draws.
    if (document !== this.#document) return undefined;
    this.#map = map;
    this.#panel.title = `Mechanism map: ${document.uri.path.split('/').pop()}`;
    const contradictions = map.edges.filter((e) => e.status === 'contradicts').length;
    const scope = this.#scope === 'section' ? 'This section: ' : this.#scope === 'selection' ? 'The selection: ' : '';
    const summary = map.enabled
      ? `${scope}${map.nodes.filter((n) => n.claimed).length} entries, ${map.edges.length} claims (${contradictions} contradicting the curated literature), ${map.unstated.length} curated relations not stated`
      : 'BioLex does not analyse this document (see the biolex.languages setting).';
    await this.#ready;
    await this.#panel.webview.postMessage({ type: 'map', svg: map.svg ?? '', names: accessibleNames(map), summary, unstated: this.#unstated, scope: this.#scope });
    const first = map.edges.findIndex((e) => e.status === 'contradicts');
    this.#shown = { uri: document.uri.toString(), version, scope: this.#scope, nodes: map.nodes.filter((n) => n.claimed).length, edges: map.edges.length, contradictions, unstated: this.#unstated ? map.unstated.length : 0, ...(first >= 0 && { firstContradiction: `e${first}` }) };
    return this.#shown;
  }

  #dispose(): void {
    clearTimeout(this.#timer);
    for (const d of this.#disposables) d.dispose();
    if (MechanismMapPanel.#current === this) MechanismMapPanel.#current = undefined;
  }
}

function isManuscript(document: vscode.TextDocument): boolean {
  return ['markdown', 'latex', 'tex'].includes(document.languageId);
}

/** What a screen reader says of each node and edge. */
function accessibleNames(map: MechanismMapResult): Record<string, string> {
  const names: Record<string, string> = {};
  const label = (id: string): string => map.nodes.find((n) => n.id === id)?.label ?? id;
  map.nodes.forEach((node, i) => (names[`n${i}`] = `${node.label}, ${node.type}, named ${node.mentions} times${node.claimed ? '' : ', in no claim'}`));
  map.edges.forEach((edge, i) => {
    const status = edge.status === 'agrees' ? 'agrees with the curated literature' : edge.status === 'contradicts' ? 'contradicts the curated literature' : 'not curated';
    names[`e${i}`] = `${label(edge.from)} ${edge.negated ? 'does not ' : ''}${edge.effect} ${label(edge.to)}: ${status}, ${edge.claims.length} sentence${edge.claims.length === 1 ? '' : 's'}`;
  });
  map.unstated.forEach((r, i) => (names[`u${i}`] = `${label(r.subject)} ${r.predicate} ${label(r.object)}: curated, not stated in the manuscript`));
  return names;
}

function html(webview: vscode.Webview, script: vscode.Uri): string {
  const nonce = Array.from({ length: 32 }, () => Math.floor(Math.random() * 36).toString(36)).join('');
  // The theme's colours: the SVG's fixed ones give way to the editor's in dark and high-contrast themes.
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src ${webview.cspSource} data:; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}';">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Mechanism map</title>
<style nonce="${nonce}">
  body { margin: 0; padding: 0; color: var(--vscode-foreground); background: var(--vscode-editor-background); font-family: var(--vscode-font-family); overflow: hidden; }
  header { display: flex; gap: 1em; align-items: center; padding: 4px 8px; border-bottom: 1px solid var(--vscode-panel-border, transparent); font-size: 12px; }
  #stage { position: absolute; inset: 30px 0 0 0; overflow: hidden; cursor: grab; }
  #stage svg { transform-origin: 0 0; }
  #stage svg > g > polygon:first-child { fill: transparent; stroke: none; }
  #stage text { fill: var(--vscode-editor-foreground); }
  #stage .node > *:not(text) { stroke: var(--vscode-editor-foreground); fill: transparent; }
  #stage .node.unclaimed > *, #stage .edge.unstated > * { stroke: var(--vscode-disabledForeground); opacity: 0.7; }
  #stage .node.unclaimed text, #stage .edge.unstated text { fill: var(--vscode-disabledForeground); stroke: none; }
  #stage .edge.agrees path, #stage .edge.agrees polygon { stroke: var(--vscode-testing-iconPassed, #2e7d32); }
  #stage .edge.agrees polygon { fill: var(--vscode-testing-iconPassed, #2e7d32); }
  #stage .edge.agrees text { fill: var(--vscode-testing-iconPassed, #2e7d32); }
  #stage .edge.contradicts path, #stage .edge.contradicts polygon { stroke: var(--vscode-editorError-foreground, #c62828); }
  #stage .edge.contradicts polygon { fill: var(--vscode-editorError-foreground, #c62828); }
  #stage .edge.contradicts text { fill: var(--vscode-editorError-foreground, #c62828); }
  #stage [role="button"] { cursor: pointer; }
  #stage [role="button"]:focus { outline: 2px solid var(--vscode-focusBorder); }
</style>
</head>
<body>
<header><button id="reset">Reset zoom</button><button id="save-svg">Save as SVG</button><button id="save-png">Save as PNG</button><select id="scope" aria-label="Part of the manuscript"><option value="document">Whole document</option><option value="section">This section</option><option value="selection">Selection</option></select><label><input type="checkbox" id="unstated"> Curated relations not stated</label><span id="summary" role="status"></span></header>
<div id="stage" role="application" aria-label="Mechanism map: Tab moves through entries and claims, Enter shows one in the editor"></div>
<script nonce="${nonce}" src="${webview.asWebviewUri(script)}"></script>
</body>
</html>`;
}
