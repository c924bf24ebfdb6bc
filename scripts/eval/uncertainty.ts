// Hedging: the Szeged Uncertainty Corpus (FactBank newswire, Wikipedia). A sentence is uncertain
// for the product when any statement lists a hedge, the article's own or a speaker's (the corpus
// labels the sentence, whoever hedges). Cues are scored against the annotated cue spans: exact
// when the same letters and digits are covered, partial when they share one.
import { binaryPRF, codePointMap, prf, readJsonl, runProduct, type PRF } from './common';
import { countPart, overlaps, positions, type Counts } from './polnear';

interface Row {
  text: string;
  label: string;
  cues: Array<{ start: number; end: number; text: string; type: string }>;
}

export interface UncertaintyScores {
  sentences: number;
  uncertain: number;
  sentence: PRF;
  cue: PRF & { partial: PRF };
}

export interface HedgeMiss {
  kind: 'missed' | 'false';
  sentence: string;
  cue: string;
}

export function evaluateUncertainty(path: string, misses?: HedgeMiss[]): UncertaintyScores {
  const rows = readJsonl<Row>(path);
  const predicted: boolean[] = [];
  const gold: boolean[] = [];
  const counts: Counts = { exact: [0, 0, 0, 0], partial: [0, 0, 0, 0] };
  for (const row of rows) {
    const { report, offset } = runProduct(row.text);
    const hedges = report.statements.flatMap((st) => st.hedges);
    const toU16 = codePointMap(row.text);
    const goldAll = row.cues.map((c) => positions(row.text, [[toU16(c.start), toU16(c.end)]]));
    const predAll = hedges.map((h) => positions(row.text, [[offset(h.range.start), offset(h.range.end)]]));
    const goldCues = goldAll.filter((p) => p.length);
    predicted.push(hedges.length > 0);
    gold.push(row.label === 'uncertain');
    countPart(goldAll, predAll, counts);
    if (misses) {
      row.cues.forEach((c, i) => {
        if (!predAll.some((p) => overlaps(p, goldAll[i]))) misses.push({ kind: 'missed', sentence: row.text, cue: c.text });
      });
      hedges.forEach((h, i) => {
        if (!goldCues.some((g) => overlaps(g, predAll[i]))) misses.push({ kind: 'false', sentence: row.text, cue: h.text });
      });
    }
  }
  const s = binaryPRF(predicted, gold);
  const [a, b, c, d] = counts.exact;
  const [e, f, g, h] = counts.partial;
  return {
    sentences: rows.length,
    uncertain: gold.filter(Boolean).length,
    sentence: { precision: s.precision, recall: s.recall, f1: s.f1 },
    cue: { ...prf(a, b, c, d), partial: prf(e, f, g, h) },
  };
}
