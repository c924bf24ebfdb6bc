// Runs the e2e suite (tests/e2e/*.test.ts) after checking, in one line each, that what it needs is there.
// `npm run test:e2e` packages the .vsix first; install code-server and Chromium with scripts/e2e/install.sh.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const root = join(import.meta.dirname, '..', '..');
const cs = process.env.SOURCECHECK_E2E_CS ?? join(root, '.cache', 'code-server', 'node_modules', '.bin', 'code-server');
const chromium = process.env.SOURCECHECK_E2E_CHROMIUM ?? '/usr/bin/chromium';
const vsix = join(root, 'sourcecheck.vsix');

const problem =
  !existsSync(cs) ? `code-server not found at ${cs}; run: bash scripts/e2e/install.sh`
  : !existsSync(chromium) ? `Chromium not found at ${chromium}; run: bash scripts/e2e/install.sh (apt-get install chromium)`
  : !existsSync(vsix) ? `${vsix} not found; run: npm run package`
  : statSync(vsix).mtimeMs < statSync(join(root, 'dist', 'server.js')).mtimeMs ? `${vsix} is older than dist/; run: npm run package`
  : null;
if (problem) {
  console.error(`e2e: NOT RUN: ${problem}`);
  process.exit(2);
}

const dir = join(root, 'tests', 'e2e');
const files = readdirSync(dir).filter((f) => f.endsWith('.test.ts')).sort().map((f) => join(dir, f));
const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=1', ...files], { stdio: 'inherit', cwd: root });
process.exit(r.status ?? 1);
