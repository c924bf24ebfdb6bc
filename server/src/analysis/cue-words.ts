// What each word can be as a cue, looked up once per word in the sentence loop, and where a
// sentence's commas and semicolons are, found once per sentence.
import { ATTITUDE_ADJECTIVES, CUE_PARTICLES, CUE_VERBS, PARTICIPIAL_CUES, STANCE_VERB_FORMS, TRANSITIVE_STANCE } from './lexicon';
import { NOMINAL_NOUNS } from './nominal-cues';
import type { Token } from './types';
import { registerWord } from './vocabulary';
import { spacedHyphen, tokenAt } from './token-at';
import { looksLikeVerb } from './attribution-grammar';

/** Participles of saying that report after "while", "by", "after", "before" ("by saying …"). */
export const SAYING = /^(saying|telling|adding|noting|claiming|arguing|insisting|warning|explaining|asking|calling|stating|announcing|declaring|accusing|urging|suggesting|questioning|describing|writing|predicting|promising|acknowledging|admitting|denying|repeating|reiterating|recalling|citing)$/;

/** Words after a comma that open the writer's own clause: "…, but the polls disagree", "…, which is false". */
const WRITERS_CLAUSE = new Set('but while which whereas although though despite compared according'.split(' '));

export type Mark = ',' | ';' | 'clause' | 'aside' | 'predicate';
/**
 * Where a sentence's commas and semicolons (outside brackets) are, its commas that open another
 * speech act outside quotes (", saying …"), and those that open a clause of the writer's (", but …").
 */
export function markPositions(t: Token[], inQuote: (tok: Token) => boolean): Record<Mark, number[]> {
  const out: Record<Mark, number[]> = { ',': [], ';': [], clause: [], aside: [], predicate: [] };
  // (a semicolon inside brackets separates what the brackets hold, "40m rupees ($915,000; £486,000)",
  // not the sentence's clauses)
  let bracket = 0;
  for (let i = 0; i < t.length; i++) {
    const x = t[i].text;
    if (x === '(') bracket++;
    else if (x === ')' && bracket > 0) bracket--;
    else if (x === ';') {
      if (bracket === 0) out[';'].push(i);
    }
    // ("… outright victory - only saying that …": a dash before a participle of speech too)
    else if ((x === '—' || x === '–' || spacedHyphen(t, i)) && (PARTICIPIAL_CUES.has(tokenAt(t, i + 1)?.text ?? '') || participleAfterAdverb(t, i))) out.clause.push(i);
    else if (x === ',') {
      out[','].push(i);
      const next = tokenAt(t, i + 1)?.text ?? '';
      if (PARTICIPIAL_CUES.has(next) || participleAfterAdverb(t, i)) out.clause.push(i);
      else if (WRITERS_CLAUSE.has(next)) out.aside.push(i);
      else if (finiteSpeechAt(t, i + 1)) out.predicate.push(i);
    }
  }
  out.clause = out.clause.filter((i) => !inQuote(t[i]));
  if (out.predicate.length) out.predicate = out.predicate.filter((i) => !inQuote(t[i]));
  out.aside = out.aside.filter((i) => !inQuote(t[i]));
  return out;
}

/** Whether a finite verb of speech, after "also", "later" or "then", starts at token i: ", told Fox News", ", also said". */
function finiteSpeechAt(t: Token[], i: number): boolean {
  let x = tokenAt(t, i);
  if (x && /^(also|later|then)$/.test(x.lower)) x = tokenAt(t, i + 1);
  return !!x && x.kind === 'word' && !!(x.info.cue & SPEECH) && /^(said|says|told|tells|added|adds|wrote|writes|argued|argues|insisted|insists|noted|notes|warned|warns)$/.test(x.lower);
}

export const [SPEECH, STANCE, PARTICIPIAL, PARTICLE, TRANSITIVE, NOMINAL, ACCORDING, ATTITUDE] = [1, 2, 4, 8, 16, 32, 64, 128];
// What each word can be as cue, in `token.info.cue`: read once per word in the hot loop.
// "“Trump is disgusting,” read one.", "The sign reads: …": a verb of speech for what is written,
// only where it gives the words (reports-here.ts); not a reporting verb elsewhere (CUE_VERBS).
const WRITTEN = ['read', 'reads'];
// Verbs of direction are stances only before "that" or a person and "to" (verb-cue.ts), and nothing
// else reads them: "Weitz, who directed American Pie, said" keeps its relative clause.
export const DIRECTING = new Set(['direct', 'directs', 'directed', 'instruct', 'instructs', 'instructed']);
for (const [list, flag] of [[CUE_VERBS, SPEECH], [WRITTEN, SPEECH], [DIRECTING, STANCE], [STANCE_VERB_FORMS, STANCE], [PARTICIPIAL_CUES, PARTICIPIAL], [CUE_PARTICLES.keys(), PARTICLE], [TRANSITIVE_STANCE, TRANSITIVE], [NOMINAL_NOUNS, NOMINAL], [['according'], ACCORDING], [ATTITUDE_ADJECTIVES, ATTITUDE]] as const) {
  for (const w of list) registerWord(w).cue |= flag;
}

/**
 * Verbs an organisation's "it" reports with, as the firm or body it stands for ("It had warned in
 * September that …", "It claimed that more than 300 publishers …", "It estimated that it needs
 * …"); not in the passive ("it is expected to cost", "is it expected to cost"), where "it" is no
 * one, nor inside what someone else said ("told the Financial Times it expected …").
 */
const IT_REPORTS = new Set([
  'warned', 'warns', 'urged', 'urges', 'claimed', 'claims', 'estimated', 'estimates', 'believes', 'believed', 'expects', 'expected',
  'predicted', 'predicts', 'forecast', 'forecasts', 'recommended', 'recommends', 'suggested', 'reported', 'reports', 'revealed',
  'admitted', 'acknowledged', 'insisted', 'insists', 'argued', 'argues', 'noted', 'notes', 'explained', 'disclosed', 'told', 'demanded',
  'pledged', 'promised', 'vowed', 'called', 'cautioned', 'ruled', 'expressed', 'voiced',
  'recalled', 'alleged', 'denied', 'confirmed', 'stressed', 'emphasised', 'emphasized', 'reiterated', 'asserted', 'accused', 'mentioned',
]);
const PASSIVE_AUX = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being', "it's", 'it’s']);
/** What a document's "it" reports, before "that" only: "It found that 40% …", not "It found a buyer". */
const IT_FINDS = new Set(['found', 'finds', 'shows', 'showed', 'concluded', 'concludes']);
export const itReports = (t: Token[], c: number, w: string): boolean => (IT_REPORTS.has(w) || (IT_FINDS.has(w) && t[c + 1]?.lower === 'that')) && !passiveBefore(t, c);
/** A form of "be" in the few words before c: a passive ("it was claimed", "It is also analyzed and alleged that"). */
function passiveBefore(t: Token[], c: number): boolean {
  for (let k = c - 1; k >= 0 && c - k <= 4; k--) {
    if (PASSIVE_AUX.has(t[k].lower)) return true;
    if (t[k].lower === 'it') return false;
  }
  return false;
}
/** ", only saying", "- instead adding": an adverb, then a participle of speech, after the mark at i. */
const participleAfterAdverb = (t: Token[], i: number): boolean => ADVERB_BEFORE_PARTICIPLE.test(tokenAt(t, i + 1)?.text ?? '') && SAYING.test(tokenAt(t, i + 2)?.text ?? '');
/** Adverbs of time or manner that may stand between a comma or dash and a participle of saying: ", only saying", ", recently telling". */
export const ADVERB_BEFORE_PARTICIPLE = /^(only|also|instead|even|again|then|simply|merely|recently|later|earlier|previously|repeatedly|publicly|privately)$/;

/** Whether the "it" at token i opens its own clause: not after an auxiliary ("is it expected") or a cue ("adding it expected"). */
export function itOpensClause(t: Token[], i: number): boolean {
  const before = tokenAt(t, i - 1);
  return !before || (!PASSIVE_AUX.has(before.lower) && !before.info.cue);
}

const NAMING = new Set(['call', 'calls', 'called']);
const NAMED_OBJECT = new Set(['it', 'this', 'that', 'him', 'her', 'them', 'himself', 'herself', 'themselves', 'itself']);
/** Words after "called him" that make it a call, not a name: "called him on Tuesday", "called it off", "calls it received". */
const NOT_A_NAME = new Set('on in at to from for with about off up back out after before during last this yesterday today tonight again twice and or but quits'.split(' '));
/**
 * Whether the word `w` at c names with a pronoun object ("Critics call it a witch hunt", "called
 * him “a liar”"): the token after the pronoun is the name or label given, a quote, an article, an adjective.
 */
export const namingAt = (t: Token[], c: number, w: string): boolean => NAMING.has(w) && NAMED_OBJECT.has(tokenAt(t, c + 1)?.lower ?? '') && namesAfter(tokenAt(t, c + 2));
const namesAfter = (x: Token | undefined): boolean => !!x && (x.kind === 'quote' || (x.kind === 'word' && !NOT_A_NAME.has(x.lower) && !looksLikeVerb(x.text)));
