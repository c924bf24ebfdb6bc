// A noun phrase read rightwards from a token, as a source after its cue reads ("said the minister",
// "said rally driver Dave Hawkins", "said a senior Cruz adviser"). mentions.ts reads them leftwards.
import { COUNTRIES, CUE_ADVERBS, CUE_VERBS, MEDIA_WORDS, MONTHS, ORG_WORDS, PRONOUNS_ALL, STOPWORDS, TITLE_WORDS, VAGUE_SOURCE_HEADS, WEAK_MEDIA_WORDS, WEEKDAYS } from './lexicon';
import { copyPhrase, isCapitalized, isInitialStop, isWebAddressAt, lower, make, NAME_CONNECTORS, nameFrom, particlePair, namesBodyAfter, ROLE_MODIFIERS, webAddress, type Phrase } from './mentions';
import { DOCUMENT_HEADS, isBodyNoun, isDocumentHead, PERSON_NOUN } from './name-types';
/** Documents whose name also qualifies a body after it: "the statistics office", "the audit commission". */
const LOWER_DOCUMENT_QUALIFIER = /^(statistics|audit|research|census|polling)$/;
const BODY_AFTER_DOCUMENT = /^(office|offices|bureau|agency|body|authority|department|division|unit|commission|committee|team|firm|company|group|institute|centre|center|organisation|organization|service|board|chief|director|head|officials?|staff|experts?|analysts?|researchers?)$/;
import type { Token } from './types';
import { fieldListEnd, forInBodyName } from './field-list-body';
import { heldRole } from './name-roles';

const SHARE = /^(one|some|many|several|most|each|two|three|none|all|both|few)$/i;
const SUPERLATIVE = /^(best|worst|most|least|top|first|last|[a-z]{2,}est)$/;

/**
 * How many tokens at `at` link a title held to its body or to the next title, inside a run of
 * capitals that opened with a title: "of the" before a capital ("Chairperson of the Commonwealth …"),
 * "and" and "former" before another title ("… Group and former President of …"); 0 when none.
 */
function heldTitleLink(tokens: Token[], at: number): number {
  const w = tokens[at]?.lower;
  // (right after a title: "Dr Jeremy Philpott of the UK Patent Office" is a person and where he works)
  if ((w === 'of' || w === 'for') && TITLE_WORDS.has(tokens[at - 1]?.lower ?? '') && tokens[at + 1]?.lower === 'the' && isCapitalized(tokens[at + 2])) return 2;
  // (after a body's name only: "Secretary of State John Kerry and Defense Secretary Ash Carter" are two)
  if (w !== 'and' || !(ORG_WORDS.has(tokens[at - 1]?.lower ?? '') || COUNTRIES.has(tokens[at - 1]?.lower ?? ''))) return 0;
  const k = ROLE_MODIFIERS.has(tokens[at + 1]?.lower ?? '') && !isCapitalized(tokens[at + 1]) ? at + 2 : at + 1;
  return isCapitalized(tokens[k]) && TITLE_WORDS.has(tokens[k].lower) ? k - at : 0;
}

/** A noun phrase that starts at token index `from`, read rightwards ("said the minister"). */
export function phraseStartingAt(tokens: Token[], from: number, prose: string, extraVague?: Set<string>): Phrase | null {
  let i = from;
  // "said one of those advisers", "said some of the protesters": the group the share is taken from
  if (SHARE.test(tokens[i]?.text ?? '') && tokens[i + 1]?.lower === 'of' && from + 2 < tokens.length) {
    const at = /^(those|these)$/i.test(tokens[from + 2].text) ? from + 3 : from + 2;
    const whole = phraseStartingAt(tokens, at, prose, extraVague);
    // (not "one of the best guitarists": a superlative ranks, nobody speaks)
    if (whole) return whole.kind !== 'pronoun' && whole.kind !== 'document' && !tokens.slice(at, whole.to).some((x) => SUPERLATIVE.test(x.lower)) ? widen(whole, tokens, from, prose) : null;
    // ("one of those advisers": people nobody names, the determiner having been read)
    const w = tokens[at]?.text ?? '';
    const next = tokens[at + 1];
    return at > from + 2 && /^[a-z]{5,}s$/.test(w) && PERSON_NOUN.test(w) && (!next || next.kind !== 'word' || /^(who|from|of|at|in|with|for)$/.test(next.text)) ? make(tokens, from, at + 1, prose, 'vague', w, 'vague') : null;
  }
  // ("“…,” said several farm operators": unnamed people counted, a vague group)
  const counted = COUNTED_PEOPLE.test(tokens[i]?.text ?? '') ? countedPeople(tokens, from, prose) : null;
  if (counted) return counted;
  if (/^(the|a|an|another|one)$/i.test(tokens[i]?.text ?? '')) i++;
  // ("said one trader": "one" counts the speaker, and stays in the name; an article does not)
  const named = i > from && tokens[from].lower === 'one' ? tokens[from].start : tokens[i]?.start ?? 0;
  // "said the 28-year-old"
  if (tokens[i]?.kind === 'number' && tokens[i + 1]?.text === '-' && /^year-old$/i.test(tokens[i + 2]?.text ?? '')) {
    return make(tokens, from, i + 3, prose, 'name', prose.slice(tokens[i].start, tokens[i + 2].end), 'person');
  }
  // ("said 9/11 widow Terry Strada": a date glued with its slash qualifies the role after it)
  const slashed = tokens[i]?.kind === 'number' && tokens[i + 1]?.text === '/' && tokens[i + 2]?.kind === 'number' && tokens[i + 1].start === tokens[i].end && tokens[i + 2].start === tokens[i + 1].end && tokens[i + 3]?.kind === 'word' && /^[a-z]/.test(tokens[i + 3].text);
  if (slashed) i += 3;
  if (i >= tokens.length || tokens[i].kind !== 'word') return null;
  let to = i;
  if (isCapitalized(tokens[i])) {
    while (to < tokens.length && (isCapitalized(tokens[to]) || ((NAME_CONNECTORS.has(lower(tokens[to])) || forInBodyName(tokens, to)) && isCapitalized(tokens[to + 1])) || isInitialStop(tokens, to))) {
      // ("said Ursula von der Leyen": two particles inside the name)
      if (particlePair(tokens, to + 1) && isCapitalized(tokens[to + 3])) to += 2;
      to++;
      // ("said the Ministry of Health and Family Welfare": a body's list of fields is one name)
      if (to - i >= 3 && (tokens[to]?.text === ',' || tokens[to]?.lower === 'and' || tokens[to]?.text === '&')) to = Math.max(to, fieldListEnd(tokens, to));
      // ("said Chairperson of the Commonwealth Observer Group and former President of Ghana Nana Addo
      // Dankwa Akufo-Addo": titles held, each of its body, then the holder's name)
      if (TITLE_WORDS.has(tokens[i].lower)) to += heldTitleLink(tokens, to);
    }
    // "Space.com": a website by its address, an outlet
    if (to === i + 1 && isWebAddressAt(tokens, i)) return webAddress(tokens, from, i, prose);
    // "an American official", "a Trump adviser": the capitals qualify a noun for people (read below)
    if (!isHeadNoun(tokens[to], extraVague) || tokens.slice(i, to).some((x) => !isCapitalized(x) && x.text !== '&')) {
      // ("Chairperson of the Commonwealth Observer Group Nana Addo Dankwa Akufo-Addo": the holder after the body)
      const held = TITLE_WORDS.has(tokens[i].lower) && tokens[i + 1]?.lower === 'of' ? heldRole(prose.slice(tokens[i].start, tokens[to - 1].end)) : null;
      const p = held ? copyPhrase(make(tokens, i, to, prose, 'name', held.name, 'person'), { role: held.role }) : nameFrom(tokens, i, to, prose);
      // ("the Senate majority leader", "the Guardian newspaper", "BBC labour affairs correspondent
      // Stephen Cape": a body that qualifies the role or outlet after it; not "Labor Department figures")
      if (!(p && p.type !== 'person' && qualifiesRole(tokens, to))) return p && i > from ? widen(p, tokens, from, prose) : p;
    }
  }
  if (PRONOUNS_ALL.has(lower(tokens[i]))) return make(tokens, i, i + 1, prose, 'pronoun', lower(tokens[i]), 'person');
  // lower-case phrase: up to a head noun we know within four words; a noun or name that only
  // qualifies the next one is passed over ("one party activist", "a senior Cruz adviser", "the younger Mr. Trump")
  let passed = 0;
  for (let k = i; k < tokens.length && k - i < 5 + passed; k++) {
    const w = lower(tokens[k]);
    // ("the M&S spokesman": an ampersand inside the name that qualifies the noun)
    if (tokens[k].text === '&' && isCapitalized(tokens[k + 1]) && k > i) {
      passed++;
      continue;
    }
    if (tokens[k].kind !== 'word') break;
    const next = tokens[k + 1];
    // ("official results", "official rules": documents, not an official; "official figures" stay
    // vague, as the reader cannot tell whose figures they are)
    if (w === 'official' && /^(results|rules|records|documents|gazette|transcript)$/.test(lower(next))) {
      return make(tokens, from, k + 2, prose, 'document', lower(next), 'document');
    }
    if (VAGUE_SOURCE_HEADS.has(w) || extraVague?.has(w)) {
      let to2 = k + 1;
      // "people familiar with the matter", "sources close to the talks"
      if (/^(familiar|close|with|briefed|knowledge)$/.test(lower(tokens[to2]))) {
        while (to2 < tokens.length && tokens[to2].kind === 'word' && to2 - k < 7) to2++;
      }
      return namedAfterGroup(tokens, to2, make(tokens, from, to2, prose, 'vague', w, 'vague'), prose);
    }
    // ("the gazette" in lower case is a government's official journal; a newspaper of the name has a capital)
    // (not a document that qualifies a body: "the statistics office")
    if ((isDocumentHead(tokens[k]) && !(LOWER_DOCUMENT_QUALIFIER.test(w) && BODY_AFTER_DOCUMENT.test(next?.text ?? ''))) || (w === 'gazette' && !isCapitalized(tokens[k]))) return make(tokens, from, k + 1, prose, 'document', w, 'document');
    const qualifies = isHeadNoun(next, extraVague);
    if (qualifies) passed++;
    // "said the 22-year-old", "said the giant winger"
    if (i > from && !qualifies && PERSON_NOUN.test(w) && !STOPWORDS.has(w) && (w.length > 4 || w === 'man') && (!/^[a-z]/.test(next?.text ?? 'X') || /^(who|from|of|at|in|with|for)$/.test(next.text)) && !(isCapitalized(next) && !WEEKDAYS.has(next.lower) && !MONTHS.has(next.lower))) {
      return make(tokens, from, k + 1, prose, 'name', prose.slice(named, tokens[k].end), 'person');
    }
    // ("said the news agency", "said the news anchor": "news" in lower case qualifies the noun after it;
    // alone it is what was told, "announced the news, adding …", never an outlet)
    if (w === 'news' && !isCapitalized(tokens[k])) {
      if (next?.kind === 'word' && /^[a-z]+$/.test(next.text) && !STOPWORDS.has(next.lower)) continue;
      return null;
    }
    // "said the magazine", "said the company" (a capital is read with its name below: "a White House official")
    if (((MEDIA_WORDS.has(w) && !WEAK_MEDIA_WORDS.has(w)) || ORG_WORDS.has(w)) && !STOPWORDS.has(w) && !qualifies && !isCapitalized(tokens[k])) {
      // ("the news agency": a body of the news trade is an outlet)
      const media = MEDIA_WORDS.has(w) || tokens[k - 1]?.lower === 'news';
      const p = make(tokens, from, k + 1, prose, 'name', prose.slice(named, tokens[k].end), media ? 'media' : 'organization');
      return p;
    }
    // ("said foreign policy aide Jake Sullivan": a title word that qualifies a role before a name is read on to the name)
    if (TITLE_WORDS.has(w) && !isCapitalized(next) && !qualifies && !isInitialStop(tokens, k + 1) && !nameAfterRole(tokens, k + 1)) return make(tokens, from, k + 1, prose, 'role', w, 'person');
    // "said rally driver Dave Hawkins": a lower-case role, then the name
    if (k > i && isCapitalized(tokens[k])) {
      let to2 = k;
      while (to2 < tokens.length && (isCapitalized(tokens[to2]) || isInitialStop(tokens, to2))) to2++;
      // "a Democratic strategist", "one Trump confidant": the name qualifies the noun after it
      if (isHeadNoun(tokens[to2], extraVague)) {
        passed += to2 - k;
        k = to2 - 1;
        continue;
      }
      const name = nameFrom(tokens, k, to2, prose);
      // ("a former U.S. law enforcement official": a place or body that qualifies the words after it)
      if ((!name || name.type !== 'person') && tokens[to2]?.kind === 'word' && /^[a-z]/.test(tokens[to2].text) && !STOPWORDS.has(tokens[to2].lower)) {
        passed += to2 - k;
        k = to2 - 1;
        continue;
      }
      // ("the communications regulator Ofcom", "the retailer Next": a body after the noun that says what it is)
      if (name && (name.type === 'organization' || name.type === 'media') && isBodyNoun(tokens[k - 1].lower)) return widen(name, tokens, from, prose);
      if (!name || name.type !== 'person') return null;
      const p = widen(name, tokens, from, prose);
      p.role = prose.slice(tokens[i].start, tokens[k - 1].end) + (name.role ? ` ${name.role}` : '');
      return p;
    }
  }
  return null;
}

const COUNTED_PEOPLE = /^(several|many|two|three|four|five|six|few|numerous|various|dozens)$/i;
/** "several farm operators", "two senior officials": people counted, not named, up to three words on; null when no plural noun for people ends it. */
function countedPeople(tokens: Token[], from: number, prose: string): Phrase | null {
  for (let k = from + 1; k < tokens.length && k - from <= 3; k++) {
    const x = tokens[k];
    if (x.kind !== 'word' || x.text !== x.lower || STOPWORDS.has(x.lower)) return null;
    const next = tokens[k + 1];
    // (not outlets: "according to various newspapers" is read as media, below)
    if (/s$/.test(x.lower) && !MEDIA_WORDS.has(x.lower) && !MEDIA_WORDS.has(x.lower.slice(0, -1)) && (VAGUE_SOURCE_HEADS.has(x.lower) || PERSON_NOUN.test(x.lower)) && (!next || next.kind !== 'word' || /^(who|from|of|at|in|with|for)$/.test(next.lower))) {
      return make(tokens, from, k + 1, prose, 'vague', x.lower, 'vague');
    }
  }
  return null;
}

/** Whether one or two lower-case words from token i lead to a name: "(foreign) policy aide Jake Sullivan". */
function nameAfterRole(tokens: Token[], i: number): boolean {
  for (let j = i; j < tokens.length && j - i < 2 && tokens[j].kind === 'word' && /^[a-z]+$/.test(tokens[j].text) && !STOPWORDS.has(tokens[j].lower); j++) if (isCapitalized(tokens[j + 1])) return true;
  return false;
}

/** Whether lower-case words from token i, at most three, lead to a role or outlet noun: "majority leader", "labour affairs correspondent", "newspaper". */
function qualifiesRole(tokens: Token[], i: number): boolean {
  for (let j = i; j < tokens.length && j - i < 3; j++) {
    const x = tokens[j];
    if (x.kind !== 'word' || !/^[a-z]+$/.test(x.text) || STOPWORDS.has(x.lower) || CUE_VERBS.has(x.lower) || CUE_ADVERBS.has(x.lower) || /(?:ed|ing|ly)$/.test(x.text)) return false;
    if (VAGUE_SOURCE_HEADS.has(x.lower) || DOCUMENT_HEADS.has(x.lower)) return false;
    if (TITLE_WORDS.has(x.lower) || MEDIA_WORDS.has(x.lower) || (PERSON_NOUN.test(x.lower) && x.lower.length > 4)) return true;
  }
  return false;
}

const NOT_PEOPLE = new Set(['reports', 'figures', 'some', 'many', 'others', 'most']);
/** A lower-case noun for people ("official", "adviser", "activist"), so that a word before it only qualifies it. */
function isHeadNoun(tok: Token | undefined, extraVague?: Set<string>): boolean {
  if (!tok || tok.kind !== 'word') return false;
  const w = tok.lower;
  if (w !== tok.text || STOPWORDS.has(w) || ROLE_MODIFIERS.has(w) || NOT_PEOPLE.has(w)) return false;
  return VAGUE_SOURCE_HEADS.has(w) || !!extraVague?.has(w) || TITLE_WORDS.has(w) || (PERSON_NOUN.test(w) && w.length > 4 && !/(?:ier|est)$/.test(w));
}

function widen(p: Phrase, tokens: Token[], from: number, prose: string): Phrase {
  return copyPhrase(p, { from, start: tokens[from].start, text: prose.slice(tokens[from].start, p.end) });
}

/**
 * "said market analysts Chart-Track.", "said analysts Gartner": a name right after a group's noun,
 * closing the clause, is the body the group's noun describes (its role), as after "according to".
 */
function namedAfterGroup(tokens: Token[], at: number, group: Phrase, prose: string): Phrase {
  const first = tokens[at];
  if (!namesBodyAfter(group.name, first)) return group;
  let end = at;
  while (end < tokens.length && (isCapitalized(tokens[end]) || (/^[-/&]$/.test(tokens[end].text) && isCapitalized(tokens[end + 1])))) end++;
  if (end < tokens.length && tokens[end].kind !== 'punct') return group;
  const name = prose.slice(first.start, tokens[end - 1].end);
  return copyPhrase(group, { to: end, end: tokens[end - 1].end, text: prose.slice(group.start, tokens[end - 1].end), kind: 'name', name, type: 'organization', role: group.text });
}
