// Training the check-worthiness model: logistic regression over the analysis's own sentence
// features, fitted by full-batch gradient descent (Adam) with an L2 penalty. Deterministic: no
// random initialisation, examples in file order, so the same data gives the same weights.
import { analyze } from '../../server/src/analysis/analyze';
import { sentenceFeatures, type ClaimModel } from '../../server/src/analysis/claims';

export interface ClaimRow {
  text: string;
  label: string;
  file_id: string;
}

/** One row (a debate line) read by the analysis: the features of each body sentence. */
export interface Example {
  sentences: string[][];
  positive: boolean;
  group: string;
}

export const isCheckWorthy = (label: string): boolean => label === 'CFS';

export function toExamples(rows: ClaimRow[]): Example[] {
  return rows.map((r) => {
    const m = analyze(r.text);
    const body = m.sentences.filter((s) => m.blocks[s.block].kind !== 'heading' && m.blocks[s.block].kind !== 'cross-link');
    return { sentences: body.map((s) => sentenceFeatures(m.prose, s, m.quotes)), positive: isCheckWorthy(r.label), group: r.file_id };
  });
}

/** The settings of the shipped model (chosen by 5-fold cross-validation by debate). */
export const CLAIM_TRAINING: TrainOptions = { minCount: 5, l2: 4e-4, iterations: 300, prune: 0.05 };

export interface TrainOptions {
  /** Features seen fewer times than this in training (a word twice in a sentence counts twice) are dropped. */
  minCount?: number;
  l2?: number;
  iterations?: number;
  /** Weights smaller than this are dropped from the saved model. */
  prune?: number;
}

/** Fits the model on the examples, then picks the F1-best threshold on held-out predictions. */
export function trainClaimModel(examples: Example[], opts: TrainOptions = {}): ClaimModel {
  const fitted = fit(examples, opts);
  // The threshold is chosen on predictions for debates the model did not see (3 inner folds by
  // debate), as in-sample scores are too confident.
  const groups = [...new Set(examples.map((e) => e.group))].sort();
  const scores: number[] = [];
  const gold: boolean[] = [];
  for (let k = 0; k < 3; k++) {
    const held = new Set(groups.filter((_, i) => i % 3 === k));
    const inner = fit(examples.filter((e) => !held.has(e.group)), opts);
    for (const e of examples.filter((x) => held.has(x.group))) {
      scores.push(predict(inner, e));
      gold.push(e.positive);
    }
  }
  return { ...fitted, threshold: bestThreshold(scores, gold) };
}

/** Score of a row: its most check-worthy sentence (questions aside, as the product scores them). */
export function predict(m: ClaimModel, e: Example): number {
  let best = 0;
  for (const f of e.sentences) {
    let z = m.bias;
    for (const x of f) z += m.weights[x] ?? 0;
    best = Math.max(best, 1 / (1 + Math.exp(-z)));
  }
  return best;
}

/**
 * The threshold for the F1 plateau's precise end: the highest cut whose F1 is within 0.005 of the
 * best. F1 is flat near its peak, and a higher cut means fewer false alarms in articles.
 */
export function bestThreshold(scores: number[], gold: boolean[], tolerance = 0.005): number {
  const order = scores.map((_, i) => i).sort((a, b) => scores[b] - scores[a]);
  const positives = gold.filter(Boolean).length;
  const cuts: Array<{ f1: number; threshold: number }> = [];
  let tp = 0;
  order.forEach((i, rank) => {
    if (gold[i]) tp++;
    const next = order[rank + 1];
    if (next !== undefined && scores[next] === scores[i]) return;
    cuts.push({ f1: (2 * tp) / (rank + 1 + positives), threshold: next === undefined ? scores[i] : (scores[i] + scores[next]) / 2 });
  });
  const best = Math.max(0, ...cuts.map((c) => c.f1));
  const chosen = cuts.filter((c) => c.f1 >= best - tolerance).reduce((a, b) => (b.threshold > a.threshold ? b : a), { f1: 0, threshold: 0 });
  return Math.round(chosen.threshold * 10000) / 10000;
}

function fit(examples: Example[], { minCount = 5, l2 = 1e-3, iterations = 300, prune = 0.05 }: TrainOptions): ClaimModel {
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of e.sentences) for (const x of f) counts.set(x, (counts.get(x) ?? 0) + 1);
  const names = [...counts].filter(([, c]) => c >= minCount).map(([n]) => n).sort();
  const index = new Map(names.map((n, i) => [n, i]));
  const rows: Int32Array[] = [];
  const ys: number[] = [];
  for (const e of examples) {
    for (const f of e.sentences) {
      rows.push(Int32Array.from(f.map((x) => index.get(x) ?? -1).filter((i) => i >= 0)));
      ys.push(e.positive ? 1 : 0);
    }
  }
  const n = names.length + 1; // the last weight is the bias
  const w = new Float64Array(n);
  const g = new Float64Array(n);
  const m1 = new Float64Array(n);
  const m2 = new Float64Array(n);
  const [rate, b1, b2, eps] = [0.05, 0.9, 0.999, 1e-8];
  for (let it = 1; it <= iterations; it++) {
    g.fill(0);
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r];
      let z = w[n - 1];
      for (let j = 0; j < row.length; j++) z += w[row[j]];
      const err = 1 / (1 + Math.exp(-z)) - ys[r];
      for (let j = 0; j < row.length; j++) g[row[j]] += err;
      g[n - 1] += err;
    }
    for (let j = 0; j < n; j++) {
      const grad = g[j] / rows.length + (j < n - 1 ? l2 * w[j] : 0);
      m1[j] = b1 * m1[j] + (1 - b1) * grad;
      m2[j] = b2 * m2[j] + (1 - b2) * grad * grad;
      w[j] -= (rate * (m1[j] / (1 - b1 ** it))) / (Math.sqrt(m2[j] / (1 - b2 ** it)) + eps);
    }
  }
  const weights: Record<string, number> = {};
  names.forEach((name, i) => {
    if (Math.abs(w[i]) >= prune) weights[name] = Math.round(w[i] * 1000) / 1000;
  });
  return { bias: Math.round(w[n - 1] * 1000) / 1000, threshold: 0.5, weights };
}

/** Five folds by debate (file_id): debates sorted by name, dealt round-robin. */
export function foldOf(groups: string[], folds = 5): Map<string, number> {
  return new Map([...new Set(groups)].sort().map((g, i) => [g, i % folds]));
}
