// The in-host mocha suite of npm run test:vscode (tests/vscode/suite), run here in code-server's Node extension
// host, since a desktop VS Code cannot be downloaded on these machines. The web workbench takes the extension
// development and test paths from its `payload` query parameter and reports the exit code through
// window.codeAutomationExit, as @vscode/test-web uses it.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { ROOT } from '../helpers/seed';
import { buildSuite } from '../vscode/build';
import { launch, type Launched } from './harness';

let wb: Launched | undefined;
let ok = false;
const reportDir = mkdtempSync(join(tmpdir(), 'sourcecheck-mocha-'));

after(async () => {
  await wb?.close(ok);
  rmSync(reportDir, { recursive: true, force: true });
});

test('the VS Code API suite (tests/vscode) passes in the extension development host', async () => {
  const suite = await buildSuite();
  const report = join(reportDir, 'report.txt');
  wb = await launch(undefined, { SOURCECHECK_MOCHA_LOG: report });
  const { page, port } = wb;
  const exited = new Promise<number>((resolve) => void page.exposeFunction('codeAutomationExit', (code: number) => resolve(code)));
  const remote = (path: string): string => `vscode-remote://127.0.0.1:${port}${path}`;
  const payload = JSON.stringify([['extensionDevelopmentPath', remote(ROOT)], ['extensionTestsPath', remote(suite)]]);
  await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(wb.workspace)}&payload=${encodeURIComponent(payload)}`);
  let timer: NodeJS.Timeout | undefined;
  const code = await Promise.race([exited, new Promise<string>((r) => { timer = setTimeout(() => r('timeout'), 180_000); })]);
  clearTimeout(timer);
  const mocha = existsSync(report) ? readFileSync(report, 'utf8').trimEnd() : '(no mocha report)';
  console.log(mocha.replace(/^/gm, '  '));
  if (code !== 0) console.log(`e2e: API suite exit ${code}; screenshot ${await wb.shot('api-FAILED')}\n${wb.serverLogTail()}`);
  assert.equal(code, 0, 'the API suite failed or did not finish');
  assert.match(mocha, /\b[1-9]\d* passing/);
  assert.doesNotMatch(mocha, /failing|pending/);
  ok = true;
});
