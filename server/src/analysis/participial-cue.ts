// A participle after the clause it reports on (", saying …", ", adding that …"), one after a
// subordinating word ("…, while saying …"), one that opens the sentence before its subject ("Noting
// that …, Tester added"), one whose own subject stands after a comma ("Residents fled, one telling
// AFP that …"), and one set off by commas after the name it belongs to ("Mr. Manafort, citing …,
// said"): whether it reports, and whose it is.
import type { Found } from './attribution';
import { widenSubject } from './source-extent';
import { clauseSubject, connectiveEnd, cueOf, isAdverb, isQuoteClose, looksLikeVerb, particleAfter, prevEnd, span } from './attribution-grammar';
import { ADVERB_BEFORE_PARTICIPLE, SAYING } from './cue-words';
import { claimIsNotAssertion } from './claim-sense';
import { firstWordIndex, isCapitalized, make, phraseEndingAt, type Phrase } from './mentions';
import { phraseStartingAt } from './phrase-start';
import type { SentenceScan } from './sentence-scan';
import { withAside } from './source-after-cue';
import type { Token } from './types';
import { tokenAt } from './token-at';

const SUBORDINATOR = /^(while|by|after|before|since|upon)$/i;
/** Participles of saying that may open a sentence whose subject follows the comma (not "Writing in …", "Asking for …"). */
const OPENING_PARTICIPLES = new Set('terming hailing praising criticising criticizing highlighting mentioning expressing noting citing claiming arguing insisting warning explaining calling stating declaring accusing urging suggesting describing predicting promising acknowledging admitting denying repeating reiterating recalling stressing emphasizing emphasising'.split(' '));

/**
 * Whether the participle at c reports: after a comma or dash (", adding that …", not ", adding to
 * the strain"), or after a subordinating word when it is a verb of saying ("…, while saying …", "by
 * saying …"; "while stressing salt-adapted organisms" reports nothing). 0 when not; 2 after a
 * subordinating word, 1 otherwise.
 */
export function participialCue(t: Token[], c: number): 0 | 1 | 2 {
  const w = t[c].lower;
  // (a capital is a title's or a name's: "Finding Neverland", "Calling All Cars"; but an opening
  // participle of saying before a comma is the subject's: "Noting that …, Tester added", "Citing X, Will urged")
  if (t[c].text !== w) return c === firstWordIndex(t) && OPENING_PARTICIPLES.has(w) && !isCapitalized(t[c + 1]) ? 2 : 0;
  // ("…, claiming his third victory": to win, not to assert)
  if (w === 'claiming' && claimIsNotAssertion(t, c)) return 0;
  // ("The minister was quoted as saying that …", "was reported by Reuters as saying": the clause's subject speaks)
  if (SAYING.test(w) && t[c - 1]?.lower === 'as' && quotedBefore(t, c - 1)) return 1;
  const subordinate = SAYING.test(w) && SUBORDINATOR.test(tokenAt(t, c - 1)?.text ?? '');
  // (an adverb may come between: "…, only saying that", "- instead saying")
  const before = SAYING.test(w) && ADVERB_BEFORE_PARTICIPLE.test(tokenAt(t, c - 1)?.text ?? '') ? c - 2 : c - 1;
  if (!(subordinate || /^[,—–-]$/.test(tokenAt(t, before)?.text ?? '') || (isQuoteClose(t[c - 1]) && /^[,']$/.test(tokenAt(t, c - 2)?.text ?? '')) || absoluteSubject(t, c) || namedAbsolute(t, c)) || (w === 'adding' && t[c + 1]?.lower === 'to')) return 0;
  return subordinate ? 2 : 1;
}

/** Where "quoted", "reported" or "cited" stands before the "as" at i, past a short "by" phrase ("quoted by Reuters as"), or -1. */
function quotedAt(t: Token[], i: number): number {
  for (let k = i - 1; k >= 0 && i - k <= 6; k--) {
    if (/^(quoted|reported|cited)$/.test(t[k].lower)) return k === i - 1 || t[k + 1].lower === 'by' ? k : -1;
    if (t[k].kind !== 'word' && t[k].text !== '.') return -1;
  }
  return -1;
}
const quotedBefore = (t: Token[], i: number): boolean => quotedAt(t, i) >= 0;
const PASSIVE_AUXILIARY = /^(is|are|was|were|be|been|being|has|have|had|will|would|may|might|also|widely|often|later|once)$/;

/** The one quoted: the subject right before "was quoted" (at `quoted`), "has been reported" ("Prince Saud has been reported as saying"). */
function quotedSubject(t: Token[], quoted: number, prose: string): Phrase | null {
  let k = quoted - 1;
  while (k >= 0 && PASSIVE_AUXILIARY.test(t[k].lower)) k--;
  const p = k >= 0 ? phraseEndingAt(t, k, prose) : null;
  return p ? widenSubject(p, t, prose) : null;
}

/** Words that stand as a participle's own subject after a comma: "Residents fled, one telling AFP that …". */
const ABSOLUTE = new Set(['one', 'another', 'some', 'many', 'most', 'several', 'others', 'both', 'each', 'few']);
// ("…, with one telling AFP …" too)
const absoluteSubject = (t: Token[], c: number): boolean =>
  c >= 2 && ABSOLUTE.has(t[c - 1].lower) && t[c - 1].text === t[c - 1].lower && (t[c - 2].text === ',' || (t[c - 2].lower === 'with' && tokenAt(t, c - 3)?.text === ','));
/** ("…, with Republican Senator John McCain telling reporters …": a name after ", with" is the participle's own subject) */
function namedAbsolute(t: Token[], c: number): boolean {
  // (not a figure added: "with China adding 178 million new PCs")
  if (!SAYING.test(t[c].lower) || !isCapitalized(t[c - 1]) || (t[c].lower === 'adding' && t[c + 1]?.lower !== 'that' && t[c + 1]?.kind !== 'quote')) return false;
  let j = c - 1;
  while (j > 0 && c - j <= 6 && (isCapitalized(t[j]) || t[j].text === '.')) j--;
  return t[j]?.lower === 'with' && tokenAt(t, j - 1)?.text === ',';
}

/**
 * The participial cue at c (participialCue said it reports): its subject is the clause's or the last
 * speaker's. One with a subject of its own ("…, one telling AFP …") reports as a finite verb would.
 */
export function participialAt(scan: SentenceScan, c: number, subordinate: boolean): Found | null {
  const { t, prose, found } = scan;
  const last = c + particleAfter(t, c);
  const clause = scan.nextPunct('clause', last);
  let stop = clause > 0 ? t[clause - 1].end : scan.end;
  let subject: Phrase | null;
  // ("was quoted as saying": where "quoted" stands, or -1)
  const quoted = t[c - 1]?.lower === 'as' ? quotedAt(t, c - 1) : -1;
  // "After saying he was nervous, the man asked …": the subject follows the opening clause
  // ("One month after announcing …" too: a short time before it; not a clause's verb, "Husted continued by saying").
  const first = firstWordIndex(t);
  const named = namedAbsolute(t, c);
  const absolute = named || absoluteSubject(t, c);
  if (named) subject = phraseEndingAt(t, c - 1, prose, scan.vague);
  else if (absolute) subject = phraseStartingAt(t, c - 1, prose, scan.vague) ?? make(t, c - 1, c, prose, 'vague', t[c - 1].lower, 'vague');
  else if (subordinate && (c <= first + 1 || (c - 1 - first <= 3 && t.slice(first, c - 1).every((x, i) => x.kind === 'number' || (x.kind === 'word' && (i === 0 || !isCapitalized(x)) && !(i > 0 && looksLikeVerb(x.text))))))) {
    let comma = scan.nextPunct(',', last);
    subject = comma > 0 ? subjectAfter(scan, comma) : null;
    // ("Acknowledging irregularities, violence and casualties in some areas, he said": a list in the
    // participle's object; the subject is the one a verb of speech follows, at a later comma)
    if (!(subject && speaks(t, subject))) {
      for (let k = scan.nextPunct(',', comma); k > 0 && (clause < 0 || k <= clause); k = scan.nextPunct(',', k)) {
        const later = listEnds(t, comma, k) ? subjectAfter(scan, k) : null;
        if (later && speaks(t, later)) {
          [subject, comma] = [later, k];
          break;
        }
      }
    }
    if (comma > 0) stop = t[comma - 1].end;
  } else if (!found.length && c >= 2 && t[c - 1].text === ',' && verbAfter(t, scan.nextPunct(',', last)) && (subject = asideSpeaker(t, c, prose))) {
    // "Mr. Manafort, citing “the unique magic of Trump,” said …": the aside's content ends at its comma
    stop = Math.min(stop, t[scan.nextPunct(',', last) - 1].end);
  } else if (quoted >= 0) {
    // ("was quoted by Reuters as saying": the one quoted, not the outlet)
    subject = quotedSubject(t, quoted, prose) ?? clauseSubject(t, c, prose);
    // ("…, Prince Saud has been reported as saying.": closing the sentence, it reports the clause before)
    if (subject && (!t[last + 1] || /^[.!?]$/.test(t[last + 1].text)) && subject.from >= 2 && t[subject.from - 1].text === ',') return { phrase: subject, cue: cueOf(t[c]), content: span(t[connectiveEnd(t)].start, prevEnd(t, subject.from - 1)), kind: 'participial' };
  } else if (found.length) subject = found[found.length - 1].phrase;
  else {
    subject = clauseSubject(t, c, prose);
    // ("Trump and Ryan issued a statement describing …": the clause's whole subject)
    if (subject) subject = withAside(subject.kind === 'pronoun' ? subject : widenSubject(subject, t, prose), t, prose);
  }
  if (!subject) return null;
  // ("Zucker responded by saying that …": the verb before "by" is the cue already, the gerund its manner)
  if (subordinate && c >= 2 && t[c - 1].lower === 'by' && found.some((f) => f.cue.end === t[c - 2].end)) return null;
  // (the comma or colon before a quote is no part of it: "by saying, “We will appeal …”")
  const from = /^[,:]$/.test(t[last + 1]?.text ?? '') && t[last + 2] ? last + 2 : last + 1;
  return { phrase: subject, cue: { start: t[c].start, end: t[last].end, text: prose.slice(t[c].start, t[last].end) }, content: span(t[from]?.start ?? t[c].end, stop), kind: absolute ? 'indirect' : 'participial' };
}

/** The subject that opens after the comma at `comma`, when a verb follows it (not "the former vice" of "the former vice president's spokeswoman told"). */
function subjectAfter(scan: SentenceScan, comma: number): Phrase | null {
  const { t, prose } = scan;
  const subject = phraseStartingAt(t, comma + 1, prose, scan.vague);
  const next = subject ? tokenAt(t, subject.to) : undefined;
  if (next && next.kind === 'word' && (/[’']s$/.test(next.text) || !(looksLikeVerb(next.text) || isAdverb(next.text) || next.info.cue !== 0 || next.text.endsWith('s')))) return null;
  return subject;
}
/** Whether a verb of speech follows the subject, past an adverb: "he said", "officials also told". */
const speaks = (t: Token[], subject: Phrase): boolean => {
  let i = subject.to;
  if (t[i] && isAdverb(t[i].text)) i++;
  return !!t[i] && t[i].kind === 'word' && t[i].info.cue !== 0;
};

/** Whether the words between two commas end a list ("…, violence and casualties in some areas,"), not a clause ("…, people would be able to …,"). */
function listEnds(t: Token[], from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if (t[i].lower === 'and' || t[i].lower === 'or') return true;
  return false;
}

/** Whether the comma at i closes an aside before its clause's verb: ", citing …, said". */
const verbAfter = (t: Token[], i: number): boolean => i > 0 && !!t[i + 1] && t[i + 1].kind === 'word' && (t[i + 1].info.cue !== 0 || looksLikeVerb(t[i + 1].text));

/** The name that opens the sentence right before a participle set off by commas: "Salceda, citing data from …, said". */
function asideSpeaker(t: Token[], c: number, prose: string): Phrase | null {
  const p = phraseEndingAt(t, c - 2, prose);
  return p && p.kind === 'name' && p.from === firstWordIndex(t) ? p : null;
}
