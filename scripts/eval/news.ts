// False alarms on real articles: findings per 1,000 words for each rule, and a fixed random sample
// of findings per rule, each with its sentence, for a person to judge.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { runProduct, seededRandom, shuffled } from './common';

export interface Sample {
  file: string;
  rule: string;
  message: string;
  sentence: string;
}

export interface NewsScores {
  articles: number;
  words: number;
  /** Findings per 1,000 words, by rule. */
  perThousandWords: Record<string, number>;
  findings: Record<string, number>;
}

function textFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...textFiles(p));
    else if (name.endsWith('.txt') && !/^README/i.test(name)) out.push(p);
  }
  return out;
}

export function evaluateNews(dir: string, samplesPerRule: number, seed = 20261126): { scores: NewsScores; samples: Sample[] } {
  const files = textFiles(dir);
  const byRule = new Map<string, Sample[]>();
  let words = 0;
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    words += text.match(/[\p{L}\p{N}]+(?:[’'\-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
    const { report, offset } = runProduct(text, file);
    for (const f of report.findings) {
      const at = offset(f.range.start);
      const st = report.statements.find((s) => offset(s.range.start) <= at && at < offset(s.range.end)) ?? null;
      const list = byRule.get(f.rule) ?? [];
      list.push({ file: relative(dir, file), rule: f.rule, message: f.message, sentence: st?.text ?? text.slice(at, offset(f.range.end)) });
      byRule.set(f.rule, list);
    }
  }
  const rules = [...byRule.keys()].sort();
  // One generator per rule, so that one rule's sample does not move when another rule changes.
  const random = (rule: string) => seededRandom([...rule].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0, seed));
  return {
    scores: {
      articles: files.length,
      words,
      perThousandWords: Object.fromEntries(rules.map((r) => [r, (1000 * byRule.get(r)!.length) / Math.max(1, words)])),
      findings: Object.fromEntries(rules.map((r) => [r, byRule.get(r)!.length])),
    },
    samples: rules.flatMap((r) => shuffled(byRule.get(r)!, random(r)).slice(0, samplesPerRule)),
  };
}
