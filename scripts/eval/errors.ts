// Error analysis of attribution on PolNeAR (`npm run eval -- DIR --split train --errors`): what kinds
// of mistakes the product makes, most common first, each with a few examples.
import type { ArticleResult, Relation } from './polnear';
import { overlaps, same } from './polnear';

interface Bucket {
  count: number;
  examples: string[];
}

export class ErrorTally {
  readonly buckets = new Map<string, Bucket>();

  add(kind: string, example: string): void {
    const b = this.buckets.get(kind) ?? { count: 0, examples: [] };
    b.count++;
    if (b.examples.length < 4) b.examples.push(example);
    this.buckets.set(kind, b);
  }

  /** Reads one article's gold and predicted relations into error kinds. */
  article({ text, gold, pred }: ArticleResult): void {
    const context = (r: Relation) => {
      const all = [...r.source, ...r.cue, ...r.content];
      if (!all.length) return '';
      const s = Math.max(0, Math.min(...all) - 20);
      const e = Math.min(text.length, Math.max(...all) + 20);
      return text.slice(s, e).replace(/\s+/g, ' ');
    };
    for (const g of gold) {
      const p = pred.find((x) => overlaps(x.cue, g.cue));
      if (!p) {
        this.add(`missed relation, cue ${cueClass(g.text.cue)}`, `cue "${g.text.cue}" source "${g.text.source}": …${context(g)}…`);
        continue;
      }
      if (!same(p.cue, g.cue)) this.add('cue boundary', `gold "${g.text.cue}" vs ours "${p.text.cue}"`);
      if (g.source.length && !p.source.length) this.add('source missing', `gold "${g.text.source}", cue "${g.text.cue}"`);
      else if (g.source.length && !overlaps(p.source, g.source)) this.add('source wrong span', `gold "${g.text.source}" vs ours "${p.text.source}" (${p.name}), cue "${g.text.cue}"`);
      else if (g.source.length && !same(p.source, g.source)) this.add('source boundary', `gold "${g.text.source}" vs ours "${p.text.source}"`);
      if (g.content.length && !overlaps(p.content, g.content)) this.add('content wrong or missing', `gold "${clip(g.text.content)}" vs ours "${clip(p.text.content)}"`);
      else if (g.content.length && !same(p.content, g.content)) {
        const longer = p.content.length > g.content.length;
        this.add(`content boundary (ours ${longer ? 'longer' : 'shorter'})`, `gold "${clip(g.text.content)}" vs ours "${clip(p.text.content)}"`);
      }
    }
    for (const p of pred) {
      if (!gold.some((g) => overlaps(g.cue, p.cue))) this.add(`false relation, cue ${cueClass(p.text.cue)}`, `cue "${p.text.cue}" source "${p.text.source}": …${context(p)}…`);
    }
  }

  /** Kinds by count, most common first. */
  top(n: number): Array<[string, Bucket]> {
    return [...this.buckets].sort((a, b) => b[1].count - a[1].count).slice(0, n);
  }
}

function cueClass(cue: string): string {
  const c = cue.toLowerCase().trim();
  if (/^(said|says|say|told|tells|added|wrote|writes|asked|according to)\b/.test(c)) return `"${c.split(/\s+/).slice(0, 2).join(' ')}" (speech)`;
  if (/^[:—–-]$/.test(c)) return 'punctuation (":" or dash)';
  if (/^(think|thinks|believe|believes|want|wants|hope|hopes|expect|expects|feel|feels|fear|fears|know|knows|see|sees)\b/.test(c)) return 'verb of thought or wish';
  if (/^(show|shows|showed|found|find|finds|poll|survey)\b/.test(c)) return 'evidence verb (poll shows, found)';
  if (/^(in|for|to|on|with|from|by)\b/.test(c)) return 'preposition ("in", "for")';
  if (/^(is|was|are|were|has|have|had|seemed|seems|appeared|appears)\b/.test(c)) return 'copula or auxiliary phrase';
  if (/ing$/.test(c.split(/\s+/)[0])) return 'participle';
  return 'other verb or phrase';
}

const clip = (s: string): string => (s.length > 70 ? s.slice(0, 69) + '…' : s).replace(/\s+/g, ' ');
