// Vague groups that report nothing: an unnamed group is a vague source only when the article rests a
// claim on what it says. Not when people at large stand in a clause of circumstance or comparison
// ("When people find that banks …, they get scared", "… longer than people think", "because people
// are angry"; but "more than the £100m analysts had expected" reports a forecast), when it is the
// object of a verb that lets or helps it do something ("lets people find the next time a programme
// airs"), or when it is a title after a capitalised possessive ("Nadine
// Gordimer's July's People tells the story of …"). Nor when its verb says nothing: a refusal
// ("Officials declined to disclose the findings"), something shared that is not said ("the two
// leaders shared sweets", "members shared £42m"), a thing sought ("Prosecutors are seeking
// indictments"), a topic discussed or a thing planned ("They also discussed the possibility of …").
// Nor are people at large that a verb or preposition takes, described by what they do ("Apple has
// sued people who have posted …").
import { firstWordIndex } from './mentions';
import type { Attribution, Sentence } from './types';

/** Words before the group that put it in a condition, whoever the group: "Unless the authorities agree …". */
const CONDITION = new Set(['if', 'unless']);
/** Words before the group that put it in a clause of circumstance or comparison (people at large only). */
const CIRCUMSTANCE = new Set(['when', 'whenever', 'because', 'than', 'where', 'once', 'until']);
/** People at large, whom such a clause is about: "when people find", "until they see", "than most people think". */
const GENERIC = new Set(['people', 'they', 'some', 'someone', 'somebody', 'everyone', 'everybody', 'anyone', 'anybody', 'others', 'folk', 'folks', 'users', 'consumers', 'customers', 'voters', 'citizens', 'readers', 'viewers']);
/** Verbs that report what was said: a group that said or told something is a source wherever it stands. */
const TELLS = new Set(['said', 'say', 'says', 'told', 'tell', 'tells', 'reported', 'report', 'reports', 'described', 'describe', 'recounted', 'recalled', 'explained', 'added', 'insisted', 'warned', 'complained', 'alleged', 'confirmed', 'testified']);
/** Verbs whose object the group is: it does what they let it do, and tells nobody anything. */
const LETS = new Set(['let', 'lets', 'letting', 'help', 'helps', 'helping', 'helped', 'allow', 'allows', 'allowing', 'allowed', 'enable', 'enables', 'enabling', 'enabled']);
/** Words between such a word and the group's head: "when many people find", "than most people think". */
const QUANTIFIER = new Set(['the', 'many', 'some', 'most', 'more', 'few', 'all', 'other', 'ordinary']);

/** A refusal says nothing: "Officials declined to disclose the findings", "… who declined to be named". */
const REFUSALS = new Set(['declined', 'declines', 'decline', 'declining', 'refused', 'refuses', 'refuse', 'refusing']);
/** Verbs of allegiance, which with only a person as object report nothing. */
const ALLEGIANCE = new Set(['supported', 'support', 'supports', 'backed', 'back', 'backs', 'endorsed', 'endorse', 'endorses', 'opposed', 'oppose', 'opposes', 'followed', 'loved', 'adored']);
/** A crowd's chant or cry is no source's claim: "“Trump act now!” demonstrators chanted in Toronto". */
const CROWD_VOICES = new Set(['chanted', 'chant', 'chants', 'chanting', 'shouted', 'shout', 'shouting', 'yelled', 'yelling', 'sang', 'singing', 'cheered', 'cheering', 'booed']);
/** Verbs that report only with what is shared or sought: "shared their perspectives", not "shared sweets". */
const SHARED = new Set(['shared', 'share', 'shares', 'sharing']);
const SOUGHT = new Set(['seeking', 'seek', 'seeks', 'sought']);
/** A topic discussed ("They also discussed the possibility of …") and a thing planned ("have planned the event") tell no claim; "plan to …" and "discussed that …" do. */
const DISCUSSED = new Set(['discussed', 'discuss', 'discusses', 'discussing']);
const PLANNED = new Set(['planned', 'plan', 'plans', 'planning']);
/** What is shared when something is said. */
const SAID_THINGS = new Set(
  'view views perspective perspectives concern concerns thought thoughts insight insights experience experiences information details detail idea ideas opinion opinions story stories finding findings knowledge hardship hardships feelings feeling hopes hope fears fear assessment analysis account accounts message messages vision plans plan'.split(' '),
);
/** Words between "shared" and what was shared: "shared their invaluable perspectives". */
const BEFORE_OBJECT = new Set(['the', 'a', 'an', 'their', 'his', 'her', 'its', 'our', 'some', 'many', 'own', 'personal', 'invaluable', 'valuable', 'key', 'important', 'similar', 'different']);

/** Whether the cue (from token c) says nothing: a refusal, "shared" something not said, "seeking" a thing. */
function cueSaysNothing(t: Sentence['tokens'], c: number): boolean {
  const w = t[c].lower;
  if (REFUSALS.has(w) || CROWD_VOICES.has(w)) return true;
  // ("fans and critics, who supported him even more": allegiance to a person, no claim)
  if (ALLEGIANCE.has(w) && /^(him|her|them|it)$/.test(t[c + 1]?.lower ?? '') && !/^(that|as|over)$/.test(t[c + 2]?.lower ?? '')) return true;
  // ("people talked about policy", "had been thinking about such a system": a topic, not a claim; "talked about how …" tells one)
  if (w === 'about' && c > 0 && /^(talk(s|ed|ing)?|think(s|ing)?|thought)$/.test(t[c - 1].lower)) return !/^(how|why|what|whether|that)$/.test(t[c + 1]?.lower ?? '');
  if (SOUGHT.has(w) || PLANNED.has(w)) return t[c + 1]?.lower !== 'to';
  if (DISCUSSED.has(w)) return t[c + 1]?.lower !== 'that';
  // ("Mr Hadi's view … is shared by many Iraqis": what is shared came first)
  if (!SHARED.has(w) || t[c + 1]?.lower === 'by') return false;
  let k = c + 1;
  while (k < t.length && k - c <= 4 && BEFORE_OBJECT.has(t[k].lower)) k++;
  return k >= t.length || !SAID_THINGS.has(t[k].lower);
}

/** Whether a vague group's attribution in sentence s reports nothing the article rests on. */
export function groupReportsNothing(s: Sentence, a: Attribution): boolean {
  if (a.mention.sentence !== s.index) return false;
  const t = s.tokens;
  // ("How dare people suggest we are lazy?": a question asserts nothing a group told anyone)
  if (t.length > 0 && t[t.length - 1].text === '?' && !t.some((x) => x.kind === 'quote')) return true;
  // (the cue's last word: "declined", "are constantly seeking")
  const c = firstAtOrAfter(t, a.cue.end) - 1;
  if (c >= 0 && t[c].start >= a.cue.start && cueSaysNothing(t, c)) return true;
  // (found by halving: a sentence with many groups stays linear)
  const i = firstAtOrAfter(t, a.mention.start);
  const head = Math.max(i, firstAtOrAfter(t, a.mention.end) - 1);
  if (head >= t.length) return false;
  // a capitalised word after a capitalised possessive: a title ("July's People"), not a group
  const h = t[head];
  const before = t[head - 1];
  // (all of the phrase in capitals: "sources at the Chief Adviser’s Office" are people at a named body)
  if (head > firstWordIndex(t) && capitalised(h.text) && before && capitalised(before.text) && POSSESSIVE.test(before.text) && t.slice(i, head + 1).every((x) => x.kind !== 'word' || capitalised(x.text))) return true;
  if (h.lower === 'who') return describedByDeed(t, i, c) || definesSubgroup(t, i, a);
  // ("Among those who want more liberal policies, most support Sanders": a poll's breakdown of a subgroup)
  if (i === head && /^(most|many|some|half|few|all|majority)$/.test(h.lower) && t[firstWordIndex(t)]?.lower === 'among') return true;
  // (a counted group is a poll's sample: "a survey of more than 1,000 people")
  if (t[i].kind === 'number') return false;
  // (the condition word may open the mention itself, capitalised: "Unless the authorities agree")
  if (CONDITION.has(t[i].lower)) return true;
  let k = i - 1;
  while (k >= 0 && QUANTIFIER.has(t[k].lower)) k--;
  if (k < 0) return false;
  // ("Unless the authorities agree to make changes, …": a condition, whoever the group)
  if (CONDITION.has(t[k].lower)) return true;
  // (only people at large: "than analysts had expected" reports a forecast)
  // ("… so that people see the value": a purpose, people at large)
  return LETS.has(t[k].lower) || ((CIRCUMSTANCE.has(t[k].lower) || (t[k].lower === 'that' && t[k - 1]?.lower === 'so')) && GENERIC.has(h.lower));
}

/**
 * People at large that a verb or preposition takes, described by what they do ("who", at `w`, is
 * the mention): "Apple has sued people who have posted …", "a favourite of people who write
 * viruses". Not a group that opens the sentence, nor "spoke to people who said the plant leaked":
 * that reports what they said.
 */
function describedByDeed(t: Sentence['tokens'], w: number, c: number): boolean {
  const g = w - 1;
  if (g < 1 || !GENERIC.has(t[g].lower) || (c >= 0 && TELLS.has(t[c].lower))) return false;
  let k = g - 1;
  while (k >= 0 && QUANTIFIER.has(t[k].lower)) k--;
  return k >= 0 && t[k].kind === 'word';
}

/**
 * A group a restrictive "who" clause of saying defines, as a poll's results do: "Voters who said they
 * cared most about honesty backed Sanders" (the main verb follows what they said), "Among voters who
 * said …, most supported Sanders". What they said is who they are, not what the article rests on.
 */
function definesSubgroup(t: Sentence['tokens'], w: number, a: Attribution): boolean {
  if (w < 1 || t[w - 1].text === ',' || !a.content) return false;
  let k = w - 2;
  while (k >= 0 && t[k].kind === 'word' && t[k].lower !== 'among' && w - k <= 4) k--;
  if (k >= 0 && t[k].lower === 'among') return true;
  const next = t[firstAtOrAfter(t, a.content.end)];
  return !!next && next.kind === 'word' && /^[a-z]+ed$/.test(next.text) && !REPORTED.has(next.lower);
}
/** Past forms after what the group said that report it on, not a main verb the group is subject of. */
const REPORTED = new Set(['said', 'reported', 'added', 'warned', 'claimed']);

const POSSESSIVE = /['’]s$/;
const capitalised = (w: string): boolean => w[0] !== w[0].toLowerCase();

/** The index of the first token that starts at or after `offset` (the tokens' count when none does). */
function firstAtOrAfter(t: Sentence['tokens'], offset: number): number {
  let lo = 0;
  let hi = t.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (t[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
