// `sourcecheck --jobs N`: files checked by N worker threads running this same bundle. Files go out
// one at a time to whichever worker is free; results come back in file order, so the output is
// exactly the single-threaded output.
import type * as WorkerThreads from 'node:worker_threads';

// node:worker_threads is loaded only by `--jobs` and in its workers, not by every run of the CLI.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const threads = (): typeof WorkerThreads => require('node:worker_threads') as typeof WorkerThreads;
/** Marks the workers' argv, so that the main thread knows it is not one without loading the module. */
const WORKER_FLAG = '--sourcecheck-jobs-worker';

// Results travel as JSON text: for these plain report objects that costs the main thread about
// half of what structured cloning does.
type Reply = { i: number; ok: true; json: string } | { i: number; ok: false; message: string; input: boolean };

/** Runs `work` on every file in `jobs` workers; a failure rejects with the first failing file's error, in file order. */
export function inWorkers<T>(
  files: string[],
  jobs: number,
  data: unknown,
  toError: (message: string, input: boolean) => Error,
): Promise<T[]> {
  return new Promise((resolve, reject) => {
    const results = new Array<Reply>(files.length);
    let next = 0;
    let done = 0;
    const workers: WorkerThreads.Worker[] = [];
    const finish = (error?: Error): void => {
      for (const w of workers) void w.terminate();
      if (error) return reject(error);
      const failed = results.find((r) => !r.ok) as Extract<Reply, { ok: false }> | undefined;
      if (failed) reject(toError(failed.message, failed.input));
      else resolve(results.map((r) => JSON.parse((r as Extract<Reply, { ok: true }>).json) as T));
    };
    const feed = (w: WorkerThreads.Worker): void => {
      if (next < files.length) {
        w.postMessage({ i: next, path: files[next] });
        next++;
      }
    };
    for (let k = 0; k < Math.min(jobs, files.length); k++) {
      const w = new (threads().Worker)(__filename, { argv: [WORKER_FLAG], workerData: { sourcecheckJobs: data } });
      workers.push(w);
      w.on('message', (r: Reply) => {
        results[r.i] = r;
        if (++done === files.length) finish();
        else feed(w);
      });
      w.on('error', (e) => finish(e));
      feed(w);
    }
    if (!files.length) resolve([]);
  });
}

/** True in a worker started by inWorkers(). */
export const isJobWorker = (): boolean => process.argv.includes(WORKER_FLAG) && !threads().isMainThread && !!threads().workerData?.sourcecheckJobs;

/** The worker side: checks each file it is sent with `work`, built from the data the main thread passed. */
export function serveJobs<T>(work: (data: unknown) => (path: string) => T, isInputError: (e: unknown) => boolean): void {
  const { parentPort, workerData } = threads();
  const check = work(workerData.sourcecheckJobs);
  parentPort!.on('message', ({ i, path }: { i: number; path: string }) => {
    try {
      parentPort!.postMessage({ i, ok: true, json: JSON.stringify(check(path)) });
    } catch (e) {
      parentPort!.postMessage({ i, ok: false, message: (e as Error).message, input: isInputError(e) });
    }
  });
}
