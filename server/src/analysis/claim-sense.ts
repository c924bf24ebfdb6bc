// "claim" in its senses other than to assert: to win or take ("claimed victory", "claimed her
// seventh Grand Slam title"), and the noun ("the claim", "a tax claim against Yukos"). Read by the
// hedges (a claimed title is no distancing) and by the cue reader (a claimed title is no speech).
import type { Token } from './types';
import { tokenAt } from './token-at';
import { headType } from './name-types';

/** Partners that name no role of their own: "alleged girlfriend Maria Akter Lima". */
const PARTNERS = /^(?:girl|boy)friends?$|^(?:lover|mistress|fianc[eé]e?|accomplices?|associates?)$/;
/** Prepositions, which no role before a name holds: "alleged vote rigging in Dhaka". */
const LINKS = new Set(['in', 'on', 'at', 'of', 'for', 'with', 'by', 'to', 'from', 'during', 'over', 'against', 'after', 'before']);

/**
 * "claimed victory", "claimed her seventh Grand Slam title", "claiming away draws": to claim is to
 * win or take, not to assert.
 */
const WON = new Set(
  ('victory victories win wins seat seats wicket wickets title titles crown gold silver bronze medal medals trophy trophies ' +
    'lives life responsibility credit ownership prize points goals runs majority draw draws place places spot spots slot slots berth berths pole record scalp ' +
    'double doubles singles treble hat-trick championship championships cup final finals series podium jackpot award awards honour honours honor honors').split(' '),
);
/** What a win is counted in: "claimed the seat with 111,999 votes". */
const TALLY = new Set(['votes', 'runs', 'points', 'goals', 'wickets', 'seats']);
/** Where the object of "claimed" ends: a clause ("claimed the title was rigged") is an assertion. */
const OBJECT_ENDS = /^(that|is|are|was|were|be|been|has|have|had|will|would|could|can|may|might|must|should|did|does|won|lost|took|made)$/;
/** How far the object's head may stand from "claimed": "her seventh Grand Slam title". */
const OBJECT_WORDS = 6;
export const DETERMINER = /^(the|a|an|his|her|its|their|our|my|your|this|that|these|those|such|any|no|official|false|new)$/;

/** Whether the "claim" word at i (claim, claims, claimed, claiming; alleged too) asserts nothing here. */
export function claimIsNotAssertion(tokens: Token[], i: number): boolean {
  const prev = tokenAt(tokens, i - 1);
  const next = tokens[i + 1];
  // a noun: "the claim", "Campbell's claims", "a tax claim against Yukos"
  // (before a verb form, "that" is a relative pronoun and "’s" is "is": "an article that claimed …",
  // "He’s claiming that …")
  const verbForm = /(?:ed|ing)$/.test(tokens[i].lower);
  if (prev && ((DETERMINER.test(prev.lower) && !(verbForm && /^(that|this|these|those)$/.test(prev.lower))) || (!verbForm && /['’]s$/.test(prev.text)))) return true;
  // (not the verb before its time or channel: "claimed on Tuesday that …", "claimed on Twitter that …")
  if (next && /^(against|of|for|on|by|over|from)$/i.test(next.text) && !(verbForm && next.lower === 'on')) return true;
  if (next?.kind === 'number' && /^[-–/]$/.test(tokens[i + 2]?.text ?? '')) return true;
  for (let j = i + 1; j <= i + OBJECT_WORDS && j < tokens.length && tokens[j].kind !== 'punct' && tokens[j].kind !== 'quote'; j++) {
    if (OBJECT_ENDS.test(tokens[j].lower)) return false;
    // ("claimed Habiganj-1 with 111,999 votes": a seat won by its tally)
    if (tokens[j].lower === 'with' && tokens[j + 1]?.kind === 'number' && TALLY.has(tokens[j + 2]?.lower ?? '')) return true;
    // …unless the won thing is the subject of a clause: "claimed the title was rigged"
    if (WON.has(tokens[j].lower)) return !OBJECT_ENDS.test(tokens[j + 1]?.lower ?? '');
  }
  return false;
}

/** Verb forms that end in "s" and so are no plural noun before "and alleged". */
const S_VERBS = new Set(['is', 'was', 'has', 'does', 'says', 'claims', 'alleges', 'insists', 'adds']);

/**
 * "killings, legal cases, and alleged human rights violations", "torture and alleged abuses":
 * "alleged" after "and" or "or" closing a list of nouns qualifies the next one; it is no second verb
 * of the subject ("denied the charge and alleged a plot", "said so and alleged that …").
 */
export function allegedInList(tokens: Token[], i: number): boolean {
  const joint = tokenAt(tokens, i - 1)?.lower;
  if (joint !== 'and' && joint !== 'or') return false;
  const next = tokens[i + 1];
  if (!next || next.kind !== 'word' || next.lower === 'that' || DETERMINER.test(next.lower)) return false;
  const before = tokenAt(tokens, i - 2);
  return !!before && (before.text === ',' || (before.kind === 'word' && /^[a-z]+s$/.test(before.text) && !S_VERBS.has(before.lower)));
}

/**
 * Whether "alleged" at i qualifies a role before a name: "alleged shooter Foysal Karim Masud",
 * "alleged girlfriend Maria Akter Lima", "alleged mastermind and former ward councillor Taijul Islam".
 * What is alleged is the role, not the claim, and nobody alleges anything here ("He alleged the
 * minister Hasan took bribes" has its article).
 */
export function allegedRole(tokens: Token[], i: number): boolean {
  let j = i + 1;
  while (j < tokens.length && j - i <= 6 && tokens[j].kind === 'word' && tokens[j].text === tokens[j].lower && !DETERMINER.test(tokens[j].lower) && !OBJECT_ENDS.test(tokens[j].lower) && !LINKS.has(tokens[j].lower)) j++;
  const name = tokens[j];
  const role = tokens[j - 1]?.lower ?? '';
  // (one word right before the name is a role whatever it is, "his alleged rival Alan Milburn"; a
  // longer run must end in a word for a person)
  return (j === i + 2 || (j > i + 2 && (headType(role) === 'person' || PARTNERS.test(role)))) && !!name && name.kind === 'word' && /^\p{Lu}/u.test(name.text);
}
