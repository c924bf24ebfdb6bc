// Markdown is parsed in chunks (markdown-limits.ts) so that no document can hang the parser and a
// keystroke re-parses one chunk: parsing apart must give what parsing together gives, and an edit
// must leave the other chunks the same strings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MarkdownChunkCache, parseChunk, parseMarkdown } from '../server/src/analysis/markdown';
import { boundedChunks, MAX_DELIMITERS_PER_PARAGRAPH } from '../server/src/analysis/markdown-limits';
import { chunked, rechunked } from '../server/src/analysis/markdown-rechunk';
import { IncrementalAnalyzer } from '../server/src/analysis/incremental';
import { analyze } from '../server/src/analysis/analyze';
import { seededRandom } from '../scripts/bench/standin';
import { markdownArticle } from './helpers/markdown-article';
import { sameModel } from './helpers/model';

const LIST = Array.from({ length: 400 }, (_, i) => `- item ${i} of a long list, said the clerk`).join('\n');
const MIXED = [
  markdownArticle(seededRandom(21), 120),
  '<div>\n\nHTML block with a blank line\n\n</div>',
  LIST,
  '| a | b |\n|---|---|\n| 1 | 2 |',
  '1. first\n2. second\n\n   continued item text\n\nOfficials said 50% of it was lost.',
  markdownArticle(seededRandom(22), 120),
].join('\n\n');

test('chunked parse equals one parse of the whole document (prose and blocks)', () => {
  for (const doc of [markdownArticle(seededRandom(20), 300), MIXED, MIXED.replace(/\n/g, '\r\n')]) {
    assert.ok(boundedChunks(doc).length > 4, 'the document spans several chunks');
    assert.deepStrictEqual(parseMarkdown(doc), parseChunk(doc, true));
  }
});

test('a line typed or deleted mid-document changes at most two chunks', () => {
  const doc = markdownArticle(seededRandom(23), 400);
  const before = new Set(boundedChunks(doc).map((c) => c.text));
  let cases = 0;
  for (let k = 1; k < 40; k++) {
    const at = doc.indexOf('\n', Math.floor((k / 40) * doc.length)) + 1;
    const next = doc.indexOf('\n', at) + 1;
    for (const edited of [doc.slice(0, at) + '\n' + doc.slice(at), doc.slice(0, at) + 'A new paragraph.\n\n' + doc.slice(at), doc.slice(0, at) + doc.slice(next)]) {
      const changed = boundedChunks(edited).filter((c) => !before.has(c.text)).length;
      assert.ok(changed <= 2, `${changed} chunks changed after an edit at ${at}`);
      cases++;
    }
  }
  assert.equal(cases, 117);
});

test('the editor re-parses only the chunk a keystroke touched, and undo none', () => {
  const doc = markdownArticle(seededRandom(24), 300);
  const inc = new IncrementalAnalyzer({ format: 'markdown' });
  inc.update(doc);
  const chunks = boundedChunks(doc).length;
  assert.equal(inc.markdownChunks.parsed, chunks);
  const at = doc.indexOf(' ', doc.length >> 1);
  inc.update(doc.slice(0, at) + 'x' + doc.slice(at), { start: at, oldEnd: at, newEnd: at + 1 });
  assert.equal(inc.markdownChunks.parsed, chunks + 1);
  inc.update(doc, { start: at, oldEnd: at + 1, newEnd: at });
  assert.equal(inc.markdownChunks.parsed, chunks + 1);
});

test('a chunk cache never changes the result: the same document through a cache of another one', () => {
  const cache = new MarkdownChunkCache();
  const a = markdownArticle(seededRandom(25), 200);
  parseMarkdown(a, cache);
  const b = a.replace(/said/g, 'stated');
  assert.deepStrictEqual(parseMarkdown(b, cache), parseMarkdown(b));
});

test('a long Markdown document is parsed in slices: begin() parses nothing, a spent deadline one chunk at most', () => {
  const doc = markdownArticle(seededRandom(26), 400);
  const inc = new IncrementalAnalyzer({ format: 'markdown' });
  const job = inc.begin(doc);
  assert.equal(inc.markdownChunks.parsed, 0);
  assert.equal(job.step(performance.now() - 1), false);
  assert.ok(inc.markdownChunks.parsed <= 1, `${inc.markdownChunks.parsed} chunks parsed past the deadline`);
  let slices = 1;
  while (!job.step(performance.now() + 1)) slices++;
  assert.ok(slices > 1, 'the parse took more than one slice');
  assert.equal(inc.markdownChunks.parsed, boundedChunks(doc).length);
  sameModel(job.commit(), analyze(doc, { format: 'markdown' }));
});

test('a long run of blank lines is cut into chunks in linear time', () => {
  // (a blank line read by searching on from it, across the rest of the run, was quadratic)
  const doc = (n: number) => 'Officials said it.\n' + ' \n'.repeat(n) + 'Smith said it.\n';
  const time = (text: string) => {
    let best = Infinity;
    for (let i = 0; i < 3; i++) {
      const start = performance.now();
      boundedChunks(text);
      best = Math.min(best, performance.now() - start);
    }
    return best;
  };
  const small = time(doc(20_000));
  const big = time(doc(160_000));
  assert.ok(big < 30 * (small + 20), `${Math.round(small)} ms at 20,000 blank lines, ${Math.round(big)} ms at 160,000`);
  assert.equal(boundedChunks(doc(160_000)).map((c) => c.text).join(''), doc(160_000));
});

test('a keystroke re-cuts the chunks near it: the same chunks as a fresh cut of the whole text', () => {
  const r = seededRandom(27);
  const snippets = ['x', '\n', '\n\n', '```\n', '\n```\n', '<div>\n', '</div>\n', '- ', '* ', '> ', '# ', '1. ', '<!-- ', ' -->', '***', '\r\n', '\uFEFF'];
  let prev = chunked(MIXED);
  let edits = 0;
  for (let i = 0; i < 400; i++) {
    const text = prev.text;
    const at = Math.floor(r() * (text.length + 1));
    const cut = r() < 0.3 ? Math.floor(r() * 40) : 0;
    const next = text.slice(0, at) + (r() < 0.8 ? snippets[Math.floor(r() * snippets.length)] : '') + text.slice(Math.min(text.length, at + cut));
    const again = rechunked(prev, next);
    assert.deepStrictEqual(again, chunked(next), `edit ${i} at ${at}`);
    prev = again;
    edits++;
  }
  assert.equal(edits, 400);
});

test('an edit that pushes a paragraph past the bound on delimiters cuts the whole text again, bounded', () => {
  // (over several lines: the whole paragraph counts, not the line typed in)
  const pairs = Array.from({ length: MAX_DELIMITERS_PER_PARAGRAPH / 2 - 1 }, (_, i) => `*w${i}*`);
  const paragraph = Array.from({ length: Math.ceil(pairs.length / 14) }, (_, l) => pairs.slice(l * 14, l * 14 + 14).join(' ')).join('\n');
  const doc = `${markdownArticle(seededRandom(29), 200)}\n\n${paragraph}\n\n${markdownArticle(seededRandom(30), 200)}`;
  const prev = chunked(doc);
  assert.equal(prev.plain, true);
  // typed in its first line, then in its last
  for (const at of [doc.indexOf(paragraph) + 3, doc.indexOf(paragraph) + paragraph.length - 3]) {
    const next = doc.slice(0, at) + ' *a* *b* ' + doc.slice(at);
    const again = rechunked(prev, next);
    assert.equal(again.plain, false);
    assert.deepStrictEqual(again, chunked(next));
  }
});
