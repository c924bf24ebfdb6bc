// "The pact, he said, will deepen ties": a cue and its source set off by commas inside what they
// report. The content is the sentence around them, not the aside itself: "The pact … will deepen
// ties", as a reader (and PolNeAR) marks it. Such a candidate becomes one per piece of its content,
// with the same phrase, cue and kind (the objects shared, so an incremental edit moves each once).
import type { Found } from './attribution';
import type { Span } from './types';

/** The candidates of a sentence with each parenthetical one split round its aside; the same list when none is. */
export function splitAsides(found: Found[], prose: string): Found[] {
  if (!found.some((f) => f.kind === 'parenthetical')) return found;
  const out: Found[] = [];
  for (const f of found) {
    const pieces = f.kind === 'parenthetical' ? aroundAside(prose, f.content, f.phrase, f.cue) : null;
    if (!pieces) out.push(f);
    else for (const content of pieces) out.push({ phrase: f.phrase, cue: f.cue, content, kind: f.kind });
  }
  return out;
}

/**
 * The content before and after an aside of source and cue set off by commas ("…, he said, …",
 * "…, said Mr Doctorow, …") inside the content span; null when the content does not run round them.
 */
export function aroundAside(prose: string, content: Span | null, mention: Span, cue: Span): Span[] | null {
  if (!content) return null;
  const from = Math.min(mention.start, cue.start);
  const to = Math.max(mention.end, cue.end);
  if (content.end <= to) return null;
  // ("Instead, said Mr Doctorow, DRM systems were …": after an opening connective, the part after the aside only)
  if (content.start >= from) return content.start <= from ? pieceAfter(prose, content, to) : null;
  // the comma before the aside and the one after it, past white space only
  let before = from - 1;
  while (before > content.start && isSpace(prose.charCodeAt(before))) before--;
  let after = to;
  while (after < content.end && isSpace(prose.charCodeAt(after))) after++;
  if (prose[before] !== ',' || prose[after] !== ',') return null;
  let end = before;
  while (end > content.start && isSpace(prose.charCodeAt(end - 1))) end--;
  let start = after + 1;
  while (start < content.end && isSpace(prose.charCodeAt(start))) start++;
  return end > content.start && start < content.end ? [{ start: content.start, end }, { start, end: content.end }] : null;
}

/** The content after an aside ending at offset `to` and its comma, as one piece. */
function pieceAfter(prose: string, content: Span, to: number): Span[] | null {
  let start = to;
  while (start < content.end && isSpace(prose.charCodeAt(start))) start++;
  if (prose[start] !== ',') return null;
  start++;
  while (start < content.end && isSpace(prose.charCodeAt(start))) start++;
  return start < content.end ? [{ start, end: content.end }] : null;
}

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;
