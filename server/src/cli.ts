// The sourcecheck CLI (dist/cli-main.js, started by cli-entry.ts): the same analysis and rules as the language server, for publishing pipelines.
import { existsSync, readdirSync, statSync, type Dirent } from 'node:fs';
import { basename, dirname, extname, join, relative } from 'node:path';
import { availableParallelism } from 'node:os';
import { autoJobs, inThreads, isJobWorker, serveJobs } from './cli-jobs';
import { InputProblem as InputError, ReadAhead, readDocumentFile, readStdin, reasonOf } from './util/read-input';
import { formatOf } from './analysis/analyze';
import { checkText } from './check';
import { CONFIG_FILE, defaultConfig, parseConfigText, type Config } from './config';
import { runLedger, type LedgerCliHost } from './ledger/cli';
import { LedgerLookup } from './ledger/reviews';
import { articleTitle, TitleIndex } from './analysis/titles';
import { fileReport, findingsReport, jsonReport, resolveTargets, type FindingsReport } from './output/json';
import { sarifReport } from './output/sarif';
import { textReport, TextReport } from './output/text';

const VERSION = '0.1.0';
const MAX_CONFIG_BYTES = 1024 * 1024;
const EXTENSIONS = new Set(['.txt', '.md', '.markdown']);
const USAGE = `usage: sourcecheck [--format text|json|sarif] [--config FILE] [--max-warnings N] [--jobs N|auto] PATH...
       sourcecheck --stdio        run the language server over stdio
       sourcecheck ledger ...     the claim ledger: mark, unmark, check, export (sourcecheck ledger --help)
PATH is a file, a folder (searched for .txt, .md and .markdown files) or - for standard input.
--jobs checks files on N threads (auto: one per core but one); the output is the same.`;

class UsageError extends Error {}
/** The analysis failed on a file: a bug in Source Check, never the file's fault. */
class InternalError extends Error {}

interface Options {
  format: 'text' | 'json' | 'sarif';
  config?: string;
  maxWarnings: number;
  jobs: number;
  paths: string[];
}

export function parseArgs(argv: string[]): Options {
  const opts: Options = { format: 'text', maxWarnings: -1, jobs: 1, paths: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (): string => {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (v === undefined) throw new UsageError(`${a.split('=')[0]} needs a value`);
      return v;
    };
    if (a === '--format' || a.startsWith('--format=') || a === '-f') {
      const f = value();
      if (f !== 'text' && f !== 'json' && f !== 'sarif') throw new UsageError(`unknown format "${f}"; use text, json or sarif`);
      opts.format = f;
    } else if (a === '--config' || a.startsWith('--config=') || a === '-c') {
      opts.config = value();
    } else if (a === '--max-warnings' || a.startsWith('--max-warnings=')) {
      const v = value();
      if (!/^\d+$/.test(v)) throw new UsageError(`--max-warnings takes a whole number, not "${v}"`);
      opts.maxWarnings = Number(v);
    } else if (a === '--jobs' || a.startsWith('--jobs=') || a === '-j') {
      const v = value();
      if (v !== 'auto' && !/^[1-9]\d*$/.test(v)) throw new UsageError(`--jobs takes a whole number of threads or auto, not "${v}"`);
      opts.jobs = v === 'auto' ? autoJobs(availableParallelism()) : Number(v);
    } else if (a === '-' || !a.startsWith('-')) {
      opts.paths.push(a);
    } else {
      throw new UsageError(`unknown option ${a}`);
    }
  }
  if (!opts.paths.length) throw new UsageError('no PATH given');
  return opts;
}

function collect(path: string, out: string[], seen: Set<string>): void {
  let st;
  try {
    st = statSync(path);
  } catch (e) {
    throw new InputError(`${path}: ${reasonOf(e)}`);
  }
  if (st.isDirectory()) {
    const key = `${st.dev}:${st.ino}`;
    if (seen.has(key)) return; // a link back to a folder already walked
    seen.add(key);
    let entries: Dirent[];
    try {
      entries = readdirSync(path, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    } catch (e) {
      throw new InputError(`${path}: cannot read folder (${reasonOf(e)})`);
    }
    for (const entry of entries) {
      const name = entry.name;
      if (name.startsWith('.') || name === 'node_modules') continue;
      const child = join(path, name);
      // The entry's own type saves a stat per file; a link (or an unknown type) is followed.
      let folder = entry.isDirectory();
      if (!folder && !entry.isFile()) {
        try {
          folder = statSync(child).isDirectory();
        } catch (e) {
          throw new InputError(`${child}: ${reasonOf(e)}`);
        }
      }
      if (folder) collect(child, out, seen);
      else if (EXTENSIONS.has(extname(name).toLowerCase())) out.push(child);
    }
  } else {
    out.push(path);
  }
}

function readInput(path: string): string {
  return path === '-' ? readStdin() : readDocumentFile(path);
}

function loadConfig(explicit: string | undefined): Config {
  const path = explicit ?? CONFIG_FILE;
  if (!explicit && !existsSync(path)) return defaultConfig();
  // Read like a document (regular file, strict UTF-8, bounded): a config is data, never executed.
  const text = readDocumentFile(path, path, MAX_CONFIG_BYTES);
  const { config, problems } = parseConfigText(text, path);
  for (const p of problems) process.stderr.write(`sourcecheck: ${p}\n`);
  return config;
}

export function run(argv: string[]): number | Promise<number> {
  if (argv[0] === 'ledger') return runLedger(argv.slice(1), ledgerHost());
  let opts: Options;
  try {
    opts = parseArgs(argv);
  } catch (e) {
    process.stderr.write(`sourcecheck: ${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  try {
    const config = loadConfig(opts.config);
    const files: string[] = [];
    for (const p of opts.paths) (p === '-' ? files.push('-') : collect(p, files, new Set()));
    const data: CheckerData = { config, full: opts.format === 'json' };
    if (opts.jobs > 1 && files.length > 1 && !files.includes('-')) {
      const checkHere = fileChecker(data);
      return inThreads<Checked>(files, opts.jobs, data, (path) => checkHere(path), (m, input) => (input ? new InputError(m) : new Error(m))).then(
        (checked) => report(opts, checked),
        (e) => failed(e),
      );
    }
    const check = fileChecker(data);
    const ahead = new ReadAhead(files);
    const checkAt = (i: number): Checked => check(files[i], files[i] === '-' ? readStdin() : ahead.read(i));
    if (opts.format === 'text') {
      // Each file's findings become text lines at once, so no report object outlives its file.
      const text = new TextReport();
      for (let i = 0; i < files.length; i++) text.add(checkAt(i).report);
      process.stdout.write(text.toString());
      return exitCode(opts, text.errors, text.warnings);
    }
    return report(opts, files.map((_, i) => checkAt(i)));
  } catch (e) {
    return failed(e);
  }
}

interface Checked {
  /** The whole report for JSON; the text and SARIF reports need the findings only. */
  report: FindingsReport | ReturnType<typeof fileReport>;
  /** Shown path and title, for cross-links between the files checked. */
  title: [string, string | undefined] | null;
}

/** What a file checker needs: the config, and whether to build the whole (JSON) report. */
interface CheckerData {
  config: Config;
  full: boolean;
}

/** Reads, analyses and reports one file: what a worker thread does for each file it is sent. */
function fileChecker({ config, full }: CheckerData): (path: string, text?: string) => Checked {
  const ledgers = new LedgerLookup((m) => process.stderr.write(`sourcecheck: ${m}\n`));
  const shownPath = shownPaths();
  return (path, text = readInput(path)) => {
    const shown = path === '-' ? '<stdin>' : shownPath(path);
    try {
      const result = checkText(text, path === '-' ? 'plaintext' : formatOf(path), config);
      const { findings, reviews } = ledgers.apply(path === '-' ? null : path, result, config.rules);
      if (!full) return { report: findingsReport(shown, { model: result.model, findings }), title: null };
      const title: Checked['title'] = path === '-' ? null : [shown, articleTitle(text, formatOf(path))?.text];
      return { report: fileReport(shown, { model: result.model, findings }, reviews), title };
    } catch (e) {
      if (e instanceof InputError) throw e;
      const error = new InternalError(`${shown}: ${(e as Error)?.message ?? String(e)}`);
      error.stack = (e as Error)?.stack ?? error.stack;
      throw error;
    }
  };
}

/**
 * A file's path as reports show it: relative to the working folder, with forward slashes. Each
 * folder is made relative once; its files only add their names.
 */
function shownPaths(): (path: string) => string {
  const cwd = process.cwd();
  const folders = new Map<string, string>();
  return (path) => {
    const folder = dirname(path);
    let shown = folders.get(folder);
    if (shown === undefined) folders.set(folder, (shown = relative(cwd, folder).replace(/\\/g, '/')));
    const name = basename(path);
    return shown ? `${shown}/${name}` : name;
  };
}

function report(opts: Options, checked: Checked[]): number {
  const reports = checked.map((c) => c.report);
  let out: string;
  if (opts.format === 'json') {
    const full = reports as Array<ReturnType<typeof fileReport>>;
    const titles = new TitleIndex();
    for (const c of checked) if (c.title) titles.add(c.title[0], c.title[1]);
    resolveTargets(full, titles);
    out = JSON.stringify(jsonReport(full), null, 2) + '\n';
  } else out = opts.format === 'sarif' ? JSON.stringify(sarifReport(reports, VERSION), null, 2) + '\n' : textReport(reports);
  process.stdout.write(out);
  const all = reports.flatMap((r) => r.findings);
  return exitCode(opts, all.filter((f) => f.severity === 'error').length, all.filter((f) => f.severity === 'warning').length);
}

/** 1 when there are errors or more warnings than --max-warnings allows, else 0. */
function exitCode(opts: Options, errors: number, warnings: number): number {
  return errors > 0 || (opts.maxWarnings >= 0 && warnings > opts.maxWarnings) ? 1 : 0;
}

/**
 * Exit code 2 for an input the CLI cannot read, 3 for a failure of its own (a bug): one line naming
 * the file either way, never a stack trace in a pipeline's log unless SOURCECHECK_DEBUG asks for it.
 */
function failed(e: unknown): number {
  if (e instanceof InputError) {
    process.stderr.write(`sourcecheck: ${e.message}\n`);
    return 2;
  }
  const message = e instanceof Error ? e.message : String(e);
  process.stderr.write(`sourcecheck: internal error: ${message}\nThis is a bug in Source Check, not a problem with the file: please report it with the file. SOURCECHECK_DEBUG=1 prints the stack.\n`);
  if (process.env.SOURCECHECK_DEBUG && e instanceof Error && e.stack) process.stderr.write(`${e.stack}\n`);
  return 3;
}

/** The main command's file finding, reading and config, lent to `sourcecheck ledger`. */
function ledgerHost(): LedgerCliHost {
  let config: Config | undefined;
  return {
    collect(path) {
      const out: string[] = [];
      collect(path, out, new Set());
      return out;
    },
    check(path) {
      config ??= loadConfig(undefined);
      return checkText(readInput(path), formatOf(path), config);
    },
    isInputError: (e) => e instanceof InputError,
  };
}

/** A reader that goes away (`sourcecheck … | head`) ends the run quietly, not with a stack trace. */
function quietOnClosedStdout(): void {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
  });
}

if (isJobWorker()) {
  serveJobs((data) => fileChecker(data as CheckerData), (e) => e instanceof InputError);
} else if (process.argv[2] === 'ledger') {
  quietOnClosedStdout();
  void Promise.resolve(run(process.argv.slice(2))).then((code) => (process.exitCode = code));
} else if (process.argv.includes('--stdio') || process.argv.includes('--node-ipc')) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('./server');
} else if (process.argv.includes('--version')) {
  process.stdout.write(`${VERSION}\n`);
} else if (process.argv.includes('--help') || process.argv.includes('-h')) {
  process.stdout.write(`${USAGE}\n`);
} else {
  quietOnClosedStdout();
  void Promise.resolve(run(process.argv.slice(2))).then((code) => (process.exitCode = code));
}
