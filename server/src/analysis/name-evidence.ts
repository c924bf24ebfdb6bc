// The spans a claim's evidence names. Words that look like evidence but belong to a name or title: the number of "BBC Radio 1",
// "Chapter 11", "FTSE 100", "Section 404", the superlative of "Top of the Pops" or "Best Picture".
// The claim model still reads them (they are in the sentence's kinds and shapes); only the evidence
// a message names skips them, so it names the sentence's real figure, or nothing.
import { MONTHS, WEEKDAYS } from './lexicon';
import { startsUpper } from './letters';
import type { Token } from './types';
import { tokenAt } from './token-at';

/** A short whole number ("1", "100", "737"): not "4.1", "50%", "1,000" nor a year. */
const PLAIN_NUMBER = /^\d{1,4}$/;

/** Whether token `i` starts the sentence, or a quote, bracket or clause after a colon or dash. */
function startsClause(tokens: Token[], i: number): boolean {
  const prev = tokenAt(tokens, i - 1);
  return !prev || (prev.kind !== 'word' && prev.kind !== 'number' && prev.text !== ',');
}

/** What a number right after a name may count ("Playschool 25 years ago", "Arsenal 3 points clear"). */
const COUNTED = new Set('years months weeks days hours minutes seconds times points goals runs wickets people per percent'.split(' '));

/** Currency written before the sum ("Tk 750", "Rs 100 crore", "USD 521"): money, not a name. */
const CURRENCY_PREFIX = new Set('tk rs nrs us usd inr pkr bdt npr lkr eur gbp aed sar dh nu rm'.split(' '));

/** Words that start a numbered name even at the start of a sentence ("Chapter 11 bankruptcy …"). */
const NAME_HEADS = new Set(['chapter', 'section', 'article', 'clause', 'radio', 'channel', 'formula', 'apollo', 'rapper']);

/**
 * The number at `i` is part of a name: it follows a capitalised word that is not a month or weekday
 * ("Sunday 27 February" is a date), a currency ("Tk 750"), a possessive ("England's 1-0 win") nor, at the start of the
 * sentence, any word but a name's head ("Meanwhile 70 stars …"); it is no score ("Wales 13-12"),
 * and counts nothing ("Playschool 25 years ago" counts years). The second number of
 * "Fahrenheit 9/11" or "Boeing 737-800" belongs to the name as the first does.
 */
export function numberInName(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!PLAIN_NUMBER.test(t.text) || (t.text.length === 4 && /^(?:19|20)/.test(t.text))) return false;
  if (technologyName(t, tokens[i + 1])) return true;
  const prev = tokenAt(tokens, i - 1);
  if (!prev) return false;
  const next = tokens[i + 1];
  if (next && (COUNTED.has(next.lower) || next.text === '%')) return false;
  if (prev.kind === 'punct') {
    const first = tokens[i - 2];
    return (prev.text === '/' || prev.text === '-') && prev.start === first?.end && t.start === prev.end && first.kind === 'number' && numberInName(tokens, i - 2);
  }
  if (prev.kind !== 'word' || !startsUpper(prev.text) || MONTHS.has(prev.lower) || WEEKDAYS.has(prev.lower) || CURRENCY_PREFIX.has(prev.lower) || /['’]s$/.test(prev.text)) return false;
  if (startsClause(tokens, i - 1) && !NAME_HEADS.has(prev.lower)) return false;
  return !score(tokens, i);
}

/** "3D", "4G", "5G": a number glued to a capital letter names a technology; "10K", "5M" count. */
const technologyName = (t: Token, next: Token | undefined): boolean =>
  !!next && next.start === t.end && next.kind === 'word' && next.text.length === 1 && /^[A-JL-Z]$/.test(next.text) && next.text !== 'M' && next.text !== 'B';

/** "6-3", "13-12": two short numbers joined by a hyphen. */
function score(tokens: Token[], i: number): boolean {
  const dash = tokens[i + 1];
  const other = tokens[i + 2];
  return tokens[i].text.length <= 2 && dash?.text === '-' && other?.kind === 'number' && other.text.length <= 2;
}

/**
 * The word at `i` (a superlative, comparison, event …) is capitalised inside the sentence, so part
 * of a title ("Top of the Pops", "Best Picture", "Greatest Hits"); unless the sentence is in title
 * case (a headline, `titleCase` in headline-case.ts), where every word is.
 */
export const wordInName = (tokens: Token[], i: number): boolean => startsUpper(tokens[i].text) && !startsClause(tokens, i);

/** Whether the number at `i` follows another across a hyphen, dash or slash with no space ("4-0", "2003-04", "1998/99"). */
export function joinsNumber(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const mark = tokens[i - 1];
  const first = tokens[i - 2];
  return t.kind === 'number' && first?.kind === 'number' && (mark.text === '-' || mark.text === '–' || mark.text === '/') && mark.start === first.end && t.start === mark.end;
}

/**
 * Where the evidence for the number at `i` starts: at a currency written before it ("Tk 750",
 * "Rs.100"), or at the word the tokenizer cut a sum from ("Tk1,500" reads "Tk1", ",", "500").
 */
export function sumStart(tokens: Token[], i: number): number {
  const t = tokens[i];
  const prev = tokenAt(tokens, i - 1);
  if (!prev) return t.start;
  // (capitalised: "told us 500 people" has no sum)
  // ("US" only before a dollar sign: "US 400m and 200m legend" runs metres)
  if (prev.kind === 'word' && startsUpper(prev.text) && CURRENCY_PREFIX.has(prev.lower) && (prev.lower !== 'us' || t.text.charCodeAt(0) === 36)) return prev.start;
  const before = tokens[i - 2];
  if (!before || (prev.text !== ',' && prev.text !== '.') || prev.start !== before.end || t.start !== prev.end || before.kind !== 'word') return t.start;
  if (!startsUpper(before.text)) return t.start;
  if (prev.text === '.' && CURRENCY_PREFIX.has(before.lower)) return before.start;
  return prev.text === ',' && DIGIT_END.test(before.text) && CURRENCY_PREFIX.has(before.lower.replace(DIGITS_AT_END, '')) ? before.start : t.start;
}
const DIGIT_END = /\d$/;
const DIGITS_AT_END = /\d+$/;

/** Verbs after "due to" that make it a schedule, not a cause: "is due to start", "was due to stand". */
const SCHEDULED = new Set(
  'be start begin take open close end meet hold make launch complete finish return arrive visit face stand appear play go come publish release report announce sign vote deliver give hear decide merge expire retire resume leave fly travel run testify rule present unveil issue'.split(' '),
);

/** A causal word that names no cause: "led by" (who heads it), "due to start" (a schedule). */
export function causesNothing(tokens: Token[], i: number): boolean {
  const w = tokens[i].lower;
  const next = tokens[i + 1]?.lower;
  if (w === 'led') return next === 'by';
  return w === 'due' && next === 'to' && SCHEDULED.has(tokens[i + 2]?.lower ?? '');
}
