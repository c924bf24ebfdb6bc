// The document model. Every span is a pair of offsets into the original text, in UTF-16 code
// units (JavaScript string indices), so it maps onto LSP positions without any conversion loss.
import type { WordInfo } from './vocabulary';

export interface Span {
  start: number;
  end: number;
}

export type BlockKind = 'paragraph' | 'heading' | 'quote' | 'list-item' | 'cross-link';

export interface Block extends Span {
  kind: BlockKind;
  index: number;
  /** For cross-link blocks: the promoted headline. */
  headline?: Span & { text: string };
}

export type TokenKind = 'word' | 'number' | 'punct' | 'quote' | 'symbol';

export interface Token extends Span {
  kind: TokenKind;
  text: string;
  /** The text lowercased, computed once: every pass matches words against lowercase lexicons. */
  lower: string;
  /** What the passes know of the word (vocabulary.ts), found once when tokenized. */
  info: WordInfo;
}

export interface Sentence extends Span {
  index: number;
  block: number;
  /** First sentence of the article body (the lede). */
  lede: boolean;
  tokens: Token[];
}

export type SourceType = 'person' | 'organization' | 'media' | 'vague' | 'document';

export interface Source {
  id: number;
  name: string;
  type: SourceType;
  role?: string;
  /** Mentions of this source (names, surnames, roles, pronouns), in document order. */
  mentions: Mention[];
}

export interface Mention extends Span {
  text: string;
  source: number;
  /**
   * How this mention was tied to its source. 'unresolved': a pronoun with nobody compatible before it
   * ("It added that …" after a sentence that names no speaking organization); its source is the
   * pronoun itself, so the sentence still counts as attributed. 'poll': a poll's respondents or a
   * share of them ("those surveyed", "47 percent") tied to the poll the article has just named.
   */
  via: 'name' | 'surname' | 'first-name' | 'role' | 'pronoun' | 'vague' | 'dateline' | 'unresolved' | 'poll';
  sentence: number;
}

export type Channel = 'social media' | 'X' | 'statement' | 'reporters' | 'interview' | 'media' | string;

export interface Attribution {
  source: number;
  sentence: number;
  mention: Mention;
  cue: Span & { text: string };
  content: Span | null;
  channel: string | null;
  kind: 'direct-quote' | 'indirect' | 'according-to' | 'participial' | 'parenthetical' | 'nominal' | 'continued-quote' | 'lede-sourced';
  /** For lede claims sourced by a later sentence: the sentence that sources it. */
  sourcedBy?: number;
}

export type ClaimKind =
  | 'statistic'
  | 'money'
  | 'date'
  | 'event'
  | 'comparison'
  | 'superlative'
  | 'causal'
  | 'quote';

export interface Claim {
  sentence: number;
  score: number;
  kinds: ClaimKind[];
  /** The words that make the sentence check-worthy, for messages. */
  evidence: Array<Span & { text: string }>;
}

export interface Hedge extends Span {
  text: string;
  /** hedge, reported, unverified, not-confirmed: the article distances itself (see hedges.ts); the rest are speculation or belief. */
  type: 'hedge' | 'reported' | 'unverified' | 'not-confirmed' | 'epistemic' | 'doxastic' | 'condition' | 'investigation';
  /** True when the hedge sits inside an attributed quote: the speaker's, not the article's. */
  inQuote: boolean;
}

export type StatementStatus = 'attributed' | 'unattributed' | 'vague-source' | 'unconfirmed' | 'not-a-claim';

export interface QuoteSpan extends Span {
  /** Span of the text between the quote marks. */
  inner: Span;
  words: number;
  /** A scare quote of a word or two is a phrase, not a statement by anyone. */
  scare: boolean;
  sentence: number;
}

export interface Statement {
  sentence: number;
  attributions: Attribution[];
  claim: Claim | null;
  hedges: Hedge[];
  status: StatementStatus;
  /** A later (or same) sentence that says this claim is not confirmed. */
  notConfirmedBy?: number;
  /** Vague groups named as the source, e.g. "officials describe". */
  vague: Mention[];
  /**
   * An unattributed claim in a sentence that does name a source: the evidence outside what that
   * source said ("Shares rose 5% after the chief executive said …": '5%').
   */
  unsourced?: Span[];
}

export interface CrossLink extends Span {
  block: number;
  headline: string;
  headlineSpan: Span;
}

export interface DocumentModel {
  text: string;
  format: 'plaintext' | 'markdown';
  /** The text with markup, code, comments and URLs blanked to spaces: same length, same offsets. */
  prose: string;
  blocks: Block[];
  sentences: Sentence[];
  quotes: QuoteSpan[];
  sources: Source[];
  statements: Statement[];
  crossLinks: CrossLink[];
  dateline: (Span & { place: string; outlet: string | null }) | null;
}
