// What the readers of one sentence's cues share (attribution.ts walks the cue words; verb-cue.ts and
// attribution-forms.ts read each): the tokens, the attributions found so far, the sentence's quotes,
// and the indexes that keep every question linear in the number of tokens.
import type { Found } from './attribution';
import { markPositions, type Mark } from './cue-words';
import type { UserTerms } from './lexicon';
import type { QuoteSpan, Sentence, Token } from './types';
import { containedIn, firstStartingFrom } from '../util/spans';

export class SentenceScan {
  readonly found: Found[] = [];
  /** Whether a token lies inside a closed quote: cues there are the speaker's own reporting. */
  readonly inQuote: (tok: Token) => boolean;
  /** The furthest content end of the earlier cues a token was found inside (insideEarlierContent). */
  reach = -1;
  /** Found items that have not yet begun to cover the tokens asked about, and how many joined. */
  private readonly waiting: Found[] = [];
  private joined = 0;
  private marks: Record<Mark, number[]> | undefined;
  /** The sentence's real (not scare) quotes, in order and disjoint. */
  private readonly quotes: QuoteSpan[];

  constructor(
    readonly t: Token[],
    readonly prose: string,
    s: Sentence,
    quotes: QuoteSpan[],
    readonly terms: UserTerms,
    readonly vague: Set<string> | undefined,
    /** Where reported content ends: the sentence's end, before its closing punctuation. */
    readonly end: number,
  ) {
    // (most sentences have no quote: no lists to build for them)
    this.quotes = quotes.length ? quotes.filter((q) => q.end > s.start && q.start < s.end && !q.scare) : quotes;
    // An unclosed (block) quote still has cues.
    this.inQuote = containedIn(this.quotes.length ? this.quotes.filter((q) => q.end > q.inner.end).map((q) => q.inner) : []);
  }

  /**
   * Whether position x lies inside a quote left open to the end of its paragraph, as a quote that
   * runs on is ("He said: "I have to say … but I think …"): an "I" there is the speaker's, not the writer's.
   */
  inOpenQuote(x: number): boolean {
    for (const q of this.quotes) if (q.end === q.inner.end && q.inner.start <= x && x < q.inner.end) return true;
    return false;
  }

  /** The quote that ends by x: quotes are in order and disjoint, so it can only be the first. */
  quoteEndingBy(x: number): QuoteSpan | undefined {
    return this.quotes[0] && this.quotes[0].end <= x ? this.quotes[0] : undefined;
  }

  /** The first quote that starts at or after x, by binary search (no scan per cue). */
  quoteStartingFrom(x: number): QuoteSpan | undefined {
    return this.quotes[firstStartingFrom(this.quotes, x)];
  }

  /**
   * Whether a token lies in the content of an earlier (not participial) cue. Tokens come in order,
   * so each found item joins once its cue and content have begun, and only the furthest content
   * end matters: linear, not tokens × cues, in a sentence with thousands of cues.
   */
  insideEarlierContent(tok: Token): boolean {
    const { found, waiting } = this;
    for (; this.joined < found.length; this.joined++) if (found[this.joined].kind !== 'participial' && found[this.joined].content) waiting.push(found[this.joined]);
    for (let k = waiting.length - 1; k >= 0; k--) {
      const f = waiting[k];
      if (f.content!.start <= tok.start && f.cue.end <= tok.start) {
        this.reach = Math.max(this.reach, f.content!.end);
        waiting.splice(k, 1);
      }
    }
    return this.reach >= tok.end;
  }

  /**
   * The next ',' or ';' after a token, or the next comma that opens another speech act (", saying
   * …"), indexed once per sentence on first use: linear however many cues.
   */
  nextPunct(mark: Mark, from: number): number {
    this.marks ??= markPositions(this.t, this.inQuote);
    const list = this.marks[mark];
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid] <= from) lo = mid + 1;
      else hi = mid;
    }
    return lo < list.length ? list[lo] : -1;
  }
}
