// The status bar item: the active article's counts ("12 claims · 7 attributed · …"); a click opens
// the Problems panel. Refreshed when the active editor changes and when its diagnostics change.
import { Disposable, StatusBarAlignment, window } from 'vscode';
import { isArticle, onActiveArticleChanged, type Requests } from './requests';

export function registerStatusBar(requests: Requests): Disposable {
  const item = window.createStatusBarItem('sourcecheck.summary', StatusBarAlignment.Left, 10);
  item.name = 'Source Check';
  item.command = 'workbench.actions.view.problems';
  let seq = 0;

  async function refresh(): Promise<void> {
    const doc = window.activeTextEditor?.document;
    const mine = ++seq;
    if (!doc || !isArticle(doc)) {
      item.hide();
      return;
    }
    const summary = await requests.summary(doc.uri);
    if (mine !== seq) return; // a newer refresh started while this one waited
    if (!summary) {
      item.hide();
      return;
    }
    item.text = `$(checklist) ${summary.text}`;
    item.tooltip = `Source Check: ${summary.text}. Click to open the Problems panel.`;
    item.show();
  }
  void refresh();
  return Disposable.from(item, onActiveArticleChanged(() => void refresh()));
}
