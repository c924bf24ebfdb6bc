import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './seed';

export const CLI = join(ROOT, 'dist', 'cli.js');

export function runCli(args: string[], options: { cwd?: string; input?: string | Buffer } = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: options.cwd ?? ROOT, input: options.input, encoding: 'utf8', timeout: 30_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
