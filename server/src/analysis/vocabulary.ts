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
  /** Whether the word names a channel or is part of a channel's phrase ("told", "facebook"; channel.ts). */
  channel = false;
  /** Whether the word is a common English function word ("the", "of", "which"; language.ts). */
  english = false;
  /** What the word can show about a body's name next to it (body-evidence.ts and body-heads.ts bits). */
  body = 0;
  /**
   * Whether the word has characters other than a-z and 0-9 ("re-tweeted", "india’s"): only such a
   * word can hold another inside it, which the phrase checks then split it to find.
   */
  compound = false;

  constructor(compound = false) {
    this.compound = compound;
  }
}

/**
 * The info of every word no pass knows: shared, never written (registerWord makes a word its own);
 * one for plain words, one for compounds. Not frozen: a frozen object has a map of its own, and
 * every `token.info` read would see two.
 */
export const UNKNOWN_WORD: WordInfo = new WordInfo(false);
export const UNKNOWN_COMPOUND: WordInfo = new WordInfo(true);

/**
 * The words, in an open-addressing table of our own: a Map lookup of a fresh token string touches
 * every key in its bucket chain (a cache miss each, ~100 ns per token of every article); here a miss
 * compares numbers only, and a hit compares one string.
 */
let hashes = new Int32Array(1 << 12);
let keys: Array<string | undefined> = new Array(1 << 12).fill(undefined);
let infos: WordInfo[] = new Array(1 << 12).fill(UNKNOWN_WORD);
let count = 0;

/** FNV-1a over the UTF-16 code units. */
function hashOf(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h;
}

function isCompound(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) return true;
  }
  return false;
}

function slotOf(word: string, h: number): number {
  const mask = keys.length - 1;
  let i = h & mask;
  for (;;) {
    const key = keys[i];
    if (key === undefined || (hashes[i] === h && key === word)) return i;
    i = (i + 1) & mask;
  }
}

/** The info of a token's lowercase text: what the tokenizer stores on each word token. */
export function wordInfo(lower: string): WordInfo {
  const i = slotOf(lower, hashOf(lower));
  // (only a word no pass knows is asked whether it is a compound; a known word's info says so)
  return keys[i] !== undefined ? infos[i] : isCompound(lower) ? UNKNOWN_COMPOUND : UNKNOWN_WORD;
}

/**
 * The info to register a word in, created on first use. Only for module load: a token made
 * before a word is registered keeps the shared UNKNOWN_WORD.
 */
export function registerWord(lower: string): WordInfo {
  const h = hashOf(lower);
  let i = slotOf(lower, h);
  if (keys[i] === undefined) {
    if (2 * (count + 1) > keys.length) {
      grow();
      i = slotOf(lower, h);
    }
    keys[i] = lower;
    hashes[i] = h;
    infos[i] = new WordInfo(isCompound(lower));
    count++;
  }
  return infos[i];
}

function grow(): void {
  const [oldKeys, oldInfos, oldHashes] = [keys, infos, hashes];
  const size = oldKeys.length * 2;
  keys = new Array(size).fill(undefined);
  infos = new Array(size).fill(UNKNOWN_WORD);
  hashes = new Int32Array(size);
  for (let j = 0; j < oldKeys.length; j++) {
    const key = oldKeys[j];
    if (key === undefined) continue;
    const i = slotOf(key, oldHashes[j]);
    keys[i] = key;
    hashes[i] = oldHashes[j];
    infos[i] = oldInfos[j];
  }
}

/** A lowercase word with its curly apostrophes straightened, as the word lists spell them. */
export const straightApostrophes = (lower: string): string => (lower.includes('’') ? lower.replace(/’/g, "'") : lower);

/** A word as spelled with a straight and with a curly apostrophe, for passes that read both alike. */
export const apostropheForms = (word: string): string[] => (word.includes("'") ? [word, word.replace(/'/g, '’')] : [word]);
