// A check run hands itself to a child Node with one V8 background thread (server/src/cli-respawn.ts):
// the child's output and exit code are the command's, signals reach it, and it never outlives it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { shouldRespawn } from '../server/src/cli-respawn';
import { CLI } from './helpers/cli';
import { ROOT } from './helpers/seed';

const run = (args: string[], env: NodeJS.ProcessEnv = {}, input?: string) => {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, env: { ...process.env, ...env }, input, encoding: 'utf8', timeout: 30_000 });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
};

test('a check run respawns; the language server, ledger, help and version do not, nor a run told not to', () => {
  const argv = (...a: string[]) => ['node', 'cli.js', ...a];
  assert.equal(shouldRespawn(argv('seeds'), {}, []), true);
  assert.equal(shouldRespawn(argv('--format', 'json', '-'), {}, []), true);
  for (const a of [['--stdio'], ['--node-ipc'], ['--help'], ['-h'], ['--version'], ['ledger', 'check']]) assert.equal(shouldRespawn(argv(...a), {}, []), false, a.join(' '));
  assert.equal(shouldRespawn(argv('seeds'), { SOURCECHECK_RESPAWN: '0' }, []), false);
  assert.equal(shouldRespawn(argv('seeds'), {}, ['--v8-pool-size=2']), false);
  assert.equal(shouldRespawn(argv('seeds'), { NODE_OPTIONS: '--max-old-space-size=512 --v8-pool-size=4' }, []), false);
});

test('the respawned run prints exactly what an in-process run prints, with the same exit codes', () => {
  for (const args of [['seeds'], ['--format', 'json', 'seeds'], ['--format', 'sarif', 'seeds'], ['--max-warnings', '0', 'seeds'], ['no-such-folder']]) {
    const child = run(args);
    const here = run(args, { SOURCECHECK_RESPAWN: '0' });
    assert.equal(child.code, here.code, args.join(' '));
    assert.equal(child.stdout, here.stdout, args.join(' '));
    assert.equal(child.stderr, here.stderr, args.join(' '));
  }
  assert.equal(run(['no-such-folder']).code, 2);
  const text = 'The minister said 40 people died.';
  assert.equal(run(['--format', 'json', '-'], {}, text).stdout, run(['--format', 'json', '-'], { SOURCECHECK_RESPAWN: '0' }, text).stdout);
  assert.match(run(['--format', 'json', '-'], {}, text).stdout, /"source"/);
});

test('a pool size of the user\'s own runs the check in process, with the same output (no respawn)', () => {
  // (this run once crashed: the CLI's V8 flags came after a regular expression had run)
  const expected = run(['--format', 'json', 'seeds']);
  assert.equal(expected.code, 0);
  for (const env of [{ NODE_OPTIONS: '--v8-pool-size=1' }, { NODE_OPTIONS: '--v8-pool-size=2' }]) {
    const r = run(['--format', 'json', 'seeds'], env);
    assert.equal(r.signal, null, JSON.stringify(env));
    assert.equal(r.code, 0, `${JSON.stringify(env)}: ${r.stderr}`);
    assert.equal(r.stdout, expected.stdout);
  }
  const argv = spawnSync(process.execPath, ['--v8-pool-size=1', CLI, '--format', 'json', 'seeds'], { cwd: ROOT, encoding: 'utf8', timeout: 30_000 });
  assert.equal(argv.status, 0, argv.stderr);
  assert.equal(argv.stdout, expected.stdout);
});

/** The pids of the processes whose parent is `pid` (Linux /proc). */
function childrenOf(pid: number): number[] {
  return readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .filter((d) => {
      try {
        return Number(readFileSync(`/proc/${d}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ')[1]) === pid;
      } catch {
        return false; // (gone meanwhile)
      }
    })
    .map(Number);
}

test('the child runs with one V8 thread, and a signal to the command ends both processes', { skip: !existsSync('/proc/self/stat') && 'needs Linux /proc to find the child', timeout: 60_000 }, async () => {
  // reading stdin, the run waits until it is closed: long enough to look at it and signal it
  const cli = spawn(process.execPath, [CLI, '-'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
  const cmdlineOf = (pid: number): string[] => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    } catch {
      return [];
    }
  };
  // (a child just forked still has its parent's command line until it starts Node: wait for that)
  let kids: number[] = [];
  for (let i = 0; i < 400 && !(kids.length && cmdlineOf(kids[0]).includes('--v8-pool-size=1')); i++) {
    await new Promise((r) => setTimeout(r, 25));
    kids = childrenOf(cli.pid!);
  }
  assert.equal(kids.length, 1, 'one child process');
  assert.ok(cmdlineOf(kids[0]).includes('--v8-pool-size=1'), cmdlineOf(kids[0]).join(' '));
  const closed = new Promise<[number | null, NodeJS.Signals | null]>((resolve) => cli.on('close', (code, signal) => resolve([code, signal])));
  cli.kill('SIGTERM');
  // 'close' comes only when every holder of the pipes is gone: the child too
  assert.deepEqual(await closed, [null, 'SIGTERM']);
  assert.equal(existsSync(`/proc/${kids[0]}`) && !readFileSync(`/proc/${kids[0]}/stat`, 'utf8').includes(') Z '), false, 'the child is gone');
});
