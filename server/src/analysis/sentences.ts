// Sentence splitting tuned for news prose: abbreviations, initials, decimals and money, ellipses,
// closing quotes after the full stop, and a sentence ending inside a quote.
import { isSignatureDash, signatureEnd } from './dash-signature';
import type { Block, Sentence, Token } from './types';
import { tokenize } from './tokens';
import { tokenAt } from './token-at';
import { MONTHS, WEEKDAYS } from './lexicon';

const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof gov sen rep gen col lt capt cmdr sgt maj adm st ft mt jr sr rev hon pres supt insp det ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun ' +
    'inc corp ltd co llc plc bros dept univ assn est approx vs etc no nos vol fig al cf ave blvd rd md'
  ).split(' '),
);

// After an initialism like "U.S." the sentence only ends if a typical sentence opener follows.
const SENTENCE_OPENERS = new Set(
  'the a an he she it they we i but and this that these those in on at for however meanwhile his her their its there'.split(' '),
);

const CLOSERS = new Set(['”', '"', '’', "'", '»', ')', ']', '›']);

export function splitSentences(prose: string, blocks: Block[]): Sentence[] {
  const sentences: SentenceRecord[] = [];
  for (const block of blocks) splitBlockSentences(prose, block, sentences);
  // The lede: the first sentence of the first paragraph (not a heading, quote, list item or cross-link).
  const lede = sentences.find((s) => blocks[s.block].kind === 'paragraph');
  if (lede) lede.lede = true;
  return sentences;
}

/** The sentences of one block, appended to `out` (indices continue from out.length; lede false). */
export function splitBlockSentences(prose: string, block: Block, out: SentenceRecord[]): void {
  const tokens = tokenize(prose, block.start, block.end);
  if (block.kind === 'cross-link' || block.kind === 'heading') {
    if (tokens.length) push(out, block, tokens);
    return;
  }
  let from = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!isTerminal(t)) {
      if (t.kind === 'word' || t.kind === 'number') continue;
      // ("“…” ― Sonya Herridge" / "“…": a signed quote's line ends its sentence where the lines of a
      // round-up share one paragraph)
      const signed = isSignatureDash(t) ? signatureEnd(tokens, i, prose) : -1;
      if (signed > 0 && signed < tokens.length) {
        push(out, block, tokens.slice(from, signed));
        from = signed;
        i = signed - 1;
      }
      continue;
    }
    // "(D-N.Y.)", "3.5", "bdnews24.com": a full stop with a word right after it, no space between,
    // ends nothing, unless the copy lost the space ("he said.The new government").
    if (t.kind === 'punct' && tokens[i + 1]?.start === t.end && tokens[i + 1].kind === 'word' && !glued(tokens, i)) continue;
    let j = i + 1;
    while (j < tokens.length && tokens[j].kind === 'quote' && CLOSERS.has(tokens[j].text) && isClosingQuote(prose, tokens[j])) j++;
    while (j < tokens.length && (tokens[j].text === ')' || tokens[j].text === ']')) j++;
    const next = tokens[j];
    // the word a quote opens with: past both marks of an ASCII double quote (''…'')
    let a = j + 1;
    while (next?.kind === 'quote' && tokenAt(tokens, a)?.kind === 'quote') a++;
    if (next && !startsSentence(next, tokenAt(tokens, a))) continue;
    // ("“… our culture.”— Pamela Padilla": a dash and a name that sign the quote stay in its sentence)
    if (next && signatureEnd(tokens, j, prose) > 0) continue;
    if (t.text === '.' && !endsWithPeriod(tokens, i, next)) continue;
    if (t.kind === 'word' && !initialismEnds(next)) continue;
    push(out, block, tokens.slice(from, j));
    from = j;
    i = j - 1;
  }
  // (a paragraph of one sentence keeps the paragraph's own list)
  if (from < tokens.length) push(out, block, from === 0 ? tokens : tokens.slice(from));
}

/**
 * A lowercase word or a number, then a title-case word or "A" or "I": "… into the matter.Senior
 * Assistant …", "… of the votes.A total of …". After a capitalised word only a sentence opener
 * ("… in Parliament.The vote …"): "One.Tel" and "Boo.Com" are names.
 */
const GLUED_BEFORE = /^(?:\p{Ll}[\p{Ll}'’-]*\p{Ll}|\d+%?)$/u;
const GLUED_BEFORE_NAME = /^(?:\p{Lu}\p{Ll}+|\p{Lu}{2,})$/u;
const GLUED_AFTER = /^(?:\p{Lu}\p{Ll}|[AI]$)/u;
// (not a web address's ending in capitals: "dhaka.GOV")
const GLUED_AFTER_CAPS = /^(?!(?:COM|ORG|NET|GOV|EDU|INFO|IO|CO|UK|BD|IN|PK|US)$)\p{Lu}{2,}/u;
const GLUED_BEFORE_CAPS = /^\p{Ll}{4,}$/u;
const DATE_NAMES = new Set([...WEEKDAYS, ...MONTHS]);

/**
 * Whether the terminal at i ends a sentence that scraping glued to the next one. Initialisms
 * ("N.Y.", "U.S.") have capitals before the stop, decimals a digit after it, domains a lowercase
 * word after it; a word that is itself glued to a full stop before it is part of a dotted name
 * ("www.example.Com").
 */
function glued(tokens: Token[], i: number): boolean {
  const prev = tokenAt(tokens, i - 1);
  const next = tokens[i + 1];
  if (!prev || prev.end !== tokens[i].start) return false;
  // ("… authoritarianism.BBC’s live coverage …", "… voters.NARSINGDI-5: …": capitals after a long lowercase word)
  if (!GLUED_AFTER.test(next.text) && !(GLUED_AFTER_CAPS.test(next.text) && GLUED_BEFORE_CAPS.test(prev.text))) return false;
  // ("… on Tuesday.Parliament approved …": a weekday or month is no dotted name; "… told AFP.But he
  // warned …": a name or acronym before an opener)
  if (!GLUED_BEFORE.test(prev.text) && !(GLUED_BEFORE_NAME.test(prev.text) && (SENTENCE_OPENERS.has(next.lower) || DATE_NAMES.has(prev.lower)))) return false;
  const before = tokens[i - 2];
  return !(before && before.end === prev.start && before.text === '.');
}

function push(out: SentenceRecord[], block: Block, tokens: Token[]): void {
  out.push(new SentenceRecord(out.length, block.index, tokens[0].start, tokens[tokens.length - 1].end, tokens));
}

/**
 * A sentence whose tokens move with it lazily. A keystroke in a long document moves every sentence
 * after it (incremental.ts), and moving their tokens at once was most of what the keystroke cost: a
 * sentence's tokens are moved only when something next reads them, once for all the edits since.
 */
export class SentenceRecord implements Sentence {
  lede = false;
  /** The distance the tokens still have to move. */
  private unmoved = 0;
  constructor(
    public index: number,
    public block: number,
    public start: number,
    public end: number,
    private own: Token[],
  ) {}

  get tokens(): Token[] {
    if (this.unmoved !== 0) {
      const d = this.unmoved;
      this.unmoved = 0;
      for (const t of this.own) {
        t.start += d;
        t.end += d;
      }
    }
    return this.own;
  }

  /** Moves the sentence by d; its tokens follow when next read. */
  move(d: number): void {
    this.start += d;
    this.end += d;
    this.unmoved += d;
  }

  /** The plain shape, tokens moved: what JSON and comparisons see. */
  toJSON(): Sentence {
    return { index: this.index, block: this.block, start: this.start, end: this.end, lede: this.lede, tokens: this.tokens };
  }
}

function isTerminal(t: Token): boolean {
  if (t.kind === 'punct') return t.text === '.' || t.text === '!' || t.text === '?' || t.text === '…' || t.text === '...';
  // "U.S." closing a sentence: the token itself carries the period.
  return t.kind === 'word' && t.text.charCodeAt(t.text.length - 1) === 46;
}

function isClosingQuote(prose: string, t: Token): boolean {
  // A straight quote closes when it hugs the preceding character.
  return t.text === '”' || t.text === '»' || t.text === '›' || !/\s/.test(prose[t.start - 1] ?? ' ');
}

function startsSentence(next: Token, after: Token | undefined): boolean {
  if (next.kind === 'quote' || next.text === '(' || next.text === '[') return after === undefined || /^[\p{Lu}\d]/u.test(after.text);
  return /^[\p{Lu}\d$€£]/u.test(next.text) || next.text === '—';
}

const SPEECH_BEFORE_NAME = new Set(['said', 'says', 'wrote', 'writes', 'told', 'added', 'asked', 'recalled', 'explained']);

function endsWithPeriod(tokens: Token[], i: number, next: Token | undefined): boolean {
  const prev = tokenAt(tokens, i - 1);
  if (!prev) return false;
  if (prev.kind === 'word') {
    const w = prev.lower;
    // "No. 5" continues; "the senator said no. Then …" ends.
    if ((w === 'no' || w === 'nos') && prev.end === tokens[i].start) return !(next && /^\d/.test(next.text));
    if (ABBREVIATIONS.has(w) && prev.end === tokens[i].start) {
      // "Jan. 5" and "Dr. Smith" continue; "in Jan. The" ends only before an opener.
      return next !== undefined && SENTENCE_OPENERS.has(next.lower) && !/^(dr|mr|mrs|ms|prof|gov|sen|rep|gen|st)$/.test(w);
    }
    // A lone capital initial: "John F. Kennedy". After a lower-case word it is a name of its own
    // ("posted on X. The deal …"), which ends the sentence like any word.
    if (/^\p{Lu}$/u.test(prev.text) && prev.end === tokens[i].start) {
      const before = tokens[i - 2];
      if (!(before && before.kind === 'word' && /^\p{Ll}/u.test(before.text))) return next === undefined;
      // "said C. Stewart Verdery Jr.", "at the R. Premadasa Stadium", "the 35,000-capacity R.
      // Premadasa Stadium": after a verb of speech, "the" or a hyphened modifier it opens a name
      if ((SPEECH_BEFORE_NAME.has(before.lower) || before.lower === 'the' || hyphenedModifier(tokens, i - 2)) && next && next.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(next.text) && !SENTENCE_OPENERS.has(next.lower)) return false;
    }
  }
  return true;
}

/** Whether the word at j ends a hyphened modifier: "35,000-capacity", "state-run". */
function hyphenedModifier(tokens: Token[], j: number): boolean {
  const dash = tokens[j - 1];
  return !!dash && dash.text === '-' && dash.end === tokens[j].start && j >= 2 && tokens[j - 2].end === dash.start;
}

/** Sentences whose last token is an initialism ("U.S.") end only before an opener. */
function initialismEnds(next: Token | undefined): boolean {
  return next === undefined || SENTENCE_OPENERS.has(next.lower);
}
