// Whose words a clause gives, said by a phrase rather than a verb, as "according to" says it: "In the
// words of the minister, the deal is historic", "the city is, in Forbes’ words, “the most
// entrepreneurial place …”", "In his own words, …", "To quote the report, …"; and who reported it
// first, set off after it: "…, as first reported by the New York Times on Tuesday.", "The campaign,
// first reported by The Washington Post, is …".
import type { Found } from './attribution';
import { accordingToSource } from './according-source';
import { REPORTED_BY, reportedByAt, sourcedAs, sourcedBy } from './attribution-forms';
import { connectiveEnd, prevEnd, span } from './attribution-grammar';
import { copyPhrase, firstWordIndex, make, phraseEndingAt, type Phrase } from './mentions';
import { TIME_WORDS } from './lexicon';
import type { Token } from './types';

/** The pronoun a possessive stands for, which speaker resolution reads: "in his words" is his. */
const OWNER_PRONOUNS = new Map([['his', 'he'], ['her', 'she'], ['their', 'they'], ['its', 'it']]);

/** The first such phrase in the sentence, or null. Only a sentence holding "words" or "quote" is read. */
export function wordsOf(t: Token[], prose: string, end: number, vague?: Set<string>): Found | null {
  let hint = false;
  for (let i = 0; i < t.length && !hint; i++) hint = t[i].lower === 'words' || t[i].lower === 'quote';
  if (!hint) return null;
  for (let i = 0; i + 2 < t.length; i++) {
    const w = t[i].lower;
    let found: Found | null = null;
    if (w === 'in' && t[i + 1].lower === 'the' && t[i + 2].lower === 'words' && t[i + 3]?.lower === 'of') found = sourcedBy(t, i, i + 4, prose, end, vague);
    else if (w === 'in') found = ownersWords(t, i, prose, end);
    // ("To quote the report, …" opens its clause; "wants to quote the minister" is a verb's object)
    else if (w === 'to' && t[i + 1].lower === 'quote' && (i === firstWordIndex(t) || t[i - 1].text === ',')) found = sourcedBy(t, i, i + 2, prose, end, vague);
    if (found && found.phrase.kind !== 'vague' && setOff(t, i, found.phrase.to)) return quoted(t, i, found, end);
  }
  return null;
}

/**
 * Whether the phrase over tokens [i, to) stands apart from its clause, as a source does: it opens
 * the sentence or follows a comma ("…, and in his own words, …"), and a comma, a colon, a quote or the
 * sentence's end follows it. Not a manner adverbial: "publish their thoughts in their own words".
 */
function setOff(t: Token[], i: number, to: number): boolean {
  const before = i === firstWordIndex(t) || t[i - 1].text === ',' || ((t[i - 1].lower === 'and' || t[i - 1].lower === 'but') && t[i - 2]?.text === ',');
  const after = t[to];
  return before && (!after || after.text === ',' || after.text === ':' || after.kind === 'quote' || (t[i - 1]?.text === ',' && /^[.!?]$/.test(after.text)));
}

/**
 * "in Forbes’ words", "in Mr Smith's words", "in his own words": the owner before "words" is the
 * source; its phrase runs to "words", as the words are theirs. Null for "in other words".
 */
function ownersWords(t: Token[], i: number, prose: string, end: number): Found | null {
  let k = i + 1;
  while (k < t.length && k - i <= 6 && t[k].lower !== 'words') k++;
  if (t[k]?.lower !== 'words' || k === i + 1) return null;
  let owner = t[k - 1].lower === 'own' ? k - 2 : k - 1;
  if (owner <= i) return null;
  let p: Phrase | null;
  const pronoun = OWNER_PRONOUNS.get(t[owner].lower);
  if (pronoun && owner === i + 1) p = make(t, owner, owner + 1, prose, 'pronoun', pronoun, 'person');
  else {
    // ("Forbes’": the apostrophe after a plural's s is a token of its own)
    if (t[owner].kind === 'quote' && /^['’]$/.test(t[owner].text) && t[owner].start === t[owner - 1]?.end && /s$/i.test(t[owner - 1].text)) owner--;
    else if (!/['’]s$/.test(t[owner].text)) return null;
    p = phraseEndingAt(t, owner, prose);
    if (!p || p.kind === 'pronoun' || p.from !== i + 1) return null;
  }
  const phrase = copyPhrase(p, { to: k + 1, end: t[k].end, text: prose.slice(p.start, t[k].end) });
  return sourcedAs(t, i, i + 1, phrase, prose, end);
}

/**
 * A quote right after the phrase is what it gives ("…, in Forbes’ words, “they are the most …”"), and
 * so is one right before it that closes the clause ("…, which amounted to "a doctor showing up after
 * a patient's death", in the words of Dr Majumder.").
 */
function quoted(t: Token[], i: number, f: Found, end: number): Found {
  let k = f.phrase.to;
  if (t[k]?.text === ',' || t[k]?.text === ':') k++;
  if (t[k]?.kind === 'quote' && f.content && f.content.end <= t[k].start) return { phrase: f.phrase, cue: f.cue, content: span(t[k].start, end), kind: f.kind };
  const close = t[i - 1]?.text === ',' ? i - 2 : -1;
  if (close < 1 || t[close].kind !== 'quote') return f;
  let open = close - 1;
  while (open >= 0 && t[open].kind !== 'quote') open--;
  return open >= 0 && open < close - 1 ? { phrase: f.phrase, cue: f.cue, content: span(t[open].start, t[close].end), kind: f.kind } : f;
}

/**
 * "…, as first reported by the New York Times on Tuesday.", "… to practice, a fact first reported by
 * Christopher Heath", "Starr's remarks, first reported by The New York Times, suggested …": a report
 * set off after what was reported. What it reports is the clause before its comma, or the subject a
 * participle set off by commas follows.
 */
export function reportedByAfter(t: Token[], prose: string, vague?: Set<string>): Found | null {
  // (most sentences have no "… reported by": one pass over their words says so)
  let hint = false;
  for (let i = 1; i < t.length && !hint; i++) hint = t[i].lower === 'by' && REPORTED_BY.test(t[i - 1].lower);
  if (!hint) return null;
  for (let comma = 1; comma + 2 < t.length; comma++) {
    if (t[comma].text !== ',') continue;
    // (after the comma: "as", "a fact" or nothing, then "(first) reported by")
    let c = comma + 1;
    if (t[c].lower === 'as') c++;
    else if (/^(a|an)$/.test(t[c].lower) && /^(fact|detail|claim|story|figure|finding)$/.test(t[c + 1]?.lower ?? '')) c += 2;
    const by = reportedByAt(t, c);
    if (by < 0) continue;
    let p = accordingToSource(t, by, prose, true, vague);
    if (!p || p.kind === 'pronoun' || p.kind === 'vague') return null;
    // (the day it was reported is no part of who reported it: "the New York Times on Tuesday")
    for (let k = p.from + 1; k < p.to; k++) if (t[k].lower === 'on' && TIME_WORDS.test(t[k + 1]?.text ?? '')) p = copyPhrase(p, { to: k, end: t[k - 1].end, text: prose.slice(p.start, t[k - 1].end) });
    const after = t[p.to];
    const closes = !after || /^[.!?;]$/.test(after.text) || /^(on|in|last|this|earlier|yesterday|today)$/.test(after.lower) || after.text === ',';
    if (!closes || comma <= connectiveEnd(t)) return null;
    // (the cue without "as" and "by", as readers mark it: "first reported")
    const content = span(t[connectiveEnd(t)].start, prevEnd(t, comma));
    return content ? { phrase: p, cue: { start: t[c].start, end: t[by - 2].end, text: prose.slice(t[c].start, t[by - 2].end) }, content, kind: 'according-to' } : null;
  }
  return null;
}
