#!/usr/bin/env node
// dist/cli.js, the `sourcecheck` command. It tunes V8 for a one-shot sweep and runs the CLI bundle
// (dist/cli-main.js) from the V8 code cache the build leaves beside it, so that a fresh process skips
// parsing and compiling 700 kB of JavaScript (about 3% of the instructions of a BBC-folder sweep;
// docs/performance.md).
// Node 22 has module.enableCompileCache() for this; Node 20, which we support, does not. The cache is
// written by the build, never at run time, and is used only when it was made from this very bundle:
// V8 checks its own version and flags, but compares sources by length alone, so the cache starts with
// the bundle's CRC-32. (A SHA would start OpenSSL, which costs more than the check is worth.)
import { respawn, shouldRespawn } from './cli-respawn';
import { tuneV8 } from './cli-tuning';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const MAIN = join(__dirname, 'cli-main.js');
const CACHE = join(__dirname, 'cli-main.cache');
const DIGEST_BYTES = 4;

// The flags come before anything else runs: V8 shares a regular expression's compiled data between
// equal literals, and one run before `--no-regexp-tier-up` (shouldRespawn splits NODE_OPTIONS on
// /\s+/) crashed the process when the bundle ran the same expression after it.
tuneV8();
// (a sweep runs in a child with one V8 background thread: cli-respawn.ts)
if (shouldRespawn()) respawn(__filename, runMain);
else runMain();

function runMain(): void {
  // (loaded here, not above: a process that respawns starts its child without them)
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { Script } = require('node:vm') as typeof import('node:vm');
  const zlib = require('node:zlib') as typeof import('node:zlib');
  const Module = require('node:module') as typeof import('node:module');
  /* eslint-enable @typescript-eslint/no-require-imports */
  const bytes = readFileSync(MAIN);
  const source = bytes.toString('utf8');
  // zlib.crc32 is in Node 20.15 and later; on older Nodes the CLI runs without the cache.
  const digest = typeof zlib.crc32 === 'function' ? digestOf(zlib.crc32(bytes)) : undefined;
  const cachedData = digest && matchingCache(digest);
  const script = new Script(Module.wrap(source), { filename: MAIN, cachedData });

  // `npm run build` runs the seed once with this set, so the cache also holds the functions that run.
  if (process.env.SOURCECHECK_WRITE_CODE_CACHE === '1' && digest) {
    process.once('exit', () => writeFileSync(CACHE, Buffer.concat([digest, script.createCachedData()])));
  }

  const main = new Module(MAIN, module);
  main.filename = MAIN;
  main.paths = module.paths;
  main.loaded = true;
  (script.runInThisContext() as (...args: unknown[]) => void).call(main.exports, main.exports, Module.createRequire(MAIN), main, MAIN, __dirname);
}

function digestOf(crc: number): Buffer {
  const b = Buffer.alloc(DIGEST_BYTES);
  b.writeUInt32BE(crc >>> 0);
  return b;
}

/** The cache's V8 data when its digest is this bundle's; otherwise none, and V8 compiles as usual. */
function matchingCache(digest: Buffer): Buffer | undefined {
  let file: Buffer;
  try {
    file = readFileSync(CACHE);
  } catch {
    return undefined;
  }
  return file.length > DIGEST_BYTES && file.subarray(0, DIGEST_BYTES).equals(digest) ? file.subarray(DIGEST_BYTES) : undefined;
}
