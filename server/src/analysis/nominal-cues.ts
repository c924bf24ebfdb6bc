// Nominal cues: a noun of speech or stance owned by its source, "Trump’s support for the wall",
// "his remarks about Muslims", "Clinton’s claim that …". The possessor is the source, the noun (with
// its preposition) the cue, and what the preposition or clause introduces the content.
import { firstWordIndex, newPhrase, phraseEndingAt, type Phrase } from './mentions';
import { accordingToSource } from './according-source';
import type { Span, Token } from './types';
import { tokenAt } from './token-at';

/**
 * Nouns that name a speech act or a state of mind with a content ("claim that", "calls for", "fears
 * of"). Nouns for a position or an artifact ("plan", "proposal", "stance", "comments", "support")
 * are left out: as often as not they name a thing, not what someone said.
 */
const NOMINAL_CUES = new Map<string, Set<string>>();
for (const entry of `claim:about claims:about assertion: assertions: allegation:of,against allegations:of,against
  accusation:of,against accusations:of,against suggestion: call:for calls:for demand:for demands:for warning:about,against
  warnings:about,against promise:of promises:of pledge:of vow: vows: threat:of,against threats:of,against
  criticism:of criticisms:of endorsement:of praise:for,of argument:for,against arguments:for,against hopes: fears:of,about
  concern:about,over doubts:about prediction: admission:of attacks:on,against embrace:of`.split(/\s+/)) {
  const [noun, preps] = entry.split(':');
  NOMINAL_CUES.set(noun, new Set(preps ? preps.split(',') : []));
}
/** Reactions a subject draws from others: "The proposal has drawn harsh criticism from fellow Republicans". */
const FROM_NOUNS = new Set('criticism criticisms praise support backing endorsement endorsements condemnation backlash rebuke pushback objections complaints warnings questions applause ridicule scorn'.split(' '));
const DRAW_VERBS = /^(drew|draw|draws|drawn|drawing|faced|faces|face|facing|received|receives|receive|won|wins|win|earned|earns|attracted|attracts|got|gets|garnered|garners|sparked|sparks|prompted|prompts|triggered|triggers)$/;
export const NOMINAL_NOUNS: ReadonlySet<string> = new Set([...NOMINAL_CUES.keys(), ...FROM_NOUNS]);
/** Modifiers between an owner and its noun: "his repeated calls", "Trump’s much-publicised pledge". */
const MODIFIER = /^(?:[a-z]+-[a-z]+|[a-z]+(?:ed|ing|al|ive|ful|ous|ic|ble|est)|own|latest|new|recent|public|earlier|initial|only|main|first|last)$/;
const POSSESSIVE_PRONOUNS: Record<string, string> = { his: 'he', her: 'she', their: 'they', its: 'it' };
const AUXILIARY = /^(is|was|are|were|has|have|had|will|would|could|can|may|might|should|must|did|does|do)$/i;
const STOP = /^(is|was|are|were|has|have|had|will|would|could|can|may|might|should|must|did|does|do|and|but|as|because|while|which|who|when|since|after|before)$/i;

export interface NominalFound {
  phrase: Phrase;
  cue: Span & { text: string };
  content: Span | null;
}

/** Every nominal cue in a sentence that is not already a cue, or inside a content, of `found`. */
export function nominalCues(t: Token[], prose: string, found: Array<{ cue: Span; content: Span | null }>): NominalFound[] {
  // Contents sorted by start, swept once as the (ordered) candidates come: linear.
  const contents = found.map((f) => f.content).filter((x): x is Span => !!x).sort((a, b) => a.start - b.start);
  const cues = new Set(found.map((f) => f.cue.end));
  let swept = 0;
  let covered = -1;
  const taken = (tok: Token): boolean => {
    if (cues.has(tok.end)) return true;
    for (; swept < contents.length && contents[swept].start <= tok.start; swept++) covered = Math.max(covered, contents[swept].end);
    return covered >= tok.end;
  };

  const out: NominalFound[] = [];
  for (let c = 1; c < t.length; c++) {
    const noun = t[c].lower;
    if (FROM_NOUNS.has(noun) && t[c + 1]?.lower === 'from' && !taken(t[c])) {
      const drawn = drawnFrom(t, c, prose);
      if (drawn) {
        out.push(drawn);
        c = drawn.phrase.to - 1;
        continue;
      }
    }
    const preps = t[c].kind === 'word' ? NOMINAL_CUES.get(noun) : undefined;
    if (!preps) continue;
    const next = t[c + 1]?.lower ?? '';
    const prep = preps.has(next);
    // the content opens with "that" or an infinitive ("pledge to add"), or after the noun's own preposition
    if (!prep && next !== 'that' && !(next === 'to' && /^(promises?|pledge|vows?|threats?|calls?|demands?)$/.test(noun))) continue;
    // the owner, past up to two modifiers: "his repeated calls for", "Trump’s long-standing opposition to"
    let k = c - 1;
    while (k > 0 && c - k <= 2 && t[k].kind === 'word' && MODIFIER.test(t[k].text)) k--;
    const owner = t[k];
    if (!owner || owner.kind !== 'word' || taken(t[c])) continue;
    const pronoun = POSSESSIVE_PRONOUNS[owner.lower];
    let phrase: Phrase | null = null;
    if (pronoun) phrase = newPhrase(k, k + 1, owner.start, owner.end, owner.text, 'pronoun', pronoun, 'person', undefined);
    else if (/^\p{Lu}.*[’']s$/u.test(owner.text)) phrase = phraseEndingAt(t, k, prose);
    if (!phrase || (phrase.kind !== 'pronoun' && phrase.type !== 'person' && phrase.type !== 'organization')) continue;
    const last = prep ? c + 1 : c;
    let end = last + 1;
    while (end < t.length && t[end].kind !== 'punct' && !STOP.test(t[end].text)) end++;
    // ("his claim that Mexico would pay was false": the clause's own verb, then the sentence's)
    if (t[last + 1]?.lower === 'that' && end > last + 2 && AUXILIARY.test(t[end]?.text ?? '')) {
      let next = end + 1;
      while (next < t.length && t[next].kind !== 'punct' && !STOP.test(t[next].text)) next++;
      if (next < t.length && next > end + 1 && STOP.test(t[next].text)) end = next;
    }
    const from = last + 1;
    out.push({
      phrase,
      cue: { start: t[c].start, end: t[last].end, text: prose.slice(t[c].start, t[last].end) },
      content: end > from ? { start: t[from].start, end: t[end - 1].end } : null,
    });
    c = end - 1;
  }
  return out;
}

/**
 * "The proposal has drawn harsh criticism from fellow GOP hopefuls": the group after "from" is the
 * source, the verb through the noun the cue, the subject drawing it the content.
 */
function drawnFrom(t: Token[], c: number, prose: string): NominalFound | null {
  const phrase = accordingToSource(t, c + 2, prose, true);
  if (!phrase || phrase.kind === 'pronoun') return null;
  let k = c;
  while (k > 0 && c - k < 3 && t[k - 1].kind === 'word' && /^[a-z-]+$/.test(t[k - 1].text) && !DRAW_VERBS.test(t[k - 1].text)) k--;
  if (!DRAW_VERBS.test(tokenAt(t, k - 1)?.lower ?? '')) return null;
  k--;
  while (k > 0 && /^(has|have|had|already|also|quickly|again|since|been)$/i.test(t[k - 1].text)) k--;
  const first = firstWordIndex(t);
  return {
    phrase,
    cue: { start: t[k].start, end: t[c].end, text: prose.slice(t[k].start, t[c].end) },
    content: k > first ? { start: t[first].start, end: t[k - 1].end } : null,
  };
}
