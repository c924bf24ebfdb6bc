// The words a subject is widened over before a name that are part of that name or of its role: a
// body's word and its "for" ("the Centre for Policy Dialogue", not "Policy Dialogue"), and a title
// before "for" or "of" ("Minister for Foreign Affairs Hasan Mahmud", whose role is not "Foreign
// Affairs"), and the area such a title is for ("Chief Organizer for Southern Region Hasnat Abdullah").
// source-extent.ts widens the span; this says what the widened span names.
import { ORG_WORDS, TITLE_WORDS } from './lexicon';
import { copyPhrase, isCapitalized, type Phrase } from './mentions';
import type { Token } from './types';

/** The widened phrase `whole` (the name `p` with the words from token `body` before it), named whole where those words belong to the name or role. */
export function namedWithLead(p: Phrase, whole: Phrase, t: Token[], body: number, prose: string): Phrase {
  const lead = p.from - body;
  if (p.kind !== 'name' || lead < 2) return whole;
  // ("The Centre for Policy Dialogue", "the Institute for Fiscal Studies", and further in the
  // widened subject: "Records compiled by the Center for Responsive Politics")
  const org = p.from - 2;
  if (!p.role && isCapitalized(t[org]) && ORG_WORDS.has(t[org].lower) && t[org + 1].lower === 'for') {
    return copyPhrase(whole, { name: prose.slice(t[org].start, t[p.from].start) + p.name, type: 'organization', role: undefined });
  }
  if (!isCapitalized(t[body])) return whole;
  const first = t[body].lower;
  const link = t[body + 1].lower;
  // ("Minister for Foreign Affairs Hasan Mahmud", "The Secretary of the Ministry of Home Affairs Nasimul Gani")
  if (p.type === 'person' && p.role && lead <= 4 && TITLE_WORDS.has(first) && (link === 'for' || link === 'of') && /^(for|of|the)$/.test(t[p.from - 1].lower)) {
    return copyPhrase(whole, { role: prose.slice(t[body].start, t[p.from].start) + p.role });
  }
  // ("Chief Organizer for Southern Region Hasnat Abdullah", "Organising Secretary for Khulna Division
  // Anindya Islam Amit": the area the title is for ends at its word, and the rest is the name)
  if (p.type === 'person' && !p.role && TITLE_WORDS.has(t[p.from - 2]?.lower ?? '') && t[p.from - 1].lower === 'for') {
    for (let k = p.from + 1; k <= p.to - 3; k++) {
      if (!AREA_WORDS.has(t[k].lower)) continue;
      return copyPhrase(whole, { name: prose.slice(t[k + 1].start, p.end), role: prose.slice(t[body].start, t[k].end) });
    }
  }
  return whole;
}

/** Words that end the area a title is for: "for Southern Region", "for Khulna Division". */
const AREA_WORDS = new Set('region division zone district wing unit cell city branch chapter ward upazila area'.split(' '));
