// Datelines: "Kuala Lumpur (TDI):", "WASHINGTON —", "NEW DELHI, Nov 3 (Reuters) -". The place and the
// outlet belong to the first sentence; the outlet is recorded as the dateline source.
import type { Block, Span, Token } from './types';

const DATELINE =
  /^((?:\p{Lu}[\p{L}.'’-]*)(?:[ \t]+\p{Lu}[\p{L}.'’-]*){0,3})(?:,[ \t]*[\p{L}. 0-9]{1,20}?)?[ \t]*(?:\((\p{Lu}[\p{L}\p{N}&. ]{0,30})\))?[ \t]*([:—–]|-(?=[ \t]))[ \t]*/u;

export function findDateline(prose: string, blocks: Block[]): (Span & { place: string; outlet: string | null }) | null {
  const first = blocks.find((b) => b.kind === 'paragraph');
  if (!first) return null;
  const m = DATELINE.exec(prose.slice(first.start, first.end));
  if (!m) return null;
  const place = m[1];
  const outlet = m[2] ?? null;
  // Without an outlet in brackets, only an all-caps place with a dash is a dateline ("WASHINGTON —").
  if (!outlet && !(place === place.toUpperCase() && m[3] !== ':')) return null;
  if (m[0].length >= first.end - first.start) return null;
  return { start: first.start, end: first.start + m[0].trimEnd().length, place, outlet };
}

/** Months as a wire dateline abbreviates or spells them. */
const MONTH = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$/i;
/** How far into a sentence a wire dateline may reach, in tokens. */
const WIRE_REACH = 20;

/**
 * A wire agency's dateline opening a sentence, with its date: "DHAKA, Feb 15, 2026 (BSS) –",
 * "WASHINGTON, United States, Feb 15, 2026 (BSS/AFP) -". Returns the index of the first token
 * after it, or 0 when the sentence opens with none. Its date is the filing's, not the claim's.
 */
export function wireDatelineEnd(t: Token[]): number {
  const first = t[0];
  // (a lower-case second letter, as in almost every sentence's first word, settles it without a copy)
  const second = first && first.text.length > 1 ? first.text.charCodeAt(1) : 0;
  if (!first || first.kind !== 'word' || first.text.length < 2 || (second >= 97 && second <= 122) || first.text !== first.text.toUpperCase() || first.text === first.lower) return 0;
  let month = false;
  for (let i = 1; i < t.length && i < WIRE_REACH; i++) {
    const x = t[i];
    if (x.kind === 'word' && MONTH.test(x.text)) month = true;
    if (x.text !== ')') continue;
    // (an agency in capitals before it: "(BSS)", "(BSS/AFP)")
    if (!month || t[i - 1]?.kind !== 'word' || t[i - 1].text !== t[i - 1].text.toUpperCase()) return 0;
    const dash = t[i + 1];
    return dash && (dash.text === '-' || dash.text === '–' || dash.text === '—' || dash.text === ':') && i + 2 < t.length ? i + 2 : 0;
  }
  return 0;
}
