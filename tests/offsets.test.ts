// Ranges are exact UTF-16 offsets: curly quotes, emoji, CRLF and tabs must not shift anything.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LineIndex } from '../server/src/analysis/lines';
import { checkText } from '../server/src/check';
import { fileReport } from '../server/src/output/json';

const TEXT = '\t“Our 🚀 plan works,” Hegseth wrote on X.\r\nOfficials said the fee rose 50 percent 😀 last year.\r\n\tRead More: Trump 🙂 Says Planes Shot Down\r\n';

test('LineIndex maps offsets and positions both ways across CRLF, CR and LF', () => {
  const text = 'a\r\nb\rc\nd';
  const index = new LineIndex(text);
  assert.deepEqual(index.positionAt(text.indexOf('b')), { line: 1, character: 0 });
  assert.deepEqual(index.positionAt(text.indexOf('c')), { line: 2, character: 0 });
  assert.deepEqual(index.positionAt(text.indexOf('d')), { line: 3, character: 0 });
  for (let i = 0; i <= text.length; i++) {
    const p = index.positionAt(i);
    if (text[i - 1] === '\r' && text[i] === '\n') continue; // between \r and \n is not a position
    assert.equal(index.offsetAt(p), i);
  }
});

test('every reported range slices exactly the text it names', () => {
  const result = checkText(TEXT, 'plaintext');
  const report = fileReport('t.txt', result);
  const lines = TEXT.split('\r\n');
  const slice = (r: { start: { line: number; character: number }; end: { line: number; character: number } }) => {
    assert.equal(r.start.line, r.end.line, 'single-line ranges in this text');
    return lines[r.start.line].slice(r.start.character, r.end.character);
  };
  const social = report.findings.find((f) => f.rule === 'social-media-source')!;
  assert.equal(slice(social.range), 'Hegseth wrote');
  assert.equal(social.range.start.character, '\t“Our 🚀 plan works,” '.length);
  const vague = report.findings.find((f) => f.rule === 'vague-source')!;
  assert.equal(slice(vague.range), 'Officials said');
  const cross = report.findings.find((f) => f.rule === 'cross-link')!;
  assert.equal(slice(cross.range), 'Read More: Trump 🙂 Says Planes Shot Down');
  assert.equal(cross.range.start.character, 1, 'the tab counts as one character');
  for (const st of report.statements) assert.equal(slice(st.range), st.text);
});

test('a statement after an astral character on the same line starts at the right UTF-16 column', () => {
  const text = '😀 Intro line. The minister resigned on Friday.';
  const { model } = checkText(text, 'plaintext');
  const second = model.sentences[1];
  assert.equal(text.slice(second.start, second.end), 'The minister resigned on Friday.');
  assert.equal(second.start, 15, '😀 counts as two UTF-16 code units: 2 + 1 + 11 + 1');
});

test('line starts: after every \\n, every \\r alone and every \\r\\n pair, on random text and after edits', () => {
  // The definition, character by character; LineIndex finds the breaks with indexOf instead.
  const startsOf = (text: string): number[] => {
    const out = [0];
    for (let i = 0; i < text.length; i++) {
      if (text[i] === '\n' || (text[i] === '\r' && text[i + 1] !== '\n')) out.push(i + 1);
    }
    return out;
  };
  let seed = 7;
  const random = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
  const pieces = ['a', 'bc', ' ', '\n', '\r', '\r\n', '\n\n', '“', '😀'];
  const textOf = (length: number): string => Array.from({ length }, () => pieces[random(pieces.length)]).join('');
  for (let round = 0; round < 300; round++) {
    const text = textOf(random(40));
    const index = new LineIndex(text);
    assert.deepEqual(index.starts, startsOf(text), JSON.stringify(text));
    const start = random(text.length + 1);
    const oldEnd = start + random(text.length - start + 1);
    const inserted = textOf(random(6));
    const edited = text.slice(0, start) + inserted + text.slice(oldEnd);
    const next = LineIndex.edited(index, edited, { start, oldEnd, newEnd: start + inserted.length });
    assert.deepEqual(next.starts, startsOf(edited), JSON.stringify({ text, edited }));
  }
});
