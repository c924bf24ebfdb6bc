// The figures an "according to" opens a paragraph's run of: "According to unofficial results, BNP
// secured 209 of the 297 declared seats. Jamaat-e-Islami won 68 seats." The sentences right after
// it in the same paragraph, with no source of their own, go on reading the same results, report or
// census. Read from the finished model by the claim rule, like the list intro (list-intro.ts): an
// edit to the first sentence changes what the others rest on. So does a body's own figure in the
// sentence after its report: "Next said. Its mail order division saw sales rise 13.4%."
import type { DocumentModel, Source } from './types';

type Model = Pick<DocumentModel, 'prose' | 'blocks' | 'sentences' | 'sources' | 'statements'>;

/** How many sentences after it the "according to" still covers. */
const RUN = 2;
/** Openings that turn from the document to something else: "Earlier, the price was raised …". */
const TURNS = /^(?:however|but|meanwhile|earlier|previously|historically|separately|despite|although|though|besides|in addition|on the other hand)\b/i;

/** Whether an "according to" with a named source, earlier in the paragraph and at most RUN sentences back, covers the sentence at `index`. */
export function sourcedByAccordingRun(model: Model, index: number): boolean {
  const s = model.sentences[index];
  if (TURNS.test(model.prose.slice(s.start, s.start + 24))) return false;
  for (let i = index - 1; i >= 0 && i >= index - RUN; i--) {
    if (model.sentences[i].block !== s.block) return false;
    const st = model.statements[i];
    if (st.attributions.length) return st.attributions.some((a) => a.kind === 'according-to' && model.sources[a.source].type !== 'vague');
  }
  return false;
}

/**
 * "Overall sales were up 12.4%, Next said. Its Next Directory division saw sales rise 13.4%.": a
 * figure of the body's own, in the sentence right after one in which that body (a named firm or
 * institution, not a person) reports, read as more of its report.
 */
export function ownFiguresAfterReport(model: Model, index: number, kinds: readonly string[]): boolean {
  const s = model.sentences[index];
  if (index === 0 || !OWN.test(model.prose.slice(s.start, s.start + 4)) || !(kinds.includes('statistic') || kinds.includes('money'))) return false;
  // (the report may close the paragraph before: "…, according to the latest survey from the ISM. ¶ Its index …")
  const before = model.blocks[model.sentences[index - 1].block];
  if (before.kind === 'heading' || before.kind === 'cross-link') return false;
  return model.statements[index - 1].attributions.some((a) => a.kind !== 'lede-sourced' && isBody(model.sources[a.source]));
}
/** A named body: a firm, an institution, an outlet or a document, or one word the registry took for a person ("Next said", "TimeWarner said": "Its" cannot stand for a person). */
const isBody = (src: Source): boolean => src.type !== 'vague' && (src.type !== 'person' || (!src.role && !/\s/.test(src.name)));
const OWN = /^Its\b/;
