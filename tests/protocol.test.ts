// The language server over stdio, as any editor would use it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
import { startServer } from './helpers/lsp';
import { SEED_PATH, seedText } from './helpers/seed';

const uri = pathToFileURL(SEED_PATH).href;
type Hover = { contents: { kind: string; value: string }; range: unknown } | null;

test('publishes the seed diagnostics with source, rule code and a doc link', async () => {
  const s = await startServer();
  try {
    s.open(uri, seedText());
    const diags = await s.diagnostics(uri, (d) => d.length > 0);
    const summary = diags.map((d) => `${d.range.start.line + 1}:${d.code}`).sort();
    assert.deepEqual(summary, [
      '10:unattributed-claim', '11:cross-link', '12:unconfirmed-claim', '13:unattributed-claim', '13:vague-source',
      '1:vague-source', '3:social-media-source', '4:secondhand-source', '6:cross-link', '8:unattributed-claim', '9:social-media-source',
    ]);
    for (const d of diags) {
      assert.equal(d.source, 'sourcecheck');
      assert.match(d.codeDescription!.href, new RegExp(`docs/rules/${d.code}\\.md$`));
    }
    const cross = diags.find((d) => d.code === 'cross-link')!;
    assert.deepEqual(cross.range, { start: { line: 5, character: 0 }, end: { line: 5, character: 75 } });
    assert.equal(cross.severity, 3);
    const unconfirmed = diags.find((d) => d.code === 'unconfirmed-claim')!;
    assert.equal(unconfirmed.relatedInformation?.[0].location.range.start.line, 11);
  } finally {
    await s.close();
  }
});

test('hover explains the source, the resolved pronoun and the unconfirmed evidence', async () => {
  const s = await startServer();
  try {
    s.open(uri, seedText());
    await s.diagnostics(uri, (d) => d.length > 0);
    const lines = seedText().split('\n');
    const he = lines[1].indexOf(' he said') + 1;
    const h1 = (await s.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: he } })) as Hover;
    assert.equal(h1?.contents.kind, 'markdown');
    assert.match(h1!.contents.value, /Source: \*\*Pete Hegseth\*\* — US Defense Secretary \(person\)/);
    assert.match(h1!.contents.value, /Mention: “he” → Pete Hegseth/);
    const h12 = (await s.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 11, character: 5 } })) as Hover;
    assert.match(h12!.contents.value, /Unconfirmed/);
    assert.match(h12!.contents.value, /Hedged by the article: “claimed”/);
    assert.match(h12!.contents.value, /Not confirmed: “has not publicly confirmed” \(line 12\)/);
    const cross = (await s.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 5, character: 20 } })) as Hover;
    assert.match(cross!.contents.value, /Cross-link/);
    const name = lines[2].indexOf('Hegseth');
    const src = (await s.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: name + 2 } })) as Hover;
    assert.match(src!.contents.value, /\*\*Pete Hegseth\*\* — US Defense Secretary \(person\)/);
    assert.match(src!.contents.value, /statements in this document/);
  } finally {
    await s.close();
  }
});

test('diagnostics follow incremental edits, and settings turn a rule off', async () => {
  const s = await startServer({ settings: { rules: { 'cross-link': 'off' }, debounceMs: 10 } });
  try {
    const doc = 'file:///tmp/sc-protocol-edit.txt';
    s.open(doc, 'The minister resigned on Friday.\nRead More: Another story here\n');
    const first = await s.diagnostics(doc, () => true);
    assert.deepEqual(first.map((d) => d.code), ['unattributed-claim'], 'cross-link is off by setting');
    s.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: doc, version: 2 },
      contentChanges: [{ range: { start: { line: 0, character: 31 }, end: { line: 0, character: 31 } }, text: ', officials said' }],
    });
    const second = await s.diagnostics(doc, (d) => d.some((x) => x.code === 'vague-source'));
    assert.deepEqual(second.map((d) => d.code), ['vague-source']);
  } finally {
    await s.close();
  }
});
