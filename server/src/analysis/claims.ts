// Check-worthiness: does the sentence state something a fact-checker could verify? A logistic model
// over features the analysis already has (words and word pairs, number shapes, the claim kinds
// below, names, quotes), trained by `npm run train` on ClaimBuster (Arslan et al. 2020, CC BY 4.0)
// into claim-weights.json. The kinds and evidence (figures, money, dates, event verbs, comparisons,
// causal links) are found by rule: they explain the claim in messages and hovers. Headings and
// questions are never claims. Cost: one pass over the sentence's tokens, one map lookup per feature.
import { EVENT_VERBS, MONTHS, WEEKDAYS } from './lexicon';
import type { Claim, ClaimKind, QuoteSpan, Sentence, Span, Token } from './types';
import trained from './claim-weights.json';

export interface ClaimModel {
  bias: number;
  /** Check-worthy at or above this probability: the same cut the rules and the JSON report use. */
  threshold: number;
  weights: Record<string, number>;
}

let model: ClaimModel = trained;

/** The model in use; evaluation swaps in one trained on other folds, then restores it. */
export function withClaimModel<T>(m: ClaimModel, fn: () => T): T {
  const saved = model;
  model = m;
  try {
    return fn();
  } finally {
    model = saved;
  }
}

export const claimThreshold = (): number => model.threshold;

const RELATIVE_DATE = /^(yesterday|today|tomorrow|tonight|last|next|ago|earlier|recently)$/i;
const SUPERLATIVE = /^(most|least|largest|biggest|highest|lowest|first|last|record|unprecedented|best|worst|fastest|slowest|only|greatest|smallest|top|\p{L}{3,}est)$/iu;
const NOT_SUPERLATIVE = new Set(['interest', 'latest', 'protest', 'request', 'forest', 'honest', 'modest', 'west', 'test', 'contest', 'suggest', 'arrest', 'harvest', 'invest', 'guest', 'rest', 'chest', 'nest', 'quest', 'manifest', 'digest', 'earnest', 'pest', 'crest', 'zest', 'vest', 'best']);
const COMPARISON = /^(more|less|fewer|higher|lower|larger|smaller|greater|bigger|than|double|doubled|tripled|half|twice)$/i;
const CAUSAL = /^(because|therefore|thus|hence|caused|causes|led|leads|due|result|resulted|blamed|amid)$/i;
const MAGNITUDE = /^(million|billion|trillion|thousand|hundred|dozens|hundreds|thousands|millions|billions|crore|lakh)$/;
const CURRENCY_WORD = /^(million|billion|trillion|dollars|rupees|euros|pounds|crore|lakh|taka|yuan|yen)$/;

interface Evidence {
  kinds: Set<ClaimKind>;
  evidence: Array<Span & { text: string }>;
  /** Number shapes by token index: money, percent, year, date, count. */
  shapes: Map<number, string>;
}

/** The claim kinds of a sentence and the words that show them. */
function findEvidence(prose: string, tokens: Token[], hasQuote: boolean): Evidence {
  const kinds = new Set<ClaimKind>();
  const evidence: Evidence['evidence'] = [];
  const shapes = new Map<number, string>();
  const note = (k: ClaimKind, t: Span, i = -1) => {
    kinds.add(k);
    // "said on Tuesday" dates the speaking, not the claim: the attribution covers it.
    if (k === 'date' && i >= 0 && datesTheSpeech(tokens, i)) return;
    if (evidence.length < 4) evidence.push({ start: t.start, end: t.end, text: prose.slice(t.start, t.end) });
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const w = t.text.toLowerCase();
    const next = tokens[i + 1]?.text.toLowerCase() ?? '';
    if (t.kind === 'number') {
      if (/^[$€£¥₹]/.test(t.text) || CURRENCY_WORD.test(next)) {
        const end = /^(million|billion|trillion)$/.test(next) ? tokens[i + 1] : t;
        note('money', { start: t.start, end: end.end });
        shapes.set(i, '<money>');
      } else if (/^(19|20)\d\d$/.test(t.text) || MONTHS.has(tokens[i - 1]?.text.toLowerCase() ?? '')) {
        note('date', t, i);
        shapes.set(i, /^(19|20)\d\d$/.test(t.text) ? '<year>' : '<day>');
      } else {
        const percent = /%$/.test(t.text) || /^(percent|per|pc)$/.test(next);
        const unit = /^(percent|per|pc)$/.test(next) ? tokens[i + 1] : t;
        note('statistic', { start: t.start, end: unit.end });
        shapes.set(i, percent ? '<pct>' : /\d(st|nd|rd|th)$/.test(t.text) ? '<ord>' : '<num>');
      }
    } else if (t.kind === 'word') {
      if ((MONTHS.has(w) && /^\p{Lu}/u.test(t.text) && w !== 'may') || WEEKDAYS.has(w)) {
        note('date', t, i);
      } else if (RELATIVE_DATE.test(w) && /^(week|month|year|night|weekend|summer|winter|spring|autumn)$/.test(next)) {
        note('date', { start: t.start, end: tokens[i + 1].end }, i);
      } else if (EVENT_VERBS.has(w)) {
        note('event', t);
      } else if (SUPERLATIVE.test(w) && !NOT_SUPERLATIVE.has(w)) {
        note('superlative', t);
      } else if (COMPARISON.test(w)) {
        note('comparison', t);
      } else if (CAUSAL.test(w)) {
        note('causal', t);
      } else if (MAGNITUDE.test(w) && tokens[i - 1]?.kind !== 'number') {
        note('statistic', t);
      }
    }
  }
  if (hasQuote) kinds.add('quote');
  return { kinds, evidence, shapes };
}

const SPEECH = /^(said|says|told|added|announced|stated|wrote|tweeted|posted|confirmed|denied|reported|explained|insisted|warned)$/i;

/** A date right after a reporting verb ("said on Tuesday", "told reporters on Monday"). */
function datesTheSpeech(tokens: Token[], i: number): boolean {
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
    if (tokens[j].kind !== 'word') return false;
    if (SPEECH.test(tokens[j].text)) return true;
  }
  return false;
}

const bucket = (n: number, cuts: number[]): number => cuts.filter((c) => n >= c).length;

/** The features the model reads: normalized words and word pairs, number shapes, kinds, size, names. */
export function claimFeatures(tokens: Token[], ev: Evidence): string[] {
  const out = new Set<string>();
  let prev = '<s>';
  let names = 0;
  let words = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    let norm: string;
    if (t.kind === 'number') norm = ev.shapes.get(i) ?? '<num>';
    else if (t.kind === 'word') {
      norm = t.text.toLowerCase().replace(/’/g, "'");
      words++;
      if (i > 0 && /^\p{Lu}/u.test(t.text) && tokens[i - 1].kind === 'word' && !/^\p{Lu}/u.test(tokens[i - 1].text)) names++;
    } else if (t.kind === 'quote') norm = '"';
    else if (/^[?!%;:()—–-]$/.test(t.text)) norm = t.text;
    else continue;
    out.add(`w:${norm}`);
    out.add(`b:${prev} ${norm}`);
    prev = norm;
  }
  out.add(`b:${prev} </s>`);
  for (const k of ev.kinds) out.add(`k:${k}`);
  out.add(`len:${bucket(words, [6, 11, 21, 31])}`);
  out.add(`names:${bucket(names, [1, 2, 3])}`);
  return [...out];
}

/** Probability that the sentence is check-worthy, from the model's weights. */
function probability(features: string[]): number {
  let z = model.bias;
  for (const f of features) z += model.weights[f] ?? 0;
  return 1 / (1 + Math.exp(-z));
}

function analyseSentence(prose: string, s: Sentence, quotes: QuoteSpan[]) {
  const hasQuote = quotes.some((q) => q.sentence === s.index && !q.scare);
  const ev = findEvidence(prose, s.tokens, hasQuote);
  const question = s.tokens[s.tokens.length - 1]?.text === '?';
  const p = probability(claimFeatures(s.tokens, ev));
  // A question asks rather than states: scaled below the threshold, still ranked among questions.
  return { ev, score: question ? p * model.threshold : p };
}

/** Check-worthiness of a body sentence, 0..1; a claim exactly when it reaches claimThreshold(). */
export function checkWorthiness(prose: string, s: Sentence, quotes: QuoteSpan[]): number {
  return analyseSentence(prose, s, quotes).score;
}

/** The features of a sentence, for training. */
export function sentenceFeatures(prose: string, s: Sentence, quotes: QuoteSpan[]): string[] {
  const hasQuote = quotes.some((q) => q.sentence === s.index && !q.scare);
  return claimFeatures(s.tokens, findEvidence(prose, s.tokens, hasQuote));
}

export function scoreClaim(prose: string, s: Sentence, quotes: QuoteSpan[], kind: 'body' | 'other'): Claim | null {
  if (kind === 'other') return null;
  const { ev, score } = analyseSentence(prose, s, quotes);
  if (score < model.threshold) return null;
  return { sentence: s.index, score: Math.round(score * 1000) / 1000, kinds: [...ev.kinds], evidence: ev.evidence };
}
