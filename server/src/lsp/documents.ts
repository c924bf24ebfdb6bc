// The analysis cache: one result per open document version, computed on demand, so that a hover
// never waits for a debounced diagnostics pass and never re-analyses an unchanged document.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { formatOf } from '../analysis/analyze';
import { LineIndex } from '../analysis/lines';
import { checkText, type CheckResult, type CheckSettings } from '../check';

export interface Analysed extends CheckResult {
  version: number;
  index: LineIndex;
}

export class AnalysisCache {
  private results = new Map<string, Analysed>();

  get(doc: TextDocument, settings: CheckSettings): Analysed {
    const cached = this.results.get(doc.uri);
    if (cached && cached.version === doc.version) return cached;
    const text = doc.getText();
    const format = doc.languageId === 'markdown' ? 'markdown' : formatOf(doc.uri);
    const result: Analysed = { ...checkText(text, format, settings), version: doc.version, index: new LineIndex(text) };
    this.results.set(doc.uri, result);
    return result;
  }

  delete(uri: string): void {
    this.results.delete(uri);
  }

  clear(): void {
    this.results.clear();
  }
}
