// A judgement the writer makes with a superlative of praise or blame ("one of the most bizarre photo
// opportunities of recent years", "one of Hollywood's most maverick talents", "the most striking
// thing about the pieces"): no ranking anyone measured, so nothing a source could be named for. Only
// when the superlative is the sentence's whole evidence: a figure, a date, an event or a comparison
// beside it is still a claim ("Cuba has suffered its most serious power cuts in a decade"), and so is
// a superlative a count or a record could settle ("the most successful country … with seven
// victories", "its most profitable brands").
import type { Claim, Sentence } from './types';

/** Adjectives of praise, blame or taste: what a "most" before them ranks is an opinion. */
const EVALUATIVE = new Set(
  `accomplished admired beautiful bizarre brilliant celebrated charismatic compelling creative dazzling
   defining delightful dramatic electrifying enjoyable entertaining exciting extraordinary fascinating
   gifted glamorous gripping hilarious iconic impressive incredible influential inspiring inspirational
   intriguing memorable maverick moving outrageous poignant remarkable respected romantic sensational
   shocking spectacular striking stunning talented thrilling unfortunate unforgettable visionary
   wonderful absurd embarrassing disappointing frustrating heartbreaking`.split(/\s+/),
);

/** Adverbs by which the writer offers a ranking as a judgement: "arguably the best". */
const JUDGED = /^(arguably|undoubtedly|surely|perhaps|probably|possibly)$/;

/** Whether the sentence's only evidence is "most" or "least" before an adjective of praise or blame, or a ranking the writer offers as a judgement. */
export function evaluativeSuperlativeOnly(s: Sentence, claim: Claim): boolean {
  if (claim.kinds.some((k) => k !== 'superlative' && k !== 'quote')) return false;
  if (!claim.evidence.length) return false;
  const t = s.tokens;
  return claim.evidence.every((e) => {
    const i = t.findIndex((x) => x.start === e.start);
    // ("arguably the biggest star of the season", "undoubtedly the leading side": a ranking the writer
    // offers as a judgement)
    if (i >= 0 && (JUDGED.test(t[i - 1]?.lower ?? '') || (/^(the|a|an|one)$/.test(t[i - 1]?.lower ?? '') && JUDGED.test(t[i - 2]?.lower ?? '')))) return true;
    if (i < 0 || (t[i].lower !== 'most' && t[i].lower !== 'least')) return false;
    // ("most charismatic and talented": the first adjective after it)
    const next = t[i + 1];
    return !!next && next.kind === 'word' && EVALUATIVE.has(next.lower);
  });
}
