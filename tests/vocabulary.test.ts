// The vocabulary: each word's info, found once per token, is the same object every pass registered into.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { registerWord, UNKNOWN_WORD, wordInfo } from '../server/src/analysis/vocabulary';
import { tokenize } from '../server/src/analysis/tokens';
import { SPEECH } from '../server/src/analysis/cue-words';

test('a registered word keeps one info through the table growing; unknown words share UNKNOWN_WORD', () => {
  const first = registerWord('vocabulary-test-first');
  first.hedge = 3;
  const many = Array.from({ length: 20_000 }, (_, i) => registerWord(`vocabulary-test-${i}`));
  many.forEach((info, i) => (info.claimWord = i));
  assert.equal(wordInfo('vocabulary-test-first'), first);
  assert.equal(registerWord('vocabulary-test-first').hedge, 3);
  for (const i of [0, 1, 4095, 4096, 19_999]) assert.equal(wordInfo(`vocabulary-test-${i}`).claimWord, i);
  assert.equal(wordInfo('vocabulary-test-absent'), UNKNOWN_WORD);
  assert.ok(Object.isFrozen(UNKNOWN_WORD));
});

test("tokens carry their word's info: words by their lowercase form, other tokens none", () => {
  const text = 'SAID, “Said” 2019 said’s';
  const [upper, comma, , said, , year, curly] = tokenize(text, 0, text.length);
  assert.equal(upper.info, wordInfo('said'));
  assert.ok(upper.info.cue & SPEECH);
  assert.equal(said.info, upper.info);
  assert.equal(comma.info, UNKNOWN_WORD);
  assert.equal(year.info, UNKNOWN_WORD);
  assert.equal(curly.lower, 'said’s');
  assert.equal(curly.info, wordInfo('said’s'));
});
