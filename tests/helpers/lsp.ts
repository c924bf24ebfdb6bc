// A minimal LSP client for protocol tests: spawns dist/server.js --stdio and speaks JSON-RPC to it.
import { spawn, type ChildProcess } from 'node:child_process';
import { SERVER_NODE_ARGS } from '../../server/src/launch';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection, StreamMessageReader, StreamMessageWriter, type ProtocolConnection,
  type PublishDiagnosticsParams, type Diagnostic,
} from 'vscode-languageserver-protocol/node';
import { ROOT } from './seed';

export interface LspSession {
  connection: ProtocolConnection;
  child: ChildProcess;
  stderr: () => string;
  /** Resolves with the next diagnostics published for uri that satisfy the predicate. */
  diagnostics(uri: string, predicate?: (d: Diagnostic[], version?: number) => boolean, timeoutMs?: number): Promise<Diagnostic[]>;
  open(uri: string, text: string, languageId?: string, version?: number): void;
  close(): Promise<void>;
}

/**
 * `capabilities`: extra client capabilities, merged into the defaults one section deep.
 * `nodeArgs`: extra node options for the server process (e.g. a --require hook).
 */
export async function startServer(options: { settings?: Record<string, unknown>; rootPath?: string; capabilities?: Record<string, object>; initializationOptions?: object; nodeArgs?: string[] } = {}): Promise<LspSession> {
  // Started as the extension starts it (server/src/launch.ts).
  const child = spawn(process.execPath, [...SERVER_NODE_ARGS, ...(options.nodeArgs ?? []), join(ROOT, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let err = '';
  child.stdin!.on('error', () => undefined); // the server may exit before our last write
  child.stderr!.on('data', (d) => (err += d));
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const latest = new Map<string, Diagnostic[]>();
  const waiters: Array<{ uri: string; predicate: (d: Diagnostic[], version?: number) => boolean; resolve: (d: Diagnostic[]) => void }> = [];
  connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    latest.set(p.uri, p.diagnostics);
    for (const w of [...waiters]) {
      if (w.uri === p.uri && w.predicate(p.diagnostics, p.version)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(p.diagnostics);
      }
    }
  });
  connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => options.settings ?? {}));
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.onNotification('window/logMessage', () => undefined);
  connection.onNotification('window/showMessage', () => undefined);
  connection.listen();
  const root = options.rootPath ?? ROOT;
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(root).href,
    workspaceFolders: [{ uri: pathToFileURL(root).href, name: 'root' }],
    initializationOptions: options.initializationOptions,
    capabilities: mergeCapabilities({ workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } }, textDocument: { hover: { contentFormat: ['markdown'] } } }, options.capabilities),
  });
  connection.sendNotification('initialized', {});
  return {
    connection,
    child,
    stderr: () => err,
    diagnostics(uri, predicate = () => true, timeoutMs = 15_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms; last: ${JSON.stringify(latest.get(uri))?.slice(0, 300)}; stderr: ${err.slice(-500)}`)), timeoutMs);
        waiters.push({ uri, predicate, resolve: (d) => (clearTimeout(timer), resolve(d)) });
      });
    },
    open(uri, text, languageId = 'plaintext', version = 1) {
      connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } }).catch(() => undefined);
    },
    async close() {
      try {
        await Promise.race([connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
        await connection.sendNotification('exit').catch(() => undefined);
      } catch {
        /* the server may already be gone */
      }
      connection.dispose();
      await new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        const t = setTimeout(() => (child.kill('SIGKILL'), resolve()), 3000);
        child.once('exit', () => (clearTimeout(t), resolve()));
      });
    },
  };
}

function mergeCapabilities(base: Record<string, object>, extra: Record<string, object> = {}): Record<string, object> {
  const out = { ...base };
  for (const [k, v] of Object.entries(extra)) out[k] = { ...(out[k] ?? {}), ...v };
  return out;
}
