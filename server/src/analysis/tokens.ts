// A single-pass tokenizer with exact offsets. One sticky regular expression with alternatives
// ordered from most to least specific; it runs at tens of MB/s, which an NLP pipeline does not.
import type { Token, TokenKind } from './types';
import { UNKNOWN_WORD, wordInfo } from './vocabulary';
import './word-lists';

const TOKEN = new RegExp(
  [
    // initialisms and dotted abbreviations: U.S., U.K., a.m.
    String.raw`((?:\p{L}\.){2,})`,
    // money, numbers, percentages: $3.2, 100,000, 50%, £600m, 1.13bn, 9:10am
    String.raw`([$€£¥₹]?\d+(?:[.,:]\d+)*(?:%|(?:bn|m|k|am|pm|st|nd|rd|th|s)\b)?)`,
    // words with inner apostrophes and hyphens: India’s, H-1B, don't, 10-year is num+word
    String.raw`([\p{L}\p{M}\p{N}_]+(?:[’'\-‑][\p{L}\p{M}\p{N}]+)*)`,
    String.raw`([“”"«»„‟‘’'‹›])`,
    String.raw`(\.{3}|[.!?…,;:()\[\]{}—–\-/])`,
    // anything else that is not a space: a symbol
    String.raw`[^\s]`,
  ].join('|'),
  'uy',
);

/** Token kind by capture group: numbered groups, as named ones cost an object per match. */
const KINDS: TokenKind[] = ['symbol', 'word', 'number', 'word', 'quote', 'punct'];

/**
 * The tokens of prose[start, end). `fastPaths: false` reads every token with the expression: the
 * reference the fast paths must agree with (tests/tokens.test.ts).
 */
export function tokenize(prose: string, start: number, end: number, fastPaths = true): Token[] {
  const tokens: Token[] = [];
  let i = start;
  while (i < end) {
    const c = prose.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x3000 || c === 0x202f || c === 0x205f || c === 0xfeff) {
      i++;
      continue;
    }
    // Fast paths for plain ASCII words and punctuation, which the expression would match the same way.
    const fast = fastPaths ? asciiToken(prose, i, c) : 0;
    if (fast) {
      const to = Math.min(i + (fast >> 2), end);
      tokens.push(newToken(prose.slice(i, to), i, to, FAST_KINDS[fast & 3]));
      i = to;
      continue;
    }
    TOKEN.lastIndex = i;
    const m = TOKEN.exec(prose);
    // With the u flag a start inside a surrogate pair matches from the pair's start: skip it.
    if (!m || m.index !== i) {
      i++;
      continue;
    }
    let text = m[0];
    if (i + text.length > end) text = text.slice(0, end - i);
    let g = 1;
    while (g < 6 && m[g] === undefined) g++;
    tokens.push(newToken(text, i, i + text.length, KINDS[g % 6]));
    i += Math.max(1, text.length);
  }
  return tokens;
}

/** A token with its lowercase form and, for a word, what the vocabulary knows of it. */
function newToken(text: string, start: number, end: number, kind: TokenKind): Token {
  const lower = text.toLowerCase();
  return { start, end, kind, text, lower, info: kind === 'word' ? wordInfo(lower) : UNKNOWN_WORD };
}

const isAsciiLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isAsciiWordChar = (c: number): boolean => isAsciiLetter(c) || (c >= 48 && c <= 57) || c === 95;
// , ; : ( ) ! ? [ ] { } / -
const PUNCT = new Set([44, 59, 58, 40, 41, 33, 63, 91, 93, 123, 125, 47, 45]);

const FAST_KINDS: TokenKind[] = ['word', 'quote', 'punct', 'number'];
const fastToken = (length: number, kind: 0 | 1 | 2 | 3): number => (length << 2) | kind;
// “ ” « » „ ‟ ‘ ’ ‹ ›: a quote mark wherever a token starts with one (no word starts with ’)
const QUOTE_MARKS = new Set([0x201c, 0x201d, 0xab, 0xbb, 0x201e, 0x201f, 0x2018, 0x2019, 0x2039, 0x203a]);
// — – …
const DASHES_AND_ELLIPSIS = new Set([0x2014, 0x2013, 0x2026]);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * The token at i when it is certain without the expression (plain ASCII words, plain numbers, quote
 * marks, punctuation), as length << 2 | index in FAST_KINDS; 0 when the expression must decide. A
 * number, not an object: this runs once per token of every article.
 */
function asciiToken(s: string, i: number, c: number): number {
  if (isDigit(c)) {
    let j = i + 1;
    while (isDigit(s.charCodeAt(j))) j++;
    const d = s.charCodeAt(j);
    // "3.5", "100,000", "9:10", "50%", "5pm", "1st", "10s": the expression reads what follows.
    if (((d === 46 || d === 44 || d === 58) && isDigit(s.charCodeAt(j + 1))) || d === 37 || d >= 128 || isAsciiLetter(d)) return 0;
    return fastToken(j - i, 3);
  }
  if (isAsciiLetter(c)) {
    // "U.S." is an initialism; anything with a letter after a dot goes to the expression.
    if (s.charCodeAt(i + 1) === 46) return 0;
    let j = i + 1;
    let d = s.charCodeAt(j);
    while (isAsciiWordChar(d)) d = s.charCodeAt(++j);
    // Apostrophes, hyphens and non-ASCII letters may continue the word: the expression decides.
    if (d >= 128 || d === 39 || d === 45) return 0;
    return fastToken(j - i, 0);
  }
  if (c === 34 || c === 39 || QUOTE_MARKS.has(c)) return fastToken(1, 1);
  if (DASHES_AND_ELLIPSIS.has(c)) return fastToken(1, 2);
  if (c === 46) return fastToken(s.charCodeAt(i + 1) === 46 && s.charCodeAt(i + 2) === 46 ? 3 : 1, 2);
  if (PUNCT.has(c)) return fastToken(1, 2);
  return 0;
}
