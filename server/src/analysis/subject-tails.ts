// Subjects whose last word is not their head, read before a cue: a role whose title ends in "of" and a
// department ("The former secretary of state mocked"). (A group and the participle that says how it was
// heard, "those surveyed say", was tried: poll respondents then became vague sources in every poll story.)
// And a head noun with a restrictive relative clause: "Democrats who watched the debate said", or
// with a participle after a group of people: "Scientists studying the virus said".
import { IRREGULAR_PARTICIPLES, STOPWORDS, TITLE_WORDS } from './lexicon';
import { isAdverb, looksLikeVerb, NOUN_LIKE_CUES, span } from './attribution-grammar';
import { tokenAt } from './token-at';
import { startsUpper } from './letters';
import { copyPhrase, firstWordIndex, isCapitalized, phraseEndingAt, type Phrase } from './mentions';
import { PERSON_NOUN, RELATION_NOUNS } from './name-types';
import type { Span, Token } from './types';

/** Participles that name an example or a topic, not what a group does: "newspapers including El Watan". */
const NOT_QUALIFYING = new Set(['including', 'excluding', 'according', 'regarding', 'concerning']);
/** Plural nouns for people that no suffix shows. */
const GROUPS = new Set('experts scientists officials analysts residents villagers locals citizens voters activists witnesses sources critics economists doctors students scholars academics authorities companies firms groups organisations organizations'.split(' '));

/** The subject phrase ending at token k: phraseEndingAt, or the forms above, which it misses. */
export function subjectEndingAt(t: Token[], k: number, prose: string, vague?: Set<string>, speech = true): Phrase | null {
  const w = t[k]?.lower ?? '';
  // "Voters who attended the rally said", "Groups that back the bill say": a restrictive relative
  // clause closes the subject, whose head is the noun before "who" (not "the rally")
  // (not before a cue word that may be a noun: "Fans who bought tickets for the 22 February show can …")
  // (the scan for the pronoun first: most subjects have none, and it stops at the first comma)
  const rel = speech && k >= 2 ? relativeBefore(t, k) : -1;
  if (rel > 0 && t[k].kind === 'word' && !NOUN_LIKE_CUES.has(tokenAt(t, k + 1)?.lower ?? '') && (!STOPWORDS.has(w) || OBJECT_PRONOUNS.has(w)) && (!looksLikeVerb(t[k].text) || passiveEnd(t, k)) && !IRREGULAR_PARTICIPLES.has(w) && !isAdverb(t[k].text)) {
    let head = phraseEndingAt(t, rel - 1, prose, vague);
    // ("Democrats in Iowa who …": the group, not the place)
    if (head && head.from >= 2 && PLACE_LINK.has(t[head.from - 1].lower)) head = phraseEndingAt(t, head.from - 2, prose, vague) ?? head;
    if (head && head.kind !== 'pronoun') return copyPhrase(head, { to: k + 1, end: t[k].end, text: prose.slice(head.start, t[k].end) });
  }
  // "the former secretary of state", "the minister of defence": the title before "of" is the head
  if (k >= 2 && t[k - 1].lower === 'of' && TITLE_WORDS.has(w) && TITLE_WORDS.has(t[k - 2].lower)) {
    const role = phraseEndingAt(t, k - 2, prose, vague);
    if (role && role.kind !== 'pronoun') return copyPhrase(role, { to: k + 1, end: t[k].end, text: prose.slice(role.start, t[k].end) });
  }
  return phraseEndingAt(t, k, prose, vague) ?? coordinatedRoles(t, k, prose, vague) ?? groupAcrossPlaces(t, k, prose, vague) ?? groupBeforeTopic(t, k, prose, vague);
}

/** Prepositions that open what a group of people is expert in or concerned with: "Experts on North Korea". */
const TOPIC_LINK = new Set(['on', 'in', 'of', 'at', 'from', 'with']);

/**
 * "Experts on North Korea and nuclear nonproliferation said": a group of people that opens the
 * sentence, then a preposition and its topic, which no reading of the last word finds (a common noun
 * after "and"); the group, with its topic, is the subject. Null unless the words between are a plain
 * noun phrase: no verb, no punctuation, at most eight of them.
 */
function groupBeforeTopic(t: Token[], k: number, prose: string, vague?: Set<string>): Phrase | null {
  const first = firstWordIndex(t);
  if (k - first < 3 || k - first > 10 || !GROUPS.has(t[first].lower) || !TOPIC_LINK.has(t[first + 1]?.lower ?? '')) return null;
  for (let j = first + 2; j <= k; j++) if (t[j].kind !== 'word' || (looksLikeVerb(t[j].text) && !isCapitalized(t[j])) || /^(that|who|which|said|says)$/.test(t[j].lower)) return null;
  const group = phraseEndingAt(t, first, prose, vague);
  if (!group || group.kind === 'pronoun' || group.kind === 'document') return null;
  return copyPhrase(group, { to: k + 1, end: t[k].end, text: prose.slice(group.start, t[k].end) });
}

/**
 * "Traders in New Market and other commercial hubs said", "University authorities in Dhaka and other
 * major cities said": a group and the places it is in, the last of them common nouns after "and
 * other"; the group is the subject. Null unless "and other" ends the phrase.
 */
function groupAcrossPlaces(t: Token[], k: number, prose: string, vague?: Set<string>): Phrase | null {
  let j = k;
  while (j > 0 && k - j < 3 && t[j].kind === 'word' && /^[a-z]+$/.test(t[j].text) && t[j].lower !== 'other') j--;
  if (t[j]?.lower !== 'other' || t[j - 1]?.lower !== 'and' || !/s$/.test(t[k].lower)) return null;
  let p = j - 2;
  while (p > 0 && j - 2 - p < 4 && isCapitalized(t[p])) p--;
  if (p === j - 2 || !PLACE_LINK.has(t[p].lower) || p < 1) return null;
  const group = phraseEndingAt(t, p - 1, prose, vague);
  if (!group || group.kind === 'pronoun' || group.kind === 'document') return null;
  return copyPhrase(group, { to: k + 1, end: t[k].end, text: prose.slice(group.start, t[k].end) });
}

/** Nouns for people that no ending gives away: "the businessman and reality star". */
const PERSON_WORDS = new Set(['star', 'host', 'candidate', 'nominee', 'mogul', 'tycoon', 'frontrunner', 'front-runner', 'chief', 'head', 'veteran', 'icon', 'legend', 'billionaire', 'heir', 'coach', 'captain', 'chair', 'chairwoman']);

/**
 * "The Democratic front-runner and former secretary of state said", "The businessman and reality
 * star announced": one person by two roles, the first opening with its determiner; null otherwise.
 */
function coordinatedRoles(t: Token[], k: number, prose: string, vague?: Set<string>): Phrase | null {
  // (most subjects have no "and" in their last words: a plain look first)
  let and = -1;
  for (let a = k - 1; a >= 2 && k - a <= 5; a--) if (t[a].lower === 'and') and = a;
  if (and < 0) return null;
  const w = t[k]?.lower ?? '';
  const of = k >= 2 && t[k - 1].lower === 'of' && TITLE_WORDS.has(t[k - 2].lower);
  if (t[k]?.kind !== 'word' || !(of || TITLE_WORDS.has(w) || PERSON_WORDS.has(w) || (PERSON_NOUN.test(w) && w.length > 4))) return null;
  for (let a = k - 1; a >= 2 && k - a <= 5; a--) {
    const x = t[a];
    if (x.kind !== 'word' || startsUpper(x.text) || looksLikeVerb(x.text)) return null;
    if (x.lower !== 'and') {
      if (STOPWORDS.has(x.lower) && x.lower !== 'of') return null;
      continue;
    }
    const left = phraseEndingAt(t, a - 1, prose, vague);
    // (the first a noun for a person too: not "the trade and industry secretary"; and definite: "a
    // journalist and close confidant" is someone new, not a speaker later pronouns should go back to)
    const head = t[a - 1].lower;
    if (!left || left.kind === 'pronoun' || left.type !== 'person' || !/^(the|his|her)$/i.test(t[left.from].text) || !(TITLE_WORDS.has(head) || PERSON_WORDS.has(head) || PERSON_NOUN.test(head))) return null;
    return copyPhrase(left, { to: k + 1, end: t[k].end, text: prose.slice(left.start, t[k].end) });
  }
  return null;
}

const AUXILIARY = /^(has|have|had|is|are|was|were|will|would|can|could|did|do|does)$/;
/** "whose laws have been invalidated", "who were surveyed": a passive participle closes the clause. */
const passiveEnd = (t: Token[], k: number): boolean => /ed$/.test(t[k].lower) && /^(been|was|were|is|are|be)$/.test(tokenAt(t, k - 1)?.lower ?? '');
/** An object pronoun may close the relative clause: "groups that have endorsed him say". */
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me']);

/**
 * "Republicans who have praised his candidacy warned …", "groups that have endorsed him say …": a
 * verb after a restrictive relative clause (ending at token k) whose own cue took the rest of the
 * sentence as its content. Returns that attribution, its content cut at the clause's end, when the
 * clause and its head are the later verb's subject; else undefined.
 */
export function afterRelativeClause<F extends { cue: Span; content: Span | null }>(t: Token[], k: number, found: F[], prose: string): F | undefined {
  const rel = k >= 2 ? relativeBefore(t, k) : -1;
  const f = rel > 0 ? found.find((x) => x.cue.start > t[rel].start && x.cue.end <= t[k].end && x.content) : undefined;
  if (!f?.content) return undefined;
  const subject = subjectEndingAt(t, k, prose);
  if (!subject || subject.from >= rel) return undefined;
  f.content = span(f.content.start, t[k].end);
  return f;
}

/** Prepositions that put a place between a group and its "who": "Democrats in Iowa who …". */
const PLACE_LINK = new Set(['in', 'from', 'at', 'across']);
/** Words after "who" or "that" that open a noun phrase, so the pronoun is the object of the clause: "a strike that company executives said …". */
const NOT_VERB = new Set('the a an his her their its our my your this these those some many most he she they we i you it there'.split(' '));

/**
 * Index of the "who" or "that" that opens a restrictive relative clause running to token k (no
 * punctuation between, at most twelve words), its verb right after it; -1 when there is none.
 */
const OBJECT_OPENER = /^(the|a|an|his|her|their|its|this|these|those|our)$/;
function relativeBefore(t: Token[], k: number): number {
  for (let j = k - 1; j >= 1 && k - j <= 12; j--) {
    const x = t[j];
    if (x.kind !== 'word' && x.kind !== 'number') return -1;
    const w = x.lower;
    const next = t[j + 1];
    const prev = t[j - 1];
    // ("Scientists studying the virus said", "People living near the plant say": a participle after a
    // group of people qualifies it, as "who study" would)
    // (a suffix test first: this runs over every word before every cue)
    if (w.endsWith('ing') && w.length > 4 && /^[a-z]+ing$/.test(x.text) && !NOT_QUALIFYING.has(w)) {
      if (prev.kind === 'word' && (/s$/.test(prev.lower) || prev.lower === 'people') && (PERSON_NOUN.test(prev.lower) || RELATION_NOUNS.has(prev.lower) || GROUPS.has(prev.lower)) && next.kind === 'word') return j;
      continue;
    }
    if (w !== 'who' && w !== 'that' && w !== 'whose') continue;
    // ("The state officials whose laws have been invalidated say": a noun follows "whose")
    if (w === 'whose') return prev.kind === 'word' && next.kind === 'word' && !startsUpper(prev.text) ? j : -1;
    // (the verb of the clause follows the pronoun; after a comma it is an aside, read elsewhere)
    // ("Groups that back the bill say": a plain verb a determiner follows, after a plural)
    return prev.kind === 'word' && next.kind === 'word' && !NOT_VERB.has(next.lower) && !startsUpper(next.text) && (next.info.cue !== 0 || looksLikeVerb(next.text) || isAdverb(next.text) || AUXILIARY.test(next.text) || (/[a-z]s$/.test(prev.text) && OBJECT_OPENER.test(tokenAt(t, j + 2)?.lower ?? ''))) ? j : -1;
  }
  return -1;
}
