/** Requests BioLex adds to the LSP, shared by the server and the client (types only at run time). */
import { NotificationType, RequestType } from 'vscode-languageserver-protocol';
import type { MapEdge, MapNode, MechanismMap } from './service';

export interface EntityItem {
  readonly id: string;
  readonly label: string;
  readonly type: string;
  readonly text: string;
  readonly range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

export interface EntitiesResult {
  /** Empty when only the count was asked for. */
  readonly items: EntityItem[];
  readonly count: number;
  readonly enabled: boolean;
  readonly skipped?: string;
  /** For a file of a LaTeX project of several files: how many files, and the mentions in all of them. */
  readonly project?: { readonly files: number; readonly count: number };
}

/** The mentions of a document; `countOnly` for the status bar, which asks after every edit. */
export const EntitiesRequest = new RequestType<{ uri: string; countOnly?: boolean }, EntitiesResult, void>('biolex/entities');

/** The client tells the server that the user trusted the workspace: workspace lexicons may load now. */
export const WorkspaceTrustedNotification = new NotificationType<void>('biolex/workspaceTrusted');

/** What the lexicon in use is made of, sent after every (re)load, for the status bar. */
export interface LexiconStatus {
  readonly entries: number;
  /** Workspace lexicon files found, and how many of them have errors (their last good version is in use). */
  readonly workspaceFiles: number;
  readonly brokenFiles: number;
  /** False while the workspace is not trusted: only the built-in lexicon is in use. */
  readonly trusted: boolean;
}

export const LexiconChangedNotification = new NotificationType<LexiconStatus>('biolex/lexiconChanged');

export interface LexiconEntryItem {
  readonly id: string;
  readonly label: string;
  readonly type: string;
  readonly name?: string;
  /** Where the entry comes from: `built-in` or `workspace`. */
  readonly layer: string;
}

export interface LexiconEntriesParams {
  /** With `range`: the selection in this document, whose prose the result gives as `text`. */
  readonly uri?: string;
  readonly range?: { start: { line: number; character: number }; end: { line: number; character: number } };
}

export interface LexiconEntriesResult {
  readonly entries: LexiconEntryItem[];
  /** The selection as BioLex reads it, markup removed (`IFN-$\gamma$` → `IFN-γ`). */
  readonly text?: string;
  readonly trusted: boolean;
}

export const LexiconEntriesRequest = new RequestType<LexiconEntriesParams, LexiconEntriesResult, void>('biolex/lexiconEntries');

export interface LexiconEditParams {
  /** The workspace lexicon file's text, or null when it does not exist yet. */
  readonly current: string | null;
  readonly text: string;
  /** A new entry of this type (with an optional CURIE), or an alias of the entry `aliasOf`. */
  readonly type?: string;
  readonly xref?: string;
  readonly aliasOf?: string;
}

export type LexiconEditResult = { readonly text: string; readonly changed: boolean; readonly id: string } | { readonly error: string };

export const LexiconEditRequest = new RequestType<LexiconEditParams, LexiconEditResult, void>('biolex/lexiconEdit');

export enum ExportFormat {
  /** BioC JSON: one document, passages with annotations. */
  Bioc = 'bioc',
  /** PubTator: title and abstract lines, then one line per mention. */
  Pubtator = 'pubtator',
  /** brat standoff: a .txt with the prose and a .ann beside it. */
  Brat = 'brat',
}

export interface ExportResult {
  /** The files to write: `extension` after the chosen name's stem (brat: `.txt` and `.ann`). */
  readonly files: { readonly extension: string; readonly text: string }[];
  readonly annotations: number;
}

/**
 * `project`: every file of the document's LaTeX project, one document each (the document alone without one);
 * with `oneDocument`, the project's files joined into one document named after its root.
 */
export const ExportRequest = new RequestType<{ uri: string; format: ExportFormat; project?: boolean; oneDocument?: boolean }, ExportResult, void>('biolex/export');

/** An LSP range: what the editor reveals. */
export interface LspRange {
  readonly start: { line: number; character: number };
  readonly end: { line: number; character: number };
}

/**
 * The mechanism map of a document (the service's `MechanismMap`), its source offsets as editor ranges: a node's first
 * mention, each claim's words and sentence.
 */
export interface MechanismMapResult {
  readonly enabled: boolean;
  /**
   * With `svg` asked for: the map laid out by Graphviz, as `biolex map --format svg` draws it. Its elements' ids
   * are `n<i>`, `e<i>` and `u<i>`: the node, edge or unstated relation at index i of the lists below.
   */
  readonly svg?: string;
  readonly nodes: readonly (Omit<MapNode, 'first'> & { readonly first?: LspRange })[];
  readonly edges: readonly (Omit<MapEdge, 'claims'> & { readonly claims: readonly { readonly range: LspRange; readonly sentence: LspRange; readonly text: string }[] })[];
  readonly unstated: MechanismMap['unstated'];
}

/**
 * `svg`: lay the map out too; `unstated`: draw the curated relations the document leaves unstated in it; `section`:
 * only the section around this position (to the next heading of its level); `selection`: only this range.
 */
export const MechanismMapRequest = new RequestType<
  { uri: string; svg?: boolean; unstated?: boolean; section?: LspRange['start']; selection?: LspRange },
  MechanismMapResult,
  void
>('biolex/mechanismMap');
