// The counts a user sees at a glance: the code lens on line 1 and the client's status bar.
import type { DocumentModel } from '../analysis/types';

export interface Summary {
  claims: number;
  attributed: number;
  unattributed: number;
  vagueSource: number;
  unconfirmed: number;
  crossLinks: number;
}

export function summarize(model: DocumentModel): Summary {
  const s: Summary = { claims: 0, attributed: 0, unattributed: 0, vagueSource: 0, unconfirmed: 0, crossLinks: model.crossLinks.length };
  for (const st of model.statements) {
    if (st.claim) s.claims++;
    if (st.status === 'attributed') s.attributed++;
    else if (st.status === 'unattributed') s.unattributed++;
    else if (st.status === 'vague-source') s.vagueSource++;
    else if (st.status === 'unconfirmed') s.unconfirmed++;
  }
  return s;
}

const plural = (n: number, one: string, many = one + 's'): string => `${n} ${n === 1 ? one : many}`;

/** "12 claims · 7 attributed · 3 unattributed · 1 unconfirmed · 2 cross-links" */
export function summaryText(s: Summary): string {
  const parts = [plural(s.claims, 'claim'), `${s.attributed} attributed`, `${s.unattributed} unattributed`];
  if (s.vagueSource) parts.push(`${s.vagueSource} vague`);
  parts.push(`${s.unconfirmed} unconfirmed`, plural(s.crossLinks, 'cross-link'));
  return parts.join(' · ');
}
