// Statements: the reading of each sentence a fact-checker needs. Status, in order of precedence:
// unconfirmed (hedged by the article, or said not to be confirmed) > attributed > vague-source >
// unattributed (a claim nobody is named for) > not-a-claim.
import { CUE_VERBS } from './lexicon';
import { occasionTail } from './channel-tail';
import { isContentWord } from './mentions';
import { overlapping } from '../util/spans';
import { ResumedQuotes } from './quote-resumed';
import { groupReportsNothing } from './vague-group';
import type { Attribution, Block, Claim, Hedge, QuoteSpan, Sentence, Source, Span, Statement, Token } from './types';

const STRONG_HEDGES = new Set<Hedge['type']>(['hedge', 'reported', 'unverified', 'not-confirmed']);
const EVENT_ANAPHOR = /\b(?:the|this|that)\s+(?:agreement|deal|pact|framework|accord|treaty|decision|plan|move|announcement|partnership|attack|strike|arrest|ban|policy|measure|law|bill|merger|report|findings|results|verdict|ruling|sanctions|tariffs|cuts|increase|visit|meeting|talks|project|initiative|program|programme|scheme|investigation|probe)\b/i;
const BACK_REFERENCE = /\b(?:any such|the (?:latest |new |same |reported )?(?:claims?|reports?|allegations?|figures?|account|toll)|this|these)\b/i;
const within = (a: Span, b: Span | null): boolean => !!b && a.start >= b.start && a.end <= b.end;

export function buildStatements(
  prose: string,
  sentences: Sentence[],
  blocks: Block[],
  quotes: QuoteSpan[],
  attributions: Attribution[][],
  sources: Source[],
  claims: Array<Claim | null>,
  hedges: Hedge[][],
): Statement[] {
  continueQuotes(sentences, blocks, quotes, attributions);
  sourceTheLede(prose, sentences, blocks, attributions, sources, claims);

  return sentences.map((s) => statementFor(prose, sentences, blocks, attributions, sources, claims, hedges, s));
}

/**
 * One sentence's statement, once the cross-sentence passes have run: it reads the sentence's own
 * attributions, claim and hedges, and the next sentence's hedges (a denial that points back).
 */
export function statementFor(
  prose: string,
  sentences: Sentence[],
  blocks: Block[],
  attributions: Attribution[][],
  sources: Source[],
  claims: Array<Claim | null>,
  hedges: Hedge[][],
  s: Sentence,
): Statement {
  const atts = attributions[s.index];
  const claim = claims[s.index];
  const own = hedges[s.index];
  // (most sentences have no attribution: no lists to build for them)
  const named = atts.length ? atts.filter((a) => sources[a.source].type !== 'vague' || namesMembers(a)) : atts;
  const vague = atts.length ? atts.filter((a) => sources[a.source].type === 'vague' && reportsAsUnnamed(a, atts, sources, s) && (a.kind !== 'participial' || !claim || participleHolds(prose, s, a, claim))) : atts;
  const statement: Statement = { sentence: s.index, attributions: atts, claim, hedges: own, status: 'not-a-claim', vague: vague.map((a) => a.mention) };
  if (blocks[s.block].kind === 'cross-link' || blocks[s.block].kind === 'heading') return statement;

  const notConfirmed = findNonConfirmation(prose, sentences, blocks, hedges, s.index);
  if (notConfirmed !== null) statement.notConfirmedBy = notConfirmed;
  const hedged = own.some((h) => !h.inQuote && STRONG_HEDGES.has(h.type));
  // (each attribution's frame once: every piece of evidence is checked against every one)
  const frames = claim && named.length ? named.map((a) => framing(prose, s, a)) : [];
  // (the evidence no named source's words or frame hold: what an unattributed finding names)
  const unsourced = claim && named.length ? claim.evidence.filter((e) => !named.some((a, k) => within(e, a.content) || within(e, frames[k]))) : null;
  const covered = !!unsourced && unsourced.length === 0;

  if (claim && (hedged || notConfirmed !== null)) statement.status = 'unconfirmed';
  else if (covered) statement.status = 'attributed';
  else if (vague.length) statement.status = 'vague-source';
  else if (claim) {
    statement.status = 'unattributed';
    if (unsourced) statement.unsourced = unsourced;
  }
  else if (named.length) statement.status = 'attributed';
  return statement;
}

/**
 * Whether a participle holds all of a claim's evidence, in its words or in the speech act or mood it
 * follows: a vague group's participle rests on it only that ("Supporters of BNP candidates staged
 * protests …, demanding a recount" leaves the protests unsourced; "were less optimistic, predicting …"
 * does not). The frame is read once, not per piece of evidence.
 */
function participleHolds(prose: string, s: Sentence, a: Attribution, claim: Claim): boolean {
  let frame: Span | undefined;
  return claim.evidence.every((e) => within(e, a.content) || within(e, (frame ??= framing(prose, s, a))));
}

/**
 * Whether an attribution to a vague group rests the statement on that unnamed group: not a group
 * named by its members, nor one a named source of the sentence reports, nor one that reports nothing
 * ("when people find …", "declined to comment"). The status and the vague-source rule both read it.
 */
export function reportsAsUnnamed(a: Attribution, atts: Attribution[], sources: Source[], s: Sentence): boolean {
  return !namesMembers(a) && !reportedByNamedSource(a, atts, sources) && !groupReportsNothing(s, a);
}

/** A group named by its members ("opponents of the bill, including Lord Campbell and the Bishop of Winchester", "Mr Rampersad and others"): the reader can check them. */
const namesMembers = (a: Attribution): boolean => a.mention.text.length > 20 && MEMBERS_NAMED.test(a.mention.text);
const MEMBERS_NAMED = /\b(?:including|among them|such as)\s+(?:the\s+)?\p{Lu}|^(?:Mr|Mrs|Ms|Dr)\.?\s+\p{Lu}\p{L}+\s+and\s+others$/u;

/**
 * Whether a vague group and its verb stand inside what a named source of the same sentence said
 * ("Labour …, saying members preferred other posters"; "… people see a reason to upgrade, said
 * Gartner"): the article rests on the named source, not on the group.
 */
function reportedByNamedSource(a: Attribution, attributions: Attribution[], sources: Source[]): boolean {
  const start = Math.min(a.mention.start, a.cue.start);
  const end = Math.max(a.mention.end, a.cue.end);
  return attributions.some((b) => b !== a && b.kind !== 'lede-sourced' && !!b.content && sources[b.source].type !== 'vague' && b.content.start <= start && b.content.end >= end);
}

/**
 * The part of a sentence that frames a speech act: its source and cue, and for a main-clause cue
 * with the source first ("On Friday, Hegseth announced …") everything before the cue too. After a
 * quote or report that comes first, the words that say when, where and to whom it was said belong
 * to the frame up to the next comma or full stop ("…,” he told BBC Radio 4's Today programme",
 * "…,” he said after the 4-2 aggregate victory"); a clause after a comma may be the writer's own
 * ("…, he said, as the index fell 3%").
 */
function framing(prose: string, s: Sentence, a: Attribution): Span {
  const own = { start: Math.min(a.mention.start, a.cue.start), end: Math.max(a.mention.end, a.cue.end) };
  const frame = cueFrame(s, a, own);
  if (a.content && a.mention.sentence === s.index && reportingClauseAfter(prose, a.content, own)) frame.end = Math.max(frame.end, clauseEnd(prose, own.end, s.end));
  // ("… said the film was poor at a press conference on Tuesday.": the occasion closing the report)
  if (a.content && a.mention.sentence === s.index && a.content.end < s.end && occasionAfter(prose, s, a.content.end)) frame.end = s.end;
  return frame;
}

/** Whether the occasion that closes the sentence (channel-tail.ts) follows the content ending at `end`, past white space and punctuation only. */
function occasionAfter(prose: string, s: Sentence, end: number): boolean {
  const tail = occasionTail(s.tokens, NOT_QUOTED);
  if (tail < 0) return false;
  for (let i = end; i < s.tokens[tail].start; i++) if (/[\p{L}\p{N}]/u.test(prose[i])) return false;
  return true;
}
const NOT_QUOTED = (): boolean => false;

function cueFrame(s: Sentence, a: Attribution, own: Span): Span {
  // A participle's subject did what the words between them say ("Trump raised tariffs to 50
  // percent, accusing …"): only the participle and what follows it are the speech act, unless
  // those words name the speech act itself ("issued a statement, saying …", "hit back, arguing …").
  if (a.kind === 'participial' && a.mention.sentence === s.index && a.mention.end < a.cue.start && !namesSpeechAct(s, a.mention.end, a.cue.start)) return { start: a.cue.start, end: a.cue.end };
  if (a.kind === 'participial' || a.kind === 'nominal' || a.mention.start > a.cue.start || a.mention.sentence !== s.index) return { ...own };
  // …and what stands between the cue and its content ("told reporters on Monday that …")
  const end = a.content && a.content.start > own.end && a.content.start <= s.end ? a.content.start : own.end;
  return { start: subordinateClauseStart(s, a.mention.start) ?? s.start, end };
}

/** Words that make what a participle's subject did a speech act: "issued a statement", "hit back", "reacted angrily". */
const SPEECH_ACTS = new Set([
  'statement', 'statements', 'cry', 'ultimatum', 'warning', 'attack', 'counterattack', 'counter-attack', 'appeal', 'message', 'response',
  'plea', 'rebuke', 'remarks', 'comments', 'speech', 'address', 'letter', 'interview', 'conference', 'briefing', 'tweet', 'post', 'dissent',
  // ("struck a sober note on Friday, warning …", "struck a conciliatory tone, saying …")
  'note', 'tone',
  'back', 'reacted', 'responded', 'replied', 'retorted', 'congratulated', 'reaffirmed', 'welcomed', 'thanked', 'praised', 'criticised',
  'criticized', 'condemned', 'defended', 'urged', 'spoke', 'addressed', 'greeted', 'lashed', 'hailed',
  // ("was quoted as saying", "was reported by Reuters as saying")
  'quoted', 'reported', 'cited',
  // (a mood that frames what follows: "Other analysts were less optimistic, predicting …")
  'optimistic', 'pessimistic', 'cautious', 'confident', 'upbeat', 'bullish', 'bearish', 'sceptical', 'skeptical', 'gloomy', 'downbeat',
]);

/**
 * Whether the words between a participle's subject and the participle (from, to) name the speech act
 * itself, or the participle is its means ("won over critics by announcing …").
 */
function namesSpeechAct(s: Sentence, from: number, to: number): boolean {
  let before: Token | undefined;
  for (const t of s.tokens) {
    if (t.end > to) break;
    if (t.start < from) continue;
    if (t.kind === 'word' && SPEECH_ACTS.has(t.lower)) return true;
    before = t;
  }
  return before?.lower === 'by';
}

/** Words that open a subordinate clause: a speech act inside one frames only that clause. */
export const SUBORDINATORS = new Set(['after', 'before', 'when', 'while', 'as', 'because', 'since', 'although', 'though', 'until', 'once', 'unless', 'whereas']);

/**
 * Where the subordinate clause that holds a source starts, when a subordinator stands right before
 * it ("Shares rose 5% after the chief executive said …"): the main clause before it is the
 * writer's, not the speaker's frame. Null when the source opens its own clause.
 */
function subordinateClauseStart(s: Sentence, sourceStart: number): number | null {
  const t = s.tokens;
  let i = 0;
  while (i < t.length && t[i].end <= sourceStart) i++;
  // (a subordinator that opens the sentence frames from the sentence start anyway)
  if (i >= 2 && SUBORDINATORS.has(t[i - 1].lower)) return t[i - 1].start;
  // ("Venezuela's oil sector grew by 16 percent, and private sector projections point to …": a
  // clause of its own before the source's is the writer's, not the speech act's circumstances)
  if (i >= 2 && /^(and|but)$/.test(t[i - 1].lower) && /^[,;]$/.test(t[i - 2].text)) return t[i - 1].start;
  return null;
}

/**
 * Whether the source and cue follow their content after a comma ("…,” he said", "…, said the
 * minister"): a reporting clause. Not a passive whose agent follows its subject ("Five detainees
 * were questioned by police before being released": the rest is the writer's).
 */
function reportingClauseAfter(prose: string, content: Span, own: Span): boolean {
  if (content.end > own.start || own.start - content.end > 12) return false;
  for (let i = Math.max(content.start, content.end - 3); i < own.start; i++) if (prose.charCodeAt(i) === 44 /* , */) return true;
  return false;
}

/** How far the circumstances of a speech act may run: a bound, so a sentence of many reports stays linear. */
const FRAME_TAIL = 200;

/** The first comma, semicolon or sentence end at or after `from`, or `end`, at most FRAME_TAIL on. */
function clauseEnd(prose: string, from: number, end: number): number {
  end = Math.min(end, from + FRAME_TAIL);
  for (let i = from; i < end; i++) {
    const c = prose.charCodeAt(i);
    if (c === 44 /* , */ || c === 59 /* ; */ || c === 46 /* . */ || c === 33 /* ! */ || c === 63 /* ? */) return i;
  }
  return end;
}

/**
 * A quote keeps its speaker when it spans sentences, when it follows an attributed sentence in its
 * paragraph ("…," he said. "More."), or when it opens the paragraph after one that named a speaker.
 */
function continueQuotes(sentences: Sentence[], blocks: Block[], quotes: QuoteSpan[], attributions: Attribution[][]): void {
  const own = (a: Attribution) => a.kind !== 'lede-sourced';
  // Every lookup below is amortised over the whole pass, so that a paragraph, or a single sentence,
  // with thousands of quotes and speakers stays linear. Quotes are disjoint and come in document
  // order, and attributions are only ever added to sentences at or after the current quote.
  // (per-sentence tables are allocated whole: filled in at scattered indices, a growing array changes
  // its elements kind midway, and V8 discards the code compiled for the first kind)
  const hasOwn = new Array<boolean | undefined>(sentences.length).fill(undefined);
  const ownOf = (i: number): boolean => (hasOwn[i] ??= attributions[i].some(own));
  // The last sentence before a point that has an attribution of its own, found by a sweep:
  // sentences the sweep has passed never change.
  let swept = 0;
  let lastOwn = -1;
  const lastOwnBefore = (index: number): number => {
    for (; swept < index; swept++) if (ownOf(swept)) lastOwn = swept;
    return lastOwn;
  };
  const lastOwnAttribution = new Array<Attribution | undefined | null>(sentences.length).fill(null);
  const lastIn = (block: number, i: number): Attribution | undefined => {
    if (i < 0 || sentences[i].block !== block) return undefined;
    // a noun's owner ("his claim that …") speaks no quote that follows
    // (null: not read yet; undefined: none)
    if (lastOwnAttribution[i] === null) lastOwnAttribution[i] = attributions[i].filter((a) => own(a) && a.kind !== 'nominal').at(-1);
    return lastOwnAttribution[i] ?? undefined;
  };
  // Per sentence, its own attributions with content in list order, and how many at the front end
  // before the current quote: those can overlap no later quote either, so they are passed once.
  const candidates = new Array<{ list: Attribution[]; head: number } | undefined>(sentences.length).fill(undefined);
  const firstOverlapping = (i: number, q: QuoteSpan): Attribution | undefined => {
    const c = (candidates[i] ??= { list: attributions[i].filter((a) => own(a) && a.content), head: 0 });
    while (c.head < c.list.length && c.list[c.head].content!.end <= q.start) c.head++;
    for (let k = c.head; k < c.list.length; k++) {
      const content = c.list[k].content!;
      if (content.start < q.end && content.end > q.start) return c.list[k];
    }
    return undefined;
  };
  // Where each sentence has a reporting verb: computed once, so the check per quote is constant time.
  const cueStarts = new Array<number[] | undefined>(sentences.length).fill(undefined);
  const resumed = new ResumedQuotes();
  for (const q of quotes) {
    if (q.scare) continue;
    const covered = overlapping(sentences, q);
    if (!covered.length) continue;
    let carrier: Attribution | undefined;
    for (const s of covered) if ((carrier = firstOverlapping(s.index, q))) break;
    // "“…,” he said, “…”": the quote resumed after the cue of the one before it
    const first = covered[0];
    const resumes = !carrier && ownOf(first.index) ? resumed.resumedBy(first, q, attributions[first.index]) : undefined;
    carrier ??= resumes;
    // A sentence with its own reporting verb outside the quote has a speaker we could not read: do
    // not hand it someone else's. (Only the quote's own sentences are scanned: linear overall.)
    const ownCue = (s: Sentence): boolean => {
      const cues = (cueStarts[s.index] ??= reportingVerbStarts(s));
      return cues.length > 0 && (cues[0] < q.start || cues[cues.length - 1] >= q.end);
    };
    if (!carrier && !covered.some((s) => ownOf(s.index) || ownCue(s))) {
      const first = covered[0];
      const block = blocks[first.block];
      const last = lastOwnBefore(first.index);
      carrier = lastIn(block.index, last);
      if (!carrier && q.start === block.start) {
        const prev = previousBodyBlock(blocks, block.index);
        if (prev) carrier = lastIn(prev.index, last);
      }
    }
    if (!carrier) continue;
    for (const s of covered) {
      if (ownOf(s.index) && !(resumes && s === first)) continue;
      const added: Attribution = {
        ...carrier,
        sentence: s.index,
        content: { start: Math.max(q.start, s.start), end: Math.min(q.end, s.end) },
        kind: 'continued-quote',
      };
      attributions[s.index].push(added);
      hasOwn[s.index] = true;
      candidates[s.index]?.list.push(added);
    }
  }
}

/** Where a sentence has a reporting verb: continued quotes skip such sentences (read by cross-reuse.ts too). */
export function reportingVerbStarts(s: Sentence): number[] {
  // (pushed, not mapped: map's lists are of another elements kind when empty, which deoptimises readers)
  const starts: number[] = [];
  for (const t of s.tokens) if (t.kind === 'word' && CUE_VERBS.has(t.lower)) starts.push(t.start);
  return starts;
}

function previousBodyBlock(blocks: Block[], index: number): Block | undefined {
  for (let i = index - 1; i >= 0; i--) if (blocks[i].kind !== 'cross-link') return blocks[i];
  return undefined;
}

/**
 * A lede states the news without a source when the next sentences attribute it: "X and Y have
 * entered into a framework" followed by "Hegseth announced the agreement".
 */
function sourceTheLede(prose: string, sentences: Sentence[], blocks: Block[], attributions: Attribution[][], sources: Source[], claims: Array<Claim | null>): void {
  const lede = sentences.find((s) => s.lede);
  if (!lede || !claims[lede.index] || attributions[lede.index].some((a) => sources[a.source].type !== 'vague')) return;
  const ledeWords = new Set(words(prose.slice(lede.start, lede.end)).filter(isContentWord));
  let seen = 0;
  for (let i = lede.index + 1; i < sentences.length && seen < 3; i++) {
    if (blocks[sentences[i].block].kind === 'cross-link') continue;
    seen++;
    for (const a of attributions[i]) {
      // (nor a participle's aside: "Welcoming the initiative, Prof. Yunus emphasized …" sources nothing before it)
      if (sources[a.source].type === 'vague' || !a.content || a.kind === 'participial') continue;
      const content = prose.slice(a.content.start, a.content.end);
      const shared = words(content).filter((w) => ledeWords.has(w)).length;
      if (EVENT_ANAPHOR.test(content) || shared >= 2) {
        attributions[lede.index].push({ ...a, sentence: lede.index, content: { start: lede.start, end: lede.end }, kind: 'lede-sourced', sourcedBy: i });
        return;
      }
    }
  }
}

function findNonConfirmation(prose: string, sentences: Sentence[], blocks: Block[], hedges: Hedge[][], index: number): number | null {
  for (let j = index; j < sentences.length && j <= index + 1; j++) {
    if (blocks[sentences[j].block].kind === 'cross-link') continue;
    if (hedges[j].some((h) => h.type === 'not-confirmed' || h.type === 'unverified')) {
      // a later sentence only counts when it points back ("the claim", "any such", "the report")
      if (j === index || BACK_REFERENCE.test(prose.slice(sentences[j].start, sentences[j].end))) return j;
    }
  }
  return null;
}

function words(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}
