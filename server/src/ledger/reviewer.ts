// Who is reviewing: an explicit name (flag or setting) first, then git's user.name, read from the
// config files directly (no git process), then the login name.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { homedir, userInfo } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export function reviewerName(from: string, explicit?: string | null): string {
  if (explicit?.trim()) return explicit.trim();
  if (process.env.GIT_AUTHOR_NAME?.trim()) return process.env.GIT_AUTHOR_NAME.trim();
  const files = [repoConfig(from), globalConfig()].filter((f): f is string => !!f);
  for (const f of files) {
    const name = userNameIn(f);
    if (name) return name;
  }
  try {
    return userInfo().username;
  } catch {
    return 'unknown';
  }
}

/** The repository's .git/config above `from`; a worktree's .git file points at its git dir. */
function repoConfig(from: string): string | null {
  let dir = resolve(from);
  for (;;) {
    const git = join(dir, '.git');
    try {
      if (statSync(git).isDirectory()) return join(git, 'config');
      const m = /^gitdir:\s*(.+)$/m.exec(readFileSync(git, 'utf8'));
      if (m) {
        const gitDir = resolve(dir, m[1].trim());
        // A linked worktree keeps its config in the main repository's git dir.
        const common = join(gitDir, 'commondir');
        return existsSync(common) ? join(resolve(gitDir, readFileSync(common, 'utf8').trim()), 'config') : join(gitDir, 'config');
      }
    } catch {
      /* no .git here */
    }
    const up = dirname(dir);
    if (up === dir) return null;
    dir = up;
  }
}

function globalConfig(): string | null {
  const home = process.env.HOME || homedir();
  const candidates = [process.env.GIT_CONFIG_GLOBAL, join(home, '.gitconfig'), join(process.env.XDG_CONFIG_HOME || join(home, '.config'), 'git', 'config')];
  return candidates.find((c): c is string => !!c && existsSync(c)) ?? null;
}

/** user.name from a git config file: the last one in a [user] section wins, as in git. */
export function userNameIn(file: string): string | null {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  let section = '';
  let name: string | null = null;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    const head = /^\[\s*([^\]\s"]+)(\s+"[^"]*")?\s*\]/.exec(line);
    if (head) {
      // [user "x"] is a subsection: its name is user.x.name, not user.name.
      section = head[2] ? '' : head[1].toLowerCase();
      continue;
    }
    const kv = /^name\s*=\s*(.*)$/i.exec(line);
    if (section === 'user' && kv) name = unquote(kv[1]);
  }
  return name?.trim() || null;
}

function unquote(v: string): string {
  let out = '';
  let quoted = false;
  for (let i = 0; i < v.length; i++) {
    const c = v[i];
    if (c === '"') quoted = !quoted;
    else if (c === '\\' && i + 1 < v.length) out += v[++i];
    else if ((c === '#' || c === ';') && !quoted) break;
    else out += c;
  }
  return out;
}
