// In-process figures, on the bundled analysis (the code the server and CLI ship): full analysis of
// the seed, 1 MB and 10 MB; a one-character edit in the middle of 1 MB, as plain text and as
// Markdown; hover cards on 1 MB.
import type * as Analysis from './entry';
import { assemble, type Corpus } from './corpus';
import { seededRandom } from './standin';
import { median, p95, timeRuns, type Row } from './stats';

export interface InProcessOptions {
  seed: string;
  corpus: Corpus;
  quick: boolean;
}

export function inProcess(a: typeof Analysis, o: InProcessOptions): Row[] {
  const rows: Row[] = [];
  const q = (full: number, quick: number): number => (o.quick ? quick : full);
  const under = (ms: number) => (xs: number[]): boolean => p95(xs) < ms;
  const medianUnder = (ms: number) => (xs: number[]): boolean => median(xs) < ms;

  const seedRuns = timeRuns(() => a.analyze(o.seed), q(2000, 200), 50);
  rows.push({ measure: 'Full analysis, seed (2.7 KB)', samples: seedRuns, unit: 'ms', target: '< 1 ms', ok: medianUnder(1)(seedRuns) });
  rows.push({ measure: 'Full analysis + rules, seed', samples: timeRuns(() => a.checkText(o.seed, 'plaintext'), q(2000, 200), 50), unit: 'ms' });

  const mb1 = assemble(o.corpus.texts, 1_000_000);
  const full1 = timeRuns(() => a.analyze(mb1), q(9, 3), 2);
  rows.push({ measure: 'Full analysis, 1 MB', samples: full1, unit: 'ms', target: '< 250 ms', ok: medianUnder(250)(full1) });
  let model = a.analyze(mb1);
  rows.push({ measure: 'Rules over the 1 MB model', samples: timeRuns(() => a.findingsOf(model), q(9, 3), 1), unit: 'ms' });

  const mb10 = assemble(o.corpus.texts, 10_000_000);
  rows.push({ measure: 'Full analysis, 10 MB', samples: timeRuns(() => a.analyze(mb10), q(3, 1), 1), unit: 'ms' });

  // One character typed in the middle of 1 MB, then deleted: each is one incremental update.
  const { edits, withRules } = editRuns(a, mb1, 'plaintext', q(400, 60));
  rows.push({ measure: 'One-character edit in the middle of 1 MB (incremental)', samples: edits, unit: 'ms', target: '< 10 ms p95', ok: under(10)(edits) });
  rows.push({ measure: '… the same edit with rules (diagnostics ready)', samples: withRules, unit: 'ms' });
  // The same in Markdown, which the parser reads chunk by chunk (each article's title a heading).
  const md1 = assemble(o.corpus.texts, 1_000_000, true);
  rows.push({ measure: 'Full analysis, 1 MB of Markdown', samples: timeRuns(() => a.analyze(md1, { format: 'markdown' }), q(5, 2), 1), unit: 'ms' });
  const md = editRuns(a, md1, 'markdown', q(200, 40));
  rows.push({ measure: 'One-character edit in the middle of 1 MB of Markdown (incremental)', samples: md.edits, unit: 'ms', target: '< 10 ms p95', ok: under(10)(md.edits) });
  rows.push({ measure: 'Incremental analyzer, first pass over 1 MB', samples: timeRuns(() => new a.IncrementalAnalyzer().update(mb1), q(5, 2), 1), unit: 'ms' });

  // Hover cards at random offsets of the 1 MB document.
  model = a.analyze(mb1);
  const index = new a.LineIndex(mb1);
  const r = seededRandom(7);
  const hovers = timeRuns(() => a.hoverAt(model, index, Math.floor(r() * mb1.length)), q(500, 100), 20);
  rows.push({ measure: 'Hover card on 1 MB (in process)', samples: hovers, unit: 'ms', target: '< 5 ms p95', ok: under(5)(hovers) });

  // Throughput over the corpus, article by article, without process start or file reading.
  const sweep = timeRuns(() => o.corpus.texts.forEach((t) => a.checkText(t, 'plaintext')), q(3, 1), 1);
  rows.push({ measure: `Analysis + rules over the ${o.corpus.files.length} articles (in process)`, samples: sweep.map((ms) => o.corpus.bytes / 1e6 / (ms / 1000)), unit: 'MB/s' });
  return rows;
}

/** A character typed in the middle of `doc` and deleted again, `n` times: each one incremental update (the first 10 are warm-up). */
function editRuns(a: typeof Analysis, doc: string, format: 'plaintext' | 'markdown', n: number): { edits: number[]; withRules: number[] } {
  const inc = new a.IncrementalAnalyzer({ format });
  inc.update(doc);
  const mid = doc.length >> 1;
  const typed = doc.slice(0, mid) + 'x' + doc.slice(mid);
  const edits: number[] = [];
  const withRules: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    const m = i % 2 ? inc.update(doc, { start: mid, oldEnd: mid + 1, newEnd: mid }) : inc.update(typed, { start: mid, oldEnd: mid, newEnd: mid + 1 });
    const t1 = performance.now();
    if (i % 4 === 3) {
      a.findingsOf(m);
      withRules.push(performance.now() - t);
    }
    if (i >= 10) edits.push(t1 - t);
  }
  return { edits, withRules };
}
