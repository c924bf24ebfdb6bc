// The writer's own recommendation or speculation: a main clause whose verb is a modal of
// obligation ("The government must take the first initiative …", "they should have re-taken the
// lead") or of possibility ("But the rally could be reaching its limits", "there may be greater
// calls for a cut"). It says what ought to be or might be, not what is: there is nothing a source
// could be named for. A figure, a sum or a date in it stays a claim ("The deal could cost Canberra
// up to US$235 billion over the next 30 years": whose estimate?), and so does a modal inside a
// subordinate clause, whose main clause still states a fact ("…, though this should help drive
// export demand", "issued no instructions on how they should deal with hunters"), and a rule
// ("Under Mr Brown's rules, the budget must be in balance"), a named actor's possible move, which is
// news ("Lufthansa may sue federal agencies"); so does an event the sentence reports
// ("Hearts could also face action after three fans were arrested") and a contrast that states what
// is ("Labour may have abolished hunting - but that didn't stop …").
import { containedIn, overlapping } from '../util/spans';
import type { Claim, QuoteSpan, Sentence } from './types';

const MODAL = new Set(['should', 'must', 'ought', 'need', 'needs', 'might', 'may', 'could']);
/** After "need": "need to" is obligation; "need only" and a noun are not. */
const NEED_TO = new Set(['to']);
/** Words that open a subordinate or relative clause: a modal after one is not the main clause's. */
const CLAUSE_OPENERS = new Set(
  'that which who whom whose how what when where why if whether because although though while whilst as since unless after before until once whereas than'.split(' '),
);
/** Words by "could" that make it a fact about the past. */
const PAST_ABILITY = new Set(['not', "n't", 'never', 'only', 'none', 'nobody', 'no-one']);
/** The main clause's modal stands among the sentence's first words. */
const REACH = 14;
/** Kinds of evidence that stay check-worthy in any mood. */
const FIGURES = new Set<Claim['kinds'][number]>(['statistic', 'money', 'date', 'event']);
/** A finite verb before the modal puts the modal in a later clause ("They limited the amount countries could export"). */
const FINITE = new Set('is are was were has have had did does do said says'.split(' '));

/** Adverbs that open the writer's concession or aside: "Admittedly …", "Obviously, …". */
const CONCEDING = /^(Admittedly|Arguably|Obviously|Undoubtedly|Surely)$/;

/** Whether the sentence is the writer's recommendation or speculation, not a report. */
export function writerOpinion(s: Sentence, claim: Claim, quotes: readonly QuoteSpan[]): boolean {
  if (claim.kinds.some((k) => FIGURES.has(k))) return false;
  const t = s.tokens;
  // ("Of course, many opponents are politically motivated", "Admittedly the competition has been
  // tough": the writer's aside on what readers may grant, no report)
  const first = t.findIndex((x) => x.kind === 'word');
  if (first >= 0 && (CONCEDING.test(t[first].text) || (t[first].text === 'Of' && t[first + 1]?.lower === 'course')) && !containedIn(overlapping(quotes, s))(t[first])) return true;
  let words = 0;
  // (a clause that opens the sentence ends at its comma: "If anything, there may be …")
  let opening = false;
  for (let i = 0; i < t.length && words < REACH; i++) {
    if (t[i].text === ',' && opening) opening = false;
    if (t[i].kind !== 'word') continue;
    words++;
    const w = t[i].lower;
    // a rule stated, not recommended: "Under the rules, …"
    if (words === 1 && w === 'under') return false;
    if (CLAUSE_OPENERS.has(w)) {
      if (words > 1) return false;
      opening = true;
      continue;
    }
    if (opening) continue;
    if (FINITE.has(w) || (w.length > 4 && w.endsWith('ed'))) return false;
    // a named actor's possible move is news that wants a source ("Lufthansa may sue …", "ONGC could invest …")
    if (named(t[i].text, words === 1)) return false;
    if (!MODAL.has(w)) continue;
    // "May" with a capital is the month or a name ("May has struggled to compete")
    if (w === 'may' && t[i].text !== 'may') return false;
    if ((w === 'need' || w === 'needs') && !NEED_TO.has(t[i + 1]?.lower ?? '')) return false;
    if (w === 'ought' && t[i + 1]?.lower !== 'to') return false;
    // "could not be reached", "none could match", "could only parry": a fact about the past
    if (w === 'could' && (PAST_ABILITY.has(t[i + 1]?.lower ?? '') || PAST_ABILITY.has(t[i - 1]?.lower ?? ''))) return false;
    // a contrast after it states what is ("Labour may have abolished hunting - but that didn't stop …")
    for (let k = i + 1; k < t.length; k++) if (t[k].lower === 'but') return false;
    return !containedIn(overlapping(quotes, s))(t[i]);
  }
  return false;
}

/** A name: capitalised past the sentence's first word, or in capitals ("ONGC"); modals and "I" aside. */
function named(text: string, first: boolean): boolean {
  const c = text.charCodeAt(0);
  if (!(c >= 65 && c <= 90) || MODAL.has(text.toLowerCase()) || text === 'I') return false;
  return !first || (text.length > 1 && text === text.toUpperCase());
}
