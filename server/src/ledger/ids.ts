// Stable claim ids. A claim is known by its own words, normalized so that reflowing lines, curly
// versus straight quotes, case and markup do not change it; where it stands does not matter, so
// edits elsewhere and moved paragraphs keep the id. The neighbouring words are kept as context,
// only to find the claim again once its own words have changed (see match.ts).
import { sha256Hex } from '../util/lazy-crypto';
import type { DocumentModel, Span } from '../analysis/types';

const CONTEXT_WORDS = 6;

/** Words, numbers and currency/percent signs, lower-cased; apostrophes dropped (India’s = India's). */
export function normalizeWords(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().replace(/['’ʼ‘`]/g, '').match(/[\p{L}\p{N}]+|[\p{Sc}%]/gu) ?? [];
}

export const claimId = (words: string[]): string => sha256Hex(words.join(' ')).slice(0, 16);

/** A statement as the ledger sees it. */
export interface DocClaim {
  /** Index into model.statements. */
  statement: number;
  sentence: number;
  span: Span;
  /** The sentence, whitespace collapsed, as stored in an entry's `claim`. */
  text: string;
  words: string[];
  id: string;
  context: { before: string; after: string };
  /** The analysis scores it check-worthy (statement.claim is set): these get code actions. */
  isClaim: boolean;
}

const cache = new WeakMap<DocumentModel, DocClaim[]>();

/** Every body statement with its id. Cross-link promo lines belong to other stories and are left out. */
export function documentClaims(model: DocumentModel): DocClaim[] {
  const hit = cache.get(model);
  if (hit) return hit;
  const body = model.statements
    .map((st, i) => ({ st, i }))
    .filter(({ st }) => model.blocks[model.sentences[st.sentence].block].kind !== 'cross-link');
  const words = body.map(({ st }) => {
    const s = model.sentences[st.sentence];
    return normalizeWords(model.prose.slice(s.start, s.end));
  });
  const out = body.map(({ st, i }, k): DocClaim => {
    const s = model.sentences[st.sentence];
    return {
      statement: i,
      sentence: st.sentence,
      span: { start: s.start, end: s.end },
      text: model.text.slice(s.start, s.end).replace(/\s+/g, ' ').trim(),
      words: words[k],
      id: claimId(words[k]),
      context: {
        before: k > 0 ? words[k - 1].slice(-CONTEXT_WORDS).join(' ') : '',
        after: k + 1 < words.length ? words[k + 1].slice(0, CONTEXT_WORDS).join(' ') : '',
      },
      isClaim: st.claim !== null,
    };
  });
  cache.set(model, out);
  return out;
}

/** Dice coefficient of two word multisets: 1 for the same words, 0 for none in common. */
export function similarity(a: string[], b: string[]): number {
  if (!a.length && !b.length) return 1;
  const counts = new Map<string, number>();
  for (const w of a) counts.set(w, (counts.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of b) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      common++;
      counts.set(w, n - 1);
    }
  }
  return (2 * common) / (a.length + b.length);
}
