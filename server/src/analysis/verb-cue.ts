// A reporting or stance verb read as a cue: "Hegseth wrote", "he has said", "…,” said Hegseth",
// "The pact, he said, will …". Finds the verb's subject (the source) on either side and the part
// of the sentence that is theirs (the content).
//
// Each step is a function of its own: V8 optimises a small function soon and cheaply, and a rare
// branch taken late throws away only its own step's machine code. As one 300-line function this
// was optimised two thirds into a CLI sweep, after 130 ms of compiling, and thrown away twice.
import type { Found } from './attribution';
import { chainAfterConjunction, chainSubject, clauseSubject, MEANS, closesInvertedQuote, isAdverb, isQuoteClose, NOUN_LIKE_CUES, objectAt, opensComplement, particleAfter, takesObject, timeAfter, toInfinitiveAt } from './attribution-grammar';
import { headlineVerb } from './headline-case';
import { coordinatedWith, newClauseAt, relativeReport } from './clause-boundaries';
import { passiveAt } from './attribution-forms';
import { allegedInList, claimIsNotAssertion } from './claim-sense';
import { reportsHere } from './reports-here';
import { DIRECTING, itOpensClause, itReports, namingAt, PARTICIPIAL, PARTICLE, SPEECH, STANCE, TRANSITIVE } from './cue-words';
import { attributive, progressiveOfSpeech, reducedRelativeOfThing, withClause } from './participles';
import { isPastTense, STOPWORDS, TIME_WORDS } from './lexicon';
import { startsUpper } from './letters';
import { copyPhrase, firstWordIndex, phraseEndingAt, type Phrase } from './mentions';
import { phraseStartingAt } from './phrase-start';
import type { SentenceScan } from './sentence-scan';
import { nounPhraseEndingAt, nounPhraseStartingAt, spanned, widenSubject } from './source-extent';
import { widenInverted } from './source-after-cue';
import { PLACE_PREPOSITION, subjectPastCommas, subjectPastDashes } from './subject-asides';
import { invertedSource, laterSpeech, mayInvertAfterComma } from './later-speech';
import { contentOf } from './cue-content';
import { deedNotReport } from './deeds';
import { isNounAt } from './noun-readings';
import { documentSubject } from './document-subject';
import { RELATIVE_PRONOUN } from './name-types';
import { subjectEndingAt } from './subject-tails';
import { tokenAt } from './token-at';
import { afterAside, leftOfCue, nounCueHasSubject, quotedInAside } from './cue-left';
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

/** Verbs of perception and offer that after "to" name an act, not a report ("went to see", "tried to find"). */
const PERCEPTION = /^(see|sees|seeing|find|finds|finding|know|knows|knowing|understand|assume|appear|appears|seem|seems|offer|offers|defend|request|write|challenge|thank|raise|ask|tell|prove|demonstrate)$/;
const SEEMING = /^(seem|seems|seemed|seeming|appear|appears|appeared|appearing)$/;
/** Stance verbs that may take only an object: "wants more funding", "preferred Clinton". */
const WANTING = /^(want|wants|wanted|prefer|prefers|preferred)$/;
/** Verbs whose first noun phrase after them is the person addressed or judged: never their source, but after a quote. */
const PERSON_OBJECT = /^(told|tells|tell|informed|informs|assured|assures|reminded|reminds|urged|urges|asked|asks|accused|accuses|blamed|blames|criticised|criticized|criticises|criticizes|praised|praises|thanked|thanks|congratulated|congratulates|condemned|condemns)$/;
/** Whether token k closes a quote, or is the comma right after one ("…,” told …", "…", told …). */
const quoteCloses = (t: Token[], k: number): boolean => k >= 0 && (isQuoteClose(t[k]) || (t[k].text === ',' && k > 0 && isQuoteClose(t[k - 1])));
/** Adverbs after a verb of speech that belong to its cue: "said repeatedly", "wrote recently", "added again". */
const TRAILING_ADVERB = /^(repeatedly|recently|again|publicly|privately|later|explicitly|openly|flatly|bluntly|angrily|sarcastically|forcefully|firmly|falsely|frequently)$/;
/** Verbs whose negation leaves a claim unconfirmed (hedges.ts), not reported. */
const NOT_REPORTED = /^(confirm|confirms|confirmed|verify|verified|corroborate|corroborated|comment|commented|deny|denied|know|knew|knows|see|saw|sees|seen|understand|understood|understands|find|found|finds)$/;

const POSSESSIVE_END = /['’]s$/;
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
  // "raised the bar", "backed down", "posted an overwhelming victory", "feeling the pinch": deeds, not stances or posts
  if (deedNotReport(t, c, w)) return null;
  // "claimed her seventh title": won, not said
  if (w.startsWith('claim') && claimIsNotAssertion(t, c)) return null;
  if (w === 'alleged' && allegedInList(t, c)) return null;
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
  if (by < t.length && t[by].lower === 'by' && !MEANS.has(tokenAt(t, by + 1)?.lower ?? '') && !(SAYING_ING.test(tokenAt(t, by + 1)?.lower ?? '') || /^(telling|pointing|calling|asking|accusing|denying|questioning)$/.test(tokenAt(t, by + 1)?.lower ?? '')) && !(tokenAt(t, by + 1)?.lower === 'the' && tokenAt(t, by + 2)?.lower === 'time')) {
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

interface Subject {
  phrase: Phrase;
  /** Whether the phrase ends right before the cue (or its bracket or asides): the subject span runs to subjectEnd. */
  adjacent: boolean;
  subjectEnd: number;
  /** The first verb of a chain the cue ends ("is expected to endorse"), which starts the cue; else -1. */
  verb: number;
  /** Where the words before the cue end, past a bracketed party or age ("Gov. John Kasich (R-OH) said"). */
  k: number;
}

/** The cue's subject: before it, past asides; the subject of a verb it is coordinated with; or after it, inverted. */
function subjectOf(scan: SentenceScan, c: number, last: number, k: number, timeEnd: number, speaking: boolean, speech: boolean, coordinated: Found | undefined, document: Phrase | null): Subject | null {
  const { t, prose, vague } = scan;
  // ("Sen. Jack Reed (D-R.I.), said …": a party bracket and a stray comma)
  if (tokenAt(t, k)?.text === ',' && tokenAt(t, k - 1)?.text === ')') {
    let j = k - 1;
    while (j > 0 && t[j].text !== '(' && k - j < 8) j--;
    // (or a person's nickname: "Md Abu Shadik ( Kayem), has alleged"; an acronym names the body of an aside: "…, Welsh secretary of the British Medical Association (BMA), welcomed")
    if (t[j].text === '(' && (/^[RDI](?:-|$)/.test(t[j + 1]?.text ?? '') || (k - j === 3 && startsUpper(tokenAt(t, j - 1)?.text ?? '') && /^\p{Lu}\p{Ll}+$/u.test(t[j + 1].text)))) k--;
  }
  // "Gov. John Kasich (R-OH) said": skip a bracketed party or age.
  let subjectEnd = document ? document.to - 1 : k;
  // ("Sen. Chris Murphy (a Connecticut Democrat so boyish he has been mistaken for a staffer) says": a longer aside that describes the name)
  if (tokenAt(t, k)?.text === ')') {
    let j = k;
    while (j > 0 && t[j].text !== '(' && k - j < 25) j--;
    if (t[j].text === '(' && (k - j < 8 || /^(a|an|the|who|whose)$/i.test(t[j + 1]?.text ?? ''))) k = j - 1;
  }
  let phrase = document ?? (k >= 0 ? subjectEndingAt(t, k, prose, vague, speech) ?? (speech ? nounPhraseEndingAt(t, k, prose) : null) : null);
  // ("none of the constitutional scholars I interviewed this week thought …": the noun before a
  // relative clause without its "that", whose subject is a pronoun)
  if (!phrase && k >= 3 && /^(i|we|he|she|they|you)$/.test(t[k - 1].lower) && /^[a-z]+ed$/.test(t[k].text) && t[k - 2].kind === 'word' && /^[a-z]+s$/.test(t[k - 2].text)) {
    phrase = subjectEndingAt(t, k - 2, prose, vague, speech) ?? nounPhraseEndingAt(t, k - 2, prose);
  }
  let adjacent = !!phrase;
  // "The senator emailed supporters saying …", "the DNC issued a statement apologizing …": after an
  // object, an -ing verb hangs on the subject of its clause
  if (phrase && phrase.kind !== 'pronoun' && objectAt(t, phrase.from, c)) {
    phrase = clauseSubject(t, phrase.from, prose);
    adjacent = false;
  }
  // "Jaishankar, sharing a photo …, said", "Clinton, 35, the daughter of …, said": the name the
  // asides describe; "Jason Sims — a teacher from Mount Pleasant — says": an aside between dashes
  // ("…, such as the New Deal, that the economy grew, claimed Mr Brown": the source after the verb)
  if (!phrase && tokenAt(t, k)?.text === ',' && !isQuoteClose(t[k - 1]) && !(k === c - 1 && mayInvertAfterComma(t, k, c) && invertedSource(t, c, prose))) {
    ({ phrase, adjacent } = subjectPastCommas(t, k, prose, vague));
    subjectEnd = k - 1;
  }
  // ("Mr. Manafort, citing ''the unique magic of Trump,'' said …", "Hemsley, the co-author of "Going
  // Viral," said …": an aside that ends in a quoted phrase, its comma inside the quote; "Abid Azam,
  // editor of the organization ‘Kaler Kolosh’, said": the comma outside it, though not where the
  // source follows the verb: "… a "welfare state …", said Mr Brown")
  if (!phrase) {
    let open = -1;
    let end = k;
    if (isQuoteClose(t[k])) {
      // (two apostrophes for a double mark close it too: "Trump,''")
      const close = t[k - 1]?.kind === 'quote' && t[k - 1].end === t[k].start ? k - 1 : k;
      if (t[close - 1]?.text === ',') open = quotedInAside(t, close);
    } else if (t[k]?.text === ',' && isQuoteClose(t[k - 1]) && !invertedSource(t, c, prose)) {
      open = quotedInAside(t, k - 1);
      end = k - 1;
    } else if (t[k]?.text === ',') {
      // ("Hemsley, the co-author of "Going Viral," about the rapid spread of information, said": the
      // quoted title's phrase goes on after it)
      let q = k - 1;
      while (q > 0 && k - q < 12 && t[q].kind === 'word' && /^[a-z]/.test(t[q].text)) q--;
      if (q < k - 2 && isQuoteClose(t[q]) && QUOTE_TAIL.has(t[q + 1].lower)) {
        const close = t[q - 1]?.kind === 'quote' && t[q - 1].end === t[q].start ? q - 1 : q;
        if (t[close - 1]?.text === ',') open = quotedInAside(t, close);
        end = k - 1;
      }
    }
    if (open > 0) {
      ({ phrase, adjacent } = subjectPastCommas(t, open, prose, vague));
      if (phrase) subjectEnd = end;
    }
  }
  const dashed = !phrase ? subjectPastDashes(t, k, prose, vague, speech) : null;
  if (dashed) {
    phrase = dashed.phrase;
    subjectEnd = dashed.subjectEnd;
    adjacent = true;
  }
  // "Trump spoke to Modi and claimed …": the subject of the first verb.
  if (!phrase && coordinated) phrase = coordinated.phrase;
  // (a verb of speech only: "… but appear to be organized" has no speaker)
  if (!phrase && /^(and|but)$/i.test(tokenAt(t, k)?.text ?? '')) {
    phrase = coordinatedSubject(t, c, k, speaking, prose);
    // ("The IMF said that the authorities' initial estimates have put …, but added that …": a subject
    // inside what an earlier cue reported is that clause's; the verb goes with the reporter)
    if (phrase && !RELATIVE_PRONOUN.test(phrase.text)) {
      for (let i = scan.found.length - 1; i >= 0; i--) {
        const f = scan.found[i];
        if (!f.content || f.kind !== 'indirect' || !SAYS_VERB.test(prose.slice(f.cue.start, f.cue.end)) || f.cue.end > f.content.start || f.content.start > phrase.start || f.content.end > t[k].start || f.content.end < phrase.end) continue;
        if (f.phrase.kind !== 'pronoun') phrase = f.phrase;
        break;
      }
    }
  }
  // Inverted after a quote: "…,” said Hegseth.
  // (not a time or channel: "…,” Jeff Weaver, X, said in a statement")
  // (never an -ing form: "…, commending Bangladeshi voters for …" has its object after it)
  // (after a verb that takes a person as its object, only right after a quote: in "Barbara Follett,
  // one of …, told researchers:" and "David Bell, accused some Islamic schools of …" it is the object)
  // (nor a complementizer: "Bangladesh Labour Party, has confirmed that its chairman …")
  // (nor a bare verb opening the sentence, an imperative: "Now consider the possibility that Perry …")
  if (!phrase && (k < 0 || t[k].text === ',' || isQuoteClose(t[k])) && (t[k]?.text !== ',' || quoteCloses(t, k) || mayInvertAfterComma(t, k, c)) && !t[c].lower.endsWith('ing') && !(k < 0 && !isPastTense(t[c].lower) && !t[c].lower.endsWith('s')) && t[last + 1]?.lower !== 'that' && !PLACE_PREPOSITION.has(t[last + 1]?.lower ?? '') && !/^(on|during|by|with|to|for)$/.test(t[last + 1]?.lower ?? '') && !(PERSON_OBJECT.test(t[c].lower) && !quoteCloses(t, k))) {
    phrase = phraseStartingAt(t, last + 1, prose, vague) ?? (speech ? nounPhraseStartingAt(t, last + 1, prose) : null);
    // ("… earlier revealed Malti's face on Instagram": a possessive before its noun owns the object)
    // (right after a quote the possessive opens the speaker: "…,” said Clinton’s aide Jake Sullivan.")
    // ("said David Wyss of Moody's in New York": a firm's name in the possessive, a preposition after it)
    if (phrase && POSSESSIVE_END.test(t[phrase.to - 1].text) && t[phrase.to]?.kind === 'word' && !STOPWORDS.has(t[phrase.to].lower)) phrase = quoteCloses(t, k) ? ownedSpeaker(t, phrase, prose, vague) : null;
    // ("…, said it was cutting production": a pronoun before its verb is the reported clause's
    // subject, and the cue's own subject is the clause's: "Ford which posted a drop in sales, said it
    // …"; failing one the pronoun stays, as it mostly stands for the speaker: "…, Claudia Rosencrantz, said she had …")
    if (phrase?.kind === 'pronoun' && t[phrase.to]?.kind === 'word' && k > 0) phrase = clauseSubject(t, c, prose) ?? phrase;
  }
  // ("… that have educational elements said Mr Owen.": a person's name closing the sentence after a
  // verb of speech is its speaker, though copy lost the comma before the verb)
  // (and not a common noun's: "… a great success in every district said Anna Smith.")
  if ((!phrase || (adjacent && phrase.kind !== 'pronoun' && !startsUpper(phrase.text))) && speech && k >= 4 && t[k].kind === 'word' && INVERTED_SPEECH.test(t[c].lower) && last === c) {
    const named = startsUpper(t[c + 1]?.text ?? '') ? phraseStartingAt(t, c + 1, prose, vague) : null;
    if (named && named.kind === 'name' && named.type === 'person' && named.from === c + 1 && (named.role || named.name.includes(' ')) && (named.to === t.length || (named.to === t.length - 1 && t[named.to].text === '.'))) {
      phrase = named;
      subjectEnd = k;
    }
  }
  // ("…,” shop owner Hayriye Evren, told Associated Press", "David Bell, accused some schools": a
  // stray comma after the name before a verb whose object follows it)
  if (!phrase && t[k]?.text === ',' && PERSON_OBJECT.test(t[c].lower)) {
    const named = phraseEndingAt(t, k - 1, prose, vague);
    if (named && named.kind === 'name' && (named.type === 'person' || named.type === 'organization')) {
      phrase = named;
      subjectEnd = k - 1;
      adjacent = true;
    }
  }
  // "The report published Tuesday showed": a document and the participle that dates it.
  if (!phrase && k > 0 && /^(published|released|issued|conducted|filed|compiled|taken)$/.test(t[k].lower)) {
    let doc = phraseEndingAt(t, k - 1, prose, vague);
    // ("A CNN/ORC poll of South Carolina released on Tuesday showed": the document before "of" and what it covers)
    if (doc && doc.type !== 'document' && tokenAt(t, doc.from - 1)?.lower === 'of' && doc.from >= 2) {
      const head = phraseEndingAt(t, doc.from - 2, prose, vague);
      if (head?.type === 'document') doc = spanned(head, t, head.from, doc.to, prose);
    }
    if (doc && doc.type === 'document') return { phrase: doc, adjacent: true, subjectEnd: Math.max(k, timeEnd), verb: -1, k };
  }
  // "The Times is expected to endorse", "Trump wavered in answering": the subject of the verb chain, the chain the cue.
  const chain = !phrase && k > 0 && !PERCEPTION.test(t[c].lower) ? chainSubject(t, k, prose) : null;
  if (chain) return { phrase: chain.phrase, adjacent: true, subjectEnd: chain.phrase.to - 1, verb: chain.verb, k };
  // ("Trump joked that …, but went on to say": the subject of the clause the chain is joined to)
  // (only before what is said: not "went on to write and produce seven seasons")
  const joined = !phrase && speaking && k > 0 && (t[c + 1]?.kind === 'quote' || /^(that|,|:)$/.test(t[c + 1]?.text ?? '')) ? chainAfterConjunction(t, k) : -1;
  const joinedSubject = joined > 0 ? coordinatedSubject(t, joined, joined - 1, true, prose) : null;
  if (joinedSubject) return { phrase: joinedSubject, adjacent: false, subjectEnd, verb: joined, k };
  return phrase ? { phrase, adjacent, subjectEnd, verb: -1, k } : null;
}

/** Prepositions whose object is no subject of a finite cue after it: "Alongside BLM calls for action". */
const OBJECT_OF = /^(alongside|amid|despite|beside|besides|unlike)$/;
/** Prepositions that go on with a quoted title in an aside: "the co-author of "Going Viral," about …,". */
const QUOTE_TAIL = new Set(['about', 'on', 'of', 'for', 'in', 'from', 'with', 'at']);
const INVERTED_SPEECH = /^(said|says|added|claimed|argued|insisted|explained|noted)$/;
/** A cue of plain saying, whose that-clause the next verb after "but" or "and" does not continue. */
const SAYS_VERB = /\b(said|says|told|tells|stated|added|announced|noted|warned|claimed|insisted|argued|explained|acknowledged|admitted|described)\b/;

/** The speaker a possessive opens ("Clinton’s aide Jake Sullivan"), spanning both; null when no speaker follows it. */
function ownedSpeaker(t: Token[], owner: Phrase, prose: string, vague: Set<string> | undefined): Phrase | null {
  const owned = phraseStartingAt(t, owner.to, prose, vague);
  return owned && owned.kind !== 'pronoun' ? copyPhrase(owned, { from: owner.from, start: owner.start, text: prose.slice(owner.start, owned.end) }) : null;
}

/**
 * "Ali converted to Islam and refused to fight", "Trump said …, but agreed that …": a cue after "and"
 * or "but" with no subject of its own hangs on its clause's subject. A verb of speech always; a
 * stance verb when finite and followed by a clause, an infinitive or, for verbs that take one, an
 * object, as after its own subject the first two words of a noun phrase would do ("signed to a label
 * and released her first single", "employed several lobs and charged to the net": deeds). Not after
 * a form of "be", where it is a passive participle ("which is its only ally and considered the only
 * country …"); "seemed" and "appeared" there only say how something looked.
 */
function coordinatedSubject(t: Token[], c: number, k: number, speaking: boolean, prose: string): Phrase | null {
  const w = t[c].lower;
  if (!speaking && (!isPastTense(w) || w === 'seemed' || w === 'appeared' || !(clauseOrInfinitive(t, c + 1) || (t[c].info.cue & TRANSITIVE && takesObject(t, c + 1))))) return null;
  const p = clauseSubject(t, k + 1, prose, /^[a-z]+[^su]s$/.test(w));
  if (!p || speaking) return p;
  let n = p.to;
  while (n < k && isAdverb(t[n].text)) n++;
  return /^(is|are|was|were|be|been)$/i.test(t[n]?.text ?? '') ? null : p;
}

const CLAUSE_OPENER = /^(that|whether|if|how|why|what|when)$/;
const NOT_INFINITIVE = /^(the|a|an|his|her|their|its|our|my|this|that|these|those|him|them|me|us|court|date)$/;
/** Whether a clause, a quote or an infinitive starts at token i: "that …", "to fight", not "to the net". */
function clauseOrInfinitive(t: Token[], i: number): boolean {
  while (i < t.length && t[i].kind === 'word' && isAdverb(t[i].text)) i++;
  const x = t[i];
  if (!x) return false;
  if (x.kind === 'quote' || x.text === ':' || CLAUSE_OPENER.test(x.lower)) return true;
  const v = t[i + 1];
  return x.lower === 'to' && !!v && v.kind === 'word' && /^[a-z]+$/.test(v.text) && !NOT_INFINITIVE.test(v.text);
}

/** Auxiliaries that open a clause's own verb phrase after a qualifying participle. */
const FINITE_AFTER = /^(did|does|do|was|were|is|are|has|have|had|will|would|could|should|may|might|must|can)$/;

/** Whether "unable to" or "not able to" comes before the verb at c, past an adverb. */
function unableTo(t: Token[], c: number): boolean {
  let i = c - 1;
  if (i >= 0 && isAdverb(t[i].text)) i--;
  if (tokenAt(t, i)?.lower !== 'to') return false;
  const adjective = tokenAt(t, i - 1)?.lower;
  return adjective === 'unable' || (adjective === 'able' && /^(not|never)$/.test(tokenAt(t, i - 2)?.lower ?? ''));
}
