// The CLI's V8 code cache (server/src/cli-entry.ts): the build makes one that this Node accepts, and a
// cache that is missing, stale or damaged changes nothing but speed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { crc32 } from 'node:zlib';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { CLI } from './helpers/cli';
import { SEED_PATH } from './helpers/seed';

const DIST = dirname(CLI);
const dir = mkdtempSync(join(tmpdir(), 'sc-code-cache-'));
test.after(() => rmSync(dir, { recursive: true, force: true }));

const sweep = (cli: string) => spawnSync(process.execPath, [cli, '--format', 'json', SEED_PATH], { encoding: 'utf8', timeout: 30_000 });
const expected = sweep(CLI);

/** A copy of the CLI in its own folder, with `cache` as its code cache (none when undefined). */
function copyWith(name: string, cache: Buffer | undefined): string {
  const at = join(dir, name);
  mkdirSync(at);
  copyFileSync(CLI, join(at, 'cli.js'));
  copyFileSync(join(DIST, 'cli-main.js'), join(at, 'cli-main.js'));
  if (cache) writeFileSync(join(at, 'cli-main.cache'), cache);
  return join(at, 'cli.js');
}

test('the build leaves a code cache for this very bundle, and this Node accepts it', () => {
  const cache = readFileSync(join(DIST, 'cli-main.cache'));
  assert.equal(cache.readUInt32BE(0), crc32(readFileSync(join(DIST, 'cli-main.js'))), 'the cache names the bundle it was made from');
  // V8 takes the data only with the flags it was made under, so the probe sets the CLI's flags first.
  const probe = `require('${join(DIST, '..', 'server', 'src', 'cli-tuning.ts').replace(/\\/g, '/')}').tuneV8();
    const { Script } = require('node:vm'); const Module = require('node:module'); const fs = require('node:fs');
    const main = '${join(DIST, 'cli-main.js').replace(/\\/g, '/')}';
    const s = new Script(Module.wrap(fs.readFileSync(main, 'utf8')), { filename: main, cachedData: fs.readFileSync(main.replace(/js$/, 'cache')).subarray(4) });
    process.stdout.write(String(s.cachedDataRejected));`;
  const r = spawnSync(process.execPath, ['--import', 'tsx', '-e', probe], { encoding: 'utf8' });
  assert.equal(r.stdout, 'false', r.stderr);
});

test('without a cache, with a stale one and with a damaged one, the report is the same', () => {
  assert.equal(expected.stderr, '');
  assert.ok(expected.stdout.includes('"vague-source"'));
  const real = readFileSync(join(DIST, 'cli-main.cache'));
  const stale = Buffer.from(real);
  stale[0] ^= 0xff; // another bundle's digest
  const damaged = Buffer.from(real);
  for (let i = 4; i < damaged.length; i += 97) damaged[i] ^= 0x5a; // this bundle's digest, broken V8 data
  for (const [name, cache] of [['none', undefined], ['stale', stale], ['damaged', damaged], ['short', real.subarray(0, 10)]] as const) {
    const r = sweep(copyWith(name, cache));
    assert.equal(r.status, expected.status, `${name}: ${r.stderr}`);
    assert.equal(r.stdout, expected.stdout, name);
    assert.equal(r.stderr, '', name);
  }
});
