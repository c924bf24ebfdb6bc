// The body a sentence opens with as its subject, whether or not it speaks there: "The China Three
// Gorges Project Corp could now face a fine …". A later "it said" is more likely that body than one
// that spoke paragraphs before ("Last week, it denied …" is the Corp, not the newspaper quoted
// earlier); speaker-resolution.ts weighs the two by which came last.
import { firstWordIndex, isCapitalized, newPhrase, type Phrase } from './mentions';
import { classifyName } from './name-types';
import type { Token } from './types';
import { KNOWN_BODIES, ORG_WORDS } from './lexicon';

const LINKS = new Set(['of', 'for', 'and', '&']);

/** The firm or body named in capitals at the sentence's opening, before a lower-case word; else null. */
export function bodyOpening(t: Token[], prose: string): Phrase | null {
  let i = firstWordIndex(t);
  if (t[i]?.lower === 'the' && isCapitalized(t[i + 1])) i++;
  if (!isCapitalized(t[i])) return null;
  let j = i + 1;
  while (j < t.length && (isCapitalized(t[j]) || (LINKS.has(t[j].lower) && isCapitalized(t[j + 1])))) j++;
  // (the subject's verb or auxiliary follows: "… Corp could", "… Commission has", not "… Commission's")
  const next = t[j];
  if (!next || next.kind !== 'word' || !/^[a-z]/.test(next.text)) return null;
  // (a firm the news names alone, "Apple", "Microsoft"; or a name ending in the kind of body, "… Project
  // Corp", "… Commission"; not a country, whose "it" is as often its government as something else)
  const last = t[j - 1].lower;
  // (ORG_WORDS has "corp", "inc", "ltd" and "group"; these firm endings besides)
  if (!(j - i === 1 ? KNOWN_BODIES.has(last) : ORG_WORDS.has(last) || /^(co|plc|llc|ag|sa)$/.test(last))) return null;
  // (the name's text only for the few sentences that open with a body: most open otherwise)
  const name = prose.slice(t[i].start, t[j - 1].end);
  if (classifyName(name, false, true, j - i === 1 ? last : undefined) !== 'organization') return null;
  return newPhrase(i, j, t[i].start, t[j - 1].end, name, 'name', name, 'organization', undefined);
}
