// Blocks: cross-link lines in both formats, and Markdown parsed so non-prose is never analysed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../server/src/analysis/analyze';
import { atMostWords } from '../server/src/analysis/blocks';

test('cross-link variants are recognised with their headline', () => {
  const text = [
    'The body starts here.',
    'Read More: Trump Warns India of Tariffs',
    'READ MORE: Floods hit Dhaka',
    'Also Read: Markets rally again',
    'ALSO READ | Election date set',
    'See also - Parliament reopens',
  ].join('\n');
  const m = analyze(text);
  assert.deepEqual(m.crossLinks.map((c) => c.headline), [
    'Trump Warns India of Tariffs',
    'Floods hit Dhaka',
    'Markets rally again',
    'Election date set',
    'Parliament reopens',
  ]);
});

test('a sentence that merely mentions reading more is not a cross-link', () => {
  assert.equal(analyze('Read more carefully, the judge told the jury.').crossLinks.length, 0);
});

test('Markdown: "Read more:" with a link keeps the link text, drops the URL', () => {
  const text = 'Body text here.\n\nRead more: [Floods hit Dhaka](https://example.com/floods)\n';
  const m = analyze(text, { format: 'markdown' });
  assert.equal(m.crossLinks.length, 1);
  assert.equal(m.crossLinks[0].headline, 'Floods hit Dhaka');
  assert.equal(text.slice(m.crossLinks[0].headlineSpan.start, m.crossLinks[0].headlineSpan.end), 'Floods hit Dhaka');
});

test('Markdown: code, front matter, HTML comments and URLs are never analysed as prose', () => {
  const text = [
    '---',
    'title: Officials said 50 percent',
    '---',
    '',
    '# Heading with 40 percent',
    '',
    'Officials said [the figure](https://x.example/said-90-percent) is wrong. <!-- sources said 70 percent -->',
    '',
    '```',
    'officials said 60 percent',
    '```',
    '',
    'Inline `sources said 30 percent` code.',
  ].join('\n');
  const m = analyze(text, { format: 'markdown' });
  assert.equal(m.prose.length, text.length, 'prose keeps every offset');
  for (const hidden of ['title:', '90-percent', '70 percent', '60 percent', '30 percent']) {
    assert.ok(!m.prose.includes(hidden), `${hidden} must be blanked`);
  }
  assert.ok(m.prose.includes('Officials said'));
  assert.ok(m.prose.includes('the figure'));
  const kinds = m.blocks.map((b) => b.kind);
  assert.deepEqual(kinds, ['heading', 'paragraph', 'paragraph']);
  const heading = m.statements.find((s) => m.blocks[m.sentences[s.sentence].block].kind === 'heading')!;
  assert.equal(heading.claim, null, 'a heading is never a claim, even with a figure');
});

test('Markdown block quotes and list items are their own block kinds', () => {
  const m = analyze('> A quoted paragraph.\n\n- A list item.\n', { format: 'markdown' });
  assert.deepEqual(m.blocks.map((b) => b.kind), ['quote', 'list-item']);
});

test('a line counts its words as splitting at white space does, up to the limit', () => {
  const pieces = ['a', 'word', ' ', '  ', '\t', '\u00a0', '\u2003', '\u3000', '\n', 'é', '😀', '.'];
  let x = 3;
  for (let n = 0; n < 3000; n++) {
    let line = '';
    for (let i = 0; i < 24; i++) line += pieces[((x = (Math.imul(x, 1103515245) + 12345) >>> 0) >>> 8) % pieces.length];
    for (const limit of [1, 5, 16]) assert.equal(atMostWords(line, limit), line.split(/\s+/).length <= limit, JSON.stringify(line));
  }
});

test('a short line that ends with a quote closed by apostrophes after its full stop is a paragraph, not a title', () => {
  const m = analyze("Prices fell.\n\n''I don't think the industry is over,'' she said. ''I think it's just changing.''\n\nSanders' Revolution\n");
  assert.deepEqual(m.blocks.map((b) => b.kind), ['paragraph', 'paragraph', 'heading']);
});

test('plain text: wire copy wrapped with a blank line after every line keeps its sentences whole, and a blank line still parts paragraphs', () => {
  const wrapped = 'The agency said 12 people died.\n\nFive more were killed in a separate strike\n\nin the southern city, the agency said.\n\nIt also said one person was hurt.';
  const m = analyze(wrapped);
  const texts = m.blocks.map((b) => m.prose.slice(b.start, b.end));
  assert.deepEqual(texts, ['The agency said 12 people died.', 'Five more were killed in a separate strike\n\nin the southern city, the agency said.', 'It also said one person was hurt.']);
  assert.deepEqual(m.blocks.map((b) => b.kind), ['paragraph', 'paragraph', 'paragraph']);
  const killed = m.statements.find((s) => m.prose.startsWith('Five more', m.sentences[s.sentence].start))!;
  assert.equal(killed.status, 'attributed');
  // (two blank lines, a title, a capital or a name written in lower case after the blank line: a new paragraph)
  for (const parted of ['A strike\n\n\nin the city was reported.', 'Diplomatic developments\n\nSenior officials met on Wednesday.', 'Apple sales soar\n\niPhone sales rose 5% this year.']) {
    assert.equal(analyze(parted).blocks.length, 2, parted);
  }
});
