// Timing and summary helpers for the benchmark: wall-clock samples, median and p95 (nearest rank).

export const median = (xs: number[]): number => quantile(xs, 0.5);
export const p95 = (xs: number[]): number => quantile(xs, 0.95);

/** Nearest-rank quantile: with few samples p95 is the largest, never an interpolation. */
export function quantile(xs: number[], q: number): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
}

/** Milliseconds per call of fn, `runs` samples after `warmup` unmeasured calls. */
export function timeRuns(fn: () => unknown, runs: number, warmup = Math.min(3, runs)): number[] {
  for (let i = 0; i < warmup; i++) fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    out.push(performance.now() - t);
  }
  return out;
}

export interface Row {
  measure: string;
  /** Samples in the row's unit; the table shows their median and p95. */
  samples: number[];
  unit: 'ms' | 's' | 'MB/s' | 'MB' | '×';
  target?: string;
  /** True when the target is met, false when not, undefined when there is none. */
  ok?: boolean;
  note?: string;
}

const fmt = (v: number, unit: Row['unit']): string => {
  if (!Number.isFinite(v)) return '–';
  const digits = v >= 100 ? 0 : v >= 10 ? 1 : v >= 1 ? 2 : 3;
  return `${v.toFixed(digits)} ${unit}`;
};

/** The results as a Markdown table (what docs/performance.md carries). */
export function table(rows: Row[]): string {
  const lines = ['| Measure | Median | p95 | Runs | Target | Met | Note |', '|---|---:|---:|---:|---|:---:|---|'];
  for (const r of rows) {
    const met = r.ok === undefined ? '' : r.ok ? 'yes' : '**no**';
    lines.push(`| ${r.measure} | ${fmt(median(r.samples), r.unit)} | ${fmt(p95(r.samples), r.unit)} | ${r.samples.length} | ${r.target ?? ''} | ${met} | ${r.note ?? ''} |`);
  }
  return lines.join('\n');
}
