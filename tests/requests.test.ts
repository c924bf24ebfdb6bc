// The custom requests the VS Code client's status bar, Sources view and commands are built on.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Range } from 'vscode-languageserver-protocol';
import { seedText } from './helpers/seed';
import { makeWorkspace, type TempWorkspace, withServer } from './helpers/workspace';

let ws: TempWorkspace;
before(() => (ws = makeWorkspace()));
after(() => ws.remove());

interface Statement { text: string; range: Range; status: string; claim: boolean }
interface Source { name: string; type: string; role: string | null; range: Range; mentions: number; statements: Statement[] }

const slice = (text: string, r: Range): string => {
  const lines = text.split('\n');
  if (r.start.line !== r.end.line) throw new Error('one line expected');
  return lines[r.start.line].slice(r.start.character, r.end.character);
};

test('summary, sources and report of an open document; null for one that is not open', () => withServer(ws, {}, async (s) => {
  const uri = ws.uri('seed.txt');
  const text = seedText();
  s.open(uri, text);
  const summary = (await s.connection.sendRequest('sourcecheck/summary', { uri })) as { text: string; counts: Record<string, number> };
  assert.match(summary.text, /^\d+ claims · \d+ attributed · \d+ unattributed · .*\d+ unconfirmed · 2 cross-links$/);
  assert.equal(summary.counts.crossLinks, 2);
  assert.equal(summary.counts.unconfirmed, 1);
  assert.ok(summary.text.startsWith(`${summary.counts.claims} claims · ${summary.counts.attributed} attributed · ${summary.counts.unattributed} unattributed`));

  const { sources } = (await s.connection.sendRequest('sourcecheck/sources', { uri })) as { sources: Source[] };
  const hegseth = sources.find((x) => x.name === 'Pete Hegseth')!;
  assert.equal(hegseth.type, 'person');
  assert.equal(hegseth.role, 'US Defense Secretary');
  assert.equal(slice(text, hegseth.range), 'US Defense Secretary Pete Hegseth', 'the first mention by name, with its title');
  assert.deepEqual(hegseth.statements.map((st) => st.range.start.line), [1, 1, 2, 3, 4, 6]);
  for (const st of hegseth.statements) assert.equal(st.text, slice(text, st.range), 'the range is exactly the sentence');
  assert.ok(hegseth.statements.every((st) => st.status === 'attributed'));
  const officials = sources.find((x) => x.name === 'Indian officials')!;
  assert.equal(officials.type, 'vague');
  assert.deepEqual(officials.statements.map((st) => st.status), ['vague-source']);
  assert.ok(sources.some((x) => x.name === 'Hindustan Times' && x.type === 'media'));

  const { markdown } = (await s.connection.sendRequest('sourcecheck/report', { uri })) as { markdown: string };
  assert.match(markdown, /^<!-- sourcecheck-disable -->\n\n# Source Check report: Kuala Lumpur \(TDI\)/, 'the report itself is not checked');
  assert.ok(markdown.includes(`**${summary.text}**`));
  assert.match(markdown, /## Findings \(11\)/);
  assert.match(markdown, /- line 8 · warning · `unattributed-claim`: /);
  assert.match(markdown, /### Pete Hegseth — US Defense Secretary \(person\)/);
  assert.match(markdown, /## Unconfirmed claims \(1\)\n\n- line 12: “Although Trump later spoke/);
  assert.match(markdown, /- line 6: “Trump Says Seven ‘Beautiful Planes’ Shot Down in Pak-India Clash” · \*\*unrelated\*\* to this article \(0\.25; shares only Trump, India\) · not in the workspace/);
  assert.match(markdown, /- line 11: “Trump Warns India of Massive Tariffs Over Russian Oil Purchases” · related \(0\.88\) · links to `tariffs\.md`/);

  s.open('untitled:Report-1', markdown, 'markdown');
  assert.deepEqual(await s.diagnostics('untitled:Report-1'), [], 'the report, opened as Markdown, is not flagged');

  const closed = ws.uri('tariffs.md');
  assert.equal(await s.connection.sendRequest('sourcecheck/summary', { uri: closed }), null);
  assert.equal(await s.connection.sendRequest('sourcecheck/sources', { uri: closed }), null);
  assert.equal(await s.connection.sendRequest('sourcecheck/report', { uri: closed }), null);
}));

test('sources follow edits; indexWorkspace with rebuild re-reads the disk', () => withServer(ws, {}, async (s) => {
  const uri = 'untitled:Untitled-1';
  s.open(uri, 'The minister resigned on Friday, Jane Doe said.\n');
  const names = async () => ((await s.connection.sendRequest('sourcecheck/sources', { uri })) as { sources: Source[] }).sources.map((x) => x.name);
  assert.deepEqual(await names(), ['Jane Doe']);
  s.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: 'The minister resigned on Friday, John Roe told reporters.\n' }] });
  assert.deepEqual(await names(), ['John Roe']);
  const before = (await s.connection.sendRequest('sourcecheck/indexWorkspace', {})) as { articles: number };
  assert.equal(before.articles, 3, 'the three files; an untitled document is not part of the workspace');
  ws.write('extra.txt', 'Extra Story\nThe mayor said the bridge would reopen on Monday.\n');
  const after = (await s.connection.sendRequest('sourcecheck/indexWorkspace', { rebuild: true })) as { articles: number };
  assert.equal(after.articles, 4);
}));
