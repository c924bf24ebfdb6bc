// Figures someone published, named as what another figure is measured against: "ahead of IMF
// forecasts", "in line with Bank of England estimates", "Reuters beat profit forecasts". The word
// is the noun there, never the verb of a subject before it. Read by noun-readings.ts (is the cue
// word a noun?) and by clauseSubject (is this the verb a participle's subject goes with?).
import { startsUpper } from './letters';
import type { Token } from './types';

const ESTIMATE_NOUNS = new Set(['estimates', 'forecasts', 'forecast', 'projections', 'predictions', 'reports', 'claims']);
/** Words a figure is measured against, right before whose estimate it is: "ahead of IMF forecasts", "beat profit estimates". */
const MEASURED_AGAINST = new Set('with than above below beat beats beating exceeded exceeds exceeding missed misses missing topped tops surpassed past under behind against versus vs'.split(' '));
/** The words before "of" or "on" or "to" that make it a measure: "ahead of", "short of", "based on", "compared to". */
const MEASURE_PHRASE = new Set(['ahead', 'short', 'excess', 'based', 'compared', 'relative', 'contrary']);

/**
 * "in line with Treasury and Bank of England forecasts", "ahead of IMF estimates", "Reuters beat
 * profit estimates": the figures someone published, the object of a comparison, not their verb.
 * Walks back over the names and words that say whose (seven at most) to the word they follow.
 */
export function estimateComparedWith(t: Token[], c: number): boolean {
  if (!ESTIMATE_NOUNS.has(t[c].lower)) return false;
  for (let k = c - 1; k >= 0 && c - k <= 7; k--) {
    const x = t[k];
    if (x.kind !== 'word') return false;
    const w = x.lower;
    if (MEASURED_AGAINST.has(w)) return k < c - 1;
    if ((w === 'of' || w === 'on' || w === 'to') && k > 0 && MEASURE_PHRASE.has(t[k - 1].lower)) return k < c - 1;
    // (a name, "of" or "and" inside one, "the", or a plain noun: "profit", "analyst")
    if (!(startsUpper(x.text) || w === 'of' || w === 'and' || w === 'the' || /^(profit|profits|earnings|revenue|sales|growth|analyst|analysts'?|market|consensus|official|government|city|industry|earlier|previous|latest|original|initial)$/.test(w))) return false;
  }
  return false;
}
