// The Sources view in the explorer: the active article's sources, each expandable to the
// statements attributed to it; clicking a source or a statement reveals it in the editor.
import {
  Disposable, EventEmitter, MarkdownString, ThemeColor, ThemeIcon, TreeItem, TreeItemCollapsibleState, window,
  type TextDocument, type TreeDataProvider, type Uri,
} from 'vscode';
import type { Range } from 'vscode-languageclient/node';
import { isArticle, onActiveArticleChanged, type IndexedSource, type IndexedStatement, type Requests } from './requests';

type Node = { kind: 'source'; uri: Uri; source: IndexedSource } | { kind: 'statement'; uri: Uri; statement: IndexedStatement };

const SOURCE_ICON: Record<IndexedSource['type'], string> = {
  person: 'person', organization: 'organization', media: 'book', document: 'file-text', vague: 'question',
};
const STATUS_ICON: Record<IndexedStatement['status'], [string, string?]> = {
  attributed: ['pass', 'testing.iconPassed'],
  unattributed: ['warning', 'list.warningForeground'],
  'vague-source': ['question', 'list.warningForeground'],
  unconfirmed: ['warning', 'list.warningForeground'],
  'not-a-claim': ['comment'],
};

class SourcesProvider implements TreeDataProvider<Node> {
  private changed = new EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  /** The article shown, and whether the server had an answer for it. */
  state: { doc: TextDocument | null; sources: IndexedSource[] | null } = { doc: null, sources: null };
  /** Called after each fetch, so the view can show a message instead of an empty tree. */
  onState?: () => void;

  constructor(private requests: Requests) {}

  refresh(): void {
    this.changed.fire(undefined);
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (node) return node.kind === 'source' ? node.source.statements.map((statement) => ({ kind: 'statement', uri: node.uri, statement })) : [];
    const doc = window.activeTextEditor?.document;
    const result = doc && isArticle(doc) ? await this.requests.sources(doc.uri) : null;
    this.state = { doc: doc && isArticle(doc) ? doc : null, sources: result?.sources ?? null };
    this.onState?.();
    return (result?.sources ?? []).map((source) => ({ kind: 'source', uri: doc!.uri, source }));
  }

  getTreeItem(node: Node): TreeItem {
    const convert = this.requests.client.protocol2CodeConverter;
    const reveal = (range: Range) => ({ title: 'Reveal', command: 'vscode.open', arguments: [node.uri, { selection: convert.asRange(range), preserveFocus: false }] });
    if (node.kind === 'source') {
      const s = node.source;
      const n = s.statements.length;
      const item = new TreeItem(s.name, n ? TreeItemCollapsibleState.Collapsed : TreeItemCollapsibleState.None);
      item.description = `${s.role ?? s.type} · ${n} statement${n === 1 ? '' : 's'}`;
      item.iconPath = new ThemeIcon(SOURCE_ICON[s.type] ?? 'person');
      item.tooltip = `${s.name}${s.role ? ` — ${s.role}` : ''} (${s.type}), mentioned ${s.mentions} time${s.mentions === 1 ? '' : 's'}`;
      item.contextValue = `sourcecheck.source.${s.type}`;
      item.command = reveal(s.range);
      return item;
    }
    const st = node.statement;
    const text = st.text.replace(/\s+/g, ' ');
    const item = new TreeItem(text.length > 90 ? text.slice(0, 89) + '…' : text);
    item.description = `line ${st.range.start.line + 1} · ${st.status}`;
    const [icon, color] = STATUS_ICON[st.status] ?? ['comment'];
    item.iconPath = new ThemeIcon(icon, color ? new ThemeColor(color) : undefined);
    item.tooltip = new MarkdownString().appendText(text).appendMarkdown(`\n\n*${st.status}${st.claim ? ' claim' : ''}*`);
    item.contextValue = `sourcecheck.statement.${st.status}`;
    item.command = reveal(st.range);
    return item;
  }
}

export function registerSourcesView(requests: Requests): Disposable {
  const provider = new SourcesProvider(requests);
  const view = window.createTreeView('sourcecheck.sources', { treeDataProvider: provider, showCollapseAll: true });
  provider.onState = () => {
    const { doc, sources } = provider.state;
    view.message = !doc ? 'Open a plain-text or Markdown article to see its sources.' : sources && !sources.length ? 'No sources are named in this article.' : undefined;
    view.description = doc ? doc.uri.path.split('/').pop() : undefined;
  };
  const refresh = (): void => {
    if (view.visible) provider.refresh();
  };
  return Disposable.from(view, onActiveArticleChanged(refresh, 150), view.onDidChangeVisibility(refresh));
}
