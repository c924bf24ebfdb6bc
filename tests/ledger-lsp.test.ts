// The claim ledger over the protocol: code actions on claims, the mark command writing the ledger,
// diagnostics that follow it, hovers, the Claims request, staleness after edits, and changes on disk.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { startServer, type LspSession } from './helpers/lsp';
import { seedText } from './helpers/seed';

const LINE = 9; // 0-based: "Tensions between ... 50 percent ..."
const has = (ds: Diagnostic[], code: string, line = LINE) => ds.some((d) => d.code === code && d.range.start.line === line);
type Hover = { contents: { value: string } } | null;
type ClaimItem = { uri: string; id: string; text: string; state: string; review: { status: string; stale: boolean } | null; range: unknown };

async function withProject(fn: (s: LspSession, uri: string, dir: string, diags: Diagnostic[]) => Promise<void>, capabilities?: Record<string, object>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'sc-ledger-lsp-'));
  writeFileSync(join(dir, 'article.txt'), seedText());
  writeFileSync(join(dir, 'other.md'), 'The mayor said the budget rose by 12 percent in 2024.\n');
  const s = await startServer({ rootPath: dir, capabilities });
  try {
    const uri = pathToFileURL(join(dir, 'article.txt')).href;
    s.open(uri, seedText());
    const diags = await s.diagnostics(uri, (d) => d.length > 0);
    await fn(s, uri, dir, diags);
  } finally {
    await s.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const actionsAt = (s: LspSession, uri: string, line: number, diagnostics: Diagnostic[] = []) =>
  s.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: { start: { line, character: 5 }, end: { line, character: 5 } }, context: { diagnostics } }) as Promise<CodeAction[]>;
const execute = (s: LspSession, action: CodeAction, extra: object = {}) =>
  s.connection.sendRequest('workspace/executeCommand', { command: action.command!.command, arguments: [{ ...action.command!.arguments![0], ...extra }] });

test('marking a claim verified from its code action writes the ledger and the warning goes', async () => {
  await withProject(async (s, uri, dir, diags) => {
    assert.ok(has(diags, 'unattributed-claim'));
    let changed = 0;
    s.connection.onNotification('sourcecheck/ledgerChanged', () => void changed++);
    const actions = await actionsAt(s, uri, LINE, diags.filter((d) => d.range.start.line === LINE));
    const titles = actions.map((a) => a.title);
    for (const t of ['Mark as verified…', 'Mark as false…', 'Mark as misleading…', 'Mark as needing a source…', 'Mark as unverifiable…']) assert.ok(titles.includes(t), `${t} in ${titles}`);
    const verify = actions.find((a) => a.title === 'Mark as verified…')!;
    assert.equal(verify.command!.command, 'sourcecheck.ledger.mark');
    assert.deepEqual(verify.diagnostics?.map((d) => d.code), ['unattributed-claim']);
    const args = verify.command!.arguments![0] as { uri: string; claimId: string; status: string; claim: string };
    assert.deepEqual([args.uri, args.status, /^[0-9a-f]{16}$/.test(args.claimId)], [uri, 'verified', true]);
    assert.match(args.claim, /^Tensions between/);
    const cleared = s.diagnostics(uri, (d) => !has(d, 'unattributed-claim'));
    const result = await execute(s, verify, { note: 'USTR notice', evidence: ['https://ustr.gov/a'], reviewer: 'Ana' });
    assert.deepEqual(result, { marked: 1, ledger: pathToFileURL(join(dir, '.sourcecheck', 'ledger.json')).href });
    const after = await cleared;
    assert.ok(has(after, 'unattributed-claim', 12), 'other claims still warn');
    const entry = JSON.parse(readFileSync(join(dir, '.sourcecheck', 'ledger.json'), 'utf8')).entries[0];
    assert.deepEqual([entry.document, entry.status, entry.note, entry.evidence, entry.reviewer], ['article.txt', 'verified', 'USTR notice', ['https://ustr.gov/a'], 'Ana']);
    assert.ok(changed >= 1, 'the client is told the ledger changed');
    const hover = (await s.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: LINE, character: 5 } })) as Hover;
    assert.match(hover!.contents.value, /\*\*Review: ✅ verified\*\* by Ana on \d{4}-\d\d-\d\d/);
    assert.match(hover!.contents.value, /USTR notice/);
    assert.match(hover!.contents.value, /<https:\/\/ustr\.gov\/a>/);
    const [lens] = (await s.connection.sendRequest('textDocument/codeLens', { textDocument: { uri } })) as Array<{ command: { title: string } }>;
    assert.match(lens.command.title, / · 1 reviewed · \d+ unreviewed$/);
    const again = (await actionsAt(s, uri, LINE)).map((a) => a.title);
    assert.ok(again.includes('Clear the review') && !again.includes('Mark as verified…'));
  });
});

test('a false mark is an error; editing the claim makes it stale with a hint and a one-step renewal', async () => {
  await withProject(async (s, uri) => {
    const falseAction = (await actionsAt(s, uri, LINE)).find((a) => a.title === 'Mark as false…')!;
    const errored = s.diagnostics(uri, (d) => has(d, 'claim-false'));
    await execute(s, falseAction, { note: 'It was 25 percent', reviewer: 'Ana' });
    const d = (await errored).find((x) => x.code === 'claim-false')!;
    assert.equal(d.severity, 1);
    assert.match(d.message, /marked false by Ana on .*: It was 25 percent/);
    assert.ok(!(await errored).some((x) => x.code === 'unattributed-claim' && x.range.start.line === LINE));
    const stale = s.diagnostics(uri, (ds) => has(ds, 'stale-review'));
    s.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: seedText().replace('to 50 percent', 'to 25 percent') }] });
    const ds = await stale;
    assert.equal(ds.find((x) => x.code === 'stale-review')!.severity, 4);
    assert.ok(has(ds, 'unattributed-claim') && !has(ds, 'claim-false'));
    const keep = (await actionsAt(s, uri, LINE)).find((a) => a.title === 'Keep the “false” review for the new wording')!;
    assert.ok(keep);
    const renewed = s.diagnostics(uri, (x) => has(x, 'claim-false') && !has(x, 'stale-review'));
    await execute(s, keep);
    assert.match((await renewed).find((x) => x.code === 'claim-false')!.message, /It was 25 percent/, 'the note is kept');
  });
});

test('sourcecheck/claims lists claims with their state, for open documents and the workspace', async () => {
  await withProject(async (s, uri) => {
    await execute(s, (await actionsAt(s, uri, LINE)).find((a) => a.title === 'Mark as misleading…')!, { reviewer: 'Ana' });
    const open = (await s.connection.sendRequest('sourcecheck/claims', {})) as { claims: ClaimItem[] };
    assert.ok(open.claims.every((c) => c.uri === uri));
    const tariffs = open.claims.find((c) => c.text.startsWith('Tensions between'))!;
    assert.equal(tariffs.state, 'misleading');
    assert.equal(tariffs.review!.stale, false);
    assert.ok(open.claims.filter((c) => c.state === 'unreviewed').length >= 3);
    const all = (await s.connection.sendRequest('sourcecheck/claims', { workspace: true })) as { claims: ClaimItem[] };
    assert.ok(all.claims.some((c) => c.uri.endsWith('/other.md') && c.state === 'unreviewed'), 'files that are not open are listed too');
    assert.equal(all.claims.filter((c) => c.uri === uri).length, open.claims.length, 'an open document is listed once');
  });
});

test('a ledger changed on disk (another window, the CLI, git) updates the diagnostics', async () => {
  await withProject(async (s, uri, dir) => {
    await execute(s, (await actionsAt(s, uri, LINE)).find((a) => a.title === 'Mark as verified…')!, { reviewer: 'Ana' });
    const path = join(dir, '.sourcecheck', 'ledger.json');
    const ledger = JSON.parse(readFileSync(path, 'utf8'));
    await new Promise((r) => setTimeout(r, 300)); // let the publish after marking go out first
    const back = s.diagnostics(uri, (d) => has(d, 'unattributed-claim'));
    writeFileSync(path, JSON.stringify({ ...ledger, entries: [] }, null, 2));
    await back; // seen by polling: this client does not watch files
    // A malformed ledger: a warning with the line, and marking refuses to overwrite it.
    let warning = '';
    s.connection.onNotification('window/showMessage', (m: { message: string }) => void (warning += m.message + '\n'));
    const broken = '{\n  "version": 1,\n  "entries": [,]\n}\n';
    writeFileSync(path, broken);
    const action = (await actionsAt(s, uri, LINE)).find((a) => a.title === 'Mark as verified…')!;
    assert.equal(await execute(s, action, { reviewer: 'Ana' }), null);
    assert.equal(readFileSync(path, 'utf8'), broken);
    assert.match(warning, /ledger\.json:3: not valid JSON/);
    assert.ok(!existsSync(`${path}.lock`));
    await new Promise((r) => setTimeout(r, 200));
    assert.equal(s.child.exitCode, null, 'the server is still running');
  });
});

test('with a file-watching client, the server follows its watched-file events', async () => {
  await withProject(async (s, uri, dir) => {
    await execute(s, (await actionsAt(s, uri, LINE)).find((a) => a.title === 'Mark as verified…')!, { reviewer: 'Ana' });
    await new Promise((r) => setTimeout(r, 300));
    const path = join(dir, '.sourcecheck', 'ledger.json');
    writeFileSync(path, JSON.stringify({ ...JSON.parse(readFileSync(path, 'utf8')), entries: [] }, null, 2));
    const back = s.diagnostics(uri, (d) => has(d, 'unattributed-claim'), 1500);
    s.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(path).href, type: 2 }] });
    await back; // well before the 2 s poll, which a watching client does not need
  }, { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } });
});
