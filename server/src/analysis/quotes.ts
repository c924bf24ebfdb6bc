// Quotations: paired quote marks within a block. An opening mark that is never closed runs to the
// end of its paragraph, as news style does for a quote that continues in the next paragraph.
import type { Block, QuoteSpan, Sentence } from './types';
import { emptyObjectLists } from '../util/object-lists';

const TITLE_INTRO = /\b(?:titled|entitled|called|named|dubbed|headlined|branded|nicknamed|billed as|known as|slogan(?: will be| was| is)?:?|motto(?: is| was)?:?)\s*$/i;
// Opening mark (by char code) to its closing mark.
const CLOSE_OF = new Map<number, string>([[0x201c, '”'], [0xab, '»'], [0x201e, '“'], [0x2018, '’'], [0x22, '"']]);
// Where a quote may open: a mark above, or two apostrophes, which are one double quote mark in ASCII
// copy (''Like this,'' he said). The search skips the rest of the article natively.
const OPENING = /["“«„‘]|''/g;

export function findQuotes(prose: string, blocks: Block[], sentences: Sentence[]): QuoteSpan[] {
  const quotes: QuoteSpan[] = [];
  let s = 0;
  let b = 0;
  // One left-to-right search over the whole text, never one per block, so that a text with many
  // paragraphs and few marks is still read once.
  let from = 0;
  for (;;) {
    OPENING.lastIndex = from;
    const found = OPENING.exec(prose);
    if (!found) break;
    const i = found.index;
    while (b < blocks.length && blocks[b].end <= i) b++;
    if (b === blocks.length) break;
    const block = blocks[b];
    if (i < block.start || block.kind === 'cross-link') {
      from = Math.max(i + 1, block.kind === 'cross-link' ? block.end : block.start);
      continue;
    }
    const close = found[0] === "''" ? "''" : CLOSE_OF.get(prose.charCodeAt(i))!;
    if (!isOpening(prose, i)) {
      from = i + 1;
      continue;
    }
    const width = close.length;
    const mark = close.charCodeAt(0);
    let j = i + width;
    const curly = mark === 0x201d;
    // (a straight mark is closed by ” only when no “ opened inside it: "… an episode of “Shark Tank.” …")
    let straight = mark === 0x22;
    // (a straight mark after a space opens a quote inside a “: its close is not the outer one's)
    let nested = false;
    while (j < block.end && !(prose.charCodeAt(j) === mark && (width === 1 || prose.charCodeAt(j + 1) === mark) && isClosing(prose, j + width - 1, close)) && !(curly && closesMixed(prose, j, nested)) && !(straight && prose.charCodeAt(j) === 0x201d)) {
      const c = prose.charCodeAt(j);
      if (c === 0x201c) straight = false;
      else if (c === 0x22 && /\s/.test(prose[j - 1] ?? ' ')) nested = true;
      j++;
    }
    const closed = j < block.end;
    const end = closed ? j + width : block.end;
    const inner = { start: i + width, end: closed ? j : block.end };
    const body = prose.slice(inner.start, inner.end);
    const words = countWords(body);
    while (s < sentences.length && sentences[s].end <= i) s++;
    quotes.push({
      start: i,
      end,
      inner,
      words,
      // A phrase of a few words without a full stop is a scare or term quote, not a statement;
      // so is a title: a conference titled “…”, a film called “…”, “One Battle After Another”.
      scare: (words <= 3 && !/[.!?,]\s*$/.test(body)) || isTitleCased(body, words) || TITLE_INTRO.test(prose.slice(Math.max(block.start, i - 24), i)),
      sentence: Math.min(s, sentences.length - 1),
    });
    from = end;
  }
  return quotes;
}

const TITLE_SMALL_WORDS = new Set('a an the of in on at to for and or but with from by as vs'.split(' '));

/** A title: up to eight words, every one capitalized but the small ones, and no closing punctuation. */
function isTitleCased(body: string, words: number): boolean {
  if (words > 8 || /[.!?,:;]\s*$/.test(body)) return false;
  const parts = body.trim().split(/\s+/);
  return parts.length >= 2 && parts.every((w, k) => /^[\p{Lu}\d]/u.test(w) || (k > 0 && TITLE_SMALL_WORDS.has(w)));
}

function isOpening(prose: string, i: number): boolean {
  const prev = prose[i - 1] ?? ' ';
  // (‘ before a year cut to two digits is an apostrophe typeset as an opening mark, "in ‘08", "the
  // ‘90s", unless a ’ closes it before another quote opens: "‘20 people died,’ he said" is a quote)
  if (prose[i] === '‘') return !/[\p{L}\p{N}]/u.test(prev) && !(ELIDED_YEAR.test(prose.slice(i + 1, i + 5)) && !CLOSED_IN_PARAGRAPH.test(prose.slice(i + 3, i + 400)));
  // (nor a straight mark after a quote's own punctuation and before a space: it closes a quote
  // opened before a hard line break, "… in the area," the official said")
  if (prose[i] === '"' && /[,.!?]/.test(prev) && /\s/.test(prose[i + 1] ?? ' ')) return false;
  if (prose[i] === '"' || prose[i] === "'") return !/[\p{L}\p{N}]/u.test(prev);
  return true;
}
const ELIDED_YEAR = /^\d\ds?(?![\p{L}\p{N}%])/u;
const CLOSED_IN_PARAGRAPH = /^[^\n‘“]*?’(?![\p{L}\p{N}])/u;

/**
 * Copy that mixes its marks closes a “ with a straight or opening mark after the quote's own
 * punctuation: “I heard parts of his speech," Trump said. / “It's unusual,“ said Larry Noble.
 * (A straight mark is closed by ” too: "He wants to give away our country, folks.”) A straight
 * mark right after a word closes it too, before a capital ("… business, too" Sweeny said), unless
 * a straight mark opened a quote inside it (“… the "reform" Labour wants …”).
 */
function closesMixed(prose: string, j: number, nested: boolean): boolean {
  const c = prose.charCodeAt(j);
  if (c !== 0x22 && c !== 0x201c) return false;
  const prev = prose.charCodeAt(j - 1);
  const spaceAfter = j + 1 >= prose.length || /\s/.test(prose[j + 1]);
  // , . ! ? before the mark, a space or the end after it
  if ((prev === 44 || prev === 46 || prev === 33 || prev === 63) && spaceAfter) return true;
  return c === 0x22 && !nested && spaceAfter && /[\p{L}\p{N}]/u.test(prose[j - 1] ?? ' ') && /^\s\p{Lu}/u.test(prose.slice(j + 1, j + 3));
}

function isClosing(prose: string, j: number, close: string): boolean {
  // ’ doubles as the apostrophe: it closes only when no letter follows (India’s is not a close).
  if (close === '’' || close === '"' || close === "''") return !/[\p{L}\p{N}]/u.test(prose[j + 1] ?? ' ') || gluedClose(prose, j, close);
  return true;
}

/**
 * A straight mark after the quote's own full stop, with the next sentence glued on where copy lost
 * its paragraph break: "… the nation's "mango capital."Adding to its appeal, …". Read as an opening
 * mark, it would run the quote on over every paragraph to the next mark.
 */
function gluedClose(prose: string, j: number, close: string): boolean {
  return close !== '’' && /[.!?,]/.test(prose[j - close.length] ?? '') && /\p{Lu}/u.test(prose[j + 1] ?? '');
}

/**
 * For each sentence, the quotes it can see: those that overlap it or open in it. Quotes are
 * disjoint and in document order, so one sweep finds them all; per-sentence passes given these
 * instead of a whole block's quotes return the same results in linear time, even for a document
 * that is one enormous paragraph.
 */
export function quotesBySentence(quotes: QuoteSpan[], sentences: Sentence[]): QuoteSpan[][] {
  const out = emptyObjectLists<QuoteSpan>(sentences.length);
  let first = 0;
  for (const s of sentences) {
    while (first < quotes.length && quotes[first].end <= s.start && quotes[first].sentence < s.index) first++;
    for (let k = first; k < quotes.length; k++) {
      const q = quotes[k];
      if (q.start >= s.end && q.sentence > s.index) break;
      if ((q.start < s.end && q.end > s.start) || q.sentence === s.index) out[s.index].push(q);
    }
  }
  return out;
}

const WORD = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu;
const isAsciiAlnum = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);

/**
 * How many words WORD finds in a quote: letters and digits, joined by single apostrophes or
 * hyphens. ASCII text (with ’) is counted by character, without building the list of matches.
 */
export function countWords(body: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (isAsciiAlnum(c)) {
      if (!inWord) words++;
      inWord = true;
    } else if (c >= 128 && c !== 0x2019) {
      return (body.match(WORD) ?? []).length;
    } else {
      // a joiner keeps the word going only between two letters or digits
      if (!(inWord && (c === 39 || c === 0x2019 || c === 45) && i + 1 < body.length && isAsciiAlnum(body.charCodeAt(i + 1)))) inWord = false;
    }
  }
  return words;
}

const NO_QUOTES: QuoteSpan[] = [];
/** The quotes that are statements, not scare or title quotes (most sentences have no quote: no new list). */
export function statementQuotes(quotes: QuoteSpan[]): QuoteSpan[] {
  return quotes.length ? quotes.filter((q) => !q.scare) : NO_QUOTES;
}
