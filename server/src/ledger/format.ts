// Reading, validating and writing the ledger file, and the pure edits made to it. Output is
// deterministic: entries sorted by document, claim and id, keys in a fixed order, two-space
// indent, so that a review shows in git as a few added or changed lines.
import { matchEntries } from './match';
import type { DocClaim } from './ids';
import { JsonSyntaxError, lineAt, parseJson } from './json-parse';
import { isStatus, LEDGER_VERSION, SCHEMA_URL, STATUSES, type Ledger, type LedgerEntry, type ReviewStatus } from './types';

export interface LedgerProblem {
  line: number;
  message: string;
}

export interface ParseResult {
  ledger: Ledger;
  /** Any problem makes the file read-only for Source Check until the user fixes it. */
  problems: LedgerProblem[];
}

const ENTRY_KEYS = ['id', 'document', 'claim', 'context', 'status', 'note', 'evidence', 'reviewer', 'date'];

export function parseLedger(text: string): ParseResult {
  if (!text.trim()) return { ledger: { entries: [] }, problems: [] };
  let parsed;
  try {
    parsed = parseJson(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    if (e instanceof JsonSyntaxError) return { ledger: { entries: [] }, problems: [{ line: lineAt(text, e.offset), message: `not valid JSON: ${e.message}` }] };
    throw e;
  }
  const { value, offsets } = parsed;
  const problems: LedgerProblem[] = [];
  const at = (o: object | undefined, message: string) => problems.push({ line: o && offsets.has(o) ? lineAt(text, offsets.get(o)!) : 1, message });
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    at(undefined, 'expected an object with "version" and "entries"');
    return { ledger: { entries: [] }, problems };
  }
  const top = value as Record<string, unknown>;
  if (top.version !== LEDGER_VERSION) at(top, `"version" is ${JSON.stringify(top.version)}; this Source Check reads version ${LEDGER_VERSION}`);
  const extra: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(top)) if (!['$schema', 'version', 'entries'].includes(k)) extra[k] = v;
  const entries: LedgerEntry[] = [];
  if (!Array.isArray(top.entries)) at(top, '"entries" must be a list');
  else {
    top.entries.forEach((raw, n) => {
      const where = typeof raw === 'object' && raw !== null ? raw : (top.entries as object);
      const problem = (m: string) => at(where, `entry ${n + 1}: ${m}`);
      const entry = toEntry(raw, problem);
      if (entry) entries.push(entry);
    });
  }
  return { ledger: { entries, ...(Object.keys(extra).length ? { extra } : {}) }, problems };
}

function toEntry(raw: unknown, report: (m: string) => void): LedgerEntry | null {
  let bad = false;
  const problem = (m: string) => {
    bad = true;
    report(m);
  };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    problem('expected an object');
    return null;
  }
  const o = raw as Record<string, unknown>;
  const str = (k: string, required: boolean): string => {
    const v = o[k];
    if (typeof v === 'string' && (v || !required)) return v;
    if (v === undefined && !required) return '';
    problem(`"${k}" must be ${required ? 'a non-empty' : 'a'} string`);
    return '';
  };
  const id = str('id', true);
  const document = str('document', true);
  const claim = str('claim', true);
  const note = str('note', false);
  const reviewer = str('reviewer', false);
  const date = str('date', true);
  if (date && Number.isNaN(Date.parse(date))) problem(`"date" ${JSON.stringify(date)} is not an ISO 8601 date`);
  if (!isStatus(o.status)) problem(`"status" is ${JSON.stringify(o.status)}; expected one of ${STATUSES.join(', ')}`);
  let evidence: string[] = [];
  if (o.evidence !== undefined) {
    if (Array.isArray(o.evidence) && o.evidence.every((x) => typeof x === 'string')) evidence = o.evidence as string[];
    else problem('"evidence" must be a list of URLs');
  }
  const context = { before: '', after: '' };
  if (o.context !== undefined) {
    const c = o.context as Record<string, unknown>;
    if (typeof c !== 'object' || c === null || typeof (c.before ?? '') !== 'string' || typeof (c.after ?? '') !== 'string') problem('"context" must be {"before": string, "after": string}');
    else Object.assign(context, { before: c.before ?? '', after: c.after ?? '' });
  }
  if (bad) return null;
  const extra: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) if (!ENTRY_KEYS.includes(k)) extra[k] = v;
  return { id, document, claim, context, status: o.status as ReviewStatus, note, evidence, reviewer, date, ...(Object.keys(extra).length ? { extra } : {}) };
}

export function serializeLedger(ledger: Ledger): string {
  const entries = [...ledger.entries].sort(compareEntries).map((e) => ({
    id: e.id,
    document: e.document,
    claim: e.claim,
    context: { before: e.context.before, after: e.context.after },
    status: e.status,
    note: e.note,
    evidence: e.evidence,
    reviewer: e.reviewer,
    date: e.date,
    ...sortedKeys(e.extra),
  }));
  return JSON.stringify({ $schema: SCHEMA_URL, version: LEDGER_VERSION, entries, ...sortedKeys(ledger.extra) }, null, 2) + '\n';
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const compareEntries = (a: LedgerEntry, b: LedgerEntry): number => cmp(a.document, b.document) || cmp(a.claim, b.claim) || cmp(a.id, b.id);
const sortedKeys = (o: Record<string, unknown> | undefined): Record<string, unknown> =>
  Object.fromEntries(Object.entries(o ?? {}).sort(([a], [b]) => cmp(a, b)));

export interface MarkInput {
  status: ReviewStatus;
  /** Omitted: the note of the review this one replaces is kept. */
  note?: string;
  /** Omitted: the evidence of the review this one replaces is kept. */
  evidence?: string[];
  reviewer: string;
  date: string;
}

/**
 * Records a review of `targets`, statements of `document` whose current analysis is `claims`.
 * Matching runs against the ledger passed in, so that a write re-applied after a concurrent
 * change replaces what that change wrote rather than what this window saw.
 */
export function markClaims(ledger: Ledger, document: string, claims: DocClaim[], targets: DocClaim[], input: MarkInput): Ledger {
  const { byStatement } = matchEntries(claims, ledger.entries.filter((e) => e.document === document));
  const replaced = new Set<LedgerEntry>();
  const ids = new Set(targets.map((t) => t.id));
  const added: LedgerEntry[] = [];
  for (const t of targets) {
    const prev = byStatement.get(t.statement)?.entry;
    if (prev) replaced.add(prev);
    if (added.some((a) => a.id === t.id)) continue;
    added.push({
      ...(prev?.extra ? { extra: prev.extra } : {}),
      id: t.id,
      document,
      claim: t.text,
      context: { ...t.context },
      status: input.status,
      note: input.note ?? prev?.note ?? '',
      evidence: input.evidence ?? prev?.evidence ?? [],
      reviewer: input.reviewer,
      date: input.date,
    });
  }
  const kept = ledger.entries.filter((e) => !replaced.has(e) && !(e.document === document && ids.has(e.id)));
  return { ...ledger, entries: [...kept, ...added] };
}

/** Removes the reviews (fresh or stale) of `targets`. */
export function unmarkClaims(ledger: Ledger, document: string, claims: DocClaim[], targets: DocClaim[]): Ledger {
  const { byStatement } = matchEntries(claims, ledger.entries.filter((e) => e.document === document));
  const drop = new Set(targets.map((t) => byStatement.get(t.statement)?.entry).filter((e): e is LedgerEntry => !!e));
  return { ...ledger, entries: ledger.entries.filter((e) => !drop.has(e)) };
}

/** Date as written in entries: ISO 8601 in UTC, to the second. */
export const reviewDate = (d = new Date()): string => d.toISOString().replace(/\.\d{3}Z$/, 'Z');
