// Grammar helpers for reading attributions inside one sentence: the subject a cue hangs on, what may
// stand between a source and its cue, whether a stance verb opens a complement, and span edges.
import { CUE_ADVERBS, CUE_PARTICLES, CUE_VERBS, EVENT_VERBS, FINITE_AUXILIARIES, IRREGULAR_PARTICIPLES, IRREGULAR_PAST, isPastTense, MONTHS, STOPWORDS, TIME_WORDS, WEEKDAYS } from './lexicon';
import { startsUpper } from './letters';
import { copyPhrase, firstWordIndex, phraseEndingAt, type Phrase } from './mentions';
import { phraseStartingAt } from './phrase-start';
import type { Span, Token } from './types';
import { tokenAt } from './token-at';
import { isNegatedAuxiliary } from './negation';
import { estimateComparedWith } from './estimate-nouns';

export const PREPOSITIONS = new Set('to for of in on at with from by about into over as and or but than'.split(' '));

/** The "(" that the ")" at k closes within a few tokens, or k + 1 when there is none (so nothing ends before it). */
function bracketOpen(t: Token[], k: number): number {
  for (let j = k - 1; j > 0 && k - j < 6; j--) if (t[j].text === '(') return j;
  return k + 1;
}

/** Whether "last week", "this morning", "next month" starts at i: a time after a subject. */
const relativePeriodAt = (t: Token[], i: number): boolean => /^(last|this|next)$/.test(tokenAt(t, i)?.lower ?? '') && /^(week|month|year|weekend|night|morning)$/.test(tokenAt(t, i + 1)?.lower ?? '');

/** The subject of the clause a participle hangs on: nearest name, pronoun or group followed by a verb. */
export function clauseSubject(t: Token[], c: number, prose: string, presentTense = false): Phrase | null {
  for (let k = c - 2; k >= 0; k--) {
    const next = t[k + 1];
    let n = k + 1;
    while (n < c && t[n].kind === 'word' && isAdverb(t[n].text)) n++;
    const verb = t[n];
    if (!verb || verb.kind !== 'word' || !(looksLikeVerb(verb.text) || (n > k + 1 && IRREGULAR_PARTICIPLES.has(verb.lower)))) continue;
    if (next.kind !== 'word' && next !== verb) continue;
    if (/[’']s$/.test(t[k].text)) continue;
    // ("Mr Howard last week said …, but admitted", "The Council of Advisers today adopted …,
    // expressing": the subject ends before its time)
    const timeFrom = TIME_WORDS.test(t[k].text) ? k : relativePeriodAt(t, k - 1) ? k - 1 : -1;
    if (timeFrom >= 0) {
      const subject = timeFrom > 0 && t[timeFrom - 1].kind === 'word' ? phraseEndingAt(t, timeFrom - 1, prose) : null;
      if (subject && subject.kind !== 'pronoun' && !(CUE_VERBS.has(tokenAt(t, subject.from - 1)?.lower ?? '') || tokenAt(t, subject.from - 1)?.lower === 'that')) return subject.kind === 'name' ? copyPhrase(subject, { name: subject.name.replace(/^the\s+/i, '') }) : subject;
      continue;
    }
    // (a plain form after "a" and a word is a noun, as a singular subject's verb would end in -s or
    // be past: "struck a sober note on Friday, saying" is the subject's, not "a sober" noting)
    if (n === k + 1 && /^an?$/.test(tokenAt(t, k - 1)?.lower ?? '') && !/(?:s|ing)$/.test(verb.lower) && !isPastTense(verb.lower)) continue;
    // (not the figures a comparison names: "Reuters beat profit forecasts, posting …")
    if (estimateComparedWith(t, n)) continue;
    // (past a party bracket: "Mitch McConnell (R-Ky.) issued a statement saying")
    const p = phraseEndingAt(t, t[k].text === ')' ? bracketOpen(t, k) - 1 : k, prose);
    // (nor a phrase that runs over a negated auxiliary: "Weaver didn't seem", where "Weaver" is the subject)
    if (p && hasNegatedAuxiliary(t, p.from, p.to)) continue;
    // (nor a preposition's object that a participle qualifies: "met relatives of the 49 people killed on Thursday and said")
    if (p && n === k + 1 && /^[a-z]+ed$/.test(verb.text) && /^(of|for|with|from|among)$/.test(tokenAt(t, p.from - 1)?.lower ?? '') && PARTICIPLE_TAIL.test(tokenAt(t, n + 1)?.lower ?? '')) continue;
    // (not the subject of what a verb of speech reports: "Trump said the year had begun well, adding")
    if (p && !(CUE_VERBS.has(tokenAt(t, p.from - 1)?.lower ?? '') || tokenAt(t, p.from - 1)?.lower === 'that')) return p;
  }
  // Fall back to the sentence's subject: "He shook hands … and asked", "Rubio flipped … – saying"
  // (after a dateline: "WASHINGTON — Clinton has taken a swipe at …, saying")
  // (past a connective and its comma: "However, DEC has no connection … and says")
  let first = datelineEnd(t);
  if (/^(however|meanwhile|instead|still|now|yet|but|and|so|indeed|separately)$/i.test(t[first]?.text ?? '') && t[first + 1]?.text === ',') first += 2;
  for (let k = first; k < Math.min(c - 1, first + 8); k++) {
    let n = k + 1;
    // "Mr Blair on Sunday dismissed …"
    if (t[n]?.lower === 'on' && TIME_WORDS.test(t[n + 1]?.text ?? '')) n += 2;
    else if (TIME_WORDS.test(t[n]?.text ?? '')) n++;
    // ("Mr Howard last week said")
    else if (relativePeriodAt(t, n)) n += 2;
    // ("Wealth-X keeps its finances a secret but says …": a verb in -s, for a cue in -s after it)
    if (!looksLikeVerb(t[n]?.text ?? '') && !isAdverb(t[n]?.text ?? '') && !(presentTense && /^[a-z]+[^su]s$/.test(t[n]?.text ?? '') && !PREPOSITIONS.has(t[n + 1]?.lower ?? ''))) continue;
    if (estimateComparedWith(t, n)) continue;
    // (past a party bracket: "Mitch McConnell (R-Ky.) issued a statement saying")
    const p = phraseEndingAt(t, t[k].text === ')' ? bracketOpen(t, k) - 1 : k, prose);
    if (p && p.from === first) return p;
  }
  // "Huma Abedin, vice chairwoman for …, emailed supporters …, telling them": past an appositive.
  // ("Other Republican candidates, including …, have followed …, saying": a group read back from its comma)
  let p = phraseStartingAt(t, first, prose);
  if (!p || t[p.to]?.text !== ',') {
    let j = first;
    while (j < t.length && j - first < 6 && t[j].kind === 'word') j++;
    const q = t[j]?.text === ',' && j > first ? phraseEndingAt(t, j - 1, prose) : null;
    p = q && q.from === first ? q : p;
  }
  if (!p || p.kind === 'document' || t[p.to]?.text !== ',') return null;
  let n = p.to + 1;
  while (n < c && n - p.to < 20 && t[n].text !== ',') n++;
  n++;
  while (n < c && isAdverb(t[n].text)) n++;
  return n < c && (looksLikeVerb(t[n].text) || (presentTense && /^[a-z]+[^su]s$/.test(t[n].text))) ? p : null;
}

/** The first word after a dateline that opens the sentence ("WASHINGTON —", "Washington (AFP) –"), else the first word. */
function datelineEnd(t: Token[]): number {
  const first = firstWordIndex(t);
  for (let i = first; i < t.length && i - first < 8; i++) {
    const x = t[i];
    if ((x.text === '—' || x.text === '–' || x.text === '-') && i > first && x.start > t[i - 1].end) return i + 1 < t.length ? i + 1 : first;
    if (!(x.kind === 'word' ? /^\p{Lu}/u.test(x.text) : /^[(),.]$/.test(x.text))) return first;
  }
  return first;
}

const CAUSATIVE = /^(led|leads|lead|leading|caused|causes|cause|prompted|prompts|prompting|forced|forces|pushed|pushes|drove|drives|encouraged|encourages|inspired|inspires|persuaded|convinced)$/;
const PERMISSION = new Set(['free', 'allowed', 'permitted', 'entitled', 'welcome', 'eligible', 'obliged', 'required', 'barred', 'forbidden', 'reluctant']);
const CHAIN_FILLER = /^(on|not|no|longer|to|then|also|still|now|even|again|soon|first|never|ever|just|only|yet|likely|unlikely|about|due|able|set|sure|ready|going|poised|forced|quick|keen|eager|happy|willing|unwilling)$/;
const SAYING_AFTER_TO = /^(say|tell|announce|insist|warn|claim|argue|suggest|deny|confirm|describe|point|comment|reveal|disclose|declare|state|stress|accuse|criticise|criticize|condemn|blast|denounce|urge|explain|report|add|note|repeat|reiterate|express|voice|bemoan|attack)$/;
const CHAIN_BREAK = new Set(['when', 'where', 'that', 'which', 'who', 'because', 'if', 'whether', 'while', 'although', 'unless', 'and', 'or', 'but']);
const CHAIN_VERBS = /^(goes|go|going|went|gone|comes|come|came|tries|tried|try|seeks|sought|began|begins|begun|continues|continued|continue|decided|decides|plans|planned|wants|wanted|hopes|hoped|used|took|takes|appears|appeared|seems|seemed|is|are|was|were|be|been|will|would|could|can|may|might|should|must|has|have|had|did|does|do|expected|likely|set|about|sure|able|ready|wavered|struggled|refused|declined|agreed|tend|tends|tended)$/;

/**
 * "The New York Times is expected to endorse", "The email goes on to say", "Trump wavered in
 * answering": a cue after "to", "by" or "in" hangs on the verb chain before it. Returns the chain's
 * subject and first verb, or null when the words before it are not a verb chain.
 */
export function chainSubject(t: Token[], k: number, prose: string): { phrase: Phrase; verb: number } | null {
  if (!/^(to|by|in)$/.test(t[k]?.lower ?? '')) return null;
  // (a gerund after "by" or "in" hangs on the verb right before it, "wavered in answering"; not on one
  // further back, "was to win power via the back door by hinting")
  const reach = t[k].lower === 'to' ? 8 : 2;
  for (let j = k - 1; j > 0 && k - j <= reach; j--) {
    // (a clause opens between: "elections are the one time when elites have to worry about")
    if (t[j].kind !== 'word' || CHAIN_BREAK.has(t[j].lower)) return null;
    // ("Mr. Trump is free to disclose his returns", "is not allowed to say": what one may do, not what one said)
    if (PERMISSION.has(t[j].lower)) return null;
    if (!CHAIN_VERBS.test(t[j].lower) && !looksLikeVerb(t[j].text)) {
      // (only adverbs and particles inside a chain: "went on to warn", "is still to announce"; not
      // "will meet to decide", "came despite an EU demand for Turkey to recognise")
      // (a verb of saying after "to" still reports through them: "used a speech to say", "were at pains to point out")
      if (t[k].lower === 'to' && !CHAIN_FILLER.test(t[j].lower) && !isAdverb(t[j].text) && !CAUSATIVE.test(tokenAt(t, j - 1)?.lower ?? '') && !SAYING_AFTER_TO.test(tokenAt(t, k + 1)?.lower ?? '')) return null;
      continue;
    }
    // ("The timing of the debate led Republicans to say …", "has caused many to wonder": a causative's object speaks)
    if (CAUSATIVE.test(t[j].lower) && j < k - 1 && t[k].lower === 'to') {
      const object = phraseEndingAt(t, k - 1, prose);
      if (object && object.from === j + 1 && object.kind !== 'document') return { phrase: object, verb: k };
    }
    // ("…, Sanders said, going on to say that …": a participle's chain after a comma is its clause subject's)
    if (t[j - 1].text === ',' && /^[a-z]+ing$/.test(t[j].text)) {
      const subject = clauseSubject(t, j, prose);
      return subject ? { phrase: subject, verb: j } : null;
    }
    const p = phraseEndingAt(t, j - 1, prose);
    // (a document's own chain only when it seems to report: "a recent review of her emails seems to show")
    if (p) return p.kind === 'document' && p.type === 'document' && !/^(seems?|seemed|appears?|appeared)$/.test(t[j].lower) && !/^(email|letter|statement|reports?|ad|video|memo|study|studies|polls?|surveys?|data|figures|records|results)$/i.test(p.name) ? null : { phrase: p, verb: j };
  }
  return null;
}

/**
 * "…, but went on to say": the first verb of a chain that "and" or "but" joins to an earlier clause,
 * ending at the "to" at k; -1 when none does (its subject is then the earlier clause's).
 */
export function chainAfterConjunction(t: Token[], k: number): number {
  if (t[k]?.lower !== 'to') return -1;
  for (let j = k - 1; j > 0 && k - j <= 4; j--) {
    if (t[j].kind !== 'word') return -1;
    if (/^(and|but)$/i.test(t[j].text)) return j + 1 < k && CHAIN_VERBS.test(t[j + 1].lower) && !/^(is|are|was|were|be|been|will|would|could|can|may|might|should|must|has|have|had|did|does|do)$/.test(t[j + 1].lower) ? j + 1 : -1;
    if (!CHAIN_VERBS.test(t[j].lower) && !CHAIN_FILLER.test(t[j].lower) && !isAdverb(t[j].text)) return -1;
  }
  return -1;
}

const CHANNEL_NOUNS = /^(statement|interview|tweet|post|email|letter|speech|video|op-ed|editorial|release|memo|filing|message|briefing|conference|rally|debate|hearing)$/i;

const RECENT_SPANS = new Set(['days', 'weeks', 'months', 'years']);
/** Tokens of a time or channel phrase ending at k that sit between a source and its cue (0 if none). */
const AGO_SPAN = /^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|few|several|couple|of|less|more|than|about|nearly|almost|just|only|some|(?:day|week|month|year|decade|hour|minute)s?)$/;

/** How many tokens from i make a time, read forwards as timeOrChannelBefore reads backwards: "yesterday", "on Sunday", "on 14 February", "last week"; 0 when none. */
export function timeAfter(t: Token[], i: number): number {
  const w = tokenAt(t, i)?.lower ?? '';
  if (TIME_WORDS.test(w)) return 1;
  const next = tokenAt(t, i + 1);
  if (!next) return 0;
  if ((w === 'last' || w === 'this') && /^(week|month|year|night|morning|afternoon|evening|weekend)$/.test(next.lower)) return 2;
  if (w !== 'on') return 0;
  if (WEEKDAYS.has(next.lower)) return 2;
  const after = tokenAt(t, i + 2);
  if (MONTHS.has(next.lower) && startsUpper(next.text)) return after?.kind === 'number' ? 3 : 2;
  return next.kind === 'number' && after && MONTHS.has(after.lower) && startsUpper(after.text) ? 3 : 0;
}

export function timeOrChannelBefore(t: Token[], k: number): number {
  const w = (i: number) => tokenAt(t, i)?.lower ?? '';
  if (TIME_WORDS.test(w(k))) return w(k - 1) === 'on' ? 2 : 1;
  // ("A Mori poll this summer suggested", "The firm last quarter reported")
  if (/^(week|month|year|night|weekend|summer|winter|spring|autumn|quarter)$/.test(w(k))) {
    if (/^(last|this|next)$/.test(w(k - 1))) return 2;
    // "Reince Priebus, the GOP chairman, this past week announced"
    if (w(k - 1) === 'past' && /^(this|the)$/.test(w(k - 2))) return 3;
  }
  // "A Bloomberg poll in June showed", "an arbitration panel in 2001 found"
  if (MONTHS.has(w(k)) && /^\p{Lu}/u.test(t[k].text) && /^(in|since)$/.test(w(k - 1))) return 2;
  if (t[k]?.kind === 'number' && /^(?:19|20)\d\d$/.test(t[k].text) && w(k - 1) === 'in') return 2;
  // "Beck has in the past described", "Trump at the time said", "Cruz in recent days has attacked"
  if (w(k - 1) === 'the' && ((w(k) === 'past' && w(k - 2) === 'in') || (w(k) === 'time' && w(k - 2) === 'at'))) return 3;
  if (w(k - 1) === 'recent' && w(k - 2) === 'in' && RECENT_SPANS.has(w(k))) return 3;
  // "The State Department less than two weeks ago said", "Trump two days ago told"
  if (w(k) === 'ago') {
    let j = k - 1;
    while (j >= 0 && k - j <= 5 && (AGO_SPAN.test(w(j)) || t[j].kind === 'number')) j--;
    return j < k - 1 ? k - j : 0;
  }
  // "Spicer on Thursday evening said"
  if (/^(morning|afternoon|evening|night)$/.test(w(k)) && TIME_WORDS.test(w(k - 1))) return w(k - 2) === 'on' ? 3 : 2;
  // (lower-case, in one phrase: "in March, the Post said" is no channel)
  if (CHANNEL_NOUNS.test(w(k)) && !/^\p{Lu}/u.test(t[k].text)) {
    for (let j = k - 1; j >= 0 && k - j <= 4 && t[j].kind === 'word'; j--) if (/^(in|on|at|during)$/.test(w(j))) return k - j + 1;
  }
  return 0;
}

export const isAdverb = (word: string): boolean => {
  const w = word.toLowerCase();
  // (a capitalized word in -ly is a name: "Mrs. Schlafly said", "Kelly said")
  // ("Kasich Just Revealed", "Trump Finally Endorses": capitalized in a headline)
  return CUE_ADVERBS.has(w) || word === 'Just' || word === 'Finally' || (/^[a-z]{3,}ly$/.test(w) && !/^\p{Lu}[a-z]/u.test(word) && !/^(only|family|ally|rally|italy|july|reply|supply|apply|fly|belly|bully)$/.test(w));
};

const endsWithLy = (x: Token | undefined): boolean => !!x && x.text.length > 4 && x.text.charCodeAt(x.text.length - 1) === 121 && x.text.charCodeAt(x.text.length - 2) === 108;

/** A clause, quote or infinitive follows: "believes that", "wants to", "thinks the deal". */
export function opensComplement(t: Token[], i: number): boolean {
  const from = i;
  while (i < t.length && t[i].kind === 'word' && CUE_ADVERBS.has(t[i].lower)) i++;
  // ("Researchers hope one day to harness …": a time before the infinitive)
  if (/^(one|some)$/.test(t[i]?.lower ?? '') && t[i + 1]?.lower === 'day' && t[i + 2]?.lower === 'to') return true;
  // ("has proposed temporarily banning …": an adverb in -ly and a gerund)
  if (i === from && endsWithLy(t[i]) && /^[a-z]{3,}ly$/.test(t[i].text) && /^[a-z]{3,}ing$/.test(t[i + 1]?.text ?? '')) return true;
  const next = t[i];
  if (!next) return false;
  if (next.kind === 'quote' || next.text === ':' || (next.text === ',' && t[i + 1]?.kind === 'quote')) return true;
  const w = next.lower;
  return /^(that|to|if|whether|how|what|why|when|who|he|she|they|we|i|it|there|this|these|the|a|an|all|his|her|their|its|our|no|any|every|some)$/.test(w) || /^\p{Lu}/u.test(next.text) || bareSubjectClause(t, i);
}

/** Words after a past participle that make it a noun's modifier rather than its verb: "people killed on Thursday", "those arrested in …". */
const PARTICIPLE_TAIL = /^(on|in|at|by|during|near|since|last|this|yesterday|earlier|outside|inside)$/;

const SINGULAR_PRESENT = new Set(['is', 'has']);
const NOT_A_SUBJECT = new Set('guilty innocent ready likely free sure'.split(' '));
/**
 * The subject of a clause without "that" after the verb at i - 1: a plain noun and a finite verb
 * ("implied immigrants were the ones …", "officials predict costs will keep creeping up", "hinted
 * further reforms could …"). Only where that verb has a subject of its own before it, as a word of
 * the same form is often a noun or an adjective ("appeals court has", "His welcome address had",
 * "BNP's challenging years has"), and not a singular noun with "is" or "has" ("court has told").
 */
function bareSubjectClause(t: Token[], i: number): boolean {
  const noun = t[i];
  const verb = t[i + 1];
  if (!(noun.kind === 'word' && verb?.kind === 'word' && FINITE_AUXILIARIES.has(verb.text) && /^[a-z]{3,}$/.test(noun.text))) return false;
  if (STOPWORDS.has(noun.text) || PREPOSITIONS.has(noun.text) || NOT_A_SUBJECT.has(noun.text) || /(ful|ous|ive|ible|able)$/.test(noun.text) || looksLikeVerb(noun.text)) return false;
  if (SINGULAR_PRESENT.has(verb.text) && !/[^s]s$/.test(noun.text)) return false;
  return verbHasSubject(t, i - 1);
}

const SUBJECT_PRONOUNS = new Set('he she they we i you'.split(' '));
/** Whether the verb at c follows a subject: a pronoun, a name, or a noun that is no adjective or article ("the lord chancellor hinted", "officials predict"). */
function verbHasSubject(t: Token[], c: number): boolean {
  const cue = t[c];
  const before = t[c - 1];
  if (!cue || !before || before.kind !== 'word' || (/ing$/.test(cue.lower) && !/^\p{Lu}/u.test(before.text))) return false;
  if (SUBJECT_PRONOUNS.has(before.lower)) return true;
  if (c - 1 === 0 || STOPWORDS.has(before.lower) || PREPOSITIONS.has(before.lower) || /[’']s$/.test(before.text) || isAdverb(before.text)) return false;
  // a base form after a noun only in the plural ("officials predict"); a past form after any noun
  return /^\p{Lu}/u.test(before.text) || /[^s]s$/.test(before.text) || /ed$|^(knew|felt|thought|saw|found|told|said|wrote)$/.test(cue.lower);
}

export const NOUN_LIKE_CUES = new Set('talks talk comments comment remarks remark notes note states state reports report claims claim posts post calls call shows show plans plan fears fear hopes hope findings supports support views view charges charge answers answer estimates thanks tweets appeal appeals question questions forecast forecasts'.split(' '));

const AUXILIARIES = new Set('has have had is was were are will would can could may might did does do'.split(' '));

export function looksLikeVerb(word: string): boolean {
  const w = word.toLowerCase();
  if (/^\p{Lu}/u.test(word) || PREPOSITIONS.has(w)) return false;
  // ("didn't", "wasn't", "won't": a negated auxiliary)
  return AUXILIARIES.has(w) || CUE_VERBS.has(w) || EVENT_VERBS.has(w) || IRREGULAR_PAST.has(w) || /ed$/.test(w) || isNegatedAuxiliary(w);
}
function hasNegatedAuxiliary(t: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (t[i].kind === 'word' && isNegatedAuxiliary(t[i].lower)) return true;
  return false;
}

export function isQuoteClose(t: Token | undefined): boolean {
  // (“ too, where mixed copy closes with it: "…,“ said Larry Noble")
  return !!t && (t.text === '”' || t.text === '"' || t.text === '’' || t.text === '»' || t.text === "'" || t.text === '“');
}

/** Whether token i closes a quote its comma ends: ",”", ",''" (two apostrophes for a double quote). */
export function closesQuoteAfterComma(t: Token[], i: number): boolean {
  return isQuoteClose(t[i]) && (tokenAt(t, i - 1)?.text === ',' || (isQuoteClose(tokenAt(t, i - 1)) && tokenAt(t, i - 2)?.text === ','));
}

/** "“Denver,” he answered.", "…,” Blackwell continued, “you and I …": a verb closing an inverted quote. */
export function closesInvertedQuote(t: Token[], c: number): boolean {
  const next = t[c + 1];
  if (next && !(next.text === '.' || next.text === ',' || next.text === ':' || next.text === ';') && !placeTail(t, c + 1)) return false;
  for (let k = c - 1; k >= 0 && c - k <= 6; k--) {
    if (isQuoteClose(t[k])) return /^[,?!—–-]$/.test(tokenAt(t, k - 1)?.text ?? '') || isQuoteClose(tokenAt(t, k - 1));
    if (t[k].kind !== 'word' && t[k].text !== '.') return false;
  }
  return false;
}

/** Whether the tokens from i to the sentence's end are a short phrase of place or time, and nothing else: "in Toronto.", "outside the embassy on Monday." */
function placeTail(t: Token[], i: number): boolean {
  if (!/^(in|on|at|outside|inside|near|during|across|around|before|after)$/.test(t[i].lower)) return false;
  let j = i + 1;
  while (j < t.length && j - i <= 7 && t[j].kind === 'word' && t[j].lower !== 'that' && !(looksLikeVerb(t[j].text) && !/^\p{Lu}/u.test(t[j].text))) j++;
  return j > i + 1 && (j === t.length || (t[j].kind === 'punct' && /^[.!?]$/.test(t[j].text) && j === t.length - 1));
}

export function contentEnd(t: Token[]): number {
  let i = t.length - 1;
  while (i > 0 && (t[i].kind === 'punct' || t[i].kind === 'quote') && !isQuoteClose(t[i])) i--;
  return t[i].end;
}

export function prevEnd(t: Token[], c: number): number {
  let i = c - 1;
  while (i > 0 && t[i].kind === 'punct') i--;
  return t[i].end;
}

export function cueOf(tok: Token): Span & { text: string } {
  return { start: tok.start, end: tok.end, text: tok.text };
}

export function span(start: number, end: number): Span | null {
  return end > start ? { start, end } : null;
}

const RAISED_ABOUT = new Set(['about', 'over', 'that', 'regarding', 'whether', 'on']);
const PASSIVE_BEFORE = new Set(['was', 'were', 'been', 'be', 'being', 'is', 'are', 'get', 'got', 'gets', 'him', 'her', 'them', 'me', 'us', 'already']);
const GREETING_WORDS = new Set('his her their its our my warm warmest heartfelt sincere sincerest deep deepest hearty best'.split(' '));

/** "called for", "pointed out", "made it clear": how many words after a cue verb belong to it as its particle (0 if none). */
export function particleAfter(t: Token[], c: number): number {
  const particles = CUE_PARTICLES.get(t[c].lower);
  if (!particles) return 0;
  let it = t[c + 1]?.lower === 'it' && particles.has('clear') ? 1 : 0;
  // "extended his heartfelt greetings": the greeting's own possessive and praise belong to it
  if (particles.has('greetings')) while (it < 2 && GREETING_WORDS.has(t[c + 1 + it]?.lower ?? '')) it++;
  const next = t[c + 1 + it];
  if (!next || next.kind !== 'word' || !particles.has(next.lower)) return 0;
  // "raised concerns about the law", not "raised concerns among investors" (what the comments caused)
  if (t[c].lower.startsWith('rais') && !RAISED_ABOUT.has(t[c + 2]?.lower ?? '')) return 0;
  // "has not ruled out a return", not a deed done to someone: "was ruled out for offside", "ruled out of the match"
  if (t[c].lower.startsWith('rul') && (PASSIVE_BEFORE.has(tokenAt(t, c - 1)?.lower ?? '') || /^(of|for|by|after|with)$/.test(t[c + 2]?.lower ?? ''))) return 0;
  // "hit back at the Tory proposals" answers someone; "Italy hit back in the 11th minute" scored
  if (t[c].lower.startsWith('hit') && next.lower === 'back' && t[c + 2]?.lower !== 'at') return 0;
  // "expressed concern about", "voiced support for": a feeling's own preposition too
  return particles.has('concern') && /^(about|for|at|over|with)$/.test(t[c + 2]?.lower ?? '') ? 2 : 1 + it;
}

/** Verbs whose object, the person addressed, comes before the content: "told reporters that …". */
/** An object follows a verb of stance that takes one ("praised the plan", "thanked him", "repeated accusations"). */
export function takesObject(t: Token[], i: number): boolean {
  const next = t[i];
  if (!next || next.kind !== 'word') return next?.kind === 'number';
  const w = next.lower;
  return /^(him|them|us|me|her|those|both|each|one|two|several|many|much|more|himself|herself|themselves|itself)$/.test(w) || (/^[a-z-]+$/.test(next.text) && !PREPOSITIONS.has(w) && !isAdverb(w) && !/^(not|never|that|which|who|when|while|because|if|is|was|are|were|be|been|has|have|had)$/.test(w));
}

/** Addressee cues whose object is the one told to act ("urged him to resign"), not promises ("promised voters to …"). */
const DIRECTIVE_CUES = /^(told|tell|tells|telling|warned|warns|warning|urged|urges|urging|asked|asks|asking|encouraged|advised|ordered|begged|implored|pressed|persuaded|convinced|challenged|reminded|reminds|reminding)$/;
const ADDRESSEE_CUES = /^(told|tell|tells|telling|assured|assures|assure|assuring|informed|informs|reminded|reminds|reminding|warned|warns|warning|urged|urges|urging|asked|asks|asking|convinced|persuaded|pressed|encouraged|advised|ordered|begged|implored|promised|promises|challenged)$/;

/** How a message went, after "by": "said by telephone" (a means, not an agent; "by email" is read as a document elsewhere). */
export const MEANS = new Set(['telephone', 'phone', 'videolink', 'fax', 'satellite', 'radio']);

/**
 * Where a cue's content starts, given the token after the cue: past the person addressed ("told
 * reporters on Monday that …", "urged the judge to …"), a channel ("said on Twitter that …") or a
 * time ("said on Friday he …").
 */
export function contentStart(t: Token[], from: number, cue: string): number {
  const w = (i: number) => tokenAt(t, i)?.lower ?? '';
  let k = from;
  if (w(k) === 'on' && TIME_WORDS.test(w(k + 1))) k += 2;
  else if (TIME_WORDS.test(w(k))) k++;
  else if (/^(last|this)$/.test(w(k)) && /^(week|month|year)$/.test(w(k + 1))) k += 2;
  // "said by telephone that …": the means is not what was said
  if (w(k) === 'by' && MEANS.has(w(k + 1))) k += 2;
  if (t[k]?.text === ',' || (k === from && t[k]?.text === ':')) k++;
  if (k >= t.length) return from;
  // ("as one adviser put it in an interview last week, the race is over": where it was put is not what)
  if ((cue === 'put' || cue === 'puts') && k === from && t[k].kind === 'word') {
    for (let j = k + 1; j < t.length && j - k <= 7; j++) if (/^[,:]$/.test(t[j].text) || t[j].kind === 'quote') return t[j].kind === 'quote' ? j : j + 1;
  }
  // "extended congratulations to the 51 parties that …": whom a greeting goes to is its content
  if (cue.startsWith('extend')) return k;
  // "vowed to fight the rule that bans it", "is pledging to “win …”": an infinitive is the content itself
  if (w(k) === 'to' && infinitiveAfter(t[k + 1])) return k;
  const addressee = ADDRESSEE_CUES.test(cue);
  // ("said after a lunch on Tuesday that …": when it was said is not what was said)
  // (nor by what margin: "say by a 2-1 margin that …")
  if (addressee || /^(on|in|to|at|during|via|after|before|following|reporters|journalists|by)$/.test(w(k))) {
    for (let j = k; j < t.length && j - k <= 10; j++) {
      // (not the apostrophe of a year cut short, typeset as an opening mark: "said in ‘08 that …")
      if (w(j) === 'that' || (t[j].kind === 'quote' && !(t[j].text === '‘' && t[j + 1]?.kind === 'number' && t[j + 1].start === t[j].end))) return j;
      // ("urged him to resign", "told Flint residents not to drink the water": whom a directive
      // is to and what they are to do are read together, as readers mark them)
      if (addressee && j > k && w(j) === 'to' && t[j + 1]?.kind === 'word' && /^[a-z]/.test(t[j + 1].text)) return DIRECTIVE_CUES.test(cue) && (infinitiveAfter(t[j + 1]) || w(j - 1) === 'not') ? k : j;
      // "told host Chris Cuomo she believed …": the clause's own subject ends the person addressed
      // ("told Breitbart News he’d support …": a contracted subject too; "told the Financial Times it expected …")
      if (addressee && j > k && /^(he|she|they|i|we|it)(?:[’'](?:d|s|ll|re|ve|m))?$/.test(w(j))) return j;
      if (t[j].kind === 'punct' && t[j].text !== ',' && t[j].text !== ':' && t[j].text !== '.' && !(t[j].text === '-' && t[j - 1]?.kind === 'number')) break;
    }
  }
  return k;
}

const NOT_VERB_AFTER_TO = /^(the|a|an|his|her|their|its|our|my|your|this|that|these|those|him|them|me|us|you|it|reporters|journalists|supporters|voters)$/;
/** Whether an infinitive opens at the "to" at i: a lower-case word after it that no determiner, pronoun or audience is ("to resign", "not to rush back"; not "to a colleague", "to reporters"). */
export const toInfinitiveAt = (t: Token[], i: number): boolean => t[i]?.lower === 'to' && /^[a-z]+$/.test(t[i + 1]?.text ?? '') && !NOT_VERB_AFTER_TO.test(t[i + 1].text);
/** Whether the token after "to" opens an infinitive: a lower-case verb ("to fight") or a quote ("to “win …”"), not a noun phrase ("to reporters", "to the press"). */
function infinitiveAfter(x: Token | undefined): boolean {
  if (!x) return false;
  if (x.kind === 'quote') return x.text === '“' || x.text === '"' || x.text === '‘' || x.text === '«';
  return x.kind === 'word' && /^[a-z]+$/.test(x.text) && !NOT_VERB_AFTER_TO.test(x.text) && !(x.text.endsWith('s') && !/(?:ss|us)$/.test(x.text)) && !/(?:ing|ly)$/.test(x.text);
}

const CONNECTIVES = /^(however|meanwhile|still|instead|moreover|indeed|nonetheless|nevertheless|but|and|yet|so|also|in contrast|in fact|of course|for example|for instance|at the same time|on the other hand)$/i;

/** Where a sentence's own content starts, past an opening connective ("In contrast, …", "But …"). */
export function connectiveEnd(t: Token[]): number {
  const first = firstWordIndex(t);
  for (let j = first; j < t.length && j - first < 5; j++) {
    if (t[j].kind !== 'word') {
      if (t[j].text === ',' && j > first && CONNECTIVES.test(t.slice(first, j).map((x) => x.text).join(' '))) return j + 1;
      break;
    }
  }
  return first;
}

/**
 * Whether the phrase from token i, before the -ing cue at c, is the object or the place of its clause:
 * a verb or its particle comes right before it ("emailed supporters saying", "issued a statement
 * expressing", "fired back a response saying"), or a preposition of place ("was on CNN talking
 * about", "the run-up to the Nevada caucuses portraying"); not "with officials saying", whose group
 * is the subject of its own clause.
 */
export function objectAt(t: Token[], i: number, c: number): boolean {
  // (not the progressive: "Some voices in Japanese industry are calling for …")
  if (i < 1 || !t[c].lower.endsWith('ing') || BE_FORMS.has(t[c - 1].lower)) return false;
  const before = t[i - 1];
  return before.kind === 'word' && /^[a-z]/.test(before.text) && (PLACE_OR_PARTICLE.has(before.lower) || (looksLikeVerb(before.text) && !AUXILIARIES.has(before.lower) && !PREPOSITIONS.has(before.lower)));
}
const PLACE_OR_PARTICLE = new Set(['on', 'at', 'in', 'into', 'to', 'during', 'back', 'out', 'up']);
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'am', 'being']);
