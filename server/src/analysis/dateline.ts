// Datelines: "Kuala Lumpur (TDI):", "WASHINGTON —", "NEW DELHI, Nov 3 (Reuters) -". The place and the
// outlet belong to the first sentence; the outlet is recorded as the dateline source.
import type { Block, Span } from './types';

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
