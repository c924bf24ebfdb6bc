// Findings -> LSP diagnostics: rule id as code, a link to the rule's doc, related sentences.
import { Diagnostic, DiagnosticSeverity, type DiagnosticRelatedInformation } from 'vscode-languageserver';
import type { LineIndex } from '../analysis/lines';
import { ruleDocUrl } from '../rules';
import type { Finding, Severity } from '../rules/types';
import { toRange } from '../output/json';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toDiagnostics(findings: Finding[], index: LineIndex, uri: string): Diagnostic[] {
  return findings.map((f) => {
    const d: Diagnostic = {
      range: toRange(index, f),
      severity: SEVERITY[f.severity],
      source: 'sourcecheck',
      code: f.rule,
      codeDescription: { href: ruleDocUrl(f.rule) },
      message: f.message,
    };
    if (f.related?.length) {
      d.relatedInformation = f.related.map((r): DiagnosticRelatedInformation => ({ location: { uri, range: toRange(index, r) }, message: r.message }));
    }
    return d;
  });
}
