// Subjects whose last word is not their head, read before a cue: a role whose title ends in "of" and a
// department ("The former secretary of state mocked"). (A group and the participle that says how it was
// heard, "those surveyed say", was tried: poll respondents then became vague sources in every poll story.)
import { TITLE_WORDS } from './lexicon';
import { copyPhrase, phraseEndingAt, type Phrase } from './mentions';
import type { Token } from './types';

/** The subject phrase ending at token k: phraseEndingAt, or the form above, which it misses. */
export function subjectEndingAt(t: Token[], k: number, prose: string, vague?: Set<string>): Phrase | null {
  const w = t[k]?.lower ?? '';
  // "the former secretary of state", "the minister of defence": the title before "of" is the head
  if (k >= 2 && t[k - 1].lower === 'of' && TITLE_WORDS.has(w) && TITLE_WORDS.has(t[k - 2].lower)) {
    const role = phraseEndingAt(t, k - 2, prose, vague);
    if (role && role.kind !== 'pronoun') return copyPhrase(role, { to: k + 1, end: t[k].end, text: prose.slice(role.start, t[k].end) });
  }
  return phraseEndingAt(t, k, prose, vague);
}
