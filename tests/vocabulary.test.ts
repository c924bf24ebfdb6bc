// The vocabulary: each word's info, found once per token, is the same object every pass registered into.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { registerWord, UNKNOWN_COMPOUND, UNKNOWN_WORD, WordInfo, wordInfo } from '../server/src/analysis/vocabulary';
import { tokenize } from '../server/src/analysis/tokens';
import { SPEECH } from '../server/src/analysis/cue-words';

test('a registered word keeps one info through the table growing; unknown words share one of two infos', () => {
  const first = registerWord('vocabulary-test-first');
  first.hedge = 3;
  const many = Array.from({ length: 20_000 }, (_, i) => registerWord(`vocabulary-test-${i}`));
  many.forEach((info, i) => (info.claimWord = i));
  assert.equal(wordInfo('vocabulary-test-first'), first);
  assert.equal(registerWord('vocabulary-test-first').hedge, 3);
  for (const i of [0, 1, 4095, 4096, 19_999]) assert.equal(wordInfo(`vocabulary-test-${i}`).claimWord, i);
  assert.equal(wordInfo('vocabularytestabsent'), UNKNOWN_WORD);
  assert.equal(wordInfo('vocabulary-test-absent'), UNKNOWN_COMPOUND);
  // the shared infos are never handed out for registering
  for (const shared of [UNKNOWN_WORD, UNKNOWN_COMPOUND]) assert.deepEqual({ ...shared }, { ...new WordInfo(shared.compound) });
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

test('a word is a compound when it has characters other than a-z and 0-9, known or not; the tokenizer alone loads every list', () => {
  // Only the tokenizer is imported here: the channel words are registered all the same.
  const text = 'Tweeted re-tweeted India’s x9 told';
  const [tweeted, retweeted, indias, x9, told] = tokenize(text, 0, text.length);
  assert.equal(tweeted.info.compound, false);
  assert.equal(retweeted.info.compound, true);
  assert.equal(indias.info.compound, true);
  assert.equal(x9.info.compound, false);
  assert.equal(told.info.channel, true);
  assert.equal(retweeted.info.channel, false); // found inside it by the channel check instead
});
