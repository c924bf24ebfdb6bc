// The claim ledger in the editor: code actions to mark a claim, the mark/unmark commands that
// write .sourcecheck/ledger.json, diagnostics that follow it (ledger/filter.ts), a hover section
// with the record, and `sourcecheck/claims` for the client's Claims view.
import { readFileSync, unwatchFile, watchFile } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DidChangeWatchedFilesNotification, MessageType, ShowMessageNotification, type CodeAction } from 'vscode-languageserver/node';
import { formatOf } from '../analysis/analyze';
import { LineIndex } from '../analysis/lines';
import type { DocumentModel } from '../analysis/types';
import { checkText } from '../check';
import { applyReviews } from '../ledger/filter';
import { markClaims, reviewDate, unmarkClaims } from '../ledger/format';
import { claimsOverlapping, documentClaims, type DocClaim } from '../ledger/ids';
import type { MatchResult } from '../ledger/match';
import { reviewerName } from '../ledger/reviewer';
import { matchDocument } from '../ledger/reviews';
import { articleFiles, FileModels } from '../ledger/scan';
import { describeProblem, documentKey, findLedger, LedgerCache, ledgerPathIn, updateLedger, type LedgerRead } from '../ledger/store';
import { CLAIMS_REQUEST, LEDGER_CHANGED, MARK_COMMAND, UNMARK_COMMAND, type ClaimItem, type ClaimsResult, type MarkArgs } from '../ledger/protocol';
import { isStatus, LEDGER_DIR, LEDGER_FILE, reviewOf, STATUS_LABEL, STATUSES } from '../ledger/types';
import type { ServerContext } from './context';
import type { Analysed } from './documents';

interface Located {
  ledgerPath: string;
  document: string;
}

let summaryOf: ((uri: string, analysed: Analysed) => string | null) | null = null;

/** "2 reviewed · 5 unreviewed" for the code lens; null without a ledger or claims. */
export const reviewSummaryText = (uri: string, analysed: Analysed): string | null => summaryOf?.(uri, analysed) ?? null;

export function registerLedger(ctx: ServerContext): void {
  const ledgers = new LedgerCache();
  const files = new FileModels();
  const matchCache = new WeakMap<DocumentModel, { read: LedgerRead; document: string; matches: MatchResult }>();
  const reported = new Set<string>();
  const polled = new Set<string>();
  let clientWatches = false;

  const locate = (uri: string): Located | null => {
    if (!uri.startsWith('file:')) return null;
    const file = fileURLToPath(uri);
    const ledgerPath = findLedger(file);
    if (!ledgerPath) {
      for (const r of ctx.workspaceRoots()) poll(ledgerPathIn(r));
      return null;
    }
    poll(ledgerPath);
    return { ledgerPath, document: documentKey(ledgerPath, file) };
  };

  const read = (path: string): LedgerRead => {
    const r = ledgers.get(path);
    if (r.problems.length && !reported.has(`${path}:${r.hash}`)) {
      reported.add(`${path}:${r.hash}`);
      const msg = `${describeProblem(path, r.problems[0])}. Reviews with problems are ignored, and the ledger is not written until it is fixed.`;
      ctx.connection.console.warn(`sourcecheck: ${msg}`);
      // A notification, not showWarningMessage (a request a client may not answer).
      void ctx.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `Source Check: ${msg}` });
    }
    return r;
  };

  const matchesFor = (uri: string, model: DocumentModel): MatchResult | null => {
    const loc = locate(uri);
    if (!loc) return null;
    const r = read(loc.ledgerPath);
    const hit = matchCache.get(model);
    if (hit && hit.read === r && hit.document === loc.document) return hit.matches;
    const matches = matchDocument(model, r.ledger, loc.document);
    matchCache.set(model, { read: r, document: loc.document, matches });
    return matches;
  };

  const changed = () => {
    ctx.refreshAll();
    void ctx.connection.sendNotification(LEDGER_CHANGED, {});
  };
  // Our own writes are seen again by the watchers: only a change to what was read counts.
  const changedOnDisk = (path: string) => {
    const before = ledgers.peek(path);
    if (!before || ledgers.get(path) !== before) changed();
  };

  // The ledger changes on disk too: another window, the CLI, git. Let the client watch it where it
  // can; otherwise poll the few ledger files this server has looked at.
  function poll(path: string): void {
    if (clientWatches || polled.has(path)) return;
    polled.add(path);
    watchFile(path, { interval: 2000, persistent: false }, () => changedOnDisk(path));
  }
  ctx.addInitializedHook(() => {
    if (!ctx.clientCapabilities().workspace?.didChangeWatchedFiles?.dynamicRegistration) return;
    clientWatches = true;
    for (const p of polled) unwatchFile(p);
    polled.clear();
    void ctx.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: `**/${LEDGER_DIR}/${LEDGER_FILE}` }] });
  });
  ctx.addWatchedFilesListener((changes) => {
    for (const c of changes) if (c.uri.endsWith(`/${LEDGER_DIR}/${LEDGER_FILE}`) && c.uri.startsWith('file:')) changedOnDisk(fileURLToPath(c.uri));
  });

  ctx.addFindingFilter((uri, analysed, findings) => {
    const matches = matchesFor(uri, analysed.model);
    return matches ? applyReviews(analysed.model, findings, matches, ctx.settings().rules) : findings;
  });

  ctx.addCodeActions((params, analysed) => {
    // The ledger lives beside saved files; an untitled buffer has nowhere to keep a review.
    if (!params.textDocument.uri.startsWith('file:')) return [];
    const start = analysed.index.offsetAt(params.range.start);
    const end = analysed.index.offsetAt(params.range.end);
    const matches = matchesFor(params.textDocument.uri, analysed.model);
    const claims = claimsOverlapping(analysed.model, start, end).filter((c) => c.isClaim || matches?.byStatement.has(c.statement));
    return claims.slice(0, 3).flatMap((c) => {
      const m = matches?.byStatement.get(c.statement);
      const current = m ? reviewOf(m.entry, m.stale) : null;
      const range = { start: analysed.index.positionAt(c.span.start), end: analysed.index.positionAt(c.span.end) };
      const suffix = claims.length > 1 ? ` (“${clip(c.text, 30)}”)` : '';
      const base: MarkArgs = { uri: params.textDocument.uri, claimId: c.id, range, claim: c.text, current };
      const diagnostics = params.context.diagnostics.filter((d) => analysed.index.offsetAt(d.range.start) >= c.span.start && analysed.index.offsetAt(d.range.start) < c.span.end);
      const action = (title: string, command: string, args: MarkArgs): CodeAction => ({ title: title + suffix, kind: 'quickfix', diagnostics, command: { title, command, arguments: [args] } });
      const out: CodeAction[] = [];
      // A stale review: one click confirms it for the new wording, keeping its note and evidence.
      if (current?.stale) out.push(action(`Keep the “${current.status}” review for the new wording`, MARK_COMMAND, { ...base, status: current.status, note: current.note, evidence: current.evidence }));
      for (const s of STATUSES) if (s !== current?.status || current.stale) out.push(action(`Mark as ${STATUS_LABEL[s].mark}…`, MARK_COMMAND, { ...base, status: s }));
      if (current) out.push(action('Clear the review', UNMARK_COMMAND, base));
      return out;
    });
  });

  /** The document's current text and model, open or on disk. */
  function modelOf(uri: string): { model: DocumentModel; index: LineIndex } {
    const analysed = ctx.analysed(uri);
    if (analysed) return analysed;
    if (!uri.startsWith('file:')) throw new Error(`${uri} is not open`);
    const path = fileURLToPath(uri);
    const text = readFileSync(path, 'utf8');
    return { model: checkText(text, formatOf(path), ctx.settings()).model, index: new LineIndex(text) };
  }

  function targetsOf(args: MarkArgs): { claims: DocClaim[]; targets: DocClaim[] } {
    const { model, index } = modelOf(args.uri);
    const claims = documentClaims(model);
    let targets = args.claimId ? claims.filter((c) => c.id === args.claimId) : [];
    if (!targets.length && args.range) {
      const start = index.offsetAt(args.range.start);
      const end = index.offsetAt(args.range.end);
      targets = claims.filter((c) => c.isClaim && c.span.start <= end && start <= c.span.end);
    }
    if (!targets.length) throw new Error('that claim is no longer in the document; hover over it and mark it again');
    return { claims, targets };
  }

  function ledgerTarget(uri: string): Located {
    if (!uri.startsWith('file:')) throw new Error('save the document to a folder before marking its claims: the ledger lives beside it');
    const file = fileURLToPath(uri);
    const root = ctx.workspaceRoots().filter((r) => !documentKey(ledgerPathIn(r), file).startsWith('../')).sort((a, b) => b.length - a.length)[0];
    const ledgerPath = findLedger(file) ?? ledgerPathIn(root ?? dirname(file));
    return { ledgerPath, document: documentKey(ledgerPath, file) };
  }

  async function reviewer(args: MarkArgs, ledgerPath: string): Promise<string> {
    let setting: unknown;
    if (!args.reviewer && ctx.clientCapabilities().workspace?.configuration) {
      try {
        setting = ((await ctx.connection.workspace.getConfiguration('sourcecheck')) as Record<string, unknown> | null)?.reviewer;
      } catch {
        /* no setting: git config decides */
      }
    }
    return reviewerName(dirname(dirname(ledgerPath)), args.reviewer ?? (typeof setting === 'string' ? setting : null));
  }

  // Failures are reported here, as a notification: the server's generic handler would use
  // showErrorMessage, a request that not every client answers.
  const command = (id: string, run: (raw: unknown[]) => Promise<unknown> | unknown) =>
    ctx.addCommand(id, async (raw) => {
      try {
        return await run(raw);
      } catch (e) {
        ctx.connection.console.error(`sourcecheck: ${id}: ${(e as Error).message}`);
        void ctx.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Error, message: `Source Check: ${(e as Error).message}` });
        return null;
      }
    });

  command(MARK_COMMAND, async (raw) => {
    const args = markArgs(raw);
    if (!isStatus(args.status)) throw new Error(`unknown status ${JSON.stringify(args.status)}; use ${STATUSES.join(', ')}`);
    const evidence = args.evidence?.map((e) => e.trim()).filter(Boolean);
    const bad = evidence?.find((e) => !URL.canParse(e));
    if (bad) throw new Error(`evidence "${bad}" is not a URL`);
    const { claims, targets } = targetsOf(args);
    const { ledgerPath, document } = ledgerTarget(args.uri);
    const input = { status: args.status, note: args.note, evidence, reviewer: await reviewer(args, ledgerPath), date: reviewDate() };
    updateLedger(ledgerPath, (l) => markClaims(l, document, claims, targets, input));
    ledgers.invalidate();
    changed();
    return { marked: targets.length, ledger: pathToFileURL(ledgerPath).href };
  });

  command(UNMARK_COMMAND, (raw) => {
    const args = markArgs(raw);
    const { claims, targets } = targetsOf(args);
    const { ledgerPath, document } = ledgerTarget(args.uri);
    updateLedger(ledgerPath, (l) => unmarkClaims(l, document, claims, targets));
    ledgers.invalidate();
    changed();
    return { unmarked: targets.length };
  });

  ctx.addHoverSection((uri, analysed, offset) => {
    // Reviews only exist where reviewing has started (there is a ledger); elsewhere there is nothing
    // to show, and no reason to compute the document's claim ids on the first hover after each edit.
    const matches = matchesFor(uri, analysed.model);
    if (!matches) return null;
    const c = claimsOverlapping(analysed.model, offset, offset)[0];
    if (!c) return null;
    const m = matches.byStatement.get(c.statement);
    if (!m) return c.isClaim ? '**Review:** not reviewed yet (light bulb: Mark as verified…).' : null;
    const e = m.entry;
    const lines = [`**Review: ${STATUS_LABEL[e.status].icon} ${e.status}**${m.stale ? ' (stale)' : ''}${e.reviewer ? ` by ${md(e.reviewer)}` : ''} on ${e.date.slice(0, 10)}`];
    if (m.stale) lines.push('', `Made for earlier wording: “${md(clip(e.claim, 160))}”. Check the claim again, then mark it.`);
    if (e.note) lines.push('', md(e.note));
    if (e.evidence.length) lines.push('', `Evidence: ${e.evidence.map((u) => (/^https?:/i.test(u) ? `<${u}>` : md(u))).join(' · ')}`);
    return lines.join('\n');
  });

  function itemsOf(uri: string, model: DocumentModel): ClaimItem[] {
    const matches = matchesFor(uri, model);
    const index = new LineIndex(model.text);
    const items: ClaimItem[] = documentClaims(model)
      .filter((c) => c.isClaim || matches?.byStatement.has(c.statement))
      .map((c) => {
        const m = matches?.byStatement.get(c.statement);
        return {
          uri,
          id: c.id,
          text: c.text,
          range: { start: index.positionAt(c.span.start), end: index.positionAt(c.span.end) },
          state: m && !m.stale ? m.entry.status : 'unreviewed',
          review: m ? reviewOf(m.entry, m.stale) : null,
        };
      });
    for (const o of matches?.orphans ?? []) items.push({ uri, id: o.id, text: o.claim, range: null, state: o.status, review: reviewOf(o, true) });
    return items;
  }

  ctx.connection.onRequest(CLAIMS_REQUEST, (params: { workspace?: boolean } | null) => {
    const seen = new Set<string>();
    const items: ClaimItem[] = [];
    for (const doc of ctx.documents.all()) {
      const analysed = ctx.analysed(doc.uri);
      if (!analysed) continue;
      seen.add(doc.uri);
      items.push(...itemsOf(doc.uri, analysed.model));
    }
    if (params?.workspace) {
      const settings = ctx.settings();
      for (const path of articleFiles(ctx.workspaceRoots())) {
        const uri = pathToFileURL(path).href;
        if (seen.has(uri)) continue;
        const model = files.get(path, settings, settings.maxDocumentSize);
        if (model) items.push(...itemsOf(uri, model));
      }
    }
    const result: ClaimsResult = { claims: items };
    return result;
  });

  // Only once the workspace has a ledger: before anyone reviews, the counts would be noise.
  summaryOf = (uri, analysed) => {
    const matches = matchesFor(uri, analysed.model);
    if (!matches) return null;
    const claims = documentClaims(analysed.model).filter((c) => c.isClaim);
    const reviewed = claims.filter((c) => matches?.byStatement.get(c.statement)?.stale === false).length;
    return claims.length ? `${reviewed} reviewed · ${claims.length - reviewed} unreviewed` : null;
  };
}

function markArgs(raw: unknown[]): MarkArgs {
  const a = raw[0] as MarkArgs | undefined;
  if (!a || typeof a !== 'object' || typeof a.uri !== 'string') throw new Error('expected one argument { uri, claimId or range, status }');
  if (a.evidence !== undefined && (!Array.isArray(a.evidence) || a.evidence.some((e) => typeof e !== 'string'))) throw new Error('evidence must be a list of URLs');
  if (a.note !== undefined && typeof a.note !== 'string') throw new Error('note must be text');
  return a;
}

const clip = (s: string, n: number): string => (s.length > n ? s.slice(0, n - 1) + '…' : s);
const md = (s: string): string => s.replace(/([\\`*_{}[\]<>()#+!|])/g, '\\$1');
