// References on a source name (every statement by that source in every indexed article) and
// workspace symbols (sources and claims by name or text).
import { SymbolKind, type Location, type SymbolInformation } from 'vscode-languageserver/node';
import type { DocumentModel, Source, SourceType } from '../analysis/types';
import { headlineKey } from '../analysis/titles';
import { sourceKey } from './article';
import type { ServerContext } from './context';
import type { WorkspaceIndex } from './workspace-index';

const MAX_SYMBOLS = 1000;
const KIND: Record<SourceType, SymbolKind> = {
  person: SymbolKind.Constructor, organization: SymbolKind.Module, media: SymbolKind.Module, document: SymbolKind.Module, vague: SymbolKind.Variable,
};

/** The source whose mention (name, surname, role or pronoun) covers the offset. */
export function sourceAt(model: DocumentModel, offset: number): Source | null {
  return model.sources.find((src) => src.mentions.some((m) => offset >= m.start && offset <= m.end)) ?? null;
}

export function registerReferences(ctx: ServerContext, index: WorkspaceIndex): void {
  ctx.connection.onReferences(async (params) => {
    const uri = params.textDocument.uri;
    const analysed = ctx.analysed(uri);
    if (!analysed) return null;
    const src = sourceAt(analysed.model, analysed.index.offsetAt(params.position));
    if (!src) return null;
    await index.current();
    const key = sourceKey(src, uri);
    const articles = index.articles().sort((a, b) => (a.uri === uri ? -1 : b.uri === uri ? 1 : a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const out: Location[] = [];
    for (const a of articles) {
      for (const s of a.sources) {
        if (s.key !== key) continue;
        for (const st of s.statements) out.push({ uri: a.uri, range: st.range });
        // The declaration is the source's first mention by name, when no statement already holds it.
        const holds = s.statements.some((st) => st.range.start.line === s.range.start.line);
        if (params.context.includeDeclaration && a.uri === uri && !holds) out.unshift({ uri: a.uri, range: s.range });
      }
    }
    return out;
  });

  ctx.connection.onWorkspaceSymbol(async (params) => {
    await index.current();
    const words = headlineKey(params.query).split(' ').filter(Boolean);
    const matches = (name: string): boolean => {
      if (!words.length) return true;
      const k = headlineKey(name);
      return words.every((w) => k.includes(w));
    };
    const out: SymbolInformation[] = [];
    const articles = index.articles().sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    for (const a of articles) {
      const where = a.title?.text ?? a.path;
      for (const s of a.sources) {
        if (out.length >= MAX_SYMBOLS) return out;
        if (matches(s.name)) out.push({ name: s.name, kind: KIND[s.type], location: { uri: a.uri, range: s.range }, containerName: where });
      }
      for (const c of a.claims) {
        if (out.length >= MAX_SYMBOLS) return out;
        if (matches(c.text)) out.push({ name: c.text.replace(/\s+/g, ' '), kind: SymbolKind.String, location: { uri: a.uri, range: c.range }, containerName: `${c.status} · ${where}` });
      }
    }
    return out;
  });
}
