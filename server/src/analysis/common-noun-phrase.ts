// The common-noun phrases a cue's subject may be: "The campaign says", "O’Malley’s campaign says",
// "A major civil rights group says", "…, police said", and the noun a "whose" clause owns ("Trump,
// whose attorneys argued"). phraseEndingAt (mentions.ts) asks here after names and groups.
import { CUE_ADVERBS, IRREGULAR_PAST, ORG_WORDS, PRONOUNS_ALL, STOPWORDS, TITLE_WORDS, VAGUE_SOURCE_HEADS } from './lexicon';
import { headType, PERSON_NOUN, RELATION_NOUNS } from './name-types';
import { tokenAt } from './token-at';
import type { Token } from './types';
import { articleBefore, DETERMINERS, firstWordIndex, isCapitalized, isPluralPossessive, lower, make, NOT_NOUNS, SENTENCE_START_WORDS, type Phrase } from './mentions';

/** Connectives that may open a sentence before its subject: "But voters said", "And officials say". */
const OPENING_CONNECTIVES = new Set(['but', 'and', 'yet', 'so', 'still', 'now', 'meanwhile', 'however']);
/** Whether token i opens a clause: the sentence's first word, or after "and", "but", a comma or a quote. */
const opensClauseAt = (tokens: Token[], i: number): boolean => i === firstWordIndex(tokens) || (i > 0 && (/^(and|but|,)$/.test(tokens[i - 1].lower) || tokens[i - 1].kind === 'quote'));

/** Quantifiers that open a source only before people: "All three candidates", "Other refugee advocates" (not "other similar projects"). */
const PEOPLE_QUANTIFIERS = new Set('all other few two three four five six seven eight nine ten various numerous'.split(' '));
/** "…, which" or "in which": a relative "which" at k, not the interrogative ("which candidates won"). */
const relativeWhich = (tokens: Token[], k: number): boolean =>
  lower(tokenAt(tokens, k)) === 'which' && (tokenAt(tokens, k - 1)?.text === ',' || /^(in|on|at|during|after|for|by)$/.test(lower(tokenAt(tokens, k - 1))));

/** "Trump, whose attorneys …": the noun after "whose" (at k) as the capitalised name before the comma owns it: "Trump’s attorneys". */
function ownedByAntecedent(tokens: Token[], k: number, end: number, prose: string): Phrase | null {
  if (tokenAt(tokens, k - 1)?.text !== ',' || !isCapitalized(tokenAt(tokens, k - 2))) return null;
  let o = k - 2;
  while (o > 0 && isCapitalized(tokens[o - 1]) && o - 1 !== firstWordIndex(tokens)) o--;
  const owner = prose.slice(tokens[o].start, tokens[k - 2].end);
  return make(tokens, k, end + 1, prose, 'name', `${owner}’s ${prose.slice(tokens[k + 1].start, tokens[end].end)}`, 'person');
}

/**
 * "The campaign says", "O’Malley’s campaign says", "A major civil rights group says": a determiner
 * or possessive, then adjectives and nouns, ending in the head noun before the cue.
 */
export function commonNounPhrase(tokens: Token[], end: number, prose: string): Phrase | null {
  const head = lower(tokens[end]);
  if (!/^[a-z][a-z-]+$/.test(head) || STOPWORDS.has(head) || NOT_NOUNS.has(head) || CUE_ADVERBS.has(head) || IRREGULAR_PAST.has(head) || /(?:ly|ed|ing)$/.test(head)) return null;
  let from = end;
  let anchored = false;
  for (let k = end - 1; k >= 0 && end - k <= 6; k--) {
    const tk = tokens[k];
    const w = lower(tk);
    if (tk.kind === 'number' || (tk.kind === 'word' && /^\d/.test(w))) { from = k; continue; }
    if (tk.text === '-' && tokenAt(tokens, k - 1)?.kind === 'number') { from = k; continue; } // "the 47-year-old director"
    // "Sanders’ campaign": a plural possessive, its apostrophe read as a separate mark
    // (a lower-case owner only before a noun for a person or body: "the families’ lawyer"; a vague
    // head stays vague with it: "the two countries’ leaders" is read by headedPhraseEndingAt)
    if (isPluralPossessive(tokens, k, true) && (ORG_WORDS.has(head) || headType(head) === 'person')) {
      from = k - 1;
      anchored = true;
      while (from > 0 && isCapitalized(tokens[from - 1])) from--;
      break;
    }
    // ("a setback for Trump, whose attorneys argued": the name before the relative owns the noun)
    if (w === 'whose' && headType(head) === 'person') return ownedByAntecedent(tokens, k, end, prose);
    if (tk.kind !== 'word' || NOT_NOUNS.has(w) || PRONOUNS_ALL.has(w) || SENTENCE_START_WORDS.has(w) && !DETERMINERS.has(w)) break;
    if (DETERMINERS.has(w) || (PEOPLE_QUANTIFIERS.has(w) && headType(head) === 'person') || /[’']s$/.test(tk.text) || /^(his|her|their|its|our)$/.test(w)) {
      from = k;
      anchored = true;
      // "O’Malley’s campaign": the possessor's name belongs to the phrase
      // ("But Alphabet's founders": not the capitalized connective that opens the sentence)
      while (/[’']s$/.test(tokens[from].text) && from > 0 && isCapitalized(tokens[from - 1]) && !(from - 1 === firstWordIndex(tokens) && SENTENCE_START_WORDS.has(lower(tokens[from - 1])))) from--;
      if (tokenAt(tokens, from - 1)?.text === '.' && isCapitalized(tokens[from - 2]) && TITLE_WORDS.has(lower(tokens[from - 2]))) from -= 2;
      break;
    }
    // (a past participle is an adjective right after an article or possessive: "the embattled
    // senator", "the unsigned opinion"; not "Blair retorted voters"; an -ing form rarely: "the dueling speeches offer")
    if (STOPWORDS.has(w) || (/(?:ed|ing)$/.test(w) && !w.includes('-') && !isCapitalized(tk) && !(articleBefore(tokens, k) && w.endsWith('ed')))) break;
    from = k;
    if (isCapitalized(tk) && (k === 0 || !isCapitalized(tokens[k - 1]))) anchored = true;
  }
  // "…,” organisers said": a bare plural right after a quote or at the start is an unnamed group;
  // "…, police said" is the police, as "the police" and "Police" are
  // ("a call in which organizers claimed", "The strike, which company executives said could …": a
  // group after a relative "which" is unnamed too)
  if (!anchored && /[a-z]{3,}s$/.test(head) && (headType(head) === 'person' || VAGUE_SOURCE_HEADS.has(head)) && relativeWhich(tokens, from - 1)) return make(tokens, from, end + 1, prose, 'vague', prose.slice(tokens[from].start, tokens[end].end), 'vague');
  // (after ", as" only before a verb of saying: "as investors hoped for a recovery" is no report)
  if (!anchored && from === end && ((/[a-z]{3,}s$/.test(head) && !/(?:ss|us|is)$/.test(head)) || head === 'police')) {
    const before = tokens[end - 1];
    // ("But organizations that backed him said": after the connective that opens the sentence too)
    // (or a clause of its own after "and": "… live with foster families and carers have said")
    // (or after ", as": "…, as police have said", "…, as analysts noted")
    if (!before || before.text === ',' || before.kind === 'quote' || end === firstWordIndex(tokens) || (end - 1 === firstWordIndex(tokens) && OPENING_CONNECTIVES.has(lower(before))) || (lower(before) === 'and' && lower(tokenAt(tokens, end + 1)) === 'have') || (lower(before) === 'as' && tokenAt(tokens, end - 2)?.text === ',' && AS_SAID.test(lower(tokenAt(tokens, end + 1))))) {
      return head === 'police' ? make(tokens, end, end + 1, prose, 'name', 'police', 'organization') : make(tokens, end, end + 1, prose, 'vague', head, 'vague');
    }
  }
  if (!anchored || from === end) return null;
  // "his comments" is not a speaker, "her lawyers" are, and "her campaign" when it opens the clause
  // ("Clinton and her campaign said"; not "at his secretariat office said", "which his party describes")
  if (/^(his|her|their|its|our)$/.test(lower(tokens[from])) && !(PERSON_NOUN.test(head) || RELATION_NOUNS.has(head) || TITLE_WORDS.has(head) || TITLE_WORDS.has(head.replace(/s$/, '')) || (ORG_WORDS.has(head) && opensClauseAt(tokens, from)))) return null;
  const type = headType(head);
  const name = prose.slice(tokens[from].start, tokens[end].end).replace(/^(the|a|an)\s+/i, '');
  return make(tokens, from, end + 1, prose, type === 'document' ? 'document' : 'name', name, type);
}

/** What follows a group after ", as" when it reports: "as police have said", "as analysts noted". */
const AS_SAID = /^(?:have|has|had|said|say|says|noted|note|reported|report|pointed|told|wrote|warned|put)$/;
