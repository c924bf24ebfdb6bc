// `npm run train -- [DIR]`: fits the check-worthiness model on ClaimBuster
// (DIR/claimbuster/crowdsourced.jsonl, CC BY 4.0, Arslan et al. 2020) and writes
// server/src/analysis/claim-weights.json. Reproducible: the same data always gives the same file.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readJsonl, need } from './eval/common';
import { CLAIM_TRAINING, toExamples, trainClaimModel, type ClaimRow } from './eval/claim-model';

const dir = process.argv[2] ?? join(__dirname, '..', '..', 'shared', 'eval');
const absent: string[] = [];
const path = need(join(dir, 'claimbuster', 'crowdsourced.jsonl'), absent);
if (!path) {
  console.error(`train: ${absent[0]} is absent; give the evaluation data folder: npm run train -- DIR`);
  process.exit(2);
}
const started = Date.now();
const rows = readJsonl<ClaimRow>(path);
const model = trainClaimModel(toExamples(rows), CLAIM_TRAINING);
const out = join(__dirname, '..', 'server', 'src', 'analysis', 'claim-weights.json');
const sorted = Object.fromEntries(Object.entries(model.weights).sort(([a], [b]) => (a < b ? -1 : 1)));
const file = {
  about: 'Check-worthiness weights trained by `npm run train` on the ClaimBuster dataset (Arslan, Hassan, Li & Tremayne, ICWSM 2020; CC BY 4.0, https://doi.org/10.5281/zenodo.3609356).',
  sentences: rows.length,
  bias: model.bias,
  threshold: model.threshold,
  weights: sorted,
};
writeFileSync(out, JSON.stringify(file, null, 0).replace(/,"/g, ',\n"') + '\n');
console.log(`train: ${rows.length} sentences, ${Object.keys(sorted).length} weights, threshold ${model.threshold}, ${((Date.now() - started) / 1000).toFixed(1)} s -> ${out}`);
