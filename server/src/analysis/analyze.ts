// The analysis entry point: text in, document model out. Pure: no I/O, no protocol types.
import { crossLinksOf, splitBlocks } from './blocks';
import { findAttributions } from './attribution';
import { scoreClaim } from './claims';
import { findDateline } from './dateline';
import { findHedges } from './hedges';
import { findQuotes } from './quotes';
import { splitSentences } from './sentences';
import { buildStatements } from './statements';
import type { DocumentModel } from './types';

export interface AnalysisOptions {
  format?: 'plaintext' | 'markdown';
  /** Extra reporting verbs from config ("quipped"). */
  extraCues?: string[];
}

export function formatOf(path: string): 'plaintext' | 'markdown' {
  return /\.(md|markdown|mdx)$/i.test(path) ? 'markdown' : 'plaintext';
}

export function analyze(text: string, options: AnalysisOptions = {}): DocumentModel {
  const format = options.format ?? 'plaintext';
  const { prose, blocks } = splitBlocks(text, format);
  const sentences = splitSentences(prose, blocks);
  const quotes = findQuotes(prose, blocks, sentences);
  const extraCues = new Set((options.extraCues ?? []).map((c) => c.toLowerCase()));
  const { attributions, sources } = findAttributions(prose, sentences, blocks, quotes, extraCues);
  const isBody = (i: number) => blocks[sentences[i].block].kind !== 'cross-link' && blocks[sentences[i].block].kind !== 'heading';
  const claims = sentences.map((s) => scoreClaim(prose, s, quotes, isBody(s.index) ? 'body' : 'other'));
  const quoteSpans = quotes.filter((q) => !q.scare);
  const hedges = sentences.map((s) => (isBody(s.index) ? findHedges(prose, s, attributions[s.index], quoteSpans) : []));
  const statements = buildStatements(prose, sentences, blocks, quotes, attributions, sources, claims, hedges);
  return {
    text,
    format,
    prose,
    blocks,
    sentences,
    quotes,
    sources,
    statements,
    crossLinks: crossLinksOf(blocks),
    dateline: findDateline(prose, blocks),
  };
}
