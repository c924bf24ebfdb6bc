// The rule registry and the one function that runs them over a model.
import type { DocumentModel } from '../analysis/types';
import { crossLink } from './cross-link';
import { claimFalse, claimMisleading, staleReview } from './ledger';
import { secondhandSource } from './secondhand-source';
import { socialMediaSource } from './social-media-source';
import { byPosition, type Finding, type Rule, type RuleOptions, type SeveritySetting } from './types';
import { unattributedClaim } from './unattributed-claim';
import { unattributedQuote } from './unattributed-quote';
import { unconfirmedClaim } from './unconfirmed-claim';
import { vagueSource } from './vague-source';

export const RULES: readonly Rule[] = [
  unattributedClaim,
  vagueSource,
  unconfirmedClaim,
  unattributedQuote,
  secondhandSource,
  socialMediaSource,
  crossLink,
  claimFalse,
  claimMisleading,
  staleReview,
];

export const RULE_IDS = RULES.map((r) => r.id);
export const DOCS_BASE = 'https://github.com/sourcecheck/sourcecheck/blob/main/docs/rules/';
export const ruleDocUrl = (id: string): string => `${DOCS_BASE}${id}.md`;

export function runRules(model: DocumentModel, severities: Record<string, SeveritySetting> = {}, options: RuleOptions = { trustedOutlets: [] }): Finding[] {
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const setting = severities[rule.id] ?? rule.defaultSeverity;
    if (setting === 'off') continue;
    // Each rule's findings are its own fresh objects: they are completed in place (a spread of
    // each rule's own shape of object went through V8's slowest copy, ~2% of a CLI sweep).
    for (const f of rule.check(model, options) as Finding[]) {
      f.rule = rule.id;
      f.severity = setting;
      findings.push(f);
    }
  }
  return findings.sort(byPosition);
}
