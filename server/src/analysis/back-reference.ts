// A report that points back: "A total of 32 candidates have collected nominations. The district
// election office confirmed this information." The second sentence names the source of the
// first, though its own content is only "this information". Read from the finished model by the
// claim rule, like the page fragments: the incremental analysis rebuilds only edited statements,
// and an edit to the second sentence changes what the first one rests on.
import { isBodyBlock } from './analyze';
import type { DocumentModel, Span } from './types';

/**
 * Content that only names what was said before: "this information", "the matter", "the deaths",
 * with at most what it is about ("this information regarding the distribution of nominations").
 * Anything else after the noun says something of its own ("the figures represented an improvement").
 */
const POINTS_BACK =
  /^(?:this|that|these|those|the)\s+(?:information|matter|news|incident|reports?|figures?|numbers?|data|deaths?|development|facts?|claims?)(?:\s+(?:regarding|about|on|of|concerning)\s[^,;:]*)?[.,]?$/i;
const MAX_CONTENT = 80;
/** Verbs that vouch for what was said: "confirmed this information", not "welcomed the report". */
const VOUCHES = /^(?:confirm|verif|disclos|reveal|report|announc|stat|said|says?\b|told|tell|inform)/i;

/** Whether the sentence after `index`, in its paragraph or opening the next, names a source for it by pointing back. */
export function sourcedByNext(model: Pick<DocumentModel, 'prose' | 'blocks' | 'sentences' | 'sources' | 'statements'>, index: number): boolean {
  const next = model.statements[index + 1];
  if (!next || !next.attributions.length) return false;
  const s = model.sentences[index];
  const n = model.sentences[index + 1];
  if (n.block !== s.block && (n.block !== s.block + 1 || !isBodyBlock(model.blocks[n.block]))) return false;
  return next.attributions.some(
    (a) => a.kind !== 'lede-sourced' && !!a.content && model.sources[a.source].type !== 'vague' && VOUCHES.test(a.cue.text) && pointsBack(model.prose, a.content),
  );
}

function pointsBack(prose: string, content: Span): boolean {
  return content.end - content.start <= MAX_CONTENT && POINTS_BACK.test(prose.slice(content.start, content.end));
}
