// Custom requests the VS Code client's UI is built on (status bar, Sources view, commands). They
// return plain data from the same analysis as diagnostics, so any editor can use them.
import type { Finding } from '../rules/types';
import type { Article } from './article';
import type { ServerContext } from './context';
import { relevanceOf } from './links';
import {
  INDEX_REQUEST, REPORT_REQUEST, SOURCES_REQUEST, SUMMARY_REQUEST,
  type IndexParams, type IndexStats, type ReportResult, type SourcesResult, type SummaryResult, type UriParams,
} from './protocol';
import { summarize, summaryText } from './summary';
import type { WorkspaceIndex } from './workspace-index';

const STATUS_HEADINGS: Array<[string, string]> = [
  ['unattributed', 'Unattributed claims'],
  ['unconfirmed', 'Unconfirmed claims'],
  ['vague-source', 'Vaguely sourced claims'],
  ['attributed', 'Attributed claims'],
];

export function registerRequests(ctx: ServerContext, index: WorkspaceIndex): void {
  const { connection } = ctx;

  connection.onRequest(SUMMARY_REQUEST, ({ uri }: UriParams): SummaryResult | null => {
    const analysed = ctx.analysed(uri);
    if (!analysed) return null;
    const counts = summarize(analysed.model);
    return { text: summaryText(counts), counts };
  });

  connection.onRequest(SOURCES_REQUEST, ({ uri }: UriParams): SourcesResult | null => {
    const article = index.article(uri);
    return article && ctx.documents.get(uri) ? { uri, sources: article.sources } : null;
  });

  connection.onRequest(REPORT_REQUEST, async ({ uri }: UriParams): Promise<ReportResult | null> => {
    const analysed = ctx.analysed(uri);
    if (!analysed) return null;
    await index.current();
    const article = index.article(uri);
    if (!article) return null;
    const relevance = relevanceOf(analysed);
    const crossLinks = article.crossLinks.map((c, i) => ({ ...c, target: index.byTitle(c.headline, uri)?.path ?? null, shared: relevance[i]?.shared.map((t) => t.word) ?? [] }));
    return { markdown: report(article, ctx.findings(uri), analysed.index.positionAt.bind(analysed.index), crossLinks) };
  });

  connection.onRequest(INDEX_REQUEST, async (params: IndexParams | null): Promise<IndexStats> => {
    if (params?.rebuild) void index.rebuild();
    await index.current();
    return index.stats();
  });
}

type CrossLinkRow = Article['crossLinks'][number] & { target: string | null; shared: string[] };

function report(a: Article, findings: Finding[], positionAt: (o: number) => { line: number }, crossLinks: CrossLinkRow[]): string {
  const line = (n: number): string => `line ${n + 1}`;
  const quote = (s: string): string => `“${s.replace(/\s+/g, ' ')}”`;
  // The report quotes the article; the directive keeps it from being checked when opened as Markdown.
  const out = ['<!-- sourcecheck-disable -->', '', `# Source Check report: ${a.title?.text ?? a.path}`, '', `\`${a.path}\``, '', `**${summaryText(a.summary)}**`];
  out.push('', `## Findings (${findings.length})`, '');
  if (!findings.length) out.push('None.');
  for (const f of [...findings].sort((x, y) => x.start - y.start)) out.push(`- ${line(positionAt(f.start).line)} · ${f.severity} · \`${f.rule}\`: ${f.message}`);
  out.push('', `## Sources (${a.sources.length})`);
  for (const s of a.sources) {
    out.push('', `### ${s.name}${s.role ? ` — ${s.role}` : ''} (${s.type})`, '');
    if (!s.statements.length) out.push(`Mentioned ${s.mentions} time${s.mentions === 1 ? '' : 's'}; no statements attributed.`);
    for (const st of s.statements) out.push(`- ${line(st.range.start.line)} · ${st.status}: ${quote(st.text)}`);
  }
  for (const [status, heading] of STATUS_HEADINGS) {
    const claims = a.claims.filter((c) => c.status === status);
    if (!claims.length) continue;
    out.push('', `## ${heading} (${claims.length})`, '');
    for (const c of claims) out.push(`- ${line(c.range.start.line)}: ${quote(c.text)}`);
  }
  if (crossLinks.length) {
    out.push('', `## Cross-links (${crossLinks.length})`, '');
    for (const c of crossLinks) {
      const where = c.target ? `links to \`${c.target}\`` : 'not in the workspace';
      const rel = c.related ? `related (${c.relevance.toFixed(2)})` : `**unrelated** to this article (${c.relevance.toFixed(2)}${c.shared.length ? `; shares only ${c.shared.join(', ')}` : ''})`;
      out.push(`- ${line(c.range.start.line)}: ${quote(c.headline)} · ${rel} · ${where}`);
    }
  }
  return out.join('\n') + '\n';
}
