// Attribution: for each sentence, who said it (source), through which words (cue) and channel, and
// which part of the sentence is theirs (content). speaker-resolution.ts then folds the mentions of
// all sentences into sources.
import { dashSignature } from './dash-signature';
import type { UserTerms } from './lexicon';
import { ACCORDING, ATTITUDE, NOMINAL, PARTICIPIAL, SPEECH, STANCE } from './cue-words';
import { contentEnd, cueOf, span } from './attribution-grammar';
import { firstWordIndex, isCapitalized, isWritersPronoun, mayExtendName, phraseEndingAt, type Phrase } from './mentions';
import { channelOf } from './channel';
import { qualifiesRoleAfter } from './name-roles';
import { nominalCues } from './nominal-cues';
import { accordingAt, asPerOpening, attitudeAt, colonOpening, openingCueAt, studyClosing, studyOpening } from './attribution-forms';
import { participialAt, participialCue } from './participial-cue';
import { SentenceScan } from './sentence-scan';
import { splitAsides } from './aside-content';
import { withoutOccasion } from './channel-tail';
import { verbCueAt } from './verb-cue';
import { reportedByAfter, wordsOf } from './words-of';
import { transcriptLabel } from './transcript';
import { BODY_SIGNS, bodiesShownIn, NO_BODIES } from './body-evidence';
import { bodiesNamedIn, KIND_HEAD_SIGN } from './body-heads';
import type { Attribution, Block, QuoteSpan, Sentence, Source, Span, Token } from './types';
import { isBody, resolveAttributions } from './speaker-resolution';

const NO_TERMS: UserTerms = { cues: new Set(), vague: new Set() };

export interface Found {
  phrase: Phrase;
  cue: Span & { text: string };
  content: Span | null;
  kind: Attribution['kind'];
  /** Holds only in the document's first line (a headline "Name: claim."), which the cross-sentence pass checks. */
  firstLineOnly?: boolean;
  /** A speaker's label opening a paragraph ("PENCE: …"), which holds only in a transcript: transcript.ts. */
  transcriptOnly?: boolean;
}

/** What one sentence says on its own, before any cross-sentence resolution: cacheable per paragraph. */
export interface SentenceCandidates {
  found: Found[];
  /** The channel the sentence names (X, a statement, reporters), if any: per sentence, so cached with it. */
  channel: string | null;
  /** Full person names in the sentence, which the registry learns from. */
  names: Phrase[];
  /** Those of them outside real quotes, which later pronouns may fall back to: a person named inside a quote ("“… is John Kerry,” he said") is not whom a "he" means. */
  unquoted: Phrase[];
  /** One-word names the sentence shows are a firm's or body's ("Microsoft's shares", "Yukos, which"): body-evidence.ts. */
  bodies: string[];
  /** Bodies named in full, which their head word alone may name again ("the Group"): body-heads.ts. */
  headed: string[];
}

export function sentenceCandidates(prose: string, s: Sentence, quotes: QuoteSpan[], terms: UserTerms = NO_TERMS): SentenceCandidates {
  const found = findInSentence(prose, s, quotes, terms);
  const names = namesIn(prose, s.tokens);
  // (most sentences hold no word that can show a body: they skip both scans)
  let signs = 0;
  for (const x of s.tokens) signs |= x.info.body;
  const bodies = signs & BODY_SIGNS ? bodiesShownIn(s.tokens) : NO_BODIES;
  const headed = signs & KIND_HEAD_SIGN ? bodiesNamedIn(s.tokens) : NO_BODIES;
  return { found, channel: found.length ? channelOf(prose, s, quotes, found) : null, names, unquoted: outsideQuotes(names, quotes), bodies, headed };
}

/** A sentence that says nothing on its own (a cross-link line, a heading without a speaker). */
export const NO_CANDIDATES: SentenceCandidates = Object.freeze({ found: Object.freeze([]), channel: null, names: Object.freeze([]), unquoted: Object.freeze([]), bodies: Object.freeze([]), headed: Object.freeze([]) }) as unknown as SentenceCandidates;

/**
 * The candidates of a sentence by the kind of block it stands in: a body sentence's every form; a
 * heading's only its speaker before a colon ("Lynch: No outside influence on FBI probe into Clinton
 * emails", "Trump: ‘I’m the Worst Thing …’"), which names whose words the headline gives.
 */
export function candidatesOf(prose: string, s: Sentence, block: Block, quotes: QuoteSpan[], terms: UserTerms): SentenceCandidates {
  if (isBody(block)) {
    const own = sentenceCandidates(prose, s, quotes, terms);
    // ("PENCE: Well, look, …": a transcript's label, unless the sentence reads its colon already)
    const label = s.start - block.start < 4 ? transcriptLabel(s.tokens, prose, s, block) : null;
    // (a headline's reading of the same colon holds only in the first line, which resolution checks)
    if (label && !own.found.some((f) => f.cue.start === label.cue.start && !f.firstLineOnly)) own.found.unshift(label);
    return own;
  }
  if (block.kind !== 'heading' || !s.tokens.length) return NO_CANDIDATES;
  const colon = colonOpening(s.tokens, prose, contentEnd(s.tokens), terms.vague.size ? terms.vague : undefined);
  // (a literal of the same shape as sentenceCandidates' own, which resolution reads for every sentence)
  return colon ? { found: [colon], channel: null, names: NO_CANDIDATES.names, unquoted: NO_CANDIDATES.unquoted, bodies: NO_BODIES, headed: NO_BODIES } : NO_CANDIDATES;
}

export function findAttributions(
  prose: string,
  sentences: Sentence[],
  blocks: Block[],
  quotes: QuoteSpan[],
  terms: UserTerms = NO_TERMS,
): { attributions: Attribution[][]; sources: Source[] } {
  const candidates = sentences.map((s) => candidatesOf(prose, s, blocks[s.block], quotes, terms));
  return resolveAttributions(prose, sentences, blocks, candidates);
}

/** The names no real, closed quote holds (an unclosed mark may be a stray one, its "quote" the narrative). */
function outsideQuotes(names: Phrase[], quotes: QuoteSpan[]): Phrase[] {
  if (!names.length || !quotes.length) return names;
  return names.filter((n) => !quotes.some((q) => !q.scare && q.end > q.inner.end && q.inner.start <= n.start && n.end <= q.inner.end));
}

/** Nouns for works whose title follows them ("the film Shall We Dance", "romantic drama Closer") or, with "in", comes after ("her role in Hotel Rwanda"). */
const WORK_NOUNS = new Set('film films movie movies album albums novel novels musical series sitcom drama comedy thriller song songs documentary blockbuster opera ballet'.split(' '));
const WORK_IN = new Set('role roles performance performances starring starred appeared appearing appears cameo part'.split(' '));

/** Whether the capitalised run at token i is the title of a work, by the words before it: no person is named there. */
function namesWork(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1]?.lower ?? '';
  if (WORK_NOUNS.has(before) && /^[a-z]/.test(tokens[i - 1].text)) return true;
  return (before === 'in' || before === 'for') && WORK_IN.has(tokens[i - 2]?.lower ?? '');
}

/** Proper-name phrases in a sentence, for the registry (not as speakers). */
function namesIn(prose: string, tokens: Token[]): Phrase[] {
  const out: Phrase[] = [];
  const first = firstWordIndex(tokens);
  for (let i = 0; i < tokens.length; i++) {
    if (!isCapitalized(tokens[i]) || (i === first && (i + 1 === tokens.length || !isCapitalized(tokens[i + 1])))) continue;
    let j = i;
    while (j + 1 < tokens.length && isCapitalized(tokens[j + 1])) j++;
    // One capitalized word that no title, initial or connector extends is a bare surname or
    // place: never a full person name (most runs in news; phraseEndingAt would say the same, slower).
    if (j === i && !mayExtendName(tokens[i - 1])) continue;
    if (qualifiesRoleAfter(tokens, i, j) || namesWork(tokens, i)) {
      i = j;
      continue;
    }
    const p = phraseEndingAt(tokens, j, prose);
    if (p && p.kind === 'name' && p.type === 'person' && (p.name.includes(' ') || !!p.role)) out.push(p);
    i = j;
  }
  return out;
}

function findInSentence(prose: string, s: Sentence, quotes: QuoteSpan[], terms: UserTerms): Found[] {
  const vague = terms.vague.size ? terms.vague : undefined;
  const t = s.tokens;
  // Most sentences have no word that can be a cue: they skip the set-up for cues below.
  if (!hasCueWord(t, terms)) return sentenceWideForms(t, prose, contentEnd(t), vague, [], 0);
  const scan = new SentenceScan(t, prose, s, quotes, terms, vague, contentEnd(t));
  // nouns that may be nominal cues, met on the way ("his claim that …")
  let nouns = 0;
  for (let c = 0; c < t.length; c++) {
    const tok = t[c];
    if (tok.kind !== 'word' || scan.inQuote(tok)) continue;
    // One lookup per word decides whether it can be a cue at all.
    const flags = tok.info.cue;
    if (!flags && !(terms.cues.size && terms.cues.has(tok.lower))) continue;
    if (flags & NOMINAL) nouns++;
    const f = cueAt(scan, c, flags);
    if (f && !(isWritersPronoun(f.phrase) && scan.inOpenQuote(f.phrase.start))) scan.found.push(f);
  }
  // ("The pact, he said, will …": the content round the aside, one candidate per piece)
  // ("…, he said in an interview on Sunday.": the occasion is not what was said)
  return splitAsides(withoutOccasion(sentenceWideForms(t, prose, scan.end, vague, scan.found, nouns), t, scan.inQuote), prose);
}

/** The attribution the cue word at c opens, by its form; null when it reports nothing here. */
function cueAt(scan: SentenceScan, c: number, flags: number): Found | null {
  const t = scan.t;
  const tok = t[c];
  if (flags & ATTITUDE) {
    const f = scan.insideEarlierContent(tok) ? null : attitudeAt(t, c, scan.prose, scan.end, scan.vague);
    // "opposed", "worried", "determined" are verbs too: "the council opposed an increase"
    if (f || !(flags & (SPEECH | STANCE))) return f;
  }
  if (flags & ACCORDING && t[c + 1]?.lower === 'to') return accordingAt(scan, c);
  const participial = flags & PARTICIPIAL ? participialCue(t, c) : 0;
  if (participial) return participialAt(scan, c, participial === 2);
  if (c === firstWordIndex(t) && /^(Said|Says|Added|Asked)$/.test(tok.text) && (isCapitalized(t[c + 1]) || /^(the|a|an)$/i.test(t[c + 1]?.text ?? ''))) return openingCueAt(scan, c);
  return verbCueAt(scan, c, flags);
}

function hasCueWord(t: Token[], terms: UserTerms): boolean {
  const extra = terms.cues.size > 0;
  for (let i = 0; i < t.length; i++) {
    const tok = t[i];
    if (tok.info.cue !== 0 || (extra && tok.kind === 'word' && terms.cues.has(tok.lower))) return true;
  }
  return false;
}

/** The forms that read the whole sentence, after its cue words: a colon before a quote, a study's opening, nominal cues. */
function sentenceWideForms(t: Token[], prose: string, end: number, vague: Set<string> | undefined, found: Found[], nouns: number): Found[] {
  // ("In a CNN/ORC poll released Monday, 31% of Republicans said …": the poll reports what its
  // respondents said, so it opens the sentence beside their cue; not beside a named source, whose
  // report it is: "In its report, the Law Commission said …")
  const opening = found.every((f) => f.phrase.type === 'vague') ? studyOpening(t, prose, end, vague) : null;
  if (opening) found.push(opening);
  else if (!found.length) {
    const colon = colonOpening(t, prose, end, vague);
    if (colon) found.push(colon);
    const study = studyClosing(t, prose, vague);
    if (study) found.push(study);
    const words = wordsOf(t, prose, end, vague);
    if (words) found.push(words);
  }
  const asPer = asPerOpening(t, prose, end, vague);
  if (asPer) found.push(asPer);
  // ("“…,” said union leader Vincenzo Lilliu, as reported by the Reuters news agency.": the outlet
  // goes first, so the speaker stays the one whose quote runs on)
  else {
    const reported = reportedByAfter(t, prose, vague);
    if (reported) found.unshift(reported);
  }
  // ("“…” ― Sonya Herridge": a quote signed with a dash and a name)
  const signed = dashSignature(t, prose);
  if (signed) found.push(signed);
  // "Trump’s support for the wall": nouns of speech and stance, outside what is already reported.
  // (a headline's reading holds only in the document's first line, unknown here: it hides none)
  if (nouns) for (const n of nominalCues(t, prose, found.some((f) => f.firstLineOnly) ? found.filter((f) => !f.firstLineOnly) : found)) found.push({ ...n, kind: 'nominal' });
  return found;
}
