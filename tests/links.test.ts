// Cross-links as links over the protocol: document links and go to definition to the article whose
// title is the headline, and the hover's verdicts on target and relevance.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { DocumentLink, Hover, Location, LocationLink } from 'vscode-languageserver-protocol';
import { runCli } from './helpers/cli';
import { seedText } from './helpers/seed';
import { makeWorkspace, MANILA_TXT, TARIFFS_MD, type TempWorkspace, withServer } from './helpers/workspace';

let ws: TempWorkspace;
before(() => (ws = makeWorkspace()));
after(() => ws.remove());

const lines = seedText().split('\n');
const titleRange = { start: { line: 0, character: 2 }, end: { line: 0, character: TARIFFS_MD.split('\n')[0].length } };

test('a cross-link whose headline is another article\'s title is a document link and a definition', () => withServer(ws, { capabilities: { textDocument: { definition: { linkSupport: true } } } }, async (s) => {
  const uri = ws.uri('seed.txt');
  s.open(uri, seedText());
  const links = (await s.connection.sendRequest('textDocument/documentLink', { textDocument: { uri } })) as DocumentLink[];
  // Only the second promo has an article in the workspace; quotes and case do not matter ("Massive" vs “Massive”).
  assert.deepEqual(links.map((l) => ({ range: l.range, target: l.target })), [
    { range: { start: { line: 10, character: 11 }, end: { line: 10, character: lines[10].length } }, target: ws.uri('tariffs.md') },
  ]);
  const def = (await s.connection.sendRequest('textDocument/definition', { textDocument: { uri }, position: { line: 10, character: 30 } })) as LocationLink[];
  assert.deepEqual(def, [{ originSelectionRange: links[0].range, targetUri: ws.uri('tariffs.md'), targetRange: titleRange, targetSelectionRange: titleRange }]);
  assert.equal(await s.connection.sendRequest('textDocument/definition', { textDocument: { uri }, position: { line: 5, character: 30 } }), null, 'the first promo has no target');
  assert.equal(await s.connection.sendRequest('textDocument/definition', { textDocument: { uri }, position: { line: 2, character: 5 } }), null, 'not on a cross-link');
}));

test('definition falls back to plain locations, and a link follows the target\'s open, edited title', () => withServer(ws, {}, async (s) => {
  const uri = ws.uri('notes/manila.txt');
  s.open(uri, MANILA_TXT);
  const def = (await s.connection.sendRequest('textDocument/definition', { textDocument: { uri }, position: { line: 2, character: 20 } })) as Location[];
  assert.deepEqual(def, [{ uri: ws.uri('tariffs.md'), range: titleRange }]);
  s.open(ws.uri('tariffs.md'), TARIFFS_MD.replace('# Trump Warns', '# Trump Threatens'), 'markdown');
  const links = (await s.connection.sendRequest('textDocument/documentLink', { textDocument: { uri } })) as DocumentLink[];
  assert.deepEqual(links, [], 'the open, retitled article no longer matches');
}));

test('the cross-link hover says where the link goes, or that it goes nowhere, and whether it is related', () => withServer(ws, {}, async (s) => {
  const uri = ws.uri('seed.txt');
  s.open(uri, seedText());
  await s.connection.sendRequest('sourcecheck/indexWorkspace', {});
  const hover = async (line: number) => ((await s.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character: 20 } })) as Hover).contents as { value: string };
  const planes = (await hover(5)).value;
  assert.match(planes, /\*\*Cross-link\*\*/);
  assert.match(planes, /No article with this headline is in the workspace\./);
  assert.match(planes, /⚠️ \*\*Unrelated to this article\*\*: only “Trump”, “India” of its 8 key terms occur in the body \(relevance 0\.25\)/);
  const tariffs = (await hover(10)).value;
  assert.match(tariffs, /Opens `tariffs\.md`/);
  assert.match(tariffs, /Related to this article: shares “Trump”, “Warns”, “India”, “Tariffs”, “Russian”, “Oil”, “Purchases” \(7 of 8 key terms, relevance 0\.88\)/);
  assert.doesNotMatch(tariffs, /Unrelated|No article/);
}));

test('the CLI JSON gives each cross-link its relevance and its target among the files checked', () => {
  const r = runCli(['--format', 'json', 'seed.txt', 'tariffs.md', 'notes'], { cwd: ws.root });
  const files = JSON.parse(r.stdout).files as Array<{ path: string; crossLinks: Array<{ headline: string; target: string | null; relevance: number; related: boolean }> }>;
  const links = Object.fromEntries(files.map((f) => [f.path, f.crossLinks.map(({ target, relevance, related }) => ({ target, relevance, related }))]));
  assert.deepEqual(links, {
    'seed.txt': [{ target: null, relevance: 0.25, related: false }, { target: 'tariffs.md', relevance: 0.88, related: true }],
    'tariffs.md': [],
    'notes/manila.txt': [{ target: 'tariffs.md', relevance: 0, related: false }],
  });
  const alone = JSON.parse(runCli(['--format', 'json', 'seed.txt'], { cwd: ws.root }).stdout).files[0];
  assert.equal(alone.crossLinks[1].target, null, 'only files given to the CLI are targets');
});
