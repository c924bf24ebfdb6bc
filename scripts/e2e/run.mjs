// Runs the e2e suite (tests/e2e/*.test.ts) after checking, in one line each, that what it needs is there.
// `npm run test:e2e` packages the .vsix first; install code-server and Chromium with scripts/e2e/install.sh.
// Arguments are file-name substrings: `npm run test:e2e -- workbench`.
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const root = join(import.meta.dirname, '..', '..');
const cs = process.env.SOURCECHECK_E2E_CS ?? join(root, '.cache', 'code-server', 'node_modules', '.bin', 'code-server');
const chromium = process.env.SOURCECHECK_E2E_CHROMIUM ?? '/usr/bin/chromium';
const vsix = join(root, 'sourcecheck.vsix');

const problem =
  !existsSync(cs) ? `code-server not found at ${cs}; run: bash scripts/e2e/install.sh`
  : !existsSync(chromium) ? `Chromium not found at ${chromium}; run: bash scripts/e2e/install.sh (apt-get install chromium)`
  : !existsSync(vsix) ? `${vsix} not found; run: npm run package (npm run test:e2e does)`
  : null;
if (problem) {
  console.error(`e2e: NOT RUN: ${problem}`);
  process.exit(2);
}

const dir = join(root, 'tests', 'e2e');
// Failure screenshots of an earlier run would mislead: each run writes its own.
const shots = join(dir, 'screenshots');
if (existsSync(shots)) for (const f of readdirSync(shots)) if (f.endsWith('-FAILED.png')) rmSync(join(shots, f));
const only = process.argv.slice(2); // e.g. `node scripts/e2e/run.mjs workbench` runs workbench.test.ts only
const files = readdirSync(dir).filter((f) => f.endsWith('.test.ts') && (!only.length || only.some((o) => f.includes(o)))).sort().map((f) => join(dir, f));
if (!files.length) {
  console.error(`e2e: no test file in tests/e2e matches ${JSON.stringify(only)}`);
  process.exit(1);
}
const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=1', ...files], { stdio: 'inherit', cwd: root });
process.exit(r.status ?? 1);
