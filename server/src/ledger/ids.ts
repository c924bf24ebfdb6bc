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
  const body = bodyStatements(model);
  const out = claimsOf(model, body, 0, body.length);
  cache.set(model, out);
  return out;
}

/**
 * The claims whose sentences overlap [start, end]: documentClaims(model) filtered to them, but with
 * ids made for those sentences only (and words for their neighbours' context). A code action or a
 * hover asks about one place, and hashing every sentence of a long document on each edit would be
 * most of its time.
 */
export function claimsOverlapping(model: DocumentModel, start: number, end: number): DocClaim[] {
  const overlaps = (c: { span: Span }): boolean => c.span.start <= end && start <= c.span.end;
  const hit = cache.get(model);
  if (hit) return hit.filter(overlaps);
  const body = bodyStatements(model);
  const spanOf = (i: number): Span => model.sentences[model.statements[body[i]].sentence];
  let from = 0;
  while (from < body.length && !overlaps({ span: spanOf(from) })) from++;
  let to = from;
  while (to < body.length && overlaps({ span: spanOf(to) })) to++;
  return claimsOf(model, body, from, to).filter(overlaps);
}

/** Indexes of the statements outside cross-link lines, in order. */
function bodyStatements(model: DocumentModel): number[] {
  const out: number[] = [];
  model.statements.forEach((st, i) => {
    if (model.blocks[model.sentences[st.sentence].block].kind !== 'cross-link') out.push(i);
  });
  return out;
}

/** The claims of body[from, to), each with the words of the body statements either side as context. */
function claimsOf(model: DocumentModel, body: number[], from: number, to: number): DocClaim[] {
  const words = new Map<number, string[]>();
  const wordsAt = (k: number): string[] => {
    let w = words.get(k);
    if (!w) {
      const s = model.sentences[model.statements[body[k]].sentence];
      words.set(k, (w = normalizeWords(model.prose.slice(s.start, s.end))));
    }
    return w;
  };
  const out: DocClaim[] = [];
  for (let k = from; k < to; k++) {
    const i = body[k];
    const st = model.statements[i];
    const s = model.sentences[st.sentence];
    out.push({
      statement: i,
      sentence: st.sentence,
      span: { start: s.start, end: s.end },
      text: model.text.slice(s.start, s.end).replace(/\s+/g, ' ').trim(),
      words: wordsAt(k),
      id: claimId(wordsAt(k)),
      context: {
        before: k > 0 ? wordsAt(k - 1).slice(-CONTEXT_WORDS).join(' ') : '',
        after: k + 1 < body.length ? wordsAt(k + 1).slice(0, CONTEXT_WORDS).join(' ') : '',
      },
      isClaim: st.claim !== null,
    });
  }
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
