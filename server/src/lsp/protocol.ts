// Custom requests between the VS Code client and the server. Types only, so the client bundle can
// import them without pulling in server code. Other editors can send the same requests.
import type { Range } from 'vscode-languageserver-protocol';
import type { IndexedSource } from './article';
import type { Summary } from './summary';

export type { IndexedSource, IndexedStatement } from './article';
export type { IndexStats } from './workspace-index';

export interface UriParams {
  uri: string;
}

/** `sourcecheck/summary`: the counts line of a document; null when it is not open or not checked. */
export const SUMMARY_REQUEST = 'sourcecheck/summary';
export interface SummaryResult {
  text: string;
  counts: Summary;
}

/** `sourcecheck/sources`: the document's sources, each with its statements; null when not checked. */
export const SOURCES_REQUEST = 'sourcecheck/sources';
export interface SourcesResult {
  uri: string;
  sources: IndexedSource[];
}

/** `sourcecheck/report`: a Markdown report of one document; null when not checked. */
export const REPORT_REQUEST = 'sourcecheck/report';
export interface ReportResult {
  markdown: string;
}

/** `sourcecheck/indexWorkspace` `{ rebuild? }`: waits for the workspace index (re-reading it when asked) and counts it. */
export const INDEX_REQUEST = 'sourcecheck/indexWorkspace';
export interface IndexParams {
  rebuild?: boolean;
}

export type { Range, Summary };
