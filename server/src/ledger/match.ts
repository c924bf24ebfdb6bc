// Ties a document's statements to its ledger entries. Same id: the review holds. Otherwise the
// entry is looked for among the statements nobody reviewed, by the words it shares with them and
// by its context; found that way it is stale (the claim was reworded after review) and it is
// shown as such, never dropped. An entry found nowhere is an orphan: kept, and listed.
import { normalizeWords, similarity, type DocClaim } from './ids';
import type { LedgerEntry } from './types';

export interface Match {
  claim: DocClaim;
  entry: LedgerEntry;
  stale: boolean;
}

export interface MatchResult {
  /** By index into model.statements. */
  byStatement: Map<number, Match>;
  /** Entries of this document that match no statement (the claim was deleted or rewritten). */
  orphans: LedgerEntry[];
}

// A reworded claim keeps most of its words ("50 percent" -> "25 percent"); a rewritten one whose
// neighbours are unchanged can share fewer.
const SAME_WORDS = 0.6;
const SAME_PLACE_WORDS = 0.35;
const SAME_PLACE_CONTEXT = 0.5;

const contextWords = (c: { before: string; after: string }): string[] => `${c.before} ${c.after}`.split(' ').filter(Boolean);

export function matchEntries(claims: DocClaim[], entries: LedgerEntry[]): MatchResult {
  const byStatement = new Map<number, Match>();
  const byId = new Map<string, LedgerEntry>();
  // Two entries for one id cannot come from our writer; if a hand merge made them, the newest wins.
  for (const e of entries) {
    const prev = byId.get(e.id);
    if (!prev || e.date > prev.date) byId.set(e.id, e);
  }
  const used = new Set<LedgerEntry>();
  for (const c of claims) {
    const e = byId.get(c.id);
    if (!e) continue;
    byStatement.set(c.statement, { claim: c, entry: e, stale: false });
    used.add(e);
  }
  const open = [...byId.values()].filter((e) => !used.has(e));
  const free = claims.filter((c) => !byStatement.has(c.statement));
  const pairs: Array<{ e: LedgerEntry; c: DocClaim; score: number }> = [];
  if (open.length && free.length) {
    // Shared words are counted through an index of word -> statements, so that a long article
    // with many stale entries costs what the shared words cost, not entries x statements.
    const sets = free.map((c) => new Set(c.words));
    const contexts = free.map((c) => contextWords(c.context));
    const postings = new Map<string, number[]>();
    sets.forEach((set, k) => {
      for (const w of set) {
        const list = postings.get(w);
        if (list) list.push(k);
        else postings.set(w, [k]);
      }
    });
    for (const e of open) {
      const words = new Set(normalizeWords(e.claim));
      const common = new Map<number, number>();
      for (const w of words) for (const k of postings.get(w) ?? []) common.set(k, (common.get(k) ?? 0) + 1);
      const ctx = contextWords(e.context);
      for (const [k, n] of common) {
        const text = (2 * n) / (words.size + sets[k].size);
        if (text < SAME_PLACE_WORDS) continue;
        const context = similarity(ctx, contexts[k]);
        if (text >= SAME_WORDS || context >= SAME_PLACE_CONTEXT) pairs.push({ e, c: free[k], score: text + context / 4 });
      }
    }
  }
  pairs.sort((a, b) => b.score - a.score || a.c.statement - b.c.statement);
  for (const { e, c } of pairs) {
    if (used.has(e) || byStatement.has(c.statement)) continue;
    byStatement.set(c.statement, { claim: c, entry: e, stale: true });
    used.add(e);
  }
  return { byStatement, orphans: [...byId.values()].filter((e) => !used.has(e)) };
}
