// Check-worthiness: does the sentence state something a fact-checker could verify? A weighted sum
// of features the model already has (numbers, money, dates, event verbs, comparisons, causal links,
// quotes), squashed to 0..1. Questions, headings and opinion are not claims.
import { EVENT_VERBS, MONTHS, OPINION_WORDS, WEEKDAYS } from './lexicon';
import type { Claim, ClaimKind, QuoteSpan, Sentence, Span } from './types';

export const CLAIM_THRESHOLD = 0.5;

const RELATIVE_DATE = /^(yesterday|today|tomorrow|tonight|last|next|ago|earlier|recently)$/i;
const SUPERLATIVE = /^(most|least|largest|biggest|highest|lowest|first|last|record|unprecedented|best|worst|fastest|slowest|only|greatest|smallest|top|\p{L}{3,}est)$/iu;
const NOT_SUPERLATIVE = new Set(['interest', 'latest', 'protest', 'request', 'forest', 'honest', 'modest', 'west', 'test', 'contest', 'suggest', 'arrest', 'harvest', 'invest', 'guest', 'rest', 'chest', 'nest', 'quest', 'manifest', 'digest', 'earnest', 'pest', 'crest', 'zest', 'vest', 'best']);
const COMPARISON = /^(more|less|fewer|higher|lower|larger|smaller|greater|bigger|than|double|doubled|tripled|half|twice)$/i;
const CAUSAL = /^(because|therefore|thus|hence|caused|causes|led|leads|due|result|resulted|blamed|amid)$/i;

export function scoreClaim(prose: string, s: Sentence, quotes: QuoteSpan[], kind: 'body' | 'other'): Claim | null {
  if (kind === 'other') return null;
  const tokens = s.tokens;
  const last = tokens[tokens.length - 1];
  if (last && last.text === '?') return null;

  const kinds = new Set<ClaimKind>();
  const evidence: Array<Span & { text: string }> = [];
  const note = (k: ClaimKind, t: Span & { text: string }) => {
    kinds.add(k);
    if (evidence.length < 4) evidence.push({ start: t.start, end: t.end, text: t.text });
  };
  let score = -1.6;
  let opinion = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const w = t.text.toLowerCase();
    const next = tokens[i + 1]?.text.toLowerCase() ?? '';
    if (t.kind === 'number') {
      if (/^[$€£¥₹]/.test(t.text) || /^(million|billion|trillion|dollars|rupees|euros|pounds|crore|lakh)$/.test(next)) {
        const end = /^(million|billion|trillion)$/.test(next) ? tokens[i + 1] : t;
        note('money', { start: t.start, end: end.end, text: prose.slice(t.start, end.end) });
        score += 1.6;
      } else if (/^(19|20)\d\d$/.test(t.text) || MONTHS.has(tokens[i - 1]?.text.toLowerCase() ?? '')) {
        note('date', t);
        score += 0.9;
      } else {
        const unit = /^(percent|per|pc)$/.test(next) ? tokens[i + 1] : t;
        note('statistic', { start: t.start, end: unit.end, text: prose.slice(t.start, unit.end) });
        score += 1.5;
      }
    } else if (t.kind === 'word') {
      if ((MONTHS.has(w) && /^\p{Lu}/u.test(t.text) && w !== 'may') || WEEKDAYS.has(w)) {
        note('date', t);
        score += 0.9;
      } else if (RELATIVE_DATE.test(w) && /^(week|month|year|night|weekend|summer|winter|spring|autumn)$/.test(next)) {
        note('date', { start: t.start, end: tokens[i + 1].end, text: prose.slice(t.start, tokens[i + 1].end) });
        score += 0.8;
      } else if (EVENT_VERBS.has(w)) {
        note('event', t);
        score += 1.0;
      } else if (SUPERLATIVE.test(w) && !NOT_SUPERLATIVE.has(w)) {
        note('superlative', t);
        score += 0.6;
      } else if (COMPARISON.test(w)) {
        note('comparison', t);
        score += 0.4;
      } else if (CAUSAL.test(w)) {
        note('causal', t);
        score += 0.4;
      } else if (/^(million|billion|trillion|thousand|hundred|dozens|hundreds|thousands|millions)$/.test(w)) {
        note('statistic', t);
        score += 1.0;
      } else if (/^(have|has|had)$/.test(w) && /ed$|en$/.test(next)) {
        score += 0.5; // perfect tense reports a completed event
      }
      if (OPINION_WORDS.has(w)) opinion++;
      if (/^(i|we|you)$/.test(w)) opinion += 0.5;
    }
  }
  // Named people, places and bodies make a statement checkable: +0.2 each, up to three.
  score += Math.min(3, countNames(tokens)) * 0.2;
  const realQuote = quotes.find((q) => q.sentence === s.index && !q.scare);
  if (realQuote) {
    kinds.add('quote');
    score += 0.7;
  }
  if (kinds.size === 0) score -= 0.5;
  score -= opinion * 0.8;
  const p = 1 / (1 + Math.exp(-score));
  if (p < CLAIM_THRESHOLD) return null;
  return { sentence: s.index, score: Math.round(p * 1000) / 1000, kinds: [...kinds], evidence };
}

function countNames(tokens: Sentence['tokens']): number {
  let n = 0;
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i].kind === 'word' && /^\p{Lu}/u.test(tokens[i].text) && !/^\p{Lu}/u.test(tokens[i - 1].text)) n++;
  }
  return n;
}
