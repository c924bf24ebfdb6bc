// "Ministry of Power, Energy and Mineral Resources", "Department of Health and Human Services",
// "Centers for Disease Control and Prevention": a body whose "of" or "for" names a list of fields of
// policy. Read alone, the part after the last "and" looked like a second speaker ("Family Welfare",
// "Prevention"), typed as a person. A list of fields joined by "and" to a body's fields is one name;
// "the Ministry of Finance and Tarique Rahman" stays two speakers, as a person's name is no field.
import { ORG_WORDS, TITLE_WORDS } from './lexicon';
import type { Token } from './types';
import { isCapitalized } from './mentions';

/** Words that name a field of policy or public service in the names of ministries and agencies. */
const FIELD_WORDS = new Set(`
  health family welfare human services service disease control prevention culture media sport sports
  environment forest forests climate change power energy mineral minerals resources housing urban rural
  development law justice parliamentary affairs economy economic trade industry industries commerce
  children young people families food alcohol tobacco firearms explosives science technology education
  labour labor employment agriculture fisheries fishery livestock finance planning information
  broadcasting communications communication transport infrastructure defence defense home foreign water
  land lands local government cooperatives social women child youth tourism civil aviation railways
  shipping textiles jute religious liberation war disaster management relief road roads bridges public
  works primary mass secondary higher post posts telecommunications ict expatriates overseas security
  immigration citizenship enforcement customs border protection safety natural gas oil petroleum mines
  mining chemicals fertilizers fertilisers steel coal nuclear innovation skills business enterprise
  regulatory reform digital arts heritage equality equalities levelling communities work pensions
  veterans consumer competition markets statistics research standards investment cooperation
  international medical family-planning population nutrition sanitation irrigation flood
`.trim().split(/\s+/));

const isFieldWord = (t: Token | undefined): boolean => !!t && t.kind === 'word' && /^\p{Lu}/u.test(t.text) && FIELD_WORDS.has(t.lower);

/** Whether tokens [from, to) are all capitalised field words: "Family Welfare", "Prevention". */
export function allFieldWords(tokens: Token[], from: number, to: number): boolean {
  if (to <= from) return false;
  for (let k = from; k < to; k++) if (!isFieldWord(tokens[k])) return false;
  return true;
}

/**
 * The index of the body's head word ("Ministry" in "Ministry of Power, Energy and …") when the "and"
 * at `and` closes a list of fields after a body's "of" or "for"; else -1. The words after the "and"
 * are the caller's to check (allFieldWords).
 */
export function fieldListHead(tokens: Token[], and: number): number {
  let j = and - 1;
  // (a serial comma: "Ministry of Law, Justice, and Parliamentary Affairs")
  if (tokens[j]?.text === ',') j--;
  for (let items = 0; items < 6; items++) {
    const end = j;
    while (j >= 0 && isFieldWord(tokens[j])) j--;
    if (j === end) return -1;
    if (tokens[j]?.text !== ',') break;
    j--;
  }
  if (tokens[j]?.lower === 'the') j--;
  if (!/^(of|for)$/.test(tokens[j]?.lower ?? '')) return -1;
  return isBodyHead(tokens[j - 1]) ? j - 1 : -1;
}

/** Whether a capitalised word names a kind of body before its "of" or "for": "Ministry", "Department", "Centers". */
export const isBodyHead = (t: Token | undefined): boolean => !!t && /^\p{Lu}/u.test(t.text) && (ORG_WORDS.has(t.lower) || (t.lower.endsWith('s') && ORG_WORDS.has(t.lower.slice(0, -1))));

/**
 * Read rightwards ("said the Ministry of Health and Family Welfare"): where the name that has run to
 * `at` ends when a list of fields goes on there (a comma or "and"), else -1.
 */
export function fieldListEnd(tokens: Token[], at: number): number {
  let j = at;
  for (let items = 0; items < 6; items++) {
    const closing = tokens[j]?.lower === 'and' || tokens[j]?.text === '&' || (tokens[j]?.text === ',' && tokens[j + 1]?.lower === 'and');
    if (tokens[j]?.text === ',' && !closing) j++;
    else if (closing) {
      const and = tokens[j].text === ',' ? j + 1 : j;
      let end = and + 1;
      while (isFieldWord(tokens[end])) end++;
      return end > and + 1 && fieldListHead(tokens, and) >= 0 ? end : -1;
    } else return -1;
    if (!isFieldWord(tokens[j])) return -1;
    while (isFieldWord(tokens[j])) j++;
  }
  return -1;
}

/**
 * Whether the "for" at `at` is inside a body's name: "Department for Education", "Centers for Disease
 * Control", "Institute for Fiscal Studies". The words after it hold no title of a person ("Center for
 * American Progress President Neera Tanden", "Commission for Racial Equality chairman Trevor
 * Phillips": the name after the title is the speaker's): up to `to` when the phrase's end is known,
 * else over the capitalised words that follow.
 */
export function forInBodyName(tokens: Token[], at: number, to = -1): boolean {
  if (tokens[at]?.lower !== 'for' || !isBodyHead(tokens[at - 1]) || !/^\p{Lu}/u.test(tokens[at + 1]?.text ?? '')) return false;
  for (let k = at + 1; to >= 0 ? k < to : k < tokens.length && (/^\p{Lu}/u.test(tokens[k].text) || tokens[k].lower === 'and' || tokens[k].text === ','); k++) {
    if (TITLE_WORDS.has(tokens[k].lower) && !FIELD_WORDS.has(tokens[k].lower)) return false;
  }
  return true;
}

/**
 * Where the members' words before the "and" at `and` begin, when the name from after it to `end`
 * is a body's ("… Exchange Commission"): capitalised words, the last a plural ("Securities",
 * "Bangladesh Garment Manufacturers") and none a body's head; else -1.
 */
export function membersBefore(tokens: Token[], and: number, end: number): number {
  if (end - and > 3 || !ORG_WORDS.has(tokens[end].lower)) return -1;
  const last = tokens[and - 1];
  if (!last || !isCapitalized(last) || !/^\p{Lu}\p{Ll}+s$/u.test(last.text) || ORG_WORDS.has(last.lower)) return -1;
  let k = and - 1;
  while (k > 0 && and - k < 4 && isCapitalized(tokens[k - 1]) && !ORG_WORDS.has(tokens[k - 1].lower)) k--;
  return k;
}
