// Human-readable output: path:line:column: severity rule-id message (1-based), then a summary.
import type { FindingsReport } from './json';


export function textReport(files: FindingsReport[]): string {
  const lines: string[] = [];
  const counts = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const f of files) {
    for (const x of f.findings) {
      counts[x.severity]++;
      lines.push(`${f.path}:${x.range.start.line + 1}:${x.range.start.character + 1}: ${x.severity} ${x.rule} ${x.message}`);
    }
  }
  const total = counts.error + counts.warning + counts.information + counts.hint;
  lines.push(
    `${total} finding${total === 1 ? '' : 's'} in ${files.length} file${files.length === 1 ? '' : 's'} ` +
      `(${counts.error} errors, ${counts.warning} warnings, ${counts.information} information, ${counts.hint} hints)`,
  );
  return lines.join('\n') + '\n';
}
