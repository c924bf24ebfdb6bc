// A capitalised name and the title, role or body before it: "US Defense Secretary Pete Hegseth" is
// Pete Hegseth, role US Defense Secretary; "Federal Reserve chairman Alan Greenspan", "President of
// Ghana Nana Akufo-Addo", "GOP front-runner Donald Trump"; but "The Police Federation" is a body and
// "Mervyn King" keeps his surname. mentions.ts finds the name's tokens; this file splits them.
import { COUNTRIES, NATIONALITIES, ORG_WORDS, TITLE_WORDS, VAGUE_SOURCE_HEADS, WEEKDAYS } from './lexicon';
import { startsUpper } from './letters';
import { isCapitalized, isNationality, lower, make, NAME_CONNECTORS, ROLE_MODIFIERS, stripPossessive, type Phrase } from './mentions';
import { classifyName, DOCUMENT_HEADS, isBodyNoun, isDocumentHead, RELATION_NOUNS } from './name-types';
import { clueOfTokens } from './gender';
import type { SourceType, Token } from './types';

const describingWord = (x: Token): boolean => x.text === x.lower && ROLE_MODIFIERS.has(x.lower);

/** A word that heads a body's name ("Department", "Federation"), not one that only occurs in one ("Mr White", "WHO"). */
const bodyHead = (w: string): boolean => ORG_WORDS.has(w) && !/^(white|house|who|un|eu)$/.test(w);

/**
 * "Labour's Mr Livingstone", "London mayor Ken Livingstone", "Home Office minister Hazel Blears",
 * "Kashyap's lawyer Mihir Desai": capitalised words (a place, a body, a possessor) that lead to a
 * title with a name after it are part of the role.
 */
function qualifiesTitle(tokens: Token[], k: number, to: number): boolean {
  // (to the title before a name's last token: "RAB-11 Company Commander Naeem-ul-Haq")
  for (let j = k; j < k + 5 && j + 1 < to; j++) {
    const x = tokens[j];
    const next = tokens[j + 1];
    // ("Marsh senior vice president Joshua Bewlay": a describing word may come between)
    // ("Bank of England Governor Mervyn King": and a link inside the body's name)
    if (!startsUpper(x.text) && !describingWord(x) && !(j > k && /^(of|for|and|&)$/.test(x.lower))) return false;
    if (x.text.endsWith("'s") || x.text.endsWith('’s')) {
      const n = lower(next);
      // ("Tarique Rahman's Press Secretary Saleh Shibly": a two-word title)
      if (TITLE_WORDS.has(n) || ROLE_MODIFIERS.has(n) || RELATION_NOUNS.has(n) || (j + 3 < to && TITLE_WORDS.has(lower(tokens[j + 2])))) return true;
      // ("Transport & General Worker's Union general secretary Tony Woodley": the body's name goes on)
      if (!startsUpper(next.text)) return false;
      continue;
    }
    const nextTitle = TITLE_WORDS.has(next.lower);
    if (nextTitle && next.text === next.lower) return true;
    // ("Jamaat Assistant Secretary General AHM Hamidur Rahman Azad", "New York Governor Andrew
    // Cuomo": a capitalised title after the body, with a full name after it; not "John Major")
    // ("Transport & General Worker's Union general secretary": a title word inside the body's name reads on)
    if (TITLE_WORDS.has(lower(x))) {
      if (j > k && nameAfterTitles(tokens, j, to)) return true;
      if (!(j > k && tokens[j - 1].text === '&')) return false;
      continue;
    }
    // ("Navy Capt. Jeff Davis", "Army Gen. Mark Milley": a service before an abbreviated title)
    if (nextTitle && j + 3 < to && tokens[j + 2].text === '.' && isCapitalized(tokens[j + 3])) return true;
  }
  return false;
}

/**
 * Whether past the titles from token j two or more capitalised words remain to the end: a full name
 * (a hyphenated one counts its capitalised parts: "Company Commander Naeem-ul-Haq").
 */
function nameAfterTitles(tokens: Token[], j: number, to: number): boolean {
  while (j < to && (TITLE_WORDS.has(lower(tokens[j])) || tokens[j].text === '.')) j++;
  // ("Additional Superintendent of Police (ASP) NM Wasim Firoz": a one-word body after "of", and its abbreviation)
  if ((tokens[j]?.lower === 'of' && ONE_WORD_BODIES.has(lower(tokens[j + 1] ?? tokens[j]))) || (tokens[j]?.lower === 'to' && ENVOYS.has(lower(tokens[j - 1])))) j += 2;
  if (j < to) j = afterAbbreviation(tokens, j, to);
  // ("Dhaka Metropolitan Police (DMP) spokesperson Faruk Hossain": a title in lower case after the abbreviation)
  while (j < to - 1 && tokens[j].text === tokens[j].lower && TITLE_WORDS.has(tokens[j].lower)) j++;
  let names = 0;
  for (; j < to; j++) {
    // (an initial's full stop: "Brent T. Christensen")
    if (tokens[j].text === '.' && j > 0 && /^\p{Lu}$/u.test(tokens[j - 1].text)) continue;
    // (particles inside a surname: "Ursula von der Leyen", "Charles de Gaulle")
    if (names > 0 && j + 1 < to && NAME_CONNECTORS.has(tokens[j].text) && tokens[j].text !== 'of' && tokens[j].text !== '&') continue;
    if (!isCapitalized(tokens[j])) return false;
    names += /-\p{Lu}/u.test(tokens[j].text) ? 2 : 1;
  }
  return names >= 2;
}

/** Words that continue a title into a body's name: "Police Station", "Revenue Division". */
const TITLE_BODY = /^(station|division|district|unit|wing|cell|branch|desk|office|department|ministry|bureau|directorate|secretariat)$/;
const BYLINE_ROLES = new Set('correspondent correspondents reporter reporters editor editors writer writers columnist journalist desk bureau'.split(' '));
/** Whether tokens [from, to) are all words for a role, not a name: "Staff Correspondent", "Senior Reporter". */
function roleWordsOnly(tokens: Token[], from: number, to: number): boolean {
  if (to - from < 2) return false;
  for (let i = from; i < to; i++) {
    const w = lower(tokens[i]);
    // (not words in -er or -man, which first names and surnames end in too: "Roger Knapman", "Norman Baker")
    if (!(TITLE_WORDS.has(w) || VAGUE_SOURCE_HEADS.has(w) || ROLE_MODIFIERS.has(w) || BYLINE_ROLES.has(w))) return false;
  }
  return true;
}

/**
 * Where the role of a titled name ends (the title at lastTitle), -1 when the title word is a
 * body's: "The Police Federation", "the Foreign Ministry" (a title word heading a body's name is
 * part of it); "President of Ghana Nana Akufo-Addo", "Secretary of Energy Chris Wright" (the place
 * or body after the title is the role's, the last two words the name); "Managing Director of Novo
 * Tours" (a role and its body, nobody named); "Officer-in-Charge of Jhenaigati Police Station
 * Kamrul Islam" (the body the title began); "Environment Adviser Staff Correspondent" (words for a
 * role are no name). Apart from nameFrom, which stays small enough for V8 to inline.
 */
/** Bodies named by one word after a title's "of": "Member of Parliament", "Secretary of State". */
export const ONE_WORD_BODIES = new Set('parliament state congress commerce defence defense finance justice health education agriculture labour labor energy transport treasury staff industry police'.split(' '));

/** Past a bracketed abbreviation at i, "(ASP)", when there is one: the index after it, else i. */
export function afterAbbreviation(tokens: Token[], i: number, to: number): number {
  return i + 2 < to && tokens[i].text === '(' && /^\p{Lu}{2,6}$/u.test(tokens[i + 1].text) && tokens[i + 2].text === ')' ? i + 3 : i;
}
const ENVOYS = new Set(['ambassador', 'commissioner', 'envoy', 'consul']);
function titleEnd(tokens: Token[], from: number, to: number, lastTitle: number): number {
  if (to - from > 1 && startsUpper(tokens[from].text) && bodyHead(stripPossessive(lower(tokens[to - 1])))) return -1;
  // ("Member of Parliament Mahmudul Islam Chowdhury": a one-word body, then the name however long;
  // else the last two words are the name: "Secretary of Home Affairs John Smith")
  // ("former President of Ghana Nana Addo Dankwa Akufo-Addo": a country is a one-word body too)
  if (lower(tokens[lastTitle + 1]) === 'of') lastTitle = (ONE_WORD_BODIES.has(lower(tokens[lastTitle + 2])) || COUNTRIES.has(lower(tokens[lastTitle + 2]))) && to - lastTitle - 3 >= 2 ? afterAbbreviation(tokens, lastTitle + 3, to) - 1 : to - lastTitle - 2 >= 3 && isCapitalized(tokens[lastTitle + 2]) ? to - 3 : to - 1;
  // ("US Ambassador to Bangladesh Brent T Christensen": the country an envoy is sent to, then the name)
  else if (lower(tokens[lastTitle + 1]) === 'to' && ENVOYS.has(lower(tokens[lastTitle])) && isCapitalized(tokens[lastTitle + 2]) && to - lastTitle - 3 >= 2) lastTitle += 2;
  while (lastTitle + 1 < to - 1 && TITLE_BODY.test(lower(tokens[lastTitle + 1]))) lastTitle++;
  return roleWordsOnly(tokens, lastTitle + 1, to) ? to - 1 : lastTitle;
}

/**
 * Where describing words in lower case before an untitled name end, -1 when there are none:
 * "reality television star Donald Trump", "businessman Donald Trump", with the body or party that
 * qualifies the word ("GOP front-runner Donald Trump"). Being no title, they leave the name to say
 * what it names: "rival Shell" is a company.
 */
function describedUntil(tokens: Token[], from: number, to: number): number {
  let i = from;
  // ("Former All Black star Jonah Lomu": a capitalised modifier first)
  if (i < to - 2 && ROLE_MODIFIERS.has(tokens[i].lower) && startsUpper(tokens[i + 1].text)) i++;
  // ("R&B star Alicia Keys": an ampersand inside the describing capitals; "All Black star": two of them)
  while (i < to - 1 && (describingWord(tokens[i]) || (startsUpper(tokens[i].text) && i + 2 < to && (describingWord(tokens[i + 1]) || (tokens[i + 1].text === '&' && startsUpper(tokens[i + 2].text)) || (i + 3 < to && startsUpper(tokens[i + 1].text) && describingWord(tokens[i + 2])))) || (tokens[i].text === '&' && i > from))) i++;
  return i > from && describingWord(tokens[i - 1]) ? i - 1 : -1;
}

/** Titles of peers and royals whose "of" is part of the name: "Lord Nicholls of Birkenhead". */
const PEERAGE = new Set('lord lady baron baroness earl duke duchess marquess viscount countess bishop archbishop prince princess king queen emir sheikh sultan'.split(' '));
/**
 * The "of" at which a person's name (two or more words, or one after a title) gives way to their employer or country ("Doug
 * Williams of BT"), or -1: not a body's name ("Muslim Council of Britain", typed by its head), nor a
 * peer's title ("Lord Nicholls of Birkenhead").
 */
function affiliationAt(tokens: Token[], from: number, to: number, titled: boolean): number {
  let of = -1;
  // (one word will do after a title: "President Musharraf of Pakistan")
  for (let k = from + (titled ? 1 : 2); k < to - 1; k++) if (tokens[k].lower === 'of') { of = k; break; }
  if (of < 0 || PEERAGE.has(lower(tokens[from])) || (from > 0 && PEERAGE.has(lower(tokens[from - 1])))) return -1;
  for (let k = from; k < of; k++) {
    const w = tokens[k].lower;
    // (each word a name's: not "Directorate General of", "Vice Chancellor of", "Guinness Book of", "Consultancy Strategy Analytics of")
    if (!/^\p{Lu}[\p{L}'’-]*\p{Ll}$/u.test(tokens[k].text) || TITLE_WORDS.has(w) || ROLE_MODIFIERS.has(w) || PEERAGE.has(w) || NOT_PERSONAL.has(w) || ORG_WORDS.has(w) || DOCUMENT_HEADS.has(w)) return -1;
  }
  const before = tokens.slice(from, of).map((x) => x.text).join(' ');
  return of - from <= 3 && classifyName(before, false, false) === 'person' && !ORG_HEAD_BEFORE_OF.test(tokens[of - 1].lower) ? of : -1;
}
// (beside the body and document words affiliationAt already reads: words of firms' and bodies' names)
const NOT_PERSONAL = new Set('consultancy analytics partners capital media news books'.split(' '));
const ORG_HEAD_BEFORE_OF = /^(academy|chambers?|directorate|college|society|church|school|museum|republic|kingdom|state|states|city|county|province|people|order|friends|sons|daughters|journey|full)$/;

const OCCUPATIONS = new Set('actor actress engineer goalscorer dj referee fly-half scrum-half winger defender goalkeeper agent singer rapper writer author producer presenter comedian observer star boss advocate barrister chef designer artist photographer musician guitarist drummer composer novelist poet playwright journalist columnist critic broadcaster campaigner activist businessman businesswoman entrepreneur tycoon billionaire footballer cricketer golfer boxer filmmaker unseeded top-seeded teenager champion compatriot screenwriter scriptwriter songwriter lyricist choreographer dancer sculptor painter historian scientist frenchman frenchwoman englishman englishwoman scotsman scotswoman welshman welshwoman irishman irishwoman dutchman spaniard briton'.split(' '));
const HONORIFIC = /^(mr|mrs|ms|miss|dr|mr\.|mrs\.|ms\.|dr\.)$/;

/** Role nouns a capitalised name may qualify besides titles and occupations: "Double Olympic champion Kelly Holmes". */
const QUALIFIED_ROLES = new Set('champion medallist medalist frontman frontwoman bassist vocalist skipper captain stalwart veteran counterpart'.split(' '));
const ARTICLES = new Set(['the', 'a', 'an']);

/**
 * Whether the capitalised run ending at `end` only qualifies the role after it, with the holder's
 * name close behind: "Sale Sharks director of rugby Philippe Saint-Andre", "Scissor Sisters
 * frontwoman Ana Matronic", "the Liberal Democrat leader". Such a run is a team, band, party or
 * title's part, never a person of its own.
 */
export function qualifiesRoleAfter(tokens: Token[], start: number, end: number): boolean {
  const next = tokens[end + 1];
  if (!next || next.kind !== 'word' || !/^[a-z]/.test(next.text) || /['’]s$/.test(tokens[end].text)) return false;
  if (!TITLE_WORDS.has(next.lower) && !OCCUPATIONS.has(next.lower) && !QUALIFIED_ROLES.has(next.lower)) return false;
  // ("The Liberal Democrat leader will visit …", "A Liberal Democrat spokesman said": the role alone, whoever holds it)
  if (ARTICLES.has(tokens[start - 1]?.lower ?? '') || ARTICLES.has(tokens[start].lower)) return true;
  for (let k = end + 2; k < tokens.length && k <= end + 4; k++) if (isCapitalized(tokens[k])) return true;
  return false;
}

/**
 * "Manchester United's Alex Ferguson", "Deutsche Bank's Simon Champion", "Lib Dem Norman Baker": a
 * body's possessive or a party, then a full name of capitalised words only; the index of the token
 * that ends the role, or -1.
 */
function ownerBeforeName(tokens: Token[], from: number, to: number): number {
  let k = tokens[from].text === 'Lib' && tokens[from + 1].text === 'Dem' ? from + 1 : to - 1;
  if (k === to - 1) {
    while (k > from && isCapitalized(tokens[k]) && !/['’]s$/.test(tokens[k].text) && !TITLE_WORDS.has(lower(tokens[k])) && !ORG_WORDS.has(lower(tokens[k]))) k--;
    const owner = lower(tokens[k]).replace(/['’]s$/, '');
    // (not a day's or a contraction: "Friday's BBC One", "Who's Your Daddy")
    if (!/^\p{Lu}[\p{L}&.-]*['’]s$/u.test(tokens[k].text) || PEERAGE.has(owner) || WEEKDAYS.has(owner) || /^(who|what|it|that|there|here|he|she)$/.test(owner)) return -1;
  }
  // (an owner that is a body, not someone's title: "the Chief Adviser’s Press Wing" is his office)
  for (let j = from; j <= k; j++) if (TITLE_WORDS.has(lower(tokens[j]).replace(/['’]s$/, ''))) return -1;
  // (the name after it: two capitalised words or more, no title among them)
  for (let j = k + 1; j < to; j++) if (!isCapitalized(tokens[j]) || TITLE_WORDS.has(lower(tokens[j])) || ORG_WORDS.has(lower(tokens[j]))) return -1;
  return to - k - 1 >= 2 ? k : -1;
}

/**
 * "US-based Reza Pahlavi", "London-based Jane Smith": where someone is based, then a person's full
 * name of two or three words. (Not a nationality, which opens bodies' names as often as people's:
 * "English National Ballet", "British American Tobacco".)
 */
function basedBefore(tokens: Token[], from: number, to: number): boolean {
  if (to - from < 3 || to - from > 4 || !/^\p{Lu}\p{L}*-based$/u.test(tokens[from].text)) return false;
  for (let k = from + 1; k < to; k++) if (!/^\p{Lu}\p{Ll}+$/u.test(tokens[k].text) || ORG_WORDS.has(tokens[k].lower) || TITLE_WORDS.has(tokens[k].lower)) return false;
  return classifyName(tokens.slice(from + 1, to).map((x) => x.text).join(' '), false, false) === 'person';
}

/** Split "US Defense Secretary Pete Hegseth" into role and name, and type the name. */
export function nameFrom(tokens: Token[], from: number, to: number, prose: string): Phrase | null {
  const owner = to - from >= 3 ? ownerBeforeName(tokens, from, to) : -1;
  if (owner >= 0) {
    const name = prose.slice(tokens[owner + 1].start, tokens[to - 1].end);
    // (typed by the name alone: "Pearson's Financial Times" is an outlet)
    const p = make(tokens, from, to, prose, 'name', name, classifyName(name, false, false));
    p.role = prose.slice(tokens[from].start, tokens[owner].end).replace(/['’]s$/, '');
    p.clue = null;
    return p;
  }
  // ("official Bank of England figures": a document word in lower case ends the phrase; the document
  // is named whole, and "official" is no role)
  // (not a share of a poll's respondents: "Some 63% of respondents in the Sunday Times poll")
  // (a name right before it: not "The author of the book", a person)
  if (to - from >= 2 && /^[a-z]/.test(tokens[to - 1].text) && isDocumentHead(tokens[to - 1]) && /^\p{Lu}/u.test(tokens[to - 2].text) && !tokens.slice(from, to).some((x) => x.kind === 'number')) {
    const text = prose.slice(tokens[from].start, tokens[to - 1].end);
    return make(tokens, from, to, prose, 'document', text.replace(/^(the|a|an)\s+/i, ''), 'document');
  }
  let lastTitle = -1;
  for (let k = from; k < to; k++) {
    const w = stripPossessive(lower(tokens[k]));
    if (tokens[k].text === '.' || ROLE_MODIFIERS.has(w) || /^\d+-year-old$/.test(w)) continue;
    // (a title's bracketed abbreviation, "(ASP)", is read with the title after the loop)
    if (tokens[k].text === '(' && afterAbbreviation(tokens, k, to) > k) {
      k += 2;
      continue;
    }
    // (a title word once the name has begun is the name's: "BoE governor Mervyn King")
    // ("Actor Keanu Reeves", "Rapper Eminem": an occupation capitalised before the name is its role)
    // (or right after a title: "Chief Observer Ivars Ijabs")
    // ("Judges Simon Cowell, …", "Top-seeded Americans Andy Roddick": a plural role or nationality before a list's first name)
    const plural = k < to - 2 && w.length > 3 && w.endsWith('s') && startsUpper(tokens[k + 1].text) && (TITLE_WORDS.has(w.slice(0, -1)) || OCCUPATIONS.has(w.slice(0, -1)) || NATIONALITIES.has(w.slice(0, -1)));
    if ((OCCUPATIONS.has(w) || plural) && (k === from || plural ? to - from >= 2 && startsUpper(tokens[k + 1].text) : lastTitle === k - 1)) {
      lastTitle = k;
      continue;
    }
    // (and one right after an honorific: "Mr King", "Ms Bishop")
    // (not the end of a compound before a body: "the 13-member Observer Group")
    if (TITLE_WORDS.has(w) && !(k > 0 && tokens[k - 1].text === '-' && tokens[k - 1].end === tokens[k].start) && !(k === to - 1 && lastTitle >= 0 && ((lastTitle < k - 1 && startsUpper(tokens[k - 1].text) && !TITLE_WORDS.has(stripPossessive(lower(tokens[k - 1])))) || (startsUpper(tokens[k].text) && HONORIFIC.test(lower(tokens[lastTitle])))))) lastTitle = k;
    else if (lastTitle < 0 && !(isNationality(tokens[k]) || NAME_CONNECTORS.has(w) || qualifiesTitle(tokens, k, to))) break;
  }
  if (lastTitle >= 0) lastTitle = titleEnd(tokens, from, to, lastTitle);
  // (the title's bracketed abbreviation is the role's: "Superintendent of Police (ASP) NM Wasim Firoz")
  if (lastTitle >= 0 && lastTitle + 4 < to) lastTitle = afterAbbreviation(tokens, lastTitle + 1, to) - 1;
  const titled = lastTitle >= 0;
  if (!titled) lastTitle = basedBefore(tokens, from, to) ? from : describedUntil(tokens, from, to);
  let nameFromIdx = lastTitle >= 0 ? lastTitle + 1 : from;
  // ("the 13-member Observer Group": the rest of a compound with a number before the name is no part of it)
  if (nameFromIdx === from && from > 0 && to - from >= 2 && tokens[from - 1].text === '-' && tokens[from - 1].end === tokens[from].start && /^[a-z]/.test(tokens[from].text)) nameFromIdx++;
  // "Mr. Smith": the title's full stop is not part of the name
  while (nameFromIdx < to - 1 && tokens[nameFromIdx].text === '.') nameFromIdx++;
  const roleText = lastTitle >= 0 ? prose.slice(tokens[from].start, tokens[lastTitle].end) : undefined;
  const startWithThe = from > 0 && lower(tokens[from - 1]) === 'the';
  if (nameFromIdx >= to) {
    if (!roleText) return null;
    // ("The police said", "Army said": a title word that names a force is the force, never a "he")
    if (ORG_WORDS.has(stripPossessive(lower(tokens[to - 1])))) return make(tokens, startWithThe ? from - 1 : from, to, prose, 'name', roleText, 'organization');
    const p = make(tokens, startWithThe ? from - 1 : from, to, prose, 'role', roleText, 'person');
    p.role = roleText;
    return p;
  }
  // "Doug Williams of BT", "David Wyss of Standard & Poor's": a person and where they work
  const of = affiliationAt(tokens, nameFromIdx, to, titled);
  const nameEnd = of > 0 ? of : to;
  const nameText = stripPossessive(prose.slice(tokens[nameFromIdx].start, tokens[nameEnd - 1].end));
  // ("The general Secretary of Jashore District BNP said": the body the title is of, and no name; the
  // holder is unnamed, not a person called "BNP")
  if (titled && of < 0 && nameFromIdx === to - 1 && roleText && /\b(?:of|for|at)\s/.test(roleText) && classifyName(nameText, false, false, stripPossessive(tokens[nameFromIdx].lower)) === 'organization') {
    const whole = prose.slice(tokens[from].start, tokens[to - 1].end);
    const p = make(tokens, startWithThe ? from - 1 : from, to, prose, 'role', whole, 'person');
    p.role = whole;
    return p;
  }
  // ("The official Xinhua News Agency": "official" qualifies a body or an outlet, which holds no role)
  if (of < 0 && roleText?.toLowerCase() === 'official' && nameFromIdx < to - 1) {
    const bodyType = classifyName(nameText, false, startWithThe);
    if (bodyType === 'organization' || bodyType === 'media') return make(tokens, startWithThe ? from - 1 : from, to, prose, 'name', nameText, bodyType);
  }
  // (a one-word name: its token's lower case is at hand, and it has no space in it)
  let type = of > 0 ? 'person' : classifyName(nameText, titled, startWithThe, nameFromIdx === to - 1 ? stripPossessive(tokens[nameFromIdx].lower) : undefined);
  // ("German magazine Der Spiegel", "mobile content firm Zed": a description that says what the name is)
  if (type === 'person' && !titled && lastTitle >= 0) type = describedKind(lower(tokens[lastTitle])) ?? type;
  const spanFrom = type !== 'person' && startWithThe ? from - 1 : from;
  const p = make(tokens, spanFrom, to, prose, 'name', nameText, type);
  const affiliation = of > 0 ? prose.slice(tokens[of].start, tokens[to - 1].end) : '';
  if (roleText || affiliation) p.role = [roleText, affiliation].filter(Boolean).join(' ');
  // (read here, from tokens already lower-cased, rather than from the role's text at each mention)
  p.clue = lastTitle >= 0 ? clueOfTokens(tokens, from, lastTitle + 1) : null;
  return p;
}

const MEDIA_DESCRIPTIONS = new Set('magazine newspaper paper broadcaster tabloid daily weekly channel station website broadsheet'.split(' '));
/** What a lower-case description before a name says it names: an outlet, a body, or nothing. */
function describedKind(head: string): SourceType | undefined {
  if (MEDIA_DESCRIPTIONS.has(head)) return 'media';
  return isBodyNoun(head) ? 'organization' : undefined;
}

/** Bodies a held role names before its holder, besides ORG_WORDS: "Secretary of the Jatiya Sangsad Secretariat Kaniz Maula". */
const HOLDING_BODIES = new Set(['secretariat', 'division', 'directorate']);

/**
 * "Secretary of the Jatiya Sangsad Secretariat Kaniz Maula", "Chairman of the Anti-Corruption
 * Commission Mohammad Abdul Momen": a title, "of" its body, then the holder's name, read whole as one
 * name; split into the holder's name and the role, or null when the name is not of that shape.
 */
export function heldRole(name: string): { name: string; role: string } | null {
  const words = name.split(' ');
  if (words.length < 5 || !TITLE_WORDS.has(words[0].toLowerCase()) || !/^(of|for)$/.test(words[1])) return null;
  let body = -1;
  for (let j = 2; j < words.length - 2; j++) {
    const w = words[j].toLowerCase();
    if (ORG_WORDS.has(w) || HOLDING_BODIES.has(w)) body = j;
  }
  const holder = words.slice(body + 1);
  if (body < 0 || holder.length > 4 || !holder.every((w) => /^\p{Lu}\p{Ll}/u.test(w) && !TITLE_WORDS.has(w.toLowerCase()) && !ORG_WORDS.has(w.toLowerCase()))) return null;
  return { name: holder.join(' '), role: words.slice(0, body + 1).join(' ') };
}
