// The Sources view in the real workbench: the seed's sources in the explorer, one expanded to its statements, and a
// click on a statement selects that sentence in the editor. Expected values come from the server's own code.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { LineIndex } from '../../server/src/analysis/lines';
import { checkText } from '../../server/src/check';
import { articleOf } from '../../server/src/lsp/article';
import { SEED_PATH } from '../helpers/seed';
import { editor, waitUntil } from './editor';
import { onSeedWorkbench, SEED_FILE, type Workbench } from './harness';

let wb: Workbench;
const steps = onSeedWorkbench('sources-00-open', (w) => (wb = w));

const until = (what: string, check: () => Promise<boolean> | boolean, ms = 60_000): Promise<void> => waitUntil(what, check, ms);


test('the Sources view lists the seed\'s sources; a statement of Pete Hegseth, clicked, is selected in the editor', () => steps.run('sources-01', async () => {
  const { page } = wb;
  const text = readFileSync(SEED_PATH, 'utf8');
  const { sources } = articleOf('file:///seed', 'seed', checkText(text, 'plaintext').model, new LineIndex(text));
  const hegseth = sources.find((s) => s.name === 'Pete Hegseth');
  assert.ok(hegseth && hegseth.role === 'US Defense Secretary' && hegseth.statements.length > 1, 'the server finds Pete Hegseth with statements');
  // A statement in the middle of a line: the selection's line and column can only come from the click.
  const target = hegseth.statements.find((st) => st.range.start.line > 1 && st.range.start.character > 0);
  assert.ok(target, 'Pete Hegseth has a statement that starts inside a line');

  await page.keyboard.press('Control+Shift+E');
  const header = page.locator('.pane-header', { hasText: /^\s*Sources/ }).first();
  await header.waitFor();
  if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
  // Make room: collapse the folder tree and the Claims view so the sources are rendered.
  // The folder's pane is titled with the folder's name, "workspace" here.
  for (const other of ['workspace', 'claims']) {
    const h = page.locator('.pane-header', { hasText: new RegExp(`^\\s*${other}`, 'i') }).first();
    if ((await h.count()) && (await h.getAttribute('aria-expanded')) === 'true') await h.click();
  }
  const pane = page.locator('.pane', { has: header });
  const rows = pane.locator('.monaco-list-row');
  const row = (name: string) => rows.filter({ hasText: name }).first();

  const n = hegseth.statements.length;
  await row('Pete Hegseth').waitFor();
  await until('the Pete Hegseth row to show role and count', async () =>
    (await row('Pete Hegseth').innerText()).includes(`US Defense Secretary · ${n} statements`));
  for (const name of ['Donald Trump', 'Hindustan Times']) {
    const s = sources.find((x) => x.name === name)!;
    const k = s.statements.length;
    await row(name).waitFor();
    assert.match(await row(name).innerText(), new RegExp(`${s.role ?? s.type} · ${k} statements?`), `${name}'s row`);
  }
  assert.match(await header.innerText(), new RegExp(SEED_FILE.replace(/\./g, '\\.')), 'the view names the active document');

  // Expand with the twistie: a click on the label runs the item's reveal command instead.
  await row('Pete Hegseth').locator('.monaco-tl-twistie').click();
  const line = target.range.start.line + 1;
  const statement = rows.filter({ hasText: `line ${line} · ${target.status}` }).first();
  await statement.waitFor();
  assert.ok((await statement.innerText()).includes(target.text.slice(0, 40)), 'the statement row shows the sentence');
  assert.equal(await row('Pete Hegseth').getAttribute('aria-expanded'), 'true');
  await page.mouse.move(700, 850); // no tooltip over the view in the screenshot
  await wb.shot('sources-01-view');

  await statement.click();
  // vscode.open with the sentence's range as selection: the cursor ends at the sentence's end, all of it selected.
  const selection = page.locator('[id="status.editor.selection"]');
  const want = `Ln ${target.range.end.line + 1}, Col ${target.range.end.character + 1} (${target.text.length} selected)`;
  await until(`the status bar to read "${want}"`, async () => (await selection.innerText()).trim() === want);
  await until('the sentence to be highlighted in the editor', async () => (await editor(page).locator('.selected-text').count()) > 0);
  await page.mouse.move(700, 850);
  await wb.shot('sources-02-revealed');
}));
