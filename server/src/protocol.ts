/** Requests BioLex adds to the LSP, shared by the server and the client (types only at run time). */
import { RequestType } from 'vscode-languageserver-protocol';

export interface EntityItem {
  readonly id: string;
  readonly label: string;
  readonly type: string;
  readonly text: string;
  readonly range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

export interface EntitiesResult {
  readonly items: EntityItem[];
  readonly enabled: boolean;
  readonly skipped?: string;
}

export const EntitiesRequest = new RequestType<{ uri: string }, EntitiesResult, void>('biolex/entities');
