// The writer speaking for themself: "I put in 15-and-a-half miles", "My telephone supplier did not
// inform me that my bill had risen to £320". A columnist's, diarist's or reader's first person
// names whose claim it is, as a pronoun source does ("It added that …"): the claim is theirs.
// Only their own words count, not a quote inside the sentence, and not titles ("My Left Foot",
// "I Heart Huckabees", "World War I"), which the capitals give away. A writer's or outlet's "we"
// counts as the subject of the main clause only ("We were transported to terminal 4").
import { containedIn, overlapping } from '../util/spans';
import type { QuoteSpan, Sentence, Span, Token } from './types';
import { tokenAt } from './token-at';
import { SUBORDINATORS } from './statements';

const FIRST_PERSON = new Set(['i', 'i’m', "i'm", 'i’ve', "i've", 'i’d', "i'd", 'i’ll', "i'll", 'my', 'me', 'myself']);
/** The writer's or the outlet's "we": only as the subject of the main clause (see weSubject). */
const WE = new Set(['we', 'we’re', "we're", 'we’ve', "we've", 'we’d', "we'd", 'we’ll', "we'll"]);
/** Words that open a sentence before its subject: "But we …", "So we …". */
const OPENER = new Set(['but', 'and', 'so', 'yet', 'now', 'today', 'still', 'here', 'then', 'indeed', 'instead']);

/**
 * Whether the sentence, outside its quotes, has the writer's "I", "my" or "me", or "we" as its
 * subject. "We" speaks only for its own clause: a clause after ", when …" (", as", ", after" …) is the
 * writer's report of others ("We saw this last summer, when Starmer signed off a £1.5bn …"), so
 * `evidence` past it keeps the claim the writer's.
 */
export function inFirstPerson(s: Sentence, quotes: readonly QuoteSpan[], evidence: readonly Span[] = []): boolean {
  const tokens = s.tokens;
  let first = -1;
  let quoted: ((t: Token) => boolean) | null = null;
  // (the next clause break after the current word, found once per break: linear however many "we")
  let clauseBreak = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const person = t.kind === 'word' ? personOf(t.lower) : NONE;
    if (person === NONE) continue;
    const we = person === PLURAL;
    if (first < 0) first = tokens.findIndex((x) => x.kind === 'word');
    if (!(we ? weSubject(tokens, i, first) : ownWord(tokens, i, first))) continue;
    quoted ??= containedIn(overlapping(quotes, s));
    if (quoted(t)) continue;
    if (!we) return true;
    if (clauseBreak <= i) clauseBreak = nextClauseBreak(tokens, i);
    const end = clauseBreak < tokens.length ? tokens[clauseBreak].start : Infinity;
    if (evidence.every((e) => e.end <= end)) return true;
  }
  return false;
}

const NONE = 0;
const SINGULAR = 1;
const PLURAL = 2;
const APOSTROPHE = (c: number): boolean => c === 39 || c === 0x2019;

/**
 * Whether a lower-case word is the writer's "I", "my", "me" (SINGULAR) or "we" (PLURAL). Every word
 * of every flagged sentence comes here, and "i", "m" and "w" open many of them ("in", "more",
 * "was"): their letters settle nearly all before a set is asked.
 */
function personOf(w: string): number {
  const c = w.charCodeAt(0);
  const n = w.length;
  if (c === 105) return (n === 1 || APOSTROPHE(w.charCodeAt(1))) && FIRST_PERSON.has(w) ? SINGULAR : NONE;
  if (c === 109) return (n === 2 || n === 6) && FIRST_PERSON.has(w) ? SINGULAR : NONE;
  if (c === 119) return n >= 2 && w.charCodeAt(1) === 101 && (n === 2 || APOSTROPHE(w.charCodeAt(2))) && WE.has(w) ? PLURAL : NONE;
  return NONE;
}

/** The index of the comma before a subordinator that ends the clause of the word at i, or the sentence's length. */
function nextClauseBreak(tokens: Token[], i: number): number {
  for (let k = i + 1; k < tokens.length; k++) {
    if (tokens[k].text === ',' && SUBORDINATORS.has(tokenAt(tokens, k + 1)?.lower ?? '')) return k;
  }
  return tokens.length;
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

/**
 * "We" as the subject of the main clause: opening the sentence ("We were transported to terminal
 * 4"), after an opener ("But we only had …") or after the comma that closes an opening phrase
 * ("Against the backdrop of …, we comprehend …"), and before a lower-case word ("We Are The World"
 * is a title). Inside a subordinate clause ("If we were to assess …", "what we are presented with")
 * it says nothing of whose the main clause is; nor do "our" and "us", which are as often a nation's.
 */
function weSubject(tokens: Token[], i: number, first: number): boolean {
  const next = tokens[i + 1];
  if (!next || next.kind !== 'word' || next.text !== next.lower) return false;
  if (i === first) return true;
  if (tokens[i].text !== tokens[i].lower) return false;
  const prev = tokens[i - 1];
  return prev.text === ',' || (i - 1 === first && OPENER.has(prev.lower));
}
