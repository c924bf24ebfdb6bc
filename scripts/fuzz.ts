// The long run of the property tests: `npm run fuzz -- --runs N [--edits M] [--seed S]`.
// Checks N generated documents (each in both formats: every range inside the document, findings
// non-empty, the analysis deterministic) and M edit sequences (incremental equals a fresh analysis),
// and reports counts. Exit 1 with the shrunk counterexample on the first failure.
import fc from 'fast-check';
import { anyDocument, documentProblems, editSequence, FORMATS, incrementalProblem } from '../tests/robustness/properties';

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? process.argv[i + 1] : process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  if (v === undefined) return fallback;
  if (!/^\d+$/.test(v)) {
    process.stderr.write(`fuzz: --${name} takes a whole number, not "${v}"\n`);
    process.exit(2);
  }
  return Number(v);
}

const runs = option('runs', 10_000);
const editRuns = option('edits', Math.max(1, Math.round(runs / 10)));
const seed = option('seed', Date.now() % 2 ** 31);
const started = performance.now();
const seconds = () => ((performance.now() - started) / 1000).toFixed(1);

let documents = 0;
let characters = 0;
let sequences = 0;
let edits = 0;

function report(kind: string, done: number, total: number): void {
  if (done % Math.max(1, Math.round(total / 10)) === 0) process.stdout.write(`  ${kind}: ${done}/${total} (${seconds()} s)\n`);
}

function run<T>(name: string, arb: fc.Arbitrary<T>, numRuns: number, predicate: (v: T) => void, s: number): boolean {
  const result = fc.check(fc.property(arb, predicate), { seed: s, numRuns });
  if (!result.failed) return true;
  process.stdout.write(`\nFAILED: ${name} (seed ${s}, path ${result.counterexamplePath})\n`);
  process.stdout.write(`counterexample: ${JSON.stringify(result.counterexample)}\n`);
  process.stdout.write(`${String(result.errorInstance).slice(0, 2000)}\n`);
  return false;
}

process.stdout.write(`fuzz: ${runs} documents in ${FORMATS.length} formats, ${editRuns} edit sequences, seed ${seed}\n`);
const docsOk = run(
  'documents',
  anyDocument(),
  runs,
  (text) => {
    for (const format of FORMATS) {
      const problems = documentProblems(text, format);
      if (problems.length) throw new Error(`${format}: ${problems.join('; ')}`);
    }
    documents++;
    characters += text.length;
    report('documents', documents, runs);
  },
  seed,
);
const editsOk =
  docsOk &&
  run(
    'edit sequences',
    editSequence(12),
    editRuns,
    ({ base, format, edits: list, extraCues }) => {
      const problem = incrementalProblem(base, format, list, extraCues);
      if (problem) throw new Error(problem);
      sequences++;
      edits += list.length;
      report('edit sequences', sequences, editRuns);
    },
    seed + 1,
  );

process.stdout.write(
  `fuzz: ${documents} documents (${characters} characters, each in ${FORMATS.length} formats), ` +
    `${sequences} edit sequences (${edits} edits), ${docsOk && editsOk ? 0 : 1} failures, ${seconds()} s, seed ${seed}\n`,
);
process.exit(docsOk && editsOk ? 0 : 1);
