// The writer speaking for themself: "I put in 15-and-a-half miles", "My telephone supplier did not
// inform me that my bill had risen to £320". A columnist's, diarist's or reader's first person
// names whose claim it is, as a pronoun source does ("It added that …"): the claim is theirs.
// Only their own words count, not a quote inside the sentence, and not titles ("My Left Foot",
// "I Heart Huckabees", "World War I"), which the capitals give away.
import { containedIn, overlapping } from '../util/spans';
import type { QuoteSpan, Sentence, Token } from './types';
import { tokenAt } from './token-at';

const FIRST_PERSON = new Set(['i', 'i’m', "i'm", 'i’ve', "i've", 'i’d', "i'd", 'i’ll', "i'll", 'my', 'me', 'myself']);

/** Whether the sentence, outside its quotes, has the writer's "I", "my" or "me". */
export function inFirstPerson(s: Sentence, quotes: readonly QuoteSpan[]): boolean {
  const tokens = s.tokens;
  let first = -1;
  let quoted: ((t: Token) => boolean) | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // (every word of every flagged sentence comes here: a look at its first letter before the set)
    const c = t.lower.charCodeAt(0);
    if (t.kind !== 'word' || (c !== 105 && c !== 109) || !FIRST_PERSON.has(t.lower)) continue;
    if (first < 0) first = tokens.findIndex((x) => x.kind === 'word');
    if (!ownWord(tokens, i, first)) continue;
    quoted ??= containedIn(overlapping(quotes, s));
    if (!quoted(t)) return true;
  }
  return false;
}

/**
 * "I" as a subject: opening the sentence or after a lower-case word that is not a preposition, an
 * article or an -ing verb, and before a lower-case word ("I, Robot", "I Heart Huckabees" and
 * "joining I'm a Celebrity" are titles); "my" and "me" in lower case, unless between capitalized
 * words ("8 Simple Rules for Dating my Teenage Daughter").
 */
function ownWord(tokens: Token[], i: number, first: number): boolean {
  const t = tokens[i];
  if (capitalWord(tokenAt(tokens, i - 1)) && capitalWord(tokens[i + 1])) return false;
  if (t.lower === t.text) return true;
  // a capital "My" or "Me" only opens the sentence; past that it opens a title ("in My Left Foot")
  if (!t.lower.startsWith('i')) return i === first;
  const prev = tokenAt(tokens, i - 1);
  if (capitalWord(prev) || (prev && prev.kind === 'word' && (NOT_BEFORE_SUBJECT.has(prev.lower) || prev.lower.endsWith('ing')))) return false;
  const next = tokens[i + 1];
  return !!next && next.kind === 'word' && next.text === next.lower;
}

/** Words after which "I" is not a subject but a title's start ("in I, Robot", "Before joining I'm a Celebrity"). */
const NOT_BEFORE_SUBJECT = new Set(['of', 'in', 'on', 'for', 'with', 'to', 'from', 'by', 'at', 'about', 'into', 'the', 'a', 'an']);

const capitalWord = (t: Token | undefined): boolean => !!t && t.kind === 'word' && t.text !== t.lower;
