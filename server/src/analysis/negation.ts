// A negated report is a report: "Roffman doesn’t want to …", "he hasn’t endorsed her", "Trump isn’t
// saying what …". The contracted negative auxiliary stands between the source and its cue, as "does
// not" does, and belongs to the cue.

/** A contracted negative auxiliary of any kind: "didn't", "wasn't", "won't", "can't" (a lower-case word). */
export const isNegatedAuxiliary = (w: string): boolean => NEGATED_AUXILIARY.test(w);
const NEGATED_AUXILIARY = /^(?:did|does|do|is|was|are|were|has|have|had|wo|would|could|should|ca|can|must|might)n['’]t$/;

/** "doesn’t want", "hasn’t endorsed", "isn’t saying" (a progressive's only): a contracted negative auxiliary before the cue. */
export function negatedAuxiliary(word: string, cue: string): boolean {
  if (!/n[’']t$/i.test(word)) return false;
  const aux = word.slice(0, -3).toLowerCase();
  // ("wouldn't say", "won't say": as "would not say"; "can't" and "couldn't" only before belief or saying, cue-left.ts)
  return /^(do|does|did|has|have|had|would|wo)$/.test(aux) || (/ing$/.test(cue) && /^(is|are|was|were)$/.test(aux));
}
