// Whole-folder sweeps as separate processes, side by side in one run: our CLI (one thread and one
// per core), write-good, alex, textlint with textlint-rule-write-good, and a regex-only sentence
// split as the floor. Every tool reads the same files and writes its report to a discarded pipe.
import { spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { Corpus } from './corpus';
import { median, type Row } from './stats';

const ROOT = join(__dirname, '..', '..');
const bin = (p: string): string => join(ROOT, 'node_modules', p);

/** The floor: read every file and split it into sentences with one regular expression, nothing more. */
const FLOOR = `
const { readdirSync, readFileSync, statSync } = require('node:fs');
const { join } = require('node:path');
const re = /[^.!?]+(?:[.!?]+["”’)]*|$)/g;
let sentences = 0;
const walk = (d) => { for (const n of readdirSync(d)) { const p = join(d, n); if (statSync(p).isDirectory()) walk(p); else if (n.endsWith('.txt')) sentences += (readFileSync(p, 'utf8').match(re) || []).length; } };
walk(process.argv[1]);
process.stdout.write(sentences + '\\n');`;

interface Tool {
  name: string;
  args: (c: Corpus) => string[];
  /** Extra environment for the run. */
  env?: Record<string, string>;
}

export function tools(corpus: Corpus, runs: number): Row[] {
  const cores = availableParallelism();
  const ours: Tool[] = [
    // The default text report, as write-good, alex and textlint print theirs.
    { name: 'Source Check CLI, 1 thread', args: (c) => [join(ROOT, 'dist', 'cli.js'), c.root] },
    { name: `Source Check CLI, --jobs ${cores}`, args: (c) => [join(ROOT, 'dist', 'cli.js'), '--jobs', String(cores), c.root] },
    // Node's four V8 background threads (compiler jobs, GC helpers) preempt the analysis thread on a
    // small machine; one background thread is a setting a pipeline can choose (docs/performance.md).
    { name: 'Source Check CLI, 1 thread, NODE_OPTIONS=--v8-pool-size=1', args: (c) => [join(ROOT, 'dist', 'cli.js'), c.root], env: { NODE_OPTIONS: '--v8-pool-size=1' } },
  ];
  const others: Tool[] = [
    { name: 'write-good 1.0.8 (CLI)', args: (c) => [bin('write-good/bin/write-good.js'), ...c.files] },
    { name: 'alex 11.0.1 (CLI, --text)', args: (c) => [bin('alex/cli.js'), '--text', '--quiet', join(c.root, '**', '*.txt')] },
    { name: 'textlint 15.8.0 + textlint-rule-write-good 2.0.0', args: (c) => [bin('textlint/bin/textlint.js'), '--no-textlintrc', '--rule', 'write-good', join(c.root, '**', '*.txt')] },
    { name: 'Floor: one regex sentence split (node)', args: (c) => ['-e', FLOOR, c.root] },
  ];
  const once = (t: Tool): number => {
    const env = t.env ? { ...process.env, ...t.env } : process.env;
    const start = performance.now();
    const r = spawnSync(process.execPath, t.args(corpus), { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 30 });
    if (r.status === null || r.error) throw new Error(`${t.name} failed: ${r.error ?? r.signal} ${r.stderr}`);
    return (performance.now() - start) / 1000;
  };
  const seconds = (t: Tool): number[] => Array.from({ length: runs }, () => once(t));
  const mb = corpus.bytes / 1e6;
  const rows: Row[] = [];
  // Our variants take turns, five rounds in a full run: the machine's speed drifts within minutes,
  // and a drift then weighs on each variant alike.
  const oursSeconds: number[][] = ours.map(() => []);
  for (let round = 0; round < (runs > 1 ? Math.max(runs, 5) : 1); round++) ours.forEach((t, i) => oursSeconds[i].push(once(t)));
  const single = median(oursSeconds[0]);
  ours.forEach((t, i) =>
    rows.push({
      measure: `${t.name}: MB/s over ${corpus.files.length} files (${mb.toFixed(1)} MB, process start included)`,
      samples: oursSeconds[i].map((s) => mb / s),
      unit: 'MB/s',
      target: i === 1 ? undefined : '≥ 4 MB/s',
      ok: i === 1 ? undefined : mb / median(oursSeconds[i]) >= 4,
      note: `${median(oursSeconds[i]).toFixed(1)} s`,
    }),
  );
  for (const t of others) {
    const s = seconds(t);
    const floor = t.name.startsWith('Floor');
    rows.push({
      measure: `${t.name}: time over the same folder`,
      samples: s,
      unit: 's',
      target: floor ? 'ours within 4×' : 'slower than ours',
      ok: floor ? single / median(s) <= 4 : median(s) > single,
      note: floor ? `ours ÷ floor = ${(single / median(s)).toFixed(1)}` : `theirs ÷ ours = ${(median(s) / single).toFixed(2)}`,
    });
  }
  return rows;
}
