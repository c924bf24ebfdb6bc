// What stands between a cue and its subject, read leftwards from the cue: auxiliaries, adverbs
// and negation ("has since said", "did not say"), a time or channel ("on Tuesday dismissed"), an
// aside ("Carter however said", ", for instance,"), a relative clause or a dashed aside whose own
// attribution ends there, a quote inside an aside ("citing ''…,''"), and whether a noun-like cue
// ("His comments") has a subject at all. verb-cue.ts reads the cue itself.
import type { Found } from './attribution';
import { isAdverb, looksLikeVerb, timeOrChannelBefore } from './attribution-grammar';
import { cutBefore } from './clause-boundaries';
import { negatedAuxiliary } from './negation';
import { reducedRelative } from './participles';
import { isPastTense, NATIONALITIES, STOPWORDS } from './lexicon';
import { firstWordIndex, isCapitalized } from './mentions';
import { headType, isDocumentHead } from './name-types';
import { dashEndingAt } from './subject-asides';
import { afterRelativeClause } from './subject-tails';
import { tokenAt } from './token-at';
import type { Token } from './types';

/**
 * The opening mark of the quote that closes at k, where a lower-case word of the sentence's own leads
 * into it ("citing ''…,''", "the co-author of "…,""), so that it is a phrase inside an aside, not the
 * quote an inverted cue reports ("“…,” said Hegseth"); -1 otherwise.
 */
export function quotedInAside(t: Token[], k: number): number {
  for (let j = k - 2; j > 0 && k - j < 30; j--) {
    if (t[j].kind !== 'quote') continue;
    const open = t[j - 1].kind === 'quote' && t[j - 1].end === t[j].start ? j - 1 : j;
    const before = t[open - 1];
    return !!before && before.kind === 'word' && /^[a-z]/.test(before.text) ? open : -1;
  }
  return -1;
}

const DASHES = new Set(['-', '—', '–']);
const RELATIVES = new Set(['who', 'that', 'whose']);

/**
 * The earlier attribution cut short where a relative clause or a dashed aside on the subject of the
 * cue at c ends (afterRelativeClause, afterDashAside); undefined when neither is there. Both are
 * looked for only when their word or mark is near, as most cues inside a content have neither.
 */
export function afterAside(t: Token[], c: number, w: string, speech: boolean, found: Found[], prose: string): Found | undefined {
  let relative = false;
  let dash = false;
  for (let j = c - 1; j >= 1 && c - j <= 14; j--) {
    if (RELATIVES.has(t[j].lower)) relative = true;
    else if (c - j <= 4 && DASHES.has(t[j].text)) dash = true;
  }
  if (!relative && !dash) return undefined;
  const k = leftOfCue(t, c, w).k;
  return (relative && !reducedRelative(t, c) ? afterRelativeClause(t, k, found, prose) : undefined) ?? (dash && speech ? afterDashAside(t, k, c, found) : undefined);
}
/**
 * "Mr Yushchenko - keen to reassure investors - had said …": a verb of speech right after an aside
 * between dashes whose own cue reported up to it; that content ends at the closing dash (token k).
 */
function afterDashAside(t: Token[], k: number, c: number, found: Found[]): Found | undefined {
  // (a dash as subjectPastDashes reads one, which then finds the subject before the aside)
  const dash = dashEndingAt(t, k);
  if (dash < 2) return undefined;
  for (let j = dash - 1; j > 0 && k - j <= 15; j--) if (dashEndingAt(t, j) >= 0) return cutBefore(t, dash, c, found);
  return undefined;
}

/**
 * Where the subject before a cue at c ends (k), past its auxiliaries, adverbs and negation ("is
 * calling for", "has been pledging", "did not say") and a time or channel ("the Kentucky Republican
 * on Tuesday dismissed", "X in a statement said"), whose last token is timeEnd.
 */
export function leftOfCue(t: Token[], c: number, w: string): { k: number; negated: boolean; timeEnd: number } {
  let k = c - 1;
  let negated = false;
  let timeEnd = -1;
  for (;;) {
    // a progressive's or emphatic auxiliary too
    // ("“…,” Will wrote.": before a past tense "Will" is George Will, not the modal)
    while (k >= 0 && t[k].kind === 'word' && ((isAdverb(t[k].text) && !(t[k].text === 'Will' && isPastTense(w))) || /^(not|never|n’t|n't)$/i.test(t[k].text) || (/ing$/.test(w) && /^(is|are|was|were|been|be|am)$/i.test(t[k].text)) || /^(do|does|did)$/i.test(t[k].text) || negatedAuxiliary(t[k].text, w) || midAdverb(t, k) || lastBefore(t, k, c, w) || modalOfDisbelief(t, k, c, w) || twoWordAdverb(t, k))) {
      if (/^(not|never|cannot)$/i.test(t[k].text) || /n[’']t$/i.test(t[k].text)) negated = true;
      k--;
    }
    const skip = timeOrChannelBefore(t, k) || ((ASIDE_WORDS.test(tokenAt(t, k)?.text ?? '') && tokenAt(t, k - 1)?.kind === 'word') || (k > 0 && placeAdverb(t, k)) ? 1 : 0) || commaAdverbial(t, k);
    if (!skip) break;
    timeEnd = Math.max(timeEnd, k);
    k -= skip;
  }
  return { k, negated, timeEnd };
}

/**
 * "can barely believe", "could not believe", "couldn't imagine", "could not say": "can" or "could"
 * held back from a verb of belief or saying, a stance the subject holds or a report of what they did
 * not say; not a hypothetical ("critics could argue") nor what one may not do ("cannot demand").
 */
const modalOfDisbelief = (t: Token[], k: number, c: number, w: string): boolean =>
  DISBELIEF.test(w) && ((k === c - 1 && /^(cannot|can[’']t|couldn[’']t)$/i.test(t[k].text)) || (k === c - 2 && /^(can|could)$/i.test(t[k].text) && /^(not|never|barely|hardly|scarcely)$/.test(t[k + 1].lower)));
const DISBELIEF = /^(believe|imagine|say|tell|recall|remember|specify|explain|confirm)$/;

/** Two-word adverbs between a subject and its cue, without commas: "Britain and France in particular feared …", "he all but accused …" ("nearly"). */
const TWO_WORD_ADVERBS = new Map([['in', 'particular'], ['all', 'but']]);
/** Whether token k is either word of one of them. */
function twoWordAdverb(t: Token[], k: number): boolean {
  const second = TWO_WORD_ADVERBS.get(t[k].lower);
  return (second !== undefined && second === tokenAt(t, k + 1)?.lower) || TWO_WORD_ADVERBS.get(tokenAt(t, k - 1)?.lower ?? '') === t[k].lower;
}

/** "Iran's government last reported": "last" right before a past-tense cue says when, and is not the subject's. */
const lastBefore = (t: Token[], k: number, c: number, w: string): boolean => k === c - 1 && t[k].text === 'last' && isPastTense(w);

/** "Officials there said", "Her campaign workers here said": where the speakers are, after a noun. */
const placeAdverb = (t: Token[], k: number): boolean => (t[k].lower === 'there' || t[k].lower === 'here') && k > 0 && t[k - 1].kind === 'word' && !looksLikeVerb(t[k - 1].text) && !STOPWORDS.has(t[k - 1].lower);

/** ", for instance," between a subject and its cue: "The judges who ruled …, for instance, said". */
const COMMA_ADVERBIALS = new Set(['for instance', 'for example', 'in fact', 'in turn', 'in particular', 'in contrast', 'in response', 'of course', 'by contrast', 'at least', 'too', 'also', 'though', 'however', 'meanwhile', 'instead', 'still', 'then', 'on the other hand']);
/** Their first words, so that most commas are passed over without joining the words after them. */
const ADVERBIAL_FIRST = new Set([...COMMA_ADVERBIALS].map((a) => a.split(' ')[0]));
function commaAdverbial(t: Token[], k: number): number {
  if (tokenAt(t, k)?.text !== ',') return 0;
  for (let j = k - 1; j > 0 && k - j <= 5; j--) {
    if (t[j].kind !== 'word') return t[j].text === ',' && j < k - 1 && ADVERBIAL_FIRST.has(t[j + 1].lower) && COMMA_ADVERBIALS.has(t.slice(j + 1, k).map((x) => x.lower).join(' ')) ? k - j + 1 : 0;
  }
  return 0;
}

/** Words between a source and its cue that belong to neither: "Carter however said" (a reflexive belongs to the source: "Cruz himself said"). */
const ASIDE_WORDS = /^(however|meanwhile|therefore|though)$/;

/** "has since said", "has long complained", "have all attacked", "they both said": a word between an auxiliary or pronoun and the cue. */
function midAdverb(t: Token[], k: number): boolean {
  const w = t[k].lower;
  if (w === 'since' || w === 'long' || w === 'ever') return /^(has|have|had)$/i.test(tokenAt(t, k - 1)?.text ?? '');
  // ("the Florida Republican would only say that …", "wouldn't say")
  if (w === 'only') return /^(would|will|could|can|did|does|do|has|have|had)$/i.test(tokenAt(t, k - 1)?.text ?? '');
  const prev = tokenAt(t, k - 1);
  // ("Strategists for Obama and Clinton all agree": after a plural or a name too)
  return (w === 'all' || w === 'both') && !!prev && (/^(has|have|had|are|were|will|would|did|they|we)$/i.test(prev.text) || (prev.kind === 'word' && (/^[a-z]+[^s]s$/.test(prev.text) || /^\p{Lu}/u.test(prev.text)) && !STOPWORDS.has(prev.lower)) || prev.text === ')');
}

/**
 * Whether a noun that looks like a cue ("His comments", "Trump’s remarks", "the state") has a real
 * subject before it, ending at k. ("phone calls", "terrorism fears": a bare singular noun before a
 * plural one makes a compound.)
 */
export function nounCueHasSubject(t: Token[], c: number, k: number): boolean {
  return !(
    k < 0 ||
    // ("The Communist Party leadership fears that …": a clause after a verb of belief makes it the verb)
    (k === c - 1 && /^[a-z]+[^s]$/.test(t[k].text) && !STOPWORDS.has(t[k].text) && headType(t[k].text) === 'organization' && !/^(the|a|an|this|that|his|her|its|their|our)$/i.test(tokenAt(t, k - 1)?.text ?? '') && !(t[c + 1]?.lower === 'that' && /^(fears|hopes|estimates|claims|states|notes|warns|argues|believes)$/.test(t[c].lower))) ||
    /[’']s$/.test(t[k].text) ||
    // (but "that" after a document is its relative: "polls that show him leading")
    (/^(his|her|their|its|our|my|your|the|a|an|this|that|these|those)$/i.test(t[k].text) && !(t[k].lower === 'that' && k > 0 && isDocumentHead(t[k - 1]))) ||
    // ("Electoral support thus reflects …", "Political support is …": an adjective opening the sentence)
    (k === c - 1 && k === firstWordIndex(t) && /^[A-Z][a-z]+(?:ical|ional|oral|ural|ous)$/.test(t[k].text)) ||
    // ("Cost estimates, he added, were …": a noun with its modifier opening the sentence, an aside after it)
    (k === c - 1 && k === firstWordIndex(t) && t[c + 1]?.text === ',' && !/^(however|though|meanwhile|too|also)$/.test(t[c + 2]?.lower ?? '')) ||
    (k + 1 === c && isCapitalized(t[k]) && k > 0 && isCapitalized(t[k - 1]) === false && NATIONALITIES.has(t[k].lower))
  );
}
