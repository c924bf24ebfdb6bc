// One code lens on the first line with the document's counts; clicking opens the Problems panel.
import type { ServerContext } from './context';
import { reviewSummaryText } from './ledger';
import { summarize, summaryText } from './summary';

export function registerCodeLens(ctx: ServerContext): void {
  ctx.connection.onCodeLens((params) => {
    const analysed = ctx.analysed(params.textDocument.uri);
    if (!analysed) return [];
    return [
      {
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        command: { title: [summaryText(summarize(analysed.model)), reviewSummaryText(params.textDocument.uri, analysed)].filter(Boolean).join(' · '), command: 'workbench.actions.view.problems' },
      },
    ];
  });
}
