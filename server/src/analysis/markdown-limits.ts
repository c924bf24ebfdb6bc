// Bounds on what the Markdown parser is given. micromark and mdast-util-from-markdown are exact but
// super-linear on some shapes: time grows with the square of a list's size (events are spliced per
// item) and faster still with container depth (1,000 nested list levels take minutes). So that no
// document can hang the server, we (1) parse long documents in chunks cut only where CommonMark
// cannot carry a construct across the cut, (2) neutralise container markers past a depth no
// article uses, and (3) emphasis and link delimiters past a count no paragraph needs. All keep every
// offset: the text handed to the parser has the same length.

/** Container markers (> or list bullets) honoured on one line; the rest are read as plain text. */
export const MAX_MARKERS_PER_LINE = 8;
/** A container marker further right than this column is read as plain text (deep indentation). */
export const MAX_MARKER_COLUMN = 40;
/** Emphasis and link delimiters (* _ [ ]) honoured per paragraph; the rest are read as spaces. */
export const MAX_DELIMITERS_PER_PARAGRAPH = 256;
/** A chunk ends at a safe cut chosen by the line's own text after this many lines... */
export const MIN_CHUNK_LINES = 24;
/** ...or at the first safe cut after this many, whatever the line. */
export const MAX_CHUNK_LINES = 240;

const BULLET_LINE = /^[-+*][ \t]+\S/;
const THEMATIC_BREAK = /^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
// HTML blocks of CommonMark types 1-5 may hold blank lines; they end at these markers.
const HTML_BLOCKS: Array<[RegExp, RegExp]> = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?:[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];

/**
 * Replaces container markers beyond MAX_MARKERS_PER_LINE on a line, or right of MAX_MARKER_COLUMN,
 * with no-break spaces. Ordinary documents come back unchanged (the same string).
 */
export function limitContainerNesting(text: string): string {
  let out: string[] | null = null;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let nl = text.indexOf('\n', lineStart);
    if (nl < 0) nl = text.length;
    let i = lineStart;
    let col = 0;
    let markers = 0;
    while (i < nl) {
      const c = text[i];
      if (c === ' ' || c === '\t') {
        col += c === '\t' ? 4 - (col % 4) : 1;
        i++;
        continue;
      }
      let len = 0;
      if (c === '>') len = 1;
      else if ((c === '-' || c === '+' || c === '*') && /[ \t]/.test(text[i + 1] ?? '')) len = 1;
      // (an ordered item's number: the first character tested before any string is made, as this
      // runs for every line on every keystroke)
      else if (c >= '0' && c <= '9') {
        const m = /^\d{1,9}[.)](?=[ \t])/.exec(text.slice(i, i + 11));
        if (m) len = m[0].length;
      }
      if (!len) break;
      markers++;
      if (markers > MAX_MARKERS_PER_LINE || col > MAX_MARKER_COLUMN) {
        // No-break spaces: not indentation to CommonMark (so the rest does not turn into a code
        // block), and white space to the tokenizer.
        out ??= text.split('');
        for (let k = i; k < i + len; k++) out[k] = '\u00a0';
      }
      i += len;
      col += len;
    }
    lineStart = nl + 1;
  }
  return out ? out.join('') : text;
}

/**
 * Replaces emphasis and link delimiters beyond MAX_DELIMITERS_PER_PARAGRAPH in a run of non-blank
 * lines with spaces. Matching delimiters is quadratic in micromark (16,000 pairs of "*_" in one
 * paragraph took a minute); inline markup cannot span a blank line, so the budget restarts there.
 * Line-start container markers ("* item") are never touched; an underscore inside a word is not a
 * delimiter and is not counted.
 */
export function limitInlineDelimiters(text: string, max = MAX_DELIMITERS_PER_PARAGRAPH): string {
  let out: string[] | null = null;
  let count = 0;
  let lineStart = 0;
  // The next delimiter at or after the current line, found by the expression: most lines have none,
  // and it skips them faster than a loop over characters (this runs on every keystroke in Markdown).
  let next = -1;
  const nextFrom = (from: number): number => ((DELIMITERS.lastIndex = from), DELIMITERS.test(text) ? DELIMITERS.lastIndex - 1 : text.length);
  while (lineStart < text.length) {
    let nl = text.indexOf('\n', lineStart);
    if (nl < 0) nl = text.length;
    let i = skipPrefixSpace(text, lineStart, nl);
    if (i === nl || (i === nl - 1 && text.charCodeAt(i) === 13)) count = 0; // a blank line ends the paragraph
    // skip list markers of the line prefix: "* ", "- ", "1. "
    for (let m; mayBeListMarker(text.charCodeAt(i)) && ((LIST_MARKER.lastIndex = i), (m = LIST_MARKER.exec(text))); ) i = skipPrefixSpace(text, i + m[0].length, nl);
    if (next < i) next = nextFrom(i);
    for (; next < nl; next = nextFrom(next + 1)) {
      const d = next;
      if (text.charCodeAt(d) === 95 && WORD_CHAR.test(text[d - 1] ?? '') && WORD_CHAR.test(text[d + 1] ?? '')) continue;
      if (++count > max) (out ??= text.split(''))[d] = ' ';
    }
    lineStart = nl + 1;
  }
  return out ? out.join('') : text;
}

const DELIMITERS = /[*_[\]]/g;
const LIST_MARKER = /(?:[-+*]|\d{1,9}[.)])[ \t]+/y;
const WORD_CHAR = /[\p{L}\p{N}]/u;

// - + * or a digit
const mayBeListMarker = (c: number): boolean => c === 45 || c === 43 || c === 42 || (c >= 48 && c <= 57);

/** Past spaces, tabs and ">" from i, up to end. */
function skipPrefixSpace(text: string, i: number, end: number): number {
  for (let c = text.charCodeAt(i); i < end && (c === 32 || c === 9 || c === 62); c = text.charCodeAt(++i));
  return i;
}

/**
 * Cuts a document into chunks that parse the same apart as together, as far as prose goes. A cut
 * falls only before a line at column 0 that either follows a blank line and starts a block (a
 * letter, digit, #, >, quote or bracket), or starts a bullet item (which closes any open paragraph
 * or list item); never inside a fenced code block or an HTML block that may hold blank lines.
 * Link reference definitions do not reach across a cut (see docs/limits.md).
 *
 * Which safe cut is taken depends on the line's own text (one in about 32), not on a line count
 * alone, so that a line typed or deleted moves no cut after the next one: the chunks after an edit
 * are the same strings as before it, and the editor re-parses only the chunk it touched.
 */
export function markdownChunks(text: string, minLines = MIN_CHUNK_LINES, maxLines = MAX_CHUNK_LINES): Array<{ start: number; text: string }> {
  return scanChunks(text, 0, minLines, maxLines).chunks;
}

/**
 * The chunks from `from`, a cut of the document's chunks (or 0), to the end, or up to the first cut
 * `stop` accepts; `stopped` is that cut, or -1. A cut is a state the scan can start from again: no
 * fence or HTML block is open there, and the line before says whether a blank line came last.
 */
export function scanChunks(text: string, from: number, minLines = MIN_CHUNK_LINES, maxLines = MAX_CHUNK_LINES, stop?: (cut: number) => boolean): { chunks: Array<{ start: number; text: string }>; stopped: number } {
  const chunks: Array<{ start: number; text: string }> = [];
  let chunkStart = from;
  let lines = 0;
  let prevBlank = from > 0 && lineBeforeIsBlank(text, from);
  let fence: string | null = null;
  let fenceIndented = false;
  let htmlEnd: RegExp | null = null;
  let pos = from;
  while (pos < text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    const end = nl > pos && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    // (the line as a string only where an expression must read it: most lines need none, and this
    // runs over the whole document on every keystroke)
    let line: string | null = null;
    const blank = blankBetween(text, pos, end);
    if (!fence && !htmlEnd && lines >= minLines && pos > chunkStart && (lines >= maxLines || chosenLine(text, pos, end))) {
      line ??= text.slice(pos, end);
      const cut = (prevBlank && /^[\p{L}\p{N}#>“"‘'«([]/u.test(line)) || (BULLET_LINE.test(line) && !THEMATIC_BREAK.test(line));
      if (cut) {
        chunks.push({ start: chunkStart, text: text.slice(chunkStart, pos) });
        if (stop?.(pos)) return { chunks, stopped: pos };
        chunkStart = pos;
        lines = 0;
      }
    }
    if (fence) {
      line ??= text.slice(pos, end);
      const m = FENCE.exec(line);
      if (m && m[1][0] === fence[0] && m[1].length >= fence.length && !/\S/.test(line.slice(m[0].length))) fence = null;
      // An indented fence most likely sits in a list item, which (with it) ends at a line at column 0.
      else if (fenceIndented && (BULLET_LINE.test(line) || (prevBlank && /^\S/.test(line)))) fence = null;
    } else if (htmlEnd) {
      if (htmlEnd.test((line ??= text.slice(pos, end)))) htmlEnd = null;
    } else if (mayOpenBlock(text, pos, end)) {
      line ??= text.slice(pos, end);
      const f = FENCE.exec(line);
      if (f && !(f[1][0] === '`' && line.slice(f[0].length).includes('`'))) {
        fence = f[1];
        fenceIndented = line[0] === ' ';
      }
      else {
        const open = line;
        const h = HTML_BLOCKS.find(([start]) => start.test(open));
        if (h && !h[1].test(line.slice(line.indexOf('<') + 2))) htmlEnd = h[1];
      }
    }
    prevBlank = blank;
    lines++;
    pos = nl + 1;
  }
  if (chunkStart < text.length || !chunks.length) chunks.push({ start: chunkStart, text: text.slice(chunkStart) });
  return { chunks, stopped: -1 };
}

/** Whether the line that ends just before `at` (a line start) is blank, as the chunk scan reads blank. */
function lineBeforeIsBlank(text: string, at: number): boolean {
  let end = at - 1;
  if (end > 0 && text.charCodeAt(end - 1) === 13) end--;
  const start = text.lastIndexOf('\n', at - 2) + 1;
  return blankBetween(text, start, end);
}

/** Whether the line [start, end) may open a fence or an HTML block: ` ~ or < after at most three spaces (a cheap test before the expressions). */
function mayOpenBlock(text: string, start: number, end: number): boolean {
  let k = start;
  while (k < start + 3 && k < end && text.charCodeAt(k) === 32) k++;
  if (k >= end) return false;
  const c = text.charCodeAt(k);
  return c === 96 || c === 126 || c === 60;
}

/** One line in about 32, by a hash of the first 48 characters of [start, end). */
function chosenLine(text: string, start: number, end: number): boolean {
  let h = 0x811c9dc5;
  for (let i = start; i < end && i < start + 48; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return ((h >>> 27) & 31) === 0;
}

/**
 * Whether [start, end) holds only white space as `\s` reads it. Read within the line: an expression
 * searching on from `start` would cross every blank line after it, quadratic in a run of them.
 */
function blankBetween(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isSpaceChar(text.charCodeAt(i))) return false;
  return true;
}
/** The characters `\s` matches. */
const isSpaceChar = (c: number): boolean =>
  c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/**
 * The chunks the parser is given, in order: the text with its markup bounded, cut where parsing
 * apart equals parsing together. Offsets are kept: the chunks' texts join to the document's length.
 */
export function boundedChunks(text: string): Array<{ start: number; text: string }> {
  return bounded(text).chunks;
}

/** The chunks, and whether they are slices of the text itself (bounding changed nothing, no byte order mark). */
export function bounded(text: string): { chunks: Array<{ start: number; text: string }>; plain: boolean } {
  const limited = limitInlineDelimiters(limitContainerNesting(text));
  const chunks = markdownChunks(limited);
  // micromark drops a byte order mark at the start of its input, which would shift every offset
  // after it by one: the parser sees a space there instead.
  const first = chunks[0];
  const mark = first.text.charCodeAt(0) === 0xfeff;
  if (mark) first.text = ' ' + first.text.slice(1);
  return { chunks, plain: limited === text && !mark };
}
