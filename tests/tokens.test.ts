// The tokenizer's fast paths (plain words, numbers, quote marks, punctuation) read exactly what its
// expression reads, on random text made of the characters where they decide.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../server/src/analysis/tokens';
import { UNKNOWN_WORD, wordInfo } from '../server/src/analysis/vocabulary';

const PIECES = ['a', 'Z', 'the', 'Said', 'SAID', 'x_y', 'According', 'U', '.', 'S', '1', '2019', '0', ',', ':', '%', 'pm', 'st', 's', 'k', 'bn', '_', '-', '‑', "'", '’', '‘', '“', '”', '"', '«', '»', '„', '—', '–', '…', '...', '$', '£', '€', 'é', 'ß', '²', '😀', ' ', ' ', '\n', '\t', '(', ')', '!', '?', ';', '/', '&', '#'];

function randomText(seed: number, length: number): string {
  let x = seed;
  const next = (): number => ((x = (Math.imul(x, 1103515245) + 12345) >>> 0) >>> 8) % PIECES.length;
  let s = '';
  for (let i = 0; i < length; i++) s += PIECES[next()];
  return s;
}

// Each token with its lowercase form and whether its info is the vocabulary's entry for that form.
const shape = (text: string, fast: boolean) =>
  tokenize(text, 0, text.length, fast).map((t) => `${t.start}-${t.end}:${t.kind}:${t.text}:${t.lower}:${t.info === (t.kind === 'word' ? wordInfo(t.lower) : UNKNOWN_WORD)}`);

test('fast paths agree with the expression on 2,000 random texts', () => {
  for (let seed = 1; seed <= 2000; seed++) {
    const text = randomText(seed, 40);
    assert.deepEqual(shape(text, true), shape(text, false), JSON.stringify(text));
  }
});

test('numbers, quote marks and dashes as the fast paths read them', () => {
  assert.deepEqual(shape('In 2019, 3.5% of 100,000 rose 10s—“fast” at 5pm…', true).map((x) => x.split(':').slice(0, 3).join(':')), [
    '0-2:word:In', '3-7:number:2019', '7-8:punct:,', '9-13:number:3.5%', '14-16:word:of', '17-24:number:100,000', '25-29:word:rose',
    '30-33:number:10s', '33-34:punct:—', '34-35:quote:“', '35-39:word:fast', '39-40:quote:”', '41-43:word:at', '44-47:number:5pm', '47-48:punct:…',
  ]);
});
