import { overlapping } from '../util/spans';
import { quoteText, type Rule } from './types';

/** A real quotation (not a scare quote) with no speaker anywhere. */
export const unattributedQuote: Rule = {
  id: 'unattributed-quote',
  defaultSeverity: 'warning',
  description: 'A quotation has no speaker in its sentence, its paragraph or the quote it continues.',
  check(model) {
    return model.quotes
      .filter((q) => !q.scare)
      .filter((q) => {
        const block = model.blocks[model.sentences[q.sentence]?.block ?? -1];
        if (!block || block.kind !== 'paragraph' && block.kind !== 'list-item') return false;
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
