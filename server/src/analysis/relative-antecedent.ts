// What a relative pronoun stands for, read by phraseEndingAt at "who", "which" or "that": the name,
// group or document before it, or an unnamed plural group before a verb of saying.
import { CUE_ADVERBS, ORG_WORDS, STOPWORDS } from './lexicon';
import { copyPhrase, isCapitalized, make, phraseEndingAt, type Phrase } from './mentions';
import { headType, isBodyNoun } from './name-types';
import { tokenAt } from './token-at';
import type { Token } from './types';

/**
 * What the relative pronoun at `end` stands for: "Barkley, who said …" the name before it; "Voters
 * who say …" (restrictive) the noun right before it; "The union, which endorsed Clinton",
 * "organizations that have endorsed him": so do "which" and a restrictive "that" for a group or a
 * document. Null when nothing before it can be a speaker. (A module of its own, apart from
 * phraseEndingAt, which every subject goes through, so that one stays small enough to inline.)
 */
export function relativeAntecedent(tokens: Token[], end: number, w: string, prose: string, extraVague?: Set<string>): Phrase | null {
  let before = tokens[end - 1].text === ',' && w !== 'that' ? end - 2 : end - 1;
  // ("General Motors Acceptance Corp (GMAC), which has said": past the bracketed acronym)
  if (tokenAt(tokens, before)?.text === ')' && tokenAt(tokens, before - 2)?.text === '(') before -= 3;
  let antecedent = phraseEndingAt(tokens, before, prose, extraVague);
  // ("pressure from exporter organisations which have publicly stated", "dozens of women who claim
  // he assaulted them": a plural group the relative names, unanchored, before a verb of speech:
  // unnamed, so vague; also where a name before a verb in -s ran into it: "Cosby faces women who claim")
  if ((!antecedent || ranOverVerb(tokens, antecedent, before)) && w !== 'that' && before === end - 1 && (/^[a-z]{4,}s$/.test(tokens[before].text) || PEOPLE_PLURALS.has(tokens[before].text)) && !STOPWORDS.has(tokens[before].lower) && speechAfter(tokens, end + 1)) {
    const from = groupStart(tokens, before);
    antecedent = make(tokens, from, end, prose, 'vague', prose.slice(tokens[from].start, tokens[before].end).toLowerCase(), 'vague');
  }
  // ("a hip injury which ruled him out": a thing, which reports nothing; a body or document may)
  if (w !== 'who' && antecedent && antecedent.kind === 'name' && antecedent.type === 'organization' && isThing(tokens[before])) return null;
  return antecedent && antecedent.kind !== 'pronoun' ? copyPhrase(make(tokens, end, end + 1, prose, antecedent.kind, antecedent.name, antecedent.type), { role: antecedent.role }) : null;
}

/**
 * "…, many of whom say", "the delegates, most of whom said": a share of the group the relative at
 * `end` stands for (its quantifier two tokens before, after a comma), spanning the three words.
 */
export function shareOfRelative(tokens: Token[], end: number, prose: string, extraVague?: Set<string>): Phrase | null {
  const q = end - 2;
  let group = relativeAntecedent(tokens, q, 'who', prose, extraVague);
  // (an unnamed plural group before the comma: "families of victims, many of whom")
  const head = q - 2;
  if (!group && head >= 0 && (/^[a-z]{4,}s$/.test(tokens[head].text) || PEOPLE_PLURALS.has(tokens[head].text)) && !STOPWORDS.has(tokens[head].lower)) {
    let from = groupStart(tokens, head);
    while (from >= 2 && tokens[from - 1].lower === 'of' && /^[a-z]+s$/.test(tokens[from - 2].text) && !STOPWORDS.has(tokens[from - 2].lower)) from -= 2;
    group = make(tokens, q, q + 1, prose, 'vague', prose.slice(tokens[from].start, tokens[head].end).toLowerCase(), 'vague');
  }
  return group ? copyPhrase(group, { to: end + 1, end: tokens[end].end, text: prose.slice(tokens[q].start, tokens[end].end) }) : null;
}

/** Plurals of people without a final s. */
const PEOPLE_PLURALS = new Set(['women', 'men', 'people', 'children']);
/** Where a bare plural group starts, with the quantity that opens it: "dozens of women", "several residents". */
function groupStart(tokens: Token[], head: number): number {
  if (head >= 2 && tokens[head - 1].lower === 'of' && /^(dozens|hundreds|thousands|scores|some|many|most|all|several)$/.test(tokens[head - 2].lower)) return head - 2;
  return head >= 1 && /^(several|many|some|other|few|numerous)$/.test(tokens[head - 1].lower) ? head - 1 : head;
}
/** Whether a name phrase ending at `head` runs over a verb in -s after its capitalised start ("Cosby faces women"). */
function ranOverVerb(tokens: Token[], p: Phrase, head: number): boolean {
  if (p.kind !== 'name' || !isCapitalized(tokens[p.from])) return false;
  for (let k = p.from + 1; k < head; k++) if (/^[a-z]+s$/.test(tokens[k].text) && !isCapitalized(tokens[k + 1])) return true;
  return false;
}

/** Things that report, though no document head: "the Tomlinson review, which recommended …", "another question that asked". */
const REPORTING_THINGS = new Set(['review', 'audit', 'assessment', 'evaluation', 'probe', 'consultation', 'findings', 'question', 'questions']);

/** Whether a lower-case head noun names a thing, not people, a body or a document ("hip injury", "price dispute"; not "organizations"). */
function isThing(head: Token): boolean {
  const w = head.lower;
  if (!/^[a-z]+$/.test(head.text) || REPORTING_THINGS.has(w) || headType(w) !== 'organization') return false;
  const one = w.endsWith('s') ? w.slice(0, -1) : w;
  return !ORG_WORDS.has(w) && !ORG_WORDS.has(one) && !isBodyNoun(w) && !isBodyNoun(one);
}

/** Verbs that say something out loud, for a group named only by its relative clause (not "who write in English", "which showed"). */
const SAYING_VERBS = new Set('say says said state states stated claim claims claimed argue argues argued warn warns warned insist insists insisted allege alleges alleged complain complains complained'.split(' '));
/** Whether a verb of saying follows at i, past auxiliaries and adverbs ("which have publicly stated"). */
function speechAfter(tokens: Token[], i: number): boolean {
  while (i < tokens.length && tokens[i].kind === 'word' && (CUE_ADVERBS.has(tokens[i].lower) || /ly$/.test(tokens[i].lower))) i++;
  return !!tokens[i] && SAYING_VERBS.has(tokens[i].lower);
}
