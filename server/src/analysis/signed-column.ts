// A signed column: an opinion piece whose closing lines name its writer ("The writer is an art
// critic and cultural curator.", "Written by: Rahul Sen (The authors are from AUT University …)",
// "Shahnoor Wahid is Advisory Editor of Bangladesh Post", "Views expressed are the writer’s own.").
// Its claims are the columnist's, theirs by name, as the first person makes them (first-person.ts):
// nobody else is to be named for them. Read once per document, and only when it has a claim flagged,
// from its last few blocks: a news report's last paragraph rarely introduces a person this way.
import type { Block } from './types';

/** How many blocks from the end a writer's note may stand in (it may be hard-wrapped over lines). */
const LAST_BLOCKS = 4;
/** A note is short: a longer block is the article's prose. */
const NOTE_LENGTH = 400;

/** "The writer is …", "(The authors are …", "The Author: …", "Written by: …": a note opening its block. */
const NOTE_START = /^\(?\s*(?:the\s+(?:writer|author|columnist)s?\s+(?:is|are|was)\b|the\s+(?:writer|author)\s*:|written\s+by\s*:)/iu;
/** Whose views these are, how to reach the writer: read only in a short block ("Mauritius. Views expressed in the article …"). */
const NOTE_INSIDE = /\bviews\s+expressed\b.{0,60}\b(?:personal|own|writer|author)|\b(?:he|she|the\s+(?:writer|author))\s+(?:can|could|may)\s+be\s+(?:reached|contacted)\s+at\b/iu;
const INSIDE_HINT = /iews|eached|ontacted/;
const SHORT = 200;
const CLOSING = '.!?"”’)';
/** "Shahnoor Wahid is Advisory Editor of …", "Dr Ahmed Saleheen, a former senior secretary, is a tax researcher": a name, then who they are. */
const NAME_IS = /^\p{Lu}[\p{L}.’'-]+(?:\s+\p{Lu}[\p{L}.’'-]+){1,3}(?:,[^,.]{1,60},)?\s+is\s+/u;
const ROLE = /^(?:(?:a|an|the)\s+)?(?:[\p{L}-]+\s+){0,4}(?:columnist|editor|writer|author|analyst|journalist|expert|professor|researcher|economist|commentator|lecturer|scholar|engineer|consultant|professional)\b/iu;

/** Whether one of the document's last blocks is a writer's note that signs it as a column. */
export function isSignedColumn(prose: string, blocks: readonly Block[]): boolean {
  // (the blocks after the one read, joined: a hard-wrapped note, "Dasha Anastasya is a bilingual" /
  // "author and interpreter in the" / …, reads on into them)
  let after = '';
  for (let k = blocks.length - 1, seen = 0; k >= 0 && seen < LAST_BLOCKS; k--) {
    const b = blocks[k];
    if (b.kind === 'cross-link') continue;
    seen++;
    if (b.end - b.start > NOTE_LENGTH) {
      after = '';
      continue;
    }
    const own = prose.slice(b.start, b.end);
    // (joined only when the block stops without a full stop: most notes and paragraphs end on one;
    // every test below is anchored at the start, or asked only of a short block, since it runs on
    // every article with a claim flagged)
    const text = after && !CLOSING.includes(own[own.length - 1]) ? `${own} ${after}`.slice(0, NOTE_LENGTH) : own;
    after = text;
    // (NOTE_START opens on a bracket, "the" or "written": an ASCII first letter other than t or w rules it out)
    const c = text.charCodeAt(0) | 32;
    const mayOpen = !(c >= 97 && c <= 122) || c === 116 || c === 119;
    if ((mayOpen && NOTE_START.test(text)) || (text.length <= SHORT && INSIDE_HINT.test(text) && NOTE_INSIDE.test(text))) return true;
    const name = NAME_IS.exec(text);
    if (name && ROLE.test(text.slice(name[0].length))) return true;
  }
  return false;
}
