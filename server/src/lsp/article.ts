// The compact record the workspace index keeps per article: title, key terms, counts, sources with
// their statements, claims and cross-links, with LSP ranges. Whole models are not kept, so that a
// workspace of thousands of articles stays small in memory.
import type { Range } from 'vscode-languageserver';
import type { LineIndex } from '../analysis/lines';
import { bodyTerms, scoreHeadline, topTerms } from '../analysis/relevance';
import { articleTitle, headlineKey } from '../analysis/titles';
import type { DocumentModel, Source, SourceType, Span, StatementStatus } from '../analysis/types';
import { summarize, type Summary } from './summary';

export interface IndexedStatement {
  text: string;
  range: Range;
  status: StatementStatus;
  claim: boolean;
}

export interface IndexedSource {
  name: string;
  /** Canonical name for matching across articles; vague groups ("officials") only match in their own article. */
  key: string;
  type: SourceType;
  role: string | null;
  /** The first mention by name (or the first mention at all). */
  range: Range;
  mentions: number;
  statements: IndexedStatement[];
}

export interface IndexedCrossLink {
  headline: string;
  key: string;
  range: Range;
  headlineRange: Range;
  relevance: number;
  related: boolean;
}

export interface Article {
  uri: string;
  /** Workspace-relative path with forward slashes (the URI for documents outside the workspace). */
  path: string;
  title: { text: string; key: string; range: Range } | null;
  /** The body's most frequent key terms (stems). */
  terms: string[];
  summary: Summary;
  sources: IndexedSource[];
  claims: IndexedStatement[];
  crossLinks: IndexedCrossLink[];
}

const clip = (s: string, max: number): string => (s.length > max ? s.slice(0, max - 1) + '…' : s);

export function sourceKey(src: Pick<Source, 'name' | 'type'>, uri: string): string {
  const key = headlineKey(src.name).replace(/^the /, '');
  return src.type === 'vague' ? `${uri}#${key}` : key;
}

/** `maxText`: statement texts longer than this are cut (the index clips files on disk; open documents keep all). */
export function articleOf(uri: string, path: string, model: DocumentModel, index: LineIndex, maxText = Infinity): Article {
  const range = (s: Span): Range => ({ start: index.positionAt(s.start), end: index.positionAt(s.end) });
  const statement = (i: number): IndexedStatement => {
    const st = model.statements[i];
    const s = model.sentences[st.sentence];
    return { text: clip(model.text.slice(s.start, s.end), maxText), range: range(s), status: st.status, claim: !!st.claim };
  };
  const bySource = new Map<number, number[]>();
  model.statements.forEach((st, i) => {
    // Lede claims sourced by a later sentence are that sentence's, as in the hover card.
    for (const id of new Set(st.attributions.filter((a) => a.kind !== 'lede-sourced').map((a) => a.source))) {
      bySource.set(id, [...(bySource.get(id) ?? []), i]);
    }
  });
  const sources = model.sources
    .filter((src) => src.mentions.length)
    .map((src) => ({
      name: src.name,
      key: sourceKey(src, uri),
      type: src.type,
      role: src.role ?? null,
      range: range(src.mentions.find((m) => m.via !== 'pronoun') ?? src.mentions[0]),
      mentions: src.mentions.length,
      statements: (bySource.get(src.id) ?? []).map(statement),
    }));
  const body = bodyTerms(model);
  const title = articleTitle(model.text, model.format);
  return {
    uri,
    path,
    title: title ? { text: title.text, key: headlineKey(title.text), range: range(title) } : null,
    terms: topTerms(body),
    summary: summarize(model),
    sources,
    claims: model.statements.flatMap((st, i) => (st.claim ? [statement(i)] : [])),
    crossLinks: model.crossLinks.map((c) => {
      const r = scoreHeadline(c.headline, body);
      return { headline: c.headline, key: headlineKey(c.headline), range: range(c), headlineRange: range(c.headlineSpan), relevance: r.score, related: r.related };
    }),
  };
}
