// `npm run eval -- DIR [--json] [--split dev|train] [--only PARTS] [--samples N] [--errors]`
// Measures the product (the CLI's own reading: checkText + the JSON report) on the evaluation data
// in DIR (see DIR/README.md and docs/evaluation.md). Parts whose files are absent are named and skipped.
import { join } from 'node:path';
import { need, pct, type PRF } from './eval/common';
import { evaluateClaimbuster, evaluateClef } from './eval/checkworthiness';
import { ErrorTally } from './eval/errors';
import { evaluateNews, type Sample } from './eval/news';
import { evaluatePolnear } from './eval/polnear';
import { evaluateUncertainty, type HedgeMiss } from './eval/uncertainty';

const PARTS = ['polnear', 'claimbuster', 'clef2019', 'uncertainty', 'news'] as const;
type Part = (typeof PARTS)[number];
const USAGE = `usage: npm run eval -- DIR [--json] [--split dev|train] [--only ${PARTS.join(',')}] [--samples N] [--errors]`;

interface Args {
  dir: string;
  json: boolean;
  split: string;
  only: Set<Part>;
  samples: number;
  errors: boolean;
}

export function parseEvalArgs(argv: string[]): Args {
  const args: Args = { dir: '', json: false, split: 'dev', only: new Set(PARTS), samples: 20, errors: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') args.json = true;
    else if (a === '--errors') args.errors = true;
    else if (a === '--split') args.split = argv[++i] ?? '';
    else if (a === '--samples') args.samples = Number(argv[++i]);
    else if (a === '--only') {
      const list = (argv[++i] ?? '').split(',').filter(Boolean);
      const bad = list.filter((p) => !(PARTS as readonly string[]).includes(p));
      if (bad.length || !list.length) throw new Error(`--only takes parts among ${PARTS.join(', ')}`);
      args.only = new Set(list as Part[]);
    } else if (!a.startsWith('-') && !args.dir) args.dir = a;
    else throw new Error(`unknown argument ${a}`);
  }
  if (!args.dir) throw new Error('no data folder given');
  if (!/^[\w-]+$/.test(args.split)) throw new Error('--split takes a folder name under polnear/, e.g. dev or train');
  if (!Number.isInteger(args.samples) || args.samples < 0) throw new Error('--samples takes a whole number');
  return args;
}

export function runEval(args: Args, log: (s: string) => void) {
  const absent: string[] = [];
  const at = (...p: string[]) => join(args.dir, ...p);
  const result: Record<string, unknown> = { date: new Date().toISOString().slice(0, 10), data: args.dir };
  const samples: Sample[] = [];
  const errors = new ErrorTally();
  const hedgeMisses: HedgeMiss[] = [];

  if (args.only.has('polnear')) {
    const dir = need(at('polnear', args.split, 'attributions.jsonl'), absent) && need(at('polnear', args.split, 'text'), absent) && at('polnear', args.split);
    if (dir) result.polnear = { split: args.split, ...evaluatePolnear(dir, args.errors ? (r) => errors.article(r) : undefined) };
    if (dir) log('polnear done');
  }
  if (args.only.has('claimbuster')) {
    const path = need(at('claimbuster', 'crowdsourced.jsonl'), absent);
    if (path) result.claimbuster = evaluateClaimbuster(path, log);
  }
  if (args.only.has('clef2019')) {
    const path = need(at('clef2019', 'train.jsonl'), absent);
    if (path) result.clef2019 = evaluateClef(path);
    if (path) log('clef2019 done');
  }
  if (args.only.has('uncertainty')) {
    const out: Record<string, unknown> = {};
    for (const [key, file] of [['factbank', 'factbank-dev.jsonl'], ['wiki', 'wiki.jsonl']] as const) {
      const path = need(at('uncertainty', file), absent);
      if (path) out[key] = evaluateUncertainty(path, args.errors && key === 'factbank' ? hedgeMisses : undefined);
    }
    if (Object.keys(out).length) result.uncertainty = out;
    if (Object.keys(out).length) log('uncertainty done');
  }
  if (args.only.has('news')) {
    const out: Record<string, unknown> = {};
    for (const [key, sub] of [['bbc', 'bbc'], ['southAsia', 'south-asia']] as const) {
      const path = need(at('news', sub), absent);
      if (!path) continue;
      const { scores, samples: s } = evaluateNews(path, args.samples);
      out[key] = scores;
      samples.push(...s.map((x) => ({ ...x, file: `${sub}/${x.file}` })));
    }
    if (Object.keys(out).length) result.falseAlarms = out;
    if (Object.keys(out).length) log('news done');
  }
  result.absent = absent;
  return { result, samples, errors, hedgeMisses };
}

const row = (name: string, x: PRF & { partial?: PRF }) =>
  `  ${name.padEnd(10)} ${pct(x.precision).padStart(6)} ${pct(x.recall).padStart(6)} ${pct(x.f1).padStart(6)}` +
  (x.partial ? `   ${pct(x.partial.precision).padStart(6)} ${pct(x.partial.recall).padStart(6)} ${pct(x.partial.f1).padStart(6)}` : '');

/** The human-readable report. */
export function formatText(out: ReturnType<typeof runEval>, errorsShown = 5): string {
  const r = out.result as Record<string, any>;
  const lines: string[] = [`Source Check evaluation, ${r.date}, data ${r.data}`];
  const header = (partial: boolean) => `  ${''.padEnd(10)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)}${partial ? `   ${'P~'.padStart(6)} ${'R~'.padStart(6)} ${'F1~'.padStart(6)}  (~ partial overlap)` : ''}`;
  if (r.polnear) {
    const p = r.polnear;
    lines.push('', `PolNeAR ${p.split}: ${p.articles} articles, ${p.goldRelations} gold relations, ${p.predictedRelations} predicted (exact, then partial)`, header(true));
    for (const k of ['source', 'cue', 'content']) lines.push(row(k, p[k]));
    lines.push(`  speaker accuracy ${pct(p.speakerAccuracy)}`);
  }
  if (r.claimbuster) {
    const c = r.claimbuster;
    lines.push('', `ClaimBuster: ${c.sentences} sentences, CFS class, 5-fold by debate (mean threshold ${c.threshold.toFixed(3)})`, header(false), row('CFS', c));
    lines.push(row('shipped*', c.shippedInSample) + '   * model trained on all of ClaimBuster: in-sample, not a test figure');
  }
  if (r.clef2019) {
    const c = r.clef2019;
    lines.push('', `CLEF-2019 CheckThat! task 1: ${c.lines} lines, ${c.positives} check-worthy`);
    lines.push(`  average precision ${pct(c.averagePrecision)}   mean AP per debate ${pct(c.meanAveragePrecision)}`, header(false), row('at thresh.', c));
  }
  if (r.uncertainty) {
    for (const [k, u] of Object.entries(r.uncertainty as Record<string, any>)) {
      lines.push('', `Uncertainty, ${k}: ${u.sentences} sentences, ${u.uncertain} uncertain`, header(true), row('sentence', u.sentence), row('cue', u.cue));
    }
  }
  if (r.falseAlarms) {
    for (const [k, n] of Object.entries(r.falseAlarms as Record<string, any>)) {
      lines.push('', `Findings on news (${k}): ${n.articles} articles, ${n.words} words; per 1,000 words (count)`);
      for (const [rule, rate] of Object.entries(n.perThousandWords as Record<string, number>)) lines.push(`  ${rule.padEnd(22)} ${rate.toFixed(2).padStart(6)}  (${n.findings[rule]})`);
    }
  }
  if (out.samples.length) {
    lines.push('', 'Sampled findings (fixed seed), for a person to judge:');
    for (const s of out.samples) lines.push(`  [${s.rule}] ${s.file}: ${s.message}`, `      ${s.sentence.replace(/\s+/g, ' ')}`);
  }
  if (out.errors.buckets.size) {
    lines.push('', 'PolNeAR error kinds, most common first:');
    for (const [kind, b] of out.errors.top(errorsShown)) lines.push(`  ${b.count}  ${kind}`, ...b.examples.map((e) => `      ${e}`));
  }
  if (out.hedgeMisses.length) {
    const tally = (kind: HedgeMiss['kind']) => {
      const m = new Map<string, number>();
      for (const x of out.hedgeMisses) if (x.kind === kind) m.set(x.cue.toLowerCase(), (m.get(x.cue.toLowerCase()) ?? 0) + 1);
      return [...m].sort((a, b) => b[1] - a[1]).slice(0, 30).map(([c, n]) => `${c} ${n}`).join(', ');
    };
    lines.push('', `FactBank cues missed: ${tally('missed')}`, `FactBank hedges not annotated: ${tally('false')}`);
  }
  if (r.absent.length) lines.push('', `Absent (skipped): ${r.absent.join(', ')}`);
  return lines.join('\n');
}

if (require.main === module) {
  let args: Args;
  try {
    args = parseEvalArgs(process.argv.slice(2));
  } catch (e) {
    console.error(`eval: ${(e as Error).message}\n${USAGE}`);
    process.exit(2);
  }
  const out = runEval(args, (s) => process.stderr.write(`${s}\n`));
  console.log(args.json ? JSON.stringify(out.result, null, 2) : formatText(out, args.errors ? 12 : 5));
  if ((out.result.absent as string[]).length) console.error(`eval: absent, skipped: ${(out.result.absent as string[]).join(', ')}`);
  // Nothing measured at all is an error: most likely a wrong folder.
  if (!['polnear', 'claimbuster', 'clef2019', 'uncertainty', 'falseAlarms'].some((k) => k in out.result)) process.exit(1);
}
