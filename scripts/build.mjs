// Bundles the client, the server and the CLI with esbuild into dist/, then makes the CLI's V8 code cache.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { chmodSync, rmSync } from 'node:fs';
// (run with tsx, which loads the TypeScript plugin)
import { packedClaimModel } from './packed-claim-model.ts';

const common = { plugins: [packedClaimModel], bundle: true, platform: 'node', target: 'es2022', format: 'cjs', sourcemap: false, minify: process.argv.includes('--minify'), logLevel: 'warning', legalComments: 'none' };

await Promise.all([
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] }),
  build({ ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' }),
  // `sourcecheck --stdio` loads dist/server.js beside it: the CLI's own runs do not parse the protocol libraries.
  build({ ...common, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli-main.js', external: ['./server'] }),
  // The `sourcecheck` command: V8 tuning and the code cache, then dist/cli-main.js (server/src/cli-entry.ts).
  build({ ...common, entryPoints: ['server/src/cli-entry.ts'], outfile: 'dist/cli.js' }),
]);
chmodSync('dist/cli.js', 0o755);

// One run over the seed writes dist/cli-main.cache with the bytecode of what ran. A cache that cannot
// be made only costs speed, so the build says so and goes on.
rmSync('dist/cli-main.cache', { force: true });
const warm = spawnSync(process.execPath, ['dist/cli.js', '--format', 'json', 'seeds'], { env: { ...process.env, SOURCECHECK_WRITE_CODE_CACHE: '1' }, stdio: ['ignore', 'ignore', 'pipe'] });
if (warm.error || (warm.status !== 0 && warm.status !== 1)) console.warn(`build: no CLI code cache (${warm.error ?? warm.stderr})`);
