// Connection wiring: the protocol in, the analysis and rules behind it, diagnostics and hovers out.
import {
  createConnection, DidChangeConfigurationNotification, ProposedFeatures, TextDocuments, TextDocumentSyncKind,
  type Connection, type InitializeParams, type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { validateConfig, type Config } from './config';
import { AnalysisCache } from './lsp/documents';
import { toDiagnostics } from './lsp/diagnostics';
import { hoverAt } from './lsp/hover';

interface ServerSettings extends Config {
  enable: boolean;
  debounceMs: number;
  maxDocumentSize: number;
}

const DEFAULTS: ServerSettings = { enable: true, debounceMs: 200, maxDocumentSize: 20_000_000, rules: {}, extraCues: [] };

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const cache = new AnalysisCache();
  const timers = new Map<string, NodeJS.Timeout>();
  const reported = new Set<string>();
  let settings: ServerSettings = DEFAULTS;
  let canPullConfig = false;

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    canPullConfig = !!params.capabilities.workspace?.configuration;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
      },
      serverInfo: { name: 'sourcecheck', version: '0.1.0' },
    };
  });

  connection.onInitialized(() => {
    if (canPullConfig) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'sourcecheck' });
    void refreshSettings();
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
    settings = toServerSettings(raw, (p) => {
      if (reported.has(p)) return;
      reported.add(p);
      connection.console.warn(`sourcecheck: ${p}`);
      void connection.window.showWarningMessage(`Source Check: ${p}`);
    });
    cache.clear();
    for (const doc of documents.all()) schedule(doc, 0);
  }

  connection.onDidChangeConfiguration(() => void refreshSettings());

  function schedule(doc: TextDocument, delay = settings.debounceMs): void {
    clearTimeout(timers.get(doc.uri));
    timers.set(doc.uri, setTimeout(() => publish(doc.uri), delay));
  }

  function publish(uri: string): void {
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
      const result = cache.get(doc, settings);
      void connection.sendDiagnostics({ uri, version: doc.version, diagnostics: toDiagnostics(result.findings, result.index, uri) });
    } catch (e) {
      connection.console.error(`sourcecheck: analysis failed for ${uri}: ${(e as Error).stack ?? e}`);
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

  connection.onHover((params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc || !settings.enable || doc.getText().length > settings.maxDocumentSize) return null;
    const result = cache.get(doc, settings);
    const hover = hoverAt(result.model, result.index, result.index.offsetAt(params.position));
    if (!hover) return null;
    return {
      contents: { kind: 'markdown', value: hover.markdown },
      range: { start: result.index.positionAt(hover.span.start), end: result.index.positionAt(hover.span.end) },
    };
  });

  connection.onShutdown(() => {
    for (const t of timers.values()) clearTimeout(t);
    timers.clear();
  });

  documents.listen(connection);
  connection.listen();
}

function toServerSettings(raw: Record<string, unknown>, report: (problem: string) => void): ServerSettings {
  const { config, problems } = validateConfig({ rules: raw.rules ?? undefined, extraCues: raw.extraCues ?? undefined }, 'settings');
  problems.forEach(report);
  const num = (key: string, fallback: number, min: number, max: number): number => {
    const v = raw[key];
    if (v === undefined || v === null) return fallback;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max) {
      report(`setting sourcecheck.${key} must be a number from ${min} to ${max}; using ${fallback}`);
      return fallback;
    }
    return v;
  };
  return {
    ...config,
    enable: raw.enable === undefined ? true : raw.enable !== false,
    debounceMs: num('debounceMs', DEFAULTS.debounceMs, 0, 5000),
    maxDocumentSize: num('maxDocumentSize', DEFAULTS.maxDocumentSize, 0, 1e9),
  };
}

// Started as a process (the bundle's entry point or `sourcecheck --stdio`).
startServer(createConnection(ProposedFeatures.all));
