// The analysis cache: one incremental analyzer per open document. Edits arrive as offsets (the
// TextDocuments hook below records them), so an update re-analyses only the paragraphs touched.
// Small updates run at once; large ones (opening a long document, any update of a long Markdown file) run in
// slices that yield to the event loop, so hovers and new edits are served meanwhile and a newer
// edit abandons the slice work (kept in the analyzer's cache, not lost).
//
// Contract: an Analysed is valid until the next update of its document. Its model shares objects
// with the analyzer, which moves them in place on the next update; findings are computed on
// first use, so read them before the document changes again or not at all.
import type { TextDocumentsConfiguration } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { formatOf } from '../analysis/analyze';
import { IncrementalAnalyzer, type TextChange, type UpdateJob } from '../analysis/incremental';
import { LineIndex } from '../analysis/lines';
import type { DocumentModel } from '../analysis/types';
import { analysisOptions, findingsOf, type CheckResult, type CheckSettings } from '../check';
import type { Finding } from '../rules/types';

export interface Analysed extends CheckResult {
  version: number;
  index: LineIndex;
}

/** Updates that re-analyse at most this many characters run synchronously; larger ones in slices. */
export const SYNC_WORK = 200_000;
/** Length of one slice of a large update before it yields, in milliseconds. */
const SLICE_MS = 8;

interface DocState {
  /** Format and analysis settings the analyzer was made with. */
  key: string;
  analyzer: IncrementalAnalyzer;
  /** Edits since the analyzer's last model, in order; null for one it cannot place (a full replace). */
  changes: Array<TextChange | null>;
  result: Analysed | null;
  settings: CheckSettings | null;
  /** Milliseconds of work (not waiting) the last update took, and a running average with findings. */
  busy: number;
  cost: number;
}

export class AnalysisCache {
  private docs = new Map<string, DocState>();
  private disposed = false;

  /** The current analysis, computed now whatever it costs. */
  get(doc: TextDocument, settings: CheckSettings): Analysed {
    const st = this.state(doc, settings);
    if (st.result && st.result.version === doc.version && st.settings === settings) return st.result;
    const started = performance.now();
    const begun = this.begin(st, doc);
    begun.job.step(Infinity);
    return this.finish(st, begun, doc.version, settings, started, 0);
  }

  /** The current analysis if it is ready or cheap to bring up to date (hovers, code actions), else null. */
  ready(doc: TextDocument, settings: CheckSettings): Analysed | null {
    const st = this.state(doc, settings);
    if (st.result && st.result.version === doc.version && st.settings === settings) return st.result;
    return this.work(st, doc) <= SYNC_WORK ? this.get(doc, settings) : null;
  }

  /**
   * The current analysis, in slices when large. Resolves null when the document changed or closed
   * meanwhile (whoever changed it schedules the next analysis).
   */
  async analyse(doc: TextDocument, settings: CheckSettings): Promise<Analysed | null> {
    const st = this.state(doc, settings);
    const version = doc.version;
    if (this.work(st, doc) <= SYNC_WORK) return this.get(doc, settings);
    const started = performance.now();
    let waited = 0;
    const begun = this.begin(st, doc);
    const current = (): boolean => !this.disposed && this.docs.get(doc.uri) === st && doc.version === version;
    try {
      while (!begun.job.step(performance.now() + SLICE_MS)) {
        const paused = performance.now();
        await new Promise<void>((resolve) => setImmediate(resolve));
        waited += performance.now() - paused;
        if (!current()) return null;
      }
    } catch {
      // A hover or code action brought the document up to date synchronously: its result stands.
      return current() && st.result?.version === version ? st.result : null;
    }
    return this.finish(st, begun, version, settings, started, waited);
  }

  /** Records an edit, as offsets into the text before it, for the next update of the document. */
  noteChange(uri: string, change: TextChange | null): void {
    this.docs.get(uri)?.changes.push(change);
  }

  /** Typical milliseconds of work to update the document and publish its diagnostics. */
  cost(uri: string): number {
    return this.docs.get(uri)?.cost ?? 0;
  }

  /** Records the work of one publish: the last update plus `extra` ms (findings, diagnostics). */
  noteCost(uri: string, extra: number): void {
    const st = this.docs.get(uri);
    if (!st) return;
    const ms = st.busy + extra;
    st.cost = st.cost ? 0.7 * st.cost + 0.3 * ms : ms;
  }

  delete(uri: string): void {
    this.docs.delete(uri);
  }

  clear(): void {
    this.docs.clear();
  }

  /** Stops sliced work for good (server shutdown). */
  dispose(): void {
    this.disposed = true;
    this.docs.clear();
  }

  private state(doc: TextDocument, settings: CheckSettings): DocState {
    const format = doc.languageId === 'markdown' ? 'markdown' : formatOf(doc.uri);
    const options = analysisOptions(format, settings);
    const key = JSON.stringify(options);
    let st = this.docs.get(doc.uri);
    if (!st || st.key !== key) {
      st = { key, analyzer: new IncrementalAnalyzer(options), changes: [], result: null, settings: null, busy: 0, cost: 0 };
      this.docs.set(doc.uri, st);
    }
    return st;
  }

  /**
   * Characters an update would re-analyse: the edited stretch, or everything. In Markdown, the
   * chunks the parser has not seen: an edit usually touches one, but an opened fence can reach
   * the end of the document.
   */
  private work(st: DocState, doc: TextDocument): number {
    const change = composeAll(st.changes);
    if (!st.analyzer.model || !change) return doc.getText().length;
    if (st.analyzer.format === 'markdown') return Math.max(change.newEnd - change.start, st.analyzer.markdownChunks.uncached(doc.getText()));
    return change.newEnd - change.start;
  }

  private begin(st: DocState, doc: TextDocument): Begun {
    const taken = st.changes.length;
    const text = doc.getText();
    const before = st.analyzer.model?.text.length;
    let change = before === undefined ? null : composeAll(st.changes);
    // A change that does not account for the new length was misrecorded: let the analyzer diff.
    if (change && before! + change.newEnd - change.oldEnd !== text.length) change = null;
    return { job: st.analyzer.begin(text, change ?? undefined), taken, change };
  }

  private finish(st: DocState, begun: Begun, version: number, settings: CheckSettings, started: number, waited: number): Analysed {
    const model = begun.job.commit();
    // The line index too is updated, not rebuilt, when the edit is known.
    const prev = st.result?.index;
    const index = prev && begun.change && prev.text.length + begun.change.newEnd - begun.change.oldEnd === model.text.length ? LineIndex.edited(prev, model.text, begun.change) : new LineIndex(model.text);
    st.busy = performance.now() - started - waited;
    st.changes.splice(0, begun.taken);
    st.result = result(model, index, version, settings);
    st.settings = settings;
    return st.result;
  }
}

interface Begun {
  job: UpdateJob;
  /** How many recorded edits the job covers, and the one change they make (null: unknown). */
  taken: number;
  change: TextChange | null;
}

function result(model: DocumentModel, index: LineIndex, version: number, settings: CheckSettings): Analysed {
  let findings: Finding[] | null = null;
  return {
    model,
    version,
    index,
    get findings(): Finding[] {
      return (findings ??= findingsOf(model, settings));
    },
  };
}

/** The edits as one changed range of the text before them; null when one of them is unknown. */
export function composeAll(changes: Array<TextChange | null>): TextChange | null {
  if (!changes.length) return { start: 0, oldEnd: 0, newEnd: 0 };
  let acc = changes[0];
  for (let i = 1; i < changes.length && acc; i++) acc = changes[i] && compose(acc, changes[i]!);
  return acc;
}

/** `a` then `b` (whose offsets are into the text after `a`) as one change. */
export function compose(a: TextChange, b: TextChange): TextChange {
  const delta = a.newEnd - a.oldEnd;
  return {
    start: Math.min(a.start, b.start),
    oldEnd: b.oldEnd <= a.newEnd ? a.oldEnd : b.oldEnd - delta,
    newEnd: Math.max(a.newEnd, b.oldEnd) + (b.newEnd - b.oldEnd),
  };
}

/** TextDocuments that tell the cache where each edit was, so no update has to diff the text. */
export function trackedDocuments(cache: AnalysisCache): TextDocumentsConfiguration<TextDocument> {
  return {
    create: TextDocument.create,
    update(doc, changes, version) {
      for (const c of changes) {
        if ('range' in c) {
          const start = doc.offsetAt(c.range.start);
          const oldEnd = doc.offsetAt(c.range.end);
          TextDocument.update(doc, [c], version);
          cache.noteChange(doc.uri, { start, oldEnd, newEnd: start + c.text.length });
        } else {
          TextDocument.update(doc, [c], version);
          cache.noteChange(doc.uri, null);
        }
      }
      return doc;
    },
  };
}
