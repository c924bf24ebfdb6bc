// Atomic writes: a writer killed at random moments leaves the old file or the new one, never a mix,
// and a write that fails keeps the old file and leaves no temporary behind.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { writeFileAtomic, writeFileAtomicAsync } from '../server/src/util/atomic-write';
import { ROOT } from './helpers/seed';

const dir = mkdtempSync(join(tmpdir(), 'sc-atomic-'));
test.after(() => rmSync(dir, { recursive: true, force: true }));

// The child runs the real helper as plain JavaScript (fast to start; tsx would cost a second each).
const helper = join(dir, 'atomic.cjs');
buildSync({ entryPoints: [join(ROOT, 'server/src/util/atomic-write.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: helper, logLevel: 'silent' });

// Two contents of different lengths and bytes, large enough that a write takes a while.
const A = 'A'.repeat(600_000);
const B = 'B'.repeat(400_000) + '\n';
const WRITER = `
const { writeFileAtomic, writeFileAtomicAsync } = require(${JSON.stringify(helper)});
const [path, a, b] = [process.argv[1], 'A'.repeat(600_000), 'B'.repeat(400_000) + '\\n'];
let n = 0;
process.stdout.write('ready\\n');
(async () => { for (;;) { const d = n++ % 2 ? a : b; if (n % 3) writeFileAtomic(path, d); else await writeFileAtomicAsync(path, d); } })();
`;

function killWriterAt(path: string, delayMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', WRITER, path], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.stdout.once('data', () => setTimeout(() => child.kill('SIGKILL'), delayMs));
    child.on('exit', (code, signal) => (signal === 'SIGKILL' ? resolve() : reject(new Error(`writer exited ${code}: ${err}`))));
  });
}

test('a writer killed at random points leaves the old or the new content, never a mix', async (t) => {
  const seen = new Set<string>();
  // Two writers at a time, on two files: starting node is most of each round's cost.
  const lane = async (name: string, rounds: number) => {
    const path = join(dir, name);
    writeFileSync(path, A);
    for (let i = 0; i < rounds; i++) {
      const delay = Math.floor(Math.random() * 40);
      await killWriterAt(path, delay);
      const now = readFileSync(path, 'utf8');
      assert.ok(now === A || now === B, `${name} round ${i} (kill after ${delay} ms): ${now.length} characters, starting ${JSON.stringify(now.slice(0, 10))}`);
      seen.add(now === A ? 'old' : 'new');
    }
  };
  await Promise.all([lane('one.json', 5), lane('two.json', 5)]);
  // A killed writer may leave its temporary file behind, never a changed target.
  for (const f of readdirSync(dir)) assert.match(f, /^(one\.json|two\.json|atomic\.cjs|\.(one|two)\.json\.\d+\.[0-9a-f]+\.tmp)$/);
  t.diagnostic(`contents seen after 10 kills: ${[...seen].join(', ')}`);
});

test('a failed write keeps the old file and leaves no temporary file', async () => {
  const sub = join(dir, 'fail');
  mkdirSync(sub);
  const path = join(sub, 'target');
  writeFileSync(path, 'old');
  // The rename cannot replace a folder: the write fails after the data went to the temporary file.
  const folderTarget = join(sub, 'is-a-folder');
  mkdirSync(folderTarget);
  mkdirSync(join(folderTarget, 'child'));
  assert.throws(() => writeFileAtomic(folderTarget, 'new'));
  await assert.rejects(writeFileAtomicAsync(folderTarget, 'new'));
  assert.deepEqual(readdirSync(sub).sort(), ['is-a-folder', 'target']);
  writeFileAtomic(path, 'new');
  assert.equal(readFileSync(path, 'utf8'), 'new');
  await writeFileAtomicAsync(path, new Uint8Array([0x6f, 0x6b]));
  assert.equal(readFileSync(path, 'utf8'), 'ok');
});

test('a rewrite keeps the file’s permissions', () => {
  const path = join(dir, 'private.json');
  writeFileSync(path, '{}');
  chmodSync(path, 0o600);
  writeFileAtomic(path, '{"a":1}');
  assert.equal(statSync(path).mode & 0o777, 0o600);
});
