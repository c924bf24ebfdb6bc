// The extension in the editor users run: the packaged .vsix in the real VS Code workbench (code-server), driven
// through the DOM by headless Chromium. One test per scenario, in order, on one workbench. Run: npm run test:e2e.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { checkText } from '../../server/src/check';
import { summarize, summaryText } from '../../server/src/lsp/summary';
import { ROOT, SEED_PATH } from '../helpers/seed';
import { applyQuickFix, editor, goToLine, hoverText, openFromExplorer, problemRows, renderedText, scrollHover, type ProblemRow } from './editor';
import { scenarios, SEED_FILE, startWorkbench, type Workbench } from './harness';

interface CliFinding { rule: string; severity: string; message: string; range: { start: { line: number; character: number } } }

// The seed's findings that the product promises (1-based line, severity, rule id).
const PROMISED = [
  '1 warning vague-source', '8 warning unattributed-claim', '10 warning unattributed-claim', '12 warning unconfirmed-claim',
  '13 warning unattributed-claim', '13 warning vague-source', '3 information social-media-source',
  '9 information social-media-source', '4 information secondhand-source', '6 information cross-link', '11 information cross-link',
];
const LABEL_SEVERITY: Record<string, string> = { Error: 'error', Warning: 'warning', Info: 'information', Hint: 'hint' };

let wb: Workbench;
const steps = scenarios(() => wb);
let expected: CliFinding[];

before(async () => {
  wb = await startWorkbench();
  // The CLI is the reference for what the editor must show for the same file.
  const out = execFileSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), '--format', 'json', join(wb.workspace, 'seeds')], { encoding: 'utf8' });
  expected = (JSON.parse(out) as { files: { findings: CliFinding[] }[] }).files[0].findings;
  await steps.run('00-open', async () => {
    await openFromExplorer(wb.page, 'seeds', SEED_FILE);
    await editor(wb.page).locator('.squiggly-warning').first().waitFor();
    await wb.shot('00-seed-open');
  });
});

after(async () => {
  await wb?.close(steps.ok);
});

test('the Problems panel lists the seed\'s findings with their rule ids', () => steps.run('01-problems', async () => {
  await wb.page.keyboard.press('Control+Shift+M');
  const rows: ProblemRow[] = await problemRows(wb.page, 'sourcecheck');
  await wb.shot('01-problems');
  // Marker rows only (related-information rows are labelled differently). The row shows "sourcecheck(<rule id>)",
  // the brackets drawn by CSS, so innerText has the source and the code on lines of their own.
  const shown = rows.flatMap((r) => {
    const m = /^(Error|Warning|Info|Hint): ([\s\S]*?) at line (\d+) and character (\d+)\./.exec(r.label);
    if (!m) return [];
    const rule = /\nsourcecheck\n([\w-]+)\n/.exec(r.text)?.[1] ?? `(no rule id in "${r.text}")`;
    return [`${m[3]}:${m[4]} ${LABEL_SEVERITY[m[1]]} ${rule} ${m[2]}`];
  });
  const want = expected.map((f) => `${f.range.start.line + 1}:${f.range.start.character + 1} ${f.severity} ${f.rule} ${f.message}`);
  assert.deepEqual(shown.sort(), want.sort(), 'Problems panel differs from `sourcecheck --format json` on the same file');
  const lineRules = shown.map((s) => s.split(' ').slice(0, 3).join(' ').replace(/:\d+/, ''));
  for (const p of PROMISED) assert.ok(lineRules.includes(p), `Problems panel lacks "${p}"`);
  await wb.page.keyboard.press('Control+J'); // hide the panel: the editor gets the room for hovers
  await wb.page.locator('.part.panel').waitFor({ state: 'hidden' });
}));

test('hovering "he" in line 2 shows Pete Hegseth; hovering line 12 shows it unconfirmed, with evidence', () => steps.run('02-hover', async () => {
  await goToLine(wb.page, 2);
  const he = await hoverText(wb.page, 'The pact, he said', 'he', 'Pete Hegseth');
  await wb.shot('02-hover-he');
  assert.match(he, /Pete Hegseth/);
  assert.match(he, /“he” → Pete Hegseth/, 'hover should say the pronoun resolves to Pete Hegseth');

  await goToLine(wb.page, 12);
  const unconfirmed = await hoverText(wb.page, 'Modi and claimed India', 'claimed', 'Hedged by the article');
  await scrollHover(wb.page); // bring the evidence into the screenshot
  await wb.shot('03-hover-unconfirmed');
  assert.match(unconfirmed, /Unconfirmed/);
  assert.match(unconfirmed, /Hedged by the article: “claimed”/);
  assert.match(unconfirmed, /Not confirmed: “has not publicly confirmed”/);
}));

test('a quick fix inserts its text and undo removes it', () => steps.run('04-quickfix', async () => {
  const { page } = wb;
  const end = 'a major source of India’s energy imports';
  await page.mouse.move(5, 5);
  await goToLine(page, 8);
  assert.ok((await renderedText(page)).includes(`${end}.`), 'line 8 as in the seed');
  await applyQuickFix(page, 'The development comes shortly after', 'development', 'Insert attribution placeholder', () => wb.shot('04-quickfix-menu'));
  await page.waitForFunction(() => document.querySelector('.editor-instance .view-lines')?.textContent?.includes('[source?]'));
  assert.ok((await renderedText(page)).includes(`${end} [source?].`), 'placeholder inserted before the final full stop');
  await wb.shot('05-quickfix-applied');

  await page.keyboard.press('Control+Z');
  await page.waitForFunction(() => !document.querySelector('.editor-instance .view-lines')?.textContent?.includes('[source?]'));
  assert.ok((await renderedText(page)).includes(`${end}.`), 'undo restores the sentence');
  await wb.shot('06-quickfix-undone');
}));

test('the status bar shows the claim counts of the seed', () => steps.run('07-status-bar', async () => {
  const item = wb.page.locator('.statusbar-item', { hasText: 'claims' }).first();
  await item.waitFor();
  const text = await item.innerText();
  await wb.shot('07-status-bar');
  // The same counts the server computes for the seed (what its code lens shows), and consistent with the findings.
  const { model } = checkText(readFileSync(SEED_PATH, 'utf8'), 'plaintext');
  assert.equal(text.replace(/^\s+/, ''), summaryText(summarize(model)));
  const counts = new Map([...text.matchAll(/(\d+) ([a-z-]+)/g)].map((m) => [m[2], Number(m[1])]));
  const count = (rule: string): number => expected.filter((f) => f.rule === rule).length;
  assert.equal(counts.get('unattributed'), count('unattributed-claim'));
  assert.equal(counts.get('unconfirmed'), count('unconfirmed-claim'));
  assert.equal(counts.get('cross-links'), count('cross-link'));
}));
