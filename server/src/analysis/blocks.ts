// Blocks: the paragraphs, headings, quotes, list items and cross-link lines of a document.
import { parseMarkdown, type RawBlock } from './markdown';
import { LineBreaks } from './lines';
import { isSpaceCode } from './letters';
import { SIGNED_LINE_END } from './dash-signature';
import type { Block, CrossLink } from './types';

// Promo lines that link to another story: "Read More: <headline>", "ALSO READ | …", "See also - …".
const CROSS_LINK =
  /^[\s>*_#-]*(?:read\s+more|also\s+read|read\s+also|see\s+also|related(?:\s+(?:story|article|news|coverage))?|recommended(?:\s+reading)?|must\s+read|don[’']t\s+miss|more\s+on\s+this(?:\s+story)?|suggested\s+reading|you\s+may\s+also\s+like)\s*[:|\-–—»]+\s*/iu;

export function splitBlocks(text: string, format: 'plaintext' | 'markdown'): { prose: string; blocks: Block[] } {
  const { prose, raw } = rawBlocks(text, format);
  return { prose, blocks: raw.map((b, i) => classifyBlock(prose, b, format, i)) };
}

/** Prose and blocks as the splitter sees them, before each is typed by its own text. */
export function rawBlocks(text: string, format: 'plaintext' | 'markdown'): { prose: string; raw: RawBlock[] } {
  if (format === 'markdown') {
    const { prose, blocks } = parseMarkdown(text);
    return { prose, raw: blocks };
  }
  const prose = plainProse(text);
  const raw: RawBlock[] = [];
  scanPlainBlocks(prose, 0, (start, end) => void raw.push({ kind: 'paragraph', start, end }));
  return { prose, raw };
}

/** A raw block typed by its own text alone: cross-link, plain-text title, or as the splitter said. */
export function classifyBlock(prose: string, b: RawBlock, format: 'plaintext' | 'markdown', index: number): Block {
  const block: Block = { kind: b.kind, start: b.start, end: b.end, index };
  const slice = prose.slice(b.start, b.end);
  const m = CROSS_LINK.exec(slice);
  if (m && m[0].length < slice.length) {
    const hs = b.start + m[0].length;
    const he = trimEnd(prose, hs, b.end);
    if (he > hs) {
      block.kind = 'cross-link';
      block.headline = { start: hs, end: he, text: prose.slice(hs, he).replace(/\s+/g, ' ') };
    }
  } else if (format === 'plaintext' && looksLikeTitle(slice)) {
    block.kind = 'heading';
  }
  return block;
}

/** A short plain-text line without closing punctuation is a headline or subhead, not a sentence. */
function looksLikeTitle(line: string): boolean {
  // At most 16 words (as line.split(/\s+/) counts them), counted up to the 17th only: most lines are paragraphs.
  if (line.includes('\n') || !atMostWords(line, 16)) return false;
  // (a quote closed by apostrophes after its full stop ends a sentence too: "… over,'' she said. ''I think so.''")
  // (nor a quote signed with a dash and a name: "“…” ― Sonya Herridge")
  return !/[.!?…:;,"”’)]\s*$/.test(line) && !/[.!?,]'+\s*$/.test(line) && !SIGNED_LINE_END.test(line);
}

/** Whether splitting at runs of white space gives at most n pieces. */
export function atMostWords(line: string, n: number): boolean {
  let pieces = 1;
  let inSpace = false;
  for (let i = 0; i < line.length; i++) {
    const space = isSpaceCode(line.charCodeAt(i));
    if (space && !inSpace && ++pieces > n) return false;
    inSpace = space;
  }
  return true;
}

export function crossLinksOf(blocks: Block[]): CrossLink[] {
  return blocks
    .filter((b) => b.kind === 'cross-link' && b.headline)
    .map((b) => ({
      start: b.start,
      end: b.end,
      block: b.index,
      headline: b.headline!.text,
      headlineSpan: { start: b.headline!.start, end: b.headline!.end },
    }));
}

/** Plain-text prose: control characters (NUL, form feeds from PDFs) become spaces, same length. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const CONTROLS = new RegExp(CONTROL.source, 'g');

/** The text with control characters blanked; the text itself when it has none (no copy to keep). */
export function plainProse(text: string): string {
  return CONTROL.test(text) ? text.replace(CONTROLS, ' ') : text;
}

/**
 * Plain text: a line is a paragraph (news copy puts one paragraph per line), except that a
 * hard-wrapped line whose successor starts in lower case continues the same paragraph. Wire copy
 * wrapped with a blank line after every line ("… in a separate early morning strike\n\nin the
 * southern city …") continues too, though only where the break falls between two lower-case words.
 * Scans from `from`, which must be the start of a line that starts a paragraph (or of the text),
 * reporting each paragraph as it closes. `stop(lineStart, start)` is asked before a new paragraph
 * opens, after the previous one was reported; true ends the scan there (the incremental analysis
 * stops once it is back in step with the previous version). Returns where it stopped, or -1.
 */
export function scanPlainBlocks(
  prose: string,
  from: number,
  onBlock: (start: number, end: number) => void,
  stop?: (lineStart: number, start: number) => boolean,
): number {
  const n = prose.length;
  let curStart = -1;
  let curEnd = -1;
  let lastLineEnd = 0;
  let lineStart = from;
  let blankLines = 0;
  const breaks = new LineBreaks(prose);
  while (lineStart < n) {
    const contentEnd = breaks.next(lineStart);
    const c = prose.charCodeAt(contentEnd);
    const next = contentEnd >= n ? n : c === 13 && prose.charCodeAt(contentEnd + 1) === 10 ? contentEnd + 2 : contentEnd + 1;
    const s = skipSpace(prose, lineStart, contentEnd);
    const e = trimEnd(prose, s, contentEnd);
    if (e <= s) {
      // (reported once the next line shows whether the paragraph goes on past the blank line)
      if (curStart >= 0 && ++blankLines > 1) {
        onBlock(curStart, curEnd);
        curStart = -1;
      }
    } else if (curStart >= 0 && (blankLines ? continuesAcrossBlank(prose, lastLineEnd, s) : continuesParagraph(prose, lastLineEnd, s))) {
      curEnd = e;
      blankLines = 0;
    } else {
      blankLines = 0;
      if (curStart >= 0) onBlock(curStart, curEnd);
      if (stop?.(lineStart, s)) return lineStart;
      curStart = s;
      curEnd = e;
    }
    if (e > s) lastLineEnd = e;
    lineStart = next;
  }
  if (curStart >= 0) onBlock(curStart, curEnd);
  return -1;
}

const ENDS_PARAGRAPH = /[.!?:;"”’)\]…]/;
const CONTINUES = /^[\p{Ll}\d(“"‘,]/u;

function continuesParagraph(prose: string, prevEnd: number, nextStart: number): boolean {
  if (ENDS_PARAGRAPH.test(prose[prevEnd - 1])) return false;
  // ("…shame.” ― Sonya Herridge" / "“During the debate …": a quote signed on its line ends it)
  if (SIGNED_LINE_END.test(prose.slice(Math.max(0, prevEnd - 60), prevEnd))) return false;
  return CONTINUES.test(prose[nextStart] ?? '');
}

/** "strike\n\nin the southern city": a lower-case word on both sides (not "iPhone", a name written so). */
function continuesAcrossBlank(prose: string, prevEnd: number, nextStart: number): boolean {
  return LOWER.test(prose[prevEnd - 1]) && LOWER.test(prose[nextStart] ?? '') && LOWER_WORD.test(prose.slice(nextStart, nextStart + 20));
}
const LOWER = /\p{Ll}/u;
const LOWER_WORD = /^\p{Ll}+(?![\p{L}\d])/u;

export function skipSpace(s: string, i: number, end: number): number {
  while (i < end && isSpaceCode(s.charCodeAt(i))) i++;
  return i;
}

export function trimEnd(s: string, start: number, end: number): number {
  while (end > start && isSpaceCode(s.charCodeAt(end - 1))) end--;
  return end;
}
