// A check run of the `sourcecheck` command runs in a child process with one V8 background thread.
// Node starts four; on a small machine they preempt the analysis thread while they compile and
// collect for it, and a sweep of the BBC folder on this project's 2-core machine takes 11% less
// time with `--v8-pool-size=1`, the second start included (docs/performance.md). That is a Node option, read only at start, so
// the command starts Node again with it. The child inherits the environment and the standard
// streams, so output, input on stdin and exit codes are the child's; signals sent to this process
// go on to it, and a child killed by a signal kills this process by the same signal.
//
// The child's environment drops NODE_EXTRA_CA_CERTS: Node reads and parses that bundle of
// certificates at every start (30 ms on this machine), and the analysis opens no connection.
// SOURCECHECK_RESPAWN=0 turns the respawn off (the child gets it, so it never respawns again).
import type { ChildProcess } from 'node:child_process';

// (the child never needs these two: it is told so by its environment before either is loaded)
// eslint-disable-next-line @typescript-eslint/no-require-imports
const isMainThread = (): boolean => (require('node:worker_threads') as typeof import('node:worker_threads')).isMainThread;

// (not SIGUSR1: Node keeps it for its inspector)
const FORWARDED = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGQUIT'] as const;
/** Subcommands and modes that are not a sweep: the language server keeps Node's defaults. */
const NOT_A_CHECK = ['--stdio', '--node-ipc', '--version', '--help', '-h'];

/** Whether this process should hand the run to a child with one V8 background thread. */
export function shouldRespawn(argv = process.argv, env = process.env, execArgv = process.execArgv): boolean {
  if (env.SOURCECHECK_RESPAWN === '0' || process.platform === 'win32') return false;
  if (argv[2] === 'ledger' || argv.slice(2).some((a) => NOT_A_CHECK.includes(a)) || !isMainThread()) return false;
  // (the user chose the pool size themselves)
  return ![...execArgv, ...(env.NODE_OPTIONS ?? '').split(/\s+/)].some((a) => a.startsWith('--v8-pool-size'));
}

/** The child's environment: this process's, told not to respawn again, less the certificate bundle. */
export function childEnvironment(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const child: NodeJS.ProcessEnv = { ...env, SOURCECHECK_RESPAWN: '0' };
  delete child.NODE_EXTRA_CA_CERTS;
  return child;
}

/**
 * Runs this command again in a child with `--v8-pool-size=1` and mirrors its exit. When the child
 * cannot be started, `fallback` runs the command in this process instead.
 */
export function respawn(script: string, fallback: () => void): void {
  const env = childEnvironment();
  // The handlers come first: a signal between the child's start and their setting would kill this
  // process alone and leave the child running. One that comes before there is a child is kept for it.
  let child: ChildProcess | undefined;
  let early: NodeJS.Signals | undefined;
  const forward = (signal: NodeJS.Signals): void => {
    if (child) child.kill(signal);
    else early = signal;
  };
  for (const s of FORWARDED) process.on(s, forward);
  const stopForwarding = (): void => {
    for (const s of FORWARDED) process.removeListener(s, forward);
  };
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { spawn } = require('node:child_process') as typeof import('node:child_process');
  child = spawn(process.execPath, [...process.execArgv, '--v8-pool-size=1', script, ...process.argv.slice(2)], { stdio: 'inherit', env });
  if (early) child.kill(early);
  child.once('error', () => {
    // (only a child that never started leaves the run to this process)
    if (child.pid !== undefined) return;
    stopForwarding();
    fallback();
  });
  child.once('exit', (code, signal) => {
    stopForwarding();
    if (signal) process.kill(process.pid, signal);
    // (at once: this process writes nothing of its own, and a natural exit would first tear it down)
    else process.exit(code ?? 1);
  });
}
