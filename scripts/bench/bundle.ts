// Bundles scripts/bench/entry.ts with the same esbuild settings as dist/, into node_modules/.cache.
import { build } from 'esbuild';
import { join } from 'node:path';
import { packedClaimModel } from '../packed-claim-model';

export const BUNDLE = join(__dirname, '..', '..', 'node_modules', '.cache', 'sourcecheck-bench', 'analysis.cjs');

export async function bundleAnalysis(): Promise<string> {
  await build({
    entryPoints: [join(__dirname, 'entry.ts')],
    plugins: [packedClaimModel],
    bundle: true,
    platform: 'node',
    target: 'es2022',
    format: 'cjs',
    outfile: BUNDLE,
    logLevel: 'warning',
    sourcemap: process.env.BENCH_SOURCEMAP ? 'inline' : false,
  });
  return BUNDLE;
}

if (require.main === module) void bundleAnalysis().then((p) => console.log(p));
