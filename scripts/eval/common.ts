// Shared pieces of the evaluation: reading the data folder, running the product on a text, and the
// arithmetic of precision, recall, F1 and average precision.
import { existsSync, readFileSync } from 'node:fs';
import { LineIndex, type Position } from '../../server/src/analysis/lines';
import { checkText } from '../../server/src/check';
import { fileReport } from '../../server/src/output/json';

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

/** P/R/F1 from matched predictions and matched gold items; 0 where undefined. */
export function prf(predMatched: number, predTotal: number, goldMatched: number, goldTotal: number): PRF {
  const precision = predTotal ? predMatched / predTotal : 0;
  const recall = goldTotal ? goldMatched / goldTotal : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/** Binary P/R/F1 of the positive class. */
export function binaryPRF(predicted: boolean[], gold: boolean[]): PRF & { tp: number; fp: number; fn: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let i = 0; i < gold.length; i++) {
    if (predicted[i] && gold[i]) tp++;
    else if (predicted[i]) fp++;
    else if (gold[i]) fn++;
  }
  return { ...prf(tp, tp + fp, tp, tp + fn), tp, fp, fn };
}

/** Average precision of a ranking (mean of precision at each positive), ties broken by input order. */
export function averagePrecision(scores: number[], gold: boolean[]): number {
  const order = scores.map((s, i) => i).sort((a, b) => scores[b] - scores[a] || a - b);
  let hits = 0;
  let sum = 0;
  order.forEach((i, rank) => {
    if (gold[i]) {
      hits++;
      sum += hits / (rank + 1);
    }
  });
  return hits ? sum / hits : 0;
}

/** A small seeded generator (mulberry32), so samples and folds are the same on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffled<T>(items: T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

export function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

/** Returns the path when it exists, or records it as absent. */
export function need(path: string, absent: string[]): string | null {
  if (existsSync(path)) return path;
  absent.push(path);
  return null;
}

/** Maps Unicode code-point offsets (Python indices, as in the data) to UTF-16 offsets (JS indices). */
export function codePointMap(text: string): (cp: number) => number {
  const map: number[] = [];
  let u = 0;
  for (const ch of text) {
    map.push(u);
    u += ch.length;
  }
  map.push(u);
  return (cp) => map[Math.max(0, Math.min(cp, map.length - 1))];
}

export type Report = ReturnType<typeof fileReport>;
export type ReportStatement = Report['statements'][number];

/** The product's reading of a text, exactly as the CLI's JSON reports it, plus a range-to-offset map. */
export function runProduct(text: string, path = 'eval.txt'): { report: Report; offset: (p: Position) => number } {
  const report = fileReport(path, checkText(text, 'plaintext'));
  const index = new LineIndex(text);
  return { report, offset: (p) => index.offsetAt(p) };
}

export const pct = (x: number): string => (100 * x).toFixed(1);
export const round = (x: number, digits = 4): number => Math.round(x * 10 ** digits) / 10 ** digits;
