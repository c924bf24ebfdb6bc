// What every LSP feature module receives: the connection, the open documents, the analysis cache
// and the current settings. Features register themselves; server.ts only wires them together.
import type { Connection } from 'vscode-languageserver/node';
import type { TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Config } from '../config';
import type { AnalysisCache, Analysed } from './documents';

export interface ServerSettings extends Config {
  enable: boolean;
  debounceMs: number;
  maxDocumentSize: number;
}

export interface ServerContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  cache: AnalysisCache;
  settings(): ServerSettings;
  /** The analysis of an open document, or null when it is closed, disabled or too large. */
  analysed(uri: string): Analysed | null;
  /** Re-publish diagnostics for every open document (after settings, config or ledger changes). */
  refreshAll(): void;
  /** Root folders of the workspace, as file-system paths. */
  workspaceRoots(): string[];
}
