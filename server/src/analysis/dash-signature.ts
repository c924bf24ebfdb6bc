// A quote signed with a dash and its speaker's name at the end of its line, as round-ups of readers'
// or voters' words and epigraphs print them: "“He represents our greatest shame.” ― Sonya Herridge".
// The dash is the cue and the name the source; the line ends the paragraph, though the next quote
// follows on the next line with no blank line between (blocks.ts), and the signature stays in the
// quote's sentence (sentences.ts).
import { nameFrom } from './name-roles';
import type { Found } from './attribution';
import type { Token } from './types';

const DASHES = new Set(['―', '—', '–']);
/** A name of one to four capitalised words (initials too), after the dash, to the end of the line. */
const NAME_WORD = /^\p{Lu}[\p{L}’'-]*$/u;

/** Whether the text of a line ends with a quote signed by a dash and a name: "…shame.” ― Sonya Herridge". */
export const SIGNED_LINE_END = /[”"]\s*[―—–]\s*\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3}\.?$/u;

/**
 * The index after the name when tokens[j] is a dash after a closing quote and a name signs the quote
 * up to the end of the tokens (a full stop after it at most), or, given the prose, up to the end of
 * its line (a Markdown paragraph keeps the signed lines of a round-up together); else -1.
 */
export function signatureEnd(tokens: Token[], j: number, prose?: string): number {
  const dash = tokens[j];
  if (!dash || !DASHES.has(dash.text) || tokens[j - 1]?.kind !== 'quote') return -1;
  let k = j + 1;
  while (k < tokens.length && k - j <= 4 && !(prose && k > j + 1 && lineBreakBefore(prose, tokens, k)) && (NAME_WORD.test(tokens[k].text) || (tokens[k].text === '.' && k > j + 1 && /^\p{Lu}$/u.test(tokens[k - 1].text) && k + 1 < tokens.length))) k++;
  if (k === j + 1) return -1;
  if (tokens[k]?.text === '.' && !(prose && lineBreakBefore(prose, tokens, k))) k++;
  return k === tokens.length || (prose && lineBreakBefore(prose, tokens, k)) ? k : -1;
}

/** Whether a line ends between tokens k - 1 and k. */
const lineBreakBefore = (prose: string, tokens: Token[], k: number): boolean => prose.slice(tokens[k - 1].end, tokens[k].start).includes('\n');

/** Whether a token may open a signature: a dash (the splitter looks at these besides full stops). */
export const isSignatureDash = (t: Token): boolean => DASHES.has(t.text);

/** "“…” ― Sonya Herridge" at the end of a sentence: the quote is the named person's. */
export function dashSignature(t: Token[], prose: string): Found | null {
  // (the dash is the third token from the end at the nearest: cheap to find from the end)
  for (let j = Math.max(1, t.length - 7); j < t.length - 1; j++) {
    const end = signatureEnd(t, j);
    if (end < 0) continue;
    const nameTo = t[end - 1].text === '.' && end - 1 > j + 1 && !/^\p{Lu}$/u.test(t[end - 2].text) ? end - 1 : end;
    const phrase = nameFrom(t, j + 1, nameTo, prose);
    if (!phrase || phrase.type !== 'person') return null;
    const close = t[j - 1];
    // (the quote's words in this sentence: from its opening mark here, else from the sentence's start)
    let from = 0;
    for (let k = j - 2; k >= 0; k--) {
      if (t[k].kind === 'quote' && (t[k].text === '“' || t[k].text === '"')) {
        from = k;
        break;
      }
    }
    return { phrase, cue: { start: t[j].start, end: t[j].end, text: t[j].text }, content: { start: t[from].start, end: close.end }, kind: 'direct-quote' };
  }
  return null;
}
