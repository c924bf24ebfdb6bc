// Entry point the Extension Development Host loads (--extensionTestsPath): runs the mocha suite bundled with it.
// Built by tests/vscode/build.ts into .cache/vscode-tests/index.js; mocha itself is loaded from node_modules.
import { appendFileSync } from 'node:fs';
import { format } from 'node:util';
import Mocha from 'mocha';

export function run(): Promise<void> {
  // In code-server the host's console only reaches the browser, so the runner may ask for the report in a file too.
  const log = process.env.SOURCECHECK_MOCHA_LOG;
  if (log) {
    const consoleLog = Mocha.reporters.Base.consoleLog;
    Mocha.reporters.Base.consoleLog = (...args: unknown[]) => {
      consoleLog(...args);
      appendFileSync(log, format(...args) + '\n');
    };
  }
  const mocha = new Mocha({ ui: 'bdd', timeout: 90_000, color: false, reporter: 'spec' });
  // The test file is part of this bundle, so set up mocha's globals (describe, it, …) and load it by hand.
  mocha.suite.emit('pre-require', globalThis, 'extension.test', mocha);
  require('./extension.test');
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures ? reject(new Error(`${failures} test(s) failed`)) : resolve()));
  });
}
