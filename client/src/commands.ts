// Palette commands: check the workspace, show a report of the active article, open (or create)
// the config file, toggle the speaker inlay hints.
import { commands, ConfigurationTarget, Disposable, Position, Selection, Uri, ViewColumn, window, workspace } from 'vscode';
import { isArticle, type IndexStats, type Requests } from './requests';

const CONFIG_FILE = '.sourcecheck.json';
// The schema is associated by file name (contributes.jsonValidation), so the skeleton needs no
// "$schema" URL, which VS Code would try to download. Empty "rules" overrides nothing.
const CONFIG_SKELETON = '{\n  "rules": {\n    \n  }\n}\n';

export function registerCommands(requests: Requests): Disposable {
  return Disposable.from(
    commands.registerCommand('sourcecheck.checkWorkspace', () => checkWorkspace(requests)),
    commands.registerCommand('sourcecheck.showReport', () => showReport(requests)),
    commands.registerCommand('sourcecheck.openConfig', openConfig),
    commands.registerCommand('sourcecheck.toggleInlayHints', toggleInlayHints),
  );
}

/** Re-reads every article in the workspace (the server shows progress) and reports the counts. */
async function checkWorkspace(requests: Requests): Promise<IndexStats | null> {
  const stats = await requests.indexWorkspace({ rebuild: true });
  if (!stats) {
    void window.showErrorMessage('Source Check: the language server is not running.');
    return null;
  }
  void window.showInformationMessage(`Source Check: ${workspaceSummary(stats)}`);
  return stats;
}

export function workspaceSummary(s: IndexStats): string {
  const n = (count: number, one: string, many = `${one}s`): string => `${count} ${count === 1 ? one : many}`;
  const parts = [n(s.articles, 'article'), n(s.claims, 'claim'), `${s.unattributed} unattributed`, `${s.unconfirmed} unconfirmed`];
  if (s.vagueSource) parts.push(`${s.vagueSource} vague`);
  parts.push(`${n(s.crossLinks, 'cross-link')} (${s.resolvedCrossLinks} to articles here, ${s.unrelatedCrossLinks} unrelated)`);
  if (s.skipped) parts.push(`${n(s.skipped, 'file')} skipped`);
  return parts.join(' · ');
}

async function showReport(requests: Requests): Promise<void> {
  const doc = window.activeTextEditor?.document;
  if (!doc || !isArticle(doc)) {
    void window.showWarningMessage('Source Check: open a plain-text or Markdown article first.');
    return;
  }
  const report = await requests.report(doc.uri);
  if (!report) {
    void window.showWarningMessage('Source Check: this document is not checked (disabled, or over sourcecheck.maxDocumentSize).');
    return;
  }
  const out = await workspace.openTextDocument({ language: 'markdown', content: report.markdown });
  await window.showTextDocument(out, { viewColumn: ViewColumn.Beside, preview: false });
}

async function openConfig(): Promise<void> {
  const folders = workspace.workspaceFolders ?? [];
  if (!folders.length) {
    void window.showWarningMessage(`Source Check: open a folder first; ${CONFIG_FILE} lives at the workspace root.`);
    return;
  }
  // The server reads the first root that has one, so open that; otherwise create it in the first root.
  for (const f of folders) {
    const uri = Uri.joinPath(f.uri, CONFIG_FILE);
    if (await exists(uri)) {
      await window.showTextDocument(uri);
      return;
    }
  }
  const uri = Uri.joinPath(folders[0].uri, CONFIG_FILE);
  await workspace.fs.writeFile(uri, new TextEncoder().encode(CONFIG_SKELETON));
  const editor = await window.showTextDocument(uri);
  const inside = new Position(2, 4);
  editor.selection = new Selection(inside, inside);
  void commands.executeCommand('editor.action.triggerSuggest');
}

async function exists(uri: Uri): Promise<boolean> {
  try {
    await workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** Flips sourcecheck.inlayHints.enabled in the workspace settings if it is set there, else in the user settings. */
async function toggleInlayHints(): Promise<boolean> {
  const config = workspace.getConfiguration('sourcecheck');
  const key = 'inlayHints.enabled';
  const inspect = config.inspect<boolean>(key);
  const target = inspect?.workspaceValue !== undefined ? ConfigurationTarget.Workspace : ConfigurationTarget.Global;
  const next = !config.get<boolean>(key, true);
  await config.update(key, next, target);
  window.setStatusBarMessage(`Source Check: speaker inlay hints ${next ? 'on' : 'off'}`, 3000);
  return next;
}
