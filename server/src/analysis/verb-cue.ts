// A reporting or stance verb read as a cue: "Hegseth wrote", "he has said", "…,” said Hegseth",
// "The pact, he said, will …". Finds the verb's subject (the source) on either side and the part
// of the sentence that is theirs (the content).
//
// Each step is a function of its own: V8 optimises a small function soon and cheaply, and a rare
// branch taken late throws away only its own step's machine code. As one 300-line function this
// was optimised two thirds into a CLI sweep, after 130 ms of compiling, and thrown away twice.
import type { Found } from './attribution';
import { chainSubject, MEANS, closesInvertedQuote, isAdverb, isQuoteClose, NOUN_LIKE_CUES, opensComplement, particleAfter, takesObject, timeAfter, toInfinitiveAt } from './attribution-grammar';
import { headlineVerb } from './headline-case';
import { coordinatedWith, newClauseAt, relativeReport } from './clause-boundaries';
import { passiveAt } from './attribution-forms';
import { allegedInList, allegedRole, claimIsNotAssertion } from './claim-sense';
import { reportsHere } from './reports-here';
import { DIRECTING, itOpensClause, itReports, namingAt, PARTICIPIAL, PARTICLE, SPEECH, STANCE, TRANSITIVE } from './cue-words';
import { attributive, progressiveOfSpeech, reducedRelativeOfThing, withClause } from './participles';
import { STOPWORDS, TIME_WORDS } from './lexicon';
import { startsUpper } from './letters';
import { firstWordIndex, type Phrase } from './mentions';
import type { SentenceScan } from './sentence-scan';
import { spanned, widenSubject } from './source-extent';
import { widenInverted } from './source-after-cue';
import { laterSpeech } from './later-speech';
import { contentOf } from './cue-content';
import { INVERTED_SPEECH, subjectOf } from './cue-subject';
import { deedNotReport } from './deeds';
import { isNounAt } from './noun-readings';
import { documentSubject } from './document-subject';
import { tokenAt } from './token-at';
import { afterAside, leftOfCue, nounCueHasSubject } from './cue-left';
import type { Token } from './types';

/**
 * Whether what "put it" (at c) put follows: a comma, colon or quote right after "it", or, in "as X
 * put it", after a short phrase of place or time ("He put it in the drawer, and left" reports nothing).
 */
function putBefore(t: Token[], c: number): boolean {
  const i = c + 2;
  const opens = (k: number): boolean => /^[,:]$/.test(t[k]?.text ?? '') || t[k]?.kind === 'quote';
  if (opens(i) || !/^(on|in|at|during|to|last|this|recently|yesterday|today|earlier|later|once|then)$/.test(t[i]?.lower ?? '')) return opens(i);
  let as = c - 1;
  while (as >= 0 && c - as <= 6 && t[as].lower !== 'as') as--;
  if (as < 0 || t[as].lower !== 'as') return false;
  // (when or where words are put, not where a thing is: "As she put it on the table, he left")
  let occasion = TIME_WORDS.test(t[i].text);
  for (let k = i + 1; k < t.length && k - i <= 6; k++) {
    if (opens(k)) return occasion;
    if (t[k].kind !== 'word' && t[k].kind !== 'number') return false;
    occasion ||= TIME_WORDS.test(t[k].text) || PUT_OCCASION.test(t[k].lower);
  }
  return false;
}
/** Where words are put: "in a lengthy expose", "in an interview", "at a rally", "during the debate". */
const PUT_OCCASION = /^(?:interview|speech|statement|expose|exposé|article|column|op-ed|editorial|essay|book|memoir|letter|debate|rally|tweet|post|podcast|broadcast|show|hearing|conference|briefing|remarks|testimony|address|report|piece|week|month|year|weekend|morning|evening|night)s?$/;

const SEEMING = /^(seem|seems|seemed|seeming|appear|appears|appeared|appearing)$/;
/** Stance verbs that may take only an object: "wants more funding", "preferred Clinton". */
const WANTING = /^(want|wants|wanted|prefer|prefers|preferred)$/;
/** Adverbs after a verb of speech that belong to its cue: "said repeatedly", "wrote recently", "added again". */
const TRAILING_ADVERB = /^(repeatedly|recently|again|publicly|privately|later|explicitly|openly|flatly|bluntly|angrily|sarcastically|forcefully|firmly|falsely|frequently)$/;
/** Verbs whose negation leaves a claim unconfirmed (hedges.ts), not reported. */
const NOT_REPORTED = /^(confirm|confirms|confirmed|verify|verified|corroborate|corroborated|comment|commented|deny|denied|know|knew|knows|see|saw|sees|seen|understand|understood|understands|find|found|finds)$/;

const ADVISING = new Set(['advise', 'advises', 'advised', 'advising']);
/** Stances whose passive names who took them: "were echoed by Christine Rush", "was rejected by the board" (not "backed by", "endorsed by", "considered by": money, adverts, deliberation). */
const PASSIVE_STANCE = new Set('echoed rejected opposed blamed dismissed questioned condemned disputed welcomed hailed quoted applauded lambasted derided mocked ridiculed denounced decried advised'.split(' '));
const SAYING_ING = /^(saying|suggesting|claiming|showing|indicating|warning|arguing|stating|noting|reporting|alleging|insisting|predicting|confirming|revealing|estimating|concluding|finding|asserting)$/;
/** Whether a clause opens at i: "that", a subject pronoun, or a short noun phrase and its finite verb ("the recipient was"). */
function clauseAfter(t: Token[], i: number): boolean {
  if (/^(that|he|she|they|we|i|it|there|this)$/.test(t[i]?.lower ?? '')) return true;
  for (let j = i + 1; j < t.length && j - i <= 4 && t[j - 1].kind === 'word' && t[j - 1].lower !== 'to'; j++) if (/^(is|are|was|were|has|have|had|would|could|will|can|may|might)$/.test(t[j].lower)) return true;
  return false;
}

/** Whether a finite verb of the main clause follows the -ing form at c: an auxiliary or modal, or "said". */
function clauseVerbAfter(t: Token[], c: number): boolean {
  for (let j = c + 2; j < t.length && j - c < 30; j++) {
    if (t[j].kind === 'quote' || t[j].text === ';' || t[j].text === ':') return false;
    if (/^(should|would|will|can|could|must|may|might|said|says|told|has|have|had|is|are|was|were)$/.test(t[j].lower)) return !/^(that|who|which|he|she|they|it|i|we)$/.test(t[j - 1].lower);
  }
  return false;
}

/** Whether ", he said," or ", Smith said," follows the verb at c. */
function asideOfSpeechAfter(t: Token[], c: number): boolean {
  if (t[c + 1]?.text !== ',' || t[c + 2]?.kind !== 'word') return false;
  const verb = /^(he|she|they|it|i|we)$/.test(t[c + 2].lower) ? c + 3 : startsUpper(t[c + 2].text) ? (startsUpper(t[c + 3]?.text ?? '') ? c + 4 : c + 3) : -1;
  return verb > 0 && /^(said|says|added|adds|explained)$/.test(t[verb]?.lower ?? '') && t[verb + 1]?.text === ',';
}

/**
 * Whether an infinitive follows the "to" among the `words` words from i, before any mark: advice
 * given, "advises everyone to shop around" (not "advised Shell on the deal"); a directive,
 * "instructed his office to reinstate them" (not "directed questions to a male colleague", "his only
 * film to date"); what an agent advised, "advised by her coach Margot Jennings not to rush back" (not
 * "advised by Goldman Sachs on the deal").
 */
function infinitiveWithin(t: Token[], i: number, words: number): boolean {
  for (let j = i; j < t.length && j - i < words && t[j].kind === 'word'; j++) if (t[j].lower === 'to') return toInfinitiveAt(t, j) && t[j + 1].lower !== 'date';
  return false;
}
/** "…, The Post has learned.": what an outlet or body found out closes the sentence after a comma, as "…, the Times reported." does. */
function learnedAtEnd(t: Token[], c: number, w: string): boolean {
  if ((w !== 'learned' && w !== 'learnt') || !(c + 1 === t.length || (t[c + 1].text === '.' && c + 2 === t.length))) return false;
  // (a name after the comma, not a pronoun: "It was a lesson, he learned." is no report)
  for (let k = c - 1; k >= 0 && c - k <= 6; k--) if (t[k].text === ',') return k > 2 && startsUpper(t[k + 1].text) && !/^(he|she|they|we|i|it|you)$/i.test(t[k + 1].text);
  return false;
}
/** Verbs by which an event shows something ("The vote underscored the divide"): no one's report. */
const SHOWING = /^(underscored|underscores|underlined|underlines|highlighted|highlights|showed|shows|reflected|reflects|signalled|signaled|signals|illustrated|illustrates|demonstrated|demonstrates|exposed|exposes|revealed|reveals|confirmed|confirms|proved|proves)$/;
const EVENT_HEADS = new Set('vote victory win defeat loss move incident attack attacks crash shooting violence clash clashes row spat surge slump collapse turmoil episode scandal controversy saga upset landslide rout game match final'.split(' '));
/**
 * The head word of the subject: its word before any preposition ("An investigation into the crash"),
 * or a relative pronoun's antecedent ("a victory that underscored").
 */
function headWordOf(t: Token[], phrase: Phrase, c: number): string {
  if (phrase.to > c) return '';
  if (phrase.to - phrase.from === 1 && /^(that|which)$/.test(t[phrase.from].lower)) return tokenAt(t, phrase.from - 1)?.lower ?? '';
  for (let i = phrase.from + 1; i < phrase.to; i++) if (/^(of|into|in|on|at|for|by|over|against|with)$/.test(t[i].lower)) return t[i - 1].lower;
  return t[phrase.to - 1].lower;
}

/** The verb cue at token c with its source and content, or null when the word reports nothing here. */
export function verbCueAt(scan: SentenceScan, c: number, flags: number): Found | null {
  const { t, prose, terms } = scan;
  const tok = t[c];
  const w = tok.lower;
  // "Critics call it a witch hunt", "The campaign calls this a false narrative": naming with a
  // pronoun object is a verb of judgement, never the noun ("phone calls", "a call for")
  const naming = namingAt(t, c, w);
  const speech = naming || !!(flags & SPEECH) || terms.cues.has(w) || (!!(flags & PARTICIPIAL) && progressiveOfSpeech(t, c));
  const particleWords = flags & PARTICLE ? particleAfter(t, c) : 0;
  const particle = particleWords > 0;
  // ("directed that immediate power supply be kept ready", "instructed the government to pay": a
  // directive only before "that" or a person and "to", not "directed the film")
  const stance = !!(flags & STANCE) && (DIRECTING.has(w) ? t[c + 1]?.lower === 'that' || infinitiveWithin(t, c + 2, 3) : opensComplement(t, c + 1) || (!!(flags & TRANSITIVE) && takesObject(t, c + 1)) || closesInvertedQuote(t, c) || (ADVISING.has(w) && infinitiveWithin(t, c + 2, 3)) || (PASSIVE_STANCE.has(w) && t[c + 1]?.lower === 'by' && (w !== 'advised' || infinitiveWithin(t, c + 2, 9))) || learnedAtEnd(t, c, w));
  if ((!speech && !particle && !stance) || (startsUpper(tok.text) && !headlineVerb(t, c)) || isNounAt(t, c)) return null;
  // ("He hoped, he said, that the paper would …": the stance is what the aside's speaker said, theirs)
  if (!INVERTED_SPEECH.test(w) && asideOfSpeechAfter(t, c)) return null;
  // "The survey seems to fly in the face of …", "Christie appears to be embracing …": how the writer
  // sees the subject, not what it said (PolNeAR gives such cues no source 121 times in 157); a verb of
  // stance after it is still the subject's ("seemed to recognize", read through chainSubject)
  if (SEEMING.test(w)) return null;
  // ("that's without even mentioning …": what goes unsaid is no report; "after saying" still is one)
  if (w.endsWith('ing') && tokenAt(t, isAdverb(tokenAt(t, c - 1)?.lower ?? '') ? c - 2 : c - 1)?.lower === 'without') return null;
  // "raised the bar", "backed down", "posted an overwhelming victory", "feeling the pinch": deeds, not stances or posts
  if (deedNotReport(t, c, w)) return null;
  // "claimed her seventh title": won, not said
  if (w.startsWith('claim') && claimIsNotAssertion(t, c)) return null;
  if (w === 'alleged' && (allegedInList(t, c) || allegedRole(t, c))) return null;
  // ("the administration's radical proposed overhaul": a participle between an owner's adjective and its noun)
  if (w.endsWith('ed') && (attributive(t, c) || reducedRelativeOfThing(t, c))) return null;
  // The cue's last token: its particle, if any ("called for"), or an adverb of how or how often
  // right after it ("has said repeatedly", "wrote recently"), as annotators mark it.
  const last = c + particleWords + (particleWords === 0 && TRAILING_ADVERB.test(tokenAt(t, c + 1)?.text ?? '') ? 1 : 0);
  if (w === 'said' && t[c + 1]?.lower === 'to' && t[c + 2]?.lower === 'be') return null;
  // ("Of the 200 voters asked, 43 said": the sample of a poll, a participle after its noun)
  if (w === 'asked' && t[c + 1]?.text === ',' && /^[a-z]+s$/.test(t[c - 1]?.text ?? '') && !STOPWORDS.has(t[c - 1].lower)) return null;
  // "As Tom Ridge put it: …", "as Vulture put it, “…”": "put it" reports only before what was put
  // (past where or when: "as The New Yorker put it in a lengthy expose, “the operator.”", "As Clinton put it on Monday, …")
  if ((w === 'put' || w === 'puts') && !putBefore(t, c)) return null;
  // "the West African state of Benin": "state" reports only before what is stated.
  if ((w === 'state' || w === 'states') && !/^(that|:)$/i.test(t[c + 1]?.text ?? '') && t[c + 1]?.kind !== 'quote') return null;
  // ("Trump charges that …" accuses; "Sky charges a £10 fee" bills)
  if (/^charg(?:e|es|ed|ing)$/.test(w) && !/^(that|:)$/i.test(t[c + 1]?.text ?? '') && t[c + 1]?.kind !== 'quote') return null;
  if (!reportsHere(t, c)) return null;
  // A cue inside what someone else is reported to have said is part of their claim, not a new one:
  // "Trump claimed India had agreed to …" is Trump's. A second verb of the same subject is not:
  // "Wilson praised Rubio and said …" ends the first content at "and".
  let coordinated: Found | undefined;
  const inside = scan.insideEarlierContent(tok);
  if (inside) {
    coordinated = coordinatedWith(t, c, scan.found);
    // ("… because it wanted less scrutiny": wanting, with only an object, stays inside what is reported)
    if (!coordinated && WANTING.test(w) && !opensComplement(t, c + 1)) return null;
    // "…, the Times reported", "…, but Cook did not say when": a clause of its own, with its own subject.
    const cut = coordinated ? null : newClauseAt(t, c, scan.found, prose) ?? (speech ? laterSpeech(t, c, scan.found, prose) ?? relativeReport(t, c, leftOfCue(t, c, w).k, scan.found) : undefined) ?? ((speech || stance) ? afterAside(t, c, w, speech, scan.found, prose) : undefined);
    if (!coordinated && !cut) return null;
    scan.reach = Math.min(scan.reach, (coordinated ?? cut)!.content?.end ?? -1);
  }

  // Passive: "O’Malley’s move was first reported by MSNBC"; without its auxiliary ("claims denied by
  // Labour") a participle modifies a noun and reports nothing.
  // ("Ms. Gao said by telephone": the means, not an agent)
  // ("He said by the time …": a time, not an agent)
  // ("A mass liberation of prisoners promised on January 8 did not materialize": a participle that
  // qualifies its noun, a time and then the clause's own verb)
  const time = timeAfter(t, c + 1);
  // ("Figures reported on Sunday now suggest that …": the clause's own verb of report comes next)
  if (w.endsWith('ed') && time > 0) {
    let v = c + 1 + time;
    while (v < t.length && t[v].kind === 'word' && isAdverb(t[v].text)) v++;
    if (FINITE_AFTER.test(tokenAt(t, v)?.lower ?? '') || /^(show|shows|suggest|suggests|indicate|indicates|reveal|reveals|say|says|find|finds|confirm|confirms)$/.test(tokenAt(t, v)?.lower ?? '')) return null;
  }
  // ("was confirmed on Sunday by Prosecutor Gazi Tamim": a time may come before the agent; "countered
  // Sunday by suggesting" is no passive)
  const by = c + 1 + time;
  // ("Zucker responded by saying that …": a gerund of saying after "by" is how, not who)
  // ("Voters say by a 2-1 margin that …", "say by 55%-41%": a poll's margin, no agent)
  if (by < t.length && t[by].lower === 'by' && !MEANS.has(tokenAt(t, by + 1)?.lower ?? '') && !marginAt(t, by + 1) && !(SAYING_ING.test(tokenAt(t, by + 1)?.lower ?? '') || /^(telling|pointing|calling|asking|accusing|denying|questioning)$/.test(tokenAt(t, by + 1)?.lower ?? '')) && !(tokenAt(t, by + 1)?.lower === 'the' && tokenAt(t, by + 2)?.lower === 'time')) {
    const passive = passiveAt(t, c, by, prose, scan.vague);
    if (passive || !time) return passive;
  }
  const left = leftOfCue(t, c, w);
  // "Carson did not mention his rivals", "Cruz would not say when": a report of what someone did not
  // say is theirs too, the negation part of the cue; "has not confirmed" is the article's hedge instead.
  if (left.negated && (NOT_REPORTED.test(w) || t[c + 1]?.kind === 'punct')) return null;
  // ("The Associated Press has been unable to independently confirm …": a non-confirmation, the article's hedge)
  if (NOT_REPORTED.test(w) && unableTo(t, c)) return null;
  // ("Don’t believe them", "Do not ask": an imperative, with nobody to report)
  if (left.k + 1 < c && left.k + 1 === firstWordIndex(t) && /^(don[’']t|do)$/i.test(t[left.k + 1].text)) return null;
  const { k, timeEnd } = left;
  // The cue keeps its auxiliaries and adverbs ("has also said"), as annotators and readers do, but
  // not a time or channel before them ("on Tuesday dismissed").
  const cueFrom = Math.max(k, timeEnd) + 1;
  let cueStart = cueFrom < c ? t[cueFrom].start : tok.start;
  // "FEC records from the 2008 election cycle show": a document and what qualifies it.
  // (a time after it qualifies it: "a Marist poll released last week actually showed")
  const document = documentSubject(t, k, Math.max(k, timeEnd), c, prose);
  if (!document && !naming && NOUN_LIKE_CUES.has(w) && !nounCueHasSubject(t, c, k)) return null;
  const subject = subjectOf(scan, c, last, k, timeEnd, speech || particle, speech, coordinated, document);
  if (!subject) return null;
  let { phrase } = subject;
  const { adjacent, subjectEnd } = subject;
  if (subject.verb >= 0) cueStart = t[subject.verb].start;
  // "Britons who want a taste of France": a restrictive relative takes a verb of speech only.
  if (!speech && /^who$/i.test(phrase.text) && tokenAt(t, phrase.from - 1)?.text !== ',') return null;
  // "He’s predicting": the contraction's verb belongs to the cue.
  if (adjacent && phrase.to === subject.k + 1 && phrase.end < t[subject.k].end) cueStart = phrase.end;
  // The whole phrase: "Sen. Lindsey Graham (R-SC)", "Graham, a former candidate,", "the American Legion".
  if (adjacent && phrase.to <= c) phrase = widenSubject(spanned(phrase, t, phrase.from, subjectEnd + 1, prose), t, prose);
  else if (phrase.from > c) phrase = widenInverted(phrase, t, prose);
  if (phrase.kind === 'pronoun' && phrase.name === 'it' && !/^(said|says|added|announced|stated)$/.test(w) && !(t[last + 1]?.text === ':' && phrase.to <= c) && !(itReports(t, c, w) && !inside && itOpensClause(t, phrase.from)) && !isQuoteClose(tokenAt(t, phrase.from - 1)) && tokenAt(t, phrase.from - 1)?.text !== ',') return null;
  if (phrase.kind === 'pronoun' && phrase.name === 'you') return null;
  // ("Of the 12 regions, 11 showed stronger growth": a bare count speaks only through a verb of saying)
  if (/^(?:at (?:least|most) )?\d[\d,]*$/.test(phrase.text) && !/^(said|say|says|told)$/.test(w)) return null;
  if (phrase.to <= c) {
    const before = tokenAt(t, phrase.from - 1)?.lower ?? '';
    // ("Bribery allegations against Gautam Adani have highlighted …", "The case against Trump claimed":
    // a name after "against" is what the subject is about, not the subject)
    // ("Alongside BLM calls for action, even a top GOP strategist said": a preposition's object, its
    // verb no report; but "despite Mr Flight's allies saying they had …" reports what they said)
    if (/^(against|versus|vs)$/.test(before) || (!w.endsWith('ing') && (OBJECT_OF.test(before) || OBJECT_OF.test(t[phrase.from].lower)))) return null;
    // ("its attempt to have the Hunting Act ruled invalid": a causative's object and participle, no report)
    if (w.endsWith('ed') && /^(have|has|had|having|get|gets|got|getting)$/.test(before)) return null;
  }
  // ("With a vote for Trump ruled out, Cross said …": a participle after "with" and its noun is
  // passive, an aside of circumstance; "with officials saying …" still reports)
  if (phrase.to <= c && /ed$/.test(w) && withClause(t, c)) return null;
  // ("Anyone expecting Trump to pivot should remember …", "One pastor supporting Mr. Cruz, Darran
  // Whiting …, said": an -ing form right after its noun, no auxiliary between, qualifies the noun
  // when the clause's own verb comes later)
  // (a verb of saying before its clause, or after a document, still reports: "a press release saying
  // his group was interested", "in the wake of a new poll showing Trump down, told")
  if (w.endsWith('ing') && adjacent && cueStart === tok.start && phrase.kind !== 'pronoun' && phrase.to <= c && !withClause(t, c) && !(SAYING_ING.test(w) && (clauseAfter(t, c + 1) || phrase.kind === 'document')) && clauseVerbAfter(t, c)) return null;
  if (SHOWING.test(w) && EVENT_HEADS.has(headWordOf(t, phrase, c))) return null;
  const { content, kind, cueEnd } = contentOf(scan, c, last, phrase);
  return { phrase, cue: { start: cueStart, end: cueEnd, text: prose.slice(cueStart, cueEnd) }, content, kind };
}

/** Prepositions whose object is no subject of a finite cue after it: "Alongside BLM calls for action". */
const OBJECT_OF = /^(alongside|amid|despite|beside|besides|unlike)$/;


/** Auxiliaries that open a clause's own verb phrase after a qualifying participle. */
const FINITE_AFTER = /^(did|does|do|was|were|is|are|has|have|had|will|would|could|should|may|might|must|can)$/;

/** Whether a poll's margin starts at i: a figure ("55%-41%", "2-1"), or "a … margin" within five words. */
function marginAt(t: Token[], i: number): boolean {
  if (t[i]?.kind === 'number') return true;
  for (let k = i; k < t.length && k - i < 5; k++) if (t[k].lower === 'margin' || t[k].lower === 'margins') return true;
  return false;
}

/** Whether "unable to" or "not able to" comes before the verb at c, past an adverb. */
function unableTo(t: Token[], c: number): boolean {
  let i = c - 1;
  if (i >= 0 && isAdverb(t[i].text)) i--;
  if (tokenAt(t, i)?.lower !== 'to') return false;
  const adjective = tokenAt(t, i - 1)?.lower;
  return adjective === 'unable' || (adjective === 'able' && /^(not|never)$/.test(tokenAt(t, i - 2)?.lower ?? ''));
}
