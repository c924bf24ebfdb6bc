// `npm run bench:flags -- [--runs N] [PATH] VARIANT...`: compares V8 settings (or builds) for the CLI's
// sweep, the way the eleventh session had to learn to: V8 refuses a code cache made under other flags,
// so a flag simply added to the command line also pays for compiling the whole bundle (2.5% of a BBC
// sweep) and hides gains of that size. Each variant gets its own copy of dist/ whose code cache is
// made under the variant's flags (and checked to be accepted), then the variants run in turns, in
// process (no respawn), with one V8 background thread as the respawned child has.
//
// A VARIANT is a string of Node/V8 flags ("" is the build as it is), optionally led by @DIST to use
// another build's dist/ folder: "@/tmp/old-dist". Flags that cli-tuning.ts sets at run time override
// the same flags given here; to try another value of one of those, change it there and compare builds.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { median } from './stats';
import { childEnvironment } from '../../server/src/cli-respawn';

const ROOT = join(__dirname, '..', '..');

interface Variant {
  label: string;
  dist: string;
  flags: string[];
}

function parse(argv: string[]): { runs: number; path: string; variants: Variant[] } {
  let runs = 9;
  let path = join(ROOT, '..', 'shared', 'eval', 'news', 'bbc');
  const specs: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--runs') runs = Number(argv[++i]);
    else if (argv[i] === '--path') path = resolve(argv[++i]);
    else specs.push(argv[i]);
  }
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a whole number');
  if (!specs.length) specs.push('');
  const variants = specs.map((spec) => {
    const words = spec.split(/\s+/).filter(Boolean);
    const dist = words[0]?.startsWith('@') ? resolve(words.shift()!.slice(1)) : join(ROOT, 'dist');
    return { label: spec || '(as built)', dist, flags: words };
  });
  return { runs, path, variants };
}

/** The respawned child's environment (no certificate bundle to parse, no second respawn), plus `extra`. */
const childEnv = (extra: Record<string, string> = {}): NodeJS.ProcessEnv => childEnvironment({ ...process.env, ...extra });

/** A copy of the variant's dist/ with a code cache made under its flags; throws when V8 would refuse it. */
function prepare(v: Variant, into: string): string {
  cpSync(v.dist, into, { recursive: true });
  rmSync(join(into, 'cli-main.cache'), { force: true });
  const node = ['--v8-pool-size=1', ...v.flags];
  const made = spawnSync(process.execPath, [...node, join(into, 'cli.js'), '--format', 'json', join(ROOT, 'seeds')], { env: childEnv({ SOURCECHECK_WRITE_CODE_CACHE: '1' }), stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (made.status !== 0 && made.status !== 1) throw new Error(`${v.label}: the seed run failed (${made.signal ?? made.status}) ${made.stderr}`);
  // (the flags this build's entry sets at run time, read from the entry itself: an older build's differ)
  const tuned = [...readFileSync(join(into, 'cli.js'), 'utf8').matchAll(/setFlagsFromString\)\("([^"]+)"\)/g)].map((m) => m[1]);
  const probe = `for (const f of ${JSON.stringify(tuned)}) require('node:v8').setFlagsFromString(f);
    const fs = require('node:fs'); const { Script } = require('node:vm'); const Module = require('node:module');
    const main = ${JSON.stringify(join(into, 'cli-main.js'))};
    const s = new Script(Module.wrap(fs.readFileSync(main, 'utf8')), { filename: main, cachedData: fs.readFileSync(main.replace(/js$/, 'cache')).subarray(4) });
    process.stdout.write(String(s.cachedDataRejected));`;
  const checked = spawnSync(process.execPath, [...node, '-e', probe], { env: childEnv(), encoding: 'utf8' });
  if (checked.stdout !== 'false') throw new Error(`${v.label}: V8 refuses the code cache made under these flags (${checked.stdout}${checked.stderr})`);
  return join(into, 'cli.js');
}

function main(): void {
  const { runs, path, variants } = parse(process.argv.slice(2));
  const work = mkdtempSync(join(tmpdir(), 'sourcecheck-flags-'));
  try {
    const clis = variants.map((v, i) => prepare(v, join(work, String(i))));
    const seconds: number[][] = variants.map(() => []);
    for (let r = 0; r < runs; r++) {
      variants.forEach((v, i) => {
        const start = performance.now();
        const run = spawnSync(process.execPath, ['--v8-pool-size=1', ...v.flags, clis[i], path], { env: childEnv(), stdio: ['ignore', 'ignore', 'pipe'] });
        if (run.status === null || run.status > 1) throw new Error(`${v.label}: the sweep failed (${run.signal ?? run.status}) ${run.stderr}`);
        seconds[i].push((performance.now() - start) / 1000);
      });
      process.stderr.write(`round ${r + 1}/${runs}\n`);
    }
    const base = median(seconds[0]);
    console.log(`CLI sweep of ${path}, in process, ${runs} interleaved rounds, each variant with a code cache made under its own flags\n`);
    console.log('| variant | median | best | vs first |\n|---|---:|---:|---:|');
    variants.forEach((v, i) => {
      const m = median(seconds[i]);
      console.log(`| ${v.label} | ${m.toFixed(3)} s | ${Math.min(...seconds[i]).toFixed(3)} s | ${(((m - base) / base) * 100).toFixed(1)}% |`);
    });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main();
