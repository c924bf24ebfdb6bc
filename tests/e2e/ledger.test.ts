// The claim ledger in the real workbench: mark a claim verified from the quick-fix menu, answer the
// note and evidence prompts, and see the ledger written, the warning gone and the Claims view updated.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { applyQuickFix, goToLine, problemRows, waitUntil } from './editor';
import { onSeedWorkbench, SEED_FILE, type Workbench } from './harness';

let wb: Workbench;
const steps = onSeedWorkbench('ledger-00-open', (w) => (wb = w));
const UNATTRIBUTED_10 = /^Warning: Unattributed claim: .* at line 10 and character 1\./;

const until = (what: string, check: () => Promise<boolean> | boolean, ms = 30_000): Promise<void> => waitUntil(what, check, ms);


test('marking line 10 verified asks for a note and evidence, writes the ledger, and its warning goes', () => steps.run('ledger-01-mark', async () => {
  const { page } = wb;
  await page.keyboard.press('Control+Shift+M');
  assert.ok((await problemRows(page, 'sourcecheck')).some((r) => UNATTRIBUTED_10.test(r.label)), 'line 10 warns before the review');
  await page.keyboard.press('Control+J');
  await goToLine(page, 10);
  await applyQuickFix(page, 'Tensions between the two countries', 'Tensions', 'Mark as verified…', () => wb.shot('ledger-01-menu'));
  const input = page.locator('.quick-input-widget input');
  await page.locator('.quick-input-widget', { hasText: 'Mark “Tensions between' }).waitFor({ state: 'visible' });
  await input.fill('USTR notice of 6 August');
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget', { hasText: 'Evidence for' }).waitFor({ state: 'visible' });
  await input.fill('https://ustr.gov/notice');
  await wb.shot('ledger-02-evidence');
  await page.keyboard.press('Enter');

  const ledgerPath = join(wb.workspace, '.sourcecheck', 'ledger.json');
  await until('the ledger file', () => existsSync(ledgerPath));
  const [entry] = JSON.parse(readFileSync(ledgerPath, 'utf8')).entries;
  assert.deepEqual([entry.document, entry.status, entry.note, entry.evidence], [`seeds/${SEED_FILE}`, 'verified', 'USTR notice of 6 August', ['https://ustr.gov/notice']]);
  assert.match(entry.claim, /^Tensions between/);

  await page.keyboard.press('Control+Shift+M');
  await until('the line-10 warning to go', async () => !(await problemRows(page, 'sourcecheck')).some((r) => UNATTRIBUTED_10.test(r.label)));
  await wb.shot('ledger-03-problems-after');
}));

test('the Claims view lists the claim as verified', () => steps.run('ledger-04-claims-view', async () => {
  const { page } = wb;
  await page.keyboard.press('Control+J'); // hide the Problems panel
  await page.keyboard.press('Control+Shift+E');
  const header = page.locator('.pane-header', { hasText: 'Claims' }).first();
  await header.waitFor();
  if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
  await until('the view to count the review', async () => /1 reviewed/.test(await header.innerText()));
  // Make room: collapse the folder tree so the claims are rendered.
  const folders = page.locator('.pane-header', { hasText: 'Workspace' }).first();
  if ((await folders.getAttribute('aria-expanded')) === 'true') await folders.click();
  const row = page.locator('.monaco-list-row', { hasText: 'Tensions between' }).filter({ hasText: 'verified' }).first();
  await row.waitFor({ timeout: 30_000 });
  await wb.shot('ledger-04-claims-view');
}));
