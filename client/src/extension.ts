// The VS Code client: start the language server for plain-text and Markdown articles, pass settings.
// All analysis lives in the server; this file only wires VS Code to it.
import * as path from 'node:path';
import { workspace, type ExtensionContext } from 'vscode';
import { CloseAction, ErrorAction, LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerAttributeCommand } from './attribute';
import { registerCommands } from './commands';
import { Requests } from './requests';
import { registerSourcesView } from './sourcesView';
import { registerStatusBar } from './statusBar';
import { ledgerMiddleware, registerLedgerUi } from './ledger';
import { RestartPolicy } from './restart-policy';
import { SERVER_NODE_ARGS } from '../../server/src/launch';

let client: LanguageClient | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_ARGS] } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_ARGS, '--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'plaintext' },
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'plaintext' },
      { scheme: 'untitled', language: 'markdown' },
      { scheme: 'file', pattern: '**/seeds/*' },
    ],
    synchronize: { configurationSection: 'sourcecheck' },
    // The server ignores workspace term lists until the workspace is trusted (see the manifest).
    initializationOptions: { trusted: workspace.isTrusted },
    diagnosticCollectionName: 'sourcecheck',
    // The claim ledger: asks for a note and evidence before a review is recorded.
    middleware: ledgerMiddleware,
    errorHandler: restartHandler(new RestartPolicy()),
  };
  context.subscriptions.push(registerAttributeCommand());
  client = new LanguageClient('sourcecheck', 'Source Check', serverOptions, clientOptions);
  context.subscriptions.push(registerLedgerUi(client)); // the Claims view
  // Workspace UI: status bar counts, the Sources view and the palette commands, all fed by the
  // server's custom requests (server/src/lsp/protocol.ts).
  const requests = new Requests(client);
  context.subscriptions.push(registerStatusBar(requests), registerSourcesView(requests), registerCommands(requests));
  context.subscriptions.push(workspace.onDidGrantWorkspaceTrust(() => void client?.restart()));
  await client.start();
}

/** A crashed server is restarted a few times, then the user gets one clear error (restart-policy.ts). */
function restartHandler(policy: RestartPolicy): NonNullable<LanguageClientOptions['errorHandler']> {
  return {
    error: (_error, _message, count) => ({ action: policy.onError(count) === 'continue' ? ErrorAction.Continue : ErrorAction.Shutdown }),
    closed: () => {
      const decision = policy.onClose();
      return decision.restart ? { action: CloseAction.Restart } : { action: CloseAction.DoNotRestart, message: decision.message };
    },
  };
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}
