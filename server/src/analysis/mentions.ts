// Mentions: the noun phrases that can be the source of an attribution, and what they name
// (person, organization, outlet, document, unnamed group). source-registry.ts folds them into sources.
import {
  CUE_VERBS, IRREGULAR_PAST, MEDIA_WORDS, MONTHS, NATIONALITIES, ORG_WORDS, WEEKDAYS, PRONOUNS_ALL, STOPWORDS, TIME_WORDS, TITLE_WORDS, VAGUE_SOURCE_HEADS,
} from './lexicon';
import { startsUpper } from './letters';
import type { SourceType, Token } from './types';
import { classifyName, headType, isDocumentHead, isPartyName } from './name-types';
import { tokenAt } from './token-at';
import type { GenderClue } from './gender';
import { nameFrom, ONE_WORD_BODIES } from './name-roles';
import { respondentsEndingAt, SAMPLED } from './respondents';
import { commonNounPhrase } from './common-noun-phrase';
import { relativeAntecedent, shareOfRelative } from './relative-antecedent';
import { NUMBER_WORDS, QUANTITY_HEADS, QUANTITY_MODIFIERS, shareEndingAt } from './poll-shares';
import { allFieldWords, fieldListHead, forInBodyName, membersBefore } from './field-list-body';
export { nameFrom };

export interface Phrase {
  /** Token index range [from, to) in the sentence. */
  from: number;
  to: number;
  start: number;
  end: number;
  text: string;
  kind: 'name' | 'pronoun' | 'vague' | 'role' | 'document';
  name: string;
  role?: string;
  type: SourceType;
  /** What the role's own words say of the person's sex, read from its tokens where the role was found; undefined when not read (see gender.ts). */
  clue?: GenderClue | null;
}

/** "US", "UK", "EU": two or three capitals (asked of every name word: no expression). */
function isShortAcronym(text: string): boolean {
  if (text.length < 2 || text.length > 3) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 65 || c > 90) return false;
  }
  return true;
}
export const isNationality = (t: Token): boolean => isShortAcronym(t.text) || NATIONALITIES.has(t.lower);
const VAGUE_MODIFIERS = new Set(
  'the some many several few two three four a an senior top unnamed anonymous former other local government administration military police party campaign white house security intelligence industry western foreign diplomatic health election defense defence officials\' administration\'s'.split(' '),
);
export const ROLE_MODIFIERS = new Set('former late then acting interim incoming outgoing longtime senior top presidential vice-presidential republican democratic gop democrat conservative liberal frontrunner front-runner hopeful rival fellow veteran retired billionaire businessman businesswoman real estate mogul magnate star'.split(' '));
/** What names people after "those": "those present", "those involved". */
const THOSE_BY_PART = new Set(['present', 'attending', 'involved', 'affected', 'consulted', 'concerned']);
/** Quantifiers that open a group named by its modifiers and head: "and other labor leaders". */
const GROUP_QUANTIFIERS = new Set(['other', 'many', 'some', 'several', 'most', 'few', 'numerous', 'various']);
// ("&": "S&P", "Marks & Spencer", "Food & Agriculture Organisation")
/** Titles of envoys, whose country follows "to": "Ambassador to Bangladesh Brent T Christensen". */
const ENVOY_TITLE = /^(Ambassador|Commissioner|Envoy|Consul)$/;
export const NAME_CONNECTORS = new Set(['of', 'de', 'al', 'bin', 'van', 'von', 'der', 'la', 'da', 'du', 'le', 'del', '&']);
/** Two particles a surname may open with, in lower case: "von der Leyen", "van der Vaart", "de la Rúa". */
const PARTICLE_PAIRS = new Set(['von der', 'van der', 'van den', 'van de', 'de la', 'de los', 'de las', 'van het', 'ten de']);
/** Whether tokens i and i + 1 are two such particles (asked of short lower-case words only: no string is built for the rest). */
export function particlePair(tokens: Token[], i: number): boolean {
  const a = tokens[i];
  const b = tokens[i + 1];
  return !!a && !!b && a.text.length <= 3 && b.text.length <= 3 && (a.text === 'von' || a.text === 'van' || a.text === 'de' || a.text === 'ten') && PARTICLE_PAIRS.has(`${a.text} ${b.text}`);
}
export const SENTENCE_START_WORDS = new Set(
  'although after adding according as at before but despite during however if in meanwhile on since so still the then this these those though when while with yet tensions read also a an and now or nor even perhaps maybe nevertheless nonetheless moreover furthermore additionally instead likewise similarly otherwise regardless indeed thus therefore hence consequently accordingly elsewhere separately finally earlier later yesterday tonight'.split(' '),
);
/** Whether token i heads a document phrase: in lower case, or as the sentence's first word in the plural or a mass noun ("Statistics show", "Research suggests"). */
const documentHeadAt = (tokens: Token[], i: number): boolean =>
  isCapitalized(tokens[i]) ? i === firstWordIndex(tokens) && headType(tokens[i].lower) === 'document' && (tokens[i].lower.endsWith('s') || MASS_DOCUMENTS.has(tokens[i].lower)) : isDocumentHead(tokens[i]);
/** Documents named without an article or a plural ending (a singular one first in its sentence may be a surname: "Poll added"). */
const MASS_DOCUMENTS = new Set(['research', 'data', 'polling', 'analysis', 'footage', 'testimony']);
/**
 * Whether token i is a bare singular noun for a person, written as headlines write a source without
 * its article ("…, analyst says.", "Win or not, candidate says, …"): right after the sentence start,
 * a comma, a semicolon or "But", and right before "says" or "said".
 */
function headlineRole(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (t.kind !== 'word' || !/^[a-z]{4,}$/.test(t.text) || t.text.endsWith('s') || !HEADLINE_VERBS.has(tokenAt(tokens, i + 1)?.lower ?? '')) return false;
  const before = tokenAt(tokens, i - 1);
  const opens = i === firstWordIndex(tokens) || (!!before && (/^[,;:]$/.test(before.text) || (/^(but|and)$/i.test(before.text) && (i - 1 === firstWordIndex(tokens) || /^[,;:]$/.test(tokenAt(tokens, i - 2)?.text ?? '')))));
  return opens && (TITLE_WORDS.has(t.lower) || headType(t.lower) === 'person') && !ORG_WORDS.has(t.lower) && !STOPWORDS.has(t.lower);
}
const HEADLINE_VERBS = new Set(['says', 'said', 'warns', 'claims', 'insists', 'admits', 'denies', 'urges', 'predicts', 'tells']);
/** Words that leave plural documents unnamed: "some reports", "unconfirmed reports", "media reports". */
const UNNAMED_DOCUMENTS = new Set(['some', 'other', 'several', 'many', 'unconfirmed', 'unverified', 'media', 'press', 'news', 'local', 'earlier', 'recent']);
/** Prepositions and participles that open a sentence's adverbial clause, never a name there: "By offering …, Trump", "Having announced …". */
const OPENING_ONLY = new Set('by besides without upon through having being amid among against unlike for to of under over toward towards via within across alongside beyond behind beside throughout following'.split(' '));
const opensSentence = (w: string): boolean => SENTENCE_START_WORDS.has(w) || OPENING_ONLY.has(w);

export const lower = (t: Token | undefined): string => (t ? t.lower : '');

/** The writer's "I" or "we": no one a third-person pronoun stands for, and no speaker inside a quote. */
export const isWritersPronoun = (p: Phrase): boolean => p.kind === 'pronoun' && (p.name === 'i' || p.name === 'we');
/** Words that count or quantify a group: "many Iraqis" are its people, and "some of" opens a subject. */
export const QUANTIFIER = new Set('some many most all none one two three several each both few half much any'.split(' '));
/**
 * Whether the token after a group's noun names the body the noun describes: "analysts Gartner",
 * "market analysts Chart-Track"; not a day or a time ("analysts said Monday"), nor a quantifier's
 * people ("many Iraqis").
 */
export function namesBodyAfter(group: string, tok: Token | undefined): boolean {
  return !QUANTIFIER.has(group) && isCapitalized(tok) && !TIME_WORDS.test(tok!.lower) && !MONTHS.has(tok!.lower);
}
export const isCapitalized = (t: Token | undefined): boolean =>
  !!t && t.kind === 'word' && startsUpper(t.text);
/** Without a final "'s" or "’s" (asked of every name word: no expression). */
export function stripPossessive(s: string): string {
  const n = s.length;
  return n >= 2 && s.charCodeAt(n - 1) === 115 && (s.charCodeAt(n - 2) === 39 || s.charCodeAt(n - 2) === 0x2019) ? s.slice(0, n - 2) : s;
}

/** The first word token of a sentence, after any opening quotes or brackets. */
export function firstWordIndex(tokens: Token[]): number {
  let i = 0;
  while (i < tokens.length && tokens[i].kind !== 'word' && tokens[i].kind !== 'number') i++;
  return i;
}

/**
 * Whether the token before a capitalized word can join it into a longer name or give it a role:
 * everything phraseEndingAt's leftward walk over a name accepts, and a little more.
 */
export function mayExtendName(prev: Token | undefined): boolean {
  if (!prev) return false;
  const w = prev.lower;
  return prev.text === '.' || isCapitalized(prev) || NAME_CONNECTORS.has(w) || ROLE_MODIFIERS.has(w) || TITLE_WORDS.has(w) || /^\d+-year-old$/.test(prev.text);
}

/** A noun phrase that ends at token index `end` (inclusive), read leftwards. */
export function phraseEndingAt(tokens: Token[], end: number, prose: string, extraVague?: Set<string>): Phrase | null {
  // (reads past either end deoptimise V8's code for the whole function: checked instead)
  if (end < 0 || end >= tokens.length) return null;
  const t = tokens[end];
  // "James B. Comey Jr. said": the suffix's full stop ends the name
  if (t.text === '.' && end > 0 && /^(Jr|Sr)$/.test(tokens[end - 1].text) && tokens[end - 1].end === t.start) {
    const p = phraseEndingAt(tokens, end - 1, prose, extraVague);
    return p && p.kind === 'name' ? copyPhrase(p, { to: end + 1, end: t.end, text: prose.slice(p.start, t.end) }) : p;
  }
  if (t.kind !== 'word' && t.kind !== 'number') return null;
  const w = t.lower;
  // "the Liberal Democrats" is a party, named: read as a name (classifyName), not a vague group.
  // ("John Person, president of …": a surname, not "a person")
  const vagueHead = (VAGUE_SOURCE_HEADS.has(w) || !!extraVague?.has(w)) && !(isCapitalized(tokenAt(tokens, end - 1)) && (isPartyName(lower(tokens[end - 1]), w) || (w === 'person' && t.text === 'Person')));
  if (t.kind === 'number' && !/^\d/.test(w)) return null;
  if (PRONOUNS_ALL.has(w)) return make(tokens, end, end + 1, prose, 'pronoun', w, 'person');
  // ("Many of them said", "Most of them say": a share of whom "they" stands for, resolved as "they" is)
  if (w === 'them' && end >= 2 && tokens[end - 1].lower === 'of' && QUANTIFIER.has(tokens[end - 2].lower)) return make(tokens, end - 2, end + 1, prose, 'pronoun', 'they', 'person');
  // ("Let’s think about …": an invitation to the reader, no one's report)
  if (w === 'let’s' || w === "let's") return null;
  // "One says …, another says …": another unnamed one (read leftwards only: "added another New Hampshire Republican")
  // (before a finite verb: "another question that …" is a noun phrase)
  if (w === 'another' && finiteAfter(tokens[end + 1])) return make(tokens, end, end + 1, prose, 'vague', w, 'vague');
  // "He’s predicting": the pronoun of a contraction, without its verb.
  const contracted = w.length <= 7 && /[’']/.test(w) ? /^(he|she|they|it|we|i)[’'](?:s|re|ve|d|ll|m)$/.exec(w) : null;
  if (contracted) return copyPhrase(make(tokens, end, end + 1, prose, 'pronoun', contracted[1], 'person'), { end: t.start + contracted[1].length, text: t.text.slice(0, contracted[1].length) });
  // "Barkley, who said …", "Voters who say …", "The union, which endorsed Clinton"
  if ((w === 'who' || w === 'which' || (w === 'that' && tokenAt(tokens, end - 1)?.kind === 'word')) && end >= 1) {
    const relative = relativeAntecedent(tokens, end, w, prose, extraVague);
    if (relative) return relative;
  }
  // ("families of the victims, many of whom say": a share of what the relative stands for)
  if (w === 'whom' && end >= 4 && tokens[end - 1].lower === 'of' && QUANTIFIER.has(tokens[end - 2].lower) && tokens[end - 3].text === ',') {
    const share = shareOfRelative(tokens, end, prose, extraVague);
    if (share) return share;
  }
  // ("superdelegates who’ve already said": the relative of a contraction, without its verb)
  if (w.length <= 6 && w.startsWith('who') && /^who[’'](?:ve|d|s|ll)$/.test(w) && end >= 1) {
    const relative = relativeAntecedent(tokens, end, 'who', prose, extraVague);
    if (relative) return copyPhrase(relative, { end: t.start + 3, text: t.text.slice(0, 3) });
  }
  // ("according to those present", "those involved said": people by where they were or what they took part in)
  if (THOSE_BY_PART.has(w) && end >= 1 && tokens[end - 1].lower === 'those') return make(tokens, end - 1, end + 1, prose, 'vague', prose.slice(tokens[end - 1].start, t.end).toLowerCase(), 'vague');
  // A poll's sample: "those surveyed said", "voters polled said"
  if (SAMPLED.has(w)) {
    const respondents = respondentsEndingAt(tokens, end, prose);
    if (respondents) return respondents;
  }
  // Poll shares: "47 percent said", "Nearly half said", "One in five said" (asked only of a figure or its word)
  const c0 = w.charCodeAt(0);
  if ((c0 >= 48 && c0 <= 57) || QUANTITY_HEADS.has(w) || NUMBER_WORDS.has(w)) {
    const share = shareEndingAt(tokens, end, prose);
    if (share) return share;
  }
  // ("Sources close to Mr Khan", "A source close to the minister": the unnamed group, not whom they are close to)
  if (end >= 3 && (LINK_WORDS.has(tokens[end - 2].lower) || LINK_WORDS.has(tokens[end - 3].lower) || (end >= 4 && LINK_WORDS.has(tokens[end - 4].lower)))) {
    const linked = linkedGroupEndingAt(tokens, end, prose, extraVague);
    if (linked) return linked;
  }
  const documentHead = documentHeadAt(tokens, end);
  if (isCapitalized(t) && !vagueHead && !documentHead) return namePhraseEndingAt(tokens, end, prose);
  // "according to Space.com": a website by its address, an outlet
  if ((w === 'com' || w === 'org' || w === 'net') && end >= 2 && isWebAddressAt(tokens, end - 2)) return webAddress(tokens, end - 2, end - 2, prose);
  // ("…, analyst says.", "; But expert says …": a headline's bare role before its verb of saying)
  if (!vagueHead && !documentHead && headlineRole(tokens, end)) return make(tokens, end, end + 1, prose, 'role', w, 'person');
  if (vagueHead || documentHead || TITLE_WORDS.has(w)) return headedPhraseEndingAt(tokens, end, prose, vagueHead);
  return linkedGroupEndingAt(tokens, end, prose, extraVague) ?? commonNounPhrase(tokens, end, prose);
}


const LINK_WORDS = new Set(['familiar', 'close', 'briefed', 'knowledgeable', 'knowledge']);
/**
 * "people familiar with the matter said", "sources close to the talks said", "people with direct
 * knowledge of …": a group and the words that tie it to the news, or null.
 */
function linkedGroupEndingAt(tokens: Token[], end: number, prose: string, extraVague?: Set<string>): Phrase | null {
  for (let k = end - 1; k > 0 && end - k <= 8; k--) {
    const kw = tokens[k].lower;
    if (!LINK_WORDS.has(kw)) continue;
    // (the group before "with (direct) knowledge")
    const at = kw !== 'knowledge' ? k : tokens[k - 1].lower === 'with' ? k - 1 : k > 1 && tokens[k - 2].lower === 'with' ? k - 2 : 0;
    if (at < 1) return null;
    const head = tokens[at - 1].lower;
    if (!(VAGUE_SOURCE_HEADS.has(head) || head === 'those' || extraVague?.has(head))) return null;
    let from = at - 1;
    while (from > 0 && tokens[from - 1].kind === 'word' && VAGUE_MODIFIERS.has(tokens[from - 1].lower)) from--;
    return make(tokens, from, end + 1, prose, 'vague', head, 'vague');
  }
  return null;
}

/**
 * A capitalised word at `end` and the name it ends, with its title, initials and role ("former
 * Florida Gov. Jeb Bush"); null for a nationality before a noun, a weekday or a month. (Each kind of
 * phrase is a function of its own: V8 optimises small functions sooner, see verb-cue.ts.)
 */
const ADJECTIVE_SUFFIX = /-(?:led|based|owned|backed|run|born|made|style|era|controlled|funded|linked|allied|leaning|appointed)$/;
function namePhraseEndingAt(tokens: Token[], end: number, prose: string): Phrase | null {
  const t = tokens[end];
  const w = t.lower;
  // "Indian goods": a nationality adjective before a common noun is not a mention.
  if (!isShortAcronym(t.text) && NATIONALITIES.has(w) && tokenAt(tokens, end + 1)?.kind === 'word' && !isCapitalized(tokens[end + 1]) && !CUE_VERBS.has(lower(tokens[end + 1]))) return null;
  if (WEEKDAYS.has(w) || (MONTHS.has(w) && w.length > 3)) return null;
  // ("the Fahima Khatun-led team", "a Dhaka-based firm": a name made an adjective)
  if (w.includes('-') && ADJECTIVE_SUFFIX.test(w)) return null;
  let from = end;
  let k: number;
  for (;;) {
    const prev = tokenAt(tokens, from - 1);
    if (!prev) break;
    // ("Additional Superintendent of Police (ASP) NM Wasim Firoz": the title's abbreviation, bracketed)
    // (a title's only, not a body's: "Bangladesh Nationalist Party (BNP) Chairman Tarique Rahman")
    if (prev.text === ')' && from >= 4 && tokens[from - 3].text === '(' && /^\p{Lu}{2,6}$/u.test(tokens[from - 2].text) && isCapitalized(tokens[from - 4]) && (TITLE_WORDS.has(tokens[from - 4].lower) || (ONE_WORD_BODIES.has(tokens[from - 4].lower) && tokenAt(tokens, from - 5)?.lower === 'of'))) {
      from -= 4;
      continue;
    }
    // ("On Thursday Mr Kilroy-Silk is due to announce": a day before the name is a time; not
    // before an outlet's word, "The Sunday Telegraph", nor after a name, "Sheffield Wednesday manager")
    if (WEEKDAYS.has(prev.lower) && !MEDIA_WORDS.has(tokens[from].lower) && !(from >= 2 && isCapitalized(tokens[from - 2]) && !STOPWORDS.has(tokens[from - 2].lower))) break;
    if (isCapitalized(prev) || (from >= 2 && (NAME_CONNECTORS.has(lower(prev)) || (prev.lower === 'to' && ENVOY_TITLE.test(tokens[from - 2].text))) && isCapitalized(tokens[from - 2]))) from--;
    // ("Ursula von der Leyen", "Rafael van der Vaart": two particles inside a name)
    else if (from >= 3 && particlePair(tokens, from - 2) && isCapitalized(tokens[from - 3])) from -= 2;
    // "News of the World", "Bank of the West": "of the" inside a name, a short one after it
    // (not "Passion of the Christ director Mel Gibson": a title's words, and the name is after them)
    else if (prev.lower === 'the' && from >= 3 && end - from <= 1 && tokens[from - 2].lower === 'of' && isCapitalized(tokens[from - 3]) && !TITLE_WORDS.has(lower(tokens[from - 3]))) from -= 2;
    // "Gov. John Kasich": the abbreviation's full stop stays inside the name.
    // "Paul H. Chipok": so does an initial's.
    else if (prev.text === '.' && prev.start === tokenAt(tokens, from - 2)?.end && (TITLE_WORDS.has(lower(tokens[from - 2])) || /^\p{Lu}$/u.test(tokens[from - 2].text))) from--;
    // "former Florida Gov.", "Republican presidential candidate", "81-year-old": part of the role.
    else if (from < end + 1 && (ROLE_MODIFIERS.has(lower(prev)) || (TITLE_WORDS.has(lower(prev)) && !PRONOUNS_ALL.has(lower(prev))) || /^\d+-year-old$/.test(prev.text))) from--;
    // ("The Department for Education", "the Centers for Disease Control": "for" inside a body's name,
    // the words after it no title: "Center for American Progress President Neera Tanden" is hers)
    else if (prev.lower === 'for' && forInBodyName(tokens, from - 1, end + 1)) from -= 2;
    // ("Ministry of Health and Family Welfare": a body's list of fields is one name)
    else if ((prev.lower === 'and' || prev.text === '&') && allFieldWords(tokens, from, end + 1) && (k = fieldListHead(tokens, from - 1)) >= 0) from = k;
    // ("Securities and Exchange Commission", "Garment Manufacturers and Exporters Association": two
    // kinds of member joined before the body's head, one name)
    else if (prev.lower === 'and' && (k = membersBefore(tokens, from - 1, end)) >= 0) from = k;
    else break;
  }
  while (from < end && from === firstWordIndex(tokens) && opensSentence(lower(tokens[from]))) from++;
  // (but a surname after the quote it closes: "“…,” Read said.")
  if (from === end && (SENTENCE_START_WORDS.has(w) || (OPENING_ONLY.has(w) && end === firstWordIndex(tokens))) && !(w === 'read' && tokenAt(tokens, end - 1)?.kind === 'quote' && CUE_VERBS.has(lower(tokenAt(tokens, end + 1))))) return null;
  return nameFrom(tokens, from, end + 1, prose);
}

/** Whether a capitalised word, a full stop and "com", "org" or "net" start at i, glued: "Space.com". */
export function isWebAddressAt(tokens: Token[], i: number): boolean {
  const name = tokens[i], stop = tokens[i + 1], ending = tokens[i + 2];
  return isCapitalized(name) && stop?.text === '.' && stop.start === name.end && !!ending && ending.start === stop.end && /^(com|org|net)$/.test(ending.lower);
}

/** The outlet a web address at i names, its phrase starting at `from` (an article before it, say). */
export function webAddress(tokens: Token[], from: number, i: number, prose: string): Phrase {
  return make(tokens, from, i + 3, prose, 'name', prose.slice(tokens[i].start, tokens[i + 2].end), 'media');
}

/** A group, document or role named by its head word at `end`: "Indian officials", "the report", "the minister", "52 percent of voters". */
function headedPhraseEndingAt(tokens: Token[], end: number, prose: string, vagueHead: boolean): Phrase | null {
  const t = tokens[end];
  const w = t.lower;
  let from = end;
  for (let k = end - 1; k >= 0 && end - k <= 4; k--) {
    const tk = tokens[k];
    // "Sanders’ aides": a plural possessive, its apostrophe read as a separate mark, as "Clinton’s aides"
    if (isPluralPossessive(tokens, k)) {
      from = --k;
      continue;
    }
    // ("On Sunday the chief adviser said": the day is a time; not in "the Sunday Times poll", "the Mail on Sunday survey")
    if (WEEKDAYS.has(tk.lower) && !MEDIA_WORDS.has(tokenAt(tokens, k + 1)?.lower ?? '') && !(tokenAt(tokens, k - 1)?.lower === 'on' && isCapitalized(tokenAt(tokens, k - 2)))) break;
    if (!(tk.kind === 'number' || (tk.kind === 'word' && (VAGUE_MODIFIERS.has(lower(tk)) || TITLE_WORDS.has(lower(tk)) || /^(his|her|their|its)$/.test(lower(tk)) || (isCapitalized(tk) && !SENTENCE_START_WORDS.has(lower(tk))))))) break;
    from = k;
    if (/^(his|her|their|its)$/.test(lower(tk))) break;
  }
  // "Mr. Rubio's supporters": the title before the possessor
  if (/[’']s$/.test(tokens[from].text) && isInitialStop(tokens, from - 1) && TITLE_WORDS.has(lower(tokens[from - 2]))) from -= 2;
  if (isDocumentHead(tokens[end]) || documentHeadAt(tokens, end)) {
    const start = documentStart(tokens, from);
    // "Some reports have suggested", "Other reports said", "media reports": documents nobody names
    // (and bare "Reports said": not "Figures show", which readers take as official statistics)
    if (w.endsWith('s') && (UNNAMED_DOCUMENTS.has(lower(tokens[start])) || (w === 'reports' && start === end))) return make(tokens, start, end + 1, prose, 'vague', w, 'vague');
    return make(tokens, start, end + 1, prose, 'document', w, 'document');
  }
  if (TITLE_WORDS.has(w) && !vagueHead) {
    // "the minister", "a spokesman", "Defence Secretary": a role; "said more" is not
    // "the culture secretary", "the rapper's spokesman": a determiner further left
    if (!/^(the|a|an|his|her|their|its)$/.test(lower(tokens[from])) && !isCapitalized(tokens[from])) return commonNounPhrase(tokens, end, prose);
    // ("the police", "the army": the force, not a person a later "he" could be)
    if (ORG_WORDS.has(w)) return make(tokens, from, end + 1, prose, 'name', prose.slice(tokens[from].start, t.end).replace(/^(the|a|an)\s+/i, ''), 'organization');
    return make(tokens, from, end + 1, prose, 'role', w, 'person');
  }
  // ("EU observers", "the EU EOM observers": a mission a body sends, named by its acronym)
  if (MISSIONS.has(w) && end > 0 && /^\p{Lu}{2,5}$/u.test(tokens[end - 1].text)) return make(tokens, from, end + 1, prose, 'name', prose.slice(tokens[from].start, t.end).replace(/^(the|a|an)\s+/i, ''), 'organization');
  // "52 percent of (registered) voters", "half of GOP primary voters": the share is the source
  let share = from;
  while (share > 0 && end - share < 5 && tokens[share - 1].kind === 'word' && /^[A-Za-z-]+$/.test(tokens[share - 1].text) && !STOPWORDS.has(lower(tokens[share - 1])) && !SENTENCE_START_WORDS.has(lower(tokens[share - 1]))) share--;
  if (lower(tokenAt(tokens, share - 1)) === 'of' && share >= 2 && (QUANTITY_HEADS.has(lower(tokens[share - 2])) || tokens[share - 2].kind === 'number')) {
    let q = share - 2;
    while (q > 0 && (tokens[q - 1].kind === 'number' || QUANTITY_MODIFIERS.has(lower(tokens[q - 1])))) q--;
    return make(tokens, q, end + 1, prose, 'vague', w, 'vague');
  }
  // "Six in 10 Virginia Democratic primary voters", "law enforcement officials": the words before
  // the head count when they run back to a share, a determiner or the start of the subject.
  let q = share;
  while (q > 0 && (tokens[q - 1].kind === 'number' || QUANTITY_MODIFIERS.has(lower(tokens[q - 1])))) q--;
  // (a share has a figure in it: "in jail" is not one; and modifiers are not verbs or titles: "Mr Blair retorted voters")
  if (tokens.slice(share, from).some((x) => CUE_VERBS.has(lower(x)) || IRREGULAR_PAST.has(lower(x)) || TITLE_WORDS.has(lower(x)) || /[a-z]ed$/.test(x.text) && !/^(registered|elected|retired|likely)$/.test(lower(x)))) return make(tokens, from, end + 1, prose, 'vague', w, 'vague');
  if (!tokens.slice(q, share).some((x) => x.kind === 'number' || /^\d/.test(x.text) || QUANTITY_HEADS.has(lower(x)) || NUMBER_WORDS.has(lower(x)))) q = share;
  if (share < from && (q < share || share === firstWordIndex(tokens) || /^[,;:—–(]$/.test(tokenAt(tokens, share - 1)?.text ?? ''))) from = q;
  // ("Ms. Henry and other labor leaders": the quantifier bounds the group)
  else if (share < from && GROUP_QUANTIFIERS.has(lower(tokenAt(tokens, share - 1)))) from = share - 1;
  return make(tokens, from, end + 1, prose, 'vague', w, 'vague');
}

/** Groups a body sends, which its acronym names: "EU observers", "UN inspectors" (not "US officials", who stay unnamed). */
const MISSIONS = new Set(['observers', 'inspectors', 'monitors', 'peacekeepers']);

/** Whether the token at k is the apostrophe of a plural possessive after a name: "Sanders’ campaign". */
export const isPluralPossessive = (tokens: Token[], k: number, lowerCase = false): boolean => {
  const tk = tokens[k];
  // ("Sanders’ aides"; where asked, "the families’ lawyer": lower-case, before the noun it owns, no quote opened before it)
  return tk.kind === 'quote' && (tk.text === '’' || tk.text === "'") && k > 0 && tokens[k - 1].end === tk.start && /s$/.test(tokens[k - 1].text) &&
    (isCapitalized(tokens[k - 1]) || (lowerCase && /^[a-z]{3,}s$/.test(tokens[k - 1].text) && tokens[k + 1]?.kind === 'word' && !tokens.slice(Math.max(0, k - 6), k).some((x) => x.kind === 'quote')));
};

/**
 * "An early tweet", "The most recent poll", "the rules committee report": a document's phrase runs
 * back over lower-case modifiers to its article; without one it starts where it did.
 */
function documentStart(tokens: Token[], from: number): number {
  if (DETERMINERS.has(lower(tokens[from])) || /^(his|her|their|its|our)$/.test(lower(tokens[from])) || /[’']s$/.test(tokens[from].text)) return from;
  for (let k = from - 1; k >= 0 && from - k <= 4; k--) {
    const x = tokens[k];
    const w = lower(x);
    if (w === 'the' || w === 'a' || w === 'an') return k;
    if (x.kind !== 'word' || !/^[a-z][a-z0-9-]*$/.test(x.text) || (STOPWORDS.has(w) && w !== 'most' && w !== 'more') || NOT_NOUNS.has(w) || CUE_VERBS.has(w) || IRREGULAR_PAST.has(w) || (/[a-z]ed$/.test(w) && !articleBefore(tokens, k))) break;
  }
  return from;
}

/** Whether a token reads as a finite verb after a bare subject: "says", "added", "told", "has", "also". */
const finiteAfter = (x: Token | undefined): boolean => !!x && x.kind === 'word' && (/[a-z](?:s|ed)$/.test(x.text) || IRREGULAR_PAST.has(x.lower) || /^(said|found|has|had|will|would|also|later|then)$/.test(x.lower));

/** Whether an article or possessive pronoun stands right before token k. */
export const articleBefore = (tokens: Token[], k: number): boolean => k > 0 && /^(the|a|an|his|her|their|its|our)$/.test(tokens[k - 1].lower);

export const DETERMINERS = new Set('the a an this that these those one some many several most both each every another'.split(' '));
export const NOT_NOUNS = new Set('and or but that which who whom whose when while if because as than then so not also just only even still yet there here it this must should shall can could may might'.split(' '));
/** The full stop of an initial or a title inside a name: "Paul H. Chipok", "said Mr. Schmidt". */
export const isInitialStop = (tokens: Token[], i: number): boolean =>
  tokens[i]?.text === '.' && /^(\p{Lu}|Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Prof|Rev|Jr|Sr|St)$/u.test(tokenAt(tokens, i - 1)?.text ?? '') && tokens[i - 1].end === tokens[i].start && isCapitalized(tokens[i + 1]);
export function make(tokens: Token[], from: number, to: number, prose: string, kind: Phrase['kind'], name: string, type: SourceType): Phrase {
  const start = tokens[from].start;
  const end = tokens[to - 1].end;
  return newPhrase(from, to, start, end, prose.slice(start, end), kind, name, type, undefined);
}

/**
 * Every phrase is made here, by one object literal, never by spreading another: V8 gives objects
 * from one literal one shape, so the passes that read phrases stay optimised (a spread copy has a
 * shape of its own, and meeting it threw their optimised code away).
 */
export function newPhrase(from: number, to: number, start: number, end: number, text: string, kind: Phrase['kind'], name: string, type: SourceType, role: string | undefined, clue?: GenderClue | null): Phrase {
  return { from, to, start, end, text, kind, name, type, role, clue };
}

/** p with some fields changed. */
export function copyPhrase(p: Phrase, over: Partial<Phrase>): Phrase {
  return newPhrase(over.from ?? p.from, over.to ?? p.to, over.start ?? p.start, over.end ?? p.end, over.text ?? p.text, over.kind ?? p.kind, over.name ?? p.name, over.type ?? p.type, 'role' in over ? over.role : p.role, 'role' in over ? undefined : p.clue);
}

export function isContentWord(w: string): boolean {
  return w.length > 3 && !STOPWORDS.has(w);
}
