// Called first by the CLI, before the analysis is loaded. A CLI run is a fresh process that checks
// thousands of articles once:
// - V8 optimises the analysis after a "budget" of interpreted work, and its default budget optimises
//   the cue and claim functions before their feedback has settled, so they are deoptimised and
//   optimised again. A larger budget made the BBC folder run about 9% faster (1.87 -> 1.70 s,
//   scripts/bench/tools.ts, with 250k); with the settings below, 180k does 1.3% better than 250k
//   (1.199 -> 1.183 s), and 350k worse.
// - V8 first runs each regular expression in its bytecode interpreter and compiles it to machine code
//   on the second use, so the large cue and hedge expressions are compiled twice. Compiling them once,
//   straight away, saves 3% of the CLI's instructions on a BBC folder (callgrind).
// - A function is optimised after a number of budgets that grows with its size (3, plus one per 150
//   bytes of bytecode), so the large attribution functions ran unoptimised through a third of the
//   BBC folder, and again after each deoptimisation. One more per 2,000 bytes: 1.231 -> 1.211 s
//   (interleaved runs, each build's code cache made under its flags), for 15% more of the compiler
//   thread's time, which has a core of its own (docs/performance.md).
// - Optimised code matters less to a sweep than having it early: without loop peeling and with a
//   smaller inlining budget (600 bytes of bytecode in all, not 920) each optimisation takes the
//   compiler less time, and the BBC folder runs 2-3% faster (1.214 -> 1.177 s; BBC and South Asia
//   together 1.658 -> 1.607 s).
// The language server as the extension starts it (dist/server.js), which runs for hours, keeps V8's
// defaults. The CLI's code cache (cli-entry.ts) is made under these flags and used only under them.
import { setFlagsFromString } from 'node:v8';

/**
 * Sets the CLI's flags. First of all (cli-entry.ts): before the bundle is compiled, so that its code
 * cache matches them, and before any regular expression runs.
 */
export function tuneV8(): void {
  setFlagsFromString('--interrupt-budget=180000');
  setFlagsFromString('--no-regexp-tier-up');
  setFlagsFromString('--bytecode-size-allowance-per-tick=2000');
  setFlagsFromString('--no-turbo-loop-peeling');
  setFlagsFromString('--max-inlined-bytecode-size-cumulative=600');
}
