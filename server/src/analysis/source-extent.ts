// The whole source phrase, as a reader marks it: its determiner ("the American Legion"), coordinated
// names ("Neither Cruz nor Christie"), the group a name heads ("members of Congress"), an appositive
// ("Graham, a former candidate,"), a party bracket ("Sen. Lindsey Graham (R-SC)"). Only the span
// widens: the name the registry folds mentions on stays the one the phrase was read with.
import { isAdverb, looksLikeVerb } from './attribution-grammar';
import { CUE_VERBS, FINITE_AUXILIARIES_OR_DO, MONTHS, ORG_WORDS, STANCE_VERB_FORMS, STOPWORDS, TIME_WORDS, TITLE_WORDS, VAGUE_SOURCE_HEADS } from './lexicon';
import { copyPhrase, firstWordIndex, isCapitalized, newPhrase, phraseEndingAt, QUANTIFIER, type Phrase } from './mentions';
import { namedWithLead } from './name-lead';
import { heldRole } from './name-roles';
import { headType, PERSON_NOUN, PERSON_WORDS, RELATION_NOUNS, RELATIVE_PRONOUN } from './name-types';
import { groupBefore, heldBeforePlace, namesPeopleOrBody, oneBefore, POSTMODIFIER } from './head-before-link';
export { POSTMODIFIER };
import type { Token } from './types';
import { spacedHyphen, tokenAt } from './token-at';

export const lower = (t: Token | undefined): string => (t ? t.lower : '');
const DETERMINER = /^(the|a|an|all|both|neither|either|each|every)$/;
/** Where a clause begins: the sentence start, or after a clause boundary. */
const opensClause = (t: Token[], i: number): boolean => i <= firstWordIndex(t) || /^[,;:—–(]$/.test(t[i - 1].text) || t[i - 1].kind === 'quote';
/** Subordinating words after which a clause, and so its subject, begins: "As columnist Jonathan Chait noted, …". */
const SUBJECT_OPENERS = /^(when|When|while|While|because|Because|although|Although|though|Though|if|If|whereas|Whereas)$/;
/** Words that are prepositions as often ("as part of", "after a number of oil finds", "since 1997"): a subject after them opens with a determiner or a name. */
const PREPOSITION_OPENERS = /^(as|As|after|After|since|Since|before|Before|until|Until)$/;
const SUBJECT_START = /^(the|a|an|this|that|these|those|his|her|its|their|our|some|many|most|several|all|both|each|one|two|three|four|five|other|another)$/;
/** Where a subject may begin: the sentence start, after a clause boundary or a subordinating word. */
const opensSubject = (t: Token[], i: number): boolean =>
  opensClause(t, i) || SUBJECT_OPENERS.test(t[i - 1].text) || (PREPOSITION_OPENERS.test(t[i - 1].text) && (SUBJECT_START.test(t[i].lower) || isCapitalized(t[i]) || isRoleNoun(t[i])));

/** The phrase over tokens [from, to), keeping what it names. */
export function spanned(p: Phrase, t: Token[], from: number, to: number, prose: string): Phrase {
  if (from === p.from && to === p.to) return p;
  const start = t[from].start;
  const end = t[to - 1].end;
  return copyPhrase(p, { from, to, start, end, text: prose.slice(start, end) });
}

/** A subject before its cue, widened leftwards over its determiner, coordination and "of" head. */
export function widenSubject(p: Phrase, t: Token[], prose: string): Phrase {
  if (p.kind === 'pronoun' || RELATIVE_PRONOUN.test(p.text)) return p;
  let from = roleBefore(p, t);
  // the phrase that names the speaker when the subject is widened over "of" or a place: "Laura
  // Brownlees of Save the Children" is Laura Brownlees, "Policy makers in Europe" the policy makers
  let head: Phrase | null = null;
  let roleOfBody = false;
  for (let guard = 0; guard < 4 && from > 0; guard++) {
    const w = lower(t[from - 1]);
    if (DETERMINER.test(w)) {
      from--;
      continue;
    }
    // "some of her followers", "most of the delegates"
    if (w === 'of' && from >= 2 && QUANTIFIER.has(lower(t[from - 2])) && opensSubject(t, from - 2)) {
      from -= 2;
      continue;
    }
    // "Officials in Washington", "A report in the Times": a group or document and where it is
    // from, when the group opens the subject
    const place = POSTMODIFIER.has(w);
    if (w === 'and' || w === 'nor' || w === 'of' || w === '&' || place) {
      // ("Hillary Clinton, Bernie Sanders, and Martin O'Malley": past a serial comma)
      const serial = w === 'and' && tokenAt(t, from - 2)?.text === ',' ? 1 : 0;
      const left = from >= 2 + serial ? phraseEndingAt(t, from - 2 - serial, prose) : null;
      // ("he and Mr. Allen", "They and their supporters": a pronoun only before "and")
      if (left && (left.kind !== 'pronoun' || (w === 'and' && left.name !== 'it')) && (!place || left.kind === 'vague' || left.kind === 'document' || left.type === 'person')) {
        const leftFrom = coordinationStart(t, left, w, place, serial > 0, prose);
        if (leftFrom >= 0) {
          from = leftFrom;
          // (not a name before a document: "official Bank of England figures" are the bank's figures, no one's words)
          if ((w === 'of' || place) && (left.kind === 'vague' || (left.kind === 'name' && left.type === 'person' && left.to - left.from >= 2 && (p.type !== 'person' || p.to - p.from === 1) && !(w === 'of' && p.kind === 'document' && isCapitalized(t[left.to - 1]))))) head = left;
          // ("Doctors in Athens", "The court in Washington": people or a body, then where they are)
          else if (place && p.kind === 'name' && heldBeforePlace(p, t[left.to - 1], w) && namesPeopleOrBody(t, left)) head = left;
          // ("The chief executive of Tesco said": the person who holds the role, not the firm)
          // (not where an aside names the holder: "The director of the film, Vinod Pande, says", nor
          // the name after the body: "Secretary of the Jatiya Sangsad Secretariat Kaniz Maula")
          else if (w === 'of' && left.kind === 'role' && !/^spokes/.test(left.name) && t[p.to]?.text !== ',' && (p.type !== 'person' || p.to - p.from === 1)) {
            head = left;
            roleOfBody = true;
          }
          continue;
        }
      }
    }
    break;
  }
  const linked = headBeforePreposition(t, from);
  // ("Policy makers in Europe", "Critics of the plan": a group of people before the link is the speaker)
  // (people who speak for the one named after them are named with it: "Lawyers for the pair")
  let speaksFor = false;
  if (linked < from && !head) {
    head = groupBefore(t, linked, from - 1, prose) ?? documentBefore(t, linked, from - 1, prose);
    speaksFor = head?.type === 'person';
    // (not before a person's full name: "the official spokesperson at the Ministry … Randhir Jaiswal")
    if (!head && heldBeforePlace(p, t[from - 2], lower(t[from - 1]))) head = oneBefore(t, linked, from - 1, prose);
  }
  from = nounPhraseStart(t, linked, p.to - 1);
  // "At least four Democratic senators", "Only about 4 in 10 voters": the words that bound a figure
  const q = quantityOpen(t, from);
  if (q < from && (opensSubject(t, q) || afterLead(t, q))) from = q;
  // "Matthew Prince, chief executive of CloudFlare, said": the appositive read as the subject belongs
  // to the person named before it, who opens the clause; the source is that person
  // (not an aside of source and cue inside the clause: "Mr. Obama, officials said, has become …")
  // ("Dr Kirsten Hackenbroch, Director Goethe-Institut Bangladesh said", "Professor Valeska
  // Schmidt-Thomsen, Berlin University of the Arts has expressed": a title or a body after the
  // comma, the aside left unclosed)
  if (tokenAt(t, from - 1)?.text === ',' && from >= 2 && (/^(a|an)$/.test(lower(t[from])) || describes(t, from, false) || (p.kind === 'name' && p.from === from && (!!p.role || p.type === 'organization') && isCapitalized(t[from - 2]))) && !(tokenAt(t, p.to + 1)?.text === ',' && tokenAt(t, p.to + 2)?.kind === 'word')) {
    const person = phraseEndingAt(t, from - 2, prose);
    // (not after a subordinating word: "After the Mason City event, several Clinton supporters said")
    if (person && person.kind === 'name' && person.type === 'person' && person.to - person.from >= 2 && (opensClause(t, person.from) || afterLead(t, person.from))) {
      return copyPhrase(person, { to: p.to, end: p.end, text: prose.slice(person.start, p.end) });
    }
  }
  if (head) {
    const first = Math.min(from, head.from);
    const text = prose.slice(t[first].start, p.end);
    // (the role with its body is the name: "chief executive of Tesco", "Deputy Director of the Islamic Foundation")
    if (speaksFor) return copyPhrase(head, { from: first, to: p.to, start: t[first].start, end: p.end, text, name: text.replace(/^(the|a|an)\s+/i, '') });
    if (!roleOfBody) return copyPhrase(head, { from: first, to: p.to, start: t[first].start, end: p.end, text });
    // (but a holder named after the body is the source, the rest their role: "Secretary of the Jatiya
    // Sangsad Secretariat Kaniz Maula")
    const name = text.replace(/^(the|a|an)\s+/i, '');
    const held = heldRole(name);
    return copyPhrase(head, { from: first, to: p.to, start: t[first].start, end: p.end, text, name: held?.name ?? name, role: held?.role });
  }
  return namedWithLead(p, spanned(p, t, from, p.to, prose), t, DETERMINER.test(t[from].lower) ? from + 1 : from, prose);
}

/**
 * Where a subject joined to the phrase `left` by "and", "of" or a preposition of place begins, or -1
 * when the words before do not open a subject. "Julianne Moore, Kerry Washington, Amy Schumer and
 * Elizabeth Banks": the whole series, or the last name alone when the series runs into a clause
 * ("On the Democratic side, Clinton and Sen. Bernie Sanders"); "Republican presidential hopefuls Jeb
 * Bush and Chris Christie", "Trailing contenders Ted Cruz and John Kasich": with the words before the
 * first name. After a serial comma only a series of two or more: "The bill passed, and Senate
 * leaders said" joins two clauses.
 */
function coordinationStart(t: Token[], left: Phrase, w: string, place: boolean, serial: boolean, prose: string): number {
  let first = left;
  for (let more = 0; w === 'and' && more < 6 && first.kind === 'name' && tokenAt(t, first.from - 1)?.text === ','; more++) {
    const prev = first.from >= 2 ? phraseEndingAt(t, first.from - 2, prose) : null;
    if (!prev || prev.kind !== 'name') break;
    first = prev;
  }
  for (const head of first === left ? [left] : serial ? [first] : [first, left]) {
    let from = roleBefore(head, t);
    while (from > 0 && DETERMINER.test(lower(t[from - 1]))) from--;
    // ("An earlier report in …": the words before the left head, back to the clause start)
    if (place) from = quantityOpen(t, nounPhraseStart(t, from, head.to - 1));
    // ("At least a dozen members of Congress", "Fifty of the nation's officers": the figure before the group)
    else if (w === 'of' && head.kind === 'vague') from = figureBefore(t, from);
    else if (w === 'and' && !opensSubject(t, from)) from = nounPhraseStart(t, from, head.to - 1);
    if (opensSubject(t, from) || afterLead(t, from)) return serial && head === left ? -1 : from;
  }
  return -1;
}

/**
 * "The Republican presidential nominee for the Nov. 8 election later said": a noun phrase the
 * name and group readers do not know, taken whole when it runs back to the start of its clause and
 * ends in a common noun. Typed by its head ("nominee": a person; "the new rules": an organization).
 */
export function nounPhraseEndingAt(t: Token[], k: number, prose: string): Phrase | null {
  const head = t[k];
  if (!head || head.kind !== 'word' || !/^[a-z][a-z-]+$/.test(head.text) || STOPWORDS.has(head.lower) || CLAUSE_WORD.has(head.lower) || isAdverb(head.lower) || looksLikeVerb(head.lower) || TIME_NOUN.has(head.lower) || (/ing$/.test(head.lower) && !/^(for|of)$/.test(tokenAt(t, k - 1)?.lower ?? ''))) return null;
  const from = nounPhraseStart(t, k);
  if (from === k || !(opensSubject(t, from) || afterLead(t, from))) return null;
  const start = t[from].start;
  const type = headType(head.lower);
  return newPhrase(from, k + 1, start, head.end, prose.slice(start, head.end), type === 'document' ? 'document' : 'name', prose.slice(start, head.end).replace(/^(the|a|an)\s+/i, ''), type, undefined);
}

/**
 * "…,” said six-million people who lost their health insurance.", "…,” wrote one commenter.": a
 * noun phrase after a verb of speech that closes the sentence, taken to its end. Typed by its head,
 * the last word before a preposition or relative pronoun.
 */
export function nounPhraseStartingAt(t: Token[], from: number, prose: string): Phrase | null {
  const first = t[from];
  if (!first || (first.kind !== 'word' && first.kind !== 'number') || isCapitalized(first) || isAdverb(first.lower) || looksLikeVerb(first.lower) || (STOPWORDS.has(first.lower) && !NP_DETERMINER.has(first.lower))) return null;
  let to = from;
  let head = -1;
  let relative = false;
  while (to < t.length && to - from < 14 && (t[to].kind === 'word' || t[to].kind === 'number' || /^[-’']$/.test(t[to].text))) {
    if (head < 0 && /^(who|that|which|of|in|at|from|with|for|on)$/.test(t[to].lower) && to > from) head = to - 1;
    relative ||= /^(who|that|which)$/.test(t[to].lower);
    // (a finite verb outside a relative clause makes it a clause, not the speaker: "…," said the days of unity were over)
    if (!relative && FINITE_AUXILIARIES_OR_DO.has(t[to].lower)) return null;
    to++;
  }
  // the sentence must end here: what follows is only its closing punctuation
  if (to === from || t.slice(to).some((x) => x.kind === 'word' || x.kind === 'number')) return null;
  if (head < 0) head = to - 1;
  const start = first.start;
  const end = t[to - 1].end;
  const type = headType(t[head].lower);
  return { from, to, start, end, text: prose.slice(start, end), kind: type === 'document' ? 'document' : 'name', name: prose.slice(start, t[head].end).replace(/^(the|a|an)\s+/i, ''), type };
}

const NP_DETERMINER = new Set('the a an this these those his her its their our all both some many most several each every no another other few one two three four five'.split(' '));
const NP_PREPOSITION = new Set('of for from at in on by with to'.split(' '));
const CLAUSE_WORD = new Set('now so yet still however meanwhile then also just even only here there thus instead indeed nor not never although though because since unless until whereas while if when should must shall can could may might will would amid among against despite during under over through across without within toward towards into onto upon via per like unlike including following according than'.split(' '));
const LEAD_WORDS = new Set('even and but yet so still also now meanwhile however perhaps maybe'.split(' '));
/** Whether token i follows a connective or focus word that opens its clause ("Even the organizer"). */
const afterLead = (t: Token[], i: number): boolean => i > 0 && LEAD_WORDS.has(t[i - 1].lower) && opensSubject(t, i - 1);
const TIME_NOUN = new Set('week month year day night morning afternoon evening weekend time months years weeks days ago'.split(' '));

/**
 * "A new poll", "The latest Reuters/Ipsos poll", "A spokesman for Democratic presidential candidate
 * Hillary Clinton": the whole noun phrase a subject's name or head ends, back to the start of its
 * clause. Left as it is when a verb, adverb, time or clause word comes first ("Earlier this week
 * Trump", "after Trump").
 */
function nounPhraseStart(t: Token[], from: number, head = from): number {
  if (opensSubject(t, from)) return from;
  const plural = /[a-z]s$/.test(t[head].text);
  for (let i = from - 1; i >= 0 && from - i <= 12; i--) {
    const x = t[i];
    const w = x.lower;
    if (x.kind === 'word') {
      const capital = isCapitalized(x);
      // "Even the organizer of the rally said", "But Democrats and civil rights groups say": a
      // connective or focus word opening the clause stays outside the phrase; "and" joins two nouns.
      if (LEAD_WORDS.has(w) && opensSubject(t, i)) return NP_PREPOSITION.has(t[i + 1].lower) ? from : i + 1;
      // ("the writer and broadcaster" is one person; "TV screens and in group chats" is no subject)
      if (w === 'and' && (plural || singularPair(t, i, head)) && !opensSubject(t, i) && !NP_PREPOSITION.has(t[i + 1].lower)) continue;
      if (TIME_WORDS.test(w) || TIME_NOUN.has(w) || MONTHS.has(w) || isAdverb(x.text)) return from;
      if (NP_PREPOSITION.has(w)) {
        if (i === 0 || opensSubject(t, i)) return from;
        // a determiner opens the phrase or follows a preposition: "include a short-range application" is a clause
      } else if (NP_DETERMINER.has(w) && !opensSubject(t, i) && !NP_PREPOSITION.has(tokenAt(t, i - 1)?.lower ?? '') && !afterLead(t, i)) {
        return from;
      } else if (/ing$/.test(w) && !NP_DETERMINER.has(tokenAt(t, i - 1)?.lower ?? '') && opensSubject(t, i)) {
        // ", calling award shows", but "a leading industry figure", "New fundraising reports"
        return from;
      } else if (!NP_DETERMINER.has(w) && (STOPWORDS.has(w) || CLAUSE_WORD.has(w) || (!capital && looksLikeVerb(w) && !(/ed$/.test(w) && t[i + 1]?.lower === 'by')))) return from;
    } else if ((x.kind !== 'number' && !/^[-/&’']$/.test(x.text)) || spacedHyphen(t, i)) return from;
    if (opensSubject(t, i)) return NP_PREPOSITION.has(w) ? from : i;
  }
  return from;
}

/**
 * "The news and financial data seller", "the work and pensions committee": one speaker of two
 * lower-case words joined by "and" at i, headed by a noun for a person or body. Not after "a"
 * ("a journalist and close confidant" is someone new, whom later pronouns should not take for the
 * article's speaker) nor for a thing ("agricultural and community land").
 */
function singularPair(t: Token[], i: number, head: number): boolean {
  const before = t[i - 1];
  if (!before || !/^[a-z]+$/.test(before.text) || STOPWORDS.has(before.lower) || looksLikeVerb(before.text)) return false;
  const h = t[head].lower;
  if (!(TITLE_WORDS.has(h) || ORG_WORDS.has(h) || (PERSON_NOUN.test(h) && h.length > 4 && !/^(counter|number|member|order|border|corner|letter|paper|matter|water|winter|center|centre)$/.test(h)))) return false;
  for (let j = i - 1; j >= 0 && i - j <= 4; j--) if (/^(a|an)$/i.test(t[j].text)) return false;
  return true;
}

/** Prepositions that join a group to where it is or what it belongs to: "Majorities across the political spectrum". */
const HEAD_LINK = new Set('in of across within on for from at like among with under into'.split(' '));
const NP_WORD = /^[\p{L}\d][\p{L}\d.’'-]*$/u;

/**
 * "Advocates within the scientific community", "Nearly all of the Democratic mayors of the 10 most
 * populous cities in the nation": the phrase at `from` is the object of a preposition whose head
 * opens the clause; the subject starts there. Only over words that can be in a noun phrase (no verb,
 * adverb, time word or clause word), and not from a clause opening with the preposition ("In Iowa").
 */
function headBeforePreposition(t: Token[], from: number): number {
  if (!HEAD_LINK.has(lower(tokenAt(t, from - 1)))) return from;
  for (let i = from - 2; i >= 0 && from - i <= 14; i--) {
    // ("National Citizen Party (NCP) Chief Organizer for …": a party's acronym in brackets)
    if (t[i].text === ')' && i >= 3 && t[i - 2].text === '(' && /^\p{Lu}{2,}$/u.test(t[i - 1].text)) i -= 3;
    const x = t[i];
    const w = x.lower;
    if (!(x.kind === 'word' || x.kind === 'number') || !NP_WORD.test(x.text)) return from;
    if (HEAD_LINK.has(w) || w === 'and' || NP_DETERMINER.has(w)) {
      if ((HEAD_LINK.has(w) || w === 'and') && opensSubject(t, i)) return from;
    } else if (TIME_WORDS.test(w) || TIME_NOUN.has(w) || MONTHS.has(w) || isAdverb(x.text) || CLAUSE_WORD.has(w) || STOPWORDS.has(w) || (!isCapitalized(x) && (looksLikeVerb(w) || /ing$/.test(w)))) {
      return from;
    } else if (!isCapitalized(x) && NP_DETERMINER.has(lower(t[i + 1]))) {
      // a verb and its object: "Byrne gives an account of Clinton telling …"
      return from;
    }
    if (opensSubject(t, i) || afterLead(t, i)) return HEAD_LINK.has(lower(t[i + 1])) && i + 1 === from - 1 && NP_DETERMINER.has(w) && !QUANTIFIER.has(w) ? from : i;
  }
  return from;
}

/** "An investigation into the crash", "A report by the watchdog": a document before the link is the source, not what it is about. */
function documentBefore(t: Token[], from: number, link: number, prose: string): Phrase | null {
  const last = t[link - 1];
  if (!last || last.kind !== 'word' || isCapitalized(last) || headType(last.lower) !== 'document') return null;
  const p = nounPhraseEndingAt(t, link - 1, prose);
  return p && p.from === from ? p : null;
}

const QUANTITY_OPENERS = new Set('about nearly almost around roughly only just more fewer less than least at over under'.split(' '));
const FIGURE_WORDS = new Set('one two three four five six seven eight nine ten dozen half third quarter majority two-thirds'.split(' '));
/** The start of the words that bound a figure at token i ("at least", "more than", "only about"); i when none does. */
/** Where a figure right before i opens, with the words that bound it ("at least a dozen"), or i. */
function figureBefore(t: Token[], i: number): number {
  const k = i - 1;
  if (k < 0 || !(t[k].kind === 'number' || FIGURE_WORDS.has(t[k].lower))) return i;
  return quantityOpen(t, k > 0 && t[k - 1].lower === 'a' ? k - 1 : k);
}

function quantityOpen(t: Token[], i: number): number {
  const first = t[i];
  if (!first || !(first.kind === 'number' || FIGURE_WORDS.has(first.lower) || (first.lower === 'a' && FIGURE_WORDS.has(tokenAt(t, i + 1)?.lower ?? '')))) return i;
  let j = i;
  while (j > 0 && i - j < 3 && QUANTITY_OPENERS.has(t[j - 1].lower)) j--;
  // a pair opens whole or not at all: "more than", "at least", not "than half" or "least four"
  while (j < i && (/^(than|least)$/.test(t[j].lower) || (t[j].lower === 'at' && t[j + 1].lower !== 'least'))) j++;
  return j;
}

const NOT_ROLES = new Set('however moreover further together rather whether other another never ever either neither over under after later former latter meanwhile whatever'.split(' '));
export const isRoleNoun = (tok: Token | undefined): boolean =>
  !!tok && tok.kind === 'word' && /^[a-z]+(?:-[a-z]+)?$/.test(tok.text) && !STOPWORDS.has(tok.text) && !NOT_ROLES.has(tok.text) &&
  (TITLE_WORDS.has(tok.text) || (PERSON_NOUN.test(tok.text) && tok.text.length > 4) || PERSON_WORDS.has(tok.text) || /^(head|delegates|hopefuls)$/.test(tok.text));
/** Participles that describe a person before their role: "retired neurosurgeon Ben Carson", "disgraced financier". */
const DESCRIBING_PARTICIPLE = /^(retired|disgraced|embattled|celebrated|acclaimed|renowned|self-described|self-proclaimed|so-called|indicted|jailed|ousted|exiled|elected|appointed|beleaguered|outspoken|respected|seasoned|unnamed)$/;

/**
 * "Sanders campaign manager Jeff Weaver", "Republican pollster Daron Shaw": the role written in
 * lower case before a name, and what qualifies it, back to the start of the subject.
 */
function roleBefore(p: Phrase, t: Token[]): number {
  if (p.kind !== 'name' || p.type !== 'person' || !isRoleNoun(tokenAt(t, p.from - 1))) return p.from;
  let from = p.from - 1;
  while (from > 0 && from > p.from - 6) {
    const prev = t[from - 1];
    if (prev.kind !== 'word' || STOPWORDS.has(prev.lower) && !DETERMINER.test(prev.lower)) break;
    if (!(isCapitalized(prev) || /[’']s$/.test(prev.text) || /^[a-z-]+$/.test(prev.text)) || (/(?:ed|ing|ly)$/.test(prev.text) && !DESCRIBING_PARTICIPLE.test(prev.lower))) break;
    from--;
    if (DETERMINER.test(prev.lower)) break;
  }
  return opensSubject(t, from) || afterLead(t, from) || DETERMINER.test(t[from].lower) ? from : p.from;
}

/** Whether the words from token i describe a name ("a former candidate", "chairman of …", "35"), not a clause. */
export function isAppositive(t: Token[], i: number): boolean {
  const first = t[i];
  return !!first && (/^(a|an|the|his|her|its|their)$/i.test(first.text) || isRoleNoun(first) || first.kind === 'number' || isCapitalized(first));
}

/**
 * "Biden, who served …": a relative clause on a name is part of the source, as readers mark it;
 * not one that reports something itself ("Barkley, who said he votes democratic,").
 */
export function isRelative(t: Token[], i: number): boolean {
  if (!/^(who|whose)$/i.test(t[i]?.text ?? '')) return false;
  for (let j = i + 1; j < t.length && j <= i + 3; j++) if (CUE_VERBS.has(t[j].lower) || STANCE_VERB_FORMS.has(t[j].lower)) return false;
  return true;
}

export const SUPERLATIVE = /^(?:[a-z]+est|most|first|last|biggest|best|worst)$/;
export const FINITE = new Set('is are was were has have had will would can could may might must should does did said says'.split(' '));
export const NAME_LINK = new Set(['of', 'for', 'and', '&', 'on', 'de']);
/**
 * Whether the words from token i, after a comma that follows a name, still describe it: a role in
 * lower case ("research director of …", "then ambassador to Israel", "one of the organizers"), a
 * capitalized one that says whose or of where ("Mrs. Clinton's communications director", "Democrat of
 * Delaware"), or where someone is from after an age ("55, of Brigantine"). Not a clause ("adding …",
 * "in a statement", "asked about …").
 */
export function describes(t: Token[], i: number, first: boolean): boolean {
  const x = t[i];
  if (!x || x.kind !== 'word') return false;
  const w = x.lower;
  if (isCapitalized(x)) {
    if (/[’']s$/.test(x.text) || (t[i + 1]?.lower === 'of' && isCapitalized(t[i + 2]))) return true;
    // "President Obama's first budget director": a possessive within the capitalized run
    let j = i;
    while (j < t.length && j - i < 5 && (isCapitalized(t[j]) || abbreviationStop(t, j))) {
      if (/[’']s$/.test(t[j].text)) return true;
      j++;
    }
    return first ? isRoleNoun(t[j]) : false;
  }
  if (/^(then|now|another|one|both|each)$/.test(w)) return true;
  if (/^(of|from)$/.test(w)) return !first && tokenAt(t, i - 2)?.kind === 'number' && isCapitalized(t[i + 1]);
  return /^[a-z][a-z-]+$/.test(x.text) && !STOPWORDS.has(w) && !isAdverb(w) && !looksLikeVerb(w) && !/ing$/.test(w) && !TIME_WORDS.test(w) && !CLAUSE_WORD.has(w);
}

/** The full stop of an abbreviation or initial inside a phrase: "Mr. Obama", "George W. Bush", "Tampa, Fla., who". */
export const abbreviationStop = (t: Token[], i: number): boolean =>
  t[i].text === '.' && tokenAt(t, i - 1)?.end === t[i].start && /^(\p{Lu}|Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Jr|Sr|St|Inc|Co|Corp|Ltd|[A-Z][a-z]{1,3})$/u.test(t[i - 1].text) && !!t[i + 1] && (t[i + 1].kind === 'word' || t[i + 1].text === ',');
