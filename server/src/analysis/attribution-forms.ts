// Attribution forms other than a verb with its subject (verb-cue.ts), each read as a whole: the
// passive ("was first reported by MSNBC"), a study opening the sentence ("In a new CNN/ORC poll, …"),
// "according to", a sentence that opens with its cue ("Said Mr Bysshe: …") and a stance adjective
// ("is confident that …"). A participle after the clause it reports on (", saying …") is read in
// participial-cue.ts.
import type { Found } from './attribution';
import { connectiveEnd, cueOf, isAdverb, looksLikeVerb, prevEnd, span, toInfinitiveAt } from './attribution-grammar';
import { VAGUE_SOURCE_HEADS } from './lexicon';
import { copyPhrase, firstWordIndex, isCapitalized, newPhrase, phraseEndingAt, type Phrase } from './mentions';
import { phraseStartingAt } from './phrase-start';
import type { SentenceScan } from './sentence-scan';
import { accordingToSource } from './according-source';
import { widenSubject } from './source-extent';
import type { Token } from './types';
import { tokenAt } from './token-at';
import { headType, isDocumentHead } from './name-types';

const STUDY_HEADS = /\b(poll|polls|polling|survey|surveys|study|studies|report|analysis|census|research|paper|index|ranking|review|tally|count)\b/i;

/** "In a new CNN/ORC poll, Clinton leads …": the study is the source, the rest of the sentence its content. */
export function studyOpening(t: Token[], prose: string, end: number, vague?: Set<string>): Found | null {
  const first = firstWordIndex(t);
  const opening = t[first]?.text === 'In' ? accordingToSource(t, first + 1, prose, false, vague) : null;
  if (!opening || !(opening.kind === 'document' || headedByStudy(t, opening.from, opening.to)) || !STUDY_HEADS.test(opening.text) || t[opening.to]?.text !== ',' || !t[opening.to + 1]) return null;
  // "In the latest poll, conducted in May, Clinton led": the participle that dates it belongs to the study
  let to = opening.to;
  if (/^(conducted|taken|released|published|fielded|carried)$/.test(t[to + 1].lower)) {
    let j = to + 2;
    while (j < t.length && j - to < 10 && t[j].text !== ',') j++;
    if (t[j]?.text === ',' && t[j + 1]) to = j;
  }
  const phrase = opening.kind === 'document' && to === opening.to ? opening : asStudy(opening, to, t, prose);
  return { phrase, cue: cueOf(t[first]), content: span(t[to + 1].start, end), kind: 'according-to' };
}

/**
 * "Trump leads Cruz by nine points in the latest CNN/ORC poll.", "…, in a CBS News poll last month,
 * …", "Cruz came in second in January polls", "Trump has a decisive lead in the polls": a poll or
 * survey that closes the clause is the source of the clause before it, as "polls show" is. A single
 * poll with its article; polls in the plural with any modifier. Only these heads ("fell 2% in the
 * FTSE 100 index" reports nothing).
 */
export function studyClosing(t: Token[], prose: string, vague?: Set<string>): Found | null {
  // (the poll's head must be among the words: most sentences are done here, before any phrase is read)
  if (!hasPollWord(t)) return null;
  const first = firstWordIndex(t);
  // (whether the clause gives a standing, read once: 0 not yet read, 1 yes, -1 no)
  let standing = 0;
  for (let i = first + 2; i + 1 < t.length; i++) {
    if (t[i].lower !== 'in' || !(/^(a|an|the)$/.test(t[i + 1].lower) || pluralPollAhead(t, i + 1))) continue;
    // ("polls" are as often elections, "in the upcoming polls", "in Thursday's polls": opinion polls only where the clause gives a standing)
    if (pluralPoll(t, i + 1)) {
      if (standing === 0) standing = standingBefore(t, i) ? 1 : -1;
      if (standing < 0) continue;
    }
    const found = accordingToSource(t, i + 1, prose, true, vague);
    if (!found || found.kind === 'pronoun' || !pollHeaded(t, found.from, found.to)) continue;
    const study = pollPhrase(found, t, prose);
    if (!study) continue;
    const after = t[study.to];
    if (after && !(after.text === ',' || (after.kind === 'punct' && /^[.!?;]$/.test(after.text)) || CLAUSE_ADVERBIAL.has(after.lower))) continue;
    const content = span(t[connectiveEnd(t)].start, prevEnd(t, i));
    return content ? { phrase: study, cue: cueOf(t[i]), content, kind: 'according-to' } : null;
  }
  return null;
}

/** Whether the first poll word within six tokens of i is "polls". */
function pluralPoll(t: Token[], i: number): boolean {
  for (let j = i; j < t.length && j < i + 6; j++) if (POLL_WORDS.has(t[j].lower)) return t[j].lower === 'polls';
  return false;
}

/** Words of a standing in a race: "has a decisive lead", "came in second", "is ahead", "near 10 percent". */
const STANDING = new Set('lead leads leading led ahead behind trail trails trailing trailed first second third fourth fifth last percent points point frontrunner front-runner favourite favorite edge margin'.split(' '));
/** Whether the clause before token i gives a standing. */
function standingBefore(t: Token[], i: number): boolean {
  for (let j = 0; j < i; j++) if (STANDING.has(t[j].lower) || (t[j].kind === 'number' && t[j].text.endsWith('%'))) return true;
  return false;
}

/** Words after a poll's head that open an adverbial of the clause, not of the poll: "lead in polls despite …", "a lead in the polls ahead of the primary". */
const CLAUSE_ADVERBIAL = new Set(['despite', 'ahead', 'among', 'amid', 'against', 'over', 'as', 'with', 'since']);

/**
 * The poll's phrase over found, as far as it says when or by whom the poll was taken ("a CBS News
 * poll last month", "… poll released Sunday", "a survey from Florida Southern College"), cut at its
 * head before an adverbial of the clause ("in polls despite …"), and named as the document it is
 * ("New Hampshire surveys", not the place); null where the phrase ran into a clause ("the poll held
 * heated rhetoric responsible …").
 */
function pollPhrase(found: Phrase, t: Token[], prose: string): Phrase | null {
  const { from } = found;
  let { to } = found;
  let h = from;
  while (h < to && !(t[h].kind === 'word' && POLL_HEAD.test(t[h].lower))) {
    // (only modifiers before the head: not "in the District of Columbia head to the polls"; an
    // average of polls is one: "in the RealClearPolitics average of recent Hoosier polls")
    if ((PREPOSITIONS_IN_PHRASE.has(t[h].lower) && !(t[h].lower === 'of' && t[h - 1]?.lower === 'average')) || /^(where|who|which|that)$/.test(t[h].lower)) return null;
    h++;
  }
  const next = t[h + 1];
  if (h + 1 >= to || /^(released|conducted|taken|published|fielded|from|by|for|of|in)$/.test(next.lower)) {
    // dated or issued: the phrase as found
  } else if (h + 3 >= to && (/^(last|this)$/.test(next.lower) || MONTH_ABBREVIATION.test(next.text))) {
    // "a CBS News poll last month"
  } else if (CLAUSE_ADVERBIAL.has(next.lower)) to = h + 1;
  else return null;
  return asStudy(found, to, t, prose);
}

/**
 * The study's phrase over [p.from, to) as the document it is, where its name is the body that
 * issued it or a place ("a New York Times/CBS News survey" is no outlet's report, "New Hampshire
 * surveys" no place).
 */
function asStudy(p: Phrase, to: number, t: Token[], prose: string): Phrase {
  const named = STUDY_HEADS.test(p.name);
  if (to === p.to && named) return p;
  const end = t[to - 1].end;
  const text = prose.slice(p.start, end);
  // (widened by what dates it, "the latest poll, conducted in May", the name stays)
  if (named && to > p.to) return copyPhrase(p, { to, end, text });
  return newPhrase(p.from, to, p.start, end, text, 'document', text.replace(/^(the|a|an)\s+/i, ''), 'document', undefined);
}
const MONTH_ABBREVIATION = /^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?$/;

/** Whether "poll" or "survey" heads the phrase over tokens [from, to), as headedByStudy reads it. */
const pollHeaded = (t: Token[], from: number, to: number): boolean => headedByStudy(t, from, to, POLL_HEAD);
const POLL_HEAD = /^(poll|survey|polls|surveys)$/;
const POLL_WORDS = new Set(['poll', 'survey', 'polls', 'surveys']);
/** Whether a poll word is among the tokens: a plain loop of string compares, as this runs for nearly every sentence. */
function hasPollWord(t: Token[]): boolean {
  for (let i = 0; i < t.length; i++) {
    const w = t[i].lower;
    if (w === 'poll' || w === 'polls' || w === 'survey' || w === 'surveys') return true;
  }
  return false;
}
const PREPOSITIONS_IN_PHRASE = new Set(['in', 'of', 'at', 'on', 'by', 'for', 'to', 'from', 'and', 'or']);
/** Whether "polls" or "surveys" comes within four words of token i, with nothing but modifiers before it ("January polls", "most surveys", "public opinion polls"; not "second in January polls"). */
function pluralPollAhead(t: Token[], i: number): boolean {
  for (let j = i; j < t.length && j < i + 4; j++) {
    if ((t[j].kind !== 'word' && t[j].text !== '/' && t[j].text !== '-') || PREPOSITIONS_IN_PHRASE.has(t[j].lower)) return false;
    if (/^(polls|surveys)$/.test(t[j].lower)) return true;
  }
  return false;
}

const STUDY_HEAD = /^(poll|survey|study|report|analysis|census|index|ranking|review|tally|count)$/;
/**
 * Whether a study noun heads the phrase over tokens [from, to) before anything that could open a
 * clause: "an NBC News/Wall Street Journal poll released Monday", not "a state where polls show".
 */
function headedByStudy(t: Token[], from: number, to: number, head = STUDY_HEAD): boolean {
  for (let i = from; i < to; i++) {
    const x = t[i];
    if (x.kind === 'word' && head.test(x.lower)) return true;
    if (x.kind === 'word' ? /^(where|that|which|who|when|and|or|but)$/.test(x.lower) || (!/^\p{Lu}/u.test(x.text) && looksLikeVerb(x.text)) : !/^[/&.-]$/.test(x.text) && x.kind !== 'number') return false;
  }
  return false;
}

/** "X was first reported by MSNBC": the cue from the auxiliary to the participle (annotators leave "by" out), the source after it, the subject as content. */
export function passiveAt(t: Token[], c: number, by: number, prose: string, vague?: Set<string>): Found | null {
  let k = c - 1;
  while (k >= 0 && t[k].kind === 'word' && isAdverb(t[k].text)) k--;
  // "When asked by a reporter whether …, Trump said": a passive clause without its auxiliary, the
  // question its content
  if (/^(when|after|once|before|if)$/i.test(t[k]?.text ?? '') && /^(asked|pressed|questioned|challenged)$/.test(t[c].lower)) return askedBy(t, c, prose, vague);
  if (!/^(was|were|is|are|been|be|being)$/i.test(t[k]?.text ?? '')) return DESCRIBED.test(t[c].lower) ? describedAs(t, c, by, prose, vague) : null;
  while (k > 0 && /^(has|have|had|will|would|to|been)$/i.test(t[k - 1].text)) k--;
  let phrase = accordingToSource(t, by + 1, prose, true, vague);
  if (!phrase || phrase.kind === 'pronoun') return null;
  let urged = -1;
  // ("was urged by MPs to resign", "has been advised by her coach Margot Jennings not to rush back":
  // the agent ends before what it urged)
  for (let j = phrase.from + 1; j < phrase.to; j++) {
    // (not a verb's "to" inside the agent: "a number of tax experts I spoke to this week")
    if (looksLikeVerb(t[j - 1].text)) continue;
    if (toInfinitiveAt(t, j) || (t[j].lower === 'not' && t[j + 1]?.lower === 'to')) {
      phrase = copyPhrase(phrase, { to: j, end: t[j - 1].end, text: prose.slice(phrase.start, t[j - 1].end) });
      urged = j;
      break;
    }
  }
  if (actionAgent(t, by + 1, phrase.to)) return null;
  // ("could be explained by an increase in the working population", "was explained by weaker
  // demand": a cause, which no one's words or document name)
  if (t[c].lower === 'explained' && phrase.kind === 'document' && !t.slice(phrase.from, phrase.to).some((x) => isDocumentHead(x) || isCapitalized(x) || headType(x.lower) === 'person')) return null;
  const first = firstWordIndex(t);
  return {
    phrase,
    cue: { start: t[k].start, end: t[c].end, text: prose.slice(t[k].start, t[c].end) },
    // (what was urged, to its clause's end: "not to rush back into training")
    content: urged > 0 ? span(t[urged].start, prevEnd(t, urgedEnd(t, urged))) : k > first ? span(t[first].start, prevEnd(t, k)) : null,
    kind: 'indirect',
  };
}

/** Where what a passive directive urged ends: the sentence's end, a semicolon, or a comma or "and" before a clause of its own. */
function urgedEnd(t: Token[], from: number): number {
  for (let j = from + 1; j < t.length; j++) {
    if (t[j].text === ';' || (t[j].text === ',' && t[j + 1]?.kind === 'word' && !/^(and|or)$/.test(t[j + 1].lower))) return j;
    if (t[j].lower === 'and' && /^(it|he|she|they|we|i|there)$/.test(t[j + 1]?.lower ?? '')) return j;
  }
  return t.length;
}

const DESCRIBED = /^(described|called|termed|dubbed|labelled|labeled|branded|characterised|characterized)$/;
/**
 * "an act described by the prosecution as a “clear crime against humanity”": a participle of naming
 * without its auxiliary still reports when its agent and "as" follow; what comes after "as" is the
 * agent's words ("claims denied by Labour" reports nothing).
 */
function describedAs(t: Token[], c: number, by: number, prose: string, vague?: Set<string>): Found | null {
  const phrase = accordingToSource(t, by + 1, prose, true, vague);
  if (!phrase || phrase.kind === 'pronoun' || tokenAt(t, phrase.to)?.lower !== 'as' || !t[phrase.to + 1]) return null;
  let end = phrase.to + 1;
  while (end < t.length && !/^[,;.!?]$/.test(t[end].text)) end++;
  return { phrase, cue: cueOf(t[c]), content: span(t[phrase.to + 1].start, prevEnd(t, end)), kind: 'indirect' };
}

/** "were denied by some desperate defending from Ireland": an agent that is an action reports nothing. */
function actionAgent(t: Token[], from: number, to: number): boolean {
  let head = from;
  while (head + 1 < to && t[head + 1].kind === 'word' && !/^(of|from|in|at|on|for|with|and)$/.test(t[head + 1].lower)) head++;
  return t[head].kind === 'word' && /^[a-z]{3,}ing$/.test(t[head].text);
}

const QUESTION = /^(whether|if|about|how|why|what|when|to)$/;
function askedBy(t: Token[], c: number, prose: string, vague?: Set<string>): Found | null {
  let q = c + 2;
  while (q < t.length && q - c < 8 && t[q].kind === 'word' && !QUESTION.test(t[q].lower)) q++;
  const phrase = q < t.length && QUESTION.test(t[q].lower) ? phraseEndingAt(t, q - 1, prose, vague) : null;
  if (!phrase || phrase.kind === 'pronoun' || phrase.from !== c + 2) return null;
  let end = phrase.to;
  while (end < t.length && t[end].text !== ',' && t[end].kind !== 'quote' && t[end].text !== '.') end++;
  return { phrase, cue: cueOf(t[c]), content: span(t[phrase.to].start, prevEnd(t, end)), kind: 'indirect' };
}

const BE = /^(is|are|was|were|be|been|being|am|remain|remains|remained|seemed|seems|appear|appears|appeared|became|become|becomes|grew|’s|'s|’re|'re)$/i;

/**
 * "Clinton is confident that …", "Republicans were deeply skeptical of …": a form of "be" and an
 * adjective of stance, the subject before it the source. The cue runs from "be" through the
 * adjective and its preposition, if any; what follows is the content.
 */
export function attitudeAt(t: Token[], c: number, prose: string, end: number, vague?: Set<string>): Found | null {
  let k = c - 1;
  while (k >= 0 && t[k].kind === 'word' && (isAdverb(t[k].text) || /^(not|never|so|too|very|more|less|most|all|both|also|still)$/i.test(t[k].text))) k--;
  if (!BE.test(tokenAt(t, k)?.text ?? '')) return null;
  let be = k;
  while (be > 0 && /^(has|have|had|will|would|could|may|might|to|been|not|also|still)$/i.test(t[be - 1].text)) be--;
  // ("investors may be wary of Chinese stocks": what the writer guesses a group feels, no report of it)
  if (be < k && /^(may|might|could)$/i.test(t[be].text)) return null;
  const found = be > 0 ? phraseEndingAt(t, be - 1, prose, vague) : null;
  if (!found || (found.kind === 'pronoun' && found.name === 'it')) return null;
  // the whole subject, as for a verb: "Bolton and Gorka were both critical of …"
  const phrase = widenSubject(found, t, prose);
  const prep = /^(of|about|with|at|in|over)$/.test(t[c + 1]?.lower ?? '') ? c + 1 : c;
  const next = t[prep + 1];
  if (!next || next.kind === 'punct') return null;
  return {
    phrase,
    cue: { start: t[be].start, end: t[prep].end, text: prose.slice(t[be].start, t[prep].end) },
    content: span(next.start, end),
    kind: 'indirect',
  };
}

/** "according to X" at token c: X the source, the rest of the sentence (before or after it) the content. */
/** "running according to schedule", "proceed according to law": in accordance with, not a source. */
const MANNER = new Set('schedule schedules plan plans law laws rule rules tradition custom convention procedure procedures protocol script regulations guidelines need needs merit size age income value values criteria formula category priority ability'.split(' '));
/** A person's own leaning, a manner however it is qualified: "according to their instinctive preference", "according to his wishes" (not "the law", which may be a source). */
const OWN_LEANING = new Set('preference preferences wish wishes taste tastes instinct instincts conscience whim whims mood'.split(' '));
const LEANING_OPENERS = /^(the|his|her|their|its|our|my|your|own|personal|individual|instinctive|natural|dying|last)$/;
/** Verbs that order or measure by something: "ranks countries according to the steps they take", "graded according to their value". */
const ORDERING = /^(rank|ranks|ranked|ranking|grade|grades|graded|sort|sorts|sorted|classified|divided|arranged|priced|vary|varies|varied|distributed|allocated|calculated|adjusted|tailored|grouped|categorised|categorized|assessed|judged|paid|taxed|weighted)$/;

const qualifiesSource = (x: Token | undefined): boolean => !!x && x.kind === 'word' && (/^(enforcement|firm|firms|school|professor|professors)$/.test(x.lower) || VAGUE_SOURCE_HEADS.has(x.lower));

export function accordingAt(scan: SentenceScan, c: number): Found | null {
  // (not the manner noun qualifying people or a body: "according to law enforcement officials", "a law firm")
  // (in lower case: "according to Plan International" names a body)
  if (c + 2 < scan.t.length && MANNER.has(scan.t[c + 2].text) && !qualifiesSource(scan.t[c + 3])) return null;
  // ("according to their instinctive preference", "according to his wishes": past its determiner and qualifiers)
  let m = c + 2;
  while (m < scan.t.length && m - c < 5 && LEANING_OPENERS.test(scan.t[m].text)) m++;
  if (OWN_LEANING.has(scan.t[m]?.text ?? '')) return null;
  for (let j = c - 1; j >= 0 && c - j <= 4 && scan.t[j].kind === 'word'; j--) if (ORDERING.test(scan.t[j].lower)) return null;
  return sourcedBy(scan.t, c, c + 2, scan.prose, scan.end, scan.vague);
}

/** The cue over tokens [c, from), its source from `from`, the content the rest of the clause before or after it. */
export function sourcedBy(t: Token[], c: number, from: number, prose: string, end: number, vague?: Set<string>): Found | null {
  const p = accordingToSource(t, from, prose, sourcesBefore(t, c), vague);
  return p ? sourcedAs(t, c, from, p, prose, end) : null;
}

/**
 * Whether a source phrase at token c sources the clause before it rather than the one after it.
 * "But according to a report of …, 8,543 people were killed": a connective opening the sentence is
 * no content (nor is a clause that a colon or semicolon closes: "… no insurance: according to estimates, only …").
 */
// ("…, but according to those present, it was …": a conjunction opens the clause the source reports)
const sourcesBefore = (t: Token[], c: number): boolean => c > openingEnd(t) && !CLAUSE_BREAK.has(t[c - 1].text) && !(/^(but|and|yet|while|whereas|although|though)$/.test(t[c - 1].lower) && t[c - 2]?.text === ',');

/** The attribution of the cue over tokens [c, cueTo) to the source p, with the clause before or after it as content. */
export function sourcedAs(t: Token[], c: number, cueTo: number, p: Phrase, prose: string, end: number): Found {
  const before = sourcesBefore(t, c);
  const cue = { start: t[c].start, end: t[cueTo - 1].end, text: prose.slice(t[c].start, t[cueTo - 1].end) };
  const afterPhrase = t[p.to]?.text === ',' ? t[p.to + 1] : t[p.to];
  // "Now, according to Asahi, the market will grow 84%", "IBM, according to Mr Donofrio, has 30%": set
  // off mid-clause, it sources the whole clause, unless a new one follows it ("…, according to X, but …")
  const content = before ? span(t[firstWordIndex(t)].start, continuesClause(t, p.to) ? end : prevEnd(t, c)) : afterPhrase ? span(afterPhrase.start, end) : null;
  return { phrase: p, cue, content, kind: 'according-to' };
}

/** Words that open a new clause after a comma. */
const CLAUSE_OPENER = new Set('but and yet so or while whereas although though because as despite which who when where'.split(' '));
const CLAUSE_BREAK = new Set([':', ';']);
/** Whether the clause goes on after a source phrase set off by a comma at `to`. */
const continuesClause = (t: Token[], to: number): boolean => t[to]?.text === ',' && (t[to + 1]?.kind === 'word' || t[to + 1]?.kind === 'number') && !CLAUSE_OPENER.has(t[to + 1].lower);

/** Where the sentence's clause starts, past the connectives that open it ("But", "However,", "Mentionable,"). */
function openingEnd(t: Token[]): number {
  const first = firstWordIndex(t);
  let k = first;
  while (k < t.length && k - first < 4 && (OPENING_CONNECTIVE.has(t[k].lower) || (t[k].text === ',' && k > first))) k++;
  return k;
}
const OPENING_CONNECTIVE = new Set('but and yet so however meanwhile moreover also still besides furthermore mentionable notably further'.split(' '));

/**
 * "As per Hindustan Times, New Delhi had decided …", "As per the story of the drama, …": South Asian
 * English for "according to". Only where it opens the sentence: inside a clause it is nearly always a
 * manner ("administer the oath as per article 148", "lost their deposits as per the regulations").
 * Read from the sentence's opening words, so "per" ("per cent") need not be a cue word.
 */
export function asPerOpening(t: Token[], prose: string, end: number, vague?: Set<string>): Found | null {
  const c = openingEnd(t);
  // ("Per the ministry, 40 people were killed": "per" alone, in the same sense)
  const bare = t[c]?.lower === 'per' && !/^(cent|capita|annum|se|diem|head|person|hour|day|week|month|year)$/.test(t[c + 1]?.lower ?? '');
  if (t[c]?.lower !== 'as' && !bare) return null;
  // ("As reported by Western Journalism, investigators found …", "As first reported by the BBC, …": the same)
  // ("As reported in the Times, …", "As stated in Davis' commentary, …": a document or outlet it is in)
  const within = !bare && t[c + 2]?.lower === 'in' && REPORTED_IN.test(t[c + 1]?.lower ?? '');
  const by = bare ? c + 1 : t[c + 1]?.lower === 'per' ? c + 2 : within ? c + 3 : reportedByAt(t, c + 1);
  if (by < 0 || MANNER.has(t[by]?.lower ?? '')) return null;
  const f = sourcedBy(t, c, by, prose, end, vague);
  if (within && !(f && (f.phrase.type === 'document' || f.phrase.type === 'media') && t[f.phrase.from].kind === 'word')) return null;
  // (the phrase must close at the clause's comma: "As per convention after …" has no source of its own)
  return f && t[f.phrase.to]?.text === ',' ? f : null;
}
/** Participles of a report read "in" a document or outlet: "As reported in the Times, …". */
const REPORTED_IN = /^(reported|stated|noted|outlined|detailed|described|mentioned|revealed|shown|explained)$/;

/** Where the source starts after "reported by" (past an adverb: "first reported by"), or -1. */
export function reportedByAt(t: Token[], i: number): number {
  if (/^(first|originally|previously|earlier|initially)$/.test(t[i]?.lower ?? '')) i++;
  return REPORTED_BY.test(t[i]?.lower ?? '') && t[i + 1]?.lower === 'by' ? i + 2 : -1;
}
/** Participles whose agent after "by" reported what the clause says: "as first reported by", "as described by FBI Director James Comey". */
export const REPORTED_BY = /^(reported|revealed|disclosed|noted|stated|described|confirmed|explained)$/;

/** "Said Mr Bysshe: …" opens with the cue, the speaker after it ("Asked whether …" is a participle). */
export function openingCueAt(scan: SentenceScan, c: number): Found | null {
  const { t } = scan;
  const p = phraseStartingAt(t, c + 1, scan.prose, scan.vague);
  let from = p?.to ?? t.length;
  while (from < t.length && /^[:,]$/.test(t[from].text)) from++;
  return p ? { phrase: p, cue: cueOf(t[c]), content: from < t.length ? span(t[from].start, scan.end) : null, kind: 'indirect' } : null;
}

/**
 * "Burnley boss Steve Cotterill: “They will be fresh …”": a name, a colon, a quote. A line of its own
 * (a headline) needs no quote: "Graham: Trump’s rhetoric destroying GOP’s chance." is Graham's.
 */
export function colonOpening(t: Token[], prose: string, end: number, vague?: Set<string>): Found | null {
  const first = firstWordIndex(t);
  // (only the first eight tokens can hold it: no scan of the rest of the sentence)
  let colon = -1;
  for (let k = first + 1; k <= first + 7 && k < t.length; k++) {
    if (t[k].text === ':') {
      colon = k;
      break;
    }
  }
  if (colon <= first || !isCapitalized(t[colon - 1]) || !t[colon + 1]) return null;
  const quoted = t[colon + 1].kind === 'quote';
  if (!quoted && !headline(t, prose, first, colon)) return null;
  const p = phraseEndingAt(t, colon - 1, prose, vague);
  // a role may open the line: "Burnley boss Steve Cotterill:"
  if (!p || p.kind !== 'name' || p.type !== 'person' || !t.slice(first, p.from).every((x) => x.kind === 'word')) return null;
  // (a headline's label is no speaker: "The Latest:", "Breaking:", "EXCLUSIVE:")
  if (!quoted && !headlineSpeaker(t, p)) return null;
  return { phrase: p, cue: cueOf(t[colon]), content: span(t[colon + 1].start, end), kind: quoted ? 'direct-quote' : 'indirect', ...(quoted ? {} : { firstLineOnly: true }) };
}

/**
 * Whether the sentence is a line of its own, a statement (not a question) that goes on after the
 * colon with a capital: "Lynch: No outside influence on FBI probe." Only the document's first line
 * is a headline (later lines of that form are a list's items as often: "Clinton: 547.", "Sanders:
 * Win in a walk."), which the cross-sentence pass checks (`firstLineOnly`): a paragraph's own
 * reading, cached by its text, cannot know where in the document it stands.
 */
function headline(t: Token[], prose: string, first: number, colon: number): boolean {
  const last = t[t.length - 1];
  if (last.text === '?' || !(isCapitalized(t[colon + 1]) || t[colon + 1].kind === 'number')) return false;
  for (let k = first; k < colon; k++) if (t[k].text.length > 2 && t[k].text === t[k].text.toUpperCase()) return false;
  for (let i = t[0].start - 1; i >= 0 && prose[i] !== '\n' && prose[i] !== '\r'; i--) if (prose[i] !== ' ' && prose[i] !== '\t') return false;
  let j = last.end;
  while (j < prose.length && (prose[j] === ' ' || prose[j] === '\t')) j++;
  return j >= prose.length || prose[j] === '\n' || prose[j] === '\r';
}

/**
 * Whether a headline's phrase before its colon names who speaks, not a label or a clause: it opens
 * the line, holds no function word and does not end in a participle ("The Latest:", "Big Win For
 * Bernie:", "Just Leaked:", "Breaking:").
 */
function headlineSpeaker(t: Token[], p: Phrase): boolean {
  if (p.from !== firstWordIndex(t) || /(?:ing|ed)$/.test(t[p.to - 1].lower)) return false;
  for (let k = p.from; k < p.to; k++) if (t[k].info.english) return false;
  return true;
}
