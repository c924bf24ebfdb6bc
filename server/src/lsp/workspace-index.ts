// The workspace index: every article under the workspace roots, read in the background after
// `initialized` (one file per event-loop turn, so requests are served meanwhile), with progress
// through window/workDoneProgress. Open documents win over disk; file watchers (or, without them,
// saves and closes) keep disk entries fresh. Features ask for articles(), never for models.
import { promises as fs } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DidChangeWatchedFilesNotification, FileChangeType, type FileEvent } from 'vscode-languageserver/node';
import { formatOf } from '../analysis/analyze';
import { headlineKey } from '../analysis/titles';
import { LineIndex } from '../analysis/lines';
import { checkText } from '../check';
import type { Analysed } from './documents';
import type { ServerContext } from './context';
import { articleOf, type Article } from './article';
import type { Summary } from './summary';

export const ARTICLE_EXTENSIONS = new Set(['.txt', '.md', '.markdown']);
/** Files over this many bytes are not indexed (news articles are far smaller; this skips dumps and logs). */
export const MAX_INDEX_BYTES = 2_000_000;
export const MAX_INDEX_FILES = 10_000;
/** Statement texts of files on disk are cut to this many characters, to keep the index small. */
const MAX_STATEMENT_TEXT = 300;

/** The summary counts summed over the workspace, plus what only a workspace has. */
export interface IndexStats extends Summary {
  articles: number;
  /** Distinct sources by canonical name. */
  sources: number;
  /** Cross-links whose headline is the title of another article in the workspace. */
  resolvedCrossLinks: number;
  unrelatedCrossLinks: number;
  /** Files left out: too large, binary, not UTF-8, unreadable or over the file limit. */
  skipped: number;
  building: boolean;
}

const SUMMED = ['claims', 'attributed', 'unattributed', 'vagueSource', 'unconfirmed', 'crossLinks'] as const satisfies ReadonlyArray<keyof Summary>;
const nextTurn = (): Promise<void> => new Promise((r) => setImmediate(r));

export class WorkspaceIndex {
  private disk = new Map<string, Article>();
  private fromOpen = new WeakMap<Analysed, Article>();
  private generation = 0;
  private scan: Promise<void> = Promise.resolve();
  private building = false;
  private builtWith = '';
  private skipped = new Set<string>();
  private updates = new Map<string, number>();
  private pending = new Set<Promise<void>>();

  constructor(private ctx: ServerContext) {}

  /** Starts indexing and watching; called once the client has sent `initialized`. */
  start(): void {
    const caps = this.ctx.clientCapabilities();
    const watching = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    if (watching) {
      void this.ctx.connection.client
        .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.{txt,md,markdown}' }] })
        .catch((e: Error) => this.ctx.connection.console.warn(`sourcecheck: no file watcher (${e.message}); the index follows saves only`));
      this.ctx.addWatchedFilesListener((changes) => this.onWatched(changes));
    } else {
      this.ctx.documents.onDidSave((e) => void this.update(e.document.uri));
    }
    // Closing discards unsaved edits, so the disk version is the article again.
    this.ctx.documents.onDidClose((e) => void this.update(e.document.uri));
    void this.rebuild();
  }

  /** Re-reads the whole workspace; resolves when done (or superseded by a newer rebuild). */
  rebuild(): Promise<void> {
    const gen = ++this.generation;
    this.builtWith = this.analysisKey();
    this.scan = this.run(gen).catch((e: Error) => this.ctx.connection.console.error(`sourcecheck: indexing failed: ${e.stack ?? e}`));
    return this.scan;
  }

  /** Waits for the index to be complete and built with the current settings. */
  async current(): Promise<void> {
    if (this.analysisKey() !== this.builtWith) void this.rebuild();
    let seen: Promise<void>;
    do {
      seen = this.scan;
      await seen;
      await Promise.all(this.pending);
    } while (seen !== this.scan);
  }

  /** Every article: open files as they are in the editor, the rest as on disk. Untitled documents are not articles of the workspace. */
  articles(): Article[] {
    const out: Article[] = [];
    const open = new Set<string>();
    for (const doc of this.ctx.documents.all()) {
      if (!doc.uri.startsWith('file:')) continue;
      const a = this.openArticle(doc.uri);
      if (!a) continue;
      open.add(doc.uri);
      out.push(a);
    }
    for (const [uri, a] of this.disk) if (!open.has(uri)) out.push(a);
    return out;
  }

  article(uri: string): Article | null {
    return this.openArticle(uri) ?? this.disk.get(uri) ?? null;
  }

  /** The article whose title is this headline, other than the linking one. */
  byTitle(headline: string, selfUri: string): Article | null {
    const key = headlineKey(headline);
    if (!key) return null;
    const hits = this.articles().filter((a) => a.uri !== selfUri && a.title?.key === key);
    return hits.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))[0] ?? null;
  }

  get isBuilding(): boolean {
    return this.building;
  }

  stats(): IndexStats {
    const arts = this.articles();
    const s: IndexStats = {
      articles: arts.length, sources: 0, claims: 0, attributed: 0, unattributed: 0, vagueSource: 0, unconfirmed: 0,
      crossLinks: 0, resolvedCrossLinks: 0, unrelatedCrossLinks: 0, skipped: this.skipped.size, building: this.building,
    };
    const titles = new Map<string, number>();
    for (const a of arts) if (a.title) titles.set(a.title.key, (titles.get(a.title.key) ?? 0) + 1);
    const sources = new Set<string>();
    for (const a of arts) {
      for (const src of a.sources) sources.add(src.key);
      for (const k of SUMMED) s[k] += a.summary[k];
      for (const c of a.crossLinks) {
        if (!c.related) s.unrelatedCrossLinks++;
        const own = a.title?.key === c.key ? 1 : 0;
        if ((titles.get(c.key) ?? 0) > own) s.resolvedCrossLinks++;
      }
    }
    s.sources = sources.size;
    return s;
  }

  /** Path shown to users: relative to the workspace root that holds the file. */
  pathOf(uri: string): string {
    if (!uri.startsWith('file:')) return uri;
    const file = fileURLToPath(uri);
    for (const root of this.ctx.workspaceRoots()) {
      const rel = relative(root, file);
      if (rel && !rel.startsWith('..') && !rel.startsWith(sep) && !/^[a-zA-Z]:/.test(rel)) return rel.split(sep).join('/');
    }
    return file.split(sep).join('/');
  }

  private openArticle(uri: string): Article | null {
    const analysed = this.ctx.analysed(uri);
    if (!analysed) return null;
    let a = this.fromOpen.get(analysed);
    if (!a) {
      a = articleOf(uri, this.pathOf(uri), analysed.model, analysed.index);
      this.fromOpen.set(analysed, a);
    }
    return a;
  }

  /** What the index depends on: settings that change the analysis (not severities or timing). */
  private analysisKey(): string {
    const { debounceMs: _d, rules: _r, inlayHints: _i, ...rest } = this.ctx.settings();
    return JSON.stringify(rest);
  }

  private async run(gen: number): Promise<void> {
    if (!this.ctx.settings().enable) {
      this.disk.clear();
      return;
    }
    this.building = true;
    const progress = await this.ctx.connection.window.createWorkDoneProgress().catch(() => null);
    progress?.begin('Source Check: indexing articles', 0, 'listing files', false);
    try {
      const files: string[] = [];
      const skipped = new Set<string>();
      for (const root of this.ctx.workspaceRoots()) await this.walk(root, files, skipped, gen);
      if (gen !== this.generation) return;
      const wanted = new Set(files.map((f) => pathToFileURL(f).href));
      for (const uri of this.disk.keys()) if (!wanted.has(uri)) this.disk.delete(uri);
      let reported = Date.now();
      for (let i = 0; i < files.length; i++) {
        if (gen !== this.generation) return;
        if (this.analysisKey() !== this.builtWith) {
          void this.rebuild(); // settings arrived or changed mid-scan: start over with them
          return;
        }
        this.store(files[i], await this.read(files[i]), skipped);
        if (Date.now() - reported > 200) {
          reported = Date.now();
          progress?.report(Math.round((100 * i) / files.length), `${i} of ${files.length} articles`);
        }
        await nextTurn();
      }
      this.skipped = skipped;
    } finally {
      progress?.done();
      if (gen === this.generation) this.building = false;
    }
  }

  private async walk(dir: string, out: string[], skipped: Set<string>, gen: number): Promise<void> {
    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch {
      return; // unreadable folder: nothing to index there
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const e of entries) {
      if (gen !== this.generation) return;
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const path = join(dir, e.name);
      // Symbolic links are not followed: no loops, no indexing outside the workspace.
      if (e.isDirectory()) await this.walk(path, out, skipped, gen);
      else if (e.isFile() && ARTICLE_EXTENSIONS.has(extname(e.name).toLowerCase())) {
        if (out.length < MAX_INDEX_FILES) out.push(path);
        else skipped.add(path);
      }
    }
  }

  /** Reads and indexes one file; null when it cannot be an article (too large, binary, unreadable). */
  private async read(path: string): Promise<Article | null> {
    const limit = Math.min(MAX_INDEX_BYTES, this.ctx.settings().maxDocumentSize);
    let text: string | null = null;
    try {
      const st = await fs.stat(path);
      if (st.isFile() && st.size <= limit) text = decode(await fs.readFile(path));
    } catch {
      return null;
    }
    if (text === null) return null;
    const uri = pathToFileURL(path).href;
    try {
      const { model } = checkText(text, formatOf(path), this.ctx.settings());
      return articleOf(uri, this.pathOf(uri), model, new LineIndex(text), MAX_STATEMENT_TEXT);
    } catch (e) {
      this.ctx.connection.console.error(`sourcecheck: could not index ${path}: ${(e as Error).stack ?? e}`);
      return null;
    }
  }

  private store(path: string, article: Article | null, skipped: Set<string>): void {
    const uri = pathToFileURL(path).href;
    if (article) {
      this.disk.set(uri, article);
      skipped.delete(path);
    } else {
      this.disk.delete(uri);
      skipped.add(path);
    }
  }

  /** Re-reads one file from disk (after a watcher event, a save or a close). */
  private update(uri: string): Promise<void> {
    const p = this.reread(uri).finally(() => this.pending.delete(p));
    this.pending.add(p);
    return p;
  }

  private async reread(uri: string): Promise<void> {
    if (!uri.startsWith('file:') || !this.ctx.settings().enable) return;
    const path = fileURLToPath(uri);
    if (!this.inWorkspace(path)) return;
    const seq = (this.updates.get(uri) ?? 0) + 1;
    this.updates.set(uri, seq);
    const article = await this.read(path);
    if (this.updates.get(uri) !== seq) return; // a newer read of the same file is under way
    this.updates.delete(uri);
    this.store(path, article, this.skipped);
  }

  private onWatched(changes: FileEvent[]): void {
    for (const c of changes) {
      if (!c.uri.startsWith('file:')) continue;
      if (c.type === FileChangeType.Deleted) {
        for (const uri of [...this.disk.keys()]) if (uri === c.uri || uri.startsWith(c.uri + '/')) this.disk.delete(uri);
      } else if (ARTICLE_EXTENSIONS.has(extname(c.uri).toLowerCase())) {
        void this.update(c.uri);
      }
    }
  }

  /** Under a root, not in node_modules or a dot-folder, with an article extension. */
  private inWorkspace(path: string): boolean {
    if (!ARTICLE_EXTENSIONS.has(extname(path).toLowerCase())) return false;
    return this.ctx.workspaceRoots().some((root) => {
      const rel = relative(root, path);
      if (!rel || rel.startsWith('..') || /^[a-zA-Z]:|^[\\/]/.test(rel)) return false;
      return rel.split(sep).every((part) => !part.startsWith('.') && part !== 'node_modules');
    });
  }
}

/** Strict UTF-8, as the CLI reads files: binary or mis-encoded files are not articles. */
function decode(bytes: Uint8Array): string | null {
  if (bytes.includes(0)) return null;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    return null;
  }
}

export function registerWorkspaceIndex(ctx: ServerContext): WorkspaceIndex {
  const index = new WorkspaceIndex(ctx);
  ctx.addInitializedHook(() => index.start());
  return index;
}
