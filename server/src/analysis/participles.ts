// Participles that look like a cue and are not one, or are one: a participle that qualifies a noun
// ("the administration's radical proposed overhaul", "the net sites mentioned in junk mail"), one in a
// clause of circumstance ("With a vote for Trump ruled out, …"), and the progressive of a verb of
// speech ("is declaring that …"), which reports. verb-cue.ts asks these of the word it reads.
import { SAYING } from './cue-words';
import { ORG_WORDS } from './lexicon';
import { headType, isBodyNoun } from './name-types';
import { tokenAt } from './token-at';
import type { Token } from './types';

const POSSESSIVE = /^(his|her|their|its|our|my|your)$/i;
/** Words after a participle that are no noun it qualifies. */
const STOP_AFTER = new Set(['that', 'the', 'a', 'an', 'to', 'by', 'in', 'on', 'for', 'with', 'his', 'her', 'their', 'its', 'this', 'these', 'it', 'him', 'them']);

/** "the administration's radical proposed overhaul", "a bold announced plan": owner or article, adjective, participle, noun. */
export function attributive(t: Token[], c: number): boolean {
  const adjective = tokenAt(t, c - 1);
  const before = tokenAt(t, c - 2);
  const noun = t[c + 1];
  // ("despite reported interest from …", "amid alleged fraud": a participle between a preposition and its noun)
  if (adjective && /^(despite|amid|amidst|over|following)$/.test(adjective.lower) && noun?.kind === 'word' && /^[a-z]+$/.test(noun.text) && !STOP_AFTER.has(noun.text)) return true;
  // ("His declared interests include …": the participle between an owner's pronoun and its noun)
  if (adjective && POSSESSIVE.test(adjective.text) && noun?.kind === 'word' && /^[a-z]+$/.test(noun.text)) return true;
  // ("Views expressed are the writer's own": a participle after its plural noun, whose verb comes
  // next; not the verb of an object relative, "which critics claimed were …", "what he claimed was …")
  if (adjective?.kind === 'word' && /^[A-Za-z]+s$/.test(adjective.text) && /ed$/.test(t[c].lower) && noun?.kind === 'word' && /^(are|were)$/.test(noun.text) && !/^(which|that|what|who|whom)$/i.test(before?.text ?? '')) return true;
  return !!adjective && !!before && !!noun && /^[a-z]+(?:ous|ful|ical)$/.test(adjective.text) && (/^(the|a|an|its|his|her|their|our)$/.test(before.lower) || /[’']s$/.test(before.text)) && /^[a-z]+$/.test(noun.text) && !/^(that|the|a|an|to|by|in|on|for|with|his|her|their|its|this|these)$/.test(noun.text);
}

/**
 * "a record deficit projected to peak", "sales expected to rise", "the sites mentioned in junk mail": a participle right after a noun for
 * a thing, then "to": the thing that is projected or expected, not someone who expects (as "analysts
 * expected to see …" are). Only a lower-case noun: a name may be a firm's ("Microsoft expected to …").
 */
export function reducedRelativeOfThing(t: Token[], c: number): boolean {
  const noun = tokenAt(t, c - 1);
  const next = tokenAt(t, c + 1)?.lower;
  // ("The video shared on Trump's Truth Social account … sparked censure": a post or a paper that was
  // put out, not one that spoke)
  if (noun && noun.kind === 'word' && PUT_OUT.test(t[c].lower) && /^(on|via|online)$/.test(next ?? '') && headType(noun.lower) === 'document') return true;
  // (or any participle in -ed before "in": "the sites mentioned in junk mail")
  if (!noun || noun.kind !== 'word' || !/^[a-z]{3,}$/.test(noun.text) || !((next === 'to' && EXPECTED.test(t[c].lower)) || (next === 'in' && t[c].lower.endsWith('ed')))) return false;
  return headType(noun.lower) === 'organization' && !ORG_WORDS.has(noun.lower) && !isBodyNoun(noun.lower) && !NOT_A_THING.test(noun.lower);
}

/** Participles of putting something out, which a post or a paper takes in a reduced relative. */
const PUT_OUT = /^(?:shared|posted|uploaded|published|released|circulated|aired|broadcast|tweeted)$/;
/** Participles of expectation, which a thing takes in a reduced relative ("growth forecast to slow"); "agreed to", "refused to" are what a subject did. */
const EXPECTED = /^(?:expected|projected|forecast|predicted|estimated|anticipated|scheduled|slated)$/;
/** Words before a participle that are no noun for a thing: pronouns, auxiliaries, adverbs, "who". */
const NOT_A_THING = /^(?:who|which|that|they|he|she|it|we|you|them|him|her|himself|herself|themselves|was|were|is|are|has|have|had|been|be|being|also|again|widely|generally|largely|still|not|now|then|and|but|or|sides|executives)$|ly$/;

/** Whether the clause of the token at c opens with "with": "With a vote for Trump ruled out, …". */
export function withClause(t: Token[], c: number): boolean {
  let k = c - 1;
  while (k >= 0 && c - k <= 10 && t[k].text !== ',' && !/^[—–-]$/.test(t[k].text) && t[k].kind !== 'quote') k--;
  return c - k <= 10 && tokenAt(t, k + 1)?.lower === 'with';
}

/** "the net sites mentioned in junk mail": a participle in -ed before "in" or "by" qualifies the noun before it. */
export const reducedRelative = (t: Token[], c: number): boolean => t[c].lower.endsWith('ed') && /^(in|by)$/.test(t[c + 1]?.lower ?? '');

const PROGRESSIVE_AUX = /^(is|are|was|were|been|am|’s|'s|’re|'re)$/i;
/**
 * "is declaring that …", "has been warning that …", "She is noting the problems": a participle of
 * speech in the progressive is a finite verb of speech. Not one that as often names a deed ("is adding
 * to his wins", "is calling back 17,815 cars", "the code they are writing"), nor an adjective ("the
 * trajectory is promising."), so something must follow it.
 */
export function progressiveOfSpeech(t: Token[], c: number): boolean {
  const w = t[c].lower;
  const next = t[c + 1];
  return SAYING.test(w) && !/^(adding|calling|writing)$/.test(w) && PROGRESSIVE_AUX.test(tokenAt(t, c - 1)?.text ?? '') && !!next && (next.kind === 'word' || next.kind === 'quote' || next.text === ':');
}
