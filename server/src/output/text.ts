// Human-readable output: path:line:column: severity rule-id message (1-based), then a summary.
import type { FindingsReport } from './json';

/** Builds the text report a file at a time, so a long run keeps lines, not report objects. */
export class TextReport {
  private readonly lines: string[] = [];
  private readonly counts = { error: 0, warning: 0, information: 0, hint: 0 };
  private files = 0;

  add(f: FindingsReport): void {
    this.files++;
    const lines: string[] = [];
    for (const x of f.findings) {
      this.counts[x.severity]++;
      lines.push(`${f.path}:${x.range.start.line + 1}:${x.range.start.character + 1}: ${x.severity} ${x.rule} ${x.message}`);
    }
    // One flat string per file: the messages quote the article, and a quote kept as a slice would
    // keep the whole article alive until the report is printed.
    if (lines.length) this.lines.push(lines.join('\n'));
  }

  get warnings(): number {
    return this.counts.warning;
  }

  get errors(): number {
    return this.counts.error;
  }

  toString(): string {
    const { counts, files } = this;
    const total = counts.error + counts.warning + counts.information + counts.hint;
    const summary =
      `${total} finding${total === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'} ` +
      `(${counts.error} errors, ${counts.warning} warnings, ${counts.information} information, ${counts.hint} hints)`;
    return [...this.lines, summary].join('\n') + '\n';
  }
}

export function textReport(files: FindingsReport[]): string {
  const report = new TextReport();
  for (const f of files) report.add(f);
  return report.toString();
}
