// A quote resumed after its cue in the same sentence: "“It seems to me they have every incentive,”
// he said, “because to be successful they both need one another.”" The second quote is the same
// speaker's, as a reader (and PolNeAR) takes it: statements.ts gives it to the attribution of the
// first, as it does to a quote that goes on in the next sentence.
import { firstEndingAfter } from '../util/spans';
import type { Attribution, QuoteSpan, Sentence } from './types';

/**
 * Per sentence, its direct quotes that end before their cue, by where their cue and source end;
 * asked with quotes in document order, so each sentence's list is sorted once and walked once.
 */
export class ResumedQuotes {
  private readonly lists: Array<{ list: Attribution[]; head: number } | undefined> = [];

  /**
   * The attribution in sentence s whose quote, ended before its cue, the quote q resumes: q opens
   * right after the cue and its source ("…,” he said, “…", "…,” said Mr. Smith: “…"), with only a
   * comma or colon between them. Undefined when there is none.
   */
  resumedBy(s: Sentence, q: QuoteSpan, own: Attribution[]): Attribution | undefined {
    const c = (this.lists[s.index] ??= {
      list: own.filter((a) => a.kind === 'direct-quote' && a.content && a.content.end <= a.cue.start && a.content.start >= s.start && a.mention.sentence === s.index).sort((x, y) => after(x) - after(y)),
      head: 0,
    });
    // the last attribution whose cue and source end by the quote's start
    while (c.head + 1 < c.list.length && after(c.list[c.head + 1]) <= q.start) c.head++;
    const a = c.list[c.head];
    return a && after(a) <= q.start && onlyMarkBetween(s, after(a), q.start) ? a : undefined;
  }
}

const after = (a: Attribution): number => Math.max(a.cue.end, a.mention.end);

/** Whether the tokens of s between two offsets are one comma or colon and nothing else. */
function onlyMarkBetween(s: Sentence, from: number, to: number): boolean {
  let marks = 0;
  for (let i = firstEndingAfter(s.tokens, from); i < s.tokens.length && s.tokens[i].start < to; i++) {
    const x = s.tokens[i].text;
    if ((x !== ',' && x !== ':') || ++marks > 1) return false;
  }
  return marks === 1;
}
