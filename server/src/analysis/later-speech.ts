// A verb of speech inside what an earlier cue of its sentence reports, that is the sentence's own
// report: "Mr. Obama warned Xi not to move on the shoal, said an American official who was briefed",
// "The White House contends that …, and Brian Deese, the climate adviser, said he …". The earlier
// content ends before it, as newClauseAt (clause-boundaries.ts) does for a plain subject.
import { closesQuoteAfterComma, isAdverb, looksLikeVerb } from './attribution-grammar';
import { cutBefore } from './clause-boundaries';
import { MONTHS, TITLE_WORDS, VAGUE_SOURCE_HEADS, WEEKDAYS } from './lexicon';
import { startsUpper } from './letters';
import { phraseEndingAt, type Phrase } from './mentions';
import { phraseStartingAt } from './phrase-start';
import { PERSON_NOUN } from './name-types';
import { isAppositive } from './source-extent';
import { widenInverted } from './source-after-cue';
import type { Span, Token } from './types';
import { tokenAt } from './token-at';

/** Verbs of speech that may come before their source at the end of a sentence: "…, said the minister." */
const INVERTING = new Set('said says added adds wrote writes reported reports explained noted asked continued argued recalled insisted warned stated tweeted remarked observed acknowledged conceded countered replied responded declared announced predicted concluded claimed'.split(' '));
/** Lower-case words that may open a source after its verb, besides roles and nouns for people: "said the minister", "said former Gov. Jim Doyle". */
const LOWER_OPENERS = /^(the|a|an|one|two|three|some|many|several|former|retired|then|longtime|senior|top|veteran)$/;
/** Words that may open the clause of a new subject. */
const OPENS = new Set([',', ';', '—', '–', 'and', 'but', 'while', 'whereas', 'although', 'though', 'because', 'yet', 'so', 'since', 'then']);

export function laterSpeech<F extends { kind: string; cue: Span; content: Span | null }>(t: Token[], c: number, found: F[], prose: string): F | undefined {
  const before = t[c - 1];
  if (!before) return undefined;
  // "…, said an American official who was briefed …": the source after the verb closes the sentence
  // (a few words may follow it: "on Tuesday", "by telephone this week"; not a clause: "told reporters that …")
  if (before.text === ',' || closesQuoteAfterComma(t, c - 1)) {
    const inverted = invertedAt(t, c, found, prose);
    if (inverted) return inverted;
  }
  // "… his former wife: “She signed a confidentiality agreement,” he told the Times": the quote's own cue
  const quoted = quoteItReports(t, c, found, prose);
  if (quoted) return quoted;
  // "…, and Brian Deese, the White House climate change adviser, said he …": a person, an aside, the verb
  let k = c - 1;
  while (k >= 0 && t[k].kind === 'word' && isAdverb(t[k].text)) k--;
  if (t[k]?.text !== ',') return undefined;
  let j = k - 1;
  while (j > 0 && k - j < 16 && t[j].text !== ',') j--;
  if (t[j]?.text !== ',' || !isAppositive(t, j + 1)) return undefined;
  const subject = phraseEndingAt(t, j - 1, prose);
  if (!subject || subject.kind !== 'name' || subject.type !== 'person' || !(OPENS.has(tokenAt(t, subject.from - 1)?.lower ?? '') || closesQuoteAfterComma(t, subject.from - 1))) return undefined;
  let b = subject.from - 1;
  if (t[b].kind === 'word' && tokenAt(t, b - 1)?.text === ',') b--;
  return cutBefore(t, b, c, found);
}

/**
 * A name or pronoun right after a quote its comma closes, then the verb at c: the quote is theirs,
 * and an earlier cue's content ends before the quote (before a colon that leads into it).
 */
function quoteItReports<F extends { kind: string; cue: Span; content: Span | null }>(t: Token[], c: number, found: F[], prose: string): F | undefined {
  if (!INVERTING.has(t[c].lower) && t[c].lower !== 'told' && t[c].lower !== 'tells') return undefined;
  const subject = phraseEndingAt(t, c - 1, prose);
  if (!subject || subject.to !== c || (subject.kind !== 'name' && subject.kind !== 'pronoun') || !closesQuoteAfterComma(t, subject.from - 1)) return undefined;
  for (let o = subject.from - 3; o >= 0; o--) {
    if (t[o].kind !== 'quote') continue;
    // (the first mark back is the quote's opening: a curly “, or a straight one after a space)
    const opening = t[o].text === '“' || ((t[o].text === '"' || t[o].text === "''") && /\s|^$/.test(prose[t[o].start - 1] ?? ''));
    if (!opening) return undefined;
    return cutBefore(t, o > 0 && t[o - 1].text === ':' ? o - 1 : o, c, found);
  }
  return undefined;
}

function invertedAt<F extends { kind: string; cue: Span; content: Span | null }>(t: Token[], c: number, found: F[], prose: string): F | undefined {
  if (!invertedSource(t, c, prose)) return undefined;
  let b = c - 1;
  while (b > 0 && t[b].text !== ',') b--;
  return cutBefore(t, b, c, found);
}

/**
 * The source after a verb of speech at c that closes its sentence ("…, said an American official
 * who was briefed.", "…, said lobbyist Charlie Black, a former partner."), or null. It opens with a
 * capital, an article, a role or a noun for people (not "of Cruz", "plans to …"), is not a pronoun, a day or a
 * month, has no verb in it ("contractors eventually built") and is not the subject of one ("the
 * party was wrong"); after it come at most a relative clause or a few words without a verb.
 */
export function invertedSource(t: Token[], c: number, prose: string): Phrase | null {
  if (!INVERTING.has(t[c].lower)) return null;
  const first = t[c + 1];
  if (!first || first.kind !== 'word' || !(startsUpper(first.text) || LOWER_OPENERS.test(first.text) || TITLE_WORDS.has(first.text) || VAGUE_SOURCE_HEADS.has(first.text) || (PERSON_NOUN.test(first.text) && first.text.length > 4))) return null;
  const p = phraseStartingAt(t, c + 1, prose);
  if (!p || p.kind === 'pronoun' || WEEKDAYS.has(p.name.toLowerCase()) || MONTHS.has(p.name.toLowerCase())) return null;
  for (let i = p.from + 1; i < p.to; i++) if (t[i].kind === 'word' && !startsUpper(t[i].text) && isVerb(t[i].text)) return null;
  const to = widenInverted(p, t, prose).to;
  if (t[to]?.lower === 'who' || t[to]?.lower === 'which') return p;
  let words = 0;
  for (let i = to; i < t.length; i++) {
    // ("…, reports The Washington Post, citing audio recordings it says it obtained": the source's
    // participle after its comma ends the source's clause, whatever follows)
    // (a verb in the present, as such inversions are: not "…, announced the news, adding …")
    if (i > to && t[i - 1].text === ',' && /^[a-z]+ing$/.test(t[i].text) && /s$/.test(t[c].lower)) return p;
    if (t[i].kind === 'word' && (t[i].lower === 'that' || isVerb(t[i].text) || ++words > 6)) return null;
  }
  return p;
}

/** A verb, or a negated auxiliary ("didn’t", "won't"). */
const isVerb = (word: string): boolean => looksLikeVerb(word) || /n[’']t$/i.test(word);

/** Participles that name what comes before them: "The tool, called Picasa,", "the scheme, dubbed Qatargas-2,". */
const NAMING_PARTICIPLE = /^(called|dubbed|named|nicknamed|titled|entitled|labelled|labeled|branded|termed|known)$/;
const CONTRACTED_SUBJECT = /^(i|you|he|she|it|we|they|that|there|who)[’'](ll|s|re|ve|d|m)$/i;
const MODAL = /^(should|must|shall|might|need|needs)$/;
/** Present forms that set off their source between commas as often: "Then, say analysts, …", "More significantly, argues the report, …". */
const INVERTING_PRESENT = new Set('say explains argues suggests notes insists warns'.split(' '));

/**
 * Whether the cue at c may take its source after it when a plain comma comes before it at k. A
 * verb that inverts in news copy does ("Then, say analysts, …", "The answer, says Prof Brewer, is
 * wi-fi"); a naming participle never does ("The tool, called Picasa,"); any other verb only after a
 * clause with a verb of its own ("…, the revenue streams will grow, thinks Paolo Pescatore"): after a
 * noun phrase and its asides the subject came first and the words after the verb are its object
 * ("China Central Television, the state broadcaster, claims an audience of …", "A delegation, led
 * by Erik Solheim, expressed keen interest").
 */
export function mayInvertAfterComma(t: Token[], k: number, c: number): boolean {
  const w = t[c].lower;
  if (NAMING_PARTICIPLE.test(w)) return false;
  if (INVERTING.has(w) || INVERTING_PRESENT.has(w)) return true;
  for (let i = 0; i < k; i++) {
    const x = t[i];
    if (x.kind !== 'word') continue;
    // (a participle opening an aside: ", led by", ", called")
    if (tokenAt(t, i - 1)?.text === ',' && (/ed$/.test(x.lower) || x.lower === 'led' || x.lower === 'known')) continue;
    // (a word after an article is a noun: "the state broadcaster")
    if (/^(the|a|an)$/.test(tokenAt(t, i - 1)?.lower ?? '')) continue;
    if (looksLikeVerb(x.text) || MODAL.test(x.lower) || CONTRACTED_SUBJECT.test(x.text)) return true;
  }
  return false;
}
