// The body a sentence opens with as its subject, whether or not it speaks there: "The China Three
// Gorges Project Corp could now face a fine …". A later "it said" is more likely that body than one
// that spoke paragraphs before ("Last week, it denied …" is the Corp, not the newspaper quoted
// earlier); speaker-resolution.ts weighs the two by which came last. The same for the group a
// sentence opens with and a later "they" (groupOpening).
import { firstWordIndex, isCapitalized, newPhrase, type Phrase } from './mentions';
import { classifyName, headType, isDocumentHead } from './name-types';
import type { Token } from './types';
import { looksLikeVerb } from './attribution-grammar';
import { FINITE_AUXILIARIES_OR_DO, KNOWN_BODIES, ORG_WORDS, VAGUE_SOURCE_HEADS } from './lexicon';

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

/** Prepositions and subordinators: a sentence or a phrase they open is no group that acts. */
const NOT_SUBJECT_OPENERS = new Set('alongside although though while whilst when if as after before because since despite in on at for with by from of to under over among between during unlike like until'.split(' '));
/** Plurals that name bodies acting together: "Five public sector unions", "The two Japanese companies". */
const BODIES_IN_THE_PLURAL = new Set('companies firms banks unions groups governments authorities departments agencies countries nations states teams clubs parties councils newspapers manufacturers retailers airlines ministries industries broadcasters insurers lenders carriers regulators charities organisations organizations universities schools hospitals police'.split(' '));
/** Plurals for people that the news names groups by: "United fans", "Workers and all other stakeholders". */
const PEOPLE_IN_THE_PLURAL = new Set('fans workers students teachers doctors nurses farmers parents families children players voters members people leaders delegations stakeholders passengers customers consumers shoppers investors traders bankers lawyers judges officers soldiers troops police protesters demonstrators campaigners activists villagers residents locals citizens'.split(' '));
/** Words between a group and its verb: "The sprinters both sent …", "Lawmakers have also …". */
const FLOATING = new Set(['both', 'all', 'also', 'still', 'now', 'then', 'each', 'themselves']);
const LEADING = new Set(['but', 'and', 'yet', 'so', 'however', 'meanwhile', 'now', 'still']);

/**
 * The group a sentence opens with as its subject: "Pro-government and opposition lawmakers clashed
 * over …", "The sprinters both sent …", "Vicky and Katrina took to Instagram …". A later "they" is
 * more likely that group than one that spoke paragraphs before; speaker-resolution.ts weighs the two
 * by which came last. People or bodies only, named by a plural noun or by names joined with "and".
 */
export function groupOpening(t: Token[], prose: string): Phrase | null {
  let i = firstWordIndex(t);
  while (i < t.length && (LEADING.has(t[i].lower) || t[i].text === ',')) i++;
  // (past a short fronted phrase: "Over the past few months, delegations of … leaders have been heading")
  if (t[i] && NOT_SUBJECT_OPENERS.has(t[i].lower)) {
    let comma = i + 1;
    while (comma < t.length && comma - i <= 8 && t[comma].text !== ',' && (t[comma].kind === 'word' || t[comma].kind === 'number')) comma++;
    if (t[comma]?.text === ',') i = comma + 1;
  }
  // (not a clause that opens with a preposition or a subordinator: "Alongside …", "Although …")
  if (!t[i] || NOT_SUBJECT_OPENERS.has(t[i].lower)) return null;
  let verb = -1;
  for (let j = i + 1; j < t.length && j - i <= 9; j++) {
    const x = t[j];
    // (a group "of" its members: "delegations of European and other business leaders")
    if (x.lower === 'of' && /^[a-z]+s$/.test(t[j - 1].text)) continue;
    if ((x.kind !== 'word' && !(x.text === '-' || x.text === '’' || x.text === "'")) || NOT_SUBJECT_OPENERS.has(x.lower)) return null;
    if (/^[a-z]/.test(x.text) && !FLOATING.has(x.lower) && (FINITE_AUXILIARIES_OR_DO.has(x.lower) || (looksLikeVerb(x.lower) && !x.lower.endsWith('ing')))) {
      verb = j;
      break;
    }
  }
  if (verb < 0) return null;
  let head = verb - 1;
  while (head > i && FLOATING.has(t[head].lower)) head--;
  const first = t[i].lower === 'the' ? i + 1 : i;
  if (head < first) return null;
  const words = t.slice(first, head + 1);
  const text = prose.slice(t[first].start, t[head].end);
  // ("Vicky and Katrina took to Instagram": names joined by "and")
  if (words.length >= 3 && words.some((x) => x.lower === 'and') && words.every((x) => x.lower === 'and' || isCapitalized(x))) return newPhrase(first, head + 1, t[first].start, t[head].end, text, 'name', text, 'person', undefined);
  const h = t[head];
  if (!/^[a-z][a-z-]*[a-rt-z]s$/.test(h.text) || /(?:ss|us|is|ments)$/.test(h.lower)) return null;
  // (people, or bodies by a plural the news uses for them: not "Such sharp increases", "Broiler chicks")
  const type = BODIES_IN_THE_PLURAL.has(h.lower) ? 'organization' : VAGUE_SOURCE_HEADS.has(h.lower) || PEOPLE_IN_THE_PLURAL.has(h.lower) ? 'person' : headType(h.lower);
  if (type !== 'person' && !(type === 'organization' && BODIES_IN_THE_PLURAL.has(h.lower))) return null;
  return newPhrase(first, head + 1, t[first].start, t[head].end, text, 'name', text, type, undefined);
}
