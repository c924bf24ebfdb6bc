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
/** A chunk ends at the first safe cut after this many lines. */
export const CHUNK_LINES = 120;

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
      else {
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
  while (lineStart < text.length) {
    let nl = text.indexOf('\n', lineStart);
    if (nl < 0) nl = text.length;
    let i = lineStart;
    while (i < nl && /[ \t>]/.test(text[i])) i++;
    if (i === nl || (i === nl - 1 && text[i] === '\r')) count = 0; // a blank line ends the paragraph
    // skip list markers of the line prefix: "* ", "- ", "1. "
    for (let m; (m = /^(?:[-+*]|\d{1,9}[.)])[ \t]+/.exec(text.slice(i, Math.min(nl, i + 16)))); ) {
      i += m[0].length;
      while (i < nl && /[ \t>]/.test(text[i])) i++;
    }
    for (; i < nl; i++) {
      const c = text[i];
      if (c !== '*' && c !== '_' && c !== '[' && c !== ']') continue;
      if (c === '_' && /[\p{L}\p{N}]/u.test(text[i - 1] ?? '') && /[\p{L}\p{N}]/u.test(text[i + 1] ?? '')) continue;
      if (++count > max) (out ??= text.split(''))[i] = ' ';
    }
    lineStart = nl + 1;
  }
  return out ? out.join('') : text;
}

/**
 * Cuts a document into chunks that parse the same apart as together, as far as prose goes. A cut
 * falls only before a line at column 0 that either follows a blank line and starts a block (a
 * letter, digit, #, >, quote or bracket), or starts a bullet item (which closes any open paragraph
 * or list item); never inside a fenced code block or an HTML block that may hold blank lines.
 * Link reference definitions do not reach across a cut (see docs/limits.md).
 */
export function markdownChunks(text: string, chunkLines = CHUNK_LINES): Array<{ start: number; text: string }> {
  const chunks: Array<{ start: number; text: string }> = [];
  let chunkStart = 0;
  let lines = 0;
  let prevBlank = false;
  let fence: string | null = null;
  let fenceIndented = false;
  let htmlEnd: RegExp | null = null;
  let pos = 0;
  while (pos < text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    const line = text.slice(pos, nl).replace(/\r$/, '');
    const blank = !/\S/.test(line);
    if (!fence && !htmlEnd && lines >= chunkLines && pos > chunkStart) {
      const cut = (prevBlank && /^[\p{L}\p{N}#>“"‘'«([]/u.test(line)) || (BULLET_LINE.test(line) && !THEMATIC_BREAK.test(line));
      if (cut) {
        chunks.push({ start: chunkStart, text: text.slice(chunkStart, pos) });
        chunkStart = pos;
        lines = 0;
      }
    }
    if (fence) {
      const m = FENCE.exec(line);
      if (m && m[1][0] === fence[0] && m[1].length >= fence.length && !/\S/.test(line.slice(m[0].length))) fence = null;
      // An indented fence most likely sits in a list item, which (with it) ends at a line at column 0.
      else if (fenceIndented && (BULLET_LINE.test(line) || (prevBlank && /^\S/.test(line)))) fence = null;
    } else if (htmlEnd) {
      if (htmlEnd.test(line)) htmlEnd = null;
    } else {
      const f = FENCE.exec(line);
      if (f && !(f[1][0] === '`' && line.slice(f[0].length).includes('`'))) {
        fence = f[1];
        fenceIndented = line[0] === ' ';
      }
      else {
        const h = HTML_BLOCKS.find(([open]) => open.test(line));
        if (h && !h[1].test(line.slice(line.indexOf('<') + 2))) htmlEnd = h[1];
      }
    }
    prevBlank = blank;
    lines++;
    pos = nl + 1;
  }
  if (chunkStart < text.length || !chunks.length) chunks.push({ start: chunkStart, text: text.slice(chunkStart) });
  return chunks;
}

interface Positioned {
  children?: Positioned[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

/**
 * Parses `text` chunk by chunk with `parse` and joins the trees under one root, positions shifted
 * to document offsets. `parse(chunk, first)`: only the first chunk may hold front matter.
 */
export function parseMarkdownBounded<T extends Positioned>(text: string, parse: (chunk: string, first: boolean) => T): { text: string; tree: T } {
  const safe = limitInlineDelimiters(limitContainerNesting(text));
  const chunks = markdownChunks(safe);
  // micromark drops a byte order mark at the start of its input, which would shift every offset
  // after it by one: the parser sees a space there instead.
  const noBom = (t: string): string => (t.charCodeAt(0) === 0xfeff ? ' ' + t.slice(1) : t);
  if (chunks.length === 1) return { text: safe, tree: parse(noBom(safe), true) };
  const trees = chunks.map((c, i) => {
    const tree = parse(noBom(c.text), i === 0);
    if (c.start) shift(tree, c.start);
    return tree;
  });
  const root = trees[0];
  root.children = trees.flatMap((t) => t.children ?? []);
  if (root.position) root.position = { start: { offset: 0 }, end: { offset: text.length } };
  return { text: safe, tree: root };
}

function shift(root: Positioned, by: number): void {
  const stack: Positioned[] = [root];
  const done = new Set<object>(); // a point object shared by two nodes moves once
  while (stack.length) {
    const node = stack.pop()!;
    for (const point of node.position ? [node.position.start, node.position.end] : []) {
      if (point.offset === undefined || done.has(point)) continue;
      done.add(point);
      point.offset += by;
    }
    if (node.children) for (const child of node.children) stack.push(child);
  }
}
