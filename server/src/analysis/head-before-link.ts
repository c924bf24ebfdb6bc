// The speaker a subject names before a link to where it is or whom it speaks for: "Policy makers in
// Europe" are policy makers, "Doctors in Athens" doctors, "Lawyers for the pair" speak for the pair.
// Read by the subject's widening (source-extent.ts).
import { VAGUE_SOURCE_HEADS, ORG_WORDS } from './lexicon';
import { copyPhrase, firstWordIndex, isCapitalized, newPhrase, type Phrase } from './mentions';
import { headType, PERSON_NOUN, RELATION_NOUNS, THINGS_IN_ER } from './name-types';
import type { Token } from './types';

/** Prepositions of place after a subject's head: "Officials in Washington", "A report from the BBC". */
export const POSTMODIFIER = new Set(['in', 'from', 'at']);

/**
 * Whether a phrase is a common noun for people or a body, though written with a capital at the
 * sentence's start ("Doctors", "Jurors", "The court"): the speaker when a place follows it.
 */
export function namesPeopleOrBody(t: Token[], p: Phrase): boolean {
  const last = t[p.to - 1];
  if (p.to - p.from > 4 || last.kind !== 'word' || (isCapitalized(last) && p.to - 1 !== firstWordIndex(t))) return false;
  const h = last.lower;
  return ORG_WORDS.has(h) || RELATION_NOUNS.has(h) || (headType(h) === 'person' && !THINGS_IN_ER.has(h));
}


/** The unnamed group of people over tokens [from, link) when its last word is a plural noun for people ("Policy makers"), else null. */
export function groupBefore(t: Token[], from: number, link: number, prose: string): Phrase | null {
  const last = t[link - 1];
  // (a capital only where the sentence opens: "Lawyers for the alleged spammers said")
  // ("A source on the panel", "one official at the ministry": an unnamed one of a group, singular)
  if (!last || last.kind !== 'word' || (isCapitalized(last) && link - 1 !== firstWordIndex(t)) || !(/[a-z]s$/.test(last.text) || (VAGUE_SOURCE_HEADS.has(last.lower) && /^(a|an|one)$/.test(t[from].lower))) || THINGS_IN_ER.has(last.lower) || !(PERSON_NOUN.test(last.lower) || VAGUE_SOURCE_HEADS.has(last.lower) || RELATION_NOUNS.has(last.lower))) return null;
  // ("Lawyers for the pair", "Attorneys for the family": who speaks for someone named, as "the pair’s lawyers" do)
  const agents = t[link].lower === 'for' && SPEAK_FOR.has(last.lower);
  const start = t[from].start;
  return newPhrase(from, link, start, last.end, prose.slice(start, last.end), agents ? 'name' : 'vague', prose.slice(start, last.end).replace(/^(the|a|an)\s+/i, ''), agents ? 'person' : 'vague', undefined);
}
/**
 * Whether the noun before a place, not the name after it, is the speaker: not before a person's full
 * name ("the official spokesperson at the Ministry … Randhir Jaiswal"), nor for a spokesman "from" a
 * body, who speaks for it ("a spokesperson from Icstis").
 */
export const heldBeforePlace = (p: Phrase, last: Token, link: string): boolean => !(p.type === 'person' && p.to - p.from >= 2) && !(link === 'from' && /^spokes/.test(last.lower));

/**
 * One person or body over tokens [from, link), then where they are: "A legal expert in the US",
 * "The court in Washington", "An EU spokesman in Washington" (but a spokesman "from" a body speaks for it).
 */
export function oneBefore(t: Token[], from: number, link: number, prose: string): Phrase | null {
  const last = t[link - 1];
  const w = t[link].lower;
  if (!POSTMODIFIER.has(w) || !/^(the|a|an)$/.test((t[from]?.lower ?? ''))) return null;
  const start = t[from].start;
  const p = newPhrase(from, link, start, last.end, prose.slice(start, last.end), 'name', '', 'person', undefined);
  if (!namesPeopleOrBody(t, p)) return null;
  return copyPhrase(p, { name: p.text.replace(/^(the|a|an)\s+/i, ''), type: headType(last.lower) });
}
const SPEAK_FOR = new Set('lawyers attorneys solicitors barristers counsels representatives spokesmen spokeswomen spokespeople spokespersons advocates'.split(' '));
