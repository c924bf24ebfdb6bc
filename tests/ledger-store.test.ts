// The ledger on disk: merging concurrent writers, refusing to overwrite a malformed file, stale
// locks. (Atomic replacement itself is util/atomic-write.ts's, with its own tests.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv';
import { parseLedger, serializeLedger } from '../server/src/ledger/format';
import { userNameIn } from '../server/src/ledger/reviewer';
import { findLedger, LedgerError, readLedger, updateLedger } from '../server/src/ledger/store';
import type { Ledger, LedgerEntry } from '../server/src/ledger/types';
import { CLI } from './helpers/cli';
import { ROOT, seedText } from './helpers/seed';

/** Runs fn in a fresh temporary folder, removed afterwards. */
async function inTemp(fn: (dir: string, ledgerPath: string) => void | Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'sourcecheck-ledger-'));
  try {
    await fn(dir, join(dir, '.sourcecheck', 'ledger.json'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const entry = (id: string, document = 'a.txt'): LedgerEntry => ({
  id, document, claim: `Claim ${id}.`, context: { before: '', after: '' }, status: 'verified', note: '', evidence: [], reviewer: 'Ana', date: '2025-01-01T00:00:00Z',
});
const add = (e: LedgerEntry) => (l: Ledger): Ledger => ({ ...l, entries: [...l.entries, e] });

test('updateLedger creates the folder, writes a valid, schema-conforming file, and finds it from below', () => inTemp((dir, path) => {
  updateLedger(path, add(entry('b')));
  updateLedger(path, add(entry('a')));
  const text = readFileSync(path, 'utf8');
  const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', 'ledger.schema.json'), 'utf8'));
  const validate = new Ajv({ strict: false, validateFormats: false }).compile(schema);
  assert.ok(validate(JSON.parse(text)), JSON.stringify(validate.errors));
  assert.deepEqual(parseLedger(text).ledger.entries.map((e) => e.id), ['a', 'b']);
  assert.deepEqual(readdirSync(join(dir, '.sourcecheck')), ['ledger.json'], 'no lock or temporary file left');
  mkdirSync(join(dir, 'news', 'world'), { recursive: true });
  assert.equal(findLedger(join(dir, 'news', 'world')), path);
}));

test('a change made while an update runs is merged, not overwritten', () => inTemp((_dir, path) => {
  updateLedger(path, add(entry('a')));
  let calls = 0;
  updateLedger(path, (l) => {
    // Another writer that ignores the lock (a person's editor) saves between our read and write.
    if (calls++ === 0) writeFileSync(path, serializeLedger({ entries: [...l.entries, entry('z')] }));
    return add(entry('m'))(l);
  });
  assert.equal(calls, 2, 'the edit is applied again to what is on disk now');
  assert.deepEqual(readLedger(path).ledger.entries.map((e) => e.id), ['a', 'm', 'z']);
}));

test('a malformed ledger is reported with its line and never overwritten', () => inTemp((_dir, path) => {
  updateLedger(path, add(entry('a')));
  const broken = readFileSync(path, 'utf8').replace('"status": "verified",', '"status": "verified"');
  writeFileSync(path, broken);
  assert.throws(() => updateLedger(path, add(entry('b'))), (e: Error) => e instanceof LedgerError && /ledger\.json:14: not valid JSON/.test(e.message) && /does not overwrite/.test(e.message));
  assert.equal(readFileSync(path, 'utf8'), broken);
}));

test('a lock left by a crashed process is taken over once it is old', () => inTemp((dir, path) => {
  mkdirSync(join(dir, '.sourcecheck'));
  writeFileSync(`${path}.lock`, '999999 dead');
  const old = new Date(Date.now() - 60_000);
  utimesSync(`${path}.lock`, old, old);
  updateLedger(path, add(entry('a')));
  assert.equal(readLedger(path).ledger.entries.length, 1);
}));

test('processes marking different claims at once all keep their work', () => inTemp(async (dir) => {
  writeFileSync(join(dir, 'article.txt'), seedText());
  mkdirSync(join(dir, '.git'));
  const lines = [1, 2, 3, 8, 10, 13];
  const codes = await Promise.all(lines.map((line) => new Promise<number | null>((resolve) => {
    const child = spawn(process.execPath, [CLI, 'ledger', 'mark', `article.txt:${line}`, '--status', 'verified', '--reviewer', `r${line}`], { cwd: dir, stdio: 'ignore' });
    child.on('exit', resolve);
  })));
  assert.deepEqual(codes, lines.map(() => 0));
  const { ledger, problems } = readLedger(join(dir, '.sourcecheck', 'ledger.json'));
  assert.deepEqual(problems, []);
  assert.deepEqual([...new Set(ledger.entries.map((e) => e.reviewer))].sort(), lines.map((l) => `r${l}`).sort());
}));

test('the reviewer name comes from git config files without running git', () => inTemp((dir) => {
  const cfg = join(dir, 'config');
  writeFileSync(cfg, '[core]\n\tname = not this\n[user]\n\temail = a@b\n\tname = "Ana Ruiz" ; comment\n[user "x"]\n\tname = not this either\n');
  assert.equal(userNameIn(cfg), 'Ana Ruiz');
}));
