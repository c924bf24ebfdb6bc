// Page fragments: scraped lines that are not the article's own prose. A news site's page holds
// photo captions, bylines, the imprint and teasers of other stories cut off mid-sentence; a claim
// in them is nobody's claim in this article, so the claim rules leave them alone. Whole blocks
// are fragments when their text says what they are (a photo credit, a byline, contact details, a
// "…Details..." link). Otherwise the sentence a block stops in is one when it is cut off ("… after
// prison authorities failed to"), or, on a page that is a list of teasers, when it stops without
// closing punctuation ("… to win the final at the Harare"). The sentences before it stay: copy
// that lost words in scraping ("There was a third success for Britain when") keeps its others;
// but on a teaser page a teaser is one whole, the block that stops open and a block between two
// such (unless the next block carries it on in lower case: a hard-wrapped article).
//
// Read from the finished model, not cached per block: whether a page is a teaser list depends on
// all its blocks, and the incremental analysis rebuilds statements only for edited sentences.
import { isBody } from './speaker-resolution';
import type { Block, DocumentModel } from './types';

/** Words a sentence cannot end on: an article, preposition, conjunction, possessive or auxiliary. */
const CANNOT_END = new Set(
  `a an the of in on at to for from with by as into onto about under after before between among across through
  during without within against toward towards upon via amid amidst and or but nor while whereas because
  although though if when that which who whom whose where than his its their our my your is are was were be
  been being has have had will would can could should may might must shall do does did not very such including`.split(/\s+/),
);

/** Characters that close a sentence (or a quote or bracket after it) at the end of a block. */
const CLOSING = '.!?…:;"”’\')]';
/** A block ending on these stops in the middle of a clause. */
const DANGLING = ',-–—&';
const LAST_WORD = /[\p{L}\p{N}'’]+$/u;
/** A closing bracket group after a word, with no full stop in or before it. */
const BRACKET_END = /[\p{L}\p{N}]\s*\([^().!?…]{1,40}\)$/u;
const TRUNCATED = /[\p{L},]\s?(?:\.\.\.|…)$/u;

// What a block's last words say it is. Only the tail is read: a credit or a link closes its block.
const TAIL = 160;
/** …and an imprint says what it is near its start. */
const HEAD = 300;
const FURNITURE = [
  // photo credits: "… Photo: Abdullah Al Momin", "| AFP photo", "-File Photo", "| Agence France-Presse/…"
  /\bphoto(?:graph)?\s*:\s*[^.!?:]{1,40}\.?$/iu,
  /\|\s*[^|.!?]{0,40}\bphoto\.?$/iu,
  /\s[-–—]\s?(?:[Ff]ile\s+[Pp]hoto|[Pp]hoto|AFP|AP|Reuters|BSS|UNB|Xinhua)\.?$/u,
  /\|\s*(?:AFP|Reuters|AP|Agence France-Presse)\b[^|.!?]{0,40}$/u,
  // a byline with its date: "… Staff Correspondent, Dhaka (Sunday, 30 December 2025)"
  // (or "Staff Reporter, Dhaka (…)", "EB Desk / Dhaka Post, Chapainawabganj (…)", and the misspelt "crosspondent")
  /\b(?:correspondent|crosspondent|reporter|desk)\b[^()]{0,60}\((?:mon|tues|wednes|thurs|fri|satur|sun)day,[^()]{4,30}\)$/iu,
  // a headline run into its agency dateline: "… from systems to outcomes DHAKA, Dec 17, 2025 (BSS)"
  /\b\p{Lu}{3,},\s+\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2},\s+\d{4}\s*\((?:BSS|UNB|AFP|AP|Reuters|PTI|IANS)\)$/u,
  // a wire photo's caption, which ends on the weekday and full date the picture was taken: "Soldiers
  // man a checkpost in Dhaka's Chankharpul on Friday, Feb 13, 2026." (prose says "on Friday")
  /\bon\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s+\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2},\s+(?:19|20)\d\d\.$/u,
  // the imprint's postal address: "… GPO Box No. 934, Dhaka-1000."
  /\bG\.?P\.?O\.?\s+Box\b.{0,40}$/iu,
  // a teaser's link to the story: "…Details...", "… Read more"
  /(?:…|\.\.\.)\s*(?:details|read more|continue reading)\s*(?:…|\.{3})?$/iu,
];
/** The imprint: "Published by the Editor on behalf of …", "© 2000 - 2026 … All Rights Reserved". */
// (no \b before "published": scraping glues it to the editor's name, "M. Shamsur RahmanPublished by")
const IMPRINT = /published by\b[^.]{0,60}\bon behalf of\b|\ball rights reserved\b|©\s*(?:19|20)\d\d/iu;
/** A credit line closing a caption: "The National Procurators’ Meeting. Source: The Supreme People’s Procuratorate …". */
const CREDIT = /\b(?:sources?|courtesy|credit)\s*:\s*[^:!?]{1,90}$/iu;
/** The imprint's contact lines: two labels such as "Phone:" and "Email :" in one block's tail. */
const CONTACT_LABEL = /\b(?:phone|tel|fax|e-?mail)\s*:/giu;

// The expressions are case-insensitive and Unicode-aware, which makes each a slow scan of its
// text; most blocks hold none of the words they look for, and a substring search says so first
// (this runs on every block of every article: the expressions alone cost the CLI a tenth of its time).
// (a word each expression needs, lower-cased: keep in step with FURNITURE)
const FURNITURE_HINT = /photo|afp|ap\b|reuters|bss|unb|xinhua|agence|pti|ians|correspondent|crosspondent|reporter|desk|box|details|read more|continue reading|day, /;

function isFurniture(tail: string): boolean {
  const lower = tail.toLowerCase();
  if (FURNITURE_HINT.test(lower) && FURNITURE.some((re) => re.test(tail))) return true;
  if (!lower.includes(':')) return false;
  // (asked only of a tail with a colon and one of its words)
  if ((lower.includes('source') || lower.includes('courtesy') || lower.includes('credit')) && CREDIT.test(tail)) return true;
  CONTACT_LABEL.lastIndex = 0;
  return CONTACT_LABEL.test(tail) && CONTACT_LABEL.test(tail);
}

function isImprint(head: string): boolean {
  // (both cases of the telling words' tails, without lower-casing every block's head)
  const hint = head.includes('©') || head.includes('eserved') || head.includes('ESERVED') || head.includes('ehalf') || head.includes('EHALF');
  return hint && IMPRINT.test(head);
}

/** A page with this many teasers cut off mid-sentence is a list of other stories. */
const TEASER_PAGE = 3;

/**
 * Whether a sentence of the model is a page fragment. Furniture is looked for only in blocks
 * whose sentences are asked about, and in cut-off blocks, which decide whether the page is a list
 * of teasers: most blocks are never read twice.
 */
export function pageFragments(model: Pick<DocumentModel, 'prose' | 'blocks' | 'sentences'>): (sentence: number) => boolean {
  const { prose, blocks, sentences } = model;
  // Per block: 0 prose, 1 ends without closing punctuation, 2 cut off mid-clause, 3 furniture;
  // -1 not yet known whether it is furniture (then `punctuated` holds the rest).
  const ending = new Int8Array(blocks.length);
  const punctuated = new Uint8Array(blocks.length);
  // (per block, headings too: whether it stops without closing punctuation)
  const open = new Uint8Array(blocks.length);
  let cut = 0;
  for (const b of blocks) {
    if (b.kind === 'cross-link') continue;
    // (a short teaser reads as a heading, and counts towards a teaser page all the same)
    const tail = tailOf(prose, b);
    const e = endingByPunctuation(tail);
    const known = e === 2 ? (isFurnitureBlock(prose, b, tail) ? 3 : 2) : -1;
    if (known === 2) cut++;
    if (e > 0 && !startsLower(prose, b)) open[b.index] = 1;
    if (isBody(b)) {
      ending[b.index] = known;
      punctuated[b.index] = e;
    }
  }
  const teaserPage = cut >= TEASER_PAGE;
  // (a block the next one carries on in lower case is a hard-wrapped line of the article, no teaser)
  if (teaserPage) for (let k = 0; k + 1 < blocks.length; k++) if (open[k] && startsLower(prose, blocks[k + 1])) open[k] = 0;
  return (i) => {
    const s = sentences[i];
    // (a caption its label names: "Caption: Professor … speak at the Mahfil held at …")
    if (prose.charCodeAt(s.start) === 67 && CAPTION_LABEL.test(prose.slice(s.start, s.start + 16))) return true;
    let e = ending[s.block];
    if (e < 0) e = ending[s.block] = isFurnitureBlock(prose, blocks[s.block]) ? 3 : punctuated[s.block];
    const last = i + 1 === sentences.length || sentences[i + 1].block !== s.block;
    if (e === 3 || (last && (e === 2 || (teaserPage && e === 1)))) return true;
    // on a teaser page, a teaser is one whole: the block that stops open, and a block between two such
    return teaserPage && (open[s.block] === 1 || (s.block > 0 && open[s.block - 1] === 1 && open[s.block + 1] === 1));
  };
}

const CAPTION_LABEL = /^Caption\s*:/;

/** Whether a block's first letter is lower case: it carries on the sentence of the block before. */
function startsLower(prose: string, b: Block): boolean {
  for (let i = b.start; i < b.end && i < b.start + 8; i++) {
    const c = prose[i];
    if (c.toLowerCase() !== c.toUpperCase()) return c === c.toLowerCase();
  }
  return false;
}

const tailOf = (prose: string, b: Block): string => prose.slice(Math.max(b.start, b.end - TAIL), b.end).trimEnd();

function isFurnitureBlock(prose: string, b: Block, tail = tailOf(prose, b)): boolean {
  return !!tail && (isFurniture(tail) || isImprint(prose.slice(b.start, Math.min(b.end, b.start + HEAD))));
}

/** A block's ending by its tail's last characters and word, furniture aside (0, 1 or 2 as above). */
function endingByPunctuation(tail: string): number {
  if (!tail) return 0;
  // a teaser shortened with an ellipsis: "… has sold her rights to her music catalogue..."
  // (the expressions read only the end: anchored at the end, they would try every position of the tail)
  const c = tail[tail.length - 1];
  // (most blocks end on a plain full stop: the expression is asked only of an ellipsis)
  if ((c === '…' || (c === '.' && tail.endsWith('...'))) && TRUNCATED.test(tail.slice(-8))) return 2;
  // a bracket after the last word closes nothing: "… on last Friday (13 February)" stops like
  // "… on last Friday"
  if (c === ')' && BRACKET_END.test(tail)) return 1;
  if (CLOSING.includes(c)) return 0;
  if (DANGLING.includes(c)) return 2;
  // (no word that cannot end a sentence is near this long: a longer last word is read in part)
  const word = LAST_WORD.exec(tail.slice(-24));
  return word && CANNOT_END.has(word[0].toLowerCase()) ? 2 : 1;
}
