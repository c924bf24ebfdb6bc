// Comparing models as their readers see them: a sentence's tokens move lazily after an edit
// (analysis/sentences.ts, SentenceRecord), so each sentence's tokens are read before the comparison.
import assert from 'node:assert/strict';
import type { DocumentModel } from '../../server/src/analysis/types';

export function sameModel(a: DocumentModel, b: DocumentModel, message?: string): void {
  for (const m of [a, b]) for (const s of m.sentences) void s.tokens;
  assert.deepStrictEqual(a, b, message);
}
