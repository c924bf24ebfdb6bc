// npm run test:vscode: the in-host mocha suite (tests/vscode/suite) in a desktop VS Code downloaded by
// @vscode/test-electron. Where VS Code cannot be downloaded (no network) or shown (no display), it says so in one
// line and exits 2 without running anything. The same suite also runs in code-server: tests/e2e/api.test.ts.
import { downloadAndUnzipVSCode, runTests, SilentReporter } from '@vscode/test-electron';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/seed';
import { buildSuite } from './build';

const VERSION = process.env.SOURCECHECK_VSCODE_VERSION ?? '1.100.3'; // the VS Code of code-server 4.100.3, as in e2e

function notRun(why: string): never {
  console.error(`test:vscode: NOT RUN: ${why}`);
  process.exit(2);
}

async function main(): Promise<void> {
  const suite = await buildSuite();
  let executable: string;
  try {
    // An idle timeout, so that a network that answers slowly cannot make this hang.
    executable = await downloadAndUnzipVSCode({ version: VERSION, cachePath: join(ROOT, '.cache', 'vscode-test'), reporter: new SilentReporter(), timeout: 15_000 });
  } catch (e) {
    notRun(`VS Code ${VERSION} cannot be downloaded here (${String((e as Error)?.message ?? e).split('\n')[0]}); run it on a machine with internet, or run npm run test:e2e`);
  }
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    notRun('no display for VS Code; run it as: xvfb-run -a npm run test:vscode');
  }

  // A workspace holding a copy of seeds/, so that nothing can touch the repository's sample article.
  mkdirSync(join(ROOT, '.cache'), { recursive: true });
  const run = mkdtempSync(join(ROOT, '.cache', 'vscode-run-'));
  cpSync(join(ROOT, 'seeds'), join(run, 'workspace', 'seeds'), { recursive: true });
  try {
    await runTests({
      vscodeExecutablePath: executable,
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: suite,
      launchArgs: [join(run, 'workspace'), '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes',
        '--user-data-dir', join(run, 'user-data'), '--extensions-dir', join(run, 'extensions')],
    });
    rmSync(run, { recursive: true, force: true });
  } catch (e) {
    console.error(`test:vscode: FAILED: ${(e as Error)?.message ?? e} (run folder kept at ${run})`);
    process.exitCode = 1;
  }
}

void main();
