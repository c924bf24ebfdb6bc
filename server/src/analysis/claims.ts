// Check-worthiness: does the sentence state something a fact-checker could verify? A logistic model
// over features the analysis already has (words, word pairs, prefixes of long words, the opening
// words, number shapes, the claim kinds below, names, quotes), trained by `npm run train` on
// ClaimBuster (Arslan et al. 2020, CC BY 4.0) into claim-weights.json. The kinds and evidence
// (figures, money, dates, event verbs, comparisons, causal links) are found by rule: they explain the
// claim in messages and hovers. Headings and questions are never claims. Cost: one pass over the
// sentence's tokens, one string lookup per word (pairs are looked up by number).
import { EVENT_VERBS, MONTHS, WEEKDAYS } from './lexicon';
import { startsUpper } from './letters';
import { isForeign } from './language';
import { registerWord, straightApostrophes } from './vocabulary';
import type { Claim, ClaimKind, QuoteSpan, Sentence, Span, Token } from './types';
import trained from './claim-weights.json';
import { packClaimModel, SENTENCE_END, SENTENCE_START, type ClaimModel, type PackedClaimModel } from './claim-model-pack';
import { tokenAt } from './token-at';
import { WeightTable } from './weight-table';
import { wireDatelineEnd } from './dateline';
import { causesNothing, joinsNumber, numberInName, sumStart, wordInName } from './name-evidence';
import { titleCase } from './headline-case';

export type { ClaimModel } from './claim-model-pack';

/** The shipped model; a bundle carries it packed (scripts/packed-claim-model.ts), a run from source packs it on load. */
const shippedModel = trained as ClaimModel & { packed?: PackedClaimModel };
let model: ClaimModel = shippedModel;

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

// Every word list the evidence pass asks about, as bits of `token.info.claimClass`: read once per word, not eight lookups.
const [MONTH, WEEKDAY, RELATIVE, EVENT, SUPER, NOT_SUPER, COMPARE, CAUSE, MAGNITUDE_BIT] = [1, 2, 4, 8, 16, 32, 64, 128, 256];
for (const [list, bit] of [[MONTHS, MONTH], [WEEKDAYS, WEEKDAY], [RELATIVE_DATE, RELATIVE], [EVENT_VERBS, EVENT], [SUPERLATIVE, SUPER], [NOT_SUPERLATIVE, NOT_SUPER], [COMPARISON, COMPARE], [CAUSAL, CAUSE], [MAGNITUDE, MAGNITUDE_BIT]] as const) {
  for (const w of list) registerWord(w).claimClass |= bit;
}
/** A superlative ("largest", "record"), from the word's bits. */
const superlativeOf = (w: string, bits: number): boolean => ((bits & SUPER) !== 0 || (w.length >= 6 && w.endsWith('est') && allLetters(w))) && (bits & NOT_SUPER) === 0;

interface Evidence {
  /** In the order found (the model sums them in that order). */
  kinds: ClaimKind[];
  evidence: Array<Span & { text: string }>;
  /** Number shapes by token index: money, percent, year, date, count. */
  shapes: Map<number, string> | null;
}

/** The claim kinds of a sentence and the words that show them. */
function findEvidence(prose: string, tokens: Token[], hasQuote: boolean): Evidence {
  const kinds: ClaimKind[] = [];
  const evidence: Evidence['evidence'] = [];
  // only sentences with numbers have shapes: most have none
  let shapes: Map<number, string> | null = null;
  // (whether the sentence is a headline in title case, where a capital marks no name: asked once)
  let headline: boolean | undefined;
  // (a kind the model reads, with no evidence a message should name)
  const kindOnly = (k: ClaimKind) => {
    if (!kinds.includes(k)) kinds.push(k);
  };
  // (the last piece of evidence, run on to `end`: "4-0", "more than")
  const extendLast = (end: number) => {
    const last = evidence[evidence.length - 1];
    evidence[evidence.length - 1] = { start: last.start, end, text: prose.slice(last.start, end) };
  };
  const note = (k: ClaimKind, t: Span, i = -1, name = false) => {
    if (!kinds.includes(k)) kinds.push(k);
    // "said on Tuesday" dates the speaking, not the claim: the attribution covers it.
    if (k === 'date' && i >= 0 && datesTheSpeech(tokens, i)) return;
    // the number of "Radio 1", the "Top" of "Top of the Pops": a name's, no evidence to name
    if (name && !(headline ??= titleCase(tokens))) return;
    // the second number of "4-0", "2003-04", "1998/99": one piece of evidence with the first
    const last = evidence[evidence.length - 1];
    if (last && i >= 2 && joinsNumber(tokens, i) && last.end === tokens[i - 2].end) {
      extendLast(t.end);
      return;
    }
    if (evidence.length < 4) evidence.push({ start: t.start, end: t.end, text: prose.slice(t.start, t.end) });
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const w = t.lower;
    if (t.kind === 'number') {
      const next = tokenAt(tokens, i + 1)?.lower ?? '';
      const year = /^(19|20)\d\d$/.test(t.text);
      if (/^[$€£¥₹]/.test(t.text) || CURRENCY_WORD.has(next)) {
        const end = next === 'million' || next === 'billion' || next === 'trillion' ? tokens[i + 1] : t;
        note('money', { start: sumStart(tokens, i), end: end.end });
        (shapes ??= new Map()).set(i, '<money>');
      } else if (year || MONTHS.has(tokenAt(tokens, i - 1)?.lower ?? '') || dayBeforeMonth(t.text, tokenAt(tokens, i + 1))) {
        note('date', t, i);
        (shapes ??= new Map()).set(i, year ? '<year>' : '<day>');
      } else {
        const unit = PERCENT_WORD.has(next) ? tokens[i + 1] : t;
        // (the evidence names "50 per cent" whole, and "Tk 625 per quintal" as its sum)
        const shown = next !== 'per' ? unit : tokens[i + 2]?.lower === 'cent' ? tokens[i + 2] : t;
        note('statistic', { start: sumStart(tokens, i), end: shown.end }, i, unit === t && numberInName(tokens, i));
        (shapes ??= new Map()).set(i, unit !== t || t.text.endsWith('%') ? '<pct>' : /\d(st|nd|rd|th)$/.test(t.text) ? '<ord>' : '<num>');
      }
    } else if (t.kind === 'word') {
      const bits = t.info.claimClass;
      if (((bits & MONTH) !== 0 && startsUpper(t.text) && w !== 'may') || (bits & WEEKDAY) !== 0) {
        note('date', t, i);
      } else if ((bits & RELATIVE) !== 0 && PERIOD.has(tokenAt(tokens, i + 1)?.lower ?? '')) {
        note('date', { start: t.start, end: tokens[i + 1].end }, i);
      } else if ((bits & EVENT) !== 0) {
        note('event', t, i, wordInName(tokens, i));
      } else if (superlativeOf(w, bits)) {
        note('superlative', t, i, wordInName(tokens, i));
      } else if ((bits & COMPARE) !== 0 && w === 'than') {
        // "more than": one piece of evidence, not two; "rather than", "other than": none
        kindOnly('comparison');
        const last = evidence[evidence.length - 1];
        const prev = tokenAt(tokens, i - 1);
        if (last && prev && last.end === prev.end && (prev.info.claimClass & COMPARE) !== 0) extendLast(t.end);
      } else if ((bits & COMPARE) !== 0) {
        note('comparison', t, i, wordInName(tokens, i));
      } else if ((bits & CAUSE) !== 0) {
        // ("the government, led by the Congress Party", "is due to start": nothing caused)
        if (causesNothing(tokens, i)) kindOnly('causal');
        else note('causal', t, i, wordInName(tokens, i));
      } else if ((bits & MAGNITUDE_BIT) !== 0 && tokenAt(tokens, i - 1)?.kind !== 'number') {
        note('statistic', t, i, wordInName(tokens, i));
      }
    }
  }
  if (hasQuote && !kinds.includes('quote')) kinds.push('quote');
  return { kinds, evidence, shapes };
}

/** "27 February", "1st May": a day of the month before its name, as British copy writes a date. */
function dayBeforeMonth(text: string, next: Token | undefined): boolean {
  if (!next || !MONTHS.has(next.lower) || !startsUpper(next.text)) return false;
  const day = /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(text);
  return !!day && +day[1] >= 1 && +day[1] <= 31;
}

/** A date right after a reporting verb ("said on Tuesday", "told reporters on Monday"). */
function datesTheSpeech(tokens: Token[], i: number): boolean {
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
    if (tokens[j].kind !== 'word') return false;
    if (SPEECH.has(tokens[j].lower)) return true;
  }
  return false;
}

const bucket = (n: number, cuts: number[]): number => {
  let b = 0;
  while (b < cuts.length && n >= cuts[b]) b++;
  return b;
};

/** Words this long that are all letters also count by their first four letters ("deregulate" → "dere"), which carry some weight for rare words. */
const PREFIX_FROM = 6;
const prefixed = (w: string): boolean => w.length >= PREFIX_FROM && allLetters(w);
/** /^\p{L}+$/u, with plain ASCII words decided without the expression. */
function allLetters(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i) | 32;
    if (c < 97 || c > 122) return w.charCodeAt(i) < 128 ? false : /^\p{L}+$/u.test(w);
  }
  return true;
}
/** The first words also count by position: "I think", "We will" and "In 1990" open differently. */
const OPENING = 3;
const [START, END] = [SENTENCE_START, SENTENCE_END];

/** A sentence as the model reads it: words lowercased, numbers as their shapes, some punctuation; with its size and names. */
interface Reading {
  norms: string[];
  /** The sentence-wide features: kinds, length and name buckets. */
  whole: string[];
}

function readTokens(tokens: Token[], ev: Evidence): Reading {
  const norms: string[] = [];
  let names = 0;
  let words = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind === 'number') norms.push(ev.shapes?.get(i) ?? '<num>');
    else if (t.kind === 'word') {
      norms.push(straightApostrophes(t.lower));
      words++;
      if (i > 0 && startsUpper(t.text) && tokens[i - 1].kind === 'word' && !startsUpper(tokens[i - 1].text)) names++;
    } else if (t.kind === 'quote') norms.push('"');
    else if (PUNCT_FEATURES.has(t.text)) norms.push(t.text);
  }
  const whole = ev.kinds.map((k) => `k:${k}`);
  whole.push(LENGTHS[bucket(words, LENGTH_CUTS)], NAMES[bucket(names, NAME_CUTS)]);
  return { norms, whole };
}
const [LENGTH_CUTS, NAME_CUTS] = [[6, 11, 21, 31], [1, 2, 3]];
const LENGTHS = [0, 1, 2, 3, 4].map((b) => `len:${b}`);
const NAMES = [0, 1, 2, 3].map((b) => `names:${b}`);

/**
 * The features the model reads, by name, with repeats (a word twice counts twice): words `w:`, word
 * pairs `b:`, the prefixes of long words `p:`, the first words by position `at0:`…, then the
 * sentence-wide ones. `score` below reads the same features by word number: the two must agree.
 */
function claimFeatures({ norms, whole }: Reading): string[] {
  const out: string[] = [];
  let prev = START;
  norms.forEach((norm, k) => {
    out.push(`w:${norm}`, `b:${prev} ${norm}`);
    if (prefixed(norm)) out.push(`p:${norm.slice(0, 4)}`);
    if (k < OPENING) out.push(`at${k}:${norm}`);
    prev = norm;
  });
  out.push(`b:${prev} ${END}`, ...whole);
  return out;
}

/**
 * The weights by word number, so a sentence costs one lookup of each word and no new strings:
 * `word[id]` is the word's weight plus its prefix's, `at[k][id]` the weight of the word k-th, and
 * a pair's weight is in `pairs` under the two numbers (0 is the sentence start, 1 its end).
 */
interface Compiled {
  ids: Map<string, number>;
  size: number;
  word: Float64Array;
  at: Float64Array[];
  pairs: WeightTable;
  /** Bits of a word number in a pair's key: (first << pairShift) | second. */
  pairShift: number;
  /** Prefixes of words the model has no number for; the sentence-wide features. */
  prefixes: Map<string, number>;
  /** The same weights for prefixes of four ASCII letters, by number (asciiPrefixKey): no string is cut to look them up. */
  asciiPrefixes: WeightTable;
  other: Map<string, number>;
}

function compile(m: ClaimModel & { packed?: PackedClaimModel }): Compiled {
  const p = m.packed ?? packClaimModel(m);
  const ids = new Map<string, number>();
  for (let i = 0; i < p.words.length; i++) ids.set(p.words[i], i);
  const size = ids.size;
  const c: Compiled = { ids, size, word: new Float64Array(size), at: Array.from({ length: OPENING }, () => new Float64Array(size)), pairs: new WeightTable(p.pairs.length / 3), pairShift: pairShift(size), prefixes: new Map(), asciiPrefixes: new WeightTable(p.prefixes.length), other: new Map(p.other) };
  for (let k = 0; k < p.word.length; k += 2) c.word[p.word[k]] += p.word[k + 1];
  for (let k = 0; k < p.openings.length; k += 3) c.at[p.openings[k]][p.openings[k + 1]] = p.openings[k + 2];
  for (let k = 0; k < p.pairs.length; k += 3) c.pairs.set((p.pairs[k] << c.pairShift) | p.pairs[k + 1], p.pairs[k + 2]);
  for (const [prefix, weight] of p.prefixes) {
    c.prefixes.set(prefix, weight);
    const key = asciiPrefixKey(prefix);
    if (key >= 0) c.asciiPrefixes.set(key, weight);
  }
  for (const [w, i] of ids) if (prefixed(w)) c.word[i] += c.prefixes.get(w.slice(0, 4)) ?? 0;
  return c;
}

const compiled = new WeakMap<ClaimModel, Compiled>();

/** A word's first four letters as a number when they are ASCII lowercase, else -1. */
function asciiPrefixKey(w: string): number {
  let key = 0;
  for (let i = 0; i < 4; i++) {
    const c = w.charCodeAt(i) - 97;
    if (!(c >= 0 && c < 26)) return -1;
    key = key * 26 + c;
  }
  return key;
}

/** How many bits a word number takes in a pair's key, for a model of `words` numbered words. */
function pairShift(words: number): number {
  const shift = Math.max(1, Math.ceil(Math.log2(words)));
  // both numbers in one non-negative 31-bit key
  if (2 * shift > 31) throw new Error(`claim model: ${words} words are too many to key word pairs`);
  return shift;
}

const KIND_FEATURES = new Map<ClaimKind, string>();
const kindFeature = (k: ClaimKind): string => KIND_FEATURES.get(k) ?? (KIND_FEATURES.set(k, `k:${k}`), `k:${k}`);

/**
 * Probability that the sentence is check-worthy: the model's weights over `claimFeatures`, by
 * number, summed in the same order. The shipped model's word numbers are on the tokens already
 * (`info.claimWord`); a model swapped in for evaluation looks its words up.
 */
function probability(tokens: Token[], ev: Evidence): number {
  let c = compiled.get(model);
  if (!c) compiled.set(model, (c = compile(model)));
  const numbered = model === shippedModel;
  let z = model.bias;
  let prev = 0;
  let k = 0;
  let words = 0;
  let names = 0;
  // (whether the token before is a word in lower case: a capital after one counts as a name)
  let afterLower = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    let id: number;
    if (t.kind === 'word') {
      words++;
      const upper = startsUpper(t.text);
      if (upper && afterLower) names++;
      afterLower = !upper;
      // (only a compound word can hold a curly apostrophe)
      const norm = t.info.compound ? straightApostrophes(t.lower) : t.lower;
      id = numbered && norm === t.lower ? t.info.claimWord : c.ids.get(norm) ?? -1;
      // An unknown word is in no pair; its prefix may still count.
      if (id < 0 && prefixed(norm)) {
        const key = asciiPrefixKey(norm);
        z += key >= 0 ? c.asciiPrefixes.get(key) : c.prefixes.get(norm.slice(0, 4)) ?? 0;
      }
    } else {
      afterLower = false;
      if (t.kind === 'number') id = c.ids.get(ev.shapes?.get(i) ?? '<num>') ?? -1;
      else if (t.kind === 'quote') id = c.ids.get('"') ?? -1;
      else if (PUNCT_FEATURES.has(t.text)) id = c.ids.get(t.text) ?? -1;
      else continue;
    }
    if (id < 0) {
      prev = -1;
      k++;
      continue;
    }
    z += c.word[id] + (k < OPENING ? c.at[k][id] : 0);
    if (prev >= 0) z += c.pairs.get((prev << c.pairShift) | id);
    prev = id;
    k++;
  }
  if (prev >= 0) z += c.pairs.get((prev << c.pairShift) | 1);
  for (const kind of ev.kinds) z += c.other.get(kindFeature(kind)) ?? 0;
  z += c.other.get(LENGTHS[bucket(words, LENGTH_CUTS)]) ?? 0;
  z += c.other.get(NAMES[bucket(names, NAME_CUTS)]) ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/** The words the model reads: past a wire dateline, whose date is the filing's ("DHAKA, Feb 15, 2026 (BSS) –"). */
function claimTokens(s: Sentence): Token[] {
  const from = wireDatelineEnd(s.tokens);
  return from ? s.tokens.slice(from) : s.tokens;
}

/** The evidence and the model's reading of a sentence. */
const evidenceOf = (prose: string, s: Sentence, tokens: Token[], quotes: QuoteSpan[]): Evidence =>
  findEvidence(prose, tokens, quotes.some((q) => q.sentence === s.index && !q.scare));

function analyseSentence(prose: string, s: Sentence, quotes: QuoteSpan[]) {
  const tokens = claimTokens(s);
  const ev = evidenceOf(prose, s, tokens, quotes);
  const p = probability(tokens, ev);
  // A question asks rather than states: scaled below the threshold, still ranked among questions.
  return { ev, score: s.tokens[s.tokens.length - 1]?.text === '?' ? p * model.threshold : p };
}

/**
 * Check-worthiness of a body sentence, 0..1; a claim exactly when it reaches claimThreshold().
 * Computed again when asked (the JSON report asks once per sentence): keeping every sentence's
 * score for it cost the editor and the text report more than scoring twice costs the JSON one.
 */
export function checkWorthiness(prose: string, s: Sentence, quotes: QuoteSpan[]): number {
  return analyseSentence(prose, s, quotes).score;
}

/** The features of a sentence, for training. */
export function sentenceFeatures(prose: string, s: Sentence, quotes: QuoteSpan[]): string[] {
  const tokens = claimTokens(s);
  return claimFeatures(readTokens(tokens, evidenceOf(prose, s, tokens, quotes)));
}

export function scoreClaim(prose: string, s: Sentence, quotes: QuoteSpan[], kind: 'body' | 'other'): Claim | null {
  if (kind === 'other') return null;
  const { ev, score } = analyseSentence(prose, s, quotes);
  if (score < model.threshold) return null;
  // (a sentence in another language: the model knows only English words, and nobody's claim here
  // can be read; language.ts. Asked only of sentences over the threshold, most are not.)
  if (isForeign(s.tokens)) return null;
  return { sentence: s.index, score: Math.round(score * 1000) / 1000, kinds: ev.kinds, evidence: ev.evidence };
}

// The shipped model's word numbers go on the tokens' info, so scoring with it looks no word up.
const shipped = compile(shippedModel);
compiled.set(shippedModel, shipped);
for (const [word, id] of shipped.ids) registerWord(word).claimWord = id;
