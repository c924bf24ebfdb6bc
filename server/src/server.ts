// Connection wiring: the protocol in, the analysis and rules behind it, diagnostics and hovers out.
import {
  createConnection, DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, ProposedFeatures, TextDocuments, TextDocumentSyncKind,
  type ClientCapabilities, type Connection, type FileEvent, type InitializeParams, type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fileURLToPath } from 'node:url';
import { readConfigFile, SERVER_DEFAULTS, toServerSettings, type ConfigFileState } from './lsp/settings';
import { CONFIG_FILE, defaultConfig } from './config';
import type { CodeActionProvider, FindingFilter, HoverSectionProvider, ServerContext, ServerSettings } from './lsp/context';
import type { Finding } from './rules/types';
import { AnalysisCache, trackedDocuments, type Analysed } from './lsp/documents';
import { toDiagnostics } from './lsp/diagnostics';
import { registerHover } from './lsp/hover-feature';
import { registerCodeActions } from './lsp/code-actions';
import { registerCodeLens } from './lsp/code-lens';
import { registerLedger } from './lsp/ledger';
import { registerInlayHints } from './lsp/inlay-hints';
import { registerSymbols } from './lsp/symbols';
import { registerWorkspaceIndex } from './lsp/workspace-index';
import { registerReferences } from './lsp/references';
import { registerLinks } from './lsp/links';
import { registerRequests } from './lsp/requests';
import { boundHeapGrowth } from './launch';

const DEFAULTS: ServerSettings = { ...defaultConfig(), ...SERVER_DEFAULTS };

export function startServer(connection: Connection): void {
  const cache = new AnalysisCache();
  const documents = new TextDocuments(trackedDocuments(cache));
  const timers = new Map<string, NodeJS.Timeout>();
  const reported = new Set<string>();
  let settings: ServerSettings = DEFAULTS;
  let canPullConfig = false;
  let canWatchFiles = false;
  let roots: string[] = [];
  const codeActionProviders: CodeActionProvider[] = [];
  const commands = new Map<string, (args: unknown[]) => unknown>();
  const findingFilters: FindingFilter[] = [];
  const hoverSections: HoverSectionProvider[] = [];
  const watchedFilesListeners: Array<(changes: FileEvent[]) => void> = [];
  let trusted = true;
  let configFile: ConfigFileState | null = null;
  let clientCapabilities: ClientCapabilities = {};
  const initializedHooks: Array<() => void> = [];
  const rootsChangedHooks: Array<() => void> = [];

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    clientCapabilities = params.capabilities;
    canPullConfig = !!params.capabilities.workspace?.configuration;
    canWatchFiles = !!params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    trusted = (params.initializationOptions as { trusted?: unknown } | undefined)?.trusted !== false;
    roots = folderPaths((params.workspaceFolders ?? []).map((f) => f.uri).concat(params.rootUri && !params.workspaceFolders?.length ? [params.rootUri] : []));
    return {
      capabilities: {
        // Folders added to or removed from the workspace later change the roots (config file,
        // ledgers, the workspace index) as if the server had started with them.
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        hoverProvider: true,
        inlayHintProvider: true,
        documentSymbolProvider: { label: 'Source Check' },
        codeLensProvider: { resolveProvider: false },
        codeActionProvider: { codeActionKinds: ['quickfix', 'source'] },
        executeCommandProvider: { commands: [...commands.keys()] },
        referencesProvider: true,
        workspaceSymbolProvider: true,
        definitionProvider: true,
        documentLinkProvider: { resolveProvider: false },
      },
      serverInfo: { name: 'sourcecheck', version: '0.1.0' },
    };
  });

  connection.onInitialized(() => {
    if (clientCapabilities.workspace?.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders(({ added, removed }) => {
        const gone = new Set(folderPaths(removed.map((f) => f.uri)));
        roots = [...roots.filter((r) => !gone.has(r)), ...folderPaths(added.map((f) => f.uri)).filter((r) => !roots.includes(r))];
        void refreshSettings();
        for (const hook of rootsChangedHooks) hook();
      });
    }
    if (canPullConfig) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'sourcecheck' });
    if (canWatchFiles) void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: `**/${CONFIG_FILE}` }] });
    void refreshSettings();
    for (const hook of initializedHooks) hook();
  });

  async function refreshSettings(): Promise<void> {
    let raw: Record<string, unknown> = {};
    if (canPullConfig) {
      try {
        raw = ((await connection.workspace.getConfiguration('sourcecheck')) as Record<string, unknown>) ?? {};
      } catch (e) {
        connection.console.warn(`sourcecheck: could not read settings (${(e as Error).message}); using defaults`);
      }
    }
    const report = (p: string): void => {
      if (reported.has(p)) return;
      reported.add(p);
      connection.console.warn(`sourcecheck: ${p}`);
      void connection.window.showWarningMessage(`Source Check: ${p}`);
    };
    const previous = configFile;
    configFile = readConfigFile(roots);
    if (previous?.uri && previous.uri !== configFile.uri) void connection.sendDiagnostics({ uri: previous.uri, diagnostics: [] });
    if (configFile.uri) void connection.sendDiagnostics({ uri: configFile.uri, diagnostics: configFile.diagnostics });
    configFile.problems.forEach(report);
    settings = toServerSettings(raw, configFile.partial, trusted, report);
    ctx.refreshAll();
  }

  connection.onDidChangeConfiguration(() => void refreshSettings());
  connection.onDidChangeWatchedFiles((params) => {
    if (params.changes.some((c) => c.uri.endsWith(`/${CONFIG_FILE}`))) void refreshSettings();
    for (const listener of watchedFilesListeners) listener(params.changes);
  });

  /**
   * Diagnostics go out one debounce interval after the last edit: the work starts early by three
   * times what the document's updates take on average, so a long document is not later than a short
   * one even when an update takes longer than usual (a collection, a slow path); but always after a
   * quarter of the interval, so typing never runs an update per keystroke.
   */
  function schedule(doc: TextDocument, delay = settings.debounceMs): void {
    clearTimeout(timers.get(doc.uri));
    const early = Math.min(0.75 * delay, 3 * cache.cost(doc.uri));
    timers.set(doc.uri, setTimeout(() => void publish(doc.uri), delay - early));
  }

  async function publish(uri: string): Promise<void> {
    timers.delete(uri);
    const doc = documents.get(uri);
    if (!doc) return;
    if (!settings.enable) {
      void connection.sendDiagnostics({ uri, diagnostics: [] });
      return;
    }
    if (doc.getText().length > settings.maxDocumentSize) {
      const key = `size:${uri}`;
      if (!reported.has(key)) {
        reported.add(key);
        connection.console.info(`sourcecheck: ${uri} has ${doc.getText().length} characters, over sourcecheck.maxDocumentSize (${settings.maxDocumentSize}); not checked`);
      }
      void connection.sendDiagnostics({ uri, version: doc.version, diagnostics: [] });
      return;
    }
    try {
      // Large work runs in slices; a newer edit abandons it and schedules its own publish.
      const result = await cache.analyse(doc, settings);
      if (!result || documents.get(uri) !== doc || doc.version !== result.version) return;
      const started = performance.now();
      void connection.sendDiagnostics({ uri, version: result.version, diagnostics: toDiagnostics(filtered(uri, result), result.index, uri) });
      cache.noteCost(uri, performance.now() - started);
    } catch (e) {
      connection.console.error(`sourcecheck: analysis failed for ${uri}: ${(e as Error).stack ?? e}`);
      // Once per document: its diagnostics are now out of date, and the writer should know why.
      const key = `failed:${uri}`;
      if (!reported.has(key)) {
        reported.add(key);
        void connection.window.showWarningMessage(`Source Check could not check this document (an internal error: ${(e as Error)?.message ?? e}). Its findings may be out of date; the details are in the Source Check output. Please report it.`);
      }
    }
  }

  documents.onDidOpen((e) => schedule(e.document, 0));
  documents.onDidChangeContent((e) => schedule(e.document));
  documents.onDidClose((e) => {
    clearTimeout(timers.get(e.document.uri));
    timers.delete(e.document.uri);
    cache.delete(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  const ctx: ServerContext = {
    connection,
    documents,
    cache,
    settings: () => settings,
    analysed(uri) {
      const doc = documents.get(uri);
      if (!doc || !settings.enable || doc.getText().length > settings.maxDocumentSize) return null;
      // Never a full-document pass here: a long document still being analysed answers null.
      return cache.ready(doc, settings);
    },
    refreshAll() {
      cache.clear();
      for (const doc of documents.all()) schedule(doc, 0);
    },
    workspaceRoots: () => roots,
    addCodeActions: (p) => void codeActionProviders.push(p),
    addCommand: (id, handler) => void commands.set(id, handler),
    addFindingFilter: (f) => void findingFilters.push(f),
    addHoverSection: (p) => void hoverSections.push(p),
    addWatchedFilesListener: (l) => void watchedFilesListeners.push(l),
    trusted: () => trusted,
    clientCapabilities: () => clientCapabilities,
    addInitializedHook: (h) => void initializedHooks.push(h),
    findings(uri) {
      const result = ctx.analysed(uri);
      return result ? filtered(uri, result) : [];
    },
  };

  function filtered(uri: string, result: Analysed): Finding[] {
    return findingFilters.reduce((acc, f) => f(uri, result, acc), result.findings);
  }

  connection.onCodeAction((params) => {
    const doc = documents.get(params.textDocument.uri);
    const result = ctx.analysed(params.textDocument.uri);
    if (!doc || !result) return [];
    return codeActionProviders.flatMap((p) => {
      try {
        return p(params, result, doc);
      } catch (e) {
        connection.console.error(`sourcecheck: code action failed: ${(e as Error).stack ?? e}`);
        return [];
      }
    });
  });
  connection.onExecuteCommand(async (params) => {
    const handler = commands.get(params.command);
    if (!handler) return null;
    try {
      return await handler(params.arguments ?? []);
    } catch (e) {
      connection.console.error(`sourcecheck: command ${params.command} failed: ${(e as Error).stack ?? e}`);
      void connection.window.showErrorMessage(`Source Check: ${(e as Error).message}`);
      return null;
    }
  });

  registerHover(ctx, hoverSections);
  registerCodeActions(ctx);
  registerInlayHints(ctx);
  registerSymbols(ctx);
  registerCodeLens(ctx);
  registerLedger(ctx);
  const workspaceIndex = registerWorkspaceIndex(ctx);
  rootsChangedHooks.push(() => void workspaceIndex.rebuild());
  registerReferences(ctx, workspaceIndex);
  registerLinks(ctx, workspaceIndex);
  registerRequests(ctx, workspaceIndex);

  connection.onShutdown(() => {
    for (const t of timers.values()) clearTimeout(t);
    timers.clear();
    cache.dispose();
  });

  documents.listen(connection);
  connection.listen();
}

// Started as a process (the bundle's entry point or `sourcecheck --stdio`).
boundHeapGrowth();
const connection = createConnection(ProposedFeatures.all);
// A client that never answers a request (a message box, say) must not take the server down with it.
process.on('unhandledRejection', (reason) => {
  try {
    connection.console.error(`sourcecheck: unhandled rejection: ${reason instanceof Error ? reason.stack : String(reason)}`);
  } catch {
    /* the connection itself may be gone */
  }
});
startServer(connection);

/** The local folders of workspace folder URIs (others, such as a remote scheme, are not read). */
function folderPaths(uris: string[]): string[] {
  return uris.filter((u) => u.startsWith('file:')).map((u) => fileURLToPath(u));
}
