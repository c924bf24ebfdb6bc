// A keystroke's Markdown chunks from the previous version's. Cutting a 1 MB document into chunks
// reads every line (markdown-limits.ts), and so does bounding its markup; most keystrokes change one
// chunk. The chunks before the edit stay; the cut is scanned again from the chunk before the one
// the edit is in, until a cut after the edit meets one of the previous version's, from where the
// previous chunks follow, moved by the edit's length. The result is what boundedChunks() gives,
// the same string objects where the text is the same (the parse cache finds them by text).
import { bounded, limitContainerNesting, limitInlineDelimiters, scanChunks } from './markdown-limits';
import { diff } from './text-diff';

export interface Chunked {
  text: string;
  chunks: Array<{ start: number; text: string }>;
  /** Whether bounding the markup left the text as it was: then chunks are slices of the text itself. */
  plain: boolean;
}

/** The chunks of a text, with whether bounding its markup changed nothing. */
export function chunked(text: string): Chunked {
  return { text, ...bounded(text) };
}

/** The chunks of `text`, an edit of `prev.text`: equal to chunked(text), most of them reused. */
export function rechunked(prev: Chunked, text: string): Chunked {
  if (!prev.plain || text.charCodeAt(0) === 0xfeff || prev.chunks.length < 3) return chunked(text);
  const ch = diff(prev.text, text);
  // Bounding is line- and paragraph-local: only the paragraphs the edit touched can start to need it.
  const from = paragraphStart(text, ch.start);
  const to = paragraphEnd(text, ch.newEnd);
  const touched = text.slice(from, to);
  if (limitInlineDelimiters(limitContainerNesting(touched)) !== touched) return chunked(text);

  const old = prev.chunks;
  // the chunk the edit starts in; the scan starts one before it, whose cut the edit cannot move
  let k = 0;
  while (k + 1 < old.length && old[k + 1].start <= ch.start) k++;
  const restart = Math.max(0, k - 1);
  const delta = ch.newEnd - ch.oldEnd;
  const oldStarts = new Map<number, number>();
  for (let i = restart + 1; i < old.length; i++) oldStarts.set(old[i].start, i);
  // A cut after the edit that the previous version made too, moved: from there on the text is the
  // previous one's, and so is the scan, whose state at a cut is the same whatever came before.
  let resume = -1;
  const { chunks: middle } = scanChunks(text, old[restart].start, undefined, undefined, (cut) => {
    if (cut < ch.newEnd) return false;
    resume = oldStarts.get(cut - delta) ?? -1;
    return resume >= 0;
  });
  const chunks = old.slice(0, restart).concat(middle);
  if (resume >= 0) for (let i = resume; i < old.length; i++) chunks.push(delta ? { start: old[i].start + delta, text: old[i].text } : old[i]);
  return { text, chunks, plain: true };
}

/** The start of the paragraph holding `at`: after the last blank line before it, as the bounds read blank. */
function paragraphStart(text: string, at: number): number {
  let line = text.lastIndexOf('\n', at - 1) + 1;
  while (line > 0) {
    const prev = text.lastIndexOf('\n', line - 2) + 1;
    if (blankForBounds(text, prev, line - 1)) return line;
    line = prev;
  }
  return 0;
}

/** The end of the paragraph holding `at`: the start of the next blank line, or the text's end. */
function paragraphEnd(text: string, at: number): number {
  let line = lineStartAfter(text, at);
  while (line < text.length) {
    const nl = text.indexOf('\n', line);
    const end = nl < 0 ? text.length : nl;
    if (blankForBounds(text, line, end)) return line;
    line = end + 1;
  }
  return text.length;
}

/** The start of the line after the one holding `at`, or the text's length. */
function lineStartAfter(text: string, at: number): number {
  const nl = text.indexOf('\n', at);
  return nl < 0 ? text.length : nl + 1;
}

/** A line of spaces, tabs and ">" only, bar a carriage return at its end: where limitInlineDelimiters starts its count again. */
function blankForBounds(text: string, start: number, end: number): boolean {
  let i = start;
  for (let c = text.charCodeAt(i); i < end && (c === 32 || c === 9 || c === 62); c = text.charCodeAt(++i));
  return i === end || (i === end - 1 && text.charCodeAt(i) === 13);
}
