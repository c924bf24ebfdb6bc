// Poll shares as speakers: "47 percent said", "Nearly half say", "Six in 10 voters", "All but two
// said", "Those over 60 say". A share of a group is unnamed: vague, unless respondents.ts ties it to
// the poll the article has just named.
import { lower, make, type Phrase } from './mentions';
import { tokenAt } from './token-at';
import type { Token } from './types';

export const QUANTITY_HEADS = new Set('percent half third quarter majority minority most plurality two-thirds three-quarters three-fourths one-third one-quarter one-fifth two-fifths three-fifths four-fifths'.split(' '));
export const QUANTITY_MODIFIERS = new Set('nearly almost about around roughly more less than a an one two three four five six seven eight nine ten in of out fewer over under just only some twenty thirty forty fifty sixty seventy eighty ninety twenty-four sixty-six'.split(' '));
const ORDINALS = /^(first|second|third|fourth|last|final|next|this|that|the|each|every)$/;
export const NUMBER_WORDS = new Set('one two three four five six seven eight nine ten twenty thirty forty fifty sixty seventy eighty ninety'.split(' '));

/**
 * "47 percent", "Nearly half", "Six in 10 voters", "About one in five", "Nearly nine out of 10": a
 * poll share ending at `end`, or null ("the fourth quarter", "in 2015", "growth of 5%" are not).
 */
export function shareEndingAt(tokens: Token[], end: number, prose: string): Phrase | null {
  const t = tokens[end];
  const w = t.lower;
  const before = lower(tokenAt(tokens, end - 1));
  // ("All but two said", "Those over 60 say": a group less a few, or by age)
  if ((NUMBER_WORDS.has(w) || /^\d{1,3}$/.test(w)) && end >= 2 && ((before === 'but' && lower(tokens[end - 2]) === 'all') || ((before === 'over' || before === 'under') && lower(tokens[end - 2]) === 'those')) && opensClause(tokenAt(tokens, end - 3))) {
    return make(tokens, end - 2, end + 1, prose, 'vague', prose.slice(tokens[end - 2].start, t.end), 'vague');
  }
  if (!((QUANTITY_HEADS.has(w) && !ORDINALS.test(before)) || (/^\d/.test(w) && !/^(1[89]|20)\d\d$/.test(w)) || (NUMBER_WORDS.has(w) && (before === 'in' || before === 'of')))) return null;
  let from = end;
  while (from > 0 && (tokens[from - 1].kind === 'number' || QUANTITY_MODIFIERS.has(lower(tokens[from - 1])))) from--;
  if (from >= 2 && /^(least|most)$/.test(lower(tokens[from - 1])) && lower(tokens[from - 2]) === 'at') from -= 2;
  while (from < end && /^(of|in|than|under|over)$/.test(lower(tokens[from]))) from++;
  // ("42% say", "Just shy of half, 49%, say": a percentage is a share by itself)
  // (only one that opens its clause: not "growth of just under 5% expected", "rates up to 2.25% showed")
  // ("Of those, 43 said …", "at least 21,000 said they would": a count that opens its clause, of people)
  // (not an age, "Staunton, 49, who", nor a count of things, "1,170 reports involved", nor a range's end, "between 18 and 34")
  const count = t.kind === 'number' && /^\d{1,3}(?:,\d{3})*$/.test(w) && isCountSubject(tokens, from, end);
  const share = QUANTITY_HEADS.has(w) || (t.kind === 'number' && (w.endsWith('%') || count) && opensClause(tokenAt(tokens, from - 1))) || (from < end && tokens.slice(from, end).some((x) => lower(x) === 'in' || lower(x) === 'out'));
  return share ? make(tokens, from, end + 1, prose, 'vague', prose.slice(tokens[from].start, t.end), 'vague') : null;
}

/** Whether the bare count over [from, end] stands for people who speak: it opens its clause after a comma or colon, or the sentence, and a verb follows. */
function isCountSubject(tokens: Token[], from: number, end: number): boolean {
  const before = tokenAt(tokens, from - 1);
  const next = tokenAt(tokens, end + 1);
  return (!before || before.text === ',' || before.text === ':' || (before.text === 'and' && tokenAt(tokens, from - 2)?.text === ',')) && !!next && next.kind === 'word' && !/s$/.test(next.lower);
}

/** Whether the token before a share leaves it at the start of a clause: nothing, a comma or colon, a conjunction. */
const opensClause = (x: Token | undefined): boolean => !x || (x.kind === 'punct' && x.text !== '(' && x.text !== '/') || x.kind === 'quote' || /^(and|but|while|whereas|only|just|yet|so)$/.test(x.lower);
