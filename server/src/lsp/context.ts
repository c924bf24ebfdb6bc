// What every LSP feature module receives: the connection, the open documents, the analysis cache
// and the current settings. Features register themselves; server.ts only wires them together.
import type { ClientCapabilities, CodeAction, CodeActionParams, Command, Connection, FileEvent } from 'vscode-languageserver/node';
import type { Finding } from '../rules/types';
import type { TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Config } from '../config';
import type { AnalysisCache, Analysed } from './documents';

export interface ServerSettings extends Config {
  enable: boolean;
  debounceMs: number;
  maxDocumentSize: number;
  inlayHints: boolean;
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
  /** Feature hooks: several modules contribute to one LSP request, so the server fans out. */
  addCodeActions(provider: CodeActionProvider): void;
  addCommand(id: string, handler: (args: unknown[]) => unknown): void;
  /** Adjusts findings before they become diagnostics (ignore comments, the claim ledger). */
  addFindingFilter(filter: FindingFilter): void;
  /** Extra Markdown appended to a hover card at an offset. */
  addHoverSection(provider: HoverSectionProvider): void;
  /** The findings of a document after every filter, as published. */
  findings(uri: string): Finding[];
  /** workspace/didChangeWatchedFiles fans out to every listener (one LSP handler per server). */
  addWatchedFilesListener(listener: (changes: FileEvent[]) => void): void;
  /** Whether the workspace is trusted (from the client's initializationOptions; true by default). */
  trusted(): boolean;
  /** What the client declared in initialize (watchers, progress, link support). */
  clientCapabilities(): ClientCapabilities;
  /** Runs after the client's `initialized`, when dynamic registration and server requests are allowed. */
  addInitializedHook(hook: () => void): void;
}

export type CodeActionProvider = (params: CodeActionParams, analysed: Analysed, doc: TextDocument) => Array<CodeAction | Command>;
export type FindingFilter = (uri: string, analysed: Analysed, findings: Finding[]) => Finding[];
export type HoverSectionProvider = (uri: string, analysed: Analysed, offset: number) => string | null;
