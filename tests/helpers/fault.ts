// A fault injected from outside the product, for the tests of how failures are reported: a preload
// (`node --require`) under which any regular expression run on text containing FAULT_MARK throws,
// so the analysis fails on exactly the documents that contain it.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const FAULT_MARK = 'FAULT-INJECTED';

/** Writes the preload into `dir` and returns its path. */
export function writeFaultHook(dir: string): string {
  const path = join(dir, 'fault.cjs');
  writeFileSync(
    path,
    `const exec = RegExp.prototype.exec;
RegExp.prototype.exec = function (s) { if (typeof s === 'string' && s.includes(${JSON.stringify(FAULT_MARK)})) throw new Error('injected fault'); return exec.call(this, s); };\n`,
  );
  return path;
}
