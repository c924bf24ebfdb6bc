// PolNeAR: attribution relations (source, cue, content spans) in US political news.
//
// Definitions (docs/evaluation.md):
// - A span is the set of letter and digit positions it covers, so whitespace, punctuation and quote
//   marks at its edges do not decide a match; a discontinuous span is the union of its pieces.
// - Exact: a predicted span covers the same letters and digits as a gold span. Partial: they share one.
// - Precision counts distinct predicted spans that match some gold span; recall counts gold spans
//   matched by some prediction. Source, cue and content are scored independently.
// - Speaker accuracy: of the gold attributions that have a source and whose cue we found (our cue
//   overlaps theirs), the share where our source overlaps the gold source, or our resolved source's
//   last name occurs in the gold source text ("he" resolved to Donald Trump counts against "Trump").
// - Predictions are every attribution of every statement, except lede-sourced ones (an inference
//   across sentences, not a relation in the text); quotes continued over sentences are merged into
//   the relation of their cue, as PolNeAR annotates one relation per quote.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Range } from '../../server/src/output/json';
import { codePointMap, prf, readJsonl, runProduct, type PRF } from './common';

interface GoldSpan {
  spans: Array<[number, number]>;
  text: string;
}
interface GoldRelation {
  source?: GoldSpan | null;
  cue?: GoldSpan | null;
  content?: GoldSpan | null;
}
interface GoldArticle {
  article: string;
  annotator: string;
  attributions: GoldRelation[];
}

type Part = 'source' | 'cue' | 'content';
const PARTS: Part[] = ['source', 'cue', 'content'];

/** A span as the sorted letter/digit positions it covers. */
export type Positions = number[];

export interface Relation {
  source: Positions;
  cue: Positions;
  content: Positions;
  /** Predicted only: the resolved source name. */
  name?: string;
  text: { source: string; cue: string; content: string };
}

export interface PolnearScores {
  source: PRF & { partial: PRF };
  cue: PRF & { partial: PRF };
  content: PRF & { partial: PRF };
  speakerAccuracy: number;
  articles: number;
  goldRelations: number;
  predictedRelations: number;
}

const ALNUM = /[\p{L}\p{N}]/u;

export function positions(text: string, segments: Array<[number, number]>): Positions {
  const out = new Set<number>();
  for (const [s, e] of segments) for (let i = s; i < e; i++) if (ALNUM.test(text[i])) out.add(i);
  return [...out].sort((a, b) => a - b);
}

const same = (a: Positions, b: Positions): boolean => a.length === b.length && a.every((x, i) => x === b[i]);
function overlaps(a: Positions, b: Positions): boolean {
  if (!a.length || !b.length || a[a.length - 1] < b[0] || b[b.length - 1] < a[0]) return false;
  const set = new Set(a);
  return b.some((x) => set.has(x));
}

/** One annotator per article: the first listed. */
export function loadGold(dir: string): Map<string, GoldArticle> {
  const byArticle = new Map<string, GoldArticle>();
  for (const row of readJsonl<GoldArticle>(join(dir, 'attributions.jsonl'))) if (!byArticle.has(row.article)) byArticle.set(row.article, row);
  return byArticle;
}

export function goldRelations(text: string, article: GoldArticle): Relation[] {
  const toU16 = codePointMap(text);
  const conv = (g: GoldSpan | null | undefined): [number, number][] => (g?.spans ?? []).map(([s, e]) => [toU16(s), toU16(e)]);
  const str = (segs: [number, number][]) => segs.map(([s, e]) => text.slice(s, e)).join(' … ');
  return article.attributions.map((a) => {
    const [source, cue, content] = [conv(a.source), conv(a.cue), conv(a.content)];
    return {
      source: positions(text, source),
      cue: positions(text, cue),
      content: positions(text, content),
      text: { source: str(source), cue: str(cue), content: str(content) },
    };
  });
}

/** The product's attribution relations, read from the CLI's JSON report. */
export function predictedRelations(text: string): Relation[] {
  const { report, offset } = runProduct(text);
  const byCue = new Map<string, Relation & { segs: [number, number][] }>();
  for (const st of report.statements) {
    for (const a of st.attributions) {
      if (a.kind === 'lede-sourced' || !a.cueRange) continue;
      const seg = (r: Range | null): [number, number][] => (r ? [[offset(r.start), offset(r.end)]] : []);
      const [src, cue, content] = [seg(a.sourceRange), seg(a.cueRange), seg(a.contentRange)];
      const key = `${cue[0][0]}:${cue[0][1]}:${src[0]?.[0]}`;
      const prev = byCue.get(key);
      if (prev) {
        prev.segs.push(...content);
        continue;
      }
      byCue.set(key, {
        source: positions(text, src),
        cue: positions(text, cue),
        content: [],
        name: a.source,
        segs: content,
        text: { source: a.mention, cue: a.cue, content: '' },
      });
    }
  }
  return [...byCue.values()].map(({ segs, ...r }) => ({
    ...r,
    content: positions(text, segs),
    text: { ...r.text, content: segs.map(([s, e]) => text.slice(s, e)).join(' … ') },
  }));
}

export interface Counts {
  exact: [number, number, number, number];
  partial: [number, number, number, number];
}

/** Adds one article's matches to the running counts (pred matched, pred total, gold matched, gold total). */
export function countPart(gold: Positions[], pred: Positions[], counts: Counts): void {
  const distinct = (list: Positions[]) => {
    const seen = new Map<string, Positions>();
    for (const p of list) if (p.length) seen.set(p.join(','), p);
    return [...seen.values()];
  };
  const g = distinct(gold);
  const p = distinct(pred);
  for (const [kind, match] of [['exact', same], ['partial', overlaps]] as const) {
    const c = counts[kind];
    c[0] += p.filter((x) => g.some((y) => match(x, y))).length;
    c[1] += p.length;
    c[2] += g.filter((y) => p.some((x) => match(x, y))).length;
    c[3] += g.length;
  }
}

export function speakerCorrect(gold: Relation, pred: Relation): boolean {
  if (overlaps(gold.source, pred.source)) return true;
  const last = pred.name?.toLowerCase().split(/\s+/).pop();
  return !!last && last.length > 1 && new RegExp(`\\b${last.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i').test(gold.text.source);
}

export interface ArticleResult {
  article: string;
  text: string;
  gold: Relation[];
  pred: Relation[];
}

export function evaluatePolnear(dir: string, onArticle?: (r: ArticleResult) => void, predict: (text: string) => Relation[] = predictedRelations): PolnearScores {
  const gold = loadGold(dir);
  const names = readdirSync(join(dir, 'text')).filter((f) => f.endsWith('.txt')).sort();
  const counts = Object.fromEntries(PARTS.map((p) => [p, { exact: [0, 0, 0, 0], partial: [0, 0, 0, 0] }])) as Record<Part, Counts>;
  let found = 0;
  let correct = 0;
  let goldTotal = 0;
  let predTotal = 0;
  let articles = 0;
  for (const name of names) {
    const article = gold.get(name.replace(/\.txt$/, ''));
    if (!article) continue;
    articles++;
    const text = readFileSync(join(dir, 'text', name), 'utf8');
    const g = goldRelations(text, article);
    const p = predict(text);
    goldTotal += g.length;
    predTotal += p.length;
    for (const part of PARTS) countPart(g.map((r) => r[part]), p.map((r) => r[part]), counts[part]);
    for (const rel of g) {
      if (!rel.source.length || !rel.cue.length) continue;
      const match = p.find((x) => overlaps(x.cue, rel.cue));
      if (!match) continue;
      found++;
      if (speakerCorrect(rel, match)) correct++;
    }
    onArticle?.({ article: article.article, text, gold: g, pred: p });
  }
  const score = (part: Part) => ({ ...prf(...counts[part].exact), partial: prf(...counts[part].partial) });
  return {
    source: score('source'),
    cue: score('cue'),
    content: score('content'),
    speakerAccuracy: found ? correct / found : 0,
    articles,
    goldRelations: goldTotal,
    predictedRelations: predTotal,
  };
}

export { overlaps, same };
