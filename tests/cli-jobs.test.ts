// `sourcecheck --jobs N`: worker threads give exactly the single-threaded output and exit codes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './helpers/cli';
import { autoJobs } from '../server/src/cli-jobs';
import { SEED_PATH } from './helpers/seed';
import { generateArticle, seededRandom } from '../scripts/bench/standin';

function folder(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'sourcecheck-jobs-'));
  for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, name), body);
  return dir;
}

test('--jobs 3 prints the same JSON and text as one thread, files in the same order', () => {
  const r = seededRandom(3);
  const files: Record<string, string> = { 'seed.txt': readFileSync(SEED_PATH, 'utf8') };
  for (let i = 0; i < 12; i++) files[`article-${String(i).padStart(2, '0')}.txt`] = generateArticle(r, 20);
  const dir = folder(files);
  try {
    for (const format of ['json', 'text']) {
      const one = runCli(['--format', format, dir]);
      const three = runCli(['--format', format, '--jobs', '3', dir]);
      assert.equal(three.code, one.code);
      assert.equal(three.stdout, one.stdout);
      assert.ok(one.stdout.length > 1000);
    }
    assert.equal(runCli(['--format', 'json', '--jobs', 'auto', dir]).stdout, runCli(['--format', 'json', dir]).stdout);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('--jobs: an unreadable file stops the run with exit code 2, as with one thread', () => {
  const dir = folder({ 'a.txt': 'Officials said the deal was signed.', 'b.txt': Buffer.from([0x66, 0x00, 0x67]), 'c.txt': 'He said so.' });
  try {
    const one = runCli(['--jobs', '1', dir]);
    const two = runCli(['--jobs', '2', dir]);
    assert.equal(one.code, 2);
    assert.equal(two.code, 2);
    assert.equal(two.stderr, one.stderr);
    assert.match(two.stderr, /b\.txt: binary file/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('--jobs takes a whole number of threads or auto', () => {
  const r = runCli(['--jobs', '0', SEED_PATH]);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /--jobs takes a whole number of threads or auto, not "0"/);
});

test('--jobs auto leaves one core to V8\'s background threads, and never asks for fewer than one thread', () => {
  assert.deepEqual([1, 2, 4, 8].map(autoJobs), [1, 1, 3, 7]);
});
