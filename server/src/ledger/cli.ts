// `sourcecheck ledger ...`: the claim ledger for scripts and for people outside VS Code.
// Exit codes: 0 done (or check passed), 1 check failed, 2 usage, input or ledger problem.
import { existsSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { CheckResult } from '../check';
import { writeFileAtomic } from '../util/atomic-write';
import { claimReviewJsonLd, isExportable } from './claimreview';
import { markClaims, reviewDate, unmarkClaims } from './format';
import { documentClaims } from './ids';
import { lineAt } from './json-parse';
import { reviewerName } from './reviewer';
import { matchDocument } from './reviews';
import { describeProblem, documentKey, findLedger, LedgerError, ledgerPathIn, ledgerRoot, readLedger, updateLedger } from './store';
import { isStatus, LEDGER_DIR, STATUSES, type LedgerEntry, type ReviewStatus } from './types';

export const LEDGER_USAGE = `usage: sourcecheck ledger mark PATH:LINE --status STATUS [--note TEXT] [--evidence URL]... [--reviewer NAME]
       sourcecheck ledger unmark PATH:LINE
       sourcecheck ledger check [--fail-on LIST] [PATH...]
       sourcecheck ledger export [--out FILE] [--base-url URL] [PATH...]
STATUS is one of ${STATUSES.join(', ')}. LINE is 1-based. Every command takes --ledger FILE;
otherwise the nearest ${LEDGER_DIR}/ledger.json above the file (or the current folder) is used.
check fails (exit 1) on claims whose state is in --fail-on (default unreviewed,false), from
unreviewed (no review, or one made before the words changed) and the statuses above.`;

/** What the ledger commands borrow from the main CLI, so that files are found and read alike. */
export interface LedgerCliHost {
  /** The checkable files under a path (a file, or a folder walked for .txt/.md). */
  collect(path: string): string[];
  check(path: string): CheckResult;
  /** True for the host's own "cannot read that input" errors, reported with exit 2. */
  isInputError(e: unknown): boolean;
}

class UsageError extends Error {}

interface Args {
  positional: string[];
  flags: Map<string, string[]>;
}

const FLAGS = new Set(['--status', '--note', '--evidence', '--reviewer', '--ledger', '--fail-on', '--out', '--base-url']);

function parse(argv: string[]): Args {
  const args: Args = { positional: [], flags: new Map() };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith('--')) {
      const name = a.split('=')[0];
      if (!FLAGS.has(name)) throw new UsageError(`unknown option ${name}`);
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (v === undefined) throw new UsageError(`${name} needs a value`);
      args.flags.set(name, [...(args.flags.get(name) ?? []), v]);
    } else args.positional.push(a);
  }
  return args;
}

const one = (args: Args, flag: string): string | undefined => {
  const v = args.flags.get(flag);
  if (v && v.length > 1) throw new UsageError(`${flag} given more than once`);
  return v?.[0];
};

export function runLedger(argv: string[], host: LedgerCliHost, out = process.stdout, err = process.stderr): number {
  const [command, ...rest] = argv;
  try {
    if (!command || command === '--help' || command === '-h') {
      (command ? out : err).write(`${LEDGER_USAGE}\n`);
      return command ? 0 : 2;
    }
    const args = parse(rest);
    const say = (s: string) => out.write(s + '\n');
    const warn = (s: string) => err.write(`sourcecheck: ${s}\n`);
    if (command === 'mark' || command === 'unmark') return mark(command, args, host, say);
    if (command === 'check') return check(args, host, say, warn);
    if (command === 'export') return exportLd(args, host, say, warn);
    throw new UsageError(`unknown ledger command "${command}"`);
  } catch (e) {
    if (e instanceof UsageError) {
      err.write(`sourcecheck ledger: ${e.message}\n${LEDGER_USAGE}\n`);
      return 2;
    }
    if (e instanceof LedgerError || host.isInputError(e)) {
      err.write(`sourcecheck: ${(e as Error).message}\n`);
      return 2;
    }
    throw e;
  }
}

/** Where a new ledger goes: the project folder (one with .git or .sourcecheck.json) holding the file. */
function newLedgerPath(file: string): string {
  for (let dir = dirname(resolve(file)); ; ) {
    if (['.git', '.sourcecheck.json', LEDGER_DIR].some((m) => existsSync(join(dir, m)))) return ledgerPathIn(dir);
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  const cwd = process.cwd();
  return ledgerPathIn(relative(cwd, resolve(file)).startsWith('..') ? dirname(resolve(file)) : cwd);
}

function mark(command: 'mark' | 'unmark', args: Args, host: LedgerCliHost, say: (s: string) => void): number {
  if (args.positional.length !== 1) throw new UsageError(`${command} takes one PATH:LINE`);
  const m = /^(.+):(\d+)$/.exec(args.positional[0]);
  if (!m || Number(m[2]) < 1) throw new UsageError(`expected PATH:LINE with a 1-based line, not "${args.positional[0]}"`);
  const [, file, lineText] = m;
  const line = Number(lineText);
  const status = one(args, '--status');
  if (command === 'mark' && !isStatus(status)) throw new UsageError(status ? `unknown status "${status}"; use ${STATUSES.join(', ')}` : '--status is required');
  const evidence = args.flags.get('--evidence');
  for (const url of evidence ?? []) if (!URL.canParse(url)) throw new UsageError(`--evidence "${url}" is not a URL`);
  const { model } = host.check(file);
  const claims = documentClaims(model);
  const targets = claims.filter((c) => {
    const first = lineOf(model.text, c.span.start);
    return c.isClaim && first <= line && line <= lineOf(model.text, c.span.end);
  });
  if (!targets.length) throw new LedgerError(`${file}:${line}: no claim on this line`);
  const path = one(args, '--ledger') ?? findLedger(file) ?? newLedgerPath(file);
  const document = documentKey(path, file);
  if (document.startsWith('../')) throw new LedgerError(`${file}: outside the ledger's folder ${ledgerRoot(path)}`);
  if (command === 'unmark') {
    const before = readLedger(path).ledger.entries.length;
    const after = updateLedger(path, (l) => unmarkClaims(l, document, claims, targets)).entries.length;
    say(`${file}:${line}: removed ${before - after} review${before - after === 1 ? '' : 's'}`);
    return 0;
  }
  const reviewer = reviewerName(dirname(path), one(args, '--reviewer'));
  updateLedger(path, (l) => markClaims(l, document, claims, targets, { status: status as ReviewStatus, note: one(args, '--note'), evidence, reviewer, date: reviewDate() }));
  say(`${file}:${line}: marked ${targets.length} claim${targets.length === 1 ? '' : 's'} ${status} in ${relative(process.cwd(), path) || path}`);
  return 0;
}

const STATES = ['unreviewed', ...STATUSES];

function check(args: Args, host: LedgerCliHost, say: (s: string) => void, warn: (s: string) => void): number {
  const failOn = new Set((one(args, '--fail-on') ?? 'unreviewed,false').split(',').map((s) => s.trim()).filter(Boolean));
  for (const s of failOn) if (!STATES.includes(s)) throw new UsageError(`--fail-on: unknown state "${s}"; use ${STATES.join(', ')}`);
  const counts = new Map<string, number>(STATES.map((s) => [s, 0]));
  let failed = 0;
  for (const file of documents(args, host)) {
    const { model } = host.check(file);
    const ledgerPath = one(args, '--ledger') ?? findLedger(file);
    const read = ledgerPath ? readLedger(ledgerPath) : null;
    if (read?.problems.length) throw new LedgerError(describeProblem(read.path, read.problems[0]));
    const matches = read ? matchDocument(model, read.ledger, documentKey(read.path, file)) : null;
    for (const c of documentClaims(model)) {
      const match = matches?.byStatement.get(c.statement);
      if (!c.isClaim && !match) continue;
      const state = match && !match.stale ? match.entry.status : 'unreviewed';
      counts.set(state, counts.get(state)! + 1);
      if (!failOn.has(state)) continue;
      failed++;
      const e = match?.entry;
      const why = !match ? 'unreviewed claim' : match.stale ? `stale review (marked ${e!.status} before the words changed)` : `${state} claim (marked by ${e!.reviewer || 'unknown'}${e!.note ? `: ${e!.note}` : ''})`;
      say(`${file}:${lineOf(model.text, c.span.start)}: ${why}: “${clip(c.text)}”`);
    }
    for (const o of matches?.orphans ?? []) warn(`${file}: a ${o.status} review matches no sentence any more: “${clip(o.claim)}”`);
  }
  say(`${[...counts].filter(([, n]) => n).map(([s, n]) => `${n} ${s}`).join(', ') || 'no claims'}; ${failed} failing (--fail-on ${[...failOn].join(',')})`);
  return failed ? 1 : 0;
}

function documents(args: Args, host: LedgerCliHost): string[] {
  return (args.positional.length ? args.positional : ['.']).flatMap((p) => host.collect(p));
}

function exportLd(args: Args, host: LedgerCliHost, say: (s: string) => void, warn: (s: string) => void): number {
  const baseUrl = one(args, '--base-url');
  if (baseUrl !== undefined && !URL.canParse(baseUrl)) throw new UsageError(`--base-url "${baseUrl}" is not a URL`);
  const path = one(args, '--ledger') ?? findLedger(process.cwd());
  if (!path) throw new LedgerError(`no ${LEDGER_DIR}/ledger.json in ${process.cwd()} or above`);
  const read = readLedger(path);
  if (read.problems.length) throw new LedgerError(describeProblem(path, read.problems[0]));
  const root = ledgerRoot(path);
  const wanted = args.positional.length ? new Set(documents(args, host).map((f) => documentKey(path, f))) : null;
  const byDocument = new Map<string, LedgerEntry[]>();
  for (const e of read.ledger.entries) if (isExportable(e) && (!wanted || wanted.has(e.document))) byDocument.set(e.document, [...(byDocument.get(e.document) ?? []), e]);
  const current: LedgerEntry[] = [];
  for (const [document, entries] of byDocument) {
    const file = join(root, document);
    if (!existsSync(file) || !statSync(file).isFile()) {
      warn(`${document}: not found; its ${entries.length} review(s) are not exported`);
      continue;
    }
    // A review is published only for words the article still has.
    const { byStatement } = matchDocument(host.check(file).model, { entries }, document);
    const fresh = new Set([...byStatement.values()].filter((m) => !m.stale).map((m) => m.entry));
    for (const e of entries) {
      if (fresh.has(e)) current.push(e);
      else warn(`${document}: review of “${clip(e.claim, 60)}” is stale or its claim is gone; not exported`);
    }
  }
  const text = JSON.stringify(claimReviewJsonLd(current, { baseUrl }), null, 2);
  const outFile = one(args, '--out');
  if (!outFile) say(text);
  else {
    writeFileAtomic(outFile, text + '\n');
    say(`wrote ${current.length} ClaimReview${current.length === 1 ? '' : 's'} to ${outFile}`);
  }
  return 0;
}

const lineOf = lineAt;

const clip = (s: string, n = 80): string => (s.length > n ? s.slice(0, n - 1) + '…' : s);
