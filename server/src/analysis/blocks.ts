// Blocks: the paragraphs, headings, quotes, list items and cross-link lines of a document.
import { parseMarkdown, type RawBlock } from './markdown';
import type { Block, CrossLink, Span } from './types';

// Promo lines that link to another story: "Read More: <headline>", "ALSO READ | …", "See also - …".
const CROSS_LINK =
  /^[\s>*_#-]*(?:read\s+more|also\s+read|read\s+also|see\s+also|related(?:\s+(?:story|article|news|coverage))?|recommended(?:\s+reading)?|must\s+read|don[’']t\s+miss|more\s+on\s+this(?:\s+story)?|suggested\s+reading|you\s+may\s+also\s+like)\s*[:|\-–—»]+\s*/iu;

export function splitBlocks(text: string, format: 'plaintext' | 'markdown'): { prose: string; blocks: Block[] } {
  const { prose, blocks: raw } = format === 'markdown' ? parseMarkdown(text) : plainTextBlocks(text);
  const blocks: Block[] = [];
  for (const b of raw) {
    const block: Block = { ...b, index: blocks.length };
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
    blocks.push(block);
  }
  return { prose, blocks };
}

/** A short plain-text line without closing punctuation is a headline or subhead, not a sentence. */
function looksLikeTitle(line: string): boolean {
  if (line.includes('\n') || /[.!?…:;,"”’)]\s*$/.test(line)) return false;
  const words = line.split(/\s+/).length;
  return words <= 16;
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

/**
 * Plain text: a line is a paragraph (news copy puts one paragraph per line), except that a
 * hard-wrapped line whose successor starts in lower case continues the same paragraph.
 */
function plainTextBlocks(text: string): { prose: string; blocks: RawBlock[] } {
  // Control characters (NUL, form feeds from PDFs) become spaces: same length, no effect on offsets.
  const prose = text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ' ');
  const blocks: RawBlock[] = [];
  const lineRe = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
  let current: Span | null = null;
  let lastLineEnd = 0;
  for (let m = lineRe.exec(prose); m && m[0].length > 0; m = lineRe.exec(prose)) {
    const lineStart = m.index;
    const contentEnd = lineStart + m[0].replace(/[\r\n]+$/, '').length;
    const s = skipSpace(prose, lineStart, contentEnd);
    const e = trimEnd(prose, s, contentEnd);
    if (e <= s) {
      if (current) blocks.push({ kind: 'paragraph', ...current });
      current = null;
    } else if (current && continuesParagraph(prose, lastLineEnd, s)) {
      current.end = e;
    } else {
      if (current) blocks.push({ kind: 'paragraph', ...current });
      current = { start: s, end: e };
    }
    if (e > s) lastLineEnd = e;
    if (lineRe.lastIndex >= prose.length) break;
  }
  if (current) blocks.push({ kind: 'paragraph', ...current });
  return { prose, blocks };
}

function continuesParagraph(prose: string, prevEnd: number, nextStart: number): boolean {
  const last = prose[prevEnd - 1];
  if (/[.!?:;"”’)\]…]/.test(last)) return false;
  return /^[\p{Ll}\d(“"‘,]/u.test(prose[nextStart] ?? '');
}

export function skipSpace(s: string, i: number, end: number): number {
  while (i < end && /\s/.test(s[i])) i++;
  return i;
}

export function trimEnd(s: string, start: number, end: number): number {
  while (end > start && /\s/.test(s[end - 1])) end--;
  return end;
}
