// The subject of a cue that asides stand between: "Jaishankar, sharing a photo …, said", "Clinton,
// 35, the daughter of …, said", "Jason Sims — a teacher from Mount Pleasant — says". Readers mark an
// aside that describes the subject as part of the source, and a clause ("sharing a photo …") not.
import { closesQuoteAfterComma, isQuoteClose, looksLikeVerb } from './attribution-grammar';
import { copyPhrase, firstWordIndex, isCapitalized, phraseEndingAt, type Phrase } from './mentions';
import { phraseStartingAt } from './phrase-start';
import { PERSON_NOUN, RELATIVE_PRONOUN } from './name-types';
import { describes, isAppositive, isRelative, nounPhraseEndingAt, spanned, widenSubject } from './source-extent';
import { STOPWORDS, TITLE_WORDS } from './lexicon';
import type { Token } from './types';
import { tokenAt } from './token-at';

export const PLACE_PREPOSITION = new Set(['of', 'from', 'in', 'at']);
/** Words that open an aside qualifying the subject before them: "A Fox News poll, conducted jointly with …,", "New Jersey officials, including Gov. Chris Christie,". */
const QUALIFYING = /^(including|like|conducted|funded|financed|owned|founded|chaired|headed|led|backed|released|published|taken|commissioned|sponsored|paid)$/;
const LEAD = /^(and|but|yet|so|still|however|meanwhile)$/i;
/** Words that open a subordinate clause, its subject right after: "When the FBI director, James Comey, said …". */
const SUBORDINATOR = /^(when|as|while|after|because|although|though|if|since|before|once|until)$/i;
/** Whether only connectives, or one subordinating word first, stand between the sentence start and token i. */
const opensClauseBefore = (t: Token[], i: number): boolean => {
  const first = firstWordIndex(t);
  return t.slice(first, i).every((x, k) => LEAD.test(x.text) || (k === 0 && SUBORDINATOR.test(x.text)));
};

/**
 * The subject before up to three comma-bounded asides that end at the comma k before the cue, and
 * whether the asides belong to it (an appositive: "Graham, a former candidate,") or not (a clause).
 */
export function subjectPastCommas(t: Token[], k: number, prose: string, vague?: Set<string>): { phrase: Phrase | null; adjacent: boolean } {
  let phrase: Phrase | null = null;
  let j = k;
  let place: Phrase | null = null;
  let firstComma = -1;
  for (let asides = 0; asides < 3 && !phrase; asides++) {
    j--;
    // (a possessive's apostrophe is no quote: "Jeff Weaver, Sanders’ campaign manager, said")
    // (nor a quoted phrase inside the aside: "Jack Straw, who argues it reflected a "British vision
    // for Europe" and gives …, has said"; a quote closed by its comma may be what the cue reports)
    while (j >= 0 && t[j].text !== ',' && !(isQuoteClose(t[j]) && !possessiveMark(t, j) && !quotedPhraseAt(t, j, k))) j--;
    if (j <= 0 || t[j].text !== ',') break;
    if (asides === 0) firstComma = j;
    // ("Sen. Ted Cruz (R-Texas), also a GOP presidential hopeful, called": past the party bracket)
    let end = j - 1;
    if (t[end]?.text === ')') while (end > 0 && j - end < 8 && t[end].text !== '(') end--;
    // (a party bracket only, not an acronym: "the Information Society (WSIS),"; but an acronym
    // before a participle's aside stands for the body: "The Open Society Institute (OSI), financed by …,")
    if (!(t[end]?.text === '(' && (/^[RDI](?:-|$)/.test(t[end + 1]?.text ?? '') || (/^[A-Z]{2,6}$/.test(t[end + 1]?.text ?? '') && end + 2 === j - 1 && QUALIFYING.test(t[j + 1]?.lower ?? ''))))) end = j;
    phrase = phraseEndingAt(t, t[end]?.text === '(' ? end - 1 : j - 1, prose, vague);
    // (a group must open the sentence, after at most a conjunction: "Yet Democratic economists, like …, say")
    // ("A new poll, conducted by …, shows": with the words that only qualify its head)
    if (phrase && phrase.kind !== 'name') phrase = widenSubject(phrase, t, prose);
    // (or follow the quote it reports: "“…,” the White House spokesman, Josh Earnest, said")
    // ("The tool is new, a spokeswoman, Anna White, said": a role after the clause it reports, its holder named in the aside)
    // ("The efforts, which Apple's chief executive, Tim Cook, called …": or open a relative clause whose object its pronoun is)
    if (phrase && phrase.kind !== 'name' && !closesQuoteAfterComma(t, phrase.from - 1) && !opensClauseBefore(t, phrase.from) && !(asides === 0 && phrase.kind === 'role' && (tokenAt(t, phrase.from - 1)?.text === ',' || /^(which|whom)$/.test(tokenAt(t, phrase.from - 1)?.lower ?? '')) && isCapitalized(t[j + 1]))) phrase = null;
    // (nor the agent of a participle's aside: "The Open Society Institute (OSI), financed by billionaire George Soros, has accused")
    if (phrase && agentOfAside(t, phrase)) phrase = null;
    // (nor a body the aside names: "Syeda Rizwana Hasan, Adviser to the Ministry of Environment, Forest …, has said")
    if (phrase && phrase.type !== 'person' && bodyInAside(t, phrase.from)) phrase = null;
    // (nor a verb's object: "Facebook created the tool, a spokeswoman, Anna White, said" is not the tool's)
    if (phrase && asides > 0 && phrase.from > 0 && t[phrase.from - 1].kind === 'word' && looksLikeVerb(t[phrase.from - 1].text)) phrase = null;
    // ("Brianne Stone, 29, of Huntsville, Ala., says": a place after its preposition describes the person further back)
    if (phrase && !place && PLACE_PREPOSITION.has(tokenAt(t, phrase.from - 1)?.lower ?? '')) {
      place = phrase;
      phrase = null;
    }
  }
  // (failing a person further back, the place is read as before)
  const fromPlace = !!place && !(phrase?.kind === 'name' && phrase.type === 'person');
  // ("a woman in Worcester, Massachusetts, told": the person the place follows, with the place)
  const placed = fromPlace && place!.from >= 2 && /^(in|from|at)$/.test(t[place!.from - 1].lower) ? phraseEndingAt(t, place!.from - 2, prose, vague) : null;
  if (fromPlace) phrase = placed && placed.type === 'person' && placed.kind !== 'pronoun' ? spanned(placed, t, placed.from, place!.to, prose) : place;
  // ("The chairman of the company, John Smith, said": the name between the commas, not the body the role is of)
  if ((!phrase || fromPlace) && firstComma > 0) {
    const described = nameAfterDescription(t, firstComma, k, prose, vague);
    if (described) return { phrase: described, adjacent: true };
  }
  // ("A delegation of specialists, led by Erik Solheim, expressed": failing a name, a common noun
  // phrase that opens the sentence before a participle's aside)
  if (!phrase && firstComma > 0 && /(?:ed|led)$/.test(tokenAt(t, firstComma + 1)?.lower ?? '')) phrase = nounPhraseEndingAt(t, firstComma - 1, prose);
  // an appositive ("Graham, a former candidate,") is part of the source; a clause ("sharing a photo …") is not
  let aside = phrase ? phrase.to + 1 : 0;
  if (phrase && t[phrase.to]?.text === '(') {
    while (aside < k && t[aside - 1].text !== ')') aside++;
    // (the party bracket belongs to the name whatever follows)
    if (tokenAt(t, aside - 1)?.text === ')') phrase = spanned(phrase, t, phrase.from, aside, prose);
    if (t[aside]?.text === ',') aside++;
  }
  if (t[aside]?.lower === 'also') aside++;
  const adjacent = !!phrase && (isAppositive(t, aside) || isRelative(t, aside) || (phrase.kind === 'name' && describes(t, aside, true)) || (QUALIFYING.test(t[aside]?.lower ?? '') && !RELATIVE_PRONOUN.test(phrase.text)));
  return { phrase: phrase && adjacent ? namedInAside(phrase, t, aside, k, prose) : phrase, adjacent };
}

/** Whether the phrase is, or opens with, the agent of a participle: "financed by billionaire George Soros", "(…, led by Erik Solheim,)". */
export function agentOfAside(t: Token[], p: Phrase): boolean {
  // (the participle opens the aside, after its comma: not "Documents released by the US Department of Justice, …, suggest")
  const opensAside = (participle: number): boolean => participle > 0 && /^[a-z]+ed$/.test(t[participle].text) && t[participle].lower !== 'said' && t[participle - 1].text === ',';
  for (let k = p.from; k < p.to && k <= p.from + 1; k++) if (t[k].lower === 'by' && opensAside(k - 1)) return true;
  return p.from > 1 && t[p.from - 1].lower === 'by' && opensAside(p.from - 2);
}

/**
 * "The author of the book, Tom Reed, said", "The BBC's correspondent in Jakarta, Rachel Harvey,
 * told": a role whose holder the aside names is that person, the role theirs; else the phrase.
 */
function namedInAside(phrase: Phrase, t: Token[], aside: number, k: number, prose: string): Phrase {
  // ("A spokesman for the ministry, Ali Khan,": the aside names the body's spokesperson, who speaks)
  const roleFrom = phrase.type === 'organization' || phrase.type === 'media' ? personBeforeLink(t, phrase.from) : -1;
  if (roleFrom >= 0) {
    const role = copyPhrase(phrase, { from: roleFrom, start: t[roleFrom].start, text: prose.slice(t[roleFrom].start, phrase.end), kind: 'role', type: 'person' });
    const named = namedInAside(role, t, aside, k, prose);
    // (unless the aside describes the body: "A spokesman for Unison, Britain's biggest union,")
    return named === role ? phrase : named;
  }
  // (a role in lower case: "Graham, a former candidate," is already a name; a title is a role
  // however written: "Palantir's CEO, Alex Karp,")
  if ((phrase.type !== 'person' && phrase.kind !== 'role') || (phrase.kind !== 'role' && !/\b[a-z]{3,}/.test(phrase.text.replace(/^(the|a|an)\s+/i, '')))) return phrase;
  // ("a spokesman for the prosecutor, Alan Hevesi,": the aside names the prosecutor, not the spokesman)
  if (PERSON_NOUN.test(t[phrase.to - 1].lower)) for (let i = phrase.to - 2; i > phrase.from; i--) if (/^(for|of|to)$/.test(t[i].lower)) return phrase;
  const named = phraseStartingAt(t, aside, prose);
  if (!named || named.kind !== 'name' || named.type !== 'person' || named.from !== aside || !isCapitalized(t[aside]) || named.to !== k || named.to - named.from < 2) return phrase;
  const role = prose.slice(phrase.start, phrase.end).replace(/^(the|a|an|its|his|her|their|our)\s+/i, '');
  return copyPhrase(named, { from: phrase.from, start: phrase.start, text: prose.slice(phrase.start, named.end), role });
}

/**
 * Where "a spokesman for" begins before a body's name at `from` ("A spokesman for the ministry"): a
 * noun for a person, its article, then "for", "of", "at" or "from" (and "the"); else -1.
 */
function personBeforeLink(t: Token[], from: number): number {
  let i = from - 1;
  if (tokenAt(t, i)?.lower === 'the') i--;
  if (!/^(for|of|at|from)$/.test(tokenAt(t, i)?.lower ?? '')) return -1;
  const head = tokenAt(t, i - 1);
  if (!head || head.kind !== 'word' || !/^spokes|^(?:representative|lawyer|attorney|official|adviser|advisor|aide)$/.test(head.lower)) return -1;
  return /^(a|an|the)$/.test(tokenAt(t, i - 2)?.lower ?? '') ? i - 2 : i - 1;
}

/** "Adviser to the Ministry of Environment": a body after "to" (and its article) belongs to the aside. */
function bodyInAside(t: Token[], from: number): boolean {
  const before = tokenAt(t, from - 1)?.lower === 'the' ? from - 2 : from - 1;
  return tokenAt(t, before)?.lower === 'to';
}

/** Words that open a phrase of place, time or manner, never a description of the subject: "In Washington, Smith said". */
const NOT_DESCRIPTION = /^(in|on|at|for|with|like|unlike|after|before|during|as|by|from|to|of|under|since|despite|among|according|until|while|when|if|although|though|because|yesterday|today|earlier|later|last|this|next|now|then|meanwhile|instead|still|also|again|however)$/i;

/**
 * "One of the authors of that 2013 report, Ari Fleischer, said", "but BNP's ally, Bangladesh Labour
 * Party, has confirmed": a description opening the clause, then the name it describes between the
 * commas; the name is the speaker and the description their role.
 */
function nameAfterDescription(t: Token[], comma: number, k: number, prose: string, vague?: Set<string>): Phrase | null {
  if (!isCapitalized(t[comma + 1])) return null;
  const named = phraseStartingAt(t, comma + 1, prose, vague);
  if (!named || named.kind !== 'name' || named.type === 'document' || named.from !== comma + 1 || named.to !== k) return null;
  let from = comma - 1;
  // (a noun after "of" or an article is no verb: "The US secretary of state, Marco Rubio, said")
  while (from >= 0 && comma - from <= 10 && (t[from].kind === 'word' || t[from].kind === 'number') && !LEAD.test(t[from].text) && !(from === firstWordIndex(t) && SUBORDINATOR.test(t[from].text)) && !(looksLikeVerb(t[from].text) && !/^(of|the|a|an)$/.test(tokenAt(t, from - 1)?.lower ?? ''))) from--;
  // (the description opens its clause: the sentence, or after a conjunction or a fronted phrase,
  // "Responding to the speech, shadow chief secretary to the Treasury, George Osborne, said")
  if (from >= 0 && !(LEAD.test(t[from].text) || (from === firstWordIndex(t) && SUBORDINATOR.test(t[from].text)) || from < firstWordIndex(t) || afterFrontedPhrase(t, from))) return null;
  const first = from + 1;
  const head = t[comma - 1];
  // (a body's name may end it when a role is "of" it: "The head of the IMF, Rodrigo Rato, said")
  if (first >= comma || NOT_DESCRIPTION.test(t[first].text) || head.kind !== 'word' || !(/^[a-z]{3,}$/.test(head.text) || roleOfBody(t, first, comma)) || STOPWORDS.has(head.lower)) return null;
  const role = prose.slice(t[first].start, head.end).replace(/^(the|a|an)\s+/i, '');
  return copyPhrase(named, { from: first, start: t[first].start, text: prose.slice(t[first].start, named.end), role });
}

/** Words that open a phrase fronted before the subject: "Responding to …,", "In a statement,", "Asked about it,". */
const FRONTED = /^(?:[a-z]+ing|in|on|at|after|asked|earlier|later|separately|yesterday|today|however|nevertheless|nonetheless|meanwhile|moreover|furthermore|instead|indeed|still|also|similarly|likewise|besides|overall|again|finally|now|then)$/i;

/** Whether the comma at `comma` closes a short phrase of that kind that opens the sentence. */
function afterFrontedPhrase(t: Token[], comma: number): boolean {
  const first = firstWordIndex(t);
  if (t[comma].text !== ',' || comma - first > 8 || !FRONTED.test(t[first].text)) return false;
  for (let i = first + 1; i < comma; i++) if (t[i].kind !== 'word' && t[i].kind !== 'number') return false;
  return true;
}

/** Whether the words [from, to) hold a role in lower case and then "of" or "to": "The head of the IMF", "chief secretary to the Treasury". */
function roleOfBody(t: Token[], from: number, to: number): boolean {
  for (let i = from + 1; i < to - 1; i++) if ((t[i].lower === 'of' || t[i].lower === 'to') && /^[a-z]+$/.test(t[i - 1].text) && (TITLE_WORDS.has(t[i - 1].lower) || PERSON_NOUN.test(t[i - 1].lower))) return true;
  return false;
}

/**
 * "Jason Sims — a teacher from Mount Pleasant — says", "Democrats — and some Republicans — say": the
 * subject before an aside between dashes that ends at k, the aside part of it. A spaced hyphen or two
 * hyphens are a dash too ("Trump - who said it - said", "The justice -- who … -- said").
 */
export function subjectPastDashes(t: Token[], k: number, prose: string, vague: Set<string> | undefined, speech: boolean): { phrase: Phrase; subjectEnd: number } | null {
  const dash = dashEndingAt(t, k);
  if (dash < 0) return null;
  let j = dash - 1;
  while (j > 0 && dash - j < 25 && dashEndingAt(t, j) < 0 && !isQuoteClose(t[j])) j--;
  let open = j > 0 ? dashEndingAt(t, j) : -1;
  // ("Donald Trump - who previously said he would “bomb …” - said": a relative aside may quote)
  if (open < 0 && j > 0 && isQuoteClose(t[j])) {
    let i = j - 1;
    while (i > 0 && dash - i < 30 && dashEndingAt(t, i) < 0) i--;
    if (i > 0 && dashEndingAt(t, i) >= 0 && /^(who|whose)$/i.test(t[i + 1]?.text ?? '')) {
      j = i;
      open = dashEndingAt(t, i);
    }
  }
  // (after hyphens, only an aside that describes the subject: not "- who digested …", "- in a line that …")
  // (or how the subject felt: "Mr Yushchenko - keen to reassure investors - had said")
  // (or a relative clause on a name: "Sanders - who digested his new circumstances … - has vowed")
  // ("US Central Command (CENTCOM) -- which is responsible for American forces -- said": a body's "which" too)
  const relative = /^(who|whose|which)$/i.test(t[j + 1]?.text ?? '');
  const describing = tokenAt(t, open)?.text !== '-' || relative || isAppositive(t, j + 1) || t[j + 1]?.lower === 'including' || (/^[a-z]+$/.test(t[j + 1]?.text ?? '') && t[j + 2]?.lower === 'to');
  // (past the bracketed acronym of the name: "US Central Command (CENTCOM)")
  const end = open >= 4 && t[open - 1].text === ')' && t[open - 3].text === '(' ? open - 4 : open - 1;
  const left = open > 0 && describing ? phraseEndingAt(t, end, prose, vague) ?? (speech ? nounPhraseEndingAt(t, end, prose) : null) : null;
  // ("The Supreme Court justice -- who has been … -- said": a person's relative on the phrase that opens the sentence)
  if (!left || !(left.kind === 'name' || ((!relative || /^(who|whose)$/i.test(t[j + 1].text)) && opensSentence(t, left.from)))) return null;
  // (a relative aside is the writer's, not part of how the source is named: readers end the source
  // before it 7 times in 8 in PolNeAR; a descriptive aside is part of it: "Jason Sims — a teacher —")
  return { phrase: left, subjectEnd: relative ? left.to - 1 : dash - 1 };
}

/**
 * Where the dash that ends at token i starts: "—" or "–", a hyphen with a space on either side
 * ("Trump - who said it - said"), or two hyphens ("--"); -1 when token i ends no dash.
 */
export function dashEndingAt(t: Token[], i: number): number {
  const x = tokenAt(t, i);
  if (!x) return -1;
  if (x.text === '—' || x.text === '–') return i;
  if (x.text !== '-') return -1;
  if (tokenAt(t, i - 1)?.text === '-' && t[i - 1].end === x.start) return i - 1;
  return (i > 0 && x.start > t[i - 1].end) || (t[i + 1] && t[i + 1].start > x.end) ? i : -1;
}

/** Whether token i is the apostrophe of a plural possessive written apart: "Sanders’ campaign manager". */
/**
 * Whether a phrase at `from` opens the sentence: after at most a conjunction ("Yet …"), or after an
 * opening phrase of time or place and its comma ("In just the last few days, Democratic leaders").
 */
function opensSentence(t: Token[], from: number): boolean {
  const first = firstWordIndex(t);
  if (t.slice(first, from).every((x) => LEAD.test(x.text))) return true;
  return from - first > 2 && t[from - 1].text === ',' && /^(In|On|At|After|During|Since|Over|For|Earlier|Later|Last|This)$/.test(t[first].text) && !t.slice(first, from - 1).some((x) => x.text === ',' || x.kind === 'quote');
}

/** Whether the double quote mark at j opens or closes a phrase quoted inside an aside that goes on before k: words on both sides of it (single marks nest in quotes). */
function quotedPhraseAt(t: Token[], j: number, k: number): boolean {
  return j + 1 < k && /^["“”]$/.test(t[j].text) && t[j - 1]?.kind === 'word' && t[j + 1].kind === 'word';
}

function possessiveMark(t: Token[], i: number): boolean {
  return (t[i].text === '’' || t[i].text === "'") && i > 0 && t[i - 1].end === t[i].start && /s$/i.test(t[i - 1].text) && t[i + 1]?.kind === 'word';
}
