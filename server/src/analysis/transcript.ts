// Interview transcripts: paragraphs opened by a speaker's label ("WALLACE: Let’s start …",
// "Shaheen Hasan: ACS is …", "Q: …", "A: …"). The label names whose words the turn holds, as a
// quote's speaker does: the label's paragraph and the unlabelled ones that carry it on are that
// speaker's, so an answer's claims are the interviewee's, not the writer's. A page is a transcript
// only when one label asks at least two questions and another speaks at least twice: a single
// "Note: …" or a heading with a colon ("New Cabinet: Can the State Forge …?") makes none.
import type { Found } from './attribution';
import { contentEnd, cueOf, span } from './attribution-grammar';
import { isCapitalized, newPhrase, phraseEndingAt } from './mentions';
import type { SourceRegistry } from './source-registry';
import type { Attribution, Block, Sentence, Span, Token } from './types';

/** Whether an attribution is a transcript's turn (its label's, or a later sentence's of the same turn). */
export const isTranscriptTurn = (a: Attribution): boolean => a.channel === TRANSCRIPT_CHANNEL && a.cue.text === ':';
/** The channel of a transcript's turns. */
export const TRANSCRIPT_CHANNEL = 'interview';

/** Words a label may have: "Q", "PENCE", "Kate Bolduan", "Bangladesh Post", "Dr. Ali Riaz". */
const LABEL_WORDS = 4;
/** Labels that are not speakers: page furniture and section names. */
const NOT_SPEAKER = new Set(['photo', 'read more', 'note', 'source', 'sources', 'editor', "editor's note", 'email', 'e-mail', 'phone', 'tel', 'fax', 'also read', 'related', 'update', 'updated', 'correction', 'caption', 'credit', 'image', 'video', 'watch', 'listen', 'tags', 'topics', 'breaking', 'exclusive', 'disclaimer', 'warning', 'advertisement']);
/** The writer's sign-off after a transcript, which no turn holds: "Follow Pam Key on Twitter @pamkeyNEN." */
const SIGN_OFF = /^["“]?Follow\b.{0,60}\bon (?:Twitter|X|Facebook|Instagram|Threads|Bluesky)\b/;
/** Times a label must ask, and another speak, for the page to be a transcript. */
const TURNS = 2;

/**
 * A speaker's label opening a paragraph, as an attribution of what follows it; it holds only in a
 * transcript, which the cross-sentence pass decides (`transcriptTurns`). The sentence is read on
 * its own (cached per paragraph), so the label is recognised wherever it stands first.
 */
export function transcriptLabel(t: Token[], prose: string, s: Sentence, block: Block): Found | null {
  // (an opening quote mark or emphasis may stand before it: "\"PENCE: Well, …", "**Q:** …")
  let i = 0;
  while (i < t.length && (t[i].kind === 'quote' || t[i].text === '*')) i++;
  if (!isCapitalized(t[i]) || !opensBlock(prose, block, s)) return null;
  let colon = i;
  let words = 0;
  for (; colon < t.length && t[colon].text !== ':'; colon++) {
    const x = t[colon];
    if (isCapitalized(x)) words++;
    // ("Dr. Ali Riaz:", "Rep. Smith:": an abbreviation's stop)
    else if (!(x.text === '.' && colon > i && x.start === t[colon - 1].end)) return null;
    if (words > LABEL_WORDS) return null;
  }
  let from = colon + 1;
  while (from < t.length && t[from].text === '*') from++;
  if (colon >= t.length || colon === i || from >= t.length) return null;
  const text = prose.slice(t[i].start, t[colon - 1].end);
  if (NOT_SPEAKER.has(text.toLowerCase())) return null;
  const read = text === text.toUpperCase() ? null : phraseEndingAt(t, colon - 1, prose);
  const phrase =
    read && read.from === i && read.kind === 'name'
      ? read
      : newPhrase(i, colon, t[i].start, t[colon - 1].end, text, 'name', LETTER_LABELS[text] ?? titleCased(text), 'person', undefined);
  return { phrase, cue: cueOf(t[colon]), content: span(t[from].start, contentEnd(t)), kind: 'direct-quote', transcriptOnly: true };
}

/** Whether the sentence opens its paragraph (after quote marks, emphasis or spaces). */
function opensBlock(prose: string, block: Block, s: Sentence): boolean {
  for (let k = block.start; k < s.start; k++) if (!/[\s"“'‘*]/.test(prose[k])) return false;
  return true;
}

/** Who the letters of a question-and-answer transcript stand for. */
const LETTER_LABELS: Record<string, string> = { Q: 'the interviewer (Q)', A: 'the interviewee (A)' };

/** "JAKE TAPPER" → "Jake Tapper", so a label names the person the article names ("Q" stays). */
function titleCased(label: string): string {
  if (label !== label.toUpperCase() || label.length < 3) return label;
  return label.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

/**
 * Per sentence, the sentence whose label opens the turn it stands in (itself for the label's own),
 * or -1 outside any turn: -1 everywhere unless the page is a transcript. A turn runs from its label
 * to the next label, heading or cross-link. Linear in the sentences.
 */
export function transcriptTurns(prose: string, sentences: Sentence[], blocks: Block[], foundIn: (sentence: number) => readonly Found[]): Int32Array {
  const turn = new Int32Array(sentences.length).fill(-1);
  const labelled: number[] = [];
  // (a speaker by the last word of the label: "KATE BOULDUAN", then "BOULDUAN")
  const asked = new Map<string, number>();
  const spoke = new Map<string, number>();
  let who: string | null = null;
  let block = -1;
  for (const s of sentences) {
    const found = foundIn(s.index);
    const label = found.length ? found.find((f) => f.transcriptOnly) : undefined;
    // (the document's first line is its headline where it reads as one: "Pence: Gennifer Flowers Won’t Be at Debate")
    if (label && !(s.block === 0 && found.some((f) => f.firstLineOnly && f.cue.start === label.cue.start))) {
      labelled.push(s.index);
      who = label.phrase.name.toLowerCase().split(' ').pop()!;
      spoke.set(who, (spoke.get(who) ?? 0) + 1);
    }
    if (s.block === block) continue;
    block = s.block;
    // (a turn asks when one of its paragraphs ends in a question: "TAPPER: And obviously, … ¶ Specifically …?")
    const b = blocks[s.block];
    if (b.kind === 'heading' || b.kind === 'cross-link') who = null;
    else if (who && /\?["”’'*]*$/.test(prose.slice(b.start, b.end).trimEnd())) asked.set(who, (asked.get(who) ?? 0) + 1);
  }
  let interviewer: string | null = null;
  for (const [label, n] of asked) if (n >= TURNS && (!interviewer || n > asked.get(interviewer)!)) interviewer = label;
  if (!interviewer || ![...spoke].some(([label, n]) => label !== interviewer && n >= TURNS)) return turn;
  let next = 0;
  let current = -1;
  for (const s of sentences) {
    if (next < labelled.length && labelled[next] === s.index) current = labelled[next++];
    else if (blocks[s.block].kind === 'heading' || blocks[s.block].kind === 'cross-link' || SIGN_OFF.test(prose.slice(s.start, s.end))) current = -1;
    turn[s.index] = current;
  }
  return turn;
}

/** A turn's sentence without the quote marks that open it; null for a stage direction ("(CROSSTALK.)"). */
export function spokenIn(s: Sentence): Span | null {
  const t = s.tokens;
  let i = 0;
  while (i < t.length && t[i].kind === 'quote') i++;
  if (i === t.length || t[i].text === '(' || t[i].text === '[') return null;
  return { start: t[i].start, end: s.end };
}

/**
 * A transcript label's attribution. The label is no mention in the narrative: it is not the
 * speaker a later "he" stands for ("PENCE: … he’s going to focus …" is Trump).
 */
export function turnLabel(f: Found, sentence: number, registry: SourceRegistry, result: Attribution[][]): Attribution {
  const mention = registry.resolveName(f.phrase, sentence);
  const a: Attribution = { source: mention.source, sentence, mention, cue: f.cue, content: f.content, channel: TRANSCRIPT_CHANNEL, kind: f.kind };
  result[sentence].push(a);
  return a;
}
