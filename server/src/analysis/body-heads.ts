// A body named again by its head word: "the Group" after "the Commonwealth Observer Group", "The
// Commission" after "the Election Commission", "the Bank" after "The Bank of England". The head
// means the body of that kind the article named last, whether or not it spoke, so every sentence's
// bodies named in full are read (per sentence, cached with its paragraph) and kept by head.
import { isCapitalized } from './mentions';
import { registerWord } from './vocabulary';
import { NO_BODIES } from './body-evidence';
import type { Token } from './types';

/** Words that may join a body's capitalised name: "Bank of England", "Ministry of Home Affairs", "Commission for Racial Equality". */
const JOINS = new Set(['of', 'for', 'and', '&']);
/**
 * Words for a kind of body, which alone name the one of that kind the article named last; not the
 * ORG_WORDS that are names of their own ("the Pentagon", "the Kremlin", "Nato").
 */
const KIND_HEADS = new Set('group commission bank ministry department council committee agency institute association union federation authority board bureau party court university foundation trust fund league alliance coalition movement campaign center centre company corporation mission office assembly organisation organization service tribunal'.split(' '));

/** The bodies the sentence names in full whose head is a kind of body, as written; usually none. */
export function bodiesNamedIn(t: Token[]): string[] {
  let out: string[] | null = null;
  for (let i = 0; i < t.length; i++) {
    if (t[i].kind !== 'word' || !isCapitalized(t[i])) continue;
    let j = i;
    // (a run of capitals, joined by "of", "for", "and" or "&" before another capital)
    while (j + 1 < t.length && ((t[j + 1].kind === 'word' && isCapitalized(t[j + 1])) || (JOINS.has(t[j + 1].lower) && j + 2 < t.length && isCapitalized(t[j + 2]) && t[j + 2].kind === 'word'))) j++;
    // (not a sentence's "The" before it)
    const from = t[i].lower === 'the' ? i + 1 : i;
    if (j > from) {
      // ("Bank of England", "Ministry of Home Affairs": the head first, before "of")
      if (KIND_HEADS.has(t[from].lower) && t[from + 1].lower === 'of') (out ??= []).push(text(t, from, j));
      else {
        // ("Commonwealth Observer Group", and in "… Observer Group Nana Akufo-Addo" the body before the holder's name)
        // ("Reserve Bank of Australia": a head before "of" keeps what it is of)
        let end = j;
        while (end > from && !KIND_HEADS.has(t[end].lower)) end--;
        if (end > from && end < j && t[end + 1].lower === 'of') end = j;
        if (end > from) (out ??= []).push(text(t, from, end));
      }
    }
    i = j;
  }
  return out ?? NO_BODIES;
}

/** Words before a body's name that only say whose or what kind it is: "Iraq's", "Privately-held", "San Francisco-based". */
const NOT_NAME = /(?:[’']s|-(?:based|held|owned|run|backed|led|funded))$/i;

/** The name in tokens [from, to], without what only qualifies it and a possessive at its end ("Bank of Mexico's"). */
function text(t: Token[], from: number, to: number): string {
  let k = from;
  for (let i = from; i < to; i++) if (NOT_NAME.test(t[i].text)) k = i + 1;
  return t.slice(k, to + 1).map((x) => x.text).join(' ').replace(/[’']s$/, '');
}

/** The head a body's full name is called by alone: its last word, or the word before "of" ("Ministry of …"). */
export function headsOf(name: string): string[] {
  const words = name.toLowerCase().split(/\s+/);
  const heads: string[] = [];
  if (KIND_HEADS.has(words[words.length - 1])) heads.push(words[words.length - 1]);
  // ("Ministry of Home Affairs", "Reserve Bank of Australia")
  const of = words.indexOf('of');
  if (of > 0 && KIND_HEADS.has(words[of - 1])) heads.push(words[of - 1]);
  return heads;
}

/** The kind heads, flagged on their vocabulary entries: a sentence without one names no such body (`token.info.body`). */
export const KIND_HEAD_SIGN = 2;
for (const w of KIND_HEADS) registerWord(w).body |= KIND_HEAD_SIGN;

/** Whether a capitalised head alone ("the Group") may name a body the article named in full. */
export const isKindHead = (w: string): boolean => KIND_HEADS.has(w);
