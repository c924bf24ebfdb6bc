// The workspace index over the protocol: background indexing with progress, what it leaves out,
// references across articles, workspace symbols, open documents over disk, and file watching.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { unlinkSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { WorkDoneProgress, type Location, type SymbolInformation } from 'vscode-languageserver-protocol';
import type { LspSession } from './helpers/lsp';
import { seedText } from './helpers/seed';
import { makeWorkspace, TARIFFS_MD, type TempWorkspace, withServer } from './helpers/workspace';

let ws: TempWorkspace;
before(() => (ws = makeWorkspace()));
after(() => ws.remove());

type Stats = { articles: number; skipped: number; building: boolean; sources: number; resolvedCrossLinks: number; unrelatedCrossLinks: number; crossLinks: number };

const refs = (s: LspSession, uri: string, line: number, character: number) =>
  s.connection.sendRequest('textDocument/references', { textDocument: { uri }, position: { line, character }, context: { includeDeclaration: true } }) as Promise<Location[] | null>;
const symbols = (s: LspSession, query: string) => s.connection.sendRequest('workspace/symbol', { query }) as Promise<SymbolInformation[]>;
const where = (locs: Location[] | null, ws: TempWorkspace) => (locs ?? []).map((l) => `${l.uri.slice(ws.uri('').length + 1)}:${l.range.start.line}`);

async function eventually<T>(get: () => Promise<T>, ok: (v: T) => boolean, ms = 5000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await get();
    if (ok(v) || Date.now() > end) return v;
    await new Promise((r) => setTimeout(r, 50));
  }
}

test('indexes the workspace in the background with progress, leaving out dependencies, dot-folders, binary and oversized files', () => withServer(ws, { capabilities: { window: { workDoneProgress: true } } }, async (s) => {
  const progress: string[] = [];
  s.connection.onRequest('window/workDoneProgress/create', (p: { token: string | number }) => {
    s.connection.onProgress(WorkDoneProgress.type, p.token, (v) => progress.push(v.kind === 'begin' ? `begin:${v.title}` : v.kind));
    return null;
  });
  const stats = (await s.connection.sendRequest('sourcecheck/indexWorkspace', {})) as Stats;
  assert.equal(stats.articles, 3, 'seed.txt, tariffs.md, notes/manila.txt');
  assert.equal(stats.skipped, 2, 'photo.txt is binary, dump.txt is over the size limit');
  assert.equal(stats.building, false);
  assert.equal(stats.crossLinks, 3);
  assert.equal(stats.resolvedCrossLinks, 2, "the seed's and manila.txt's links to tariffs.md");
  assert.equal(stats.unrelatedCrossLinks, 2, 'the seed\'s "Seven Beautiful Planes" promo, and the tariffs link in the Manila story');
  assert.equal(progress[0], 'begin:Source Check: indexing articles');
  assert.equal(progress.at(-1), 'end');
  const hegseth = (await symbols(s, 'hegseth')).filter((x) => x.name === 'Pete Hegseth');
  assert.deepEqual(hegseth.map((x) => x.location.uri).sort(), [ws.uri('notes/manila.txt'), ws.uri('seed.txt'), ws.uri('tariffs.md')]);
}));

test('references on a source list its statements in every article, by name or pronoun; vague groups stay in their article', () => withServer(ws, {}, async (s) => {
  const uri = ws.uri('seed.txt');
  const text = seedText();
  s.open(uri, text);
  const lines = text.split('\n');
  const byName = await refs(s, uri, 2, lines[2].indexOf('Hegseth') + 3);
  assert.deepEqual(where(byName, ws), ['seed.txt:1', 'seed.txt:1', 'seed.txt:2', 'seed.txt:3', 'seed.txt:4', 'seed.txt:6', 'notes/manila.txt:1', 'tariffs.md:6']);
  const inTariffs = byName!.find((l) => l.uri.endsWith('tariffs.md'))!;
  const line6 = TARIFFS_MD.split('\n')[6];
  assert.deepEqual(inTariffs.range, { start: { line: 6, character: 0 }, end: { line: 6, character: line6.length } }, 'the whole sentence, exactly');
  const byPronoun = await refs(s, uri, 1, lines[1].indexOf(' he said') + 1);
  assert.deepEqual(byPronoun, byName);
  const officials = await refs(s, uri, 0, lines[0].indexOf('officials') + 1);
  assert.deepEqual(where(officials, ws), ['seed.txt:0'], '"officials" here are not the officials of other articles');
  assert.equal(await refs(s, uri, 0, 2), null, 'no source at the dateline place name');
}));

test('workspace symbols find sources and claims by name or text', () => withServer(ws, {}, async (s) => {
  const trump = await symbols(s, 'donald trump');
  const sources = trump.filter((x) => x.name === 'Donald Trump');
  assert.deepEqual(sources.map((x) => x.location.uri).sort(), [ws.uri('seed.txt'), ws.uri('tariffs.md')]);
  assert.equal(sources.find((x) => x.location.uri.endsWith('tariffs.md'))!.containerName, 'Trump Warns India of “Massive” Tariffs Over Russian Oil Purchases');
  const claims = (await symbols(s, 'tariffs on indian goods')).filter((x) => x.kind === 15 /* String */);
  assert.equal(claims.length, 1);
  assert.match(claims[0].name, /^Tensions between the two countries/);
  assert.match(claims[0].containerName!, /^unattributed · /);
  assert.equal(claims[0].location.range.start.line, 9);
  assert.deepEqual(await symbols(s, 'no such words anywhere'), []);
}));

test('open documents win over disk; closing one goes back to the file', () => withServer(ws, {}, async (s) => {
  const seed = ws.uri('seed.txt');
  const tariffs = ws.uri('tariffs.md');
  s.open(seed, seedText());
  const hegsethLine = seedText().split('\n')[2];
  const files = async () => new Set((await refs(s, seed, 2, hegsethLine.indexOf('Hegseth') + 1))!.map((l) => l.uri));
  assert.ok((await files()).has(tariffs));
  s.open(tariffs, TARIFFS_MD.replace('Defense Secretary Pete Hegseth said', 'Secretary of State Marco Rubio said'), 'markdown');
  assert.ok(!(await files()).has(tariffs), 'the edited, unsaved version has no Hegseth statement');
  s.connection.sendNotification('textDocument/didClose', { textDocument: { uri: tariffs } });
  assert.ok((await eventually(files, (f) => f.has(tariffs))).has(tariffs), 'closed without saving: the file on disk again');
}));

test('watched file events update the index when the client supports watcher registration', () => withServer(ws, { capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } } }, async (s) => {
  const globs: string[] = [];
  s.connection.onRequest('client/registerCapability', (p: { registrations: Array<{ method: string; registerOptions?: { watchers?: Array<{ globPattern: string }> } }> }) => {
    for (const r of p.registrations) if (r.method === 'workspace/didChangeWatchedFiles') globs.push(...(r.registerOptions?.watchers ?? []).map((w) => w.globPattern));
    return null;
  });
  await s.connection.sendRequest('sourcecheck/indexWorkspace', {});
  assert.ok(globs.includes('**/*.{txt,md,markdown}'), `registered ${JSON.stringify(globs)}`);
  ws.write('late/rubio.md', '# Rubio in Kuala Lumpur\n\nSecretary of State Marco Rubio said on Sunday that talks with Malaysia had gone well.\n');
  s.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: ws.uri('late/rubio.md'), type: 1 }] });
  const rubio = async () => (await symbols(s, 'marco rubio')).filter((x) => x.name === 'Marco Rubio').map((x) => x.location.uri);
  assert.ok((await rubio()).includes(ws.uri('late/rubio.md')));
  unlinkSync(ws.path('late/rubio.md'));
  s.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: ws.uri('late/rubio.md'), type: 3 }] });
  assert.ok(!(await rubio()).includes(ws.uri('late/rubio.md')));
  ws.write('node_modules/pkg/rubio.md', '# Rubio\n\nMarco Rubio said so.\n');
  s.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: ws.uri('node_modules/pkg/rubio.md'), type: 1 }] });
  assert.ok(!(await rubio()).some((u) => u.includes('node_modules')), 'dependencies stay out after a watcher event too');
}));

test('a workspace folder added later is indexed, and one removed leaves the index', () => withServer(ws, { capabilities: { workspace: { workspaceFolders: true } } }, async (s) => {
  const other = makeWorkspace();
  try {
    other.write('desk/santos.txt', 'Finance Minister Maria Santos said on Monday that inflation had fallen to 3 percent.\n');
    const santos = async () => (await symbols(s, 'maria santos')).filter((x) => x.name === 'Maria Santos').map((x) => x.location.uri);
    await s.connection.sendRequest('sourcecheck/indexWorkspace', {});
    assert.deepEqual(await santos(), [], 'not in the first folder');
    s.connection.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [{ uri: pathToFileURL(other.root).href, name: 'other' }], removed: [] } });
    assert.deepEqual(await eventually(santos, (u) => u.length > 0), [other.uri('desk/santos.txt')]);
    const hegseth = (await symbols(s, 'hegseth')).filter((x) => x.name === 'Pete Hegseth').map((x) => x.location.uri);
    assert.ok(hegseth.includes(ws.uri('seed.txt')) && hegseth.includes(other.uri('seed.txt')), 'both folders are indexed');
    s.connection.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [], removed: [{ uri: pathToFileURL(other.root).href, name: 'other' }] } });
    assert.deepEqual(await eventually(santos, (u) => u.length === 0), []);
    assert.ok((await symbols(s, 'hegseth')).some((x) => x.location.uri === ws.uri('seed.txt')), 'the first folder stays');
  } finally {
    other.remove();
  }
}));
