/**
 * The server's side of workspace lexicons: which files they are (`.biolex/*.{yaml,yml,json}` at the root of
 * each workspace folder, then `biolex.lexicon.paths`), reading them again when the client reports a change,
 * and the diagnostics of an open lexicon file. Whether a file is in use, and which version, is the pure
 * `WorkspaceLexicon`'s business; this class only brings it the files, and only in a trusted workspace.
 */
import { fileURLToPath } from 'node:url';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { LexiconLayer, WorkspaceLexicon, lexiconFileProblems, type Lexicon, type LexiconFile, type WorkspaceLexiconFile } from './service';
import { lexiconUri, MAX_WORKSPACE_LEXICON_BYTES, type LexiconFolder } from './node/lexiconFiles';
import { WorkspaceLexiconReader } from './node/lexiconReading';
import type { LexiconStatus } from './protocol';

/** The documents the client sends as lexicon files (its documentSelector has the same pattern). */
const LEXICON_DOCUMENT = /\/\.biolex\/[^/]+\.(ya?ml|json)$/i;

export interface ReloadResult {
  /** The files in use changed: the service must be rebuilt. */
  readonly changed: boolean;
  /** Files whose current text has errors and did not before (or are new with errors). */
  readonly newlyBroken: readonly WorkspaceLexiconFile[];
  /** Sentences for the log (a configured path that does not exist…). */
  readonly notes: readonly string[];
}

/** A file URI as the lexicon names files (the client may encode characters differently); others unchanged. */
export function canonicalUri(uri: string): string {
  if (!uri.startsWith('file:')) return uri;
  try {
    return lexiconUri(fileURLToPath(uri));
  } catch {
    return uri;
  }
}

export class WorkspaceLexicons {
  readonly #builtIn: readonly LexiconFile[];
  readonly #state = new WorkspaceLexicon();
  readonly #reader = new WorkspaceLexiconReader();
  #folders: string[] = [];
  #trusted: boolean;

  constructor(builtIn: readonly LexiconFile[], trusted: boolean) {
    this.#builtIn = builtIn;
    this.#trusted = trusted;
  }

  get trusted(): boolean {
    return this.#trusted;
  }

  /** Takes effect at the next reload. */
  trust(): void {
    this.#trusted = true;
  }

  /** Workspace folders as file URIs; folders of other schemes have no workspace lexicon. */
  setFolders(uris: readonly string[]): void {
    this.#folders = uris.filter((uri) => uri.startsWith('file:')).map((uri) => fileURLToPath(uri));
  }

  get folders(): readonly string[] {
    return this.#folders;
  }

  /** The lexicon files to build the service from: built-in, then the workspace files in use when trusted. */
  files(): LexiconFile[] {
    return this.#trusted ? [...this.#builtIn, ...this.#state.filesInUse()] : [...this.#builtIn];
  }

  /**
   * Reads the workspace lexicons again, off the server's thread: requests are answered with the lexicon in use
   * meanwhile. `pathsOf` gives a folder's `biolex.lexicon.paths`. In an untrusted workspace nothing is read.
   */
  async reload(pathsOf: (folder: string) => Promise<readonly string[]>): Promise<ReloadResult> {
    if (!this.#trusted) return { changed: false, newlyBroken: [], notes: [] };
    const folders: LexiconFolder[] = [];
    for (const folder of this.#folders) folders.push({ folder, paths: await pathsOf(folder) });
    const { files, notes } = await this.#reader.read(folders);
    const brokenBefore = new Map(this.#state.all().map((state) => [state.current.file, state.errors.length > 0 ? state.current.text : undefined]));
    const changed = this.#state.update(files);
    const newlyBroken = this.#state.all().filter((state) => state.errors.length > 0 && brokenBefore.get(state.current.file) !== state.current.text);
    return { changed, newlyBroken, notes };
  }

  /** A document the server validates as a lexicon file and never reads for entities. */
  isLexiconDocument(uri: string): boolean {
    return LEXICON_DOCUMENT.test(uri) || this.#state.has(canonicalUri(uri));
  }

  status(lexicon: Lexicon): LexiconStatus {
    const all = this.#trusted ? this.#state.all() : [];
    return { entries: lexicon.entries.size, workspaceFiles: all.length, brokenFiles: all.filter((s) => s.errors.length > 0).length, trusted: this.#trusted };
  }

  /**
   * The problems of an open lexicon file as it is in the editor (saved or not), placed exactly, and a note on
   * what BioLex does with the file.
   */
  diagnostics(document: TextDocument): Diagnostic[] {
    const uri = canonicalUri(document.uri);
    const text = document.getText();
    // A file too large to load is not validated either: parsing it held every other request for seconds.
    if (text.length > MAX_WORKSPACE_LEXICON_BYTES || (text.length * 3 > MAX_WORKSPACE_LEXICON_BYTES && Buffer.byteLength(text) > MAX_WORKSPACE_LEXICON_BYTES)) {
      const message = `BioLex neither checks nor loads this file: it has ${Buffer.byteLength(text).toLocaleString('en')} bytes, more than a lexicon file may have (${MAX_WORKSPACE_LEXICON_BYTES.toLocaleString('en')}).`;
      return [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: DiagnosticSeverity.Warning, source: 'biolex', code: 'lexicon', message }];
    }
    const buffer: LexiconFile = { file: uri, text, layer: LexiconLayer.Workspace };
    const inUse = this.#trusted ? this.#state.filesInUse() : [];
    const others = inUse.some((file) => file.file === uri) ? inUse.map((file) => (file.file === uri ? buffer : file)) : [...inUse, buffer];
    const problems = lexiconFileProblems([...this.#builtIn, ...others], uri);
    const diagnostics: Diagnostic[] = problems.map((problem) => ({
      range: { start: document.positionAt(problem.offset), end: document.positionAt(problem.offset + problem.length) },
      severity: problem.severity === 'warning' ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error,
      source: 'biolex',
      code: 'lexicon',
      message: problem.message,
    }));
    const note = this.#note(uri, problems.some((p) => p.severity !== 'warning'));
    if (note) diagnostics.push({ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: DiagnosticSeverity.Information, source: 'biolex', code: 'lexicon', message: note });
    return diagnostics;
  }

  #note(uri: string, hasErrors: boolean): string | undefined {
    if (!this.#trusted) return 'This workspace is not trusted: BioLex uses only its built-in lexicon until you trust it.';
    const state = this.#state.get(uri);
    if (!state) return 'BioLex does not read this file: workspace lexicons are the files in .biolex/ at the root of a workspace folder, and those in the setting biolex.lexicon.paths.';
    if (!hasErrors) return undefined;
    return state.inUse
      ? 'Until these errors are fixed, BioLex keeps using the last saved version of this file without errors.'
      : 'BioLex does not use this file until these errors are fixed.';
  }
}
