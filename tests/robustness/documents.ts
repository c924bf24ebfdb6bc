// The hostile documents of issue 8, as generators (deterministic: a seeded generator, no files).
import { seededRandom } from '../../scripts/eval/common';
import { seedText } from '../helpers/seed';

/** A seeded generator (mulberry32, shared with the eval harness): the same documents on every run. */
export const rng = seededRandom;

const fill = (unit: string, size: number): string => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

/** Every Unicode white space and line break, including the ones JavaScript's \s does not know. */
export const SPACES = [
  '\t', '\n', '\v', '\f', '\r', ' ', '\u0085', '\u00a0', '\u1680', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004',
  '\u2005', '\u2006', '\u2007', '\u2008', '\u2009', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000',
  '\u180e', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\r\n',
];

/** Quote marks: pairs as typeset, and every lone variant (primes, CJK brackets, low-9, guillemets). */
export const QUOTE_PAIRS: Array<[string, string]> = [
  ['"', '"'], ["'", "'"], ['“', '”'], ['‘', '’'], ['„', '“'], ['‚', '‘'], ['«', '»'], ['»', '«'], ['‹', '›'], ['›', '‹'],
  ['「', '」'], ['『', '』'], ['〝', '〞'], ['＂', '＂'], ['′', '′'], ['″', '″'], ['‟', '”'], ['❝', '❞'], ['〈', '〉'], ['`', '´'],
];

const SENTENCES = [
  'Officials said the bridge would reopen on Monday.',
  '“We will not back down,” Defense Minister Rajnath Singh said on X.',
  'The deal is worth $3.2 billion, according to Reuters.',
  'Prices rose 40 percent last year, the report found.',
  'It was reportedly the largest protest since 2019.',
  'Sources familiar with the talks said no agreement had been reached.',
  'Read More: Markets rally as talks resume',
  'He added that the plan “could not be independently verified”.',
];

export function empty(): string {
  return '';
}

export function whitespaceOnly(size = 20_000): string {
  const r = rng(1);
  let s = '';
  while (s.length < size) s += SPACES[Math.floor(r() * SPACES.length)];
  return s;
}

/** One line of about `size` characters: news sentences without a single line break. */
export function singleLine(size = 5_000_000): string {
  return fill(SENTENCES.filter((s) => !s.startsWith('Read')).join(' ') + ' ', size);
}

/** About `size` characters of article text: the seed article over and over, as paragraphs. */
export function bigArticle(size = 20_000_000): string {
  return fill(seedText() + '\n\n', size);
}

/** Bytes 0-255 read as Latin-1 (NUL, control characters, high bytes), then random UTF-16 units. */
export function binary(size = 1_000_000): string {
  const r = rng(2);
  const bytes = Array.from({ length: size / 2 }, () => String.fromCharCode(Math.floor(r() * 256))).join('');
  const units = Array.from({ length: size / 2 }, () => String.fromCharCode(Math.floor(r() * 65536))).join('');
  return bytes + units;
}

/** Lone high and low surrogates everywhere: inside words and quotes, at both ends, next to breaks. */
export function loneSurrogates(): string {
  const hi = '\ud83d';
  const lo = '\ude00';
  const parts = [lo, 'Offi', hi, 'cials said ', lo, 'the plan', hi, ' “', hi, 'would fail', lo, ',” he said.', hi, '\n', lo, '\n'];
  for (const s of SENTENCES) parts.push(s.replace(/ /g, ` ${hi}`), lo, '\n');
  parts.push('Smith said 😀 “ok” 😀.', hi + hi + lo + lo, '\n', hi);
  return parts.join('');
}

/** Sentences joined by each Unicode space, and quotes in every mark, paired and unpaired. */
export function unicodeSpacesAndQuotes(): string {
  const out: string[] = [];
  for (const sp of SPACES) out.push(['Officials', 'said', 'the', 'deal', 'was', 'worth', '$3', 'billion.'].join(sp));
  for (const [open, close] of QUOTE_PAIRS) {
    out.push(`${open}We will win the election by 20 points,${close} Jane Smith said.`);
    out.push(`Smith said ${open}no${close} and ${open}never${close} in ${open}2019.`);
    out.push(`${close}Backwards,${open} said Jones. ${open}${open}${close}${close} ${open.repeat(50)}`);
  }
  return out.join('\n');
}

/** Right-to-left text: Arabic and Hebrew with bidi controls, mixed with English names and numbers. */
export function rightToLeft(): string {
  return [
    'قال وزير الدفاع إن الاتفاق سيعزز التعاون، وأضاف: «لن نتراجع». هل هذا صحيح؟',
    'وقالت مصادر مطلعة إن المحادثات توقفت يوم الاثنين.',
    '\u202bהשר אמר כי ההסכם ״היסטורי״ ויחזק את הקשרים.\u202c',
    '\u2067Reuters\u2069 ذكرت أن الأسعار ارتفعت 40 في المئة، according to Reuters.',
    'John Smith said \u200f«مرحبا»\u200f on Monday.',
    '\u202e.dias slaiciffO\u202c The deal is worth \u2066$3 billion\u2069, officials said.',
    '١٢٣٤ ٪٥٠ said the minister.',
  ].join('\n\n');
}

/** The deeply nested Markdown shapes: 1,000 levels of quotes or lists, on one line or many. */
export function nestedMarkdown(): Record<string, string> {
  const n = 1000;
  return {
    quotesOneLine: '> '.repeat(n) + 'Officials said the plan would fail.\n',
    quotesGrowing: Array.from({ length: n }, (_, i) => '>'.repeat(i + 1) + ' Officials said it.').join('\n'),
    listsOneLine: '- '.repeat(n) + 'Officials said the plan would fail.\n',
    listsIndented: Array.from({ length: n }, (_, i) => ' '.repeat(2 * i) + '- Smith said it would rain.').join('\n'),
    mixedOneLine: '> - 1. '.repeat(n / 2) + '“We will win,” Smith said.\n',
    emphasis: '*'.repeat(n) + 'Officials said it' + '*'.repeat(n) + ' ' + '['.repeat(n) + 'link' + ']'.repeat(n) + '\n',
  };
}

/** `count` sentences in paragraphs of five: names, quotes, numbers and cues in rotation. */
export function manySentences(count = 100_000): string {
  const out: string[] = [];
  const body = SENTENCES.filter((s) => !s.startsWith('Read'));
  for (let i = 0; i < count; i++) {
    out.push(body[i % body.length].replace('Monday', `day ${i}`).replace('Singh', `Singh${i % 97}`));
    out.push(i % 5 === 4 ? '\n\n' : ' ');
  }
  return out.join('');
}

/** One sentence of `words` words, no full stop: plain, cue-dense, quote-dense and comma-dense. */
export function longSentences(words = 50_000): Record<string, string> {
  const r = rng(3);
  const vocab = ['the', 'officials', 'said', 'Smith', 'John', 'according', 'to', 'reportedly', ',', 'adding', 'that', 'he', '“', '”', 'minister', 'appears', '40', 'percent', 'and'];
  const pick = (n: number) => Array.from({ length: n }, () => vocab[Math.floor(r() * vocab.length)]).join(' ');
  return {
    plain: Array.from({ length: words }, (_, i) => `word${i}`).join(' '),
    mixed: pick(words),
    cues: 'Smith said' + ', adding that he said'.repeat(words / 5),
    quotes: Array.from({ length: words / 5 }, (_, i) => `“quote ${i},” said Smith${i}`).join(' '),
    names: Array.from({ length: words / 2 }, (_, i) => `Zed${i} said`).join(' '),
    hedges: 'It appears to have reportedly not been confirmed, '.repeat(words / 8),
  };
}
