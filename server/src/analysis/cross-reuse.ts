// The incremental analysis's fast path for the cross-sentence passes. Typing usually changes a
// word inside one paragraph and nothing those passes read there: which sources are named and
// where, the cues, contents and channel, the quotes, the reporting verbs, the sentence and block
// bounds. When all of that is the previous version's moved by the edit, so is their result: the
// same sources, mentions and attributions, moved in place, and fresh statements only for the
// edited sentences and the one before them (which looks ahead for a denial). The lede, which
// later sentences can source, always takes the full pass. The full pass is analyze.crossSentence;
// tests/incremental.test.ts checks that either way the model equals a fresh analysis.
import type { Found, SentenceCandidates } from './attribution';
import type { Entry } from './block-entry';
import type { TextChange } from './incremental';
import type { Phrase } from './mentions';
import { reportingVerbStarts, statementFor } from './statements';
import { studyWords } from './respondents';
import type { Attribution, Block, Claim, DocumentModel, Hedge, Sentence, Span, Statement } from './types';

/** The paragraphs an edit re-analysed: the previous version's entries and the new ones in their place. */
export interface EditedRegion {
  change: TextChange;
  before: Entry[];
  after: Entry[];
}

/** Maps an offset of the previous version into the new one; NaN inside the replaced text. */
export function offsetMap(ch: TextChange): (o: number) => number {
  const delta = ch.newEnd - ch.oldEnd;
  return (o) => (o <= ch.start ? o : o >= ch.oldEnd ? o + delta : NaN);
}

/**
 * Everything the cross-sentence passes read of these entries, as a flat list of primitives with
 * offsets passed through `at`. Taken of the previous entries before they move and of the new ones
 * after; equal lists mean the passes would see the same input moved by the edit.
 */
export function crossInputs(entries: Entry[], at: (o: number) => number): unknown[] {
  const out: unknown[] = [entries.length];
  const phrase = (p: Phrase): void => void out.push(p.kind, p.name, p.type, p.role ?? '', p.text, at(p.start), at(p.end));
  for (const e of entries) {
    out.push(e.block.kind, at(e.block.start), at(e.block.end), e.sentences.length, e.quotes.length);
    for (const q of e.quotes) out.push(at(q.start), at(q.end), at(q.inner.start), at(q.inner.end), q.words, q.scare, q.sentence - e.sentenceBase);
    for (let k = 0; k < e.sentences.length; k++) {
      const s = e.sentences[k];
      const c: SentenceCandidates = e.candidates[k];
      out.push(at(s.start), at(s.end), s.tokens.length, c.channel ?? '', c.found.length, c.names.length, c.bodies.length);
      for (const f of c.found) {
        phrase(f.phrase);
        out.push(f.kind, f.cue.text, at(f.cue.start), at(f.cue.end), f.content ? at(f.content.start) : -1, f.content ? at(f.content.end) : -1);
      }
      for (const p of c.names) phrase(p);
      for (const b of c.bodies) out.push(b);
      out.push(c.headed.length);
      for (const b of c.headed) out.push(b);
      // continued quotes skip sentences with a reporting verb of their own
      for (const start of reportingVerbStarts(s)) out.push(at(start));
      // a poll or study a later respondents phrase may report (respondents.ts reads its words)
      out.push(studyWords(s.tokens));
    }
  }
  return out;
}

export function sameList(a: unknown[], b: unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * The last sentence the lede-sourcing pass reads (the lede and the three body sentences after
 * it), or -1 without a lede. An edit up to there takes the full pass.
 */
export function ledeReach(sentences: Sentence[], blocks: Block[]): number {
  const lede = sentences.findIndex((s) => s.lede);
  if (lede < 0) return -1;
  let seen = 0;
  let i = lede;
  while (i + 1 < sentences.length && seen < 3) if (blocks[sentences[++i].block].kind !== 'cross-link') seen++;
  return i;
}

/**
 * The previous model's cross-sentence results moved onto the new version, with the statements of
 * the edited sentences rebuilt. `prev` is consumed: its sources, attributions and statements are
 * updated in place (a model is valid until the next update, see incremental.ts).
 */
export function reuseCrossSentence(
  prev: DocumentModel,
  region: EditedRegion,
  next: Pick<DocumentModel, 'prose' | 'blocks' | 'sentences'> & { claims: Array<Claim | null> },
  /** Hedges of the sentences of `only` into `out`, from the resolved attributions. */
  hedgesOf: (attributions: Attribution[][], only: Entry[], out: Hedge[][]) => Hedge[][],
): { sources: DocumentModel['sources']; statements: Statement[] } {
  const at = offsetMap(region.change);
  // The edited sentences' attributions still hold the previous entries' cues and contents: swap
  // in the new entries' objects, which carry the same text at the new offsets.
  const swap = new Map<object, object>();
  for (let b = 0; b < region.before.length; b++) {
    const [old, now] = [region.before[b].candidates, region.after[b].candidates];
    for (let k = 0; k < old.length; k++) old[k].found.forEach((f: Found, i: number) => pair(swap, f, now[k].found[i]));
  }
  // Mentions and the spans the passes made (continued quotes, the sourced lede) belong to no
  // entry: they move here, each once. Cues and contents of entries have moved with their entry.
  for (const source of prev.sources) for (const m of source.mentions) move(m, at);
  const attributions: Attribution[][] = prev.statements.map((st) => st.attributions);
  for (const list of attributions) {
    for (const a of list) {
      a.cue = (swap.get(a.cue) as Attribution['cue']) ?? a.cue;
      const content = a.content && swap.get(a.content);
      if (content) a.content = content as Span;
      else if (a.content && (a.kind === 'continued-quote' || a.kind === 'lede-sourced')) move(a.content, at);
    }
  }
  // Elsewhere a sentence's hedges read only its own text and attributions, which moved with it.
  const hedges = hedgesOf(attributions, region.after, prev.statements.map((st) => st.hedges));
  const statements = prev.statements;
  const first = region.after[0]?.sentenceBase ?? 0;
  const last = first + region.after.reduce((n, e) => n + e.sentences.length, 0);
  const { prose, blocks, sentences, claims } = next;
  for (let i = 0; i < statements.length; i++) {
    const st = statements[i];
    // the edited sentences, the one before (it reads the next one's hedges), and any whose claim
    // or hedges are no longer the objects it was built with
    if ((i >= first - 1 && i < last) || st.claim !== claims[i] || st.hedges !== hedges[i]) {
      statements[i] = statementFor(prose, sentences, blocks, attributions, prev.sources, claims, hedges, sentences[i]);
    }
  }
  return { sources: prev.sources, statements };
}

function pair(swap: Map<object, object>, old: Found, now: Found): void {
  if (old === now) return;
  swap.set(old.cue, now.cue);
  if (old.content && now.content) swap.set(old.content, now.content);
}

function move(x: Span, at: (o: number) => number): void {
  x.start = at(x.start);
  x.end = at(x.end);
}
