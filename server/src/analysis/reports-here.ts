// Verbs that report only in some uses, told apart by the words around them: "polls show he leads"
// but "the hit CW show"; "added that …" but "added to her lead" or "added 4%"; "found that" but
// "found it" or "oil finds, but"; "released a statement" but "a poll released Monday".
import { closesInvertedQuote, closesQuoteAfterComma, isAdverb, looksLikeVerb } from './attribution-grammar';
import { tokenAt } from './token-at';
import { DOCUMENT_HEADS, isDocumentHead } from './name-types';
import type { Token } from './types';

/** Documents that close a sentence with "shows" too: "…, a Quinnipiac University poll shows." (not "a TV show."). */
const EVIDENCE = /^(records|documents|reports|data|polls|figures|results|filings|emails|statistics|surveys|studies|numbers|poll|survey|study|analysis|report|review|audit|tally|count|census)$/;
const CONDITIONAL_CUES = new Set('show shows showed shown posted continue continues continued continuing added adds add found finds released published issued called states compared likened maintain maintains maintained prove proves proved proving read reads alleged plans told tells'.split(' '));
/** What may follow "maintained" or "proved" when they report: a clause, a quote ("maintained that …", "he maintained: “…”"). */
const CLAUSE_NEXT = /^(that|he|she|they|we|i|it|there|how|what|why|whether)$/;
/** Words that end the look back from "called" for the article of a noun it names: "after Trump called …". */
const STOP_BACK = /^(the|this|that|these|those|his|her|their|its|our|and|but|or|after|before|when|while|as|if|because|who|which|has|have|had|is|was|are|were|will|would|also|then|for|of|in|at|on|with|from|by|to)$/;
const isFigure = (x: Token | undefined): boolean => !!x && (x.kind === 'number' || /^[£$€¥₹]/.test(x.text) || /^(tk|bdt|rs|inr|usd|eur|gbp)$/i.test(x.text));

/** Whether the cue word at c reports here (most cue words always do). */
export function reportsHere(t: Token[], c: number): boolean {
  const w = t[c].lower;
  if (!CONDITIONAL_CUES.has(w)) return true;
  // ("people alleged to have traded copyrighted songs": a participle after the accused, no one's allegation)
  if (w === 'alleged') return !(t[c + 1]?.lower === 'to' && /^(have|be|been|having)$/.test(t[c + 2]?.lower ?? ''));
  // ("his upcoming Apple Music show The 411", "his TV show than on research": the noun after a
  // word that qualifies it, no document; "polls show", "the survey shows" report)
  if ((w === 'show' || w === 'shows') && showIsNoun(t, c)) return false;
  // ("…, records show." closes the sentence after its documents)
  // ("…, FEC records compiled by the Center for Responsive Politics show.": the document further back)
  if (w === 'show' || w === 'shows' || w === 'showed') return (!!t[c + 1] && t[c + 1].kind !== 'punct' && !/^(is|was|are|were|has|had|host|hosts|which|who|can|could|will|would|may|might|must|should)$/.test(t[c + 1].lower)) || (/^[.,]$/.test(t[c + 1]?.text ?? '') && evidenceBefore(t, c));
  // "Every recent poll has shown him trailing": the perfect only ("the ad shown on Fox" reports nothing)
  // ("Recent polls have similarly shown …": past an adverb; "…, other studies have shown.": closing the sentence)
  if (w === 'shown') {
    const perfect = (i: number): boolean => /^(has|have|had)$/.test(tokenAt(t, i)?.lower ?? '');
    const aux = perfect(c - 1) ? c - 1 : c - 2;
    if (!perfect(aux) || (aux === c - 2 && !isAdverb(t[c - 1].text))) return false;
    return (!!t[c + 1] && t[c + 1].kind !== 'punct' && !/^(up|off|by|to|in|on)$/.test(t[c + 1].lower)) || (/^[.,]$/.test(t[c + 1]?.text ?? '') && evidenceBefore(t, aux));
  }
  if (/^continu(e|es|ed|ing)$/.test(w)) return closesInvertedQuote(t, c) || t[c + 1]?.text === ':' || t[c + 1]?.kind === 'quote' || (t[c + 1]?.text === ',' && t[c + 2]?.kind === 'quote');
  // "Clinton maintains a commanding lead", "the primary proved the most devastating": no report
  // before an object or a complement, only before a clause or a quote
  // (or after the clause it reports, closing the sentence: "…, Blackwell maintains.")
  if (/^(maintain|maintains|maintained|prove|proves|proved|proving)$/.test(w)) return CLAUSE_NEXT.test(t[c + 1]?.lower ?? '') || t[c + 1]?.kind === 'quote' || t[c + 1]?.text === ':' || closesInvertedQuote(t, c) || clauseAfter(t, c + 1) || (w.startsWith('maintain') && closesAfterComma(t, c));
  // "One message read “anybodybuttrump.us”", "“…,” read one.": what is written, given word for word
  if (w === 'read' || w === 'reads') return t[c + 1]?.kind === 'quote' || t[c + 1]?.text === ':' || closesInvertedQuote(t, c) || closesQuoteAfterComma(t, c - 1);
  // ("total revenues added 4%", "the U.S. added around 292,000 jobs": a figure added is no report;
  // nor "added to her lead", unless after a quote to whom it was said: "“…,” Trump added to People.")
  if (w === 'added' || w === 'adds' || w === 'add') {
    const next = t[c + 1];
    if (next?.lower === 'to') return /^\p{Lu}/u.test(t[c + 2]?.text ?? '') && t.slice(0, c).some((x) => x.kind === 'quote');
    // ("That adds its own pressure": a thing added, unless a clause or a quote follows, or a quote
    // its comma closes comes before: "“…,” added his campaign manager Jeff Weaver")
    if (/^(its|his|her|their|our)$/.test(next?.lower ?? '') && !reportFollows(t, c + 2) && !closesQuoteAfterComma(t, c - 1)) return false;
    return next?.lower !== 'up' && !isFigure(next) && !(/^(around|about|nearly|almost|some|another|over|more|roughly|only|just)$/.test(next?.lower ?? '') && isFigure(t[c + 2]));
  }
  // "the BCC found confidence increased", but "I found myself a student", "found it before the flight"
  // ("has found ways to press his agenda": a discovery, not a finding)
  // ("after a number of oil finds, but …": a noun before a comma, unless it closes a quote)
  // ("Kujda found five other people who were interested", "Joe Shaw found Dave Walder, who …", "We found
  // a statue of him", "the mistakes found under the current system": people or things found, a participle)
  if (w === 'found' || w === 'finds') {
    const next = t[c + 1]?.lower ?? '';
    // (a place or time after it: a participle, "the mistakes found under the current system"; not after
    // its subject: "…, she found in her research")
    if (/^(under|in|on|at|during|by)$/.test(next) && !/^(he|she|they|we|i|it)$/i.test(t[c - 1]?.text ?? '') && !/^\p{Lu}/u.test(t[c - 1]?.text ?? '')) return false;
    // ("The report found it was part of a long-standing problem": a pronoun before its finite verb opens the finding)
    if (/^(it|they|he|she)$/.test(next) && /^(is|was|are|were|has|had|have|would|could|will|did|does|may|might)$/.test(t[c + 2]?.lower ?? '')) return true;
    return !/^(myself|himself|herself|themselves|itself|ourselves|it|them|him|her|ways)$/.test(next) && (t[c + 1]?.text !== ',' || closesInvertedQuote(t, c)) && (documentBefore(t, c) || !thingFound(t, c));
  }
  // "Trump compared Clinton to Nixon", but "758 delegates, compared to Cruz’s 538"
  // ("a six-pointed star likened to the Star of David": the participle of a thing compared)
  // (not after its subject and auxiliary: "which he has likened to the Marshall Plan")
  if (w === 'compared' || w === 'likened') return !/^(to|with)$/.test(t[c + 1]?.lower ?? '') || /^(has|have|had|he|she|they|it|we|i|who|also|once|repeatedly|often)$/i.test(tokenAt(t, c - 1)?.text ?? '');
  // "The campaign posted on Facebook", but "A statement posted on the website said": a participle after a document
  if (w === 'posted') return !(DOCUMENT_HEADS.has(tokenAt(t, c - 1)?.lower ?? '') && /^(on|to|in|online|by|at)$/.test(t[c + 1]?.lower ?? ''));
  // "released a statement", but "a poll released Monday"
  if (w === 'released' || w === 'published' || w === 'issued') return /^(a|an|the|his|her|their|its|our|this|these|new)$/.test(t[c + 1]?.lower ?? '');
  // "Trump called it a disgrace", but "a program called Sandy Hook Promise", "a super PAC called
  // Future45", "called off the rally", "Mr. Obama called Naghmeh Abedini." (on the telephone)
  if (w === 'called') {
    // ("called off the rally", "called into a radio show", "called in sick")
    if (/^(off|into|in)$/.test(t[c + 1]?.lower ?? '') || t[c + 1]?.text === '.') return false;
    let j = c + 1;
    while (j < t.length && (/^\p{Lu}/u.test(t[j].text) || (t[j].text === '.' && t[j + 1] && /^\p{Lu}/u.test(t[j + 1].text)))) j++;
    if (j > c + 1 && (j === t.length || (t[j].text === '.' && j === t.length - 1))) return false;
    // ("Obama called both candidates Tuesday night": a telephone call, the people called then a time)
    if (calledWhen(t, c)) return false;
    // ("Lawyers … have called a company whistleblower as their first witness": summoned as someone)
    if (/^(a|an|the|their|his|her|its)$/.test(t[c + 1]?.lower ?? '')) for (let k = c + 2; k < t.length && k - c <= 5 && t[k].kind === 'word'; k++) if (t[k].lower === 'as') return false;
    // ("a Baton Rouge newspaper called on Clinton to …": the verb and its particle)
    if (/^(on|upon|for)$/.test(t[c + 1]?.lower ?? '')) return true;
    for (let k = c - 1; k >= 0 && c - k <= 5 && t[k].kind === 'word'; k--) {
      if (/^(a|an)$/i.test(t[k].text)) return false;
      if (STOP_BACK.test(t[k].lower)) break;
    }
  }
  // ("All told, the groups spent …": in all; "It told the story of tomato pickers": a narrative, no report)
  if (w === 'told' || w === 'tells') return !((t[c - 1]?.lower === 'all' && t[c + 1]?.text === ',') || (/^(the|a|its|their|his|her)$/.test(t[c + 1]?.lower ?? '') && /^(story|stories|tale|tales)$/.test(t[c + 2]?.lower ?? '')));
  // ("C2I plans to reforest …", but "those 529 college savings plans that your state offers": the noun)
  if (w === 'plans' && !/^(to|on)$/.test(t[c + 1]?.lower ?? '')) return false;
  // "Trump states that …", but "the four states that voted Tuesday"
  if (w === 'states') return !(t[c + 1]?.lower === 'that' && looksLikeVerb(t[c + 2]?.text ?? ''));
  return true;
}

const FINITE = /^(is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|did|does|do|won’t|won't)$/;
/** Whether a clause starts at i: a few words of its subject, then a finite verb ("maintained the case has no place …", "maintained the Oscars only generated …"). */
function clauseAfter(t: Token[], i: number): boolean {
  for (let j = i; j < t.length && j - i < 5; j++) {
    if (t[j].kind !== 'word') return false;
    if ((j > i && FINITE.test(t[j].lower)) || (j > i + 1 && /^[a-z]+ed$/.test(t[j].text))) return true;
  }
  return false;
}

/**
 * Whether a document heads the subject of the verb at c: what it "found" is a finding, figures
 * included ("A 2014 study by Loyola Law School professor Justin Levitt found 31 incidents").
 */
function documentBefore(t: Token[], c: number): boolean {
  for (let j = c - 1; j >= 0 && c - j <= 10; j--) {
    const x = t[j];
    if (x.kind !== 'word' && x.kind !== 'number') return false;
    if (isDocumentHead(x)) return true;
    if (/^(that|which|who|and|but|or|when|after|because|until|before|since|as|if|while|where|to)$/.test(x.lower)) return false;
  }
  return false;
}

const FOUND_THINGS = /^(statue|body|bodies|weapon|weapons|gun|guns|cache|bag|bags|car|note|remains|skull|grave|graves|work|job|jobs|refuge|shelter|home|partner|buyer|buyers|backer|backers|sponsor|sponsors|space|room|place)$/;
/**
 * Whether what "found" takes at c is a thing or people found, not a finding: a number of people or
 * things with no clause of their own ("five other people who were interested"), a name closed by a
 * comma or the sentence ("Dave Walder, who …"), or a thing found ("a statue", "a buyer").
 */
function thingFound(t: Token[], c: number): boolean {
  const next = t[c + 1];
  if (!next || next.lower === 'that') return false;
  // (a share is a finding: "found 60% of women in the film industry hold degrees")
  if ((next.kind === 'number' && !next.text.endsWith('%') && !/^(percent|per|of)$/.test(t[c + 2]?.lower ?? '')) || /^(two|three|four|five|six|seven|eight|nine|ten|several|dozens|hundreds|thousands)$/.test(next.lower)) {
    for (let j = c + 2; j < t.length && j - c < 8; j++) {
      if (/^(who|which|whom|where)$/.test(t[j].lower)) return true;
      if (/^(is|are|was|were|had|has|have|would|will|could|should|did)$/.test(t[j].lower)) return false;
    }
    return true;
  }
  if (/^\p{Lu}/u.test(next.text)) {
    let j = c + 1;
    while (j < t.length && /^\p{Lu}/u.test(t[j].text)) j++;
    return j > c + 2 && (t[j]?.text === ',' || t[j]?.text === '.' || j === t.length);
  }
  const head = /^(a|an|the|his|her|their|its)$/.test(next.lower) ? t[c + 2] : undefined;
  return !!head && FOUND_THINGS.test(head.lower) && !/^(is|are|was|were|had|has|have|would|will|could)$/.test(t[c + 3]?.lower ?? '');
}

const CALL_TIMES = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|last|this|on|late|early|twice|again)$/i;
/** Kinds of show named before the noun: "the reality TV show", "the air show". */
const SHOW_KINDS = new Set('tv television reality news talk game chat radio cooking quiz comedy talent cable morning late-night breakfast music fashion road trade air motor'.split(' '));
/**
 * Whether "show" or "shows" at c is the noun: after a kind of show, or a possessive or article and a
 * qualifying word that is no document ("his TV show", "the hit CW show"), or before a title or "than".
 */
function showIsNoun(t: Token[], c: number): boolean {
  const before = tokenAt(t, c - 1);
  // ("Their correspondence shows that …": a clause after it makes it the verb)
  if (!before || before.kind !== 'word' || CLAUSE_NEXT.test(t[c + 1]?.lower ?? '')) return false;
  if (/^(than|host|hosts|business|guests|runner|runners|floor)$/.test(t[c + 1]?.lower ?? '') || (/^(The|A)$/.test(t[c + 1]?.text ?? '') && t[c + 2]?.kind !== 'punct')) return true;
  // ("the reality TV show “The Apprentice”", "the MSNBC show ''Morning Joe''", "ABC’s TV show Scandal", "the Daily show on Sirius")
  if (SHOW_KINDS.has(before.lower) || t[c + 1]?.kind === 'quote' || (t[c + 1]?.lower === 'on' && /^\p{Lu}/u.test(before.text))) return true;
  // ("The Fox show proved a ratings flop": a broadcaster's show, then the clause's own verb and its object)
  if (/^\p{Lu}/u.test(before.text) && t[c].lower === 'show' && /^[a-z]+ed$/.test(t[c + 1]?.text ?? '') && /^(a|an|the)$/.test(tokenAt(t, c + 2)?.lower ?? '')) return true;
  return /^(his|her|their|its|my|our|your|a|an)$/.test(tokenAt(t, c - 2)?.lower ?? '') && !/s$/.test(before.lower) && !DOCUMENT_HEADS.has(before.lower) && !EVIDENCE.test(before.lower);
}

/** Whether the cue at c closes its sentence after a comma and the few words of its subject: "…, Blackwell maintains." */
function closesAfterComma(t: Token[], c: number): boolean {
  if (!/^[.!]$/.test(t[c + 1]?.text ?? '') || t.slice(c + 2).some((x) => x.kind === 'word')) return false;
  let j = c - 1;
  while (j >= 0 && c - j <= 5 && t[j].kind === 'word') j--;
  return j > 0 && j < c - 1 && t[j].text === ',' && !/^(which|who|that|whom)$/.test(t[j + 1].lower);
}

/** Whether a document noun comes in the words right before c, back to the clause's comma: "records compiled by the Center … show". */
function evidenceBefore(t: Token[], c: number): boolean {
  for (let j = c - 1; j >= 0 && c - j <= 12 && t[j].kind !== 'quote' && !/^[,;:]$/.test(t[j].text); j--) if (EVIDENCE.test(t[j].lower)) return true;
  return false;
}

/** Whether "called" at c takes people and then a time ("called both candidates Tuesday night", "called him on Sunday"). */
function calledWhen(t: Token[], c: number): boolean {
  for (let j = c + 1; j < t.length && j - c <= 4; j++) {
    if (t[j].kind !== 'word') return false;
    if (j > c + 1 && CALL_TIMES.test(t[j].text)) return /^(him|her|them|both|each|every|all|the|his|their)$/i.test(t[c + 1].text) || /^\p{Lu}/u.test(t[c + 1].text);
    if (t[j].info.cue || t[j].kind !== 'word' || /^(a|an|that|as|for|to)$/.test(t[j].lower)) return false;
  }
  return false;
}

/** Whether a "that", a quote, a colon or a finite verb comes in the sentence's clause after token i. */
function reportFollows(t: Token[], i: number): boolean {
  // (a long subject may come first: "added its bid to acquire a controlling stake in …, was being considered")
  for (let j = i; j < t.length && j - i < 30 && (t[j].kind !== 'punct' || t[j].text === ',' || t[j].text === ':'); j++) if (t[j].lower === 'that' || t[j].kind === 'quote' || t[j].text === ':' || FINITE.test(t[j].lower)) return true;
  return false;
}
