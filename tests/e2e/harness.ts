// Starts the real VS Code workbench (code-server) with the freshly packaged .vsix installed, opens it in Debian's
// headless Chromium through playwright-core, and tears everything down by PID. No network: every request stays on
// 127.0.0.1. Recipe and pitfalls: docs/e2e.md.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { basename, join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { after, before } from 'node:test';
import { ROOT, SEED_PATH } from '../helpers/seed';
import { editor, openFromExplorer } from './editor';

export const CODE_SERVER = process.env.SOURCECHECK_E2E_CS ?? join(ROOT, '.cache', 'code-server', 'node_modules', '.bin', 'code-server');
export const CHROMIUM = process.env.SOURCECHECK_E2E_CHROMIUM ?? '/usr/bin/chromium';
export const VSIX = join(ROOT, 'sourcecheck.vsix');
export const SHOTS = join(ROOT, 'tests', 'e2e', 'screenshots');
export const SEED_FILE = basename(SEED_PATH);
const WAIT = 60_000; // generous: both cores may be busy with other suites

// Quiet, deterministic workbench: no walkthrough tab, no gallery or update checks (they would wait on the network).
// Word wrap is on so that every word of the seed's long paragraphs is on screen and can be hovered.
const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
  'workbench.reduceMotion': 'on',
  'editor.wordWrap': 'on',
  'editor.minimap.enabled': false,
  'editor.stickyScroll.enabled': false,
  'editor.hover.delay': 150,
  'chat.commandCenter.enabled': false,
};

export interface Launched {
  /** A blank Chromium page; code-server listens on 127.0.0.1:`port`. */
  page: Page;
  port: number;
  /** Folder to open as the workspace; holds a copy of the seed so the repository's file is never touched. */
  workspace: string;
  /** This run's folder (logs, state), removed on success. */
  run: string;
  shot(name: string): Promise<string>;
  /** The last lines of the language server's output channel, or of the extension host's log if there is none. */
  serverLogTail(lines?: number): string;
  /** Closes the browser and code-server; the run folder is kept for inspection unless `ok`. */
  close(ok: boolean): Promise<void>;
}
export type Workbench = Launched;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

function healthy(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, path: '/healthz', timeout: 1000 }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on('error', () => resolve(false));
    req.on('timeout', () => { req.destroy(); resolve(false); });
    req.end();
  });
}

async function until(fn: () => Promise<boolean>, what: string, cs: ChildProcess): Promise<void> {
  const end = Date.now() + WAIT;
  while (Date.now() < end) {
    if (cs.exitCode !== null) throw new Error(`code-server exited with ${cs.exitCode} while waiting for ${what}`);
    if (await fn()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timeout waiting for ${what}`);
}

const files = (dir: string): string[] =>
  !existsSync(dir) ? [] : readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [join(dir, n)]));

const tail = (file: string, n: number): string => readFileSync(file, 'utf8').trimEnd().split('\n').slice(-n).join('\n');

async function stop(cs: ChildProcess): Promise<void> {
  if (cs.exitCode !== null || cs.signalCode !== null) return;
  // Only the process we started, by PID; its extension host and our language server go down with it.
  cs.kill('SIGTERM');
  await new Promise<void>((resolve) => {
    const t = setTimeout(() => { cs.kill('SIGKILL'); resolve(); }, 5000);
    cs.once('exit', () => { clearTimeout(t); resolve(); });
  });
}

/** Starts code-server (with `vsix` installed, if given; `env` added to its environment and so to the extension
 * host's) and a headless Chromium page that has not loaded it yet. */
export async function launch(vsix?: string, extraEnv: Record<string, string> = {}): Promise<Launched> {
  mkdirSync(join(ROOT, '.cache', 'e2e'), { recursive: true });
  mkdirSync(SHOTS, { recursive: true });
  const run = mkdtempSync(join(ROOT, '.cache', 'e2e', 'run-'));
  const dirs = { xdg: join(run, 'xdg'), userData: join(run, 'user-data'), ext: join(run, 'extensions'), workspace: join(run, 'workspace') };
  for (const d of Object.values(dirs)) mkdirSync(d, { recursive: true });
  mkdirSync(join(dirs.userData, 'User'));
  writeFileSync(join(dirs.userData, 'User', 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
  mkdirSync(join(dirs.workspace, 'seeds'));
  copyFileSync(SEED_PATH, join(dirs.workspace, 'seeds', SEED_FILE));
  // Keep all of code-server's and Chromium's state inside the run folder, out of $HOME.
  const env = { ...process.env, ...extraEnv, XDG_CONFIG_HOME: join(dirs.xdg, 'config'), XDG_DATA_HOME: join(dirs.xdg, 'data'), XDG_CACHE_HOME: join(dirs.xdg, 'cache') };

  if (vsix) execFileSync(CODE_SERVER, ['--install-extension', vsix, '--extensions-dir', dirs.ext, '--user-data-dir', dirs.userData], { env, stdio: 'pipe' });

  const port = await freePort();
  const csLog = join(run, 'code-server.log');
  const fd = openSync(csLog, 'w');
  const cs = spawn(CODE_SERVER, [
    '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none',
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
    '--config', join(run, 'config.yaml'), '--user-data-dir', dirs.userData, '--extensions-dir', dirs.ext,
    dirs.workspace,
  ], { env, stdio: ['ignore', fd, fd] });

  let browser: Browser | undefined;
  const serverLogTail = (n = 25): string => {
    const all = files(join(dirs.userData, 'logs'));
    // The client's output channel appears once the server logs something; before that the extension host log says
    // whether the extension activated.
    const log = all.find((f) => basename(f).includes('Source Check')) ?? all.find((f) => /^(remote)?exthost\.log$/.test(basename(f)));
    return log ? `${log}:\n${tail(log, n)}` : `${csLog}:\n${existsSync(csLog) ? tail(csLog, n) : '(empty)'}`;
  };
  const close = async (ok: boolean): Promise<void> => {
    await browser?.close().catch(() => {});
    await stop(cs);
    // Keep the run folder (logs, settings) when something failed, so it can be inspected.
    if (ok) rmSync(run, { recursive: true, force: true });
    else console.log(`e2e: run folder kept at ${run}`);
  };

  try {
    await until(() => healthy(port), 'code-server /healthz', cs);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      env: { ...process.env, XDG_CONFIG_HOME: join(dirs.xdg, 'chromium-config'), XDG_CACHE_HOME: join(dirs.xdg, 'chromium-cache') },
    });
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    page.setDefaultTimeout(WAIT);
    return {
      page,
      port,
      workspace: dirs.workspace,
      run,
      shot: async (name) => {
        const path = join(SHOTS, `${name}.png`);
        await page.screenshot({ path, animations: 'disabled' });
        return path;
      },
      serverLogTail,
      close,
    };
  } catch (e) {
    console.log(`e2e: code-server or Chromium did not start: ${(e as Error).message}\n${serverLogTail()}`);
    await close(false);
    throw e;
  }
}

/** The workbench with the packaged extension installed and the workspace folder listed in the explorer. */
export async function startWorkbench(): Promise<Workbench> {
  const wb = await launch(VSIX);
  try {
    await wb.page.goto(`http://127.0.0.1:${wb.port}/?folder=${encodeURIComponent(wb.workspace)}`, { waitUntil: 'domcontentloaded' });
    await wb.page.locator('.monaco-workbench').waitFor();
    await wb.page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'seeds' }).waitFor();
    return wb;
  } catch (e) {
    console.log(`e2e: workbench did not load: ${(e as Error).message}\n${wb.serverLogTail()}`);
    await wb.close(false);
    throw e;
  }
}

/** Runs the scenarios of one workbench. A failing one saves `<name>-FAILED.png` and prints its path and the server's
 * last log lines; `ok` then stays false, so that `close(ok)` keeps the run folder. */
export function scenarios(wb: () => Workbench | undefined): { run(name: string, body: () => Promise<void>): Promise<void>; readonly ok: boolean } {
  let ok = true;
  return {
    async run(name, body) {
      try {
        await body();
      } catch (e) {
        ok = false;
        const shot = await wb()?.shot(`${name}-FAILED`).catch((err: Error) => `(no screenshot: ${err.message})`);
        console.log(`e2e: "${name}" failed; screenshot ${shot}\n${wb()?.serverLogTail() ?? ''}`);
        throw e;
      }
    },
    get ok() {
      return ok;
    },
  };
}

/**
 * The hooks every seed scenario file shares: start a workbench before the file's tests, open the seed
 * and wait for its first squiggle (as step `opened`), and close it after, keeping the run folder on
 * failure. `use` receives the workbench for the tests.
 */
export function onSeedWorkbench(opened: string, use: (wb: Workbench) => void): ReturnType<typeof scenarios> {
  let wb: Workbench | undefined;
  const steps = scenarios(() => wb);
  before(async () => {
    wb = await startWorkbench();
    use(wb);
    await steps.run(opened, async () => {
      await openFromExplorer(wb!.page, 'seeds', SEED_FILE);
      await editor(wb!.page).locator('.squiggly-warning').first().waitFor();
    });
  });
  after(async () => {
    await wb?.close(steps.ok);
  });
  return steps;
}
