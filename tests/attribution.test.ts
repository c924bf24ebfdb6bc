// Attribution spans on small news sentences: the source as a reader marks it (the whole subject noun
// phrase), the cue and the content. Each case is a construction the extractor supports.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../server/src/analysis/analyze';

/** Every attribution of a text as [source mention, cue, content]. */
const read = (text: string): Array<[string, string, string]> => {
  const m = analyze(text);
  return m.statements.flatMap((st) =>
    st.attributions.filter((a) => a.kind !== 'lede-sourced').map((a): [string, string, string] => [a.mention.text, a.cue.text, a.content ? text.slice(a.content.start, a.content.end) : '']),
  );
};

test('the source is the whole subject noun phrase, back to the start of its clause', () => {
  assert.deepEqual(read('A new poll shows Trump ahead.'), [['A new poll', 'shows', 'Trump ahead']]);
  assert.deepEqual(read('The latest Reuters/Ipsos poll found that he led.'), [['The latest Reuters/Ipsos poll', 'found', 'that he led']]);
  assert.deepEqual(read('A spokesman for Democratic presidential candidate Hillary Clinton said no.'), [['A spokesman for Democratic presidential candidate Hillary Clinton', 'said', 'no']]);
});

test('a time, an opening conjunction or a subordinate clause is not part of the source', () => {
  assert.deepEqual(read('Last week Trump said he would win.'), [['Trump', 'said', 'he would win']]);
  assert.deepEqual(read('And Clinton said it failed.'), [['Clinton', 'said', 'it failed']]);
  assert.deepEqual(read('Now the senator says the bill is dead.'), [['the senator', 'says', 'the bill is dead']]);
});

test('a relative clause on the source belongs to it, before or after the cue', () => {
  assert.deepEqual(read('Biden, who served as a senator for 36 years, said the deal was good.'), [['Biden, who served as a senator for 36 years', 'said', 'the deal was good']]);
  assert.deepEqual(read('“There is always resistance,” said Mr. Schmidt, who bought the property.'), [['Mr. Schmidt, who bought the property', 'said', '“There is always resistance,”']]);
});
