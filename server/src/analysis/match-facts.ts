// A match report's facts box: the team sheets ("Man Utd: Carroll, Gary Neville, Ferdinand, …,
// O'Shea (Ronaldo 33), …") and the labelled lines after them ("Goals: Rooney 68, Dunne 75 og.",
// "Att: 47,111 Ref: S Bennett (Kent).", "Replacements: Everitt for Mapletoft (53), …"). They are
// the record of the match, set out as data, not the writer's claims: the minutes and the attendance
// are no figures a source is wanted for. So are the fixtures ("France v Switzerland; Israel v
// Republic of Ireland."), teams and "v" with nothing else in lower case.
import type { Sentence } from './types';

/** The labels of a facts box's lines. */
const LABEL = /^(?:subs(?:\s+not\s+used)?|substitutes|replacements|goals?|scorers?|att(?:endance)?|ref(?:eree)?|booked|bookings|sent\s+off|tries|cons|pens|drop\s+goals?|sin\s+bin)\s*:/iu;
/** Lower-case words a team sheet holds: "Dunne 75 og", "Everitt for Mapletoft", "van der Walt". */
const SHEET_WORDS = new Set(['og', 'pen', 'for', 'van', 'der', 'de', 'da', 'di', 'del', 'la', 'le', 'von', 'and']);
/** Lower-case words in a fixture's team names: "Republic of Ireland", "Trinidad and Tobago". */
const FIXTURE_WORDS = new Set(['of', 'and', 'the']);
/** A team sheet names at least this many players, comma by comma. */
const PLAYERS = 6;

/** Whether the sentence is a line of a match's facts box: a team sheet or a labelled line. */
export function isMatchFacts(text: string, s: Sentence): boolean {
  if (LABEL.test(text)) return true;
  let commas = 0;
  let versus = 0;
  let other = false;
  for (const t of s.tokens) {
    if (t.text === ',') commas++;
    else if (t.kind === 'word' && t.text === t.lower) {
      if (t.lower === 'v' || t.lower === 'vs') versus++;
      else if (!FIXTURE_WORDS.has(t.lower)) other = true;
      if (other && !SHEET_WORDS.has(t.lower)) return false;
    }
  }
  return (!other && versus > 0) || commas >= PLAYERS - 1;
}
