// The claim ledger's messages between client and server. Constants and types only, so that the
// client bundle can import them without server code; other editors can use the same messages.
import type { Review, ReviewStatus } from './types';

/** workspace/executeCommand: record a review. One argument, MarkArgs. Returns { marked, ledger } or null. */
export const MARK_COMMAND = 'sourcecheck.ledger.mark';
/** workspace/executeCommand: remove the review of a claim. One argument, MarkArgs (status ignored). */
export const UNMARK_COMMAND = 'sourcecheck.ledger.unmark';
/** Request `{ workspace?: boolean }` -> `{ claims: ClaimItem[] }`: open documents, and with workspace the articles on disk. */
export const CLAIMS_REQUEST = 'sourcecheck/claims';
/** Notification from the server after the ledger changed (here or on disk). */
export const LEDGER_CHANGED = 'sourcecheck/ledgerChanged';

export interface Position {
  line: number;
  character: number;
}
export interface Range {
  start: Position;
  end: Position;
}

export interface MarkArgs {
  uri: string;
  /** The claim's id when the action was offered; the range is the fallback if the text changed. */
  claimId?: string;
  range?: Range;
  status?: ReviewStatus;
  /** Omitted: the previous review's note and evidence are kept. A client may prompt for them. */
  note?: string;
  evidence?: string[];
  reviewer?: string;
  /** For the client's prompts only: the claim's text and its current review. Ignored by the server. */
  claim?: string;
  current?: Review | null;
}

export type ClaimState = ReviewStatus | 'unreviewed';

export interface ClaimItem {
  uri: string;
  id: string;
  text: string;
  /** Null for a review whose sentence is no longer in the document (an orphan). */
  range: Range | null;
  /** The current review's status; `unreviewed` when there is none or it is stale. */
  state: ClaimState;
  review: Review | null;
}

export interface ClaimsResult {
  claims: ClaimItem[];
}
