// Rules raised from the claim ledger (.sourcecheck/ledger.json) rather than from the text alone:
// server/src/ledger/filter.ts adds their findings once reviews are matched to statements. They are
// registered so that severities can be configured and SARIF and the docs list them.
import type { Rule } from './types';

const fromLedger = (id: string, defaultSeverity: Rule['defaultSeverity'], description: string): Rule => ({ id, defaultSeverity, description, check: () => [] });

export const claimFalse = fromLedger('claim-false', 'error', 'A reviewer marked this claim false in the claim ledger.');
export const claimMisleading = fromLedger('claim-misleading', 'warning', 'A reviewer marked this claim misleading in the claim ledger.');
export const staleReview = fromLedger('stale-review', 'hint', 'The claim was reviewed in the claim ledger, but its words have changed since.');
