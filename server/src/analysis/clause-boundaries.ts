// Where an earlier cue's content ends inside its sentence: at a second verb of the same subject
// ("Wilson praised Rubio and said …"), or at a clause with a subject of its own that a later cue
// reports ("…, the Times reported", "…, but Cook did not say", "cracking a smile as he noted that …").
import { chainAfterConjunction, closesQuoteAfterComma, isAdverb, looksLikeVerb, PREPOSITIONS, prevEnd, span, timeOrChannelBefore } from './attribution-grammar';
import { SPEECH } from './cue-words';
import { copyPhrase, firstWordIndex, phraseEndingAt, type Phrase } from './mentions';
import { FINITE_AUXILIARIES_OR_DO, IRREGULAR_PAST } from './lexicon';
import { negatedAuxiliary } from './negation';
import { nounPhraseEndingAt } from './source-extent';
import { tokenAt } from './token-at';
import type { Span, Token } from './types';

/**
 * "Wilson praised Rubio and said …": a cue joined by "and"/"but" to an earlier cue of the same
 * subject. Returns that earlier attribution, its content cut short before the conjunction.
 */
export function coordinatedWith<F extends { kind: string; cue: Span; content: Span | null }>(t: Token[], c: number, found: F[]): F | undefined {
  let k = c - 1;
  // ("… but did note that", "… but on Tuesday wrote that", "…, then says he’ll …")
  for (;;) {
    // ("… but has since said": "since" between an auxiliary and the cue is an adverb)
    while (k >= 0 && t[k].kind === 'word' && (isAdverb(t[k].text) || /^(do|does|did)$/i.test(t[k].text) || negatedAuxiliary(t[k].text, t[c].lower) || (t[k].lower === 'since' && /^(has|have|had)$/.test(tokenAt(t, k - 1)?.lower ?? '')))) k--;
    const skip = k > 0 && !/^(and|but)$/i.test(t[k].text) ? timeOrChannelBefore(t, k) : 0;
    if (!skip) break;
    k -= skip;
  }
  // ("… and went on to warn that …": past the verb chain to its conjunction)
  const chained = chainAfterConjunction(t, k);
  if (chained > 0) k = chained - 1;
  if (!(/^(and|but)$/i.test(t[k]?.text ?? '') || (t[k]?.text === ',' && t[k + 1]?.lower === 'then' && !/ing$/.test(t[c].lower)))) return undefined;
  for (let i = found.length - 1; i >= 0 && found.length - i <= 4; i--) {
    const f = found[i];
    if (f.kind === 'participial' || f.kind === 'according-to' || !f.content || f.cue.end > t[k].start || f.content.start > t[k].start || f.content.end < t[c].end) continue;
    // ("says he’d sit Putin down and tell him …", "have said they would expand the policies and push
    // for …": a bare verb after a modal inside the report goes on with the report's own subject)
    // (unless the reporter's own verb is bare too, a plural present it may be coordinated with: "the
    // Tories say the issue should be decided in Scotland and believe …")
    if (bareAfterModal(t, c, f.content.start) && !isBare(t.find((x) => x.start >= f.cue.start && x.kind === 'word' && !!x.info.cue)?.text ?? '')) return undefined;
    f.content = span(f.content.start, prevEnd(t, k));
    return f;
  }
  return undefined;
}

/** Whether a word may be a verb's bare form: lower case, not in -s, -ed or -ing, not an irregular past. */
const isBare = (w: string): boolean => /^[a-z]+$/.test(w) && !/(?:s|ed|ing)$/.test(w) && !IRREGULAR_PAST.has(w) && w !== 'said';
const MODAL = /^(would|will|could|can|should|might|may|must|to)$|[’'](?:d|ll)$/;
/** Whether the cue at c is a verb's bare form and a modal (or "to") comes before it inside the content from `start`. */
function bareAfterModal(t: Token[], c: number, start: number): boolean {
  if (!isBare(t[c].text)) return false;
  for (let i = c - 1; i >= 0 && t[i].start >= start; i--) if (MODAL.test(t[i].lower)) return true;
  return false;
}

const CLAUSE_OPENERS = /^(,|;|—|–|and|but|while|whereas|although|though|because|yet|so|since|after|when|as)$/i;
const SUBORDINATORS = /^(while|whereas|although|though|because|since)$/i;
/** Verbs of speech that report after "as" or "when" and a pronoun: "as he noted that …", "when he told Clinton that …". */
const AS_REPORTS = /^(noted|notes|said|says|told|tells|explained|explains|argued|argues|warned|warns|pointed|insisted|insists|acknowledged|acknowledges|admitted|admits|wrote|writes|added|adds|stressed|stresses|claimed|claims)$/;
/** Whether a report's content opens at i: "that", a quote, a colon, or a person told and then "that" or a quote. */
function opensReport(t: Token[], i: number): boolean {
  for (let j = i; j < t.length && j - i < 8; j++) {
    const x = t[j];
    // (or a quote after the comma that ends the person told: "when he told Chris Wallace of Fox News, “So, …”")
    if (x.lower === 'that' || x.kind === 'quote' || x.text === ':' || (x.text === ',' && j > i && t[j + 1]?.kind === 'quote')) return true;
    // (a person's "of" their outlet or body is part of whom it was told: "Chris Wallace of Fox News")
    const affiliation = x.lower === 'of' && /^\p{Lu}/u.test(t[j - 1]?.text ?? '') && /^\p{Lu}/u.test(t[j + 1]?.text ?? '');
    if (x.kind !== 'word' || (j > i && PREPOSITIONS.has(x.lower) && x.lower !== 'at' && !affiliation)) return false;
  }
  return false;
}
const AFTER_REPORTS = /^(reported|reports|revealed|reveals|disclosed|announced|announces|published|wrote|said|says|confirmed|told|asked)$/;

/**
 * A cue inside an earlier content that opens a clause of its own: its subject follows a comma or a
 * conjunction ("…, the Times reported", "…, but Cook did not say"). Returns the earlier attribution,
 * its content cut short before that clause.
 */
export function newClauseAt<F extends { kind: string; cue: Span; content: Span | null }>(t: Token[], c: number, found: F[], prose: string): F | undefined {
  let k = c - 1;
  while (k >= 0 && t[k].kind === 'word' && (isAdverb(t[k].text) || /^(do|does|did|is|are|was|were)$/i.test(t[k].text) || negatedAuxiliary(t[k].text, t[c].lower))) k--;
  // (or a common noun phrase after a comma and "and" or "but": "…, and human rights groups warned that …")
  // (or a subject past an aside of place: "… after a woman in Worcester, Massachusetts, told him …")
  const subject = k >= 0 ? phraseEndingAt(t, k, prose) ?? (t[c].info.cue & SPEECH ? groupAfterConjunction(t, k, prose) ?? placedSubject(t, k, prose) : null) : null;
  // (after a quote closed by its comma too: "…in a “burn bag,” the Times reported")
  // (a pronoun only when the cue closes the sentence or its clause, "…, she pointed out.", "…, they
  // say, although …", or after a subordinating word, "… because he worries Sanders would lose")
  // (or set off on both sides by commas, a parenthetical: "Cost estimates, he added, were …")
  // (or after a comma and a conjunction, a clause of its own: "Rendell said the foundation should be
  // disbanded, and he added that …")
  if (!subject) return undefined;
  // "Although Weiner admitted that …, he claimed …", "…, on Tuesday night he said …", "… — he told
  // the AP that …": a pronoun that opens the main clause after a fronted clause, a time or a dash.
  const opener = subject.kind === 'pronoun' ? mainClauseOpener(t, subject.from, c) : -1;
  if (opener >= 0) return cutBefore(t, opener, c, found);
  // ("cracking a smile as he noted that …", "when he told Clinton at a debate that …": "as" and "when" before a report of speech)
  const speechAfterAs = /^(as|when)$/i.test(tokenAt(t, subject.from - 1)?.text ?? '') && AS_REPORTS.test(t[c].lower) && opensReport(t, c + 1);
  if ((subject.kind === 'pronoun' && !SUBORDINATORS.test(tokenAt(t, subject.from - 1)?.text ?? '') && !speechAfterAs && !(t[c + 1]?.text === ',' && SUBORDINATORS.test(t[c + 2]?.text ?? '')) && !(t[c + 1]?.text === ',' && t[c + 2]?.lower === 'but') && !parenthetical(t, subject.from, c) && !(/^(and|but)$/i.test(tokenAt(t, subject.from - 1)?.text ?? '') && (/^[,—–-]$/.test(tokenAt(t, subject.from - 2)?.text ?? '') || closesQuoteAfterComma(t, subject.from - 2))) && t.slice(c + 1).filter((x) => x.kind === 'word').length > 1)) return undefined;
  // (the article of a name it leaves out, or a group's determiner: "…, the Sun-Times reported", "…, those people said")
  const from = /^(the|a|an|those|these|some|many|several|other)$/i.test(tokenAt(t, subject.from - 1)?.text ?? '') ? subject.from - 1 : subject.from;
  // (a belief in the reason a speaker gives stays inside what they said: "said he was surprised because many people thought …")
  if ((!(t[c].info.cue & SPEECH) || BELIEF.test(t[c].lower)) && reasonInside(t, from) && saidAround(t, c, found)) return undefined;
  // (", where authorities reported at least 20 victims": a place's own report, set off by its comma;
  // not "hosted a dinner where the prime minister told …", inside what a book claims)
  // (nor after a preposition and "which": "…the case, in which students have alleged they were misled")
  const prepositionalWhich = tokenAt(t, from - 1)?.lower === 'which' && /^(in|under|during|after|for)$/.test(tokenAt(t, from - 2)?.lower ?? '') && tokenAt(t, from - 3)?.text === ',';
  if (prepositionalWhich) return cutBefore(t, from - 3, c, found);
  const placeClause = /^where$/i.test(tokenAt(t, from - 1)?.text ?? '') && tokenAt(t, from - 2)?.text === ',';
  if (!CLAUSE_OPENERS.test(tokenAt(t, from - 1)?.text ?? '') && !closesQuoteAfterComma(t, from - 1) && !speechAfterAs && !placeClause) return undefined;
  // ("responded more aggressively as polls show Sanders surging": "as" opens a clause of its own, but
  // not in a comparison: "the same thing as …", "such as …", "as well as …", "as much stimulus as many had hoped")
  // (nor "- as Rubio has said -", whose report is the clause before it; nor a role, "replaced the
  // Tories as the party challenging Labour", nor a noun, "as Rabiul’s reply to a notice was not …")
  if (/^as$/i.test(t[from - 1].text) && !speechAfterAs && (comparisonBefore(t, from - 1) || tokenAt(t, c + 1)?.kind !== 'word' || /ing$/.test(t[c].lower) || /[’']s$/.test(t[c - 1].text))) return undefined;
  // ("… after BuzzFeed reported that …": after "after" or "when", only a report, not "after Portsmouth claimed a draw")
  if (/^(after|when)$/i.test(t[from - 1].text) && !AFTER_REPORTS.test(t[c].lower) && !speechAfterAs) return undefined;
  let b = from - 1;
  if (t[b].kind === 'word' && tokenAt(t, b - 1)?.text === ',') b--;
  return cutBefore(t, b, c, found);
}

/** Whether what the cue at c stands in is something said ("said he was surprised because …"), not a deed ("had called the hearing because they felt …"). */
function saidAround(t: Token[], c: number, found: Array<{ cue: Span; content: Span | null }>): boolean {
  const outer = found.find((f) => !!f.content && f.content.start <= t[c].start && t[c].end <= f.content.end);
  return !!outer && SAID.test(t.find((x) => x.end === outer.cue.end)?.lower ?? '');
}
const SAID = /^(said|says|say|told|tells|added|adds|maintains|maintained|insisted|insists|argued|argues|explained|explains|claimed|claims|noted|notes|wrote|writes|stated|states)$/;
/** Verbs of belief, which a speaker's reason may give as theirs: "because many people thought …". */
const BELIEF = /^(thought|think|thinks|believed|believe|believes|felt|feel|feels|feared|fear|fears|hoped|hope|hopes|worried|expected|knew|know|knows)$/;
/** Words that open the speaker's reason or condition, inside what they said. */
const REASON = /^(because|since|unless|if)$/i;
/**
 * Whether the subject at `from` opens a reason or condition that no comma sets apart, so a belief it
 * holds is inside the earlier report ("said he was surprised because many people thought …", "…
 * because, not too long ago, many people thought …", "maintains that it filed … because it feared
 * …"); after a comma the clause is the writer's ("…, because …"). A report of speech there is a
 * report of its own ("refuse to pay because they say calls must be paid for"): the caller asks only
 * for other verbs.
 */
function reasonInside(t: Token[], from: number): boolean {
  let j = from - 1;
  // (past an adverbial aside right after the subordinator)
  if (tokenAt(t, j)?.text === ',') {
    let k = j - 1;
    // (an adverbial of words and figures, "not too long ago", "in 2001"; no clause: "if, and only if, their customers request it,")
    while (k > 0 && j - k <= 8 && (t[k].kind === 'number' || (t[k].kind === 'word' && !looksLikeVerb(t[k].text) && !/^\p{Lu}/u.test(t[k].text)))) k--;
    if (k === j - 1 || t[k].text !== ',') return false;
    j = k - 1;
  }
  return REASON.test(tokenAt(t, j)?.text ?? '') && !/^[,;:—–-]$/.test(tokenAt(t, j - 1)?.text ?? ',');
}

/** Whether the "as" at i closes a comparison: a word of comparison in the four words before it. */
function comparisonBefore(t: Token[], i: number): boolean {
  for (let j = i - 1; j >= 0 && i - j <= 4; j--) if (/^(same|such|well|many|much|times|as|twice|so|far|long|soon)$/.test(t[j].lower)) return true;
  return false;
}

/** "a woman in Worcester, Massachusetts,": a subject and where it is from, ending at the comma k. */
function placedSubject(t: Token[], k: number, prose: string): Phrase | null {
  if (t[k].text !== ',') return null;
  let j = k - 1;
  while (j > 0 && k - j <= 4 && t[j].kind === 'word' && /^\p{Lu}/u.test(t[j].text)) j--;
  if (j === k - 1 || t[j].text !== ',') return null;
  const place = phraseEndingAt(t, j - 1, prose);
  if (!place || !/^(in|from|at)$/.test(tokenAt(t, place.from - 1)?.lower ?? '')) return null;
  const who = phraseEndingAt(t, place.from - 2, prose);
  return who && who.type === 'person' && who.kind !== 'pronoun' ? copyPhrase(who, { to: k, end: t[k - 1].end, text: prose.slice(who.start, t[k - 1].end) }) : null;
}

const FRONTED = /^(although|though|while|whereas|when|where|after|before|because|since|if|once|despite|even)$/i;

/** A common noun phrase for people or groups right after ", and" or ", but", ending at k: "…, and human rights groups". */
function groupAfterConjunction(t: Token[], k: number, prose: string): Phrase | null {
  const p = /[a-z]s$/.test(t[k].text) ? nounPhraseEndingAt(t, k, prose) : null;
  return p && /^(and|but)$/.test(tokenAt(t, p.from - 1)?.lower ?? '') && tokenAt(t, p.from - 2)?.text === ',' ? p : null;
}

/**
 * Where the main clause a pronoun at i opens begins (the comma or dash before it, past a time
 * phrase), or -1: after a dash or a semicolon, or after the comma that closes a sentence's fronted
 * subordinate clause ("Although …, he claimed"), whose own cue cannot report the main clause.
 */
function mainClauseOpener(t: Token[], i: number, c: number): number {
  let b = i - 1;
  for (let skip = timeOrChannelBefore(t, b); skip > 0 && b - skip >= 0; skip = timeOrChannelBefore(t, b)) b -= skip;
  if (b !== i - 1 && /^(on|at|in)$/i.test(tokenAt(t, b)?.text ?? '')) b--;
  // ("…, at the town hall this week she said": a place phrase before the time)
  b = placePhraseStart(t, b);
  const x = tokenAt(t, b);
  if (!x) return -1;
  // (after a dash, a verb of speech only: "indicates that the public wants change—they seek …" goes on reporting)
  if (x.text === '—' || x.text === '–' || x.text === ';') return t[c].info.cue & SPEECH ? b : -1;
  if (!FRONTED.test(t[firstWordIndex(t)].text)) return -1;
  // ("Where he used to boast that he had decimated ''core Al Qaeda,'' on Tuesday night he said …": the
  // fronted clause ends with a quote its comma closes; the cut comes after the mark)
  if (closesQuoteAfterComma(t, b)) return b + 1;
  return x.text === ',' ? b : -1;
}

/**
 * Where a short place phrase ending at token b begins, "at the town hall", "in Des Moines": the index
 * of the token before its preposition when that is a comma or a quote's close, else b.
 */
function placePhraseStart(t: Token[], b: number): number {
  for (let k = b; k >= 0 && b - k < 6; k--) {
    const x = t[k];
    if (x.kind !== 'word') return b;
    if (/^(at|in|on|during|from|before|after)$/.test(x.lower)) return k > b - 1 || !(t[k - 1]?.text === ',' || closesQuoteAfterComma(t, k - 1)) ? b : k - 1;
    if (looksLikeVerb(x.text) || FINITE_AUXILIARIES_OR_DO.has(x.lower) || /^(that|who|which|he|she|they|it|we|i)$/.test(x.lower)) return b;
  }
  return b;
}

/** The earlier attribution whose content runs over the clause from token b to the cue at c, its content cut short before b. */
export function cutBefore<F extends { kind: string; cue: Span; content: Span | null }>(t: Token[], b: number, c: number, found: F[]): F | undefined {
  for (let i = found.length - 1; i >= 0 && found.length - i <= 4; i--) {
    const f = found[i];
    if (f.kind === 'participial' || !f.content || f.cue.end > t[b].start || f.content.start > t[b].start || f.content.end < t[c].end) continue;
    // ("The pact, he said, will …": the comma that closes a parenthetical cue goes back to its clause)
    if (f.kind === 'parenthetical' && closesCueAside(t, f.cue.end, b)) continue;
    // (nothing of it would be left: "Brown has outlined what he thinks should be …" stays whole)
    if (prevEnd(t, b) <= f.content.start) return undefined;
    f.content = span(f.content.start, prevEnd(t, b));
    return f;
  }
  return undefined;
}

/** Whether the comma at b is the first after a cue ending at offset cueEnd: the one that closes "…, he said," or "…, said Mr Doctorow,". */
function closesCueAside(t: Token[], cueEnd: number, b: number): boolean {
  if (t[b].text !== ',') return false;
  for (let i = b - 1; i >= 0 && t[i].start >= cueEnd; i--) if (t[i].text === ',') return false;
  return true;
}

/** Whether a pronoun at `from` and its verb at c are set off on both sides by commas: "…, he said, …", "…,” he said, “…". */
function parenthetical(t: Token[], from: number, c: number): boolean {
  const before = t[from - 1];
  const after = t[c + 1];
  if (!before || !after) return false;
  return (before.text === ',' || closesQuoteAfterComma(t, from - 1)) && after.text === ',';
}

/** Verbs of speech that take a clause missing its subject after a relative: "moves that he said improved …". */
const RELATIVE_SPEECH = /^(said|says|say|claimed|claims|argued|argues|believed|believes|thought|thinks|estimated|estimates|called)$/;

/**
 * "Cruz praised Pence for cutting taxes - moves that he said improved Indiana's economy", "…,
 * which he said would be its lowest ever": a relative clause whose subject is reported by a cue of
 * its own, its verb right after the cue. The earlier content ends before the relative (and before
 * the noun it follows after a comma or dash: "- moves that").
 */
export function relativeReport<F extends { kind: string; cue: Span; content: Span | null }>(t: Token[], c: number, k: number, found: F[]): F | undefined {
  if (!RELATIVE_SPEECH.test(t[c].lower)) return undefined;
  const next = tokenAt(t, c + 1);
  if (!next || next.kind !== 'word' || !(FINITE_AUXILIARIES_OR_DO.has(next.lower) || /^[a-z]+ed$/.test(next.text))) return undefined;
  // the subject: a pronoun or a short phrase before the cue, then the relative
  let rel = k;
  while (rel > 0 && k - rel < 4 && t[rel].kind === 'word' && !/^(that|which|what|whom)$/.test(t[rel].lower)) rel--;
  if (rel === k || !/^(that|which|what|whom)$/.test(t[rel]?.lower ?? '')) return undefined;
  // (only where a comma or dash sets the relative off, or "what" opens it: a restrictive relative may
  // sit inside the earlier content, "Trump said the plan that he said was rigged would fail")
  let b = t[rel].lower === 'what' ? rel : -1;
  if (t[rel - 1]?.text === ',') b = rel - 1;
  for (let j = rel - 1; b < 0 && j > 0 && rel - j <= 3 && t[j].kind === 'word'; j--) if (/^[,—–-]$/.test(t[j - 1].text)) b = j - 1;
  return b > 0 ? cutBefore(t, b, c, found) : undefined;
}
