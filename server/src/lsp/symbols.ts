// The outline: sources with their statement counts, and claims grouped by status.
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver/node';
import type { LineIndex } from '../analysis/lines';
import type { DocumentModel, Span, Statement } from '../analysis/types';
import type { ServerContext } from './context';

const GROUPS: Array<[Statement['status'], string]> = [
  ['unattributed', 'Unattributed claims'],
  ['unconfirmed', 'Unconfirmed claims'],
  ['vague-source', 'Vague sources'],
  ['attributed', 'Attributed claims'],
];

export function registerSymbols(ctx: ServerContext): void {
  ctx.connection.onDocumentSymbol((params) => {
    const analysed = ctx.analysed(params.textDocument.uri);
    return analysed ? documentSymbols(analysed.model, analysed.index) : [];
  });
}

export function documentSymbols(model: DocumentModel, index: LineIndex): DocumentSymbol[] {
  const range = (s: Span) => ({ start: index.positionAt(s.start), end: index.positionAt(s.end) });
  const whole = range({ start: 0, end: model.text.length });
  const sources: DocumentSymbol[] = [];
  for (const src of model.sources) {
    const statements = model.statements.filter((st) => st.attributions.some((a) => a.source === src.id && a.kind !== 'lede-sourced'));
    if (!statements.length) continue;
    const first = src.mentions[0];
    const spans = [...src.mentions, ...statements.map((st) => model.sentences[st.sentence])];
    const span = { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) };
    sources.push({
      name: src.name,
      detail: `${src.type}${src.role ? ` · ${src.role}` : ''} · ${statements.length} statement${statements.length === 1 ? '' : 's'}`,
      kind: src.type === 'person' ? SymbolKind.Constructor : src.type === 'vague' ? SymbolKind.Variable : SymbolKind.Module,
      range: range(span),
      selectionRange: range(first),
    });
  }
  const groups: DocumentSymbol[] = [];
  for (const [status, label] of GROUPS) {
    const claims = model.statements.filter((st) => st.status === status && (st.claim || status === 'vague-source'));
    if (!claims.length) continue;
    const children = claims.map((st): DocumentSymbol => {
      const s = model.sentences[st.sentence];
      const text = model.text.slice(s.start, s.end).replace(/\s+/g, ' ');
      return {
        name: text.length > 60 ? text.slice(0, 59) + '…' : text,
        detail: st.claim ? st.claim.kinds.join(', ') : undefined,
        kind: SymbolKind.String,
        range: range(s),
        selectionRange: range(s),
      };
    });
    const first = model.sentences[claims[0].sentence];
    const last = model.sentences[claims[claims.length - 1].sentence];
    groups.push({ name: `${label} (${claims.length})`, kind: SymbolKind.Namespace, range: range({ start: first.start, end: last.end }), selectionRange: range(first), children });
  }
  const out: DocumentSymbol[] = [];
  if (sources.length) out.push({ name: `Sources (${sources.length})`, kind: SymbolKind.Namespace, range: whole, selectionRange: range({ start: 0, end: 0 }), children: sources });
  if (groups.length) out.push({ name: 'Claims', kind: SymbolKind.Namespace, range: whole, selectionRange: range({ start: 0, end: 0 }), children: groups });
  return out;
}
