// How the language server process is started, shared by the extension and the tests that spawn it.
//
// An editor sends a burst of small allocations per keystroke for hours. Node's default young
// generation grows to 32 MB for such a process, resident whether or not it is used; 4 MB
// semi-spaces keep scavenges short and the server tens of MB smaller (scripts/bench/server.ts).
// The old generation's growth is bounded at run time in server.ts (boundHeapGrowth).
import { setFlagsFromString } from 'node:v8';

/** Node options for the server process. */
export const SERVER_NODE_ARGS: readonly string[] = ['--max-semi-space-size=4'];

/**
 * Lets the old generation grow to 1.5 times what survived the last full collection before the
 * next one, instead of V8's default of up to 4 times: resident memory then stops growing once the
 * open documents' models are in place (the bench checks it over 10,000 edits).
 */
export function boundHeapGrowth(): void {
  setFlagsFromString('--heap-growing-percent=50');
}
