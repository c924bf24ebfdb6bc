// The source after "according to": a person, a group, a body, or a document and who issued it.
import { FINITE_AUXILIARIES, MEDIA_WORDS, ORG_WORDS, VAGUE_SOURCE_HEADS } from './lexicon';
import { copyPhrase, isCapitalized, make, namesBodyAfter, newPhrase, type Phrase } from './mentions';
import { phraseStartingAt } from './phrase-start';
import { spanned } from './source-extent';
import { personAfterRole } from './source-after-cue';
import type { Token } from './types';
import { isBodyNoun, isDocumentHead } from './name-types';
import { spacedHyphen, tokenAt } from './token-at';

/**
 * The source after "according to": the whole noun phrase up to the clause's comma ("a recent poll
 * of Indiana voters", "two senators present"). A phrase we cannot name is a document, or a vague
 * group when its head is one ("someone in attendance", "media trackers").
 */
export function accordingToSource(t: Token[], from: number, prose: string, contentBefore: boolean, vague?: Set<string>): Phrase | null {
  // ("According to him, …": the person a subject pronoun would name)
  const object = OBJECT_PRONOUN[t[from]?.lower ?? ''];
  // (not the possessive: "according to her own account")
  if (object && (t[from + 1]?.kind === 'punct' || !t[from + 1] || (object !== 'she' && t[from + 1].kind !== 'word'))) return make(t, from, from + 1, prose, 'pronoun', object, 'person');
  // ("listed according to whether they were …", "according to how serious": a criterion, no source)
  if (/^(whether|how|what|which|where|when)$/.test(t[from]?.lower ?? '')) return null;
  let to = from;
  // up to the clause's punctuation, or a subordinate clause ("expected by analysts after the company said …")
  // (or a second verb: "by The Post's Greg Sargent and was organized by …")
  while (to < t.length && to - from < 25 && !/^[,;:—–(]$/.test(t[to].text) && !(to > from && (/^(after|before|because|when|while|since|although|though|as|if|but)$/i.test(t[to].text) || spacedHyphen(t, to) || (t[to].lower === 'and' && /^(was|were|is|are|has|have|had)$/.test(tokenAt(t, to + 1)?.lower ?? ''))))) to++;
  // ("According to Ofcom there were almost four million …": the clause the source reports opens
  // before its verb, without a comma)
  const clause = clauseStartBefore(t, from, to);
  if (clause > from) to = clause;
  // ("According to figures gathered by the Pew researchers the average user spends …": a new noun
  // phrase straight after a noun opens the clause the source reports)
  // (not a name in apposition: "research by message analysts the Radicati Group")
  const bounded = to < t.length || contentBefore || clause > from;
  // (nor inside a relative clause: "multiple intelligence sources who have seen the correspondence")
  if (bounded) {
    for (let j = from + 1; j < to; j++) {
      if (/^(who|which|that|whom|whose)$/.test(t[j].lower)) break;
      if (j > from + 1 && /^(the|a|an)$/.test(t[j].lower) && nounEnds(t[j - 1]) && !isCapitalized(t[j + 1])) {
        to = j;
        break;
      }
    }
  }
  while (to > from && t[to - 1].kind !== 'word' && t[to - 1].kind !== 'number') to--;
  // ("according to figures gathered by industry watchdog, Ofcom, …": the body's name after its comma)
  const named = to > from ? nameAfterBodyNoun(t, to) : 0;
  if (named) {
    const text = prose.slice(t[from].start, t[named - 1].end);
    return newPhrase(from, named, t[from].start, t[named - 1].end, text, 'document', text.replace(/^(the|a|an)\s+/i, ''), 'document', undefined);
  }
  const issuer = bounded && to > from && namedIssuer(t, from, to);
  const first = issuer ? null : phraseStartingAt(t, from, prose, vague);
  const p = first && personAfterRole(first, t, prose);
  if (p) return namedInApposition(p.kind !== 'pronoun' && bounded && to > p.to ? spanned(p, t, p.from, to, prose) : p, t, prose);
  if (!bounded || to === from) return null;
  const start = t[from].start;
  const end = t[to - 1].end;
  const text = prose.slice(start, end);
  // ("according to those present": people, unnamed)
  const vagueGroup = !issuer && (t[from].lower === 'those' || t.slice(from, to).some((x) => VAGUE_SOURCE_HEADS.has(x.lower) || !!vague?.has(x.lower) || /^(someone|somebody|attendees?)$/i.test(x.text)));
  const name = text.replace(/^(the|a|an)\s+/i, '');
  if (vagueGroup) return newPhrase(from, to, start, end, text, 'vague', name, 'vague', undefined);
  // ("according to the firm", "according to various newspapers": a body or outlets by their kind; the rest documents)
  const head = t[to - 1].lower;
  const kind = /^[a-z]/.test(t[to - 1].text) ? (ORG_WORDS.has(head) || ORG_WORDS.has(head.replace(/s$/, '')) || isBodyNoun(head) ? 'organization' : MEDIA_WORDS.has(head) || MEDIA_WORDS.has(head.replace(/s$/, '')) ? 'media' : null) : null;
  return kind ? newPhrase(from, to, start, end, text, 'name', name, kind, undefined) : newPhrase(from, to, start, end, text, 'document', name, 'document', undefined);
}

const OBJECT_PRONOUN: Record<string, string> = { him: 'he', her: 'she', them: 'they', us: 'we', me: 'i' };
const BODY_NOUNS = new Set(['watchdog', 'regulator', 'agency', 'body', 'firm', 'company', 'consultancy', 'charity', 'group', 'organisation', 'organization', 'association', 'union', 'institute', 'thinktank', 'think-tank', 'researchers', 'analysts', 'website', 'newspaper']);
/** Where a body's name ends that follows its lower-case noun and a comma, closed by a comma ("by industry watchdog, Ofcom,"), or 0. */
function nameAfterBodyNoun(t: Token[], to: number): number {
  if (t[to]?.text !== ',' || !BODY_NOUNS.has(t[to - 1].lower) || !isCapitalized(t[to + 1])) return 0;
  let j = to + 1;
  while (j < t.length && j - to <= 5 && isCapitalized(t[j])) j++;
  return t[j]?.text === ',' ? j : 0;
}

/** Whether a token can end a noun phrase: a noun or name, not a preposition, verb or article ("researchers", "ONS"). */
const nounEnds = (x: Token): boolean => x.kind === 'word' && !/^(by|of|in|on|at|for|from|to|with|via|and|or|about|than|as|into|over|under|the|a|an|is|are|was|were|that|which|who)$/.test(x.lower) && !/(?:ed|ing|ly)$/.test(x.lower);

/** Heads of what a body issues: figures, reports, results, a release. */
const ISSUED = new Set(['figures', 'reports', 'report', 'results', 'release', 'data', 'statistics', 'numbers', 'estimates', 'records']);
/** What may follow a group's word used as a modifier of an issued document: "official press release", "official figures". */
const ISSUED_MODIFIED = new Set([...ISSUED, 'press', 'news', 'government']);

/**
 * Whether a document in [from, to) names the body that issued it: "figures released by the
 * Electoral Commission", "lending figures from the Bank of England", "reports in the Hollywood
 * Reporter". Not people ("sources at Bangladesh Bank") nor a place ("press reports in China").
 */
function namedIssuer(t: Token[], from: number, to: number): boolean {
  let issued = false;
  for (let k = from; k < to; k++) {
    const w = t[k].lower;
    if (ISSUED.has(w)) issued = true;
    // (a group's word before another noun qualifies it: "an official press release issued by …")
    else if (VAGUE_SOURCE_HEADS.has(w) && !(k + 1 < to && ISSUED_MODIFIED.has(t[k + 1].lower))) return false;
    else if (issued && (w === 'by' || w === 'from' || w === 'in' || w === 'of')) {
      let j = k + 1;
      if (t[j]?.lower === 'the') j++;
      if (j >= to || !isCapitalized(t[j])) continue;
      if (w === 'by') return true;
      // after "from", "in", "of": a name of an organization or an outlet, by its own words
      for (; j < to && (isCapitalized(t[j]) || /^(of|for|and|the)$/.test(t[j].lower)); j++) if (ORG_WORDS.has(t[j].lower) || MEDIA_WORDS.has(t[j].lower)) return true;
    }
  }
  return false;
}

/**
 * "according to analysts Gartner", "market analysts Nielsen/NetRatings": a group's noun with the
 * organization's name right after it names the organization (the group's noun is its role).
 */
function namedInApposition(p: Phrase, t: Token[], prose: string): Phrase {
  if (p.type !== 'vague') return p;
  for (let k = p.from + 1; k < p.to; k++) {
    if (!VAGUE_SOURCE_HEADS.has(t[k - 1].lower) || !namesBodyAfter(t[k - 1].lower, t[k])) continue;
    const name = prose.slice(t[k].start, t[p.to - 1].end);
    // ("according to official Bank of England figures": the body's document, "official" its adjective)
    if (isDocumentHead(t[p.to - 1])) return copyPhrase(p, { kind: 'document', name, type: 'document' });
    return copyPhrase(p, { kind: 'name', name, type: 'organization', role: prose.slice(t[p.from].start, t[k - 1].end) });
  }
  return p;
}

/** Words that may open the subject of the clause after a source: "Microsoft the messages were", "analysts Gartner More than 167 million handsets were". */
const SUBJECT_OPENER = /^(the|a|an|there|it|its|his|her|their|he|she|they|we|most|more|some|many|all|this|these|those|no|few|several|each|every|about|nearly|almost|over|only)$/;

/**
 * Where the clause the source after "according to" reports begins when no comma sets it off, or -1:
 * before a finite auxiliary in [from, to) (in lower case: not "May 7") and not inside a relative clause, at the word after a noun
 * that opens its subject ("According to the official news agency most of the net cafes were
 * closed", "According to Microsoft the messages were sent"), else at a conjunction before it
 * ("according to veterinary advice and its condition has improved"; not inside a name: "… Foundation and Bangladesh Election …"), else at the verb itself
 * ("that according to rights groups has left thousands dead": the subject came before).
 */
function clauseStartBefore(t: Token[], from: number, to: number): number {
  let verb = -1;
  for (let j = from + 1; j < to; j++) {
    if (/^(who|which|that|whom|whose)$/.test(t[j].lower)) return -1;
    if (t[j].kind === 'word' && FINITE_AUXILIARIES.has(t[j].text)) {
      verb = j;
      break;
    }
  }
  if (verb < 0) return -1;
  for (let k = verb - 1; k > from; k--) {
    if (t[k].lower === 'and' && !isCapitalized(t[k + 1])) return k;
    if ((SUBJECT_OPENER.test(t[k].lower) || t[k].kind === 'number') && nounEnds(t[k - 1]) && !SUBJECT_OPENER.test(t[k - 1].lower)) return k;
  }
  return verb;
}
