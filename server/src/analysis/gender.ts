// What the article itself says of a person's sex, so that "she said" never resolves to a "Mr" or to a
// man the article has already called "he". Only the document's own evidence is read (titles, words
// such as "spokeswoman" or "his wife", and the pronouns resolved to the person before): no list of
// first names, which would guess wrong across the cultures our users report on.
import type { Phrase } from './mentions';
import type { Token } from './types';

export type Gender = 'male' | 'female';

/** Titles, which say it in either case: "Mr Prater", "Lady Thatcher". */
const MALE_TITLES = new Set('mr sir lord king prince baron duke earl monsieur herr'.split(' '));
const FEMALE_TITLES = new Set('mrs ms miss madam madame dame lady queen princess baroness duchess countess mme frau'.split(' '));
/** Words for people that say it only in lower case ("his brother", not "Big Brother"). */
const MALE_WORDS = new Set('husband father son brother uncle nephew grandfather widower boyfriend boy'.split(' '));
const FEMALE_WORDS = new Set('wife mother daughter sister aunt niece grandmother widow girlfriend girl actress'.split(' '));

const MALE_COMPOUND = /^(?:spokes|business|congress|sales|police|fire|camera|country|anchor|front|ombuds|council|alder|sports|news|gentle|states|assembly|clergy|fisher|middle|handy|weather|kins|hench)man$/;

/** How sure a piece of evidence is: a title ("Mr", "Ms") outweighs a role word or a pronoun, which may be misread. */
export interface GenderClue {
  gender: Gender;
  title: boolean;
}

const MALE_TITLE: GenderClue = { gender: 'male', title: true };
const FEMALE_TITLE: GenderClue = { gender: 'female', title: true };
const MALE_WORD: GenderClue = { gender: 'male', title: false };
const FEMALE_WORD: GenderClue = { gender: 'female', title: false };

/** The sex a word of a name or role gives: "Mr", "spokeswoman", "businessman", "actress". */
function clueOfWord(word: string): GenderClue | undefined {
  const w = word.toLowerCase();
  if (MALE_TITLES.has(w)) return MALE_TITLE;
  if (FEMALE_TITLES.has(w)) return FEMALE_TITLE;
  if (w !== word) return undefined;
  if (MALE_WORDS.has(w)) return MALE_WORD;
  if (FEMALE_WORDS.has(w)) return FEMALE_WORD;
  // "spokeswoman", "chairwoman"; "spokesman", "congressman" (not "human", "German"; nor "chairman", said of women too)
  if (w.length > 5 && w.endsWith('woman')) return FEMALE_WORD;
  if (MALE_COMPOUND.test(w)) return MALE_WORD;
  return undefined;
}

/** The words clueOfWord may know, found in one pass over a role (most roles have none). */
const CANDIDATE = new RegExp(`\\b(?:${[...MALE_TITLES, ...FEMALE_TITLES, ...MALE_WORDS, ...FEMALE_WORDS].join('|')}|[a-z]+man)\\b`, 'gi');

/** The sex a mention states: its title or role words ("Mr Prater", "Opera spokeswoman Berit Hanson"), or a pronoun. */
export function clueOfPhrase(p: Phrase): GenderClue | undefined {
  if (p.kind === 'pronoun') return p.name === 'he' ? MALE_WORD : p.name === 'she' ? FEMALE_WORD : undefined;
  // (a name's own words say nothing: "Carole King"; its title is in its role: "Mr Prater")
  if (p.kind === 'name') return p.clue !== undefined ? p.clue ?? undefined : p.role ? clueOfRole(p.role) : undefined;
  return clueOfRole(p.role ? `${p.role} ${p.text}` : p.text);
}

/** What the role over tokens [from, to) says, past a possessor ("Ms Jowell's deputy"): as clueOfRole, from tokens. */
export function clueOfTokens(tokens: Token[], from: number, to: number): GenderClue | null {
  for (let i = to - 1; i > from; i--) {
    const w = tokens[i].text;
    if (w.endsWith("'s") || w.endsWith('’s')) {
      from = i + 1;
      break;
    }
  }
  for (let i = from; i < to; i++) {
    if (tokens[i].kind !== 'word') continue;
    const clue = clueOfWord(tokens[i].text);
    if (clue) return clue;
  }
  return null;
}

/** Roles recur across mentions and documents ("Mr", "spokesman"): what each says is kept, within bounds. */
const clueByRole = new Map<string, GenderClue | null>();

function clueOfRole(said: string): GenderClue | undefined {
  let clue = clueByRole.get(said);
  if (clue === undefined) {
    if (clueByRole.size > 4000) clueByRole.clear();
    clue = readRole(said) ?? null;
    clueByRole.set(said, clue);
  }
  return clue ?? undefined;
}

function readRole(said: string): GenderClue | undefined {
  // (nor a possessor's: "Ms Jowell's deputy, Richard Caborn" is the deputy's)
  const owned = Math.max(said.lastIndexOf("'s "), said.lastIndexOf('’s '));
  CANDIDATE.lastIndex = owned >= 0 ? owned + 3 : 0;
  for (let m = CANDIDATE.exec(said); m; m = CANDIDATE.exec(said)) {
    const clue = clueOfWord(m[0]);
    if (clue) {
      CANDIDATE.lastIndex = 0;
      return clue;
    }
  }
  return undefined;
}

/**
 * Document evidence per source id. A title decides; else the first role word ("spokeswoman");
 * else the pronouns resolved to the source, when one sex leads by two, since a pronoun's
 * resolution is itself a guess that a single slip would otherwise make certain.
 */
export class GenderEvidence {
  // (by source id, in arrays: a registry is made per document, and three maps a document cost more than the lookups)
  private titles: Array<Gender | undefined> = [];
  private words: Array<Gender | undefined> = [];
  private votes: number[] = [];

  learn(source: number, clue: GenderClue | undefined, fromPronoun: boolean): void {
    if (!clue) return;
    // (dense arrays: a write far past the end would make V8 keep them as dictionaries)
    while (this.votes.length <= source) {
      this.titles.push(undefined);
      this.words.push(undefined);
      this.votes.push(0);
    }
    if (fromPronoun) this.votes[source] += clue.gender === 'male' ? 1 : -1;
    else if (clue.title) this.titles[source] ??= clue.gender;
    else this.words[source] ??= clue.gender;
  }

  /** What a title, else a role word, says of the source. */
  private stated(source: number): Gender | undefined {
    return this.titles[source] ?? this.words[source];
  }

  private genderOf(source: number): Gender | undefined {
    const stated = this.stated(source);
    if (stated) return stated;
    const v = this.votes[source] ?? 0;
    return v >= 2 ? 'male' : v <= -2 ? 'female' : undefined;
  }

  /** Whether no title or word of the document rules out sex g (pronouns, themselves resolved by guess, give way to a title). */
  statedFits(source: number, g: Gender): boolean {
    const k = this.stated(source);
    return k === undefined || k === g;
  }

  /** Whether the document says the source is of sex g. */
  is(source: number, g: Gender): boolean {
    return this.genderOf(source) === g;
  }

  /** Whether the document says anything of the source's sex: a title, a word, a pronoun resolved to it. */
  knows(source: number): boolean {
    return this.stated(source) !== undefined || (this.votes[source] ?? 0) !== 0;
  }

  /** Whether the pronouns resolved to the source so far are more of the other sex than of g (too few to decide). */
  leansAgainst(source: number, g: Gender): boolean {
    const v = this.votes[source] ?? 0;
    return g === 'male' ? v < 0 : v > 0;
  }

  /** Whether a pronoun of sex g may stand for the source: nothing in the document says otherwise. */
  fits(source: number, g: Gender): boolean {
    const k = this.genderOf(source);
    return k === undefined || k === g;
  }
}
