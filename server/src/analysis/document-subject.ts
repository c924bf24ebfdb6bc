// A document as the subject of what it shows, with the words that say which document it is:
// "FEC records from the 2008 presidential election cycle show …", "Early results of exit polls
// conducted by Edison Research for The Associated Press show …", "a Marist College poll for NBC
// News released last week actually showed …". The readers of mentions.ts stop at the last noun
// before the verb ("the 2008 presidential election cycle"); the document is further back.
import { copyPhrase, firstWordIndex, isCapitalized, phraseEndingAt, type Phrase } from './mentions';
import { DOCUMENT_HEADS, isDocumentHead } from './name-types';
import { spanned } from './source-extent';
import type { Token } from './types';
import { spacedHyphen, tokenAt } from './token-at';

/** Verbs a document reports with. */
const DOCUMENT_VERBS = new Set('show shows showed shown found finds suggest suggests suggested indicate indicates indicated reveal reveals revealed said says concluded concludes estimated estimates predicted predicts projected projects noted notes stated warned warns confirmed confirms claimed claims alleged alleges argued argues described describes describe cited cites say report reported'.split(' '));
/** Words that open what qualifies a document: a preposition or a participle ("from", "conducted by"). */
const QUALIFIER = new Set('of from by for in on at among with conducted released obtained published taken compiled filed issued prepared commissioned sent reviewed provided made posted reported'.split(' '));
/** Words that end the search: a clause of its own lies between the document and the verb. */
const CLAUSE = new Set('is are was were has have had will would can could may might that which who whom because although though while when if as'.split(' '));
/** Words that open a subordinate clause a document may report in. */
const SUBORDINATORS = new Set('after because since until though although while when whereas if once'.split(' '));
const LEAD = new Set('and but yet so still also now meanwhile however'.split(' '));
const POSSESSIVE = /^\p{L}[\p{L}-]*[’']s$/u;

/**
 * The document subject of the verb at c whose subject would end at token k: the document noun
 * phrase and what qualifies it before k, the span running to token `end` (past a time that dates
 * it: "a poll for NBC News released last week showed"). Null when no document heads the subject, or a clause of
 * its own comes between ("records show that a poll conducted by …").
 */
export function documentSubject(t: Token[], k: number, end: number, c: number, prose: string): Phrase | null {
  // ("An AP survey of superdelegates, who are influential …, found", "Figures from industry monitor,
  // the Mobile Data Association (MDA), show", "But the figures - revised after an audit - showed": the
  // document before an aside on it, the aside part of the span)
  const aside = k > 0 && (t[k].text === ',' || isDash(t, k)) ? asideOpening(t, k) : -1;
  if (aside > 0) {
    // (named without the aside: "Figures from industry monitor")
    const inner = documentSubject(t, aside - 1, aside - 1, c, prose) ?? bareDocument(t, aside - 1, prose);
    // (the span ends before the mark that closes the aside, as readers mark it)
    return inner && spanned(inner, t, inner.from, end === k ? k : end + 1, prose);
  }
  // (not "…, he said", "… and said": a subject or a verb of its own before the verb)
  if (k < 1 || (t[k].kind !== 'word' && t[k].kind !== 'number') || CLAUSE.has(t[k].lower) || /^(and|but|or)$/.test(t[k].lower) || t[k - 1].text === ',' || !DOCUMENT_VERBS.has(t[c].lower)) return null;
  for (let j = k - 1; j >= 0 && k - j <= 20; j--) {
    const x = t[j];
    if (x.kind === 'quote' || x.text === ';' || x.text === ':') return null;
    if (x.kind !== 'word') continue;
    if (isDocumentHead(x) && QUALIFIER.has(t[j + 1].lower)) {
      let head = phraseEndingAt(t, j, prose);
      // ("Reports from the US Treasury", "Recent figures from Ofcom": what qualifies them names them)
      if (head?.kind === 'vague' && DOCUMENT_HEADS.has(head.name)) head = copyPhrase(head, { kind: 'document', type: 'document' });
      // ("Photographs from the site show": capitalized only as the sentence's first word; a study
      // "by" a body is the body's, "Research by handset maker Nokia shows", read further on)
      if (head && head.kind !== 'vague' && head.from === j && head.to === j + 1 && j === firstWordIndex(t)) {
        if (madeBy(t, j + 1)) continue;
        head = copyPhrase(head, { kind: 'document', type: 'document', name: x.lower });
      }
      if (!head || head.kind !== 'document') continue;
      // back over the words that only qualify it: "A previously undisclosed email", "The group's quarterly survey"
      let from = head.from;
      while (from > 0 && head.from - from < 4 && t[from - 1].kind === 'word' && ((/^[a-z-]+$/.test(t[from - 1].text) && !/ing$/.test(t[from - 1].text)) || /^(a|an|the)$/i.test(t[from - 1].text) || POSSESSIVE.test(t[from - 1].text)) && !CLAUSE.has(t[from - 1].lower) && !LEAD.has(t[from - 1].lower) && !QUALIFIER.has(t[from - 1].lower) && !SUBORDINATORS.has(t[from - 1].lower)) from--;
      const before = tokenAt(t, from - 1);
      // ("As another Pew study from 2011 noted, …": after the word opening a fronted clause too)
      // (or a subordinate clause, its verb right after it: "… taken on new urgency after leaked documents
      // from his 1995 tax return show …"; not "after the release of documents by …, the prosecutor's office said")
      const opens = from <= firstWordIndex(t) || (!!before && (/^[,;:(—–]$/.test(before.text) || (SUBORDINATORS.has(before.lower) && c - k <= 3 && !t.slice(head.to, k).some((x) => x.text === ',')) || ((LEAD.has(before.lower) || before.lower === 'as') && (from - 1 <= firstWordIndex(t) || /^[,;]$/.test(tokenAt(t, from - 2)?.text ?? '')))));
      // ("Early results of exit polls conducted by …": a document may qualify another further back)
      if (opens) return spanned(outletIn(t, head.to, end, prose) ?? head, t, from, end + 1, prose);
      continue;
    }
    // (a name is no clause word: "a report by Which? magazine")
    if (CLAUSE.has(x.lower) && !(j > firstWordIndex(t) && isCapitalized(x))) return null;
  }
  return null;
}

/** Whether the qualifier at `q` names who made the document: "by …", "compiled by …". */
function madeBy(t: Token[], q: number): boolean {
  return t[q].lower === 'by' || (t[q].lower.endsWith('ed') && tokenAt(t, q + 1)?.lower === 'by');
}

/**
 * An outlet named in what qualifies a document ("A report in the Financial Times", "The article in
 * the magazine", "a new poll conducted for the BBC"): the source is then the outlet, as the span stays the whole phrase, so
 * that the report still rests on the outlet's reporting.
 */
function outletIn(t: Token[], from: number, end: number, prose: string): Phrase | null {
  for (let i = end; i >= from; i--) {
    if (t[i].kind !== 'word' || (i < end && isCapitalized(t[i]) && isCapitalized(t[i + 1]))) continue;
    const p = phraseEndingAt(t, i, prose);
    if (p && p.type === 'media') return p;
  }
  return null;
}

const isDash = (t: Token[], i: number): boolean => t[i].text === '—' || t[i].text === '–' || spacedHyphen(t, i);

/**
 * Where the aside that the comma or dash at k closes opens: the same mark within 25 tokens back,
 * followed by a relative pronoun, an article or a participle ("who are …", "the Mobile Data
 * Association", "revised after …"); -1 when there is none or a quote or clause mark comes between.
 */
function asideOpening(t: Token[], k: number): number {
  const dash = t[k].text !== ',';
  for (let j = k - 1; j > 0 && k - j <= 25; j--) {
    const x = t[j];
    if (x.kind === 'quote' || x.text === ';' || x.text === ':' || x.text === '.') return -1;
    if (dash ? !isDash(t, j) : x.text !== ',') continue;
    const next = tokenAt(t, j + 1);
    return next && /^(who|which|the|a|an|[a-z]+ed)$/i.test(next.text) ? j : -1;
  }
  return -1;
}

/** "But the figures": a document phrase alone ending at k, opening its clause. */
function bareDocument(t: Token[], k: number, prose: string): Phrase | null {
  const p = phraseEndingAt(t, k, prose);
  if (!p || p.kind !== 'document') return null;
  const before = tokenAt(t, p.from - 1);
  return p.from <= firstWordIndex(t) || !before || /^[,;:(—–]$/.test(before.text) || (LEAD.has(before.lower) && p.from - 1 <= firstWordIndex(t)) ? p : null;
}
