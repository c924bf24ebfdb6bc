// Cross-links as links: a "Read More" headline that is the title of another article in the workspace
// becomes a document link and a definition; the hover says where it goes, or that it goes nowhere
// in the workspace, and whether the promoted story is related to this article at all.
import type { DocumentLink, Location, LocationLink } from 'vscode-languageserver/node';
import { crossLinkRelevance, type Relevance } from '../analysis/relevance';
import type { Span } from '../analysis/types';
import type { Analysed } from './documents';
import type { ServerContext } from './context';
import { md } from './hover';
import type { WorkspaceIndex } from './workspace-index';

const relevanceCache = new WeakMap<Analysed, Relevance[]>();

export function relevanceOf(analysed: Analysed): Relevance[] {
  let r = relevanceCache.get(analysed);
  if (!r) relevanceCache.set(analysed, (r = crossLinkRelevance(analysed.model)));
  return r;
}

const inside = (offset: number, s: Span): boolean => offset >= s.start && offset <= s.end;
const quoted = (words: string[]): string => words.map((w) => `“${md(w)}”`).join(', ');

export function registerLinks(ctx: ServerContext, index: WorkspaceIndex): void {
  ctx.connection.onDocumentLinks(async ({ textDocument }) => {
    if (!ctx.analysed(textDocument.uri)) return [];
    await index.current();
    const analysed = ctx.analysed(textDocument.uri); // the document may have changed while we waited
    if (!analysed) return [];
    const links: DocumentLink[] = [];
    for (const c of analysed.model.crossLinks) {
      const target = index.byTitle(c.headline, textDocument.uri);
      if (!target) continue;
      const range = { start: analysed.index.positionAt(c.headlineSpan.start), end: analysed.index.positionAt(c.headlineSpan.end) };
      links.push({ range, target: target.uri, tooltip: `Open ${target.path}` });
    }
    return links;
  });

  ctx.connection.onDefinition(async (params): Promise<Location[] | LocationLink[] | null> => {
    const uri = params.textDocument.uri;
    const analysed = ctx.analysed(uri);
    if (!analysed) return null;
    const offset = analysed.index.offsetAt(params.position);
    const c = analysed.model.crossLinks.find((x) => inside(offset, x));
    if (!c) return null;
    await index.current();
    const target = index.byTitle(c.headline, uri);
    if (!target?.title) return null;
    if (ctx.clientCapabilities().textDocument?.definition?.linkSupport) {
      const origin = { start: analysed.index.positionAt(c.headlineSpan.start), end: analysed.index.positionAt(c.headlineSpan.end) };
      return [{ originSelectionRange: origin, targetUri: target.uri, targetRange: target.title.range, targetSelectionRange: target.title.range }];
    }
    return [{ uri: target.uri, range: target.title.range }];
  });

  ctx.addHoverSection((uri, analysed, offset) => {
    const i = analysed.model.crossLinks.findIndex((x) => inside(offset, x));
    if (i < 0) return null;
    const c = analysed.model.crossLinks[i];
    const target = index.byTitle(c.headline, uri);
    const out: string[] = [];
    if (target) out.push(`Opens \`${md(target.path)}\` (Go to Definition or Ctrl+click the headline).`);
    else out.push(`No article with this headline is in the workspace${index.isBuilding ? ' (the workspace is still being indexed)' : ''}.`);
    const r = relevanceOf(analysed)[i];
    const shared = r.shared.map((t) => t.word);
    const score = `relevance ${r.score.toFixed(2)}`;
    if (!r.terms.length) out.push('', 'The headline has no key terms to compare with the article.');
    else if (r.related) out.push('', `Related to this article: shares ${quoted(shared)} (${shared.length} of ${r.terms.length} key terms, ${score}).`);
    else {
      const which = shared.length ? `only ${quoted(shared)}` : 'none';
      out.push('', `⚠️ **Unrelated to this article**: ${which} of its ${r.terms.length} key terms occur in the body (${score}). A promo for another story, not context for this one.`);
    }
    return out.join('\n');
  });
}
