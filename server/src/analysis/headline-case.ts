// Headlines set in title case ("Bernie Sanders Says He’s Already Started"): whether a line is one,
// and whether a capitalised word in it is its verb of saying.
import { NOUN_LIKE_CUES } from './attribution-grammar';
import { startsUpper } from './letters';
import { TITLE_WORDS } from './lexicon';
import { headType } from './name-types';
import { ROLE_MODIFIERS } from './mentions';
import type { Token } from './types';

/** Whether most of the sentence's words of four letters or more (at least `minWords` of them) are capitalised: a headline in title case. */
export function titleCase(tokens: Token[], minWords = 1): boolean {
  let words = 0;
  let upper = 0;
  for (const t of tokens) {
    if (t.kind !== 'word' || t.text.length < 4) continue;
    words++;
    if (startsUpper(t.text)) upper++;
  }
  return words >= minWords && upper * 5 >= words * 4;
}

/** "Bernie Sanders Says He’s Already Started": a verb of saying in a title-case line, after a name, before a capital, or closing the line. */
export function headlineVerb(t: Token[], c: number): boolean {
  // ("…, Lindsey Graham Says.": the verb closing a title after its speaker's name, set off by a comma;
  // not a role, whose title-case words would read as a name running back over the comma)
  if (c > 1 && (c + 1 === t.length || /^[.!?]$/.test(t[c + 1].text)) && /^(Says|Said|Warns|Claims|Insists|Admits|Predicts)$/.test(t[c].text)) return namedAfterComma(t, c);
  if (!(c > 0 && /^\p{Lu}/u.test(t[c - 1].text) && /^\p{Lu}/u.test(t[c + 1]?.text ?? ''))) return false;
  if (/^(Says|Said|Tells|Told|Warns|Claims|Admits|Denies|Vows|Urges|Insists|Predicts|Calls|Slams|Blasts|Praises|Accuses|Rips|Wants)$/.test(t[c].text)) return true;
  // ("New Poll Shows …", "Leaked Documents Reveal …": what a document shows, after its head noun,
  // though "Shows" alone reads as a noun)
  if (/^(Shows?|Reveals?|Finds|Suggests?|Confirms?|Indicates?)$/.test(t[c].text) && headType(t[c - 1].lower) === 'document') return true;
  // any other verb of speech or stance in its present or past form, in a line set in title case
  // ("Zoe Saldana Asked Men Everywhere To …", "GOP Rep McCaul Announces Bill …")
  // (not a noun: "Paris Terror Attacks Highlight …", "Clinton’s Attacks On …", "Media Reports Reveal …")
  return /^\p{Lu}[a-z]+(?:s|ed)$/u.test(t[c].text) && !/(?:ss|us|is)$/.test(t[c].text) && !NOUN_LIKE_CUES.has(t[c].lower) && t[c].lower !== 'attacks' && !/[’']s?$/.test(t[c - 1].text) && titleCase(t, 4);
}

/** Whether two to four capitalised words that name no title or role run back from c to a comma. */
function namedAfterComma(t: Token[], c: number): boolean {
  let k = c - 1;
  while (k >= 0 && c - k <= 4 && t[k].kind === 'word' && /^\p{Lu}/u.test(t[k].text) && !TITLE_WORDS.has(t[k].lower) && !ROLE_MODIFIERS.has(t[k].lower)) k--;
  return c - k >= 3 && t[k]?.text === ',';
}
