// The claim ledger in VS Code: the Claims view (every claim in the workspace with its review
// status, filterable), and the prompts for a note and evidence before the server records a review.
// The server does the work (server/src/lsp/ledger.ts); this file only asks and shows.
import {
  commands, Disposable, EventEmitter, MarkdownString, Range, ThemeColor, ThemeIcon, TreeItem, TreeItemCollapsibleState, Uri, window, workspace,
  type Event, type TreeDataProvider,
} from 'vscode';
import type { LanguageClient, Middleware } from 'vscode-languageclient/node';
import { CLAIMS_REQUEST, LEDGER_CHANGED, MARK_COMMAND, UNMARK_COMMAND, type ClaimItem, type ClaimsResult, type ClaimState, type MarkArgs } from '../../server/src/ledger/protocol';
import { STATUS_LABEL, STATUSES, type ReviewStatus } from '../../server/src/ledger/types';

const VIEW = 'sourcecheck.claims';
const STATES: ClaimState[] = ['unreviewed', ...STATUSES];
const ICON: Record<ClaimState, [string, string?]> = {
  unreviewed: ['circle-large-outline'],
  verified: ['pass', 'testing.iconPassed'],
  false: ['error', 'errorForeground'],
  misleading: ['warning', 'editorWarning.foreground'],
  'needs-source': ['search', 'editorInfo.foreground'],
  unverifiable: ['question'],
};

/**
 * Asks for a note and evidence when a mark command arrives without them (from a code action or
 * the Claims view), then lets it through. Escape cancels the mark.
 */
export const ledgerMiddleware: Middleware = {
  async executeCommand(command, args, next) {
    if (command !== MARK_COMMAND) return next(command, args);
    const a = { ...(args[0] as MarkArgs) };
    if (a.note === undefined && a.status) {
      const what = a.claim ? `“${clip(a.claim, 70)}”` : 'this claim';
      const note = await window.showInputBox({ title: `Mark ${what} as ${STATUS_LABEL[a.status].mark}`, prompt: 'Note (optional): how it was checked, what is wrong', value: a.current?.note ?? '', ignoreFocusOut: true });
      if (note === undefined) return null;
      const evidence = await window.showInputBox({
        title: `Evidence for ${what}`,
        prompt: 'Evidence URLs, separated by spaces (optional)',
        value: a.current?.evidence.join(' ') ?? '',
        ignoreFocusOut: true,
        validateInput: (v) => v.split(/\s+/).filter(Boolean).find((u) => !URL.canParse(u)) ? 'Each piece of evidence must be a URL (https://…)' : null,
      });
      if (evidence === undefined) return null;
      Object.assign(a, { note, evidence: evidence.split(/\s+/).filter(Boolean) });
    }
    const reviewer = workspace.getConfiguration('sourcecheck').get<string>('reviewer');
    if (!a.reviewer && reviewer) a.reviewer = reviewer;
    return next(command, [a, ...args.slice(1)]);
  },
};

type Node = { kind: 'document'; uri: string; claims: ClaimItem[] } | { kind: 'claim'; claim: ClaimItem };

class ClaimsProvider implements TreeDataProvider<Node> {
  private readonly changed = new EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData: Event<Node | undefined> = this.changed.event;
  private claims: ClaimItem[] = [];
  shown = new Set<ClaimState>(STATES);

  constructor(private readonly client: LanguageClient) {}

  async refresh(): Promise<void> {
    try {
      const result = (await this.client.sendRequest(CLAIMS_REQUEST, { workspace: true })) as ClaimsResult | null;
      this.claims = result?.claims ?? [];
    } catch {
      this.claims = []; // the server is restarting; the next change refreshes again
    }
    this.changed.fire(undefined);
  }

  counts(): string {
    const open = this.claims.filter((c) => c.range && c.state === 'unreviewed').length;
    return `${this.claims.filter((c) => c.range).length - open} reviewed · ${open} unreviewed`;
  }

  getChildren(node?: Node): Node[] {
    const visible = this.claims.filter((c) => this.shown.has(c.state));
    if (node?.kind === 'document') return node.claims.map((claim) => ({ kind: 'claim', claim }));
    if (node) return [];
    const byUri = new Map<string, ClaimItem[]>();
    for (const c of visible) byUri.set(c.uri, [...(byUri.get(c.uri) ?? []), c]);
    return [...byUri].sort(([a], [b]) => a.localeCompare(b)).map(([uri, claims]) => ({ kind: 'document', uri, claims }));
  }

  getTreeItem(node: Node): TreeItem {
    if (node.kind === 'document') {
      const item = new TreeItem(Uri.parse(node.uri), TreeItemCollapsibleState.Expanded);
      const tally = STATES.map((s) => [s, node.claims.filter((c) => c.state === s).length] as const).filter(([, n]) => n);
      item.description = tally.map(([s, n]) => `${n} ${s}`).join(' · ');
      return item;
    }
    const c = node.claim;
    const item = new TreeItem(clip(c.text, 90), TreeItemCollapsibleState.None);
    const stale = c.review?.stale && c.range;
    item.description = c.range ? (stale ? `unreviewed (stale ${c.review!.status} review)` : c.state) : `${c.state} · no longer in the text`;
    const [icon, color] = stale ? ['history', 'editorWarning.foreground'] : ICON[c.state];
    item.iconPath = new ThemeIcon(icon, color ? new ThemeColor(color) : undefined);
    item.tooltip = tooltip(c);
    item.contextValue = c.range ? (c.review ? 'claim.reviewed' : 'claim') : 'claim.orphan';
    if (c.range) item.command = { title: 'Show claim', command: 'vscode.open', arguments: [Uri.parse(c.uri), { selection: toRange(c) }] };
    return item;
  }
}

export function registerLedgerUi(client: LanguageClient): Disposable {
  const provider = new ClaimsProvider(client);
  const view = window.createTreeView(VIEW, { treeDataProvider: provider, showCollapseAll: true });
  let timer: NodeJS.Timeout | undefined;
  const refresh = (delay = 300) => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      if (!view.visible) return;
      await provider.refresh();
      view.description = provider.shown.size === STATES.length ? provider.counts() : `showing ${[...provider.shown].join(', ')}`;
    }, delay);
  };
  const markFromView = async (node: Node | undefined, status?: ReviewStatus) => {
    if (node?.kind !== 'claim' || !node.claim.range) return;
    const c = node.claim;
    const pick = status ?? (await window.showQuickPick(STATUSES.map((s) => ({ label: `${STATUS_LABEL[s].icon} ${s}`, status: s })), { title: `Mark “${clip(c.text, 60)}” as…` }))?.status;
    if (!pick) return;
    const args: MarkArgs = { uri: c.uri, claimId: c.id, range: c.range ?? undefined, status: pick, claim: c.text, current: c.review };
    await commands.executeCommand(MARK_COMMAND, args);
  };
  return Disposable.from(
    view,
    view.onDidChangeVisibility((e) => e.visible && refresh(0)),
    client.onNotification(LEDGER_CHANGED, () => refresh()),
    workspace.onDidSaveTextDocument(() => refresh()),
    workspace.onDidOpenTextDocument(() => refresh()),
    workspace.onDidChangeTextDocument(() => refresh(1500)),
    commands.registerCommand('sourcecheck.claims.refresh', () => refresh(0)),
    commands.registerCommand('sourcecheck.claims.filter', async () => {
      const picked = await window.showQuickPick(STATES.map((s) => ({ label: s, picked: provider.shown.has(s) })), { canPickMany: true, title: 'Show claims that are…' });
      if (!picked) return;
      provider.shown = new Set(picked.length ? picked.map((p) => p.label as ClaimState) : STATES);
      refresh(0);
    }),
    commands.registerCommand('sourcecheck.claims.mark', (node?: Node) => markFromView(node)),
    commands.registerCommand('sourcecheck.claims.markVerified', (node?: Node) => markFromView(node, 'verified')),
    commands.registerCommand('sourcecheck.claims.clear', async (node?: Node) => {
      if (node?.kind !== 'claim' || !node.claim.range) return;
      await commands.executeCommand(UNMARK_COMMAND, { uri: node.claim.uri, claimId: node.claim.id, range: node.claim.range });
    }),
    { dispose: () => clearTimeout(timer) },
  );
}

function tooltip(c: ClaimItem): MarkdownString {
  const md = new MarkdownString();
  md.appendText(c.text);
  const r = c.review;
  if (!r) return md.appendMarkdown('\n\n*Not reviewed yet.*');
  md.appendMarkdown(`\n\n**${STATUS_LABEL[r.status].icon} ${r.status}**${r.stale ? ' — stale: the claim changed after this review' : ''}\n\n`);
  md.appendText(`${r.reviewer || 'unknown'}, ${r.date.slice(0, 10)}${r.note ? `: ${r.note}` : ''}`);
  for (const e of r.evidence) md.appendMarkdown(`\n\n- `).appendText(e);
  return md;
}

const toRange = (c: ClaimItem): Range => new Range(c.range!.start.line, c.range!.start.character, c.range!.end.line, c.range!.end.character);
const clip = (s: string, n: number): string => (s.length > n ? s.slice(0, n - 1) + '…' : s);
