// Whether a sentence is in English. Source Check reads English news; a scraped page can carry a
// paragraph in Bengali, a consent notice in Dutch or spam in Indonesian, and the claim model,
// which knows only English words, then scores its figures and capitalised words as claims. The
// test is cheap and reads only the sentence's tokens (so per-block caching stays valid): words in
// another script, or lowercase words the analysis has never heard of with hardly an English
// function word among them. Capitalised words are left out, as names are foreign in any language
// ("Gerrard 79 og, Drogba 107"), and so are a few foreign words quoted in English prose, which the
// function words around them outvote.
import { STOPWORDS } from './lexicon';
import type { Token } from './types';
import { registerWord, UNKNOWN_COMPOUND, UNKNOWN_WORD } from './vocabulary';

for (const w of STOPWORDS) registerWord(w).english = true;

/** Below this many lowercase words a sentence is a list or a name and nothing is decided. */
const MIN_WORDS = 6;

export function isForeign(tokens: readonly Token[]): boolean {
  let lower = 0;
  let unknown = 0;
  let english = 0;
  let other = 0;
  for (const t of tokens) {
    if (t.kind !== 'word') continue;
    const c = t.text.charCodeAt(0);
    // letters past Latin Extended-B (0x24F): Bengali, Devanagari, Arabic, CJK … (Latin Extended
    // Additional, 0x1E00–0x1EFF, is Vietnamese and stays Latin)
    if (c > 0x24f && !(c >= 0x1e00 && c <= 0x1eff) && LETTER.test(t.text[0])) {
      other++;
      continue;
    }
    if (t.text === t.lower && !(c >= 48 && c <= 57)) {
      lower++;
      if (t.info.english) english++;
      else if (t.info === UNKNOWN_WORD || t.info === UNKNOWN_COMPOUND) unknown++;
    }
  }
  if (other > 0) return 2 * other > lower + other;
  // (English prose has a function word in every few words; "Total organic carbon levels vary
  // accordingly, influencing microbial processes and food-web interactions" still has one in 11)
  return lower >= MIN_WORDS && 20 * english <= lower && 100 * unknown >= 85 * lower;
}

const LETTER = /^\p{L}/u;
