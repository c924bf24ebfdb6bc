import { overlapping } from '../util/spans';
import { quoteText, type Rule } from './types';

/** A quotation that stands as a statement (not a scare quote or a quoted phrase) with no speaker anywhere. */
export const unattributedQuote: Rule = {
  id: 'unattributed-quote',
  defaultSeverity: 'warning',
  description: 'A quoted statement has no speaker in its sentence, its paragraph or the quote it continues.',
  check(model) {
    return model.quotes
      .filter((q) => !q.scare)
      .filter((q) => {
        const sentence = model.sentences[q.sentence];
        const block = model.blocks[sentence?.block ?? -1];
        if (!block || block.kind !== 'paragraph' && block.kind !== 'list-item') return false;
        // Only a quotation that stands as a statement: it opens its sentence or follows a colon. A
        // phrase quoted inside the reporter's sentence ("branded it a “stealth tax”") is part of a
        // paraphrase whose source is usually given around it; flagging those buried real warnings.
        const before = model.prose.slice(sentence.start, q.start).trim();
        if (before !== '' && !before.endsWith(':')) return false;
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
