// Inlay hints: after "he", "Hegseth" or "the minister", the speaker it resolves to.
import type { InlayHint } from 'vscode-languageserver/node';
import type { ServerContext } from './context';

export function registerInlayHints(ctx: ServerContext): void {
  ctx.connection.languages.inlayHint.on((params) => {
    if (!ctx.settings().inlayHints) return [];
    const analysed = ctx.analysed(params.textDocument.uri);
    if (!analysed) return [];
    const { model, index } = analysed;
    const from = index.offsetAt(params.range.start);
    const to = index.offsetAt(params.range.end);
    const hints: InlayHint[] = [];
    const seen = new Set<number>();
    for (const st of model.statements) {
      for (const a of st.attributions) {
        const m = a.mention;
        if (a.kind === 'lede-sourced' || a.kind === 'continued-quote' || seen.has(m.end) || m.end < from || m.end > to) continue;
        if (m.via !== 'pronoun' && m.via !== 'surname' && m.via !== 'first-name' && m.via !== 'role' && m.via !== 'poll') continue;
        const source = model.sources[a.source];
        seen.add(m.end);
        hints.push({
          position: index.positionAt(m.end),
          label: `→ ${source.name}`,
          paddingLeft: true,
          tooltip: `“${m.text}” resolves to ${source.name}${source.role ? `, ${source.role}` : ''} (${m.via})`,
        });
      }
    }
    return hints;
  });
}
