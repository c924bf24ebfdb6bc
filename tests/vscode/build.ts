// Bundles the in-host suite (tests/vscode/suite) into .cache/vscode-tests/index.js for --extensionTestsPath.
// vscode comes from the host; mocha is required from node_modules at run time (the bundle lives inside the repo).
import { build } from 'esbuild';
import { join } from 'node:path';
import { ROOT } from '../helpers/seed';

export const SUITE = join(ROOT, '.cache', 'vscode-tests', 'index.js');

export async function buildSuite(): Promise<string> {
  await build({
    entryPoints: [join(ROOT, 'tests', 'vscode', 'suite', 'index.ts')],
    outfile: SUITE,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'es2022',
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
  });
  return SUITE;
}
