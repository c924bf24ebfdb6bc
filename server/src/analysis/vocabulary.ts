// What the analysis knows of a word, found once per token when the text is tokenized. Each pass
// (cues, hedges, claim evidence, the claim model) used to look every word up in a table of its
// own, four lookups per word of every article; now each pass registers its words here when its
// module loads and reads its own field of `token.info`.

/** One per distinct lowercase word any pass knows; the fields are what each pass registered. */
export class WordInfo {
  /** What the word can be as an attribution cue (cue-words.ts flags). */
  cue = 0;
  /** The word's hedge lists (hedges.ts bits). */
  hedge = 0;
  /** The word's claim-evidence classes: month, event verb, superlative … (claims.ts bits). */
  claimClass = 0;
  /** The word's number in the shipped claim model, -1 when the model has none. */
  claimWord = -1;
}

/** The info of every word no pass knows: shared, never written. */
export const UNKNOWN_WORD: WordInfo = Object.freeze(new WordInfo());

const vocabulary = new Map<string, WordInfo>();

/** The info of a token's lowercase text: what the tokenizer stores on each token. */
export const wordInfo = (lower: string): WordInfo => vocabulary.get(lower) ?? UNKNOWN_WORD;

/**
 * The info to register a word in, created on first use. Only for module load: a token made
 * before a word is registered keeps the shared UNKNOWN_WORD.
 */
export function registerWord(lower: string): WordInfo {
  let info = vocabulary.get(lower);
  if (!info) vocabulary.set(lower, (info = new WordInfo()));
  return info;
}

/** A word as spelled with a straight and with a curly apostrophe, for passes that read both alike. */
export const apostropheForms = (word: string): string[] => (word.includes("'") ? [word, word.replace(/'/g, '’')] : [word]);
