// The subject of a verb cue: the source before it (past a party bracket, asides, commas or dashes),
// the subject of a verb it is coordinated with or chained to ("Trump joked that …, but went on to
// say"), or after it when inverted. verb-cue.ts reads the cue; this finds who it is.
import type { Found } from './attribution';
import { chainAfterConjunction, chainSubject, clauseSubject, isAdverb, isQuoteClose, objectAt, takesObject } from './attribution-grammar';
import { TRANSITIVE } from './cue-words';
import { FINITE_AUXILIARIES_OR_DO, isPastTense, STOPWORDS } from './lexicon';
import { startsUpper } from './letters';
import { copyPhrase, phraseEndingAt, type Phrase } from './mentions';
import { phraseStartingAt } from './phrase-start';
import type { SentenceScan } from './sentence-scan';
import { nounPhraseEndingAt, nounPhraseStartingAt, spanned } from './source-extent';
import { agentOfAside, PLACE_PREPOSITION, subjectPastCommas, subjectPastDashes } from './subject-asides';
import { invertedSource, mayInvertAfterComma } from './later-speech';
import { RELATIVE_PRONOUN } from './name-types';
import { subjectEndingAt } from './subject-tails';
import { tokenAt } from './token-at';
import { quotedInAside } from './cue-left';
import type { Token } from './types';

export interface Subject {
  phrase: Phrase;
  /** Whether the phrase ends right before the cue (or its bracket or asides): the subject span runs to subjectEnd. */
  adjacent: boolean;
  subjectEnd: number;
  /** The first verb of a chain the cue ends ("is expected to endorse"), which starts the cue; else -1. */
  verb: number;
  /** Where the words before the cue end, past a bracketed party or age ("Gov. John Kasich (R-OH) said"). */
  k: number;
}

/** The cue's subject: before it, past asides; the subject of a verb it is coordinated with; or after it, inverted. */
export function subjectOf(scan: SentenceScan, c: number, last: number, k: number, timeEnd: number, speaking: boolean, speech: boolean, coordinated: Found | undefined, document: Phrase | null): Subject | null {
  const { t, prose, vague } = scan;
  // ("Sen. Jack Reed (D-R.I.), said …": a party bracket and a stray comma)
  if (tokenAt(t, k)?.text === ',' && tokenAt(t, k - 1)?.text === ')') {
    let j = k - 1;
    while (j > 0 && t[j].text !== '(' && k - j < 8) j--;
    // (or a person's nickname: "Md Abu Shadik ( Kayem), has alleged"; an acronym names the body of an aside: "…, Welsh secretary of the British Medical Association (BMA), welcomed")
    if (t[j].text === '(' && (/^[RDI](?:-|$)/.test(t[j + 1]?.text ?? '') || (k - j === 3 && startsUpper(tokenAt(t, j - 1)?.text ?? '') && /^\p{Lu}\p{Ll}+$/u.test(t[j + 1].text)))) k--;
  }
  // "Gov. John Kasich (R-OH) said": skip a bracketed party or age.
  let subjectEnd = document ? document.to - 1 : k;
  // ("Sen. Chris Murphy (a Connecticut Democrat so boyish he has been mistaken for a staffer) says": a longer aside that describes the name)
  if (tokenAt(t, k)?.text === ')') {
    let j = k;
    while (j > 0 && t[j].text !== '(' && k - j < 25) j--;
    if (t[j].text === '(' && (k - j < 8 || /^(a|an|the|who|whose)$/i.test(t[j + 1]?.text ?? ''))) k = j - 1;
  }
  let phrase = document ?? (k >= 0 ? subjectEndingAt(t, k, prose, vague, speech) ?? (speech ? nounPhraseEndingAt(t, k, prose) : null) : null);
  // ("none of the constitutional scholars I interviewed this week thought …": the noun before a
  // relative clause without its "that", whose subject is a pronoun)
  if (!phrase && k >= 3 && /^(i|we|he|she|they|you)$/.test(t[k - 1].lower) && /^[a-z]+ed$/.test(t[k].text) && t[k - 2].kind === 'word' && /^[a-z]+s$/.test(t[k - 2].text)) {
    phrase = subjectEndingAt(t, k - 2, prose, vague, speech) ?? nounPhraseEndingAt(t, k - 2, prose);
  }
  let adjacent = !!phrase;
  // "The senator emailed supporters saying …", "the DNC issued a statement apologizing …": after an
  // object, an -ing verb hangs on the subject of its clause
  if (phrase && phrase.kind !== 'pronoun' && objectAt(t, phrase.from, c)) {
    phrase = clauseSubject(t, phrase.from, prose);
    adjacent = false;
  }
  // "Jaishankar, sharing a photo …, said", "Clinton, 35, the daughter of …, said": the name the
  // asides describe; "Jason Sims — a teacher from Mount Pleasant — says": an aside between dashes
  // ("…, such as the New Deal, that the economy grew, claimed Mr Brown": the source after the verb)
  if (!phrase && tokenAt(t, k)?.text === ',' && !isQuoteClose(t[k - 1]) && !(k === c - 1 && mayInvertAfterComma(t, k, c) && invertedSource(t, c, prose))) {
    ({ phrase, adjacent } = subjectPastCommas(t, k, prose, vague));
    subjectEnd = k - 1;
  }
  // ("Mr. Manafort, citing ''the unique magic of Trump,'' said …", "Hemsley, the co-author of "Going
  // Viral," said …": an aside that ends in a quoted phrase, its comma inside the quote; "Abid Azam,
  // editor of the organization ‘Kaler Kolosh’, said": the comma outside it, though not where the
  // source follows the verb: "… a "welfare state …", said Mr Brown")
  if (!phrase) {
    let open = -1;
    let end = k;
    if (isQuoteClose(t[k])) {
      // (two apostrophes for a double mark close it too: "Trump,''")
      const close = t[k - 1]?.kind === 'quote' && t[k - 1].end === t[k].start ? k - 1 : k;
      if (t[close - 1]?.text === ',') open = quotedInAside(t, close);
    } else if (t[k]?.text === ',' && isQuoteClose(t[k - 1]) && !invertedSource(t, c, prose)) {
      open = quotedInAside(t, k - 1);
      end = k - 1;
    } else if (t[k]?.text === ',') {
      // ("Hemsley, the co-author of "Going Viral," about the rapid spread of information, said": the
      // quoted title's phrase goes on after it)
      let q = k - 1;
      while (q > 0 && k - q < 12 && t[q].kind === 'word' && /^[a-z]/.test(t[q].text)) q--;
      if (q < k - 2 && isQuoteClose(t[q]) && QUOTE_TAIL.has(t[q + 1].lower)) {
        const close = t[q - 1]?.kind === 'quote' && t[q - 1].end === t[q].start ? q - 1 : q;
        if (t[close - 1]?.text === ',') open = quotedInAside(t, close);
        end = k - 1;
      }
    }
    if (open > 0) {
      ({ phrase, adjacent } = subjectPastCommas(t, open, prose, vague));
      if (phrase) subjectEnd = end;
    }
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
  if (!phrase && /^(and|but)$/i.test(tokenAt(t, k)?.text ?? '')) {
    phrase = coordinatedSubject(t, c, k, speaking, prose);
    // ("The IMF said that the authorities' initial estimates have put …, but added that …": a subject
    // inside what an earlier cue reported is that clause's; the verb goes with the reporter)
    if (phrase && !RELATIVE_PRONOUN.test(phrase.text)) {
      for (let i = scan.found.length - 1; i >= 0; i--) {
        const f = scan.found[i];
        if (!f.content || f.kind !== 'indirect' || !SAYS_VERB.test(prose.slice(f.cue.start, f.cue.end)) || f.cue.end > f.content.start || f.content.start > phrase.start || f.content.end > t[k].start || f.content.end < phrase.end) continue;
        if (f.phrase.kind !== 'pronoun') phrase = f.phrase;
        break;
      }
    }
  }
  // Inverted after a quote: "…,” said Hegseth.
  // (not a time or channel: "…,” Jeff Weaver, X, said in a statement")
  // (never an -ing form: "…, commending Bangladeshi voters for …" has its object after it)
  // (after a verb that takes a person as its object, only right after a quote: in "Barbara Follett,
  // one of …, told researchers:" and "David Bell, accused some Islamic schools of …" it is the object)
  // (nor a complementizer: "Bangladesh Labour Party, has confirmed that its chairman …")
  // (nor a bare verb opening the sentence, an imperative: "Now consider the possibility that Perry …")
  if (!phrase && (k < 0 || t[k].text === ',' || isQuoteClose(t[k])) && (t[k]?.text !== ',' || quoteCloses(t, k) || mayInvertAfterComma(t, k, c)) && !t[c].lower.endsWith('ing') && !(k < 0 && !isPastTense(t[c].lower) && !t[c].lower.endsWith('s')) && t[last + 1]?.lower !== 'that' && !PLACE_PREPOSITION.has(t[last + 1]?.lower ?? '') && !/^(on|during|by|with|to|for)$/.test(t[last + 1]?.lower ?? '') && !(PERSON_OBJECT.test(t[c].lower) && !quoteCloses(t, k))) {
    phrase = phraseStartingAt(t, last + 1, prose, vague) ?? (speech ? nounPhraseStartingAt(t, last + 1, prose) : null);
    // (a phrase running over a finite verb is the reported clause, not its source: "Just shy of half,
    // 49%, say the sharing economy is an improvement")
    if (phrase && phrase.kind !== 'pronoun' && runsOverFiniteVerb(t, phrase)) phrase = null;
    // ("… earlier revealed Malti's face on Instagram": a possessive before its noun owns the object)
    // (right after a quote the possessive opens the speaker: "…,” said Clinton’s aide Jake Sullivan.")
    // ("said David Wyss of Moody's in New York": a firm's name in the possessive, a preposition after it)
    if (phrase && POSSESSIVE_END.test(t[phrase.to - 1].text) && t[phrase.to]?.kind === 'word' && !STOPWORDS.has(t[phrase.to].lower)) phrase = quoteCloses(t, k) ? ownedSpeaker(t, phrase, prose, vague) : null;
    // ("…, said it was cutting production": a pronoun before its verb is the reported clause's
    // subject, and the cue's own subject is the clause's: "Ford which posted a drop in sales, said it
    // …"; failing one the pronoun stays, as it mostly stands for the speaker: "…, Claudia Rosencrantz, said she had …")
    if (phrase?.kind === 'pronoun' && t[phrase.to]?.kind === 'word' && k > 0) phrase = clauseSubject(t, c, prose) ?? phrase;
  }
  // ("… that have educational elements said Mr Owen.": a person's name closing the sentence after a
  // verb of speech is its speaker, though copy lost the comma before the verb)
  // (and not a common noun's: "… a great success in every district said Anna Smith.")
  if ((!phrase || (adjacent && phrase.kind !== 'pronoun' && !startsUpper(phrase.text))) && speech && k >= 4 && t[k].kind === 'word' && INVERTED_SPEECH.test(t[c].lower) && last === c) {
    const named = startsUpper(t[c + 1]?.text ?? '') ? phraseStartingAt(t, c + 1, prose, vague) : null;
    if (named && named.kind === 'name' && named.type === 'person' && named.from === c + 1 && (named.role || named.name.includes(' ')) && (named.to === t.length || (named.to === t.length - 1 && t[named.to].text === '.'))) {
      phrase = named;
      subjectEnd = k;
    }
  }
  // ("…,” shop owner Hayriye Evren, told Associated Press", "David Bell, accused some schools": a
  // stray comma after the name before a verb whose object follows it)
  if (!phrase && t[k]?.text === ',' && PERSON_OBJECT.test(t[c].lower)) {
    const named = phraseEndingAt(t, k - 1, prose, vague);
    // (not the agent of an aside: "The Open Society Institute (OSI), financed by billionaire George Soros, has accused")
    if (named && named.kind === 'name' && (named.type === 'person' || named.type === 'organization') && !agentOfAside(t, named)) {
      phrase = named;
      subjectEnd = k - 1;
      adjacent = true;
    }
  }
  // "The report published Tuesday showed": a document and the participle that dates it.
  if (!phrase && k > 0 && /^(published|released|issued|conducted|filed|compiled|taken)$/.test(t[k].lower)) {
    let doc = phraseEndingAt(t, k - 1, prose, vague);
    // ("A CNN/ORC poll of South Carolina released on Tuesday showed": the document before "of" and what it covers)
    if (doc && doc.type !== 'document' && tokenAt(t, doc.from - 1)?.lower === 'of' && doc.from >= 2) {
      const head = phraseEndingAt(t, doc.from - 2, prose, vague);
      if (head?.type === 'document') doc = spanned(head, t, head.from, doc.to, prose);
    }
    if (doc && doc.type === 'document') return { phrase: doc, adjacent: true, subjectEnd: Math.max(k, timeEnd), verb: -1, k };
  }
  // "The Times is expected to endorse", "Trump wavered in answering": the subject of the verb chain, the chain the cue.
  const chain = !phrase && k > 0 && !PERCEPTION.test(t[c].lower) ? chainSubject(t, k, prose) : null;
  if (chain) return { phrase: chain.phrase, adjacent: true, subjectEnd: chain.phrase.to - 1, verb: chain.verb, k };
  // ("Trump joked that …, but went on to say": the subject of the clause the chain is joined to)
  // (only before what is said: not "went on to write and produce seven seasons")
  const joined = !phrase && speaking && k > 0 && (t[c + 1]?.kind === 'quote' || /^(that|,|:)$/.test(t[c + 1]?.text ?? '')) ? chainAfterConjunction(t, k) : -1;
  const joinedSubject = joined > 0 ? coordinatedSubject(t, joined, joined - 1, true, prose) : null;
  if (joinedSubject) return { phrase: joinedSubject, adjacent: false, subjectEnd, verb: joined, k };
  return phrase ? { phrase, adjacent, subjectEnd, verb: -1, k } : null;
}

/** Prepositions that go on with a quoted title in an aside: "the co-author of "Going Viral," about …,". */
const QUOTE_TAIL = new Set(['about', 'on', 'of', 'for', 'in', 'from', 'with', 'at']);
/** A cue of plain saying, whose that-clause the next verb after "but" or "and" does not continue. */
const SAYS_VERB = /\b(said|says|told|tells|stated|added|announced|noted|warned|claimed|insisted|argued|explained|acknowledged|admitted|described)\b/;

/** The speaker a possessive opens ("Clinton’s aide Jake Sullivan"), spanning both; null when no speaker follows it. */
function ownedSpeaker(t: Token[], owner: Phrase, prose: string, vague: Set<string> | undefined): Phrase | null {
  const owned = phraseStartingAt(t, owner.to, prose, vague);
  return owned && owned.kind !== 'pronoun' ? copyPhrase(owned, { from: owner.from, start: owner.start, text: prose.slice(owner.start, owned.end) }) : null;
}

/**
 * "Ali converted to Islam and refused to fight", "Trump said …, but agreed that …": a cue after "and"
 * or "but" with no subject of its own hangs on its clause's subject. A verb of speech always; a
 * stance verb when finite and followed by a clause, an infinitive or, for verbs that take one, an
 * object, as after its own subject the first two words of a noun phrase would do ("signed to a label
 * and released her first single", "employed several lobs and charged to the net": deeds). Not after
 * a form of "be", where it is a passive participle ("which is its only ally and considered the only
 * country …"); "seemed" and "appeared" there only say how something looked.
 */
function coordinatedSubject(t: Token[], c: number, k: number, speaking: boolean, prose: string): Phrase | null {
  const w = t[c].lower;
  if (!speaking && (!isPastTense(w) || w === 'seemed' || w === 'appeared' || !(clauseOrInfinitive(t, c + 1) || (t[c].info.cue & TRANSITIVE && takesObject(t, c + 1))))) return null;
  const p = clauseSubject(t, k + 1, prose, /^[a-z]+[^su]s$/.test(w));
  if (!p || speaking) return p;
  let n = p.to;
  while (n < k && isAdverb(t[n].text)) n++;
  return /^(is|are|was|were|be|been)$/i.test(t[n]?.text ?? '') ? null : p;
}

/** Verbs whose first noun phrase after them is the person addressed or judged: never their source, but after a quote. */
const PERSON_OBJECT = /^(told|tells|tell|informed|informs|assured|assures|reminded|reminds|urged|urges|asked|asks|accused|accuses|blamed|blames|criticised|criticized|criticises|criticizes|praised|praises|thanked|thanks|congratulated|congratulates|condemned|condemns)$/;

/** Whether token k closes a quote, or is the comma right after one ("…,” told …", "…", told …). */
const quoteCloses = (t: Token[], k: number): boolean => k >= 0 && (isQuoteClose(t[k]) || (t[k].text === ',' && k > 0 && isQuoteClose(t[k - 1])));

const POSSESSIVE_END = /['’]s$/;

const CLAUSE_OPENER = /^(that|whether|if|how|why|what|when)$/;
const NOT_INFINITIVE = /^(the|a|an|his|her|their|its|our|my|this|that|these|those|him|them|me|us|court|date)$/;
/** Whether a clause, a quote or an infinitive starts at token i: "that …", "to fight", not "to the net". */
function clauseOrInfinitive(t: Token[], i: number): boolean {
  while (i < t.length && t[i].kind === 'word' && isAdverb(t[i].text)) i++;
  const x = t[i];
  if (!x) return false;
  if (x.kind === 'quote' || x.text === ':' || CLAUSE_OPENER.test(x.lower)) return true;
  const v = t[i + 1];
  return x.lower === 'to' && !!v && v.kind === 'word' && /^[a-z]+$/.test(v.text) && !NOT_INFINITIVE.test(v.text);
}

/** Verbs of perception and offer that after "to" name an act, not a report ("went to see", "tried to find"). */
export const PERCEPTION = /^(see|sees|seeing|find|finds|finding|know|knows|knowing|understand|assume|appear|appears|seem|seems|offer|offers|defend|request|write|challenge|thank|raise|ask|tell|prove|demonstrate)$/;
/** Verbs of saying that may come before their source: "…,” said Smith". */
export const INVERTED_SPEECH = /^(said|says|added|claimed|argued|insisted|explained|noted)$/;

/** Whether a phrase holds a finite auxiliary outside a relative clause of its own ("people who have lost …"). */
function runsOverFiniteVerb(t: Token[], p: Phrase): boolean {
  for (let i = p.from + 1; i < p.to; i++) {
    if (RELATIVE_PRONOUN.test(t[i].text)) return false;
    if (FINITE_AUXILIARIES_OR_DO.has(t[i].lower)) return true;
  }
  return false;
}
