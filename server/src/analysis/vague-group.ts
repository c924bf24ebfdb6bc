// Vague groups that report nothing: an unnamed group is a vague source only when the article rests a
// claim on what it says. Not when people at large stand in a clause of circumstance or comparison
// ("When people find that banks …, they get scared", "… longer than people think", "because people
// are angry"; but "more than the £100m analysts had expected" reports a forecast), when it is the
// object of a verb that lets or helps it do something ("lets people find the next time a programme
// airs"), or when it is a title after a capitalised possessive ("Nadine
// Gordimer's July's People tells the story of …").
import { firstWordIndex } from './mentions';
import type { Attribution, Sentence } from './types';

/** Words before the group that put it in a clause of circumstance or comparison. */
const CIRCUMSTANCE = new Set(['when', 'whenever', 'because', 'if', 'unless', 'than', 'where', 'once', 'until']);
/** People at large, whom such a clause is about: "when people find", "until they see", "than most people think". */
const GENERIC = new Set(['people', 'they', 'some', 'someone', 'somebody', 'everyone', 'everybody', 'anyone', 'anybody', 'others', 'folk', 'folks', 'users', 'consumers', 'customers', 'voters', 'citizens', 'readers', 'viewers']);
/** Verbs whose object the group is: it does what they let it do, and tells nobody anything. */
const LETS = new Set(['let', 'lets', 'letting', 'help', 'helps', 'helping', 'helped', 'allow', 'allows', 'allowing', 'allowed', 'enable', 'enables', 'enabling', 'enabled']);
/** Words between such a word and the group's head: "when many people find", "than most people think". */
const QUANTIFIER = new Set(['the', 'many', 'some', 'most', 'more', 'few', 'all', 'other', 'ordinary']);

/** Whether a vague group's attribution in sentence s reports nothing the article rests on. */
export function groupReportsNothing(s: Sentence, a: Attribution): boolean {
  if (a.mention.sentence !== s.index) return false;
  const t = s.tokens;
  let i = 0;
  while (i < t.length && t[i].start < a.mention.start) i++;
  let head = i;
  while (head + 1 < t.length && t[head + 1].end <= a.mention.end) head++;
  if (head >= t.length) return false;
  // a capitalised word after a capitalised possessive: a title ("July's People"), not a group
  const h = t[head];
  const before = t[head - 1];
  // (all of the phrase in capitals: "sources at the Chief Adviser’s Office" are people at a named body)
  if (head > firstWordIndex(t) && capitalised(h.text) && before && capitalised(before.text) && /['’]s$/.test(before.text) && t.slice(i, head + 1).every((x) => x.kind !== 'word' || capitalised(x.text))) return true;
  // (a counted group is a poll's sample: "a survey of more than 1,000 people")
  if (t[i].kind === 'number') return false;
  let k = i - 1;
  while (k >= 0 && QUANTIFIER.has(t[k].lower)) k--;
  if (k < 0) return false;
  // (only people at large: "than analysts had expected" reports a forecast)
  return LETS.has(t[k].lower) || (CIRCUMSTANCE.has(t[k].lower) && GENERIC.has(h.lower));
}

const capitalised = (w: string): boolean => w[0] !== w[0].toLowerCase();
