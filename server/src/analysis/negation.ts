// A negated report is a report: "Roffman doesn’t want to …", "he hasn’t endorsed her", "Trump isn’t
// saying what …". The contracted negative auxiliary stands between the source and its cue, as "does
// not" does, and belongs to the cue.

/** "doesn’t want", "hasn’t endorsed", "isn’t saying" (a progressive's only): a contracted negative auxiliary before the cue. */
export function negatedAuxiliary(word: string, cue: string): boolean {
  if (!/n[’']t$/i.test(word)) return false;
  const aux = word.slice(0, -3).toLowerCase();
  return /^(do|does|did|has|have|had)$/.test(aux) || (/ing$/.test(cue) && /^(is|are|was|were)$/.test(aux));
}
