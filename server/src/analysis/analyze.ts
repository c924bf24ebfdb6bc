// The analysis entry point: text in, document model out. Pure: no I/O, no protocol types.
// This is the whole-document reference pipeline; incremental.ts reuses per-paragraph results and
// must produce a model deep-equal to this one (tests/incremental.test.ts).
import { crossLinksOf, splitBlocks } from './blocks';
import { blankDirectives, findDirectives } from './directives';
import { resolveAttributions, sentenceCandidates, type SentenceCandidates } from './attribution';
import { scoreClaim } from './claims';
import { findDateline } from './dateline';
import { findHedges } from './hedges';
import { userTerms } from './lexicon';
import { findQuotes } from './quotes';
import { splitSentences } from './sentences';
import { buildStatements } from './statements';
import type { Block, DocumentModel, QuoteSpan, Sentence } from './types';

export interface AnalysisOptions {
  format?: 'plaintext' | 'markdown';
  /** Extra reporting verbs from config ("quipped"). */
  extraCues?: string[];
  /** Extra heads of vague source groups from config ("insiders"). */
  vagueTerms?: string[];
  /** Line-comment prefix of ignore directives in plain text. */
  commentPrefix?: string;
}

export function formatOf(path: string): 'plaintext' | 'markdown' {
  return /\.(md|markdown|mdx)$/i.test(path) ? 'markdown' : 'plaintext';
}

export const isBodyBlock = (b: Block): boolean => b.kind !== 'cross-link' && b.kind !== 'heading';
export const NO_CANDIDATES: SentenceCandidates = Object.freeze({ found: [], names: [] }) as unknown as SentenceCandidates;

export function analyze(text: string, options: AnalysisOptions = {}): DocumentModel {
  const format = options.format ?? 'plaintext';
  // Plain-text ignore directives are comments, not prose (Markdown's are HTML comments already).
  const source = format === 'plaintext' ? blankDirectives(text, findDirectives(text, format, options.commentPrefix)) : text;
  const { prose, blocks } = splitBlocks(source, format);
  const sentences = splitSentences(prose, blocks);
  const quotes = findQuotes(prose, blocks, sentences);
  const terms = userTerms(options);
  // Every per-sentence pass looks only at the quotes of the sentence's own block: passing those
  // instead of the document's keeps results identical and the cost linear.
  const blockQuotes = quotesByBlock(quotes, sentences, blocks.length);
  const realQuotes = blockQuotes.map((qs) => qs.filter((q) => !q.scare));
  const body = sentences.map((s) => isBodyBlock(blocks[s.block]));
  const candidates = sentences.map((s) => (body[s.index] ? sentenceCandidates(prose, s, blockQuotes[s.block], terms) : NO_CANDIDATES));
  const { attributions, sources } = resolveAttributions(prose, sentences, blocks, candidates);
  const claims = sentences.map((s) => scoreClaim(prose, s, blockQuotes[s.block], body[s.index] ? 'body' : 'other'));
  const hedges = sentences.map((s) => (body[s.index] ? findHedges(prose, s, attributions[s.index], realQuotes[s.block]) : []));
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

/** Quotes grouped by block. A quote's sentence is the one holding its opening mark, so in its block. */
function quotesByBlock(quotes: QuoteSpan[], sentences: Sentence[], blockCount: number): QuoteSpan[][] {
  const out: QuoteSpan[][] = Array.from({ length: blockCount }, () => []);
  for (const q of quotes) if (q.sentence >= 0) out[sentences[q.sentence].block].push(q);
  return out;
}
