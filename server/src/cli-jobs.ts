// `sourcecheck --jobs N`: files checked by N threads, the main one and N - 1 workers running this
// same CLI. Every thread takes the next unclaimed file from one shared counter, so none waits on
// another for work (sending files out one message at a time left the workers idle between
// files, and --jobs 2 ran slower than one thread). Results are put back in file order, so the
// output is exactly the single-threaded output.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type * as WorkerThreads from 'node:worker_threads';

// node:worker_threads is loaded only by `--jobs` and in its workers, not by every run of the CLI.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const threads = (): typeof WorkerThreads => require('node:worker_threads') as typeof WorkerThreads;
/** Marks the workers' argv, so that the main thread knows it is not one without loading the module. */
const WORKER_FLAG = '--sourcecheck-jobs-worker';

/**
 * Threads for `--jobs auto`: one core is left to V8's compiler and collector threads, which every
 * analysis thread keeps busy while it warms up. On two cores that is one thread: two took 1.36-1.4 s
 * over the BBC folder where one took 1.3 s (docs/performance.md).
 */
export const autoJobs = (cores: number): number => Math.max(1, cores - 1);

// Results travel as JSON text: for these plain report objects that costs the main thread about
// half of what structured cloning does.
type Reply = { i: number; ok: true; json: string } | { i: number; ok: false; message: string; input: boolean };
type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

interface JobData {
  sourcecheckJobs: unknown;
  files: string[];
  /** One Int32: the index of the next file nobody has taken. */
  next: SharedArrayBuffer;
}

/**
 * The file workers start from: the CLI's entry (dist/cli.js), which runs the bundle from its code
 * cache with the CLI's V8 flags, when it is beside this bundle; otherwise this file itself.
 */
function workerEntry(): string {
  const entry = join(__dirname, 'cli.js');
  return existsSync(entry) ? entry : __filename;
}

/**
 * Checks every file in `jobs` threads: `checkHere` on the main thread, the checker built from
 * `data` in the workers. A failure rejects with the first failing file's error, in file order.
 */
export function inThreads<T>(
  files: string[],
  jobs: number,
  data: unknown,
  checkHere: (path: string) => T,
  toError: (message: string, input: boolean) => Error,
): Promise<T[]> {
  const next = new SharedArrayBuffer(4);
  const counter = new Int32Array(next);
  const outcomes = new Array<Outcome<T>>(files.length);
  let done = 0;
  const workers: WorkerThreads.Worker[] = [];
  const workerData: JobData = { sourcecheckJobs: data, files, next };
  return new Promise<T[]>((resolve, reject) => {
    let settled = false;
    const finish = (error?: unknown): void => {
      if (settled) return;
      settled = true;
      for (const w of workers) void w.terminate();
      if (error) return reject(error);
      const failed = outcomes.find((o) => !o.ok) as Extract<Outcome<T>, { ok: false }> | undefined;
      if (failed) reject(failed.error);
      else resolve(outcomes.map((o) => (o as Extract<Outcome<T>, { ok: true }>).value));
    };
    const settle = (i: number, outcome: Outcome<T>): void => {
      outcomes[i] = outcome;
      if (++done === files.length) finish();
    };
    for (let k = 1; k < Math.min(jobs, files.length); k++) {
      const w = new (threads().Worker)(workerEntry(), { argv: [WORKER_FLAG], workerData });
      workers.push(w);
      w.on('message', (r: Reply) =>
        settle(r.i, r.ok ? { ok: true, value: JSON.parse(r.json) as T } : { ok: false, error: toError(r.message, r.input) }),
      );
      w.on('error', (e) => finish(e));
      // A worker that stops with files it took still unchecked would leave the run waiting forever.
      w.on('exit', (code) => {
        if (code !== 0) finish(new Error(`a --jobs worker thread stopped (exit code ${code}) before its files were checked`));
      });
    }
    // The main thread works too; worker results wait in its queue until it is done.
    for (let i = Atomics.add(counter, 0, 1); i < files.length; i = Atomics.add(counter, 0, 1)) {
      let outcome: Outcome<T>;
      try {
        outcome = { ok: true, value: checkHere(files[i]) };
      } catch (error) {
        outcome = { ok: false, error };
      }
      settle(i, outcome);
    }
  });
}

/** True in a worker started by inThreads(). */
export const isJobWorker = (): boolean => process.argv.includes(WORKER_FLAG) && !threads().isMainThread && !!threads().workerData?.sourcecheckJobs;

/** The worker side: checks files from the shared counter with `work`, built from the data the main thread passed. */
export function serveJobs<T>(work: (data: unknown) => (path: string) => T, isInputError: (e: unknown) => boolean): void {
  const { parentPort, workerData } = threads();
  const { sourcecheckJobs, files, next } = workerData as JobData;
  const check = work(sourcecheckJobs);
  const counter = new Int32Array(next);
  for (let i = Atomics.add(counter, 0, 1); i < files.length; i = Atomics.add(counter, 0, 1)) {
    try {
      parentPort!.postMessage({ i, ok: true, json: JSON.stringify(check(files[i])) } satisfies Reply);
    } catch (e) {
      parentPort!.postMessage({ i, ok: false, message: (e as Error).message, input: isInputError(e) } satisfies Reply);
    }
  }
}
