// Attribution forms read as a whole: the passive ("was first reported by MSNBC"), a study opening the
// sentence ("In a new CNN/ORC poll, …"), an attitude ("is confident that"), and the forms that read
// the whole sentence after its cue words (a name, a colon and a quote; nominal cues).
import type { Found } from './attribution';
import { cueOf, isAdverb, looksLikeVerb, prevEnd, span } from './attribution-grammar';
import { copyPhrase, firstWordIndex, isCapitalized, phraseEndingAt } from './mentions';
import { nominalCues } from './nominal-cues';
import { accordingToSource } from './source-extent';
import type { Token } from './types';

const STUDY_HEADS = /\b(poll|polls|polling|survey|surveys|study|studies|report|analysis|census|research|paper|index|ranking|review|tally|count)\b/i;

/** "In a new CNN/ORC poll, Clinton leads …": the study is the source, the rest of the sentence its content. */
export function studyOpening(t: Token[], prose: string, end: number, vague?: Set<string>): Found | null {
  const first = firstWordIndex(t);
  const opening = t[first]?.text === 'In' ? accordingToSource(t, first + 1, prose, false, vague) : null;
  if (!opening || !(opening.kind === 'document' || headedByStudy(t, opening.from, opening.to)) || !STUDY_HEADS.test(opening.text) || t[opening.to]?.text !== ',' || !t[opening.to + 1]) return null;
  // "In the latest poll, conducted in May, Clinton led": the participle that dates it belongs to the study
  let to = opening.to;
  if (/^(conducted|taken|released|published|fielded|carried)$/.test(t[to + 1].lower)) {
    let j = to + 2;
    while (j < t.length && j - to < 10 && t[j].text !== ',') j++;
    if (t[j]?.text === ',' && t[j + 1]) to = j;
  }
  const phrase = to === opening.to ? opening : copyPhrase(opening, { to, end: t[to - 1].end, text: prose.slice(opening.start, t[to - 1].end) });
  return { phrase, cue: cueOf(t[first]), content: span(t[to + 1].start, end), kind: 'according-to' };
}

const STUDY_HEAD = /^(poll|survey|study|report|analysis|census|index|ranking|review|tally|count)$/;
/**
 * Whether a study noun heads the phrase over tokens [from, to) before anything that could open a
 * clause: "an NBC News/Wall Street Journal poll released Monday", not "a state where polls show".
 */
function headedByStudy(t: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const x = t[i];
    if (x.kind === 'word' && STUDY_HEAD.test(x.lower)) return true;
    if (x.kind === 'word' ? /^(where|that|which|who|when|and|or|but)$/.test(x.lower) || (!/^\p{Lu}/u.test(x.text) && looksLikeVerb(x.text)) : !/^[/&.-]$/.test(x.text) && x.kind !== 'number') return false;
  }
  return false;
}

/** "X was first reported by MSNBC": the cue from the auxiliary to the participle (annotators leave "by" out), the source after it, the subject as content. */
export function passiveAt(t: Token[], c: number, prose: string, vague?: Set<string>): Found | null {
  let k = c - 1;
  while (k >= 0 && t[k].kind === 'word' && isAdverb(t[k].text)) k--;
  // "When asked by a reporter whether …, Trump said": a passive clause without its auxiliary, the
  // question its content
  if (/^(when|after|once|before|if)$/i.test(t[k]?.text ?? '') && /^(asked|pressed|questioned|challenged)$/.test(t[c].lower)) return askedBy(t, c, prose, vague);
  if (!/^(was|were|is|are|been|be|being)$/i.test(t[k]?.text ?? '')) return null;
  while (k > 0 && /^(has|have|had|will|would|to|been)$/i.test(t[k - 1].text)) k--;
  const phrase = accordingToSource(t, c + 2, prose, true, vague);
  if (!phrase || phrase.kind === 'pronoun') return null;
  const first = firstWordIndex(t);
  return {
    phrase,
    cue: { start: t[k].start, end: t[c].end, text: prose.slice(t[k].start, t[c].end) },
    content: k > first ? span(t[first].start, prevEnd(t, k)) : null,
    kind: 'indirect',
  };
}

const QUESTION = /^(whether|if|about|how|why|what|when|to)$/;
function askedBy(t: Token[], c: number, prose: string, vague?: Set<string>): Found | null {
  let q = c + 2;
  while (q < t.length && q - c < 8 && t[q].kind === 'word' && !QUESTION.test(t[q].lower)) q++;
  const phrase = q < t.length && QUESTION.test(t[q].lower) ? phraseEndingAt(t, q - 1, prose, vague) : null;
  if (!phrase || phrase.kind === 'pronoun' || phrase.from !== c + 2) return null;
  let end = phrase.to;
  while (end < t.length && t[end].text !== ',' && t[end].kind !== 'quote' && t[end].text !== '.') end++;
  return { phrase, cue: cueOf(t[c]), content: span(t[phrase.to].start, prevEnd(t, end)), kind: 'indirect' };
}

const BE = /^(is|are|was|were|be|been|being|am|remain|remains|remained|seemed|seems|appear|appears|appeared|became|become|becomes|grew|’s|'s|’re|'re)$/i;

/**
 * "Clinton is confident that …", "Republicans were deeply skeptical of …": a form of "be" and an
 * adjective of stance, the subject before it the source. The cue runs from "be" through the
 * adjective and its preposition, if any; what follows is the content.
 */
export function attitudeAt(t: Token[], c: number, prose: string, end: number, vague?: Set<string>): Found | null {
  let k = c - 1;
  while (k >= 0 && t[k].kind === 'word' && (isAdverb(t[k].text) || /^(not|never|so|too|very|more|less|most|all|both|also|still)$/i.test(t[k].text))) k--;
  if (!BE.test(t[k]?.text ?? '')) return null;
  let be = k;
  while (be > 0 && /^(has|have|had|will|would|could|may|might|to|been|not|also|still)$/i.test(t[be - 1].text)) be--;
  const phrase = be > 0 ? phraseEndingAt(t, be - 1, prose, vague) : null;
  if (!phrase || (phrase.kind === 'pronoun' && phrase.name === 'it')) return null;
  const prep = /^(of|about|with|at|in|over)$/.test(t[c + 1]?.lower ?? '') ? c + 1 : c;
  const next = t[prep + 1];
  if (!next || next.kind === 'punct') return null;
  return {
    phrase,
    cue: { start: t[be].start, end: t[prep].end, text: prose.slice(t[be].start, t[prep].end) },
    content: span(next.start, end),
    kind: 'indirect',
  };
}

/** The forms that read the whole sentence, after its cue words: a colon before a quote, a study's opening, nominal cues. */
export function sentenceWideForms(t: Token[], prose: string, end: number, vague: Set<string> | undefined, found: Found[], nouns: number): Found[] {
  // "Burnley boss Steve Cotterill: “They will be fresh …”": a name, a colon, a quote.
  if (!found.length) {
    const first = firstWordIndex(t);
    // (only the first eight tokens can hold it: no scan of the rest of the sentence)
    let colon = -1;
    for (let k = first + 1; k <= first + 7 && k < t.length; k++) {
      if (t[k].text === ':') {
        colon = k;
        break;
      }
    }
    if (colon > first && t[colon + 1]?.kind === 'quote' && isCapitalized(t[colon - 1])) {
      const p = phraseEndingAt(t, colon - 1, prose, vague);
      // a role may open the line: "Burnley boss Steve Cotterill:"
      if (p && p.kind === 'name' && p.type === 'person' && t.slice(first, p.from).every((x) => x.kind === 'word')) {
        found.push({ phrase: p, cue: cueOf(t[colon]), content: span(t[colon + 1].start, end), kind: 'direct-quote' });
      }
    }
    const opening = studyOpening(t, prose, end, vague);
    if (opening) found.push(opening);
  }
  // "Trump’s support for the wall": nouns of speech and stance, outside what is already reported.
  if (nouns) for (const n of nominalCues(t, prose, found)) found.push({ ...n, kind: 'nominal' });
  return found;
}
