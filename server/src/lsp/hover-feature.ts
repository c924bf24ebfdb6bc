import type { ServerContext } from './context';
import { hoverAt } from './hover';

export function registerHover(ctx: ServerContext): void {
  ctx.connection.onHover((params) => {
    const result = ctx.analysed(params.textDocument.uri);
    if (!result) return null;
    const hover = hoverAt(result.model, result.index, result.index.offsetAt(params.position));
    if (!hover) return null;
    return {
      contents: { kind: 'markdown', value: hover.markdown },
      range: { start: result.index.positionAt(hover.span.start), end: result.index.positionAt(hover.span.end) },
    };
  });
}
