// The occasion a report closes on is not part of what was said: in "Trump said the wall would be
// built in an interview with CNN on Sunday." the content is "the wall would be built", as a reader
// (and PolNeAR) marks it. Only an indefinite occasion ("in a tweet", "at a press conference", "in
// an interview") or a broadcast named with "on" ("on Fox News", "on Wednesday's Sean Hannity Show"),
// with no verb after it: "in her interview with the FBI", "at the rally" and "statements in a
// closed-door FBI interview were truthful" may be what is reported.
import type { Found } from './attribution';
import { prevEnd } from './attribution-grammar';
import { MEDIA_WORDS, SOCIAL_PLATFORMS } from './lexicon';
import { stripPossessive } from './mentions';
import type { Token } from './types';
import { tokenAt } from './token-at';

/** Occasions of speech after "in a", "at a", "during an": "in a tweet", "at a news conference". */
const OCCASIONS = new Set('interview interviews tweet tweets statement speech address appearance op-ed post email letter podcast broadcast radio television town-hall hall'.split(' '));
/** Occasions only after "press" or "news": "at a news conference" ("at a Vatican conference" may be what is reported). */
const PRESS_OCCASIONS = new Set(['conference', 'briefing']);
/** Words after the occasion that make it part of a clause: "her statements in a closed-door FBI interview were truthful". */
const CLAUSE_AFTER = new Set('is are was were be been has have had will would can could did does do said says told and but or when while which who whom because if as than'.split(' '));
/** What a broadcast after "on" ends in: "on Fox News", "on CBS’s Face the Nation", "on social media". */
const BROADCAST = new Set([...MEDIA_WORDS, ...[...SOCIAL_PLATFORMS.keys()].filter((k) => k !== 'x'), 'show', 'program', 'programme', 'channel', 'network', 'nation', 'file']);
const PREPOSITIONS = new Set(['in', 'at', 'during', 'on']);

/**
 * Index of the preposition that opens the occasion closing the sentence's last clause, or -1: the
 * earliest such preposition within the sentence's last twelve tokens that no clause or quote follows.
 */
export function occasionTail(t: Token[], inQuote: (tok: Token) => boolean): number {
  let found = -1;
  for (let i = t.length - 1; i >= 0 && t.length - i <= 12; i--) {
    const x = t[i];
    // (a quote, a comma or a clause after the occasion: "…, in a tweet, that …" is not a tail)
    if (x.kind === 'quote' || (x.kind === 'punct' && (x.text === ',' || x.text === ';' || x.text === ':'))) break;
    if (x.kind !== 'word') continue;
    const n = x.lower.length;
    if (n === 4 && x.lower === 'that') break;
    if ((n !== 2 && n !== 6) || !PREPOSITIONS.has(x.lower) || inQuote(x)) continue;
    if (opensOccasion(t, i)) found = i;
  }
  return found;
}

function opensOccasion(t: Token[], i: number): boolean {
  const det = tokenAt(t, i + 1);
  if (!det) return false;
  if (t[i].lower === 'on') {
    // "on Fox News", "on the Fox News Channel’s The Kelly File", "on social media": a broadcast or platform within four words
    // (named, with a capital: "on the data program", "see them on TV" are what is reported)
    for (let k = i + 1; k < t.length && k - i <= 5; k++) {
      if (t[k].kind !== 'word') return false;
      const w = stripPossessive(t[k].lower);
      if (BROADCAST.has(w) && w !== 'tv' && /^\p{Lu}/u.test(t[k].text)) return noClauseAfter(t, k);
    }
    return false;
  }
  if (det.lower !== 'a' && det.lower !== 'an') return false;
  for (let k = i + 2; k < t.length && k - i <= 5; k++) {
    if (t[k].kind !== 'word' && t[k].text !== '-') return false;
    if (OCCASIONS.has(t[k].lower) || (PRESS_OCCASIONS.has(t[k].lower) && /^(press|news)$/.test(t[k - 1].lower))) return noClauseAfter(t, k);
  }
  return false;
}

/** Whether no verb or clause word follows the occasion's noun at k. */
function noClauseAfter(t: Token[], k: number): boolean {
  // (nor a year: "a recording of the show on the ABC network in 2003" dates what is reported)
  for (let j = k + 1; j < t.length; j++) if (CLAUSE_AFTER.has(t[j].lower) || (t[j].kind === 'number' && /^(1[89]|20)\d\d$/.test(t[j].text))) return false;
  return true;
}

/** The candidates with each content that runs over the closing occasion cut before it. */
export function withoutOccasion(found: Found[], t: Token[], inQuote: (tok: Token) => boolean): Found[] {
  if (!found.length) return found;
  const tail = occasionTail(t, inQuote);
  if (tail < 1) return found;
  const at = t[tail].start;
  // ("in a speech to pastors and in an interview with …": both occasions)
  const end = prevEnd(t, t[tail - 1].lower === 'and' && tail > 1 ? tail - 1 : tail);
  for (let i = 0; i < found.length; i++) {
    const f = found[i];
    if (f.content && f.content.start < at && f.content.end > at && f.cue.end <= at && end > f.content.start) found[i] = { ...f, content: { start: f.content.start, end } };
  }
  return found;
}
