// Span invariants, shared by the robustness, property and fuzz tests: every object in a model or a
// finding that has a numeric start and end must lie inside the document, not end before it starts,
// and not cut a surrogate pair (a character) in two.
import type { DocumentModel } from '../../server/src/analysis/types';
import type { Finding } from '../../server/src/rules/types';

export interface SpanViolation {
  path: string;
  start: unknown;
  end: unknown;
}

/** Walks any value (iteratively: models of 20 MB have millions of tokens) and lists bad spans. */
export function spanViolations(value: unknown, length: number, limit = 5, text?: string): SpanViolation[] {
  // A boundary between the two halves of a surrogate pair would cut a character in two.
  const splitsPair = (o: number): boolean =>
    !!text && o > 0 && o < text.length && (text.charCodeAt(o - 1) & 0xfc00) === 0xd800 && (text.charCodeAt(o) & 0xfc00) === 0xdc00;
  const bad: SpanViolation[] = [];
  const stack: Array<[unknown, string]> = [[value, '$']];
  const seen = new Set<object>();
  while (stack.length && bad.length < limit) {
    const [v, path] = stack.pop()!;
    if (v === null || typeof v !== 'object' || seen.has(v)) continue;
    seen.add(v);
    const o = v as Record<string, unknown>;
    if ('start' in o || 'end' in o) {
      const { start, end } = o;
      const ok = Number.isInteger(start) && Number.isInteger(end) && (start as number) >= 0 && (start as number) <= (end as number) && (end as number) <= length && !splitsPair(start as number) && !splitsPair(end as number);
      if (!ok) bad.push({ path, start, end });
    }
    if (Array.isArray(v)) for (let i = v.length - 1; i >= 0; i--) stack.push([v[i], `${path}[${i}]`]);
    else for (const k of Object.keys(o)) if (k !== 'text' && k !== 'prose') stack.push([o[k], `${path}.${k}`]);
  }
  return bad;
}

/** Everything a reader of the model relies on, for one text: spans, order and shape. */
export function modelProblems(text: string, model: DocumentModel, findings: Finding[]): string[] {
  const out: string[] = [];
  if (model.text !== text) out.push('model.text is not the input');
  if (model.prose.length !== text.length) out.push(`prose has ${model.prose.length} characters, text ${text.length}`);
  for (const v of spanViolations({ model, findings }, text.length, 5, text)) out.push(`bad span at ${v.path}: ${String(v.start)}..${String(v.end)}`);
  if (model.statements.length !== model.sentences.length) out.push('one statement per sentence expected');
  for (let i = 1; i < model.sentences.length; i++) {
    if (model.sentences[i].start < model.sentences[i - 1].end) {
      out.push(`sentences ${i - 1} and ${i} overlap or are out of order`);
      break;
    }
  }
  for (const f of findings) {
    if (f.end <= f.start) {
      out.push(`empty finding ${f.rule} at ${f.start}`);
      break;
    }
  }
  return out;
}
