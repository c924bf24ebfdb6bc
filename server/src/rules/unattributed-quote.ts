import { CUE_VERBS } from '../analysis/lexicon';
import type { Block, DocumentModel } from '../analysis/types';
import { pageFragments } from '../analysis/page-fragments';
import { overlapping } from '../util/spans';
import { quoteText, type Rule } from './types';

/** A quotation that stands as a statement (not a scare quote or a quoted phrase) with no speaker anywhere. */
export const unattributedQuote: Rule = {
  id: 'unattributed-quote',
  defaultSeverity: 'warning',
  description: 'A quoted statement has no speaker in its sentence, its paragraph or the quote it continues.',
  check(model) {
    const verbs = new Map<number, boolean>();
    const hasReportingVerb = (block: number): boolean => blockHasReportingVerb(model, block, verbs);
    // (read only for the few quotes that get this far)
    let fragment: ((sentence: number) => boolean) | null = null;
    return model.quotes
      .filter((q) => !q.scare)
      .filter((q) => {
        const sentence = model.sentences[q.sentence];
        const block = model.blocks[sentence?.block ?? -1];
        if (!isProse(block)) return false;
        // Only a quotation that stands as a statement: it opens its sentence or follows a colon. A
        // phrase quoted inside the reporter's sentence ("branded it a “stealth tax”") is part of a
        // paraphrase whose source is usually given around it; flagging those buried real warnings.
        const before = model.prose.slice(sentence.start, q.start).trim();
        if (before !== '') return false;
        // "No speaker anywhere": not in its paragraph (any reporting verb outside quotes counts, even
        // one whose subject we could not read), and not just before it (a speaker or an intro colon).
        if (hasReportingVerb(block.index)) return false;
        const prev = model.blocks[block.index - 1];
        if (prev && (model.prose.slice(prev.start, prev.end).trimEnd().endsWith(':') || hasReportingVerb(prev.index))) return false;
        // The speaker may follow in the next paragraph: after a quote that is its whole paragraph (a
        // headline, a pull quote) or that runs on open to the paragraph's end (a hard-wrapped page)
        const next = model.blocks[block.index + 1];
        const open = q.inner.end === q.end && q.end >= block.end;
        if (isProse(next) && (open || (q.start <= block.start && q.end >= block.end)) && hasReportingVerb(next.index)) return false;
        // (a teaser of another story, a caption, a line cut off in scraping: no statement of this article's)
        if ((fragment ??= pageFragments(model))(q.sentence)) return false;
        // statements[i] is sentence i's; a binary search keeps this linear in long documents
        return !overlapping(model.sentences, q).some((s) => model.statements[s.index].attributions.length > 0);
      })
      .map((q) => ({
        start: q.start,
        end: q.end,
        sentence: q.sentence,
        message: `Unattributed quote: ${quoteText(model, q)} has no speaker.`,
      }));
  },
};

/** A paragraph or a list item: prose a quotation and its speaker stand in (not a heading or a cross-link). */
const isProse = (b: Block | undefined): b is Block => !!b && (b.kind === 'paragraph' || b.kind === 'list-item');

/**
 * Does a block have a reporting verb outside its quotes? Blocks are small; each is read once per
 * check (a map for the one check, not a WeakMap by model, which every garbage collection must trace).
 */
function blockHasReportingVerb(model: DocumentModel, block: number, cache: Map<number, boolean>): boolean {
  const known = cache.get(block);
  if (known !== undefined) return known;
  const b = model.blocks[block];
  const quotes = overlapping(model.quotes, b);
  let found = false;
  let k = 0; // quotes and tokens both run in document order: one sweep, linear in the block
  for (const s of overlapping(model.sentences, b)) {
    for (const t of s.tokens) {
      if (found) break;
      while (k < quotes.length && quotes[k].end <= t.start) k++;
      const inQuote = k < quotes.length && t.start >= quotes[k].start && t.end <= quotes[k].end;
      if (t.kind === 'word' && !inQuote && CUE_VERBS.has(t.lower)) found = true;
    }
  }
  cache.set(block, found);
  return found;
}
