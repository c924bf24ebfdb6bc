// Where a pronoun's antecedent stands in the sentences before it: the subject a sentence opens with
// (a full name, or a surname the article has used), not a name after a preposition or a verb, and
// the clause a pronoun's own clause joins. speaker-resolution.ts weighs these against the last speaker.
import { PRONOUNS_ALL } from './lexicon';
import { firstWordIndex, isCapitalized, type Phrase } from './mentions';
import type { SourceRegistry } from './source-registry';
import type { Gender } from './gender';
import { looksLikeVerb } from './attribution-grammar';
import type { Source, Token } from './types';

/** Words for shares, after which "in" names the firm: "Shares in UK Coal". */
export const SHARES = new Set(['shares', 'stock', 'stocks']);

/** A person named as the sentence's subject when the pronoun opens a clause joined to it by "and" or "but". */
export function coordinatedSubject(p: Phrase, tokens: Token[], names: Phrase[], registry: SourceRegistry, g: Gender): Source | null {
  const joined = tokens[p.from - 1]?.lower;
  if (joined !== 'and' && joined !== 'but') return null;
  let subject: Phrase | null = names[0];
  // (or a surname the article has named: "O'Leary has been …")
  if (!subject || subject.from > 2 || subject.end > p.start || subject.kind !== 'name') subject = openingSurname(tokens, registry);
  if (!subject) return null;
  const [source] = registry.sourceOf(subject);
  return source.type === 'person' && registry.gender.fits(source.id, g) ? source : null;
}

/** Words that join a pronoun's clause to the sentence's subject: "…, when they decided", "said they were". */
export const JOINING = new Set('when while before after as because since and but so until if that than said says where'.split(' '));

const SUBJECT_ADVERBS = new Set('also still then now later already never once again just even only eventually finally recently'.split(' '));
/** A surname the article has named a person by, opening the sentence before a verb or an aside: "O'Leary has been …", "Hill, who had been …". */
export function openingSurname(tokens: Token[], registry: SourceRegistry): Phrase | null {
  const at = firstWordIndex(tokens);
  const word = tokens[at];
  // (asked of nearly every sentence: the registry's word lookup first, the verb after it only then)
  if (!word || !isCapitalized(word) || !registry.knowsPersonWord(word.lower)) return null;
  // ("Hill also worked with …": an adverb before the verb)
  const next = tokens[at + 1] && SUBJECT_ADVERBS.has(tokens[at + 1].text) ? tokens[at + 2] : tokens[at + 1];
  if (!next || !(next.text === ',' || (next.kind === 'word' && /^[a-z]/.test(next.text) && looksLikeVerb(next.text)))) return null;
  return { from: at, to: at + 1, start: word.start, end: word.end, text: word.text, kind: 'name', name: word.text, type: 'person' };
}

const PREPOSITIONS = new Set('by with for to from of in on at about against after before under over like than as'.split(' '));
/**
 * Whether a name at token `at`, among the sentence's first few words, comes after a preposition, a
 * pronoun or a verb, so is no subject: "Directed by John Carpenter, …", "He underlined Lib Dem plans"
 * ("Shares in UK Coal" is the firm's, and counts).
 */
export function afterPreposition(tokens: Token[], at: number): boolean {
  for (let k = 0; k < at; k++) {
    const w = tokens[k].lower;
    if (PREPOSITIONS.has(w) && !(k > 0 && SHARES.has(tokens[k - 1].lower))) return true;
    if (PRONOUNS_ALL.has(w) || (tokens[k].kind === 'word' && /^[a-z]/.test(tokens[k].text) && looksLikeVerb(w))) return true;
  }
  return false;
}

/** A person named at the opening of a sentence, and where. */
export interface Subject {
  source: Source;
  at: number;
  sentence: number;
}

/**
 * With no speaker yet, the person a pronoun most likely stands for: the subject of the sentence that
 * named people last, not someone it names after its subject ("Michael Howard's only fresh entry is a hamper from
 * the Sultan of Brunei. He also declares …" is Howard), else the person named last.
 */
export function subjectOverObject(recentPersons: Source[], subjects: Subject[], fits: (s: Source) => boolean): Source | null {
  const last = recentPersons[recentPersons.length - 1] ?? null;
  const subject = subjects[subjects.length - 1];
  if (!last || !subject || subject.source === last || !fits(subject.source)) return last;
  const lastAt = last.mentions[last.mentions.length - 1];
  return lastAt && lastAt.sentence === subject.sentence && lastAt.start > subject.at ? subject.source : last;
}
