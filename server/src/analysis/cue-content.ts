// What the source of a verb cue says (the content) and how the cue ends: a quote, a parenthetical,
// or reported speech running to the end of its clause. verb-cue.ts finds the cue and its source.
import { connectiveEnd, contentStart, isQuoteClose, looksLikeVerb, prevEnd, span, timeOrChannelBefore } from './attribution-grammar';
import { TIME_WORDS } from './lexicon';
import { PARTICIPIAL, SPEECH } from './cue-words';
import { firstWordIndex, type Phrase } from './mentions';
import { quoteLead } from './quote-lead';
import { occasionTail } from './channel-tail';
import type { SentenceScan } from './sentence-scan';
import { tokenAt } from './token-at';
import type { Attribution, Span, Token } from './types';

/**
 * Whether a clause of its own with a verb of speech opens at token i: "…, he said, and analysts say
 * …"; not a second verb of the first subject ("and was forecast to …") or more of the report ("and
 * planned spending would almost double").
 */
function cueAfter(t: Token[], i: number): boolean {
  if (!t[i] || t[i].kind !== 'word' || /^(is|are|was|were|has|have|had|will|would|could|can|may|might|should|did|does|do|then|also)$/.test(t[i].lower)) return false;
  for (let j = i + 1; j < t.length && j - i <= 5; j++) if (t[j].info.cue & SPEECH) return true;
  return false;
}

/** Verbs of saying whose content is a clause even without "that" ("said 500 people were killed"). */
const SAYS_CLAUSE = new Set(['said', 'says', 'say', 'stated', 'states', 'added', 'adds', 'told', 'tells', 'noted', 'explained']);
/** Whether a verb of speech comes from token i before the clause's next punctuation. */
function speechBefore(t: Token[], i: number): boolean {
  for (let j = i; j < t.length && t[j].kind !== 'punct'; j++) if (t[j].info.cue & SPEECH) return true;
  return false;
}

/** Verbs a document or a study reports its findings with. */
const FINDS = new Set(['show', 'shows', 'showed', 'found', 'finds', 'revealed', 'reveals', 'suggested', 'suggests', 'indicated', 'indicates', 'estimated', 'estimates']);
const MODAL_AFTER_BUT = new Set(['would', 'will', 'could', 'can', 'might', 'should', 'must']);

/**
 * Whether the reported content carries on past the writer's-clause word after the comma at
 * `aside`: "noted that 2% is produced locally, while the remaining 98% must be imported", "said
 * BNP won 209 seats, while Jamaat won 68" (the contrast is the speaker's second half); "said the
 * paperwork was wrong, but that money had been sent"; "said the show would not replace Peel, but
 * would rise to the challenge". Not "said it would produce 100,000 cars, but the target was
 * quickly reached": a clause with a subject of its own after "but" is the writer's.
 */
function carriesOn(t: Token[], from: number, aside: number, cue: string): boolean {
  const w = t[aside + 1].lower;
  const next = tokenAt(t, aside + 2);
  if (!next || (next.kind !== 'word' && next.kind !== 'number')) return false;
  const that = t[from]?.lower === 'that';
  if (w === 'which') return relativeInside(t, aside);
  // ("…, while 2,25,65,627 voters voted no": a figure opens the clause too)
  // ("Figures showed exports down 2.3%, while imports grew 1.3%": a document's finding goes on too)
  if (w === 'while') return (that || SAYS_CLAUSE.has(cue) || FINDS.has(cue)) && !/ing$/.test(next.lower);
  // ("…were 1.9 times more likely to be stopped, compared with 1.7 times in the previous year": the
  // figure the finding is measured against, no clause of the writer's)
  // (not where people in it say something of their own: "…, compared with 64 percent who say the same of Sanders")
  if (w === 'compared') return /^(with|to)$/.test(next.lower) && !speechBefore(t, aside + 3);
  return w === 'but' && (next.lower === 'that' || ((that || SAYS_CLAUSE.has(cue)) && MODAL_AFTER_BUT.has(next.lower)));
}

/** Verbs of saying that close a sentence after what they report ("…, he told reporters."). */
const INVERTED_SAYS = /^(said|says|told|tells|added|adds|wrote|writes|explained|explains|noted|notes|stressed|stresses|insisted|insists|argued|argues|warned|warns|stated|states|remarked|observed|claimed|claims|announced|confirmed|reported|revealed|admitted|acknowledged|maintained|predicted)$/;
/**
 * Whether the words from `from` to the sentence's end only say to whom, when or where it was said
 * ("told reporters", "told BBC Radio 4's Today programme", "added in his speech", "said here today",
 * "said Saturday, according to state media"): no "that", quote or verb, and, but for "told", a
 * preposition or a time first.
 */
function onlyCircumstances(t: Token[], from: number, cue: string): boolean {
  while (from < t.length && t[from].text === ',') from++;
  if (!INVERTED_SAYS.test(cue) || from >= t.length) return false;
  const first = t[from];
  if (!/^(told|tells)$/.test(cue) && !(/^(in|on|at|during|after|before|via|through|to|late|early|last|this|yesterday|today|tonight|here|there|according)$/.test(first.lower) || TIME_WORDS.test(first.text))) return false;
  for (let j = from; j < t.length; j++) {
    const x = t[j];
    // (a possessive's apostrophe is no quote: "BBC Radio 4's Today programme")
    if (x.kind === 'quote' && /^['’]$/.test(x.text) && t[j - 1]?.end === x.start && (t[j + 1]?.lower === 's' || /s$/i.test(t[j - 1].text))) continue;
    // (another source after it is its own attribution: "…, said Saturday, according to state media")
    if (x.lower === 'according' && t[j + 1]?.lower === 'to') return true;
    // (an adjective after an article is no verb: "in a heated prime minister's questions")
    if (x.kind === 'quote' || x.lower === 'that' || x.text === ';' || x.text === ':' || (x.kind === 'word' && looksLikeVerb(x.text) && !/^(a|an|the|his|her|their|its)$/.test(t[j - 1]?.lower ?? ''))) return false;
  }
  return true;
}

/**
 * "said the services sector, which accounts for three-quarters of the economy, grew 1.0%": a
 * relative clause set off by commas inside the content, whose main clause goes on with its verb
 * after the second comma; not "…, which ended in 1989." at the content's end.
 */
function relativeInside(t: Token[], aside: number): boolean {
  for (let j = aside + 2; j < t.length && j - aside <= 25; j++) {
    const x = t[j];
    if (x.kind === 'quote' || (x.kind === 'punct' && x.text !== ',' && x.text !== '-' && x.text !== '(' && x.text !== ')')) return false;
    if (x.text === ',') return verbAfterComma(t, j);
  }
  return false;
}
/** Whether a main clause goes on with its verb after the comma at j ("…, grew 1.0%"). */
function verbAfterComma(t: Token[], j: number): boolean {
  const next = tokenAt(t, j + 1);
  return !!next && next.kind === 'word' && (FINITE_AFTER.test(next.lower) || (looksLikeVerb(next.text) && !/ing$/.test(next.lower) && !(next.info.cue & SPEECH)));
}
const FINITE_AFTER = /^(is|are|was|were|has|have|had|will|would|could|can|may|might|should|must|remains|remain|grew|rose|fell)$/;

const SUBORDINATORS = new Set(['as', 'when', 'while', 'whilst', 'although', 'though', 'after', 'because', 'since', 'once', 'before', 'whereas']);
/** Whether the sentence opens with a subordinator right before the phrase at `from`: "Even as Trump claimed", "When he said". */
function opensSubordinate(t: Token[], from: number): boolean {
  const first = firstWordIndex(t);
  let k = from - 1;
  // (past a time between them: "Although in September she said …", "When last week he said …")
  for (let skip = timeOrChannelBefore(t, k); skip > 0 && k - skip >= first; skip = timeOrChannelBefore(t, k)) k -= skip;
  if (k < from - 1 && /^(on|at|in)$/.test(t[k]?.lower ?? '')) k--;
  if (k < first || !SUBORDINATORS.has(t[k].lower)) return false;
  return k === first || (k === first + 1 && /^(even|but|and|just)$/.test(t[first].lower));
}

/** Words that open a clause of their own between a quote and a later subject. */
const CLAUSE_OPENER = /\b(?:but|and|while|whereas|although|though|because|yet|or)\b/i;

/**
 * What the source of the cue at c says, and so the attribution's kind: a quote, a parenthetical, or
 * reported speech; and where the cue ends (past the words that lead to a quote, when they only say
 * how it was said).
 */
export function contentOf(scan: SentenceScan, c: number, last: number, phrase: Phrase): { content: Span | null; kind: Attribution['kind']; cueEnd: number } {
  const { t, end } = scan;
  const cueEnd = t[last].end;
  const tok = t[c];
  const subjectFirst = phrase.start < tok.start;
  const earlier = scan.quoteEndingBy(Math.min(phrase.start, tok.start));
  // ("Ferguson admitted that the tackle "could have given (Cole) a serious injury", but he believes
  // Arsenal were …", "Labour say a Lib Dem vote could "let the Tories in", while the Tories say …":
  // a conjunction between the quote and the subject opens a clause of its own, whose cue reports
  // what follows it; not a name's possessive or a relative: "…,” Atticus' David Slager told …")
  // (nor a clause a time or place opens after the quote, whose cue reports what follows it: "…
  // ''core Al Qaeda,'' on Tuesday night he said it still posed …")
  const between = earlier && subjectFirst ? scan.prose.slice(earlier.end, phrase.start) : '';
  const otherClause = !!earlier && subjectFirst && t[last + 1]?.kind === 'word' && (CLAUSE_OPENER.test(between) || /^\s*(?:on|at|in|during|this|last|earlier|later)\s/i.test(between));
  const quoteBefore = otherClause ? null : earlier;
  const quote = (otherClause ? null : scan.quoteEndingBy(tok.start)) ?? scan.quoteStartingFrom(tok.end);
  if (quoteBefore) {
    // "Carter placed a note in a “burn bag,” the Times reported": the whole clause the quote ends.
    // (not after a colon that leads into the quote: "…his former wife: “She signed …,” he told the Times")
    const opening = subjectFirst && quoteBefore.end <= phrase.start && quoteBefore.start > t[firstWordIndex(t)].start && !/:\s*$/.test(scan.prose.slice(Math.max(0, quoteBefore.start - 3), quoteBefore.start));
    return { content: { start: opening ? t[connectiveEnd(t)].start : quoteBefore.start, end: quoteBefore.end }, kind: 'direct-quote', cueEnd };
  }
  if (subjectFirst && phrase.from > firstWordIndex(t) + 1 && tokenAt(t, phrase.from - 1)?.text === ',' && t[c + 1]?.text === ',' && t[c + 2]?.kind !== 'quote') {
    // "The pact, he said, will deepen …"; "The deal is dead, he said, and analysts say …": a clause of
    // its own after the aside is not what the aside reports
    // ("…, the Post reported, citing an anonymous source": a participle of speech after it is the
    // source's next act; not a gerund that opens the clause: "By contrast, he said, digging up roads …")
    if ((/^(and|but)$/.test(t[c + 2]?.lower ?? '') && cueAfter(t, c + 3)) || (/^[a-z]+ing$/.test(t[c + 2]?.text ?? '') && !!(t[c + 2].info.cue & PARTICIPIAL)) || goingOnTo(t, c + 2)) return { content: span(t[connectiveEnd(t)].start, prevEnd(t, phrase.from - 1)), kind: 'indirect', cueEnd };
    return { content: span(t[connectiveEnd(t)].start, end), kind: 'parenthetical', cueEnd };
  }
  // "The deal, said Mr Doctorow, will fail.", "Instead, said Mr Doctorow, DRM systems …": a cue and its
  // source set off by commas inside the sentence leave the whole sentence theirs, as "he said" would.
  if (!subjectFirst && c > firstWordIndex(t) && t[c - 1].text === ',' && t[phrase.to]?.text === ',' && t[phrase.to + 1]?.kind === 'word') return { content: span(t[connectiveEnd(t)].start, end), kind: 'parenthetical', cueEnd };
  if (!subjectFirst && c > firstWordIndex(t)) return { content: span(t[connectiveEnd(t)].start, prevEnd(t, c)), kind: 'indirect', cueEnd };
  let content: Span | null | undefined;
  let from = contentStart(t, Math.max(last, phrase.to - 1) + 1, tok.lower);
  // "Carter placed a note in a burn bag, the Times reported.": the clause before the source; so too
  // when only the occasion, the time or whom it was told follow ("…, the bank said in a statement.",
  // "…, Mr Smith said in an interview on Monday.", "…, he told reporters.")
  // (the source after a comma first: the tail is read only then, not for every cue)
  // ("…, as Clinton has said.": "as" between the comma and the source)
  const comma = tokenAt(t, phrase.from - 1)?.lower === 'as' ? phrase.from - 2 : phrase.from - 1;
  if (tokenAt(t, comma)?.text === ',' && comma > firstWordIndex(t) && (from >= t.length - 1 ? !t.slice(from).some((x) => x.kind === 'word') : onlyCircumstances(t, from, tok.lower) || occasionTail(t, scan.inQuote) === from)) {
    content = span(t[connectiveEnd(t)].start, prevEnd(t, comma));
    from = t.length;
  }
  // Reported content runs to the end of the sentence, to a semicolon that starts a new clause, or
  // to another speech act of the speaker's (", saying …", ", adding that …").
  const semi = scan.nextPunct(';', from);
  const clause = scan.nextPunct('clause', from);
  let aside = scan.nextPunct('aside', from);
  if (aside > 0 && carriesOn(t, from, aside, tok.lower)) aside = scan.nextPunct('aside', aside + 1);
  let stop = semi > 0 ? t[semi - 1].end : end;
  if (clause > 0) stop = Math.min(stop, t[clause - 1].end);
  if (aside > 0) stop = Math.min(stop, t[aside - 1].end);
  // "Priebus, in the wake of a new poll showing Trump down, told Fox News …": a cue inside an aside
  // after the subject reports up to the comma before the subject's own verb of speech
  const predicate = scan.nextPunct('predicate', from);
  if (predicate > 0 && scan.nextPunct(',', firstWordIndex(t)) < c) stop = Math.min(stop, t[predicate - 1].end);
  // "Even as Trump claimed that …, one of his aides left": a clause a subordinator opens the
  // sentence with reports up to its comma, and the main clause after it is the writer's (not "As
  // officials said, the vote was fair", whose content is that main clause)
  if (subjectFirst && opensSubordinate(t, phrase.from) && tokenAt(t, from - 1)?.text !== ',') {
    const comma = scan.nextPunct(',', from);
    if (comma > from) stop = Math.min(stop, t[comma - 1].end);
  }
  // "Barkley, who said he votes democratic, said …": a relative clause's content ends with it; so
  // does one the speaker's clause sits in, where the main clause goes on with its verb ("The deal,
  // which she says will create 3,000 jobs, was signed"; not "…, which he calls “good fun”, apart from …").
  if (/^(who|which)$/i.test(t[phrase.from].text) && tokenAt(t, phrase.from - 1)?.text === ',') {
    const comma = scan.nextPunct(',', from);
    if (comma > 0) stop = Math.min(stop, t[comma - 1].end);
  } else if (tokenAt(t, phrase.from - 1)?.lower === 'which' && tokenAt(t, phrase.from - 2)?.text === ',') {
    // (past commas of a list inside it: "which ministers claim will tackle crime, terrorism and illegal immigration, is expected …")
    for (let comma = scan.nextPunct(',', from); comma > 0 && comma - from <= 25; comma = scan.nextPunct(',', comma + 1)) {
      if (!verbAfterComma(t, comma)) continue;
      stop = Math.min(stop, t[comma - 1].end);
      break;
    }
  }
  // ("Amid what the New York Times called a “rough week” for Trump, polls fell": a name given in
  // "what X called …" ends with its quote, or its clause's comma; not after "In", where the clause
  // after is what was so called: "In what Dimension Data calls an "alarming development", the … fell")
  if (tokenAt(t, phrase.from - 1)?.lower === 'what' && tokenAt(t, phrase.from - 2)?.lower !== 'in' && NAMING.test(tok.lower)) stop = Math.min(stop, namedEnd(t, from, stop));
  // "released the following statement: “…”", "told reporters on Monday: “…”": the quote is the
  // content, and what leads to it is the cue's
  const lead = quote && from < t.length && quote.start > t[from].start && quote.start < stop ? quoteLead(t, last, from, quote.start) : null;
  if (lead) from = lead.content;
  if (from < t.length) content = span(t[from].start, stop);
  else content ??= null;
  return { content: content ?? null, kind: quote && quote.start >= tok.end ? 'direct-quote' : 'indirect', cueEnd: lead ? lead.cueEnd : cueEnd };
}

/** "…, Sanders said, going on to say that …": the speaker's next act after the aside, as a participle of speech is. */
const goingOnTo = (t: Token[], i: number): boolean => t[i]?.lower === 'going' && t[i + 1]?.lower === 'on' && t[i + 2]?.lower === 'to' && !!(t[i + 3] && t[i + 3].info.cue);

/** Verbs that give a thing a name: "what the Times called a “rough week”". */
const NAMING = /^(?:called|calls|call|dubbed|dubs|termed|terms|labeled|labelled|described|describes)$/;
/** Where the name a naming verb gives ends: its closing quote mark, or the comma after it. */
function namedEnd(t: Token[], from: number, stop: number): number {
  let opened = false;
  for (let i = from; i < t.length && t[i].start < stop; i++) {
    if (t[i].kind === 'quote') {
      if (opened && isQuoteClose(t[i])) return t[i].end;
      opened = true;
    } else if (t[i].text === ',' && !opened) return t[i - 1].end;
  }
  return stop;
}
