// Cue words read as nouns: "the claims", "a call for", "talk show host", "Some advocates for …",
// "Media reports said", "a nostalgic note", "thanks to". verb-cue.ts asks isNounAt before it reads a
// cue word as a verb.
import { NOUN_LIKE_CUES } from './attribution-grammar';
import { isPastTense } from './lexicon';
import { firstWordIndex } from './mentions';
import type { Token } from './types';
import { startsUpper } from './letters';
import { estimateComparedWith } from './estimate-nouns';

/** Adjectives that put the cue word after them in a noun phrase: "a legal challenge", "a fresh appeal", "the public offer". */
const MODIFYING_ADJECTIVES = new Set('legal formal fresh strong clear stern loud stark direct personal joint similar renewed further possible recent bold urgent rare previous blunt angry veiled explicit rival emotional passionate impassioned written verbal tearful heartfelt televised unprecedented unusual surprise'.split(' '));

const isArticle = (w: string): boolean => w === 'the' || w === 'a' || w === 'an';

/** Words after a share's "support" that make it the noun: "45 percent support among voters". */
const SUPPORT_NOUN_NEXT = new Set(['among', 'from', 'across', 'in', 'with', 'for', 'nationally', 'overall', '.', ',', ';']);

/** Nouns of quantity, whose verb agrees in the plural: "a lot say", "a number of". */
const QUANTITY = /^(few|lot|number|majority|minority|couple|handful|dozen|host|score|third|quarter|half)$/;

/** Words that count or pick out a group before its noun: "Some early estimates of …". */
const GROUP_DETERMINER = /^(some|many|most|all|other|several|few|these|those)$/;

/** A cue word read as a noun: after an article ("the claims", "a call for") or as a compound's first part ("talk show host", "think tank"). */
/** Whether a capitalised name runs back from token c - 1 to an article: "the West End show". */
function nameAfterArticle(t: Token[], c: number): boolean {
  let k = c - 1;
  while (k >= 0 && /^\p{Lu}/u.test(t[k].text)) k--;
  return k < c - 1 && k >= 0 && isArticle(t[k].lower);
}

export function isNounAt(t: Token[], c: number): boolean {
  const prev = c > 0 ? t[c - 1].lower : '';
  if (isArticle(prev)) return true;
  const w = t[c].lower;
  // "the genuine feeling that …", "a legal challenge to", "a public offer": the noun after an
  // article and an adjective (not "the singer talking about", "the pair claim", where the word before is the noun)
  if (c > 1 && isArticle(t[c - 2].lower)) {
    if (MODIFYING_ADJECTIVES.has(prev) || (w === 'feeling' && /^[a-z]+$/.test(t[c - 1].text))) return true;
    // ("the public wants results": after "the" the public is the people)
    if ((w === 'feeling' || prev === 'public' || prev === 'private') && t[c - 2].lower !== 'the') return true;
    // ("over a negligence claim in 2003", "a peace call": a plain form after "a" and a noun is a
    // compound noun; the verb would agree with a singular subject ("a lawyer claims"))
    // (not after a quantity, which agrees in the plural: "a lot say", "a number of")
    if (/^an?$/.test(t[c - 2].lower) && /^[a-z]+$/.test(t[c - 1].text) && !QUANTITY.test(prev) && !/s$/.test(w) && !/ing$/.test(w) && !isPastTense(w) && w !== 'said') return true;
  }
  const next = c + 1 < t.length ? t[c + 1].lower : '';
  // ("Some early estimates of reconstruction costs", "Many recent reports of …": a quantifier, a
  // modifier, then the plural before "of" is a noun; "Some analysts estimate" has its noun before the verb)
  if (next === 'of' && w.endsWith('s') && (GROUP_DETERMINER.test(prev) || (c > 1 && GROUP_DETERMINER.test(t[c - 2].lower) && /^[a-z]+$/.test(t[c - 1].text)))) return true;
  // ("boosting their Oscars hopes": a name between an owner's pronoun and the noun qualifies it)
  if (c > 1 && NOUN_LIKE_CUES.has(w) && /^(his|her|their|its|our)$/.test(t[c - 2].lower) && /^\p{Lu}/u.test(t[c - 1].text)) return true;
  switch (w) {
    // "talk show host", "think tank"; "the West End show": a name after an article qualifies the noun
    // (a verb would agree with a plural: not "the Venezuelan Presidency shows")
    case 'show':
      if (SHOW_NOUN_NEXT.has(next) || nameAfterArticle(t, c)) return true;
      break;
    // "on TV shows Pop Idol and The X-Factor", "radio shows": the medium's programmes
    case 'shows':
      if (/^(tv|television|radio|talk|game|chat|reality|quiz|cookery|comedy)$/.test(prev)) return true;
      break;
    // ("give it some thought", "gave little thought to": the noun after a verb's object or a verb)
    case 'thought':
      if (/^(some|little|much|more|any|no|serious|careful|second)$/.test(prev) && c > 1 && /^(it|them|this|that|give|gives|gave|given|giving|put|puts|putting|of|without)$/.test(t[c - 2].lower)) return true;
      break;
    // "said the weather forecast valid for 24 hours"
    case 'forecast':
    case 'forecasts':
      if (prev === 'weather') return true;
      break;
    case 'think':
      if (next === 'tank' || next === 'tanks') return true;
      break;
    // "stay in touch on Facebook": the noun of the idiom, not "touched on a topic"
    case 'touch':
      if (prev === 'in') return true;
      break;
    // "No wonder Trump said …", "small wonder that …": an idiom, no one wondering
    case 'wonder':
      if (prev === 'no' || prev === 'small' || prev === 'little') return true;
      break;
    // "thanks to his romp": because of
    case 'thanks':
      if (next === 'to') return true;
      break;
    // "by a quarter percentage point to 2%": a measure
    case 'point':
    case 'points':
      if (prev === 'percentage' || prev === 'basis' || t[c - 1]?.kind === 'number') return true;
      break;
    // "45 percent support among Republican voters", "35% support from women": a poll's share of
    // support (not "45 percent support the plan")
    case 'support':
      if ((prev === 'percent' || prev === 'cent' || /^\d[\d.]*%$/.test(prev)) && SUPPORT_NOUN_NEXT.has(next)) return true;
      break;
    // "the final say", "a larger say in" (an idiom, no report); "Some say he is unwell" reports:
    // "some say" is the noun only before what it is a say in
    case 'say':
      if (SAY_NOUN_BEFORE.has(prev) && !(prev === 'some' && !SAY_IN_AFTER.has(next || '.'))) return true;
      break;
    // "That said, …"
    case 'said':
      if (prev === 'that' && c - 1 === firstWordIndex(t) && t[c + 1]?.text === ',') return true;
      break;
  }
  // ("Sanders' comments Tuesday", "Trump's expected answers"; not "Trump's said that", "he's claimed")
  if (c > 0 && possessiveBefore(t, c - 1) && (w.endsWith('s') || (w.endsWith('ed') && plainNounAt(t[c + 1])))) return true;
  // ("Democratic calls for her to bow out": an adjective of a party or faith before a noun)
  if (c > 0 && NOUN_LIKE_CUES.has(w) && ADJECTIVES_IN_IC.has(t[c - 1].text)) return true;
  // ("the best supporting actress", "a supporting role": the adjective of a part played)
  if (w === 'supporting' && SUPPORTING_PARTS.has(next)) return true;
  // ("Alpert's metaphor is telling in its own right", "It is telling that …": the adjective)
  if (w === 'telling' && ((/^(is|was|are|were|be|been)$/.test(prev) && /^(in|that|about|,|\.|;)$/.test(next || '.')) || /^(most|more|very|particularly|especially|perhaps)$/.test(prev))) return true;
  // ("tweets appear in Google search results", "posts remain online": a plural noun before its verb)
  // (not after a name that may be its subject: "the two countries the ADB fears are most at risk")
  if (NOUN_LIKE_CUES.has(w) && w.endsWith('s') && PLURAL_VERBS.has(next) && !(c > 0 && ((/^\p{Lu}/u.test(t[c - 1].text) && c - 1 > firstWordIndex(t)) || /^(he|she|it|who|which|that)$/.test(prev)))) return true;
  // "Some advocates for stem cell research said": after a plural quantifier a verb would not take -s
  if (PLURAL_QUANTIFIERS.has(prev) && w.length > 2 && w.endsWith('s') && !w.endsWith('ss')) return true;
  if (estimateComparedWith(t, c)) return true;
  // "Media reports said"; "a nostalgic note for", "a very public rant about": a noun after adjectives
  return nounBeforeReport(t, c, prev) || adjectivesAfterArticle(t, c) || compoundBeforeVerb(t, c);
}

const FINITE_AFTER_NOUN = /^(is|was|has|will|would|could|can|may|might|must|should|seeks|calls|asks|says|aims|wants|remains|includes|requires|follows|comes)$/;
/** "The ballot question seeks …", "The peace plan is …": a singular noun-like cue after its article and a noun, before the verb of its clause. */
function compoundBeforeVerb(t: Token[], c: number): boolean {
  const w = t[c].lower;
  if (w.endsWith('s') || !NOUN_LIKE_CUES.has(w) || c < 2 || !FINITE_AFTER_NOUN.test(t[c + 1]?.lower ?? '')) return false;
  const mod = t[c - 1];
  return mod.kind === 'word' && /^[a-z]{3,}$/.test(mod.text) && !mod.text.endsWith('s') && /^(the|a|an|this|that|its|his|her|their|our)$/i.test(t[c - 2].text);
}

const SHOW_NOUN_NEXT = new Set(['host', 'hosts', 'business', 'trial', 'trials', 'of']);
const SAY_NOUN_BEFORE = new Set('final larger bigger greater more little no some big any equal direct real'.split(' '));
const SAY_IN_AFTER = new Set(['in', 'over', 'on', 'about', 'as', ',', '.']);
const REPORT_NOUNS = new Set(['reports', 'report', 'claims', 'accounts', 'statements', 'estimates', 'forecasts', 'figures', 'projections']);
const VERBS_OF_REPORT = new Set('said say says suggest suggested suggests claim claimed show showed shows indicate indicated indicates'.split(' '));
const PRESS = new Set(['news', 'media', 'press']);

/**
 * "Media reports said", "Police reports suggest": the noun before a verb of report; "amid news reports
 * that …" (a verb where it closes the sentence: "…, local press reports."); "an MSNBC show".
 */
function nounBeforeReport(t: Token[], c: number, prev: string): boolean {
  const w = t[c].lower;
  if (REPORT_NOUNS.has(w)) {
    if (VERBS_OF_REPORT.has(t[c + 1]?.lower ?? '')) return true;
    // (not an outlet's name: "CBS News reports that", "Associated Press reports")
    if (PRESS.has(prev) && w !== 'figures' && t[c + 1]?.kind === 'word' && !(c >= 2 && /^\p{Lu}/u.test(t[c - 1].text) && /^\p{Lu}/u.test(t[c - 2].text))) return true;
  }
  // ("a series of Twitter posts", "his Facebook comments": a platform's name before its posts)
  return NOUN_LIKE_CUES.has(w) && c >= 2 && /^\p{Lu}/u.test(t[c - 1].text) && (t[c - 2].lower === 'a' || t[c - 2].lower === 'an' || (/^(posts|post|tweets|comments|remarks)$/.test(w) && /^(of|in|his|her|their|its|several|recent)$/.test(t[c - 2].lower)));
}

/** A possessive of a name or noun ("Trump's", "Sanders'"), not a contraction of a pronoun ("he's", "it's"). */
function possessiveBefore(t: Token[], i: number): boolean {
  const x = t[i];
  // ("Sanders'": the apostrophe after a plural or a name in -s is a token of its own, right after the word)
  if (x.kind === 'quote') return (x.text === "'" || x.text === '’') && i > 0 && t[i - 1].end === x.start && t[i - 1].lower.endsWith('s') && startsUpper(t[i - 1].text);
  // (the last two letters first: this runs before every cue word)
  const w = x.text;
  if (x.kind !== 'word' || w.length < 3 || w.charCodeAt(w.length - 1) !== 115) return false;
  const mark = w.charCodeAt(w.length - 2);
  return (mark === 39 || mark === 0x2019) && startsUpper(w);
}
/** A plain lower-case word that is no article, pronoun or particle: the noun an adjective qualifies ("expected answers"). */
const plainNounAt = (x: Token | undefined): boolean => !!x && x.kind === 'word' && /^[a-z]{3,}$/.test(x.text) && !/^(that|the|this|to|and|but|for|with|from|him|her|them|his|its|their|our|was|were|had|has|not|been|into|about|over|after|before|since|while|when|what|which|who|whether)$/.test(x.text);

/** Capitalized adjectives that are no one's name ("Sonaptic hopes" is a firm's). */
const ADJECTIVES_IN_IC = new Set('Democratic Islamic Arabic Hispanic Catholic Atlantic Pacific Baltic Nordic Olympic Hellenic Slavic Germanic Celtic Semitic Asiatic'.split(' '));

/** Nouns that "supporting" qualifies as an adjective. */
const SUPPORTING_PARTS = new Set('actor actress actors actresses role roles cast part parts player players character characters act acts artist artists documents documentation evidence materials'.split(' '));

/** Plural verbs right after a noun-like cue word in -s, which make it the noun. */
const PLURAL_VERBS = new Set('are were have appear appeared remain remained come came include included suggest indicate show showed went go get got continue continued'.split(' '));

const PLURAL_QUANTIFIERS = new Set(['some', 'many', 'most', 'several', 'few', 'both', 'these', 'those', 'other']);

/** Whether a noun-like cue at c follows an article and only adjectives ("a cautious note", "a very public rant"). */
function adjectivesAfterArticle(t: Token[], c: number): boolean {
  if (!NOUN_LIKE_CUES.has(t[c].lower) && !/^(rant|rants|note|notes|call|calls|appeal|appeals|label|labels|critique|promise|promises|challenge|challenges|highlights|attack|attacks|warning|warnings|pledge|pledges|demand|demands|request|requests|threat|threats)$/.test(t[c].lower)) return false;
  let k = c - 1;
  while (k >= 0 && c - k <= 3 && t[k].kind === 'word' && (/^[a-z]+(?:ful|ous|ive|ic|ish|less|ble|ory)$/.test(t[k].text) || /^(very|more|most|so|too|rather|new|last|final|total|annual|central|political|personal|formal|critical|general|big|bold|clear|blunt|strong|stern|harsh|sharp|rare|brief|short|long|public|private|sexist|racist|racial|recent|latest|earlier|previous|initial|opening|closing|controversial|direct|fringe|emotional|urgent|passionate|impassioned|same|key|main|real|broader|larger|obvious|high|low|positive|sour|upbeat|optimistic|hopeful|similar|different|cautionary|subsequent|separate|internal|confidential|handwritten|leaked|farewell|joint)$/.test(t[k].text))) k--;
  // ("his introductory remarks", "numerous sexist remarks", "those recent comments"; not "the
  // government hopes", "the economist claims": nouns, not adjectives)
  return k < c - 1 && /^(a|an|the|his|her|their|its|this|that|these|those|numerous|many|several|some)$/i.test(t[k]?.text ?? '');
}
