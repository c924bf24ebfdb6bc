// Hedges: the words by which a sentence marks its content as uncertain. Two strengths:
// - distancing ("reportedly", "allegedly", "claimed", "it is understood", "could not be verified",
//   "has not confirmed"): the article does not vouch for the claim, so it is unconfirmed;
// - epistemic, doxastic, conditional and investigative cues ("may", "likely", "expects", "if",
//   "whether"): speculation or belief. Listed for the reader and for scoring, but they do not by
//   themselves make a claim unconfirmed: a forecast is not an unsourced report.
// A hedge inside attributed content or a real quote is the speaker's (`inQuote`), not the article's.
// The word lists are common English hedging vocabulary, grouped as in the Szeged Uncertainty
// Corpus's cue types. Cost: one map lookup per word and a few regular expressions per sentence.
import { escapeRegExp } from '../util/patterns';
import { containedIn } from '../util/spans';
import type { Attribution, Hedge, Sentence, Span, Token } from './types';
import { apostropheForms, registerWord, straightApostrophes } from './vocabulary';
import { allegedRole, claimIsNotAssertion, DETERMINER } from './claim-sense';
import { tokenAt } from './token-at';

/** Types that leave a claim unconfirmed when the article itself uses them. */
export const DISTANCING_TYPES: ReadonlySet<Hedge['type']> = new Set(['hedge', 'reported', 'unverified', 'not-confirmed']);
export const isDistancing = (h: Hedge): boolean => DISTANCING_TYPES.has(h.type);

const words = (s: string, type: Hedge['type']): Array<[string, Hedge['type']]> => s.trim().split(/\s+/).map((w) => [w, type]);

/** Single words that are hedges wherever they occur (context-dependent words are handled below). */
const WORDS = new Map<string, Hedge['type']>([
  ...words('reportedly allegedly alleged purportedly supposedly reputedly apparently rumoured rumored rumours rumors unconfirmed unverified', 'hedge'),
  ...words(`
    might possibly perhaps maybe probably likely unlikely presumably seemingly ostensibly arguably conceivably
    possible possibility possibilities potential potentially probable probability likelihood unclear uncertain
    uncertainty doubtful questionable suspected seem seems seemed seeming suggest suggests suggested suggesting
  `, 'epistemic'),
  ...words(`
    believe believes believed believing belief think thinks expect expects expected expecting expectation
    expectations speculate speculates speculated speculating speculation assume assumes assumed assuming
    assumption presume presumed predict predicts predicted prediction fear fears feared suppose supposed
    anticipate anticipates anticipated tentatively
  `, 'doxastic'),
  ...words('if unless whether', 'condition'),
]);

/** Reporting verbs that distance the article from the content when they are the cue: "X claimed". */
const DISTANCING_CUES = new Set('claimed claims claim claiming alleged alleges allege alleging purported'.split(' '));

const BE = /^(is|are|was|were|be|been|being|widely|generally|often|commonly|long|now|also|still)$/;

/** The words `contextual` decides, so that other words skip its look at their neighbours. */
const CONTEXTUAL = new Set('may could appear appears appeared thought considered regarded viewed seen investigate investigating examine examining study studying test testing'.split(' '));

/** Words that hedge only in some contexts; `i` is the token's index in the sentence. */
function contextual(w: string, tokens: Token[], i: number): Hedge['type'] | null {
  if (!CONTEXTUAL.has(w)) return null;
  const next = tokenAt(tokens, i + 1)?.lower ?? '';
  const prev = tokenAt(tokens, i - 1)?.lower ?? '';
  switch (w) {
    case 'may':
      // "May" with a capital is the month, unless it opens the sentence before a verb ("May be …").
      if (/^M/.test(tokens[i].text) && (i > 0 || !/^(be|have|not|also|well)$/.test(next))) return null;
      return 'epistemic';
    case 'could':
      // "could not be reached", "could n't": a fact about the past, not a possibility.
      return /^(not|n't|never)$/.test(next) ? null : 'epistemic';
    case 'appear':
    case 'appears':
    case 'appeared':
      return /^(to|that|likely|unlikely|certain|set)$/.test(next) || prev === 'it' ? 'epistemic' : null;
    case 'thought':
      // "is thought to", "he thought", not "a thought" or "the thought of".
      return /^(a|the|this|that|some|no|much|second|with)$/.test(prev) ? null : 'doxastic';
    case 'considered':
    case 'regarded':
    case 'viewed':
    case 'seen':
      // "is widely regarded as", "considered to be": an opinion attributed to no one in particular.
      return (BE.test(prev) && (w !== 'seen' || next === 'as')) || /^(as|to)$/.test(next) ? 'doxastic' : null;
    case 'investigate':
    case 'investigating':
    case 'examine':
    case 'examining':
    case 'study':
    case 'studying':
    case 'test':
    case 'testing':
      return next === 'whether' || next === 'if' ? 'investigation' : null;
    default:
      return null;
  }
}

const PHRASES: Array<[string, Hedge['type']]> = [
  // "It was also stated that …", "it is learnt that …": the passive names no one, as "it is understood" does
  [String.raw`\bit (?:is|was|has been|had been) (?:also )?(?:understood|believed|thought|alleged|claimed|rumou?red|learnt|learned|stated|reported|predicted|estimated)(?= that\b|,)|\bit is (?:understood|believed|thought|alleged|claimed|rumou?red)\b`, 'reported'],
  // ("Pandya is now said to be dating …", "is widely believed to")
  [String.raw`\b(?:is|are|was|were) (?:now |also |still |widely |further )?(?:said|believed|thought|alleged|reported|rumou?red) to\b`, 'reported'],
  [String.raw`\bcould not (?:be )?(?:independently )?(?:verif(?:y|ied)|confirm(?:ed)?)\b|\b(?:unable|not able) to (?:independently )?(?:verify|confirm|corroborate)\b`, 'unverified'],
  [String.raw`\b(?:has|have|had|did) not (?:yet )?(?:publicly |independently |officially )?(?:confirm(?:ed)?|verif(?:y|ied)|corroborat(?:e|ed))\b`, 'not-confirmed'],
  [String.raw`\b(?:has|have) yet to (?:confirm|verify|comment)\b|\bdeclined to (?:confirm|comment)\b|\bno independent (?:confirmation|verification)\b|\bwas not immediately (?:verifiable|confirmed)\b|\bnot been (?:independently )?(?:confirmed|verified)\b`, 'not-confirmed'],
  [String.raw`\baccording to (?:unconfirmed|unverified) reports\b`, 'hedge'],
  [String.raw`\b(?:in all likelihood|may or may not|whether or not|it is (?:not )?(?:yet )?clear|(?:is|was|remains?|remained) (?:not )?(?:yet )?(?:unclear|clear)|remains? to be seen|yet to be (?:seen|determined|decided)|no evidence)\b`, 'epistemic'],
];
// One pass over the sentence for all phrases (a group per phrase tells which matched): these run
// on every sentence at every keystroke. The patterns are ASCII, so no Unicode mode is needed.
const PHRASE_RE = new RegExp(PHRASES.map(([re], i) => `(?<p${i}>${re})`).join('|'), 'gi');

/** User hedges from config (`hedges` in .sourcecheck.json): literal words or phrases, case-insensitive. */
export function userHedgePattern(terms: readonly string[]): RegExp | null {
  const list = terms.map((t) => t.trim().toLowerCase()).filter(Boolean);
  if (!list.length) return null;
  const escaped = list.sort((a, b) => b.length - a.length).map((t) => escapeRegExp(t).replace(/\s+/g, '\\s+'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

const FEW_HEDGES = 8;

export function findHedges(prose: string, s: Sentence, attributions: Attribution[], quoteSpans: Span[], user: RegExp | null = null): Hedge[] {
  const hedges: Hedge[] = [];
  const tokens = s.tokens;
  // What each word can be is on the token: find whether any word may hedge and whether any phrase
  // can match at all; most sentences have neither and need nothing more.
  let hits = 0;
  let phrased = false;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (tok.kind !== 'word') continue;
    const bits = tok.info.hedge;
    if (bits) hits++;
    if (!phrased && ((bits & PHRASE_WORD) !== 0 ? inPhrasePlace(tokens, i) : tok.info.compound && hasPhraseWordInside(tok.lower))) phrased = true;
  }
  if (!hits && !phrased && !user) return hedges;
  // Lookups by binary search and a coverage map rather than scans of every attribution and hedge:
  // a 50,000-word sentence with thousands of each stays linear.
  let insideTest: ((a: Span) => boolean) | null = null;
  let cueTest: ((a: Span) => boolean) | null = null;
  const inside = (a: Span): boolean => (insideTest ??= containedIn([...attributions.flatMap((x) => (x.content ? [x.content] : [])), ...quoteSpans]))(a);
  const inCue = (a: Span): boolean => (cueTest ??= containedIn(attributions.map((x) => x.cue)))(a);
  // (a sentence's few hedges are compared one by one; past FEW_HEDGES, a map of the characters they
  // cover answers instead: a typed array per hedged sentence cost more than all the comparisons)
  let taken: Uint8Array | null = null;
  const cover = (h: Span): void => void taken!.fill(1, h.start - s.start, h.end - s.start);
  const push = (h: Hedge): void => {
    hedges.push(h);
    if (taken) cover(h);
    else if (hedges.length > FEW_HEDGES) {
      taken = new Uint8Array(s.end - s.start);
      hedges.forEach(cover);
    }
  };
  const overlapsHedge = (a: Span): boolean => {
    if (taken) return taken.subarray(a.start - s.start, a.end - s.start).includes(1);
    if (a.end <= a.start) return false;
    for (const h of hedges) if (h.start < a.end && a.start < h.end && h.start < h.end) return true;
    return false;
  };
  const text = phrased || user ? prose.slice(s.start, s.end) : '';
  // Phrases first: "is said to" is one hedge, not "said" plus "to".
  if (phrased) {
    PHRASE_RE.lastIndex = 0;
    for (let m = PHRASE_RE.exec(text); m; m = PHRASE_RE.exec(text)) {
      const type = PHRASES[Object.values(m.groups!).findIndex((g) => g !== undefined)][1];
      const span = { start: s.start + m.index, end: s.start + m.index + m[0].length };
      // A denial ("has not confirmed") is the article's report of the silence, wherever it sits.
      push({ ...span, text: m[0], type, inQuote: type === 'not-confirmed' ? false : inside(span) });
    }
  }
  if (user) {
    // Configured hedges distance the article like "reportedly" does.
    user.lastIndex = 0;
    for (let m = user.exec(text); m; m = user.exec(text)) {
      const span = { start: s.start + m.index, end: s.start + m.index + m[0].length };
      if (!overlapsHedge(span)) push({ ...span, text: m[0], type: 'hedge', inQuote: inside(span) });
    }
  }
  for (let i = 0; hits > 0 && i < tokens.length; i++) {
    const tok = tokens[i];
    const bits = tok.kind === 'word' ? tok.info.hedge : 0;
    if (!bits) continue;
    const w = straightApostrophes(tok.lower);
    let type: Hedge['type'] | null = null;
    // A distancing cue verb is the article's hedge even though it introduces someone's words.
    if (bits & DISTANCING && inCue(tok) && !claimIsNotAssertion(tokens, i)) type = 'reported';
    // "the apparently hostile relationship": a modifier's hedge, not the article's on its claim.
    else if (w === 'apparently' && i > 0 && DETERMINER.test(tokens[i - 1].lower)) type = 'epistemic';
    // "alleged shooter Foysal Karim Masud": the role of a named person is what is alleged, not the claim
    else if (w === 'alleged' && allegedRole(tokens, i)) type = 'epistemic';
    // "Lawyers for the alleged spammers said …": who speaks is what is alleged, not what they say
    else if (w === 'alleged' && attributions.some((a) => a.mention.start <= tok.start && tok.end <= a.mention.end)) type = 'epistemic';
    // "sparking rumours of a possible takeover", "denied rumours": rumours the sentence reports,
    // not a hedge on what it states ("Rumours circulated that …", "amid rumours the group may …" still are)
    // ("These rumours were fuelled by …": the same in the passive)
    else if ((w === 'rumours' || w === 'rumors') && ((i > 0 && RUMOURS_REPORTED.has(tokens[i - 1].lower)) || rumoursPassive(tokens, i))) type = 'epistemic';
    else type = WORDS.get(w) ?? (bits & CONTEXT ? contextual(w, tokens, i) : null);
    if (!type || overlapsHedge(tok)) continue;
    push({ start: tok.start, end: tok.end, text: tok.text, type, inQuote: type === 'reported' ? false : inside(tok) });
  }
  return hedges.sort((a, b) => a.start - b.start);
}

/** "rumours were fuelled by", "the rumours have been denied": what the sentence says of the rumours, not a hedge on it. */
function rumoursPassive(tokens: Token[], i: number): boolean {
  let j = i + 1;
  if (/^(were|was|are|is|have|has|had)$/.test(tokens[j]?.lower ?? '')) j++;
  if (tokens[j]?.lower === 'been') j++;
  return j > i + 1 && RUMOURS_REPORTED.has(tokens[j]?.lower ?? '');
}

const RUMOURS_REPORTED = new Set('sparking sparked fuelling fueling fuelled fueled prompting prompted triggering triggered denied dismissed quashed scotched'.split(' '));

/**
 * Words every match of PHRASE_RE contains as a whole word (in its \b sense: a run of [a-z0-9_]),
 * each with the words that come right before it in every phrase that holds it (or, for the two
 * that open theirs, right after): a sentence without one in its place cannot match, and the
 * expression is not run on it.
 */
const PHRASE_PLACES = new Map<string, { before?: Set<string>; after?: Set<string> }>();
for (const [list, before, after] of [
  ['understood believed thought alleged claimed rumoured rumored said reported learnt learned stated predicted estimated', 'is are was were also been now still widely further'],
  ['verify verified confirm confirmed', 'not be independently yet publicly officially to immediately been'],
  ['corroborate corroborated', 'not yet publicly independently officially to'],
  ['comment unconfirmed unverified', 'to'],
  ['confirmation verification', 'independent'],
  ['verifiable', 'immediately'],
  ['likelihood', 'all'],
  ['clear unclear', 'is was remain remains remained not yet'],
  ['seen determined decided', 'be'],
  ['evidence', 'no'],
  ['may whether', '', 'or'],
]) {
  const place = { before: before ? new Set(before.split(' ')) : undefined, after: after ? new Set(after.split(' ')) : undefined };
  for (const w of list.split(' ')) PHRASE_PLACES.set(w, place);
}
const PHRASE_WORDS = new Set(PHRASE_PLACES.keys());

/** Whether the phrase word at i has a word a phrase needs next to it. */
function inPhrasePlace(tokens: Token[], i: number): boolean {
  const place = PHRASE_PLACES.get(tokens[i].lower)!;
  // The word before may end a longer token ("x-is clear" holds "is clear" for \b); the word after
  // is followed by more of the phrase, so it is a whole token.
  // (index checks, not reads past either end: optimised code is thrown away on its first such read)
  if (place.before) return i > 0 && place.before.has(lastWordOf(tokens[i - 1].lower));
  return i + 1 < tokens.length && place.after!.has(tokens[i + 1].lower);
}

/** The last run of [a-z0-9_] in a lowercase token, as \b delimits words. */
function lastWordOf(lower: string): string {
  let i = lower.length;
  while (i > 0 && isWordCode(lower.charCodeAt(i - 1))) i--;
  return i === 0 ? lower : lower.slice(i);
}

const isWordCode = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95;

/** A phrase word inside a compound token: "clear-cut" holds the word "clear" for the expression. */
// (one expression over the token, not a split into parts: compounds are common, matches rare)
const PHRASE_WORD_INSIDE = new RegExp(`(?:^|[^a-z0-9_])(?:${[...PHRASE_WORDS].join('|')})(?![a-z0-9_])`);
const hasPhraseWordInside = (lower: string): boolean => PHRASE_WORD_INSIDE.test(lower);

const [HEDGE_WORD, DISTANCING, CONTEXT, PHRASE_WORD] = [1, 2, 4, 8];
// Every word list above as bits of `token.info.hedge`, under both apostrophes (the lists are
// spelled with straight ones): the token loop reads it once per word.
for (const [list, bit] of [[WORDS.keys(), HEDGE_WORD], [DISTANCING_CUES, DISTANCING], [CONTEXTUAL, CONTEXT], [PHRASE_WORDS, PHRASE_WORD]] as const) {
  for (const w of list) for (const form of apostropheForms(w)) registerWord(form).hedge |= bit;
}
