// The ledger on disk. Reads never fail on a missing file; writes go through `updateLedger`, which
// takes a lock file, re-reads, applies the edit to what is on disk now (so two windows marking
// different claims both keep their work), checks nobody changed the file meanwhile, and replaces it
// atomically. A ledger with problems is never written: the user's text is theirs to fix.
import { existsSync, mkdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { writeFileAtomic } from '../util/atomic-write';
import { randomHex, sha256Hex } from '../util/lazy-crypto';
import { parseLedger, serializeLedger, type LedgerProblem } from './format';
import { LEDGER_DIR, LEDGER_FILE, type Ledger } from './types';

export class LedgerError extends Error {}

export interface LedgerRead {
  path: string;
  exists: boolean;
  text: string;
  hash: string;
  ledger: Ledger;
  problems: LedgerProblem[];
}

const hashOf = sha256Hex;

/** The nearest .sourcecheck/ledger.json in `from` (a file or folder) or a folder above it. */
export function findLedger(from: string): string | null {
  let dir = resolve(from);
  if (existsSync(dir) && !statSync(dir).isDirectory()) dir = dirname(dir);
  for (;;) {
    const candidate = join(dir, LEDGER_DIR, LEDGER_FILE);
    if (existsSync(candidate)) return candidate;
    const up = dirname(dir);
    if (up === dir) return null;
    dir = up;
  }
}

/** The folder a ledger's document paths are relative to: the one holding .sourcecheck/. */
export const ledgerRoot = (ledgerPath: string): string => dirname(dirname(ledgerPath));
export const ledgerPathIn = (root: string): string => join(root, LEDGER_DIR, LEDGER_FILE);

/** A document's key in the ledger: its path from the ledger's root, with forward slashes. */
export function documentKey(ledgerPath: string, file: string): string {
  return relative(ledgerRoot(ledgerPath), resolve(file)).split(sep).join('/');
}

export function readLedger(path: string): LedgerRead {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { path, exists: false, text: '', hash: hashOf(''), ledger: { entries: [] }, problems: [] };
    throw new LedgerError(`${path}: cannot read the ledger (${(e as Error).message})`);
  }
  return { path, exists: true, text, hash: hashOf(text), ...parseLedger(text) };
}

export const describeProblem = (path: string, p: LedgerProblem): string => `${path}:${p.line}: ${p.message}`;

const LOCK_STALE_MS = 10_000;
const LOCK_WAIT_MS = 5_000;
const MAX_ATTEMPTS = 5;

/** Applies `edit` to the ledger on disk and writes the result; returns it. Throws LedgerError. */
export function updateLedger(path: string, edit: (ledger: Ledger) => Ledger): Ledger {
  try {
    mkdirSync(dirname(path), { recursive: true });
  } catch (e) {
    throw new LedgerError(`${dirname(path)}: cannot create the ledger folder (${(e as Error).message})`);
  }
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const release = lock(path);
    try {
      const current = readLedger(path);
      if (current.problems.length) {
        throw new LedgerError(`${describeProblem(path, current.problems[0])}; fix the ledger first (Source Check does not overwrite it)`);
      }
      const next = edit(current.ledger);
      const text = serializeLedger(next);
      if (current.exists && text === current.text) return next;
      // An editor does not take our lock: if the file changed since it was read, apply again.
      if (readLedger(path).hash !== current.hash) continue;
      writeFileAtomic(path, text);
      return next;
    } catch (e) {
      if (e instanceof LedgerError) throw e;
      throw new LedgerError(`${path}: cannot write the ledger (${(e as Error).message})`);
    } finally {
      release();
    }
  }
  throw new LedgerError(`${path}: the ledger kept changing while it was being written; try again`);
}

/** An exclusive lock file beside the ledger, shared by every Source Check process (CLI or editor). */
function lock(path: string): () => void {
  const lockPath = `${path}.lock`;
  const token = `${process.pid} ${randomHex(6)}`;
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      writeFileSync(lockPath, token, { flag: 'wx' });
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw new LedgerError(`${lockPath}: cannot create the lock file (${(e as Error).message})`);
    }
    try {
      // A lock left by a process that died mid-write.
      if (Date.now() - statSync(lockPath).mtimeMs > LOCK_STALE_MS) unlinkSync(lockPath);
    } catch {
      /* released meanwhile */
    }
    if (Date.now() > deadline) throw new LedgerError(`${lockPath}: the ledger is locked by another process; delete the lock file if no Source Check is running`);
    sleep(10 + Math.random() * 30);
  }
  return () => {
    try {
      if (readFileSync(lockPath, 'utf8') === token) unlinkSync(lockPath);
    } catch {
      /* already gone */
    }
  };
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));
const sleep = (ms: number): void => void Atomics.wait(sleeper, 0, 0, ms);

/** For long-running readers (the language server): re-reads a ledger only when its file changed. */
export class LedgerCache {
  private reads = new Map<string, { stamp: string; read: LedgerRead }>();

  /** Never throws: an unreadable ledger comes back empty, with the reason as a problem. */
  get(path: string): LedgerRead {
    const stamp = stampOf(path);
    const hit = this.reads.get(path);
    if (hit && hit.stamp === stamp) return hit.read;
    let read: LedgerRead;
    try {
      read = readLedger(path);
    } catch (e) {
      read = { path, exists: true, text: '', hash: '', ledger: { entries: [] }, problems: [{ line: 1, message: (e as Error).message }] };
    }
    this.reads.set(path, { stamp, read });
    return read;
  }

  /** What was last read, without looking at the file. */
  peek(path: string): LedgerRead | undefined {
    return this.reads.get(path)?.read;
  }

  invalidate(): void {
    this.reads.clear();
  }
}

function stampOf(path: string): string {
  try {
    const st = statSync(path);
    return `${st.ino}:${st.size}:${st.mtimeMs}`;
  } catch {
    return 'none';
  }
}
