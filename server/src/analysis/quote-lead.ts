// A quote after a colon that a cue leads to: "released the following statement: “…”", "told reporters
// on Monday: “…”", "added warily: “…”". The quote is the content; the words that lead to it are the
// cue's when they only say how it was said.
import { isAdverb, looksLikeVerb, prevEnd } from './attribution-grammar';
import type { Token } from './types';
import { tokenAt } from './token-at';

/** Words that say how something was said: "added warily:", "explained it this way:", "released the following statement:". */
const LEAD_WORD = /^(this|it|way|the|following|a|an|statement|message|caveat|warning|note|again|back|simply|so|as|follows|with|smile)$/i;

/**
 * For a cue whose last token is `last` and whose content would start at token `from`, with a quote
 * starting at offset `at`: when only a few words and a colon lead to the quote, where the content
 * starts (the quote's token) and where the cue ends (past those words, when they only say how it was
 * said). Null when the words before the quote are a clause of their own.
 */
export function quoteLead(t: Token[], last: number, from: number, at: number): { content: number; cueEnd: number } | null {
  let i = from;
  for (; i < t.length && t[i].start < at; i++) if (i - from > 8 || /^(that|whether|if|and|but)$/i.test(t[i].text) || t[i].kind === 'quote' || looksLikeVerb(t[i].text)) return null;
  if (tokenAt(t, i - 1)?.text !== ':') return null;
  let how = true;
  for (let j = last + 1; j < i && how; j++) if (t[j].kind === 'word' && !LEAD_WORD.test(t[j].text) && !/^[a-z]+ly$/.test(t[j].text) && !isAdverb(t[j].text)) how = false;
  return { content: i, cueEnd: how ? prevEnd(t, i) : t[last].end };
}
