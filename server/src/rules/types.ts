// What a rule produces. Offsets, not positions: the LSP layer and the CLI convert them.
import type { DocumentModel, Span } from '../analysis/types';

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type SeveritySetting = Severity | 'off';

export interface Finding extends Span {
  rule: string;
  severity: Severity;
  message: string;
  /** Index of the sentence the finding is about, when there is one. */
  sentence?: number;
  related?: Array<Span & { message: string }>;
}

export interface Rule {
  id: string;
  defaultSeverity: Severity;
  /** One line for rule listings, SARIF descriptors and the docs index. */
  description: string;
  check(model: DocumentModel, options: RuleOptions): Array<Omit<Finding, 'rule' | 'severity'>>;
}

/** Options some rules read, from settings and .sourcecheck.json. */
export interface RuleOptions {
  /** Outlets whose reporting is not flagged as secondhand (lower-case names). */
  trustedOutlets: string[];
}

export const quoteText = (model: DocumentModel, span: Span, max = 60): string => {
  const t = model.text.slice(span.start, span.end).replace(/\s+/g, ' ');
  return t.length > max ? t.slice(0, max - 1) + '…' : t;
};

/** The last word of a cue ("have said" → "said"): what the rules test a cue's verb by. */
export const lastWord = (text: string): string => text.slice(text.search(/\S+$/));

/** Findings in document order; at one span, by rule id (lower-case ASCII: code-unit order, no locale collation). */
export const byPosition = (a: Finding, b: Finding): number => a.start - b.start || a.end - b.end || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
