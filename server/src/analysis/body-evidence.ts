// What a sentence shows about a one-word name that the name alone cannot: that it is a firm or body,
// not a person. "Yukos", "Sophos" or "Microsoft" read as a person's surname until the article says
// "Microsoft's shares" or "Yukos, which …". Read per sentence with its other candidates (cached by
// paragraph); speaker-resolution.ts retypes the source when it has nothing that says it is a person.
import { isCapitalized } from './mentions';
import { FIRM_KIND_LIST, isFirmKindWord } from './name-types';
import { registerWord } from './vocabulary';
import { TITLE_WORDS } from './lexicon';
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
    // (one word of its own: not the end of a longer name, though a sentence's "A" or "The" may open it)
    if (x.kind !== 'word' || !isCapitalized(x) || (i > 0 && isCapitalized(t[i - 1]) && t[i - 1].kind === 'word' && !/^(a|an|the)$/.test(t[i - 1].lower))) continue;
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
    // ("chief executive of Yukos", "an analyst at Gartner": the body a post is held at; not "a
    // friend of Smith", nor "a spokesman for Blair", who may be a person's)
    else if (!possessive && i >= 2 && (t[i - 1].lower === 'of' || t[i - 1].lower === 'at') && POST_HEADS.has(t[i - 2].text) && !(next.kind === 'word' && isCapitalized(next))) name = x.text;
    // ("a Microsoft security manager", "Microsoft chairman Bill Gates", "Microsoft researchers": the
    // firm's own people, which no person has; a person's spokesman or aide may be "a Blair aide")
    else if (!possessive && (FIRM_STAFF.has(next.lower) || (next.kind === 'word' && !isCapitalized(next) && FIRM_STAFF.has(t[i + 2]?.lower ?? '') && /^(security|software|sales|marketing|product|technical|senior|chief|finance|financial|operations|research|managing)$/.test(next.lower)))) name = x.text;
    // ("Anti-virus firm Sophos", "Film giant Disney", "games maker Nintendo": a noun for a firm
    // right before one word of a name; not "producer" or "publisher", who may be people)
    else if (!possessive && i >= 1 && t[i - 1].kind === 'word' && FIRM_NOUNS.has(t[i - 1].text) && !(next.kind === 'word' && isCapitalized(next))) name = x.text;
    // ("Yukos, which is …": a relative for things; not "Smith, who")
    else if (!possessive && next.text === ',' && t[i + 2]?.lower === 'which' && !isCapitalized(t[i + 1])) name = x.text;
    if (name && name.length > 1) (out ??= []).push(name);
  }
  return out ?? NO_BODIES;
}

/** Lower-case nouns for a firm or body that name one right after them: "security firm Sophos". */
const FIRM_NOUNS = new Set('firm company maker retailer insurer airline carrier giant chain bank manufacturer supermarket brewer conglomerate corporation charity agency regulator watchdog group'.split(' '));

/** A firm's own people, named after it: "Microsoft chairman", "Sony executives", "Intel researchers". */
const FIRM_STAFF = new Set('chairman chairwoman executive executives manager managers director directors engineer engineers employees employee researchers shareholders customers users spokesman spokeswoman spokesperson'.split(' '));

/** Posts held at a body, in lower case as the role's head: "chairman of", "analyst at". */
const POST_HEADS = new Set([...TITLE_WORDS].filter((w) => /^[a-z]+$/.test(w) && !/^(?:member|leader|deputy|candidate|nominee|adviser|advisor|lawyer|attorney|envoy|king|queen|prince|princess|father|head|premier|state|home|trade|foreign|defense|defence)$/.test(w)));

/**
 * The words that can show a body next to them, flagged on their vocabulary entries so that a sentence
 * with none of them skips the scan (most sentences): `BODY_SIGNS` of `token.info.body`.
 */
export const BODY_SIGNS = 1;
for (const w of [...BODY_POSSESSIONS, ...FIRM_STAFF, ...POST_HEADS, ...FIRM_KIND_LIST, ...FIRM_NOUNS, 'chief', 'which']) registerWord(w).body |= BODY_SIGNS;

/** The empty list of names, shared by every sentence that shows no body (never written to). */
export const NO_BODIES: string[] = Object.freeze([]) as unknown as string[];
