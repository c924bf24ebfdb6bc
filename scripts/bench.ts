// `npm run bench [-- --quick] [-- --skip tools,server] [-- PATH]`: the performance table of
// docs/performance.md. PATH is the BBC News folder (default ../shared/eval/news/bbc); without it
// a generated stand-in of the same size is used (scripts/bench/corpus.ts). Not a test: figures
// move with the machine's load, so the load average is printed with them.
import { cpus, loadavg, totalmem } from 'node:os';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { bundleAnalysis } from './bench/bundle';
import { loadCorpus } from './bench/corpus';
import { inProcess } from './bench/inprocess';
import { serverFigures } from './bench/server';
import { table, type Row } from './bench/stats';
import { tools } from './bench/tools';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const quick = args.includes('--quick');
  const skipAt = args.indexOf('--skip');
  const skip = new Set(skipAt >= 0 ? args[skipAt + 1].split(',') : []);
  const path = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--skip') ?? join(__dirname, '..', '..', 'shared', 'eval', 'news', 'bbc');
  const corpus = loadCorpus(resolve(path));
  const seed = readFileSync(join(__dirname, '..', 'seeds', '000_7820780226b292ca.txt'), 'utf8');
  const load = loadavg()[0];
  const say = (s: string): boolean => process.stderr.write(s + '\n');
  say(`corpus: ${corpus.standIn ? 'generated stand-in (BBC folder not found at ' + path + ')' : corpus.root}, ${corpus.files.length} files, ${(corpus.bytes / 1e6).toFixed(2)} MB`);

  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const analysis = require(await bundleAnalysis());
  const rows: Row[] = [];
  say('in-process analysis …');
  rows.push(...inProcess(analysis, { seed, corpus, quick }));
  if (!skip.has('server')) {
    say('language server …');
    rows.push(...(await serverFigures(corpus, quick)));
  }
  if (!skip.has('tools')) {
    say('CLI and other tools over the folder …');
    rows.push(...tools(corpus, quick ? 1 : 3));
  }
  const cpu = cpus();
  console.log(`Source Check performance, ${new Date().toISOString().slice(0, 10)}`);
  console.log(`Machine: ${cpu.length} × ${cpu[0]?.model.trim()}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}; load average ${load.toFixed(2)} at start, ${loadavg()[0].toFixed(2)} at end`);
  console.log(`Corpus: ${corpus.standIn ? 'generated stand-in' : 'BBC News'} (${corpus.files.length} files, ${(corpus.bytes / 1e6).toFixed(2)} MB)${quick ? '; --quick: fewer runs' : ''}\n`);
  console.log(table(rows));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
