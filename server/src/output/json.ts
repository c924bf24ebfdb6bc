// The CLI's JSON report: a stable contract (version 1). Fields may be added, never renamed.
import { checkWorthiness } from '../analysis/claims';
import { LineIndex } from '../analysis/lines';
import { crossLinkRelevance } from '../analysis/relevance';
import type { TitleIndex } from '../analysis/titles';
import { quotesBySentence } from '../analysis/quotes';
import type { Attribution, DocumentModel, QuoteSpan, Span } from '../analysis/types';
import { primaryAttribution, type CheckResult } from '../check';
import type { Review } from '../ledger/types';

export interface Range {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

export function toRange(index: LineIndex, span: Span): Range {
  return { start: index.positionAt(span.start), end: index.positionAt(span.end) };
}

/** A file's findings with their ranges: all the text and SARIF reports need. */
export function findingsReport(path: string, { model, findings }: CheckResult, index = new LineIndex(model.text)) {
  return {
    path,
    findings: findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      message: f.message,
      range: toRange(index, f),
      ...(f.related ? { related: f.related.map((r) => ({ message: r.message, range: toRange(index, r) })) } : {}),
    })),
  };
}
export type FindingsReport = ReturnType<typeof findingsReport>;

/** `reviews`: the claim ledger's record per statement (model.statements order), from ledger/reviews.ts. */
export function fileReport(path: string, result: CheckResult, reviews?: Array<Review | null>) {
  const { model } = result;
  const index = new LineIndex(model.text);
  const range = (s: Span | null) => (s ? toRange(index, s) : null);
  // The quotes each sentence overlaps or opens, as the analysis scores them: linear over the document.
  const ownQuotes = quotesBySentence(model.quotes, model.sentences);
  return {
    ...findingsReport(path, result, index),
    statements: model.statements.map((st, i) => {
      const s = model.sentences[st.sentence];
      const block = model.blocks[s.block];
      const primary = primaryAttribution(model, st);
      return {
        text: model.text.slice(s.start, s.end),
        range: toRange(index, s),
        kind: block.kind === 'cross-link' ? 'cross-link' : block.kind === 'heading' ? 'heading' : isQuote(model, st.sentence, primary, ownQuotes[st.sentence]) ? 'quote' : 'sentence',
        attribution: primary ? attributionJson(model, primary, range) : null,
        attributions: st.attributions.map((a) => attributionJson(model, a, range)),
        claim: st.claim ? { score: st.claim.score, kinds: st.claim.kinds } : null,
        // The score behind `claim` for every body sentence, also below the threshold, for ranking.
        checkWorthiness: block.kind === 'cross-link' || block.kind === 'heading' ? null : Math.round(checkWorthiness(model.prose, s, ownQuotes[st.sentence]) * 10000) / 10000,
        hedges: st.hedges.map((h) => ({ text: h.text, range: toRange(index, h), type: h.type, speaker: h.inQuote })),
        status: st.status,
        review: reviews?.[i] ?? null,
        ...(st.notConfirmedBy !== undefined ? { notConfirmedBy: toRange(index, model.sentences[st.notConfirmedBy]) } : {}),
        // an unattributed claim beside a named source: the evidence outside that source's words
        ...(st.unsourced ? { unsourced: st.unsourced.map((e) => ({ text: model.text.slice(e.start, e.end), range: toRange(index, e) })) } : {}),
      };
    }),
    crossLinks: crossLinkRelevance(model).map((r, i) => {
      const c = model.crossLinks[i];
      // target: the checked file whose title is the headline (filled in by resolveTargets), else null.
      return { headline: c.headline, range: toRange(index, c), headlineRange: toRange(index, c.headlineSpan), target: null as string | null, relevance: Math.round(r.score * 100) / 100, related: r.related };
    }),
    sources: model.sources
      .filter((src) => src.mentions.length)
      .map((src) => ({ name: src.name, type: src.type, role: src.role ?? null, mentions: src.mentions.length })),
    dateline: model.dateline ? { place: model.dateline.place, outlet: model.dateline.outlet, range: toRange(index, model.dateline) } : null,
  };
}

function attributionJson(model: DocumentModel, a: Attribution, range: (s: Span | null) => Range | null) {
  const src = model.sources[a.source];
  return {
    source: src.name,
    sourceType: src.type,
    mention: a.mention.text,
    cue: a.cue.text,
    channel: a.channel,
    role: src.role ?? null,
    kind: a.kind,
    sourceRange: range(a.mention),
    cueRange: range(a.cue),
    contentRange: range(a.content),
    ...(a.sourcedBy !== undefined ? { sourcedBy: range(model.sentences[a.sourcedBy]) } : {}),
  };
}

function isQuote(model: DocumentModel, sentence: number, a: Attribution | null, quotes: QuoteSpan[]): boolean {
  if (!a || (a.kind !== 'direct-quote' && a.kind !== 'continued-quote')) return false;
  const s = model.sentences[sentence];
  return quotes.some((q) => !q.scare && q.start <= s.start + 1 && q.end >= s.start);
}

/** Points each cross-link at the file among those checked whose title is its headline. */
export function resolveTargets(files: Array<ReturnType<typeof fileReport>>, titles: TitleIndex): void {
  for (const f of files) for (const c of f.crossLinks) c.target = titles.resolve(c.headline, f.path);
}

export function jsonReport(files: Array<ReturnType<typeof fileReport>>) {
  return { version: 1, files };
}
