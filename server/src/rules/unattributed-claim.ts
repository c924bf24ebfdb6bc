import { describesReport, sourcedByNext } from '../analysis/back-reference';
import { inFirstPerson } from '../analysis/first-person';
import { sourcedByIntro } from '../analysis/list-intro';
import { ownFiguresAfterReport, sourcedByAccordingRun } from '../analysis/according-run';
import { pageFragments } from '../analysis/page-fragments';
import { writerOpinion } from '../analysis/writer-opinion';
import { evaluativeSuperlativeOnly } from '../analysis/evaluative-superlative';
import { isEventProtocol } from '../analysis/event-protocol';
import { isMatchFacts } from '../analysis/match-facts';
import { isSignedColumn } from '../analysis/signed-column';
import { quoteText, type Rule } from './types';
import type { Claim } from '../analysis/types';

/** A check-worthy statement with no source in the sentence or nearby. */
export const unattributedClaim: Rule = {
  id: 'unattributed-claim',
  defaultSeverity: 'warning',
  description: 'A check-worthy claim (figure, money, date, event, superlative) has no source in its sentence or nearby.',
  check(model) {
    // (captions, bylines and other stories' teasers: nobody's claim in this article)
    const fragment = pageFragments(model);
    const textOf = (i: number): string => model.prose.slice(model.sentences[i].start, model.sentences[i].end);
    // who chaired the event, who attended as chief guest (the reporter's own view of it), and a
    // match's team sheets and facts box (the record): no claim to source
    const isRecord = (text: string, i: number, claim: Claim): boolean => isEventProtocol(text, claim) || isMatchFacts(text, model.sentences[i]);
    // (a column signed by its writer: the columnist's claims, theirs by name; read once, when needed)
    let column: boolean | undefined;
    const signed = (): boolean => (column ??= isSignedColumn(model.prose, model.blocks));
    return model.statements
      .filter(
        (st) =>
          st.status === 'unattributed' &&
          st.claim &&
          !fragment(st.sentence) &&
          !sourcedByNext(model, st.sentence) &&
          // (an item of a list a named source introduces: "The ministry listed the measures:")
          !sourcedByIntro(model, st.sentence) &&
          // (the next figures of a paragraph an "according to" opens: "Jamaat-e-Islami won 68 seats.")
          !sourcedByAccordingRun(model, st.sentence) &&
          // (a body's own figure right after its report: "Its mail order division saw sales rise 13.4%.")
          !ownFiguresAfterReport(model, st.sentence, st.claim!.kinds) &&
          !describesReport(model.prose, model.sentences[st.sentence]) &&
          // (the writer's own "I": a columnist's or reader's claim, theirs by name)
          !inFirstPerson(model.sentences[st.sentence], model.quotes, st.unsourced ?? st.claim!.evidence) &&
          // (what the writer says ought to be or might be: no report to source)
          !writerOpinion(model.sentences[st.sentence], st.claim!, model.quotes) &&
          // (praise or blame in a superlative: "one of the most bizarre photo opportunities of recent years")
          !evaluativeSuperlativeOnly(model.sentences[st.sentence], st.claim!) &&
          !isRecord(textOf(st.sentence), st.sentence, st.claim!) &&
          !signed(),
      )
      .map((st) => {
        const s = model.sentences[st.sentence];
        // in a sentence that names a source, the evidence outside its words
        const shown = bestTwo(st.unsourced ?? st.claim!.evidence, (e) => rankAt(model.text, e)).map((e) => `'${quoteText(model, e, 30)}'`);
        const evidence = shown.join(' and ');
        return {
          start: s.start,
          end: s.end,
          sentence: st.sentence,
          message: `Unattributed claim: ${evidence || 'this statement'} ${shown.length > 1 ? 'have' : 'has'} no source in this sentence or nearby.`,
        };
      });
  },
};

/**
 * The two items of lowest rank, each ranked once, in the order a stable sort by rank would give
 * them (the order found among equals).
 */
function bestTwo<T>(items: readonly T[], rankOf: (x: T) => number): T[] {
  let first = -1;
  let second = -1;
  let firstRank = Infinity;
  let secondRank = Infinity;
  for (let k = 0; k < items.length; k++) {
    const r = rankOf(items[k]);
    if (r < firstRank) {
      second = first;
      secondRank = firstRank;
      first = k;
      firstRank = r;
    } else if (r < secondRank) {
      second = k;
      secondRank = r;
    }
  }
  return first < 0 ? [] : second < 0 ? [items[first]] : [items[first], items[second]];
}

/** Figures and money first: they are what a reader checks. */
function rank(text: string): number {
  if (/[$€£¥₹]|\d.*(?:%|percent|euros?|pounds|dollars|rupees|francs|yen|yuan|taka|crore|lakh)|^(?:tk|rs|nrs|inr|bdt|pkr|npr|lkr|usd)\.?\s?\d/i.test(text)) return 0;
  if (/\d/.test(text)) return 1;
  if (/^(?:last|next|this)\s|day$|^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i.test(text)) return 3;
  return 2;
}

/** A conversion the outlet adds in brackets ("7.5bn euros ($9.7bn; £5.1bn)"): named after the article's own. */
const CONVERSION = 4;
/** A clock time ("At 1405 GMT", "10:30", "3pm") or a person's age: weaker than any figure or date. */
const TIME = 5;
const CLOCK = /^\d{1,2}(?:[:.]\d\d)?(?:am|pm|a\.m\.|p\.m\.)$|^\d{1,2}:\d\d$/i;
const TIME_ZONE = /^ ?(?:GMT|BST|UTC|[ECMP][SD]?T|IST|PKT|CET|hrs|am\b|pm\b|a\.m\.|p\.m\.|local time|o'clock)/;

const AGE = /^\d{1,3}$/;
const AFTER_NAME = /\p{L}, $/u;

function rankAt(text: string, e: { start: number; end: number }): number {
  const own = text.slice(e.start, e.end);
  const first = own.charCodeAt(0);
  if (first >= 48 && first <= 57) {
    if (CLOCK.test(own) || TIME_ZONE.test(text.slice(e.end, e.end + 12))) return TIME;
    // a person's age in apposition ("Mr Tanzi, 66, issued …"): who they are, not what is claimed
    if (AGE.test(own) && text[e.end] === ',' && AFTER_NAME.test(text.slice(Math.max(0, e.start - 3), e.start))) return TIME;
  }
  return converted(text, e.start) ? CONVERSION : rank(own);
}
function converted(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 2), start);
  return before.endsWith('(') || before === '; ';
}
