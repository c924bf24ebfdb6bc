// The server's analysis cache: edits recorded as offsets, composed exactly; long work in slices
// that let the event loop run and give way to a newer edit; hovers never start a full pass.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../server/src/analysis/analyze';
import { AnalysisCache, compose, composeAll, SYNC_WORK, trackedDocuments } from '../server/src/lsp/documents';
import type { TextChange } from '../server/src/analysis/incremental';
import { LineIndex } from '../server/src/analysis/lines';
import { generateArticle, seededRandom } from '../scripts/bench/standin';
import { markdownArticle } from './helpers/markdown-article';
import { seedText } from './helpers/seed';
import { sameModel } from './helpers/model';

/** Settings are compared by identity, as the server keeps one object until they change. */
const SETTINGS = {};

const apply = (text: string, at: number, remove: number, insert: string): [string, TextChange] => [
  text.slice(0, at) + insert + text.slice(at + remove),
  { start: at, oldEnd: at + remove, newEnd: at + insert.length },
];

test('composed edits cover exactly what changed', () => {
  const r = seededRandom(1);
  for (let trial = 0; trial < 500; trial++) {
    const before = 'abcdefghij'.repeat(1 + Math.floor(r() * 5));
    let text = before;
    const changes: TextChange[] = [];
    for (let k = 0; k < 1 + Math.floor(r() * 6); k++) {
      const at = Math.floor(r() * (text.length + 1));
      const [next, ch] = apply(text, at, Math.floor(r() * Math.min(4, text.length - at + 1)), 'XYZ'.slice(0, Math.floor(r() * 4)));
      text = next;
      changes.push(ch);
    }
    const c = composeAll(changes)!;
    assert.equal(before.slice(0, c.start) + text.slice(c.start, c.newEnd) + before.slice(c.oldEnd), text);
    assert.equal(text.length - c.newEnd, before.length - c.oldEnd);
  }
  assert.deepEqual(compose({ start: 5, oldEnd: 5, newEnd: 6 }, { start: 6, oldEnd: 6, newEnd: 7 }), { start: 5, oldEnd: 5, newEnd: 7 });
  assert.equal(composeAll([{ start: 0, oldEnd: 1, newEnd: 1 }, null]), null);
});

test('a line index updated for an edit equals one built afresh (\n, \r and \r\n split and joined)', () => {
  const r = seededRandom(2);
  const pieces = ['a', '\n', '\r', '\r\n', 'b', ' '];
  const random = (n: number): string => Array.from({ length: n }, () => pieces[Math.floor(r() * pieces.length)]).join('');
  for (let trial = 0; trial < 20_000; trial++) {
    const text = random(Math.floor(r() * 12));
    const at = Math.floor(r() * (text.length + 1));
    const [next, ch] = apply(text, at, Math.floor(r() * (text.length - at + 1)), random(Math.floor(r() * 4)));
    assert.deepEqual(LineIndex.edited(new LineIndex(text), next, ch).starts, new LineIndex(next).starts, JSON.stringify([text, ch]));
  }
});

test('tracked documents record each LSP change as offsets; the cache analyses exactly the new text', () => {
  const cache = new AnalysisCache();
  const tracked = trackedDocuments(cache);
  let doc = tracked.create('file:///a.txt', 'plaintext', 1, seedText());
  sameModel(cache.get(doc, SETTINGS).model, analyze(seedText()));
  doc = tracked.update(doc, [
    { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 2 } }, text: 'The' },
    { range: { start: { line: 0, character: 5 }, end: { line: 0, character: 5 } }, text: '\nNew line. ' },
  ], 2);
  const result = cache.get(doc, SETTINGS);
  assert.equal(result.version, 2);
  sameModel(result.model, analyze(doc.getText()));
  assert.deepEqual(result.index.starts, new LineIndex(doc.getText()).starts);
  doc = tracked.update(doc, [{ text: 'Replaced whole. He said so.' }], 3);
  sameModel(cache.get(doc, SETTINGS).model, analyze('Replaced whole. He said so.'));
});

const long = (): string => {
  const r = seededRandom(9);
  const parts: string[] = [];
  for (let n = 0; n < 1.5 * SYNC_WORK; ) n += (parts[parts.push(generateArticle(r, 30)) - 1].length + 2);
  return parts.join('\n\n');
};

for (const [format, make] of [['plaintext', long], ['markdown', () => markdownArticle(seededRandom(10), 2600)]] as const) {
  test(`a long document (${format}) is analysed in slices: the event loop runs meanwhile, and hovers do not start a full pass`, async () => {
    const cache = new AnalysisCache();
    const doc = TextDocument.create(`file:///long.${format === 'markdown' ? 'md' : 'txt'}`, format, 1, make());
    assert.ok(doc.getText().length > SYNC_WORK);
    assert.equal(cache.ready(doc, SETTINGS), null, 'no full pass for a hover');
    let ticks = 0;
    let running = true;
    const tick = (): void => {
      ticks++;
      if (running) setImmediate(tick);
    };
    setImmediate(tick);
    const result = await cache.analyse(doc, SETTINGS);
    running = false;
    assert.ok(ticks > 1, `the event loop ran ${ticks} times during the analysis`);
    sameModel(result!.model, analyze(doc.getText(), { format }));
    assert.equal(cache.ready(doc, SETTINGS), result, 'then hovers get the analysis at once');
  });
}

test('an edit during a sliced analysis abandons it; the next analysis is exact and reuses the work', async () => {
  const cache = new AnalysisCache();
  const tracked = trackedDocuments(cache);
  let doc = tracked.create('file:///long.txt', 'plaintext', 1, long());
  const first = cache.analyse(doc, SETTINGS);
  await new Promise((resolve) => setImmediate(resolve));
  doc = tracked.update(doc, [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, text: 'Officials said so. ' }], 2);
  assert.equal(await first, null, 'the older version is not published');
  const second = await cache.analyse(doc, SETTINGS);
  assert.equal(second!.version, 2);
  sameModel(second!.model, analyze(doc.getText()));
});

test('Markdown: a keystroke in a long document is brought up to date at once for a hover; an opened fence, which re-parses the rest, waits for slices', async () => {
  const cache = new AnalysisCache();
  const tracked = trackedDocuments(cache);
  const text = markdownArticle(seededRandom(27), 3800);
  let doc = tracked.create('file:///long.md', 'markdown', 1, text);
  assert.ok(text.length > 1.3 * SYNC_WORK);
  await cache.analyse(doc, SETTINGS);
  const line = doc.positionAt(text.length >> 1).line;
  doc = tracked.update(doc, [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: 'x' }], 2);
  const typed = cache.ready(doc, SETTINGS);
  assert.ok(typed, 'one chunk to parse: the hover gets the new analysis');
  sameModel(typed.model, analyze(doc.getText(), { format: 'markdown' }));
  const early = doc.positionAt(text.length >> 3).line;
  doc = tracked.update(doc, [{ range: { start: { line: early, character: 0 }, end: { line: early, character: 0 } }, text: '```\n' }], 3);
  assert.equal(cache.ready(doc, SETTINGS), null, 'the rest of the document to parse: no full pass for a hover');
  const fenced = await cache.analyse(doc, SETTINGS);
  sameModel(fenced!.model, analyze(doc.getText(), { format: 'markdown' }));
});
