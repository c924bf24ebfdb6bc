// One block's context-free analysis, cached by the incremental analysis (incremental.ts): blocks,
// sentences, tokens, quotes, attribution candidates, claims, and hedges (those depend on which
// candidates the cross-sentence pass resolved, so they are cached with that as their key).
//
// An entry is computed on a private flat copy of the block with the context the passes read
// beyond it (one character before; after, the rest of the last token plus one character), so it
// never keeps a whole older version of the document alive. Its spans are then moved in place
// (shiftEntry) to wherever the block sits in the current version.
import { candidatesOf, type SentenceCandidates } from './attribution';
import { isBody } from './speaker-resolution';
import { classifyBlock } from './blocks';
import { isSpaceCode } from './letters';
import { scoreClaim } from './claims';
import type { UserTerms } from './lexicon';
import type { RawBlock } from './markdown';
import { findQuotes, quotesBySentence, statementQuotes } from './quotes';
import { splitBlockSentences, type SentenceRecord } from './sentences';
import type { Block, BlockKind, Claim, Hedge, QuoteSpan, Span } from './types';


export interface Entry {
  kind: BlockKind;
  /** Flat copy of the block's text with its context; `lead` characters of context come first. */
  local: string;
  lead: number;
  hash: number;
  /** The block start, sentence index and block index the entry's objects currently carry. */
  at: number;
  sentenceBase: number;
  blockIndex: number;
  block: Block;
  sentences: SentenceRecord[];
  quotes: QuoteSpan[];
  /** Per sentence: the real (not scare) quotes it overlaps or opens. */
  realQuotes: QuoteSpan[][];
  candidates: SentenceCandidates[];
  claims: Array<Claim | null>;
  /** Per sentence: hedges, and the resolved attributions (cue and content, relative to `at`) they were found with. */
  hedges: Array<Hedge[] | null>;
  hedgeKeys: Array<number[] | null>;
  /** The update job that last claimed the entry. */
  job: number;
}

export interface Context {
  format: 'plaintext' | 'markdown';
  terms: UserTerms;
}

/**
 * [start, end) of a block's text with its context in prose: the character before it, and after it
 * the rest of a glued word, the space and the next character (a straight mark at a block's end
 * closes its quote when a capital follows the break: quotes.ts closesMixed).
 */
export function contextRange(prose: string, start: number, end: number): [number, number] {
  let r = end;
  while (r < prose.length && !isSpaceCode(prose.charCodeAt(r))) r++;
  return [start > 0 ? start - 1 : 0, Math.min(prose.length, r + 2)];
}

/** FNV-1a over the raw kind and the text with context: the cache key. */
export function hashRange(prose: string, kind: BlockKind, from: number, to: number): number {
  let h = 0x811c9dc5 ^ kind.length ^ (kind.charCodeAt(0) << 8);
  for (let i = from; i < to; i++) h = Math.imul(h ^ prose.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export function matches(e: Entry, prose: string, raw: RawBlock, from: number, to: number): boolean {
  return e.kind === raw.kind && e.local.length === to - from && e.lead === raw.start - from && prose.startsWith(e.local, from);
}

/** A copy that shares no memory with the string it came from (V8 keeps slices of long strings as views). */
export const flat = (s: string): string => (s.length < 13 ? s : (' ' + s).slice(1));

export function computeEntry(prose: string, raw: RawBlock, ctx: Context, hash: number, job: number): Entry {
  const [from, to] = contextRange(prose, raw.start, raw.end);
  const local = flat(prose.slice(from, to));
  const lead = raw.start - from;
  const block = classifyBlock(local, { kind: raw.kind, start: lead, end: lead + raw.end - raw.start }, ctx.format, 0);
  const sentences: SentenceRecord[] = [];
  splitBlockSentences(local, block, sentences);
  const quotes = block.kind === 'cross-link' ? [] : findQuotes(local, [block], sentences);
  const body = isBody(block);
  // Per sentence, so that a block of thousands of sentences and quotes stays linear.
  const own = quotesBySentence(quotes, sentences);
  return {
    kind: raw.kind,
    local,
    lead,
    hash,
    at: lead,
    sentenceBase: 0,
    blockIndex: 0,
    block,
    sentences,
    quotes,
    realQuotes: own.map(statementQuotes),
    candidates: sentences.map((s, k) => candidatesOf(local, s, block, own[k], ctx.terms)),
    claims: sentences.map((s, k) => scoreClaim(local, s, own[k], body ? 'body' : 'other')),
    hedges: sentences.map(() => null),
    hedgeKeys: sentences.map(() => null),
    job,
  };
}

/**
 * Moves every span of the entry to block start `start`, sentence indices to `sentenceBase` and the
 * block index to `blockIndex`. Every offset-bearing field of the cached objects is listed here;
 * a field added to these types needs a line here (tests/incremental.test.ts catches a miss). A
 * sentence's tokens, most of what an entry holds, follow it when next read (SentenceRecord.move).
 */
export function shiftEntry(e: Entry, start: number, sentenceBase: number, blockIndex: number): void {
  const d = start - e.at;
  const ds = sentenceBase - e.sentenceBase;
  // (most entries of a long document stay where they were: nothing to write)
  if (!d && !ds && blockIndex === e.blockIndex) return;
  if (blockIndex !== e.blockIndex) {
    e.block.index = blockIndex;
    for (const s of e.sentences) s.block = blockIndex;
    e.blockIndex = blockIndex;
  }
  if (ds) {
    for (const s of e.sentences) s.index += ds;
    for (const q of e.quotes) q.sentence += ds;
    for (const c of e.claims) if (c) c.sentence += ds;
    e.sentenceBase = sentenceBase;
  }
  if (!d) return;
  e.at = start;
  const b = e.block;
  b.start += d;
  b.end += d;
  if (b.headline) move(b.headline, d);
  for (const s of e.sentences) s.move(d);
  for (const q of e.quotes) {
    move(q, d);
    move(q.inner, d);
  }
  // A phrase may serve two candidates ("…, adding …" reuses the subject): move each object once.
  for (const c of e.candidates) {
    if (!c.found.length && !c.names.length) continue;
    moved.length = 0;
    for (const f of c.found) {
      moveOnce(f.phrase, d);
      moveOnce(f.cue, d);
      moveOnce(f.content, d);
    }
    for (const p of c.names) moveOnce(p, d);
  }
  moved.length = 0;
  for (const c of e.claims) if (c) for (const ev of c.evidence) move(ev, d);
  for (const hs of e.hedges) if (hs) for (const h of hs) move(h, d);
}

/**
 * The objects one sentence's candidates have moved so far. One list for every call, not a list and
 * a closure per block: an edit shifts every block after it, and those two allocations per block
 * were half of what a keystroke in a long document allocated.
 */
const moved: Span[] = [];
function moveOnce(x: Span | null | undefined, d: number): void {
  if (x && !moved.includes(x)) {
    moved.push(x);
    move(x, d);
  }
}

function move(x: Span, d: number): void {
  x.start += d;
  x.end += d;
}
