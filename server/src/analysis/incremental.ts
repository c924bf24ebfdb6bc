// Incremental analysis: after an edit, re-analyse only the blocks the edit touched. Each block's
// context-free results are cached (block-entry.ts); blocks before the edit are reused where they
// are, blocks after it are moved by the edit's length, and a block seen before elsewhere (undo,
// paste, a paragraph moved) is found again by its content. The cross-sentence passes (speakers and
// pronouns, lede sourcing, continued quotes, non-confirmation) run over the whole document, unless
// the edit left everything they read unchanged: then their previous results are moved
// (cross-reuse.ts). Either way the model is exactly analyze()'s (tests/incremental.test.ts).
//
// Plain text is re-split into blocks from the paragraph before the edit until the split is back in
// step with the previous version; Markdown is re-parsed only in the chunks whose text changed
// (markdown.ts), though its blocks are then looked up all.
//
// Contract: a model returned here shares its per-block objects, its arrays and its cross-sentence
// results with the analyzer, and the next update moves or refills them in place. A model is valid
// until the next update of the same analyzer; copy what must outlive it.
import type { SentenceCandidates } from './attribution';
import { analysisSource, assembleModel, crossSentence, type AnalysisOptions } from './analyze';
import { computeEntry, contextRange, flat, hashRange, matches, shiftEntry, type Context, type Entry } from './block-entry';
import { crossInputs, ledeReach, offsetMap, reuseCrossSentence, sameList } from './cross-reuse';
import { diff, type TextChange } from './text-diff';
import { plainProse, rawBlocks, scanPlainBlocks } from './blocks';
import { findHedges, userHedgePattern } from './hedges';
import { userTerms } from './lexicon';
import { MarkdownChunkCache, MarkdownParse, type RawBlock } from './markdown';
import type { Attribution, Block, Claim, DocumentModel, Hedge, QuoteSpan, Sentence } from './types';

/** An edit as offsets: [start, oldEnd) of the previous text became [start, newEnd) of the new one. */
export type { TextChange };
export { diff };

/** A plain-text edit: the model it applies to, its entries kept before and after, and those it replaces. */
interface Edited {
  change: TextChange;
  model: DocumentModel;
  prefix: number;
  suffix: number;
  before: Entry[];
}

/** One block of the new version and, when known already, the cached entry that analyses it. */
interface Slot {
  raw: RawBlock;
  entry: Entry | null;
}

/** A resumable update: step() analyses changed blocks until a deadline; commit() builds the model. */
export interface UpdateJob {
  /** Works until performance.now() passes `deadline`; true when only commit() is left. */
  step(deadline?: number): boolean;
  /** Runs the cross-sentence passes and returns the model. Throws if a newer update began. */
  commit(): DocumentModel;
  readonly text: string;
}

/** Entries kept beyond the current model's, for undo (a paragraph's last few versions) and aborted work. */
const SPARES = 8;

const LINE_BREAK = (c: number): boolean => c === 10 || c === 13 || c === 0x2028 || c === 0x2029;

export class IncrementalAnalyzer {
  readonly format: 'plaintext' | 'markdown';
  private readonly ctx: Context;
  private current: { model: DocumentModel; entries: Entry[]; candidates: SentenceCandidates[]; claims: Array<Claim | null>; proseParts: string[] | null } | null = null;
  private readonly byHash = new Map<number, Entry[]>();
  /** Entries not in the current model, oldest first, kept for undo and for work of abandoned jobs. */
  private readonly spares = new Set<Entry>();
  private jobs = 0;
  /** Updates whose cross-sentence results were moved rather than recomputed (for tests and benchmarks). */
  fastUpdates = 0;
  private readonly userHedges: RegExp | null;
  /** The Markdown parser's chunks of the last versions (Markdown only). */
  readonly markdownChunks = new MarkdownChunkCache();

  constructor(private readonly options: AnalysisOptions = {}) {
    this.format = options.format ?? 'plaintext';
    this.ctx = { format: this.format, terms: userTerms(options) };
    this.userHedges = userHedgePattern(options.hedges ?? []);
  }

  get model(): DocumentModel | null {
    return this.current?.model ?? null;
  }

  /** Analyses `text`, reusing what it can. `change` (from the editor) saves a diff against the previous text. */
  update(text: string, change?: TextChange): DocumentModel {
    const job = this.begin(text, change);
    job.step(Infinity);
    return job.commit();
  }

  /** Starts an update; any job begun earlier can no longer commit. */
  begin(text: string, change?: TextChange): UpdateJob {
    const id = ++this.jobs;
    const prev = this.current;
    let prose = '';
    let slots: Array<Slot | Entry> = [];
    let edited: Edited | null = null;
    let proseParts: string[] | null = null;
    // Markdown is parsed in step(), a chunk at a time, so that a long document's parse yields too.
    let parse: MarkdownParse | null = null;
    if (this.format === 'markdown') parse = new MarkdownParse(analysisSource(text, this.format, this.options), this.markdownChunks);
    else if (prev) {
      const ch = change ?? diff(prev.model.text, text);
      let kept: { prefix: number; suffix: number };
      ({ prose, slots, kept } = this.resplit(prev, text, ch, id));
      edited = { change: ch, prefix: kept.prefix, suffix: kept.suffix, model: prev.model, before: prev.entries.slice(kept.prefix, prev.entries.length - kept.suffix) };
    } else {
      const split = rawBlocks(analysisSource(text, this.format, this.options), this.format);
      prose = split.prose;
      slots = split.raw.map((raw) => ({ raw, entry: null }));
    }
    let next = 0;
    const step = (deadline = Infinity): boolean => {
      if (id !== this.jobs) throw new Error('sourcecheck: a newer analysis of this document began');
      if (parse) {
        if (!parse.step(deadline)) return false;
        const split = parse.result();
        prose = split.prose;
        proseParts = parse.proseParts();
        if (prev) ({ slots, edited } = this.reparsed(prev, prose, proseParts, split.blocks, id));
        else slots = split.blocks.map((raw) => ({ raw, entry: null }));
        parse = null;
      }
      for (; next < slots.length; next++) {
        if ((next & 15) === 0 && deadline !== Infinity && performance.now() > deadline) return false;
        const slot = slots[next];
        if ('raw' in slot && !slot.entry) slot.entry = this.lookup(prose, slot.raw, id);
      }
      return true;
    };
    return {
      text,
      step,
      commit: () => {
        if (!step()) throw new Error('unreachable');
        return this.commit(text, prose, slots, id, edited, proseParts);
      },
    };
  }

  /** Plain text: new prose and blocks from the previous version, re-splitting only around the change. */
  private resplit(prev: { model: DocumentModel; entries: Entry[] }, text: string, ch: TextChange, id: number): { prose: string; slots: Array<Slot | Entry>; kept: { prefix: number; suffix: number } } {
    const old = prev.model;
    const delta = ch.newEnd - ch.oldEnd;
    // Directive blanking and control characters are line-local: redo the touched lines only.
    let ls = ch.start;
    while (ls > 0 && !LINE_BREAK(text.charCodeAt(ls - 1))) ls--;
    let le = ch.newEnd;
    while (le < text.length && !LINE_BREAK(text.charCodeAt(le))) le++;
    const line = text.slice(ls, le);
    const middle = plainProse(analysisSource(line, 'plaintext', this.options));
    // Prose is usually the text itself: then it stays so, and no second copy of the document is made.
    const prose = old.prose === old.text && middle === line ? text : old.prose.slice(0, ls) + middle + old.prose.slice(le - delta);

    const entries = prev.entries;
    // The last block that starts before the change begins a paragraph in both versions: re-split from its line.
    let k = lastBefore(entries, ch.start);
    let from = 0;
    if (k >= 0) {
      from = entries[k].block.start;
      while (from > 0 && prose.charCodeAt(from - 1) !== 10 && prose.charCodeAt(from - 1) !== 13) from--;
    } else k = 0;
    const slots: Array<Slot | Entry> = [];
    for (let i = 0; i < k; i++) slots.push(this.keep(entries[i], id));
    let resume = entries.length;
    scanPlainBlocks(
      prose,
      from,
      (start, end) => void slots.push({ raw: { kind: 'paragraph', start, end }, entry: null }),
      // Back in step: a paragraph opens after the change where one opened before it.
      (lineStart, start) => {
        if (lineStart - 1 < ch.newEnd) return false;
        const j = lastBefore(entries, start - delta + 1);
        if (j < 0 || entries[j].block.start !== start - delta) return false;
        resume = j;
        return true;
      },
    );
    for (let i = resume; i < entries.length; i++) slots.push(this.keep(entries[i], id));
    return { prose, slots, kept: { prefix: k, suffix: entries.length - resume } };
  }

  /**
   * Markdown: the previous entries kept before and after what changed in the prose. Markup can
   * change prose away from the edit (an underline makes a heading), so the change is the prose's.
   */
  private reparsed(prev: { model: DocumentModel; entries: Entry[]; proseParts: string[] | null }, prose: string, parts: string[], raw: RawBlock[], id: number): { slots: Array<Slot | Entry>; edited: Edited } {
    const change = diff(prev.model.prose, prose, prev.proseParts ? sharedEnds(prev.proseParts, parts) : undefined);
    const delta = change.newEnd - change.oldEnd;
    const entries = prev.entries;
    // An entry stands for a new block when both are the same kind and place (moved by `by`) and the
    // block's text with its context, in the new prose, is the entry's and lies outside the change.
    const keeps = (e: Entry, r: RawBlock, by: number, outside: (from: number, to: number) => boolean): boolean => {
      if (e.kind !== r.kind || e.at + by !== r.start || e.block.end - e.block.start !== r.end - r.start) return false;
      const [from, to] = contextRange(prose, r.start, r.end);
      return r.start - from === e.lead && to - from === e.local.length && outside(from, to);
    };
    let prefix = 0;
    while (prefix < entries.length && prefix < raw.length && keeps(entries[prefix], raw[prefix], 0, (_, to) => to <= change.start)) prefix++;
    let suffix = 0;
    const last = (list: unknown[]): number => list.length - 1 - suffix;
    while (prefix + suffix < entries.length && prefix + suffix < raw.length && keeps(entries[last(entries)], raw[last(raw)], delta, (from) => from >= change.newEnd)) suffix++;
    const slots: Array<Slot | Entry> = [];
    for (let i = 0; i < prefix; i++) slots.push(this.keep(entries[i], id));
    for (let i = prefix; i < raw.length - suffix; i++) slots.push({ raw: raw[i], entry: null });
    for (let i = entries.length - suffix; i < entries.length; i++) slots.push(this.keep(entries[i], id));
    return { slots, edited: { change, prefix, suffix, model: prev.model, before: entries.slice(prefix, entries.length - suffix) } };
  }

  /** A block the edit did not touch: the entry itself, which commit() moves to its new place. */
  private keep(e: Entry, id: number): Entry {
    e.job = id;
    return e;
  }

  /** The cached entry for a block's text, or a new one. */
  private lookup(prose: string, raw: RawBlock, id: number): Entry {
    const [from, to] = contextRange(prose, raw.start, raw.end);
    const hash = hashRange(prose, raw.kind, from, to);
    const bucket = this.byHash.get(hash);
    if (bucket) {
      for (const e of bucket) {
        if (e.job !== id && matches(e, prose, raw, from, to)) {
          e.job = id;
          return e;
        }
      }
    }
    const e = computeEntry(prose, raw, this.ctx, hash, id);
    if (bucket) bucket.push(e);
    else this.byHash.set(hash, [e]);
    this.spares.add(e); // until committed: an abandoned job's work stays reusable
    return e;
  }

  /**
   * Gathers the entries into the model. Kept entries stand in `slots` as themselves; those after
   * the edit (`edited.suffix`) move by its length. The previous model's arrays are refilled rather than
   * reallocated: on a long document they are most of what an edit would otherwise allocate.
   */
  private commit(text: string, prose: string, slots: Array<Slot | Entry>, id: number, edited: Edited | null, proseParts: string[] | null): DocumentModel {
    if (id !== this.jobs) throw new Error('sourcecheck: a newer analysis of this document began');
    // What the cross-sentence passes read of the edited paragraphs, taken before anything moves;
    // only when the previous model is still the one the edit applies to.
    const reusable = edited && edited.model === this.current?.model ? edited : null;
    const inputsBefore = reusable ? crossInputs(reusable.before, offsetMap(reusable.change)) : null;
    const prev = this.current;
    if (prev) for (const e of prev.entries) if (e.job !== id) this.spares.add(e);
    // The previous version's lists are overwritten in place and cut to length at the end: emptying
    // them first (length = 0) would free their storage, and regrowing it cost a megabyte per keystroke
    // in a long document.
    const reuse = <T>(list: T[] | undefined): T[] => list ?? [];
    const blocks = reuse(prev?.model.blocks);
    const sentences = reuse(prev?.model.sentences);
    const quotes = reuse(prev?.model.quotes);
    const candidates = reuse(prev?.candidates);
    const claims = reuse(prev?.claims);
    const entries = reuse(prev?.entries);
    const movedFrom = edited ? slots.length - edited.suffix : Infinity;
    const delta = edited ? edited.change.newEnd - edited.change.oldEnd : 0;
    let lede = false;
    let ns = 0;
    let nq = 0;
    for (let i = 0; i < slots.length; i++) {
      const slot = slots[i];
      const e = 'raw' in slot ? slot.entry! : slot;
      shiftEntry(e, 'raw' in slot ? slot.raw.start : e.block.start + (i >= movedFrom ? delta : 0), ns, i);
      entries[i] = e;
      this.spares.delete(e);
      blocks[i] = e.block;
      for (let k = 0; k < e.sentences.length; k++) {
        const s = e.sentences[k];
        s.lede = !lede && e.block.kind === 'paragraph';
        lede ||= s.lede;
        sentences[ns] = s;
        candidates[ns] = e.candidates[k];
        claims[ns] = e.claims[k];
        ns++;
      }
      for (const q of e.quotes) quotes[nq++] = q;
    }
    entries.length = blocks.length = slots.length;
    sentences.length = candidates.length = claims.length = ns;
    quotes.length = nq;
    const parts = { text, format: this.format, prose, blocks, sentences, quotes, candidates, claims };
    const hedges = (attributions: Attribution[][], only: Entry[] = entries, out: Hedge[][] = []) => hedgesOf(prose, only, attributions, this.userHedges, out);
    const after = reusable ? entries.slice(reusable.prefix, entries.length - reusable.suffix) : [];
    let model: DocumentModel;
    if (reusable && inputsBefore && sameList(inputsBefore, crossInputs(after, (o) => o)) && (after[0]?.sentenceBase ?? Infinity) > ledeReach(sentences, blocks)) {
      const { sources, statements } = reuseCrossSentence(reusable.model, { change: reusable.change, before: reusable.before, after }, { prose, blocks, sentences, claims }, hedges);
      model = assembleModel(parts, sources, statements);
      this.fastUpdates++;
    } else model = crossSentence(parts, hedges);
    this.current = { model, entries, candidates, claims, proseParts };
    this.trim(SPARES);
    return model;
  }

  /** Drops the oldest spare entries beyond `limit`. */
  private trim(limit: number): void {
    for (const e of this.spares) {
      if (this.spares.size <= limit) break;
      this.spares.delete(e);
      const bucket = this.byHash.get(e.hash)!;
      if (bucket.length === 1) this.byHash.delete(e.hash);
      else bucket.splice(bucket.indexOf(e), 1);
    }
  }
}

/**
 * Hedges per sentence of `entries`, into `out` by sentence index; recomputed only where the
 * resolved attributions they depend on changed.
 */
function hedgesOf(prose: string, entries: Entry[], attributions: Attribution[][], userHedges: RegExp | null, out: Hedge[][]): Hedge[][] {
  for (const e of entries) {
    const body = e.block.kind !== 'cross-link' && e.block.kind !== 'heading';
    for (let k = 0; k < e.sentences.length; k++) {
      const s = e.sentences[k];
      if (!body) {
        out[s.index] = [];
        continue;
      }
      const atts = attributions[s.index];
      const cached = e.hedges[k];
      if (cached && sameInputs(e.hedgeKeys[k]!, atts, e.at)) {
        out[s.index] = cached;
        continue;
      }
      const hs = findHedges(prose, s, atts, e.realQuotes[k], userHedges);
      for (const h of hs) h.text = flat(h.text);
      e.hedges[k] = hs;
      e.hedgeKeys[k] = inputsOf(atts, e.at);
      out[s.index] = hs;
    }
  }
  return out;
}

/** What findHedges reads of the resolved attributions: cue and content, relative to the block. */
function inputsOf(atts: Attribution[], at: number): number[] {
  const key: number[] = [];
  for (const a of atts) key.push(a.cue.start - at, a.cue.end - at, a.content ? a.content.start - at : -1, a.content ? a.content.end - at : -1);
  return key;
}

function sameInputs(key: number[], atts: Attribution[], at: number): boolean {
  if (key.length !== 4 * atts.length) return false;
  for (let i = 0; i < atts.length; i++) {
    const a = atts[i];
    const c = a.content;
    if (key[4 * i] !== a.cue.start - at || key[4 * i + 1] !== a.cue.end - at) return false;
    if (key[4 * i + 2] !== (c ? c.start - at : -1) || key[4 * i + 3] !== (c ? c.end - at : -1)) return false;
  }
  return true;
}

/** Index of the last entry whose block starts before `offset`, or -1. */
function lastBefore(entries: Entry[], offset: number): number {
  let lo = 0;
  let hi = entries.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (entries[mid].block.start < offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * How many characters two lists of prose pieces share at their start and at their end, piece by
 * piece: a chunk the parse cache served again is the same string, so most pieces compare at once
 * and the diff reads only the pieces between.
 */
function sharedEnds(a: string[], b: string[]): { prefix: number; suffix: number } {
  let i = 0;
  let prefix = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) prefix += a[i++].length;
  let suffix = 0;
  for (let j = 1; j <= a.length - i && j <= b.length - i && a[a.length - j] === b[b.length - j]; j++) suffix += a[a.length - j].length;
  return { prefix, suffix };
}
