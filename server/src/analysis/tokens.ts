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
    if (CHAR_CLASS[c] & SPACE) {
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

// Character classes by code, one table lookup each: on this V8 a lookup beats a chain of
// comparisons in the loops that run once per character of every article.
const SPACE = 1;
const LETTER = 2; // ASCII
const DIGIT = 4; // ASCII
const WORD = 8; // ASCII letter, digit or _
const QUOTE = 16; // " ' “ ” « » „ ‟ ‘ ’ ‹ ›: a quote mark wherever a token starts with one (no word starts with ’)
const DASH_OR_ELLIPSIS = 32; // — – …
const PUNCT = 64; // , ; : ( ) ! ? [ ] { } / -
const CHAR_CLASS = new Uint8Array(65536);
const mark = (codes: number[], cls: number): void => codes.forEach((c) => (CHAR_CLASS[c] |= cls));
const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, k) => from + k);
mark([32, 9, 10, 13, 0xa0, ...range(0x2000, 0x200b), 0x3000, 0x202f, 0x205f, 0xfeff], SPACE);
mark([...range(97, 122), ...range(65, 90)], LETTER | WORD);
mark(range(48, 57), DIGIT | WORD);
mark([95], WORD);
mark([34, 39, 0x201c, 0x201d, 0xab, 0xbb, 0x201e, 0x201f, 0x2018, 0x2019, 0x2039, 0x203a], QUOTE);
mark([0x2014, 0x2013, 0x2026], DASH_OR_ELLIPSIS);
mark([44, 59, 58, 40, 41, 33, 63, 91, 93, 123, 125, 47, 45], PUNCT);
/** The class of the character at i; 0 past the end. */
const classAt = (s: string, i: number): number => CHAR_CLASS[s.charCodeAt(i) | 0];

const FAST_KINDS: TokenKind[] = ['word', 'quote', 'punct', 'number'];
const fastToken = (length: number, kind: 0 | 1 | 2 | 3): number => (length << 2) | kind;

/**
 * The token at i when it is certain without the expression (plain ASCII words, plain numbers, quote
 * marks, punctuation), as length << 2 | index in FAST_KINDS; 0 when the expression must decide. A
 * number, not an object: this runs once per token of every article.
 */
function asciiToken(s: string, i: number, c: number): number {
  const k = CHAR_CLASS[c];
  if (k & DIGIT) {
    let j = i + 1;
    while (classAt(s, j) & DIGIT) j++;
    const d = s.charCodeAt(j);
    // "3.5", "100,000", "9:10", "50%", "5pm", "1st", "10s": the expression reads what follows.
    if (((d === 46 || d === 44 || d === 58) && classAt(s, j + 1) & DIGIT) || d === 37 || d >= 128 || CHAR_CLASS[d | 0] & LETTER) return 0;
    return fastToken(j - i, 3);
  }
  if (k & LETTER) {
    // "U.S." is an initialism; anything with a letter after a dot goes to the expression.
    if (s.charCodeAt(i + 1) === 46) return 0;
    let j = i + 1;
    while (classAt(s, j) & WORD) j++;
    const d = s.charCodeAt(j);
    // Apostrophes, hyphens and non-ASCII letters may continue the word: the expression decides.
    if (d >= 128 || d === 39 || d === 45) return 0;
    return fastToken(j - i, 0);
  }
  if (k & QUOTE) return fastToken(1, 1);
  if (k & DASH_OR_ELLIPSIS) return fastToken(1, 2);
  if (c === 46) return fastToken(s.charCodeAt(i + 1) === 46 && s.charCodeAt(i + 2) === 46 ? 3 : 1, 2);
  if (k & PUNCT) return fastToken(1, 2);
  return 0;
}
