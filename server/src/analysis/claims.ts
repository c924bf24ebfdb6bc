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

const words = (list: string): Set<string> => new Set(list.split(' '));
const RELATIVE_DATE = words('yesterday today tomorrow tonight last next ago earlier recently');
const PERIOD = words('week month year night weekend summer winter spring autumn');
const SUPERLATIVE = words('most least largest biggest highest lowest first last record unprecedented best worst fastest slowest only greatest smallest top');
const NOT_SUPERLATIVE = words('interest latest protest request forest honest modest west test contest suggest arrest harvest invest guest rest chest nest quest manifest digest earnest pest crest zest vest best');
const COMPARISON = words('more less fewer higher lower larger smaller greater bigger than double doubled tripled half twice');
const CAUSAL = words('because therefore thus hence caused causes led leads due result resulted blamed amid');
const MAGNITUDE = words('million billion trillion thousand hundred dozens hundreds thousands millions billions crore lakh');
const CURRENCY_WORD = words('million billion trillion dollars rupees euros pounds crore lakh taka yuan yen');
const PERCENT_WORD = words('percent per pc');
const SPEECH = words('said says told added announced stated wrote tweeted posted confirmed denied reported explained insisted warned');
const PUNCT_FEATURES = new Set(['?', '!', '%', ';', ':', '(', ')', '—', '–', '-']);

// Every word list the evidence pass asks about, as bits of one map: one lookup per word, not eight.
const [MONTH, WEEKDAY, RELATIVE, EVENT, SUPER, NOT_SUPER, COMPARE, CAUSE, MAGNITUDE_BIT] = [1, 2, 4, 8, 16, 32, 64, 128, 256];
const WORD_CLASS = new Map<string, number>();
for (const [list, bit] of [[MONTHS, MONTH], [WEEKDAYS, WEEKDAY], [RELATIVE_DATE, RELATIVE], [EVENT_VERBS, EVENT], [SUPERLATIVE, SUPER], [NOT_SUPERLATIVE, NOT_SUPER], [COMPARISON, COMPARE], [CAUSAL, CAUSE], [MAGNITUDE, MAGNITUDE_BIT]] as const) {
  for (const w of list) WORD_CLASS.set(w, (WORD_CLASS.get(w) ?? 0) | bit);
}
/** isSuperlative() from the word's bits. */
const superlativeOf = (w: string, bits: number): boolean => ((bits & SUPER) !== 0 || (w.length >= 6 && w.endsWith('est') && /^\p{L}+$/u.test(w))) && (bits & NOT_SUPER) === 0;

const capitalized = (t: string): boolean => {
  const c = t.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(t);
};

interface Evidence {
  kinds: Set<ClaimKind>;
  evidence: Array<Span & { text: string }>;
  /** Number shapes by token index: money, percent, year, date, count. */
  shapes: Map<number, string>;
}

/** The claim kinds of a sentence and the words that show them; `lower` is each token lowercased. */
function findEvidence(prose: string, tokens: Token[], lower: string[], hasQuote: boolean): Evidence {
  const kinds = new Set<ClaimKind>();
  const evidence: Evidence['evidence'] = [];
  const shapes = new Map<number, string>();
  const note = (k: ClaimKind, t: Span, i = -1) => {
    kinds.add(k);
    // "said on Tuesday" dates the speaking, not the claim: the attribution covers it.
    if (k === 'date' && i >= 0 && datesTheSpeech(tokens, lower, i)) return;
    if (evidence.length < 4) evidence.push({ start: t.start, end: t.end, text: prose.slice(t.start, t.end) });
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const w = lower[i];
    const next = lower[i + 1] ?? '';
    if (t.kind === 'number') {
      const year = /^(19|20)\d\d$/.test(t.text);
      if (/^[$€£¥₹]/.test(t.text) || CURRENCY_WORD.has(next)) {
        const end = next === 'million' || next === 'billion' || next === 'trillion' ? tokens[i + 1] : t;
        note('money', { start: t.start, end: end.end });
        shapes.set(i, '<money>');
      } else if (year || MONTHS.has(lower[i - 1] ?? '')) {
        note('date', t, i);
        shapes.set(i, year ? '<year>' : '<day>');
      } else {
        const unit = PERCENT_WORD.has(next) ? tokens[i + 1] : t;
        note('statistic', { start: t.start, end: unit.end });
        shapes.set(i, unit !== t || t.text.endsWith('%') ? '<pct>' : /\d(st|nd|rd|th)$/.test(t.text) ? '<ord>' : '<num>');
      }
    } else if (t.kind === 'word') {
      const bits = WORD_CLASS.get(w) ?? 0;
      if (((bits & MONTH) !== 0 && capitalized(t.text) && w !== 'may') || (bits & WEEKDAY) !== 0) {
        note('date', t, i);
      } else if ((bits & RELATIVE) !== 0 && PERIOD.has(next)) {
        note('date', { start: t.start, end: tokens[i + 1].end }, i);
      } else if ((bits & EVENT) !== 0) {
        note('event', t);
      } else if (superlativeOf(w, bits)) {
        note('superlative', t);
      } else if ((bits & COMPARE) !== 0) {
        note('comparison', t);
      } else if ((bits & CAUSE) !== 0) {
        note('causal', t);
      } else if ((bits & MAGNITUDE_BIT) !== 0 && tokens[i - 1]?.kind !== 'number') {
        note('statistic', t);
      }
    }
  }
  if (hasQuote) kinds.add('quote');
  return { kinds, evidence, shapes };
}

/** A date right after a reporting verb ("said on Tuesday", "told reporters on Monday"). */
function datesTheSpeech(tokens: Token[], lower: string[], i: number): boolean {
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
    if (tokens[j].kind !== 'word') return false;
    if (SPEECH.has(lower[j])) return true;
  }
  return false;
}

const bucket = (n: number, cuts: number[]): number => cuts.filter((c) => n >= c).length;

/** A token as the model reads it: its word, number shape, quote mark or punctuation; null to skip. */
function normOf(t: Token, lower: string, i: number, ev: Evidence): string | null {
  if (t.kind === 'number') return ev.shapes.get(i) ?? '<num>';
  if (t.kind === 'word') return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
  if (t.kind === 'quote') return '"';
  return PUNCT_FEATURES.has(t.text) ? t.text : null;
}

/** Proper names that start after a lowercase word: a cheap count of named things. */
const startsName = (tokens: Token[], i: number): boolean => i > 0 && capitalized(tokens[i].text) && tokens[i - 1].kind === 'word' && !capitalized(tokens[i - 1].text);

const lenFeature = (words: number): string => `len:${bucket(words, [6, 11, 21, 31])}`;
const namesFeature = (names: number): string => `names:${bucket(names, [1, 2, 3])}`;

/**
 * The features the model reads, in order: normalized words (w:) and word pairs (b:), then number
 * of kinds, size and names as whole names. `visit` gets the word, the pair's two parts, or the name.
 */
function walkFeatures(tokens: Token[], lower: string[], ev: Evidence, visit: (kind: 'w' | 'b' | 'other', a: string, b?: string) => void): void {
  let prev = '<s>';
  let names = 0;
  let words = 0;
  for (let i = 0; i < tokens.length; i++) {
    const norm = normOf(tokens[i], lower[i], i, ev);
    if (norm === null) continue;
    if (tokens[i].kind === 'word') {
      words++;
      if (startsName(tokens, i)) names++;
    }
    visit('w', norm);
    visit('b', prev, norm);
    prev = norm;
  }
  visit('b', prev, '</s>');
  for (const k of ev.kinds) visit('other', `k:${k}`);
  visit('other', lenFeature(words));
  visit('other', namesFeature(names));
}

/** The features as strings ("w:said", "b:said that", "k:money"): for training and tests. */
function claimFeatures(tokens: Token[], lower: string[], ev: Evidence): Set<string> {
  const out = new Set<string>();
  walkFeatures(tokens, lower, ev, (kind, a, b) => void out.add(kind === 'w' ? `w:${a}` : kind === 'b' ? `b:${a} ${b}` : a));
  return out;
}

/** A weight and the sentence that last counted it: each feature counts once per sentence. */
interface Cell {
  weight: number;
  stamp: number;
}

/** The model's weights indexed for scoring without building feature strings. */
interface CompiledModel {
  words: Map<string, Cell>;
  pairs: Map<string, Map<string, Cell>>;
  rest: Map<string, Cell>;
  stamp: number;
}

const compiled = new WeakMap<ClaimModel, CompiledModel>();

function compile(m: ClaimModel): CompiledModel {
  const c: CompiledModel = { words: new Map(), pairs: new Map(), rest: new Map(), stamp: 0 };
  for (const [name, weight] of Object.entries(m.weights)) {
    const cell = { weight, stamp: 0 };
    if (name.startsWith('w:')) c.words.set(name.slice(2), cell);
    else if (name.startsWith('b:') && name.indexOf(' ', 3) > 0) {
      // words never contain spaces, so the first space after "b:" and a non-empty first word splits the pair
      const space = name.indexOf(' ', 3);
      const first = name.slice(2, space);
      let inner = c.pairs.get(first);
      if (!inner) c.pairs.set(first, (inner = new Map()));
      inner.set(name.slice(space + 1), cell);
    } else c.rest.set(name, cell);
  }
  return c;
}

/**
 * Probability that the sentence is check-worthy: the logistic model over claimFeatures(), summed
 * in the same order (so to the same bits) but by map lookups alone: no feature strings, no set.
 */
function probability(tokens: Token[], lower: string[], ev: Evidence): number {
  let c = compiled.get(model);
  if (!c) compiled.set(model, (c = compile(model)));
  const stamp = ++c.stamp;
  let z = model.bias;
  const count = (cell: Cell | undefined): void => {
    if (cell && cell.stamp !== stamp) {
      cell.stamp = stamp;
      z += cell.weight;
    }
  };
  walkFeatures(tokens, lower, ev, (kind, a, b) => count(kind === 'w' ? c.words.get(a) : kind === 'b' ? c.pairs.get(a)?.get(b!) : c.rest.get(a)));
  return 1 / (1 + Math.exp(-z));
}

const lowered = (s: Sentence): string[] => s.tokens.map((t) => t.text.toLowerCase());
const hasRealQuote = (s: Sentence, quotes: QuoteSpan[]): boolean => quotes.some((q) => q.sentence === s.index && !q.scare);

function analyseSentence(prose: string, s: Sentence, quotes: QuoteSpan[]) {
  const lower = lowered(s);
  const ev = findEvidence(prose, s.tokens, lower, hasRealQuote(s, quotes));
  const p = probability(s.tokens, lower, ev);
  // A question asks rather than states: scaled below the threshold, still ranked among questions.
  return { ev, score: s.tokens[s.tokens.length - 1]?.text === '?' ? p * model.threshold : p };
}

/** Check-worthiness of a body sentence, 0..1; a claim exactly when it reaches claimThreshold(). */
export function checkWorthiness(prose: string, s: Sentence, quotes: QuoteSpan[]): number {
  return scored.get(s) ?? analyseSentence(prose, s, quotes).score;
}

// The report asks again for the score the analysis computed; a sentence's score depends only on its
// own words and quotes, which a sentence object keeps for its life (incremental moves shift offsets only).
const scored = new WeakMap<Sentence, number>();

/** The features of a sentence, for training. */
export function sentenceFeatures(prose: string, s: Sentence, quotes: QuoteSpan[]): string[] {
  const lower = lowered(s);
  return [...claimFeatures(s.tokens, lower, findEvidence(prose, s.tokens, lower, hasRealQuote(s, quotes)))];
}

/** The model's probability from the explicit feature set: what probability() must equal (tests). */
export function probabilityOfFeatures(features: Iterable<string>): number {
  let z = model.bias;
  for (const f of features) z += model.weights[f] ?? 0;
  return 1 / (1 + Math.exp(-z));
}

export function scoreClaim(prose: string, s: Sentence, quotes: QuoteSpan[], kind: 'body' | 'other'): Claim | null {
  if (kind === 'other') return null;
  const { ev, score } = analyseSentence(prose, s, quotes);
  scored.set(s, score);
  if (score < model.threshold) return null;
  return { sentence: s.index, score: Math.round(score * 1000) / 1000, kinds: [...ev.kinds], evidence: ev.evidence };
}
