// What a sentence shows about a one-word name that the name alone cannot: that it is a firm or body,
// not a person. "Yukos", "Sophos" or "Microsoft" read as a person's surname until the article says
// "Microsoft's shares" or "Yukos, which …". Read per sentence with its other candidates (cached by
// paragraph); speaker-resolution.ts retypes the source when it has nothing that says it is a person.
import { isCapitalized } from './mentions';
import { isFirmKindWord } from './name-types';
import type { Token } from './types';

/** What only a firm or body has: "Microsoft's shares", "Sony's chief executive", "Yukos's subsidiary". */
const BODY_POSSESSIONS = new Set(
  'shares stock profits profit revenue revenues sales earnings turnover customers subscribers shareholders subsidiary subsidiaries headquarters board factory factories plants stores ceo chairman chairwoman'.split(' '),
);

/**
 * The names the sentence's tokens show are bodies, in order; usually none. One-word names, and
 * firms named in full by their own name and the kind of firm ("Shanda Interactive Entertainment",
 * "Nortel Networks"), whose own name alone ("Shanda said") is then the firm's.
 */
export function bodiesShownIn(t: Token[]): string[] {
  let out: string[] | null = null;
  for (let i = 0; i + 1 < t.length; i++) {
    const x = t[i];
    if (x.kind !== 'word' || !isCapitalized(x) || (i > 0 && isCapitalized(t[i - 1]) && t[i - 1].kind === 'word')) continue;
    const next = t[i + 1];
    let name: string | null = null;
    let j = i;
    while (j + 1 < t.length && t[j + 1].kind === 'word' && isCapitalized(t[j + 1]) && isFirmKindWord(t[j + 1].lower)) j++;
    if (j > i && !isFirmKindWord(x.lower) && !(j + 1 < t.length && t[j + 1].kind === 'word' && isCapitalized(t[j + 1]))) {
      (out ??= []).push(t.slice(i, j + 1).map((w) => w.text).join(' '));
      i = j;
      continue;
    }
    // ("Microsoft’s shares", "Sony's chief executive")
    const possessive = /[’']s$/.test(x.text);
    if (possessive && (BODY_POSSESSIONS.has(next.lower) || (next.lower === 'chief' && t[i + 2]?.lower === 'executive'))) name = x.text.slice(0, -2);
    // ("Yukos, which is …": a relative for things; not "Smith, who")
    else if (!possessive && next.text === ',' && t[i + 2]?.lower === 'which' && !isCapitalized(t[i + 1])) name = x.text;
    if (name && name.length > 1) (out ??= []).push(name);
  }
  return out ?? NONE;
}

const NONE: string[] = Object.freeze([]) as unknown as string[];
