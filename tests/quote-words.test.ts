// A quote's word count (which decides scare quotes) by character, against the expression it replaces.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countWords } from '../server/src/analysis/quotes';

const WORD = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu;
const PIECES = ['a', 'Z', 'word', '9', "'", '’', '-', '--', '_', ' ', ',', '.', 'é', '😀', '“', '‑'];

test('countWords agrees with the word expression on random quote bodies', () => {
  let x = 7;
  for (let n = 0; n < 3000; n++) {
    let body = '';
    for (let i = 0; i < 12; i++) body += PIECES[((x = (Math.imul(x, 1103515245) + 12345) >>> 0) >>> 8) % PIECES.length];
    assert.equal(countWords(body), (body.match(WORD) ?? []).length, JSON.stringify(body));
  }
  assert.equal(countWords('India’s long-term plan, he said'), 5);
  assert.equal(countWords('one-time'), 1);
});
