// A report that points back: "A total of 32 candidates have collected nominations. The district
// election office confirmed this information." The second sentence names the source of the
// first, though its own content is only "this information". Read from the finished model by the
// claim rule, like the page fragments: the incremental analysis rebuilds only edited statements,
// and an edit to the second sentence changes what the first one rests on. A sentence that only
// says where and how such a report was made ("He made the remarks at a press conference …", "The
// information was disclosed in a joint statement …") states no claim of its own either.
import { isBody } from './speaker-resolution';
import type { DocumentModel, Sentence, Span } from './types';

/**
 * Content that only names what was said before: "this information", "the matter", "the deaths",
 * with at most what it is about ("this information regarding the distribution of nominations").
 * Anything else after the noun says something of its own ("the figures represented an improvement").
 */
const POINTS_BACK =
  /^(?:this|that|these|those|the)\s+(?:(?:new|latest|revised|official|final)\s+)?(?:information|matter|news|incident|reports?|figures?|numbers?|data|deaths?|development|facts?|claims?|prices|rates|results|tariffs|fares|schedule|decision|date|arrangements?)(?:\s+(?:regarding|about|on|of|concerning)\s[^,;:]*)?[.,]?$/i;
const MAX_CONTENT = 80;
/** Verbs that vouch for what was said: "confirmed this information", not "welcomed the report". */
const VOUCHES = /^(?:confirm|verif|disclos|reveal|report|announc|stat|said|says?\b|told|tell|inform)/i;

/** Whether the sentence after `index`, in its paragraph or opening the next, names a source for it by pointing back. */
export function sourcedByNext(model: Pick<DocumentModel, 'prose' | 'blocks' | 'sentences' | 'sources' | 'statements'>, index: number): boolean {
  let at = index + 1;
  // ("The MPs will take their oaths on Tuesday. The cabinet will also take theirs. The EC Secretary
  // confirmed the schedule …": past one sentence that states no claim and names no source)
  if (model.statements[at] && !model.statements[at].attributions.length && !model.statements[at].claim && model.sentences[at].block <= model.sentences[index].block + 1) at++;
  const next = model.statements[at];
  if (!next || !next.attributions.length) return false;
  const s = model.sentences[at - 1];
  const n = model.sentences[at];
  if (n.block !== s.block && (n.block !== s.block + 1 || !isBody(model.blocks[n.block]))) return false;
  return next.attributions.some(
    (a) => a.kind !== 'lede-sourced' && !!a.content && model.sources[a.source].type !== 'vague' && VOUCHES.test(a.cue.text) && pointsBack(model.prose, a.content),
  );
}

function pointsBack(prose: string, content: Span): boolean {
  return content.end - content.start <= MAX_CONTENT && POINTS_BACK.test(prose.slice(content.start, content.end));
}

/** "The information was disclosed in …", "The greetings were conveyed in …", "This nomination was confirmed in …". */
const REPORT_PASSIVE =
  /^(?:the|this|these|such)\s+(?:information|greetings?|remarks?|comments?|statements?|announcement|nomination|message|news|demands?|call|observations?|views?)\s+(?:was|were|has been|have been|had been)\s+(?:\w+ly\s+)?(?:disclosed|conveyed|confirmed|made|announced|revealed|expressed|delivered|issued|given|stated|shared|published|placed|raised)\b/i;
/** "He made the remarks at …", "Tarique Rahman made these remarks while …", "AFED made the observations at …". */
const REPORT_SETTING = /^(?:he|she|they|\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4})\s+(?:made|gave|delivered|expressed)\s+(?:the|these|this|such|those)\s+(?:remarks?|comments?|statements?|observations?|speech|calls?|views?)\b/u;
/** Both name what was said within their first words: no more of the sentence is read. */
const OPENING = 160;

/** Whether the sentence only says where, when or how a report was made. */
export function describesReport(prose: string, s: Sentence): boolean {
  const opening = prose.slice(s.start, Math.min(s.end, s.start + OPENING));
  return REPORT_PASSIVE.test(opening) || REPORT_SETTING.test(opening);
}
