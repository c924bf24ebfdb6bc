// Attribution: for each sentence, who said it (source), through which words (cue) and channel, and
// which part of the sentence is theirs (content). speaker-resolution.ts then folds the mentions of
// all sentences into sources.
import { NATIONALITIES, STOPWORDS, type UserTerms } from './lexicon';
import { ACCORDING, ATTITUDE, markPositions, NOMINAL, PARTICIPIAL, PARTICLE, SAYING, SPEECH, STANCE, TRANSITIVE, type Mark } from './cue-words';
import { chainSubject, clauseSubject, objectAt, closesInvertedQuote, connectiveEnd, contentEnd, contentStart, coordinatedWith, newClauseAt, cueOf, headlineVerb, isAdverb, isNounAt, isQuoteClose, reportsHere, NOUN_LIKE_CUES, opensComplement, particleAfter, prevEnd, span, takesObject, timeOrChannelBefore } from './attribution-grammar';
import { firstWordIndex, headType, isCapitalized, mayExtendName, phraseEndingAt, phraseStartingAt, type Phrase } from './mentions';
import { channelOf } from './channel';
import { startsUpper } from './letters';
import { invertedSource, laterSpeech } from './later-speech';
import { PLACE_PREPOSITION, subjectPastCommas, subjectPastDashes } from './subject-asides';
import { quoteLead } from './quote-lead';
import { documentSubject } from './document-subject';
import { attitudeAt, passiveAt, sentenceWideForms } from './attribution-forms';
import { accordingToSource, withAside, nounPhraseEndingAt, nounPhraseStartingAt, spanned, widenInverted, widenSubject } from './source-extent';
import type { Attribution, Block, QuoteSpan, Sentence, Source, Span, Token } from './types';
import { isBody, resolveAttributions } from './speaker-resolution';
import { containedIn, firstStartingFrom } from '../util/spans';
import { tokenAt } from './token-at';

/** Verbs of perception and offer that after "to" name an act, not a report ("went to see", "tried to find"). */
const PERCEPTION = /^(see|sees|seeing|find|finds|finding|know|knows|knowing|understand|assume|appear|appears|seem|seems|offer|offers|defend|request|write|challenge|thank|raise|ask|tell|prove|demonstrate)$/;
/** Stance verbs that may take only an object: "wants more funding", "preferred Clinton". */
const WANTING = /^(want|wants|wanted|prefer|prefers|preferred)$/;
/** Verbs whose negation leaves a claim unconfirmed (hedges.ts), not reported. */
const NOT_REPORTED = /^(confirm|confirms|confirmed|verify|verified|corroborate|corroborated|comment|commented|deny|denied|know|knew|knows|see|saw|sees|seen|understand|understood|understands|find|found|finds)$/;
const NO_TERMS: UserTerms = { cues: new Set(), vague: new Set() };

export interface Found {
  phrase: Phrase;
  cue: Span & { text: string };
  content: Span | null;
  kind: Attribution['kind'];
}

/** What one sentence says on its own, before any cross-sentence resolution: cacheable per paragraph. */
export interface SentenceCandidates {
  found: Found[];
  /** The channel the sentence names (X, a statement, reporters), if any: per sentence, so cached with it. */
  channel: string | null;
  /** Full person names in the sentence, which later pronouns may fall back to. */
  names: Phrase[];
}

export function sentenceCandidates(prose: string, s: Sentence, quotes: QuoteSpan[], terms: UserTerms = NO_TERMS): SentenceCandidates {
  const found = findInSentence(prose, s, quotes, terms);
  return { found, channel: found.length ? channelOf(prose, s) : null, names: namesIn(prose, s.tokens) };
}

export function findAttributions(
  prose: string,
  sentences: Sentence[],
  blocks: Block[],
  quotes: QuoteSpan[],
  terms: UserTerms = NO_TERMS,
): { attributions: Attribution[][]; sources: Source[] } {
  const candidates = sentences.map((s) =>
    isBody(blocks[s.block]) ? sentenceCandidates(prose, s, quotes, terms) : { found: [], channel: null, names: [] },
  );
  return resolveAttributions(prose, sentences, blocks, candidates);
}

/** Proper-name phrases in a sentence, for the registry (not as speakers). */
function namesIn(prose: string, tokens: Token[]): Phrase[] {
  const out: Phrase[] = [];
  const first = firstWordIndex(tokens);
  for (let i = 0; i < tokens.length; i++) {
    if (!isCapitalized(tokens[i]) || (i === first && (i + 1 === tokens.length || !isCapitalized(tokens[i + 1])))) continue;
    let j = i;
    while (j + 1 < tokens.length && isCapitalized(tokens[j + 1])) j++;
    // One capitalized word that no title, initial or connector extends is a bare surname or
    // place: never a full person name (most runs in news; phraseEndingAt would say the same, slower).
    if (j === i && !mayExtendName(tokens[i - 1])) continue;
    const p = phraseEndingAt(tokens, j, prose);
    if (p && p.kind === 'name' && p.type === 'person' && (p.name.includes(' ') || !!p.role)) out.push(p);
    i = j;
  }
  return out;
}

function findInSentence(prose: string, s: Sentence, quotes: QuoteSpan[], terms: UserTerms): Found[] {
  const vague = terms.vague.size ? terms.vague : undefined;
  const t = s.tokens;
  const found: Found[] = [];
  // Most sentences have no word that can be a cue: they skip the set-up for cues below.
  if (!hasCueWord(t, terms)) return sentenceWideForms(t, prose, contentEnd(t), vague, found, 0);
  // (most sentences have no quote: no lists to build for them)
  const sentenceQuotes = quotes.length ? quotes.filter((q) => q.end > s.start && q.start < s.end && !q.scare) : quotes;
  // Cues inside a closed quote are the speaker's own reporting; an unclosed (block) quote still has cues.
  const inQuote = containedIn(sentenceQuotes.length ? sentenceQuotes.filter((q) => q.end > q.inner.end).map((q) => q.inner) : []);
  // Sentence quotes are in order and disjoint, so the first quote to end by a point can only be the
  // first quote, and the first to start after one is found by binary search (no scan per cue).
  const quoteEndingBy = (x: number): QuoteSpan | undefined => (sentenceQuotes[0] && sentenceQuotes[0].end <= x ? sentenceQuotes[0] : undefined);
  const quoteStartingFrom = (x: number): QuoteSpan | undefined => sentenceQuotes[firstStartingFrom(sentenceQuotes, x)];
  // Whether a token lies in the content of an earlier (not participial) cue. Tokens come in order,
  // so each found item joins once its cue and content have begun, and only the furthest content
  // end matters: linear, not tokens × cues, in a sentence with thousands of cues.
  let joined = 0;
  const waiting: Found[] = [];
  let reach = -1;
  const insideEarlierContent = (tok: Token): boolean => {
    for (; joined < found.length; joined++) if (found[joined].kind !== 'participial' && found[joined].content) waiting.push(found[joined]);
    for (let k = waiting.length - 1; k >= 0; k--) {
      const f = waiting[k];
      if (f.content!.start <= tok.start && f.cue.end <= tok.start) {
        reach = Math.max(reach, f.content!.end);
        waiting.splice(k, 1);
      }
    }
    return reach >= tok.end;
  };
  const end = contentEnd(t);
  // The next ',' or ';' after a token, or the next comma that opens another speech act (", saying …"),
  // indexed once per sentence on first use: linear however many cues.
  let marks: Record<Mark, number[]> | undefined;
  const nextPunct = (mark: Mark, from: number): number => {
    marks ??= markPositions(t, inQuote);
    const list = marks[mark];
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid] <= from) lo = mid + 1;
      else hi = mid;
    }
    return lo < list.length ? list[lo] : -1;
  };
  // nouns that may be nominal cues, met on the way ("his claim that …")
  let nouns = 0;

  for (let c = 0; c < t.length; c++) {
    const tok = t[c];
    if (tok.kind !== 'word' || inQuote(tok)) continue;
    const w = tok.lower;
    // One lookup per word decides whether it can be a cue at all.
    const flags = tok.info.cue;
    if (!flags && !(terms.cues.size && terms.cues.has(w))) continue;
    if (flags & NOMINAL) nouns++;

    if (flags & ATTITUDE) {
      const f = insideEarlierContent(tok) ? null : attitudeAt(t, c, prose, end, vague);
      if (f) found.push(f);
      // "opposed", "worried", "determined" are verbs too: "the council opposed an increase"
      if (f || !(flags & (SPEECH | STANCE))) continue;
    }
    if (flags & ACCORDING && t[c + 1]?.lower === 'to') {
      const before = c > firstWordIndex(t);
      const p = accordingToSource(t, c + 2, prose, before, vague);
      if (!p) continue;
      const cue = { start: tok.start, end: t[c + 1].end, text: prose.slice(tok.start, t[c + 1].end) };
      const afterPhrase = t[p.to]?.text === ',' ? t[p.to + 1] : t[p.to];
      const content = before ? span(t[firstWordIndex(t)].start, prevEnd(t, c)) : afterPhrase ? span(afterPhrase.start, end) : null;
      found.push({ phrase: p, cue, content, kind: 'according-to' });
      continue;
    }

    // ", adding to the strain" is not speech; ", adding that …" is.
    // "…, while saying …", "by saying …": so is one after a subordinating word.
    // (only a verb of saying: "while stressing salt-adapted organisms", "without conceding a goal" report nothing)
    const subordinate = !!(flags & PARTICIPIAL) && SAYING.test(w) && /^(while|by|after|before|since|upon)$/i.test(t[c - 1]?.text ?? '');
    if (flags & PARTICIPIAL && (subordinate || /^[,—–-]$/.test(t[c - 1]?.text ?? '') || (isQuoteClose(t[c - 1]) && /^[,']$/.test(t[c - 2]?.text ?? ''))) && !(w === 'adding' && t[c + 1]?.lower === 'to')) {
      const last = c + particleAfter(t, c);
      const clause = nextPunct('clause', last);
      let stop = clause > 0 ? t[clause - 1].end : end;
      let subject: Phrase | null;
      // "After saying he was nervous, the man asked …": the subject follows the opening clause
      // ("One month after announcing …" too: a short time before it).
      const first = firstWordIndex(t);
      if (subordinate && (c - 1 === first || (c - 1 - first <= 3 && t.slice(first, c - 1).every((x, i) => x.kind === 'number' || (x.kind === 'word' && (i === 0 || !isCapitalized(x))))))) {
        const comma = nextPunct(',', last);
        subject = comma > 0 ? phraseStartingAt(t, comma + 1, prose, vague) : null;
        if (comma > 0) stop = t[comma - 1].end;
      } else if (found.length) subject = found[found.length - 1].phrase;
      else {
        subject = clauseSubject(t, c, prose);
        if (subject) subject = withAside(subject, t, prose);
      }
      if (!subject) continue;
      found.push({ phrase: subject, cue: { start: tok.start, end: t[last].end, text: prose.slice(tok.start, t[last].end) }, content: span(t[last + 1]?.start ?? tok.end, stop), kind: 'participial' });
      continue;
    }

    // "Said Mr Bysshe: …" opens with the cue, the speaker after it ("Asked whether …" is a participle).
    if (c === firstWordIndex(t) && /^(Said|Says|Added|Asked)$/.test(tok.text) && (isCapitalized(t[c + 1]) || /^(the|a|an)$/i.test(t[c + 1]?.text ?? ''))) {
      const p = phraseStartingAt(t, c + 1, prose, vague);
      let from = p?.to ?? t.length;
      while (from < t.length && /^[:,]$/.test(t[from].text)) from++;
      if (p) found.push({ phrase: p, cue: cueOf(tok), content: from < t.length ? span(t[from].start, end) : null, kind: 'indirect' });
      continue;
    }
    const speech = !!(flags & SPEECH) || terms.cues.has(w);
    const particleWords = flags & PARTICLE ? particleAfter(t, c) : 0;
    const particle = particleWords > 0;
    const stance = !!(flags & STANCE) && (opensComplement(t, c + 1) || (!!(flags & TRANSITIVE) && takesObject(t, c + 1)) || closesInvertedQuote(t, c));
    if ((!speech && !particle && !stance) || (startsUpper(tok.text) && !headlineVerb(t, c)) || isNounAt(t, c)) continue;
    // The cue's last token: its particle, if any ("called for").
    const last = c + particleWords;
    if (w === 'said' && t[c + 1]?.lower === 'to' && t[c + 2]?.lower === 'be') continue;
    // "the West African state of Benin": "state" reports only before what is stated.
    if ((w === 'state' || w === 'states') && !/^(that|:)$/i.test(t[c + 1]?.text ?? '') && t[c + 1]?.kind !== 'quote') continue;
    if (!reportsHere(t, c)) continue;
    // A cue inside what someone else is reported to have said is part of their claim, not a new one:
    // "Trump claimed India had agreed to …" is Trump's. A second verb of the same subject is not:
    // "Wilson praised Rubio and said …" ends the first content at "and".
    let coordinated: Found | undefined;
    if (insideEarlierContent(tok)) {
      coordinated = coordinatedWith(t, c, found);
      // ("… because it wanted less scrutiny": wanting, with only an object, stays inside what is reported)
      if (!coordinated && WANTING.test(w) && !opensComplement(t, c + 1)) continue;
      // "…, the Times reported", "…, but Cook did not say when": a clause of its own, with its own subject.
      const cut = coordinated ? null : newClauseAt(t, c, found, prose) ?? (speech ? laterSpeech(t, c, found, prose) : undefined);
      if (!coordinated && !cut) continue;
      reach = Math.min(reach, (coordinated ?? cut)!.content?.end ?? -1);
    }

    // Passive: "O’Malley’s move was first reported by MSNBC"; without its auxiliary ("claims denied by
    // Labour") a participle modifies a noun and reports nothing.
    if (t[c + 1]?.lower === 'by') {
      const passive = passiveAt(t, c, prose, vague);
      if (passive) found.push(passive);
      continue;
    }
    // Source on the left: "Hegseth wrote", "he has said", "Indian officials criticized".
    let k = c - 1;
    let negated = false;
    let timeEnd = -1;
    for (;;) {
      // "is calling for", "has been pledging", "did say": a progressive's or emphatic auxiliary too
      while (k >= 0 && t[k].kind === 'word' && (isAdverb(t[k].text) || /^(not|never|n’t|n't)$/i.test(t[k].text) || (/ing$/.test(w) && /^(is|are|was|were|been|be|am)$/i.test(t[k].text)) || /^(do|does|did)$/i.test(t[k].text))) {
        if (/^(not|never)$/i.test(t[k].text)) negated = true;
        k--;
      }
      // "the Kentucky Republican on Tuesday dismissed", "X in a statement said"
      const skip = timeOrChannelBefore(t, k);
      if (!skip) break;
      timeEnd = Math.max(timeEnd, k);
      k -= skip;
    }
    // "Carson did not mention his rivals", "Cruz would not say when": a report of what someone did not
    // say is theirs too, the negation part of the cue; "has not confirmed" is the article's hedge instead.
    if (negated && (NOT_REPORTED.test(w) || t[c + 1]?.kind === 'punct')) continue;
    // The cue keeps its auxiliaries and adverbs ("has also said"), as annotators and readers do, but
    // not a time or channel before them ("on Tuesday dismissed").
    const cueFrom = Math.max(k, timeEnd) + 1;
    let cueStart = cueFrom < c ? t[cueFrom].start : tok.start;
    // "FEC records from the 2008 election cycle show": a document and what qualifies it.
    // (a time after it qualifies it: "a Marist poll released last week actually showed")
    const document = documentSubject(t, k, Math.max(k, timeEnd), c, prose);
    // Nouns that look like cues ("His comments", "Trump’s remarks", "the state") need a real subject.
    // ("phone calls", "terrorism fears": a bare singular noun before a plural one makes a compound)
    if (!document && NOUN_LIKE_CUES.has(w) && (k < 0 || (k === c - 1 && /^[a-z]+[^s]$/.test(t[k].text) && !STOPWORDS.has(t[k].text) && headType(t[k].text) === 'organization' && !/^(the|a|an|this|that|his|her|its|their|our)$/i.test(t[k - 1]?.text ?? '')) || /[’']s$/.test(t[k].text) || /^(his|her|their|its|our|my|your|the|a|an|this|that|these|those)$/i.test(t[k].text) || (k + 1 === c && isCapitalized(t[k]) && t[k - 1] && isCapitalized(t[k - 1]) === false && NATIONALITIES.has(t[k].lower)))) continue;
    // "Gov. John Kasich (R-OH) said": skip a bracketed party or age.
    let subjectEnd = document ? document.to - 1 : k;
    if (t[k]?.text === ')') {
      let j = k;
      while (j > 0 && t[j].text !== '(' && k - j < 8) j--;
      if (t[j].text === '(') k = j - 1;
    }
    let phrase = document ?? (k >= 0 ? phraseEndingAt(t, k, prose, vague) ?? (speech ? nounPhraseEndingAt(t, k, prose) : null) : null);
    // Whether the phrase ends right before the cue (or its bracket or asides): the subject span runs to there.
    let adjacent = !!phrase;
    // "The senator emailed supporters saying …", "the DNC issued a statement apologizing …": after an
    // object, an -ing verb hangs on the subject of its clause
    if (phrase && phrase.kind !== 'pronoun' && objectAt(t, phrase.from, w)) {
      phrase = clauseSubject(t, phrase.from, prose);
      adjacent = false;
    }
    let kind: Attribution['kind'] = 'indirect';
    // "Jaishankar, sharing a photo …, said", "Clinton, 35, the daughter of …, said": the name the
    // asides describe; "Jason Sims — a teacher from Mount Pleasant — says": an aside between dashes
    // ("…, such as the New Deal, that the economy grew, claimed Mr Brown": the source after the verb)
    if (!phrase && t[k]?.text === ',' && !isQuoteClose(t[k - 1]) && !(k === c - 1 && invertedSource(t, c, prose))) {
      ({ phrase, adjacent } = subjectPastCommas(t, k, prose, vague));
      subjectEnd = k - 1;
    }
    const dashed = !phrase ? subjectPastDashes(t, k, prose, vague, speech) : null;
    if (dashed) {
      phrase = dashed.phrase;
      subjectEnd = dashed.subjectEnd;
      adjacent = true;
    }
    // "Trump spoke to Modi and claimed …": the subject of the first verb.
    if (!phrase && coordinated) phrase = coordinated.phrase;
    // (a verb of speech only: "… but appear to be organized" has no speaker)
    if (!phrase && (speech || particle) && /^(and|but)$/i.test(t[k]?.text ?? '')) phrase = clauseSubject(t, k + 1, prose);
    // Inverted after a quote: "…,” said Hegseth.
    // (not a time or channel: "…,” Jeff Weaver, X, said in a statement")
    if (!phrase && (k < 0 || t[k].text === ',' || isQuoteClose(t[k])) && !PLACE_PREPOSITION.has(t[last + 1]?.lower ?? '') && !/^(on|during|by|with|to|for)$/.test(t[last + 1]?.lower ?? '')) {
      phrase = phraseStartingAt(t, last + 1, prose, vague) ?? (speech ? nounPhraseStartingAt(t, last + 1, prose) : null);
    }
    // "The report published Tuesday showed": a document and the participle that dates it.
    if (!phrase && k > 0 && /^(published|released|issued|conducted|filed|compiled|taken)$/.test(t[k].lower)) {
      const doc = phraseEndingAt(t, k - 1, prose, vague);
      if (doc && doc.type === 'document') {
        phrase = doc;
        subjectEnd = Math.max(k, timeEnd);
        adjacent = true;
      }
    }
    // "The Times is expected to endorse", "Trump wavered in answering": the subject of the verb chain, the chain the cue.
    const chain = !phrase && k > 0 && !PERCEPTION.test(w) ? chainSubject(t, k, prose) : null;
    if (chain) {
      phrase = chain.phrase;
      cueStart = t[chain.verb].start;
      subjectEnd = chain.phrase.to - 1;
      adjacent = true;
    }
    if (!phrase) continue;
    // "Britons who want a taste of France": a restrictive relative takes a verb of speech only.
    if (!speech && /^who$/i.test(phrase.text) && tokenAt(t, phrase.from - 1)?.text !== ',') continue;
    // "He’s predicting": the contraction's verb belongs to the cue.
    if (adjacent && phrase.to === k + 1 && phrase.end < t[k].end) cueStart = phrase.end;
    // The whole phrase: "Sen. Lindsey Graham (R-SC)", "Graham, a former candidate,", "the American Legion".
    if (adjacent && phrase.to <= c) phrase = widenSubject(spanned(phrase, t, phrase.from, subjectEnd + 1, prose), t, prose);
    else if (phrase.from > c) phrase = widenInverted(phrase, t, prose);
    if (phrase.kind === 'pronoun' && phrase.name === 'it' && !/^(said|says|added|announced|stated)$/.test(w) && !isQuoteClose(t[phrase.from - 1]) && tokenAt(t, phrase.from - 1)?.text !== ',') continue;
    if (phrase.kind === 'pronoun' && phrase.name === 'you') continue;

    const quote = quoteEndingBy(tok.start) ?? quoteStartingFrom(tok.end);
    const subjectFirst = phrase.start < tok.start;
    let content: Span | null | undefined;
    const quoteBefore = quoteEndingBy(Math.min(phrase.start, tok.start));
    let cueEnd = t[last].end;
    if (quoteBefore) {
      // "Carter placed a note in a “burn bag,” the Times reported": the whole clause the quote ends.
      const opening = subjectFirst && quoteBefore.end <= phrase.start && quoteBefore.start > t[firstWordIndex(t)].start;
      content = { start: opening ? t[connectiveEnd(t)].start : quoteBefore.start, end: quoteBefore.end };
      kind = 'direct-quote';
    } else if (subjectFirst && phrase.from > firstWordIndex(t) + 1 && t[phrase.from - 1]?.text === ',' && t[c + 1]?.text === ',' && t[c + 2]?.kind !== 'quote') {
      // "The pact, he said, will deepen …"
      content = span(t[firstWordIndex(t)].start, end);
      kind = 'parenthetical';
    } else if (!subjectFirst && c > firstWordIndex(t)) {
      content = span(t[connectiveEnd(t)].start, prevEnd(t, c));
    } else {
      let from = contentStart(t, Math.max(last, phrase.to - 1) + 1, w);
      // "Carter placed a note in a burn bag, the Times reported.": the clause before the source.
      if (from >= t.length - 1 && !t.slice(from).some((x) => x.kind === 'word') && t[phrase.from - 1]?.text === ',' && phrase.from - 1 > firstWordIndex(t)) {
        content = span(t[connectiveEnd(t)].start, prevEnd(t, phrase.from - 1));
        from = t.length;
      }
      // Reported content runs to the end of the sentence, to a semicolon that starts a new clause, or
      // to another speech act of the speaker's (", saying …", ", adding that …").
      const semi = nextPunct(';', from);
      const clause = nextPunct('clause', from);
      const aside = nextPunct('aside', from);
      let stop = semi > 0 ? t[semi - 1].end : end;
      if (clause > 0) stop = Math.min(stop, t[clause - 1].end);
      if (aside > 0) stop = Math.min(stop, t[aside - 1].end);
      // "Barkley, who said he votes democratic, said …": a relative clause's content ends with it.
      if (/^(who|which)$/i.test(t[phrase.from].text) && t[phrase.from - 1]?.text === ',') {
        const comma = nextPunct(',', from);
        if (comma > 0) stop = Math.min(stop, t[comma - 1].end);
      }
      // "released the following statement: “…”", "told reporters on Monday: “…”": the quote is the
      // content, and what leads to it is the cue's
      const lead = quote && from < t.length && quote.start > t[from].start && quote.start < stop ? quoteLead(t, last, from, quote.start) : null;
      if (lead) {
        from = lead.content;
        cueEnd = lead.cueEnd;
      }
      if (from < t.length) content = span(t[from].start, stop);
      else content ??= null;
      if (quote && quote.start >= tok.end) kind = 'direct-quote';
    }
    found.push({ phrase, cue: { start: cueStart, end: cueEnd, text: prose.slice(cueStart, cueEnd) }, content: content ?? null, kind });
  }
  return sentenceWideForms(t, prose, end, vague, found, nouns);
}

function hasCueWord(t: Token[], terms: UserTerms): boolean {
  const extra = terms.cues.size > 0;
  for (let i = 0; i < t.length; i++) {
    const tok = t[i];
    if (tok.info.cue !== 0 || (extra && tok.kind === 'word' && terms.cues.has(tok.lower))) return true;
  }
  return false;
}
