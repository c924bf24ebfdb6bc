// Findings follow the ledger, in the editor and the CLI alike:
// - verified: the sentence's findings are dropped (someone checked it; the hover shows the record);
// - false / misleading: its findings give way to one `claim-false` error / `claim-misleading`
//   warning carrying the reviewer's note (the sourcing warnings are moot once the verdict is in);
// - needs-source / unverifiable: findings stay as they are;
// - a stale review (the words changed since): findings stay, plus a `stale-review` hint.
import type { DocumentModel } from '../analysis/types';
import { claimFalse, claimMisleading, staleReview } from '../rules/ledger';
import { byPosition, type Finding, type Rule, type SeveritySetting } from '../rules/types';
import type { Match, MatchResult } from './match';

export function applyReviews(model: DocumentModel, findings: Finding[], matches: MatchResult, severities: Record<string, SeveritySetting> = {}): Finding[] {
  if (!matches.byStatement.size) return findings;
  const bySentence = new Map<number, Match>();
  for (const m of matches.byStatement.values()) bySentence.set(m.claim.sentence, m);
  const sentenceOf = (f: Finding): number | undefined => f.sentence ?? model.sentences.find((s) => f.start >= s.start && f.start < s.end)?.index;
  const out = findings.filter((f) => {
    const s = sentenceOf(f);
    const m = s === undefined ? undefined : bySentence.get(s);
    return !m || m.stale || !['verified', 'false', 'misleading'].includes(m.entry.status);
  });
  const add = (rule: Rule, m: Match, message: string) => {
    const severity = severities[rule.id] ?? rule.defaultSeverity;
    if (severity !== 'off') out.push({ start: m.claim.span.start, end: m.claim.span.end, sentence: m.claim.sentence, rule: rule.id, severity, message });
  };
  for (const m of bySentence.values()) {
    const e = m.entry;
    const by = `${e.reviewer ? ` by ${e.reviewer}` : ''} on ${e.date.slice(0, 10)}`;
    const note = e.note ? `: ${e.note}` : '.';
    if (m.stale) add(staleReview, m, `Stale review: marked ${e.status}${by}, but the claim has changed since; check it again. It read: “${clip(e.claim)}”`);
    else if (e.status === 'false') add(claimFalse, m, `False claim: marked false${by}${note}`);
    else if (e.status === 'misleading') add(claimMisleading, m, `Misleading claim: marked misleading${by}${note}`);
  }
  return out.sort(byPosition);
}

const clip = (s: string, n = 100): string => (s.length > n ? s.slice(0, n - 1) + '…' : s);
