// Typed calls to the server's custom requests. A client that is stopped or failed answers null,
// so UI code never has to handle a rejected promise.
import { Disposable, languages, window, type TextDocument, type Uri } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  INDEX_REQUEST, REPORT_REQUEST, SOURCES_REQUEST, SUMMARY_REQUEST,
  type IndexParams, type IndexStats, type ReportResult, type SourcesResult, type SummaryResult,
} from '../../server/src/lsp/protocol';

export type { IndexedSource, IndexedStatement, IndexStats } from '../../server/src/lsp/protocol';

/** The documents the server checks: plain text and Markdown, on disk or untitled. */
export const isArticle = (doc: TextDocument): boolean =>
  (doc.uri.scheme === 'file' || doc.uri.scheme === 'untitled') && (doc.languageId === 'plaintext' || doc.languageId === 'markdown');

export class Requests {
  constructor(readonly client: LanguageClient) {}

  summary = (uri: Uri) => this.send<SummaryResult>(SUMMARY_REQUEST, { uri: this.uri(uri) });
  sources = (uri: Uri) => this.send<SourcesResult>(SOURCES_REQUEST, { uri: this.uri(uri) });
  report = (uri: Uri) => this.send<ReportResult>(REPORT_REQUEST, { uri: this.uri(uri) });
  indexWorkspace = (params: IndexParams) => this.send<IndexStats>(INDEX_REQUEST, params);

  private uri(uri: Uri): string {
    return this.client.code2ProtocolConverter.asUri(uri);
  }

  private async send<R>(method: string, params: object): Promise<R | null> {
    try {
      return (await this.client.sendRequest<R | null>(method, params)) ?? null;
    } catch {
      return null;
    }
  }
}

/**
 * Calls listener (debounced) when the active editor changes or its document's diagnostics do,
 * which is when the server has a new analysis of it.
 */
export function onActiveArticleChanged(listener: () => void, delayMs = 100): Disposable {
  let timer: NodeJS.Timeout | undefined;
  const later = (): void => {
    clearTimeout(timer);
    timer = setTimeout(listener, delayMs);
  };
  return Disposable.from(
    window.onDidChangeActiveTextEditor(later),
    languages.onDidChangeDiagnostics((e) => {
      const active = window.activeTextEditor?.document.uri.toString();
      if (active && e.uris.some((u) => u.toString() === active)) later();
    }),
    { dispose: () => clearTimeout(timer) },
  );
}
