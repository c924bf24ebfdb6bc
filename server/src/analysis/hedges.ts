// Hedges: words by which the article distances itself from a claim ("reportedly", "claimed"), and
// statements that a claim is not confirmed. A hedge inside attributed content is the speaker's.
import { DISTANCING_CUES, HEDGE_WORDS, MODAL_HEDGES } from './lexicon';
import type { Attribution, Hedge, Sentence, Span } from './types';

const PHRASES: Array<[RegExp, Hedge['type']]> = [
  [/\bit is (?:understood|believed|thought|alleged|claimed|rumou?red)\b/giu, 'reported'],
  [/\b(?:is|are|was|were) (?:said|believed|thought|alleged|reported|rumou?red) to\b/giu, 'reported'],
  [/\bcould not (?:be )?(?:independently )?(?:verif(?:y|ied)|confirm(?:ed)?)\b/giu, 'unverified'],
  [/\b(?:has|have|had|did) not (?:yet )?(?:publicly |independently |officially )?(?:confirm(?:ed)?|verif(?:y|ied)|corroborat(?:e|ed))\b/giu, 'not-confirmed'],
  [/\b(?:has|have) yet to (?:confirm|verify|comment)\b|\bdeclined to (?:confirm|comment)\b|\bno independent (?:confirmation|verification)\b|\bwas not immediately (?:verifiable|confirmed)\b|\bnot been (?:independently )?(?:confirmed|verified)\b/giu, 'not-confirmed'],
  [/\b(?:appears?|seems?|appeared|seemed) to\b|\baccording to (?:unconfirmed|unverified) reports\b/giu, 'epistemic'],
];

export function findHedges(prose: string, s: Sentence, attributions: Attribution[], quoteSpans: Span[]): Hedge[] {
  const hedges: Hedge[] = [];
  const inside = (a: Span): boolean =>
    attributions.some((x) => x.content && a.start >= x.content.start && a.end <= x.content.end) ||
    quoteSpans.some((q) => a.start >= q.start && a.end <= q.end);
  for (const tok of s.tokens) {
    if (tok.kind !== 'word') continue;
    const w = tok.text.toLowerCase();
    let type: Hedge['type'] | null = null;
    if (HEDGE_WORDS.has(w)) type = 'hedge';
    else if (MODAL_HEDGES.has(w) && w !== 'would' && w !== 'should' && w !== 'can') type = 'epistemic';
    else if (DISTANCING_CUES.has(w) && attributions.some((a) => a.cue.start === tok.start)) type = 'reported';
    if (!type) continue;
    // "May" the month is not a hedge.
    if (w === 'may' && /^M/.test(tok.text)) continue;
    hedges.push({ start: tok.start, end: tok.end, text: tok.text, type, inQuote: type === 'reported' ? false : inside(tok) });
  }
  const text = prose.slice(s.start, s.end);
  for (const [re, type] of PHRASES) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const span = { start: s.start + m.index, end: s.start + m.index + m[0].length };
      if (hedges.some((h) => h.start < span.end && span.start < h.end)) continue;
      hedges.push({ ...span, text: m[0], type, inQuote: type === 'not-confirmed' ? false : inside(span) });
    }
  }
  return hedges.sort((a, b) => a.start - b.start);
}
