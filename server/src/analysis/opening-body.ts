// The body a sentence opens with as its subject, whether or not it speaks there: "The China Three
// Gorges Project Corp could now face a fine …". A later "it said" is more likely that body than one
// that spoke paragraphs before ("Last week, it denied …" is the Corp, not the newspaper quoted
// earlier); speaker-resolution.ts weighs the two by which came last.
import { firstWordIndex, isCapitalized, newPhrase, type Phrase } from './mentions';
import { classifyName, isDocumentHead } from './name-types';
import type { Token } from './types';
import { looksLikeVerb } from './attribution-grammar';
import { KNOWN_BODIES, ORG_WORDS } from './lexicon';

const LINKS = new Set(['of', 'for', 'and', '&']);

/** The firm or body named in capitals at the sentence's opening, before a lower-case word; else null. */
export function bodyOpening(t: Token[], prose: string): Phrase | null {
  let i = firstWordIndex(t);
  if (t[i]?.lower === 'the' && isCapitalized(t[i + 1])) i++;
  if (!isCapitalized(t[i])) return null;
  let j = i + 1;
  while (j < t.length && (isCapitalized(t[j]) || (LINKS.has(t[j].lower) && isCapitalized(t[j + 1])))) j++;
  // (the subject's verb or auxiliary follows: "… Corp could", "… Commission has", not "… Commission's")
  const next = t[j];
  if (!next || next.kind !== 'word' || !/^[a-z]/.test(next.text)) return null;
  // (a firm the news names alone, "Apple", "Microsoft"; or a name ending in the kind of body, "… Project
  // Corp", "… Commission"; not a country, whose "it" is as often its government as something else)
  const last = t[j - 1].lower;
  // (ORG_WORDS has "corp", "inc", "ltd" and "group"; these firm endings besides)
  if (!(j - i === 1 ? KNOWN_BODIES.has(last) : ORG_WORDS.has(last) || /^(co|plc|llc|ag|sa)$/.test(last))) return null;
  // (the name's text only for the few sentences that open with a body: most open otherwise)
  const name = prose.slice(t[i].start, t[j - 1].end);
  if (classifyName(name, false, true, j - i === 1 ? last : undefined) !== 'organization') return null;
  return newPhrase(i, j, t[i].start, t[j - 1].end, name, 'name', name, 'organization', undefined);
}

/**
 * The document a sentence opens with as its subject: "The report was published on Monday.", "A new
 * study by Oxford researchers suggests …". A later "It found that …" is that document's finding.
 */
export function documentOpening(t: Token[], prose: string): Phrase | null {
  const i = firstWordIndex(t);
  if (!t[i] || !DOCUMENT_DETERMINERS.has(t[i].lower)) return null;
  // (up to three words that qualify it: "The latest annual survey")
  for (let j = i + 1; j < t.length && j <= i + 4; j++) {
    const x = t[j];
    if (x.kind !== 'word' || !/^[a-z][a-z-]*$/.test(x.text)) return null;
    if (!isDocumentHead(x)) continue;
    // (its verb or what qualifies it follows: "The report was …", "The study by …"; not "The report's
    // author", nor a noun the document word only qualifies: "The news and financial data seller")
    const next = t[j + 1];
    if (!next || next.kind !== 'word' || !/^[a-z]/.test(next.text) || !(looksLikeVerb(next.text) || DOCUMENT_QUALIFIERS.has(next.text))) return null;
    return newPhrase(i, j + 1, t[i].start, x.end, prose.slice(t[i].start, x.end), 'document', x.lower, 'document', undefined);
  }
  return null;
}
const DOCUMENT_DETERMINERS = new Set(['the', 'a', 'an', 'this', 'its', 'their']);
/** Prepositions that qualify a document after it (a participle, "conducted", is read as a verb). */
const DOCUMENT_QUALIFIERS = new Set(['of', 'from', 'by', 'for', 'in', 'on', 'into']);
