// Quotations as the analysis finds them: every kind of opening mark, apostrophes that are not marks,
// unclosed quotes that run to the end of their paragraph, and cross-link lines that hold none.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../server/src/analysis/analyze';

const quotesOf = (text: string): string[] => {
  const m = analyze(text);
  return m.quotes.map((q) => text.slice(q.start, q.end));
};

test('each opening mark finds its own closing mark', () => {
  const text = [
    '“We will win,” she said.',
    'He called it ‘India’s best plan’ on Monday.',
    "''It is over,'' the coach said.",
    'Le ministre a dit « non » hier.',
    'Er sagte „ja“ dazu.',
    'The 15" screen is "too small to read," he said.',
  ].join('\n');
  assert.deepEqual(quotesOf(text), ['“We will win,”', '‘India’s best plan’', "''It is over,''", '« non »', '„ja“', '"too small to read,"']);
});

test('an unclosed quote runs to the end of its paragraph, and the next paragraph starts afresh', () => {
  const text = '“The first part runs on\n\n“and this one closes,” he said.\nIt’s the team’s plan, not a quote.';
  assert.deepEqual(quotesOf(text), ['“The first part runs on', '“and this one closes,”']);
});

test('a cross-link line holds no quote, and quotes after it are still found', () => {
  const text = 'Officials said “the talks went well.”\nRead More: Trump Says “Beautiful Planes” Shot Down\nShe added: “We will meet again.”';
  assert.deepEqual(quotesOf(text), ['“the talks went well.”', '“We will meet again.”']);
});

test('a straight closing mark after the quote’s full stop closes it even with the next sentence glued on: "… "mango capital."Adding to its appeal, …"', () => {
  const text = 'It is the nation\'s "mango capital."Adding to its appeal, the river flows by. The party has 50 candidates, officials said.';
  const m = analyze(text);
  const quote = m.quotes[0];
  assert.equal(text.slice(quote.inner.start, quote.inner.end), 'mango capital.');
  assert.equal(m.quotes.length, 1);
});

test('copy that mixes its marks closes a “ with a straight mark right after a word before a capital, unless a straight mark opened a quote inside it', () => {
  assert.deepEqual(quotesOf('“He put a lot of people out of business, too" Sweeny said.'), ['“He put a lot of people out of business, too"']);
  assert.deepEqual(quotesOf('“The so-called "reform" Labour wants is a sham,” he said.'), ['“The so-called "reform" Labour wants is a sham,”']);
});

test('‘ before a year cut to two digits is an apostrophe, unless a ’ closes it as a quote', () => {
  const text = 'Rep. Hank Johnson said in ‘08 that voters had changed. “It makes their eyes open wider,” he said.\nHe grew up in the ‘90s, when “nobody cared,” he said.\nHe said: ‘20 people died,’ in the town.';
  assert.deepEqual(quotesOf(text), ['“It makes their eyes open wider,”', '“nobody cared,”', '‘20 people died,’']);
  // the quote after it keeps its speaker, and the content after "in ‘08" starts at "that"
  const m = analyze(text);
  const said = m.statements.flatMap((s) => s.attributions).filter((a) => a.cue.text === 'said');
  assert.equal(m.text.slice(said[0].content!.start, said[0].content!.end), 'that voters had changed');
  assert.equal(said[1].mention.text, 'he');
});

test('a straight mark after a quote’s own punctuation and before a space closes, never opens', () => {
  // (a quote opened before a hard line break: its close must not open a quote over what follows)
  const text = '"The violation included armed men east of the line,\n\nlikely after exiting tunnels," the official said. The army later withdrew.';
  assert.ok(!quotesOf(text).some((q) => q.includes('the official said')));
  const m = analyze(text);
  assert.ok(m.statements.flatMap((s) => s.attributions).some((a) => a.mention.text === 'the official'));
});
