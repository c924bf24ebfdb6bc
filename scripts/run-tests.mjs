// Runs every tests/**/*.test.ts with Node's test runner (Node 20 has no glob for --test).
// The e2e and VS Code suites have their own commands and are not picked up here.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const skip = new Set(['e2e', 'vscode']);
const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) { if (!skip.has(name) && name !== 'fixtures') walk(p); }
    else if (name.endsWith('.test.ts')) files.push(p);
  }
};
walk('tests');
const only = process.argv.slice(2);
const selected = only.length ? files.filter((f) => only.some((o) => f.includes(o))) : files;
const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', ...selected], { stdio: 'inherit' });
process.exit(r.status ?? 1);
