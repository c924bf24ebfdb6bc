import type { HoverSectionProvider, ServerContext } from './context';
import { hoverAt } from './hover';

export function registerHover(ctx: ServerContext, sections: HoverSectionProvider[]): void {
  ctx.connection.onHover((params) => {
    const result = ctx.analysed(params.textDocument.uri);
    if (!result) return null;
    const offset = result.index.offsetAt(params.position);
    const hover = hoverAt(result.model, result.index, offset);
    if (!hover) return null;
    const extra = sections.map((p) => p(params.textDocument.uri, result, offset)).filter((x): x is string => !!x);
    return {
      contents: { kind: 'markdown', value: [hover.markdown, ...extra].join('\n\n---\n\n') },
      range: { start: result.index.positionAt(hover.span.start), end: result.index.positionAt(hover.span.end) },
    };
  });
}
