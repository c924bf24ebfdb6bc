// Lookups in lists of spans sorted by start and not overlapping (sentences, quotes, blocks): a binary
// search instead of a scan, so that per-item lookups stay linear overall in huge documents.
import type { Span } from '../analysis/types';

/** Index of the first span that ends after `offset` (spans.length if none). */
export function firstEndingAfter(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The spans that overlap `span`, in order: O(log n + k). */
export function overlapping<T extends Span>(spans: readonly T[], span: Span): T[] {
  const out: T[] = [];
  for (let i = firstEndingAfter(spans, span.start); i < spans.length && spans[i].start < span.end; i++) out.push(spans[i]);
  return out;
}

const NOWHERE = (): boolean => false;

/**
 * A test for "is this span inside one of these spans?" in O(log n) per question: spans sorted by
 * start with the running maximum of their ends, so the spans that start at or before a point reach
 * as far as the maximum says. Exactly the answer of `spans.some(s => s.start <= a.start && a.end <= s.end)`.
 */
export function containedIn(spans: readonly Span[]): (a: Span) => boolean {
  if (!spans.length) return NOWHERE;
  const sorted = [...spans].sort((x, y) => x.start - y.start);
  const reach: number[] = [];
  let max = -Infinity;
  for (const s of sorted) reach.push((max = Math.max(max, s.end)));
  return (a) => {
    let lo = 0;
    let hi = sorted.length; // first span starting after a.start
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid].start <= a.start) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && reach[lo - 1] >= a.end;
  };
}

/** Index of the first span that starts at or after `offset` (spans.length if none). */
export function firstStartingFrom(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start >= offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
