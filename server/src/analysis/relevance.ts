// Cross-link relevance: does a promoted headline belong with the article it sits in? A "Read More"
// line about another story is normal; one about an unrelated story is a promo the reader should
// not take as context. We score the share of the headline's key terms (content words and names,
// lightly stemmed) that also occur in the article body, with the cross-link lines left out.
import { STOPWORDS } from './lexicon';
import type { CrossLink, DocumentModel } from './types';

/** At least this share of a headline's key terms must occur in the body for it to count as related. */
export const RELATED_THRESHOLD = 0.4;

// Headline filler that says nothing about the topic.
const FILLER = new Set([...STOPWORDS, ...'says say saying tells told new over under amid up down out how why just now here vs via get gets its it’s'.split(' ')]);

export interface KeyTerm {
  /** The word as written. */
  word: string;
  stem: string;
}

export interface Relevance {
  /** Share of the headline's key terms found in the body, 0 to 1 (0 when it has none). */
  score: number;
  related: boolean;
  terms: KeyTerm[];
  shared: KeyTerm[];
}

/** Lower-case light stem, so "purchases"/"purchasing" and "warns"/"warning" meet. */
export function stem(word: string): string {
  let w = word.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').replace(/['’]s$/, '').replace(/['’]/g, '');
  if (w.length > 4 && w.endsWith('ies')) w = w.slice(0, -3) + 'y';
  else if (w.length > 4 && /(ss|x|ch|sh|s)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/** Key terms of a text in order: words of three or more letters that are not filler; hyphenated words split. */
export function keyTerms(text: string): KeyTerm[] {
  const out: KeyTerm[] = [];
  for (const m of text.matchAll(/[\p{L}\p{M}]+(?:['’][\p{L}]+)?/gu)) {
    const word = m[0];
    const bare = word.replace(/['’]s$/i, '');
    if (bare.length < 3 || FILLER.has(bare.toLowerCase())) continue;
    out.push({ word: bare, stem: stem(bare) });
  }
  return out;
}

/** Stem counts of the article body: every block except the cross-link lines. */
export function bodyTerms(model: DocumentModel): Map<string, number> {
  const counts = new Map<string, number>();
  for (const b of model.blocks) {
    if (b.kind === 'cross-link') continue;
    for (const t of keyTerms(model.prose.slice(b.start, b.end))) counts.set(t.stem, (counts.get(t.stem) ?? 0) + 1);
  }
  return counts;
}

export function scoreHeadline(headline: string, body: Map<string, number>): Relevance {
  const seen = new Set<string>();
  const terms = keyTerms(headline).filter((t) => !seen.has(t.stem) && seen.add(t.stem));
  const shared = terms.filter((t) => body.has(t.stem));
  const score = terms.length ? shared.length / terms.length : 0;
  return { score, related: score >= RELATED_THRESHOLD, terms, shared };
}

/** The relevance of each of the document's cross-links, in order. */
export function crossLinkRelevance(model: DocumentModel, links: CrossLink[] = model.crossLinks): Relevance[] {
  if (!links.length) return [];
  const body = bodyTerms(model);
  return links.map((c) => scoreHeadline(c.headline, body));
}

/** The most frequent key terms of the body, for a compact per-article summary. */
export function topTerms(body: Map<string, number>, n = 20): string[] {
  return [...body.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, n).map(([s]) => s);
}
