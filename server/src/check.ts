// One call that both the language server and the CLI make: analyse, run rules, apply settings.
import { analyze, type AnalysisOptions } from './analysis/analyze';
import { findDirectives, isSuppressed } from './analysis/directives';
import { LineIndex } from './analysis/lines';
import type { Attribution, DocumentModel, Statement } from './analysis/types';
import { runRules } from './rules';
import type { Finding, SeveritySetting } from './rules/types';

export interface CheckSettings {
  rules?: Record<string, SeveritySetting>;
  extraCues?: string[];
  vagueTerms?: string[];
  hedges?: string[];
  trustedOutlets?: string[];
  /** Line-comment prefix for ignore directives in plain text ("//" by default). */
  commentPrefix?: string;
}

export interface CheckResult {
  model: DocumentModel;
  findings: Finding[];
}

export function checkText(text: string, format: AnalysisOptions['format'], settings: CheckSettings = {}): CheckResult {
  const model = analyze(text, analysisOptions(format, settings));
  return { model, findings: findingsOf(model, settings) };
}

/** The analysis options settings imply: the key under which the server keeps an incremental analyzer. */
export function analysisOptions(format: AnalysisOptions['format'], settings: CheckSettings): AnalysisOptions {
  return { format, extraCues: settings.extraCues, vagueTerms: settings.vagueTerms, hedges: settings.hedges, commentPrefix: settings.commentPrefix };
}

/** Rules over a model, less what ignore directives suppress (the server brings incremental models). */
export function findingsOf(model: DocumentModel, settings: CheckSettings = {}): Finding[] {
  const findings = runRules(model, settings.rules, { trustedOutlets: settings.trustedOutlets ?? [] });
  const directives = findDirectives(model.text, model.format, settings.commentPrefix);
  if (!directives.length) return findings;
  const index = new LineIndex(model.text);
  return findings.filter((f) => !isSuppressed(directives, f.rule, index.positionAt(f.start).line));
}

const PRIORITY: Record<Attribution['kind'], number> = {
  'direct-quote': 0, indirect: 0, 'according-to': 0, parenthetical: 0, nominal: 1, 'continued-quote': 1, participial: 2, 'lede-sourced': 3,
};

/** The attribution a one-line summary should name: a named source's own statement first. */
export function primaryAttribution(model: DocumentModel, st: Statement): Attribution | null {
  let best: Attribution | null = null;
  let bestRank = Infinity;
  for (const a of st.attributions) {
    const rank = PRIORITY[a.kind] + (model.sources[a.source].type === 'vague' ? 10 : 0);
    if (rank < bestRank) {
      best = a;
      bestRank = rank;
    }
  }
  return best;
}
