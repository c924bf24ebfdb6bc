// Check-worthiness on ClaimBuster (CFS = check-worthy) and CLEF-2019 CheckThat! task 1.
// Every line is read by the product as a one-line document: it is check-worthy when some statement
// has a non-null `claim`, and its score is the highest `checkWorthiness` of its statements.
import { withClaimModel, type ClaimModel } from '../../server/src/analysis/claims';
import { averagePrecision, binaryPRF, readJsonl, runProduct, type PRF } from './common';
import { CLAIM_TRAINING, foldOf, isCheckWorthy, toExamples, trainClaimModel, type ClaimRow } from './claim-model';

export interface LineVerdict {
  claim: boolean;
  score: number;
}

export function readLine(text: string): LineVerdict {
  const { report } = runProduct(text);
  let claim = false;
  let score = 0;
  for (const st of report.statements) {
    if (st.claim) claim = true;
    score = Math.max(score, st.checkWorthiness ?? 0);
  }
  return { claim, score };
}

export interface ClaimbusterScores extends PRF {
  folds: number;
  sentences: number;
  /** Mean of the five folds' thresholds (each chosen on its own training folds). */
  threshold: number;
  /** The shipped model (trained on all of ClaimBuster) on the same data: in-sample, not a test figure. */
  shippedInSample: PRF;
}

/**
 * 5-fold cross-validation by debate: for each fold a model is trained on the other four (same
 * features and settings as `npm run train`) and the product, running with it, reads the held-out fold.
 */
export function evaluateClaimbuster(path: string, log: (s: string) => void = () => {}): ClaimbusterScores {
  const rows = readJsonl<ClaimRow>(path);
  const examples = toExamples(rows);
  const folds = foldOf(rows.map((r) => r.file_id));
  const predicted: boolean[] = new Array(rows.length).fill(false);
  const gold = rows.map((r) => isCheckWorthy(r.label));
  const thresholds: number[] = [];
  for (let k = 0; k < 5; k++) {
    const model: ClaimModel = trainClaimModel(examples.filter((_, i) => folds.get(rows[i].file_id) !== k), CLAIM_TRAINING);
    thresholds.push(model.threshold);
    withClaimModel(model, () => {
      rows.forEach((r, i) => {
        if (folds.get(r.file_id) === k) predicted[i] = readLine(r.text).claim;
      });
    });
    log(`claimbuster: fold ${k + 1}/5 done`);
  }
  const shipped = binaryPRF(rows.map((r) => readLine(r.text).claim), gold);
  const cv = binaryPRF(predicted, gold);
  return {
    precision: cv.precision,
    recall: cv.recall,
    f1: cv.f1,
    folds: 5,
    sentences: rows.length,
    threshold: thresholds.reduce((a, b) => a + b, 0) / thresholds.length,
    shippedInSample: { precision: shipped.precision, recall: shipped.recall, f1: shipped.f1 },
  };
}

interface ClefRow {
  doc: string;
  line: number;
  text: string;
  label: number;
}

export interface ClefScores extends PRF {
  /** Average precision of the whole collection ranked by check-worthiness. */
  averagePrecision: number;
  /** CLEF's official measure: average precision per debate, averaged. */
  meanAveragePrecision: number;
  lines: number;
  positives: number;
}

/** The shipped model (trained on ClaimBuster only) ranks CLEF's debates and speeches. */
export function evaluateClef(path: string): ClefScores {
  const rows = readJsonl<ClefRow>(path);
  const verdicts = rows.map((r) => readLine(r.text));
  const gold = rows.map((r) => r.label === 1);
  const scores = verdicts.map((v) => v.score);
  const docs = [...new Set(rows.map((r) => r.doc))];
  const perDoc = docs.map((d) => {
    const idx = rows.map((r, i) => (r.doc === d ? i : -1)).filter((i) => i >= 0);
    return averagePrecision(idx.map((i) => scores[i]), idx.map((i) => gold[i]));
  });
  const f = binaryPRF(verdicts.map((v) => v.claim), gold);
  return {
    averagePrecision: averagePrecision(scores, gold),
    meanAveragePrecision: perDoc.reduce((a, b) => a + b, 0) / perDoc.length,
    precision: f.precision,
    recall: f.recall,
    f1: f.f1,
    lines: rows.length,
    positives: gold.filter(Boolean).length,
  };
}
