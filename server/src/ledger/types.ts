// The claim ledger's data: one entry per reviewed claim, kept in .sourcecheck/ledger.json beside the
// articles so that review work lives in version control. See docs/ledger.md for the file format.

export const STATUSES = ['verified', 'false', 'misleading', 'needs-source', 'unverifiable'] as const;
export type ReviewStatus = (typeof STATUSES)[number];
export const isStatus = (s: unknown): s is ReviewStatus => typeof s === 'string' && (STATUSES as readonly string[]).includes(s);

/** How the editor names each status: "Mark as verified…", "✅ verified". */
export const STATUS_LABEL: Record<ReviewStatus, { mark: string; icon: string }> = {
  verified: { mark: 'verified', icon: '✅' },
  false: { mark: 'false', icon: '❌' },
  misleading: { mark: 'misleading', icon: '⚠️' },
  'needs-source': { mark: 'needing a source', icon: '🔎' },
  unverifiable: { mark: 'unverifiable', icon: '❔' },
};

export const LEDGER_DIR = '.sourcecheck';
export const LEDGER_FILE = 'ledger.json';
export const LEDGER_VERSION = 1;
export const SCHEMA_URL = 'https://github.com/sourcecheck/sourcecheck/blob/main/schemas/ledger.schema.json';

export interface LedgerEntry {
  /** Claim id: a hash of the claim's normalized words (see ids.ts). */
  id: string;
  /** Workspace-relative path with forward slashes, relative to the folder that holds .sourcecheck/. */
  document: string;
  /** The claim's sentence as it read when reviewed (whitespace collapsed). */
  claim: string;
  /** Normalized words just before and after the claim: finds it again when its own words change. */
  context: { before: string; after: string };
  status: ReviewStatus;
  note: string;
  evidence: string[];
  reviewer: string;
  /** When it was reviewed: ISO 8601, UTC, to the second. */
  date: string;
  /** Keys a newer version wrote: kept as they are, so an older tool never drops them. */
  extra?: Record<string, unknown>;
}

export interface Ledger {
  entries: LedgerEntry[];
  /** Top-level keys other than version, $schema and entries, kept as they are. */
  extra?: Record<string, unknown>;
}

/** What the CLI's JSON report and the editor show for a statement. */
export interface Review {
  status: ReviewStatus;
  note: string;
  evidence: string[];
  reviewer: string;
  date: string;
  /** The entry was made for different words: the claim changed after it was reviewed. */
  stale: boolean;
}

export const reviewOf = (e: LedgerEntry, stale: boolean): Review => ({
  status: e.status, note: e.note, evidence: [...e.evidence], reviewer: e.reviewer, date: e.date, stale,
});
