// The analysis entry point: text in, document model out. Pure: no I/O, no protocol types.
// This is the whole-document reference pipeline; incremental.ts reuses per-paragraph results and
// must produce a model deep-equal to this one (tests/incremental.test.ts).
import { crossLinksOf, splitBlocks } from './blocks';
import { blankDirectives, findDirectives } from './directives';
import { candidatesOf, type SentenceCandidates } from './attribution';
import { isBody, resolveAttributions } from './speaker-resolution';
import { scoreClaim } from './claims';
import { findDateline } from './dateline';
import { findHedges, userHedgePattern } from './hedges';
import { userTerms } from './lexicon';
import { findQuotes, quotesBySentence, statementQuotes } from './quotes';
import { splitSentences } from './sentences';
import { buildStatements } from './statements';
import type { Attribution, Claim, DocumentModel, Hedge } from './types';

export interface AnalysisOptions {
  format?: 'plaintext' | 'markdown';
  /** Extra reporting verbs from config ("mused"). */
  extraCues?: string[];
  /** Extra heads of vague source groups from config ("insiders"). */
  vagueTerms?: string[];
  /** Extra hedge words or phrases from config ("purportedly"), literal. */
  hedges?: string[];
  /** Line-comment prefix of ignore directives in plain text. */
  commentPrefix?: string;
}

export function formatOf(path: string): 'plaintext' | 'markdown' {
  return /\.(md|markdown|mdx)$/i.test(path) ? 'markdown' : 'plaintext';
}


/**
 * The text the blocks are split from. Plain-text ignore directives are comments, not prose
 * (Markdown's are HTML comments already). Line-local: incremental.ts applies it to whole lines.
 */
export function analysisSource(text: string, format: 'plaintext' | 'markdown', options: AnalysisOptions): string {
  return format === 'plaintext' ? blankDirectives(text, findDirectives(text, format, options.commentPrefix)) : text;
}

export function analyze(text: string, options: AnalysisOptions = {}): DocumentModel {
  const format = options.format ?? 'plaintext';
  const { prose, blocks } = splitBlocks(analysisSource(text, format, options), format);
  const sentences = splitSentences(prose, blocks);
  const quotes = findQuotes(prose, blocks, sentences);
  const terms = userTerms(options);
  const userHedges = userHedgePattern(options.hedges ?? []);
  // Every per-sentence pass looks only at the quotes the sentence overlaps or opens: passing those
  // instead of the document's keeps results identical and the cost linear, even in one huge block.
  const own = quotesBySentence(quotes, sentences);
  const body: boolean[] = [];
  const candidates: SentenceCandidates[] = [];
  const claims: Array<Claim | null> = [];
  // (one loop, so that both passes read a sentence's tokens while they are in the cache)
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i];
    const inBody = isBody(blocks[s.block]);
    body.push(inBody);
    candidates.push(candidatesOf(prose, s, blocks[s.block], own[i], terms));
    claims.push(scoreClaim(prose, s, own[i], inBody ? 'body' : 'other'));
  }
  const parts = { text, format, prose, blocks, sentences, quotes, candidates, claims };
  return crossSentence(parts, (attributions) =>
    sentences.map((s) => (body[s.index] ? findHedges(prose, s, attributions[s.index], statementQuotes(own[s.index]), userHedges) : [])),
  );
}

/** What the per-sentence passes produce; the rest of the model depends on the whole document. */
export interface SentenceParts extends Pick<DocumentModel, 'text' | 'format' | 'prose' | 'blocks' | 'sentences' | 'quotes'> {
  candidates: SentenceCandidates[];
  claims: Array<Claim | null>;
}

/**
 * The cross-sentence passes (speakers and pronouns, then hedges, lede sourcing, continued quotes,
 * non-confirmation) and the model. Shared with incremental.ts, which brings cached hedges.
 */
export function crossSentence(p: SentenceParts, hedgesOf: (attributions: Attribution[][]) => Hedge[][]): DocumentModel {
  const { attributions, sources } = resolveAttributions(p.prose, p.sentences, p.blocks, p.candidates);
  const hedges = hedgesOf(attributions);
  const statements = buildStatements(p.prose, p.sentences, p.blocks, p.quotes, attributions, sources, p.claims, hedges);
  return assembleModel(p, sources, statements);
}

/** The model from the per-sentence parts and the cross-sentence results (cross-links and dateline read the blocks). */
export function assembleModel(p: SentenceParts, sources: DocumentModel['sources'], statements: DocumentModel['statements']): DocumentModel {
  return {
    text: p.text,
    format: p.format,
    prose: p.prose,
    blocks: p.blocks,
    sentences: p.sentences,
    quotes: p.quotes,
    sources,
    statements,
    crossLinks: crossLinksOf(p.blocks),
    dateline: findDateline(p.prose, p.blocks),
  };
}
