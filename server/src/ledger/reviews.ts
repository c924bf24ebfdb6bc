// The ledger applied to one checked document: which statement has which review, and the findings
// as the ledger adjusts them. Shared by the CLI (here, with files) and the server (lsp/ledger.ts).
import { dirname, resolve } from 'node:path';
import type { DocumentModel } from '../analysis/types';
import type { CheckResult } from '../check';
import type { Finding, SeveritySetting } from '../rules/types';
import { applyReviews } from './filter';
import { documentClaims } from './ids';
import { matchEntries, type MatchResult } from './match';
import { describeProblem, documentKey, findLedger, readLedger, type LedgerRead } from './store';
import { reviewOf, type Ledger, type Review } from './types';

export function matchDocument(model: DocumentModel, ledger: Ledger, document: string): MatchResult {
  return matchEntries(documentClaims(model), ledger.entries.filter((e) => e.document === document));
}

/** One `review` per statement (model.statements order), as in the CLI's JSON report. */
export function statementReviews(model: DocumentModel, matches: MatchResult | null): Array<Review | null> {
  return model.statements.map((_, i) => {
    const m = matches?.byStatement.get(i);
    return m ? reviewOf(m.entry, m.stale) : null;
  });
}

export interface Reviewed {
  findings: Finding[];
  reviews: Array<Review | null>;
}

/** For the CLI: finds each file's ledger (reading each ledger once) and applies it. */
export class LedgerLookup {
  private reads = new Map<string, LedgerRead>();
  /** Ledger path by folder: a folder of thousands of articles looks up the tree once, not per file. */
  private byFolder = new Map<string, string | null>();
  constructor(private readonly warn: (message: string) => void) {}

  /** The ledger governing `file` and the file's key in it; null when there is none. */
  locate(file: string): { read: LedgerRead; document: string } | null {
    // Keyed by the folder as written: resolving every file's path against the working folder would
    // cost more than the lookup it saves.
    const folder = dirname(file);
    let path = this.byFolder.get(folder);
    if (path === undefined) this.byFolder.set(folder, (path = findLedger(resolve(folder))));
    if (!path) return null;
    let read = this.reads.get(path);
    if (!read) {
      try {
        read = readLedger(path);
      } catch (e) {
        this.warn(`${(e as Error).message}; checking without it`);
        read = { path, exists: false, text: '', hash: '', ledger: { entries: [] }, problems: [] };
      }
      this.reads.set(path, read);
      // Valid entries still count; the file is only protected from being written.
      for (const p of read.problems) this.warn(`${describeProblem(path, p)} (entries with problems are ignored)`);
    }
    return { read, document: documentKey(path, file) };
  }

  apply(file: string | null, { model, findings }: CheckResult, severities: Record<string, SeveritySetting> = {}): Reviewed {
    const found = file ? this.locate(file) : null;
    if (!found) return { findings, reviews: statementReviews(model, null) };
    const matches = matchDocument(model, found.read.ledger, found.document);
    return { findings: applyReviews(model, findings, matches, severities), reviews: statementReviews(model, matches) };
  }
}
