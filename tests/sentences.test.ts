// Sentence splitting on news prose: each case is a small text and the sentences it must give.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../server/src/analysis/analyze';

const split = (text: string): string[] => {
  const m = analyze(text);
  return m.sentences.map((s) => text.slice(s.start, s.end));
};

test('abbreviations and titles do not end sentences', () => {
  assert.deepEqual(split('Dr. Smith met Gov. Jones in the U.S. capital on Jan. 5. They talked.'), [
    'Dr. Smith met Gov. Jones in the U.S. capital on Jan. 5.',
    'They talked.',
  ]);
});

test('an initialism can still end a sentence before an opener', () => {
  assert.deepEqual(split('The firm moved to the U.S. The move was costly.'), ['The firm moved to the U.S.', 'The move was costly.']);
});

test('initials inside names', () => {
  assert.deepEqual(split('John F. Kennedy spoke. Crowds cheered.'), ['John F. Kennedy spoke.', 'Crowds cheered.']);
});

test('decimals and money stay whole', () => {
  assert.deepEqual(split('Profits rose to $3.2 billion. The fee is $100,000. Growth was 2.5%.'), [
    'Profits rose to $3.2 billion.',
    'The fee is $100,000.',
    'Growth was 2.5%.',
  ]);
});

test('ellipses end a sentence only before a capital', () => {
  assert.deepEqual(split('He paused... and went on. Then... Silence fell.'), ['He paused... and went on.', 'Then...', 'Silence fell.']);
});

test('a closing quote after the full stop belongs to the sentence', () => {
  assert.deepEqual(split('She said it “matters.” Then she left.'), ['She said it “matters.”', 'Then she left.']);
});

test('a sentence ending inside a quote, and a question quote followed by its cue', () => {
  assert.deepEqual(split('“Go now!” The crowd ran. “Is it true?” he asked.'), ['“Go now!”', 'The crowd ran.', '“Is it true?” he asked.']);
});

test('the dateline belongs to the first sentence and names the outlet', () => {
  const text = 'Kuala Lumpur (TDI): The pact was signed. It runs ten years.';
  const m = analyze(text);
  assert.equal(text.slice(m.sentences[0].start, m.sentences[0].end), 'Kuala Lumpur (TDI): The pact was signed.');
  assert.equal(m.dateline?.outlet, 'TDI');
  assert.equal(m.dateline?.place, 'Kuala Lumpur');
});

test('an all-caps dateline with a dash, and none without either mark', () => {
  assert.equal(analyze('WASHINGTON — The Senate voted on Tuesday.').dateline?.place, 'WASHINGTON');
  assert.equal(analyze('Officials: none of this is true.').dateline, null);
});

test('every line of plain text is its own paragraph; hard-wrapped lines continue', () => {
  const text = 'First paragraph ends here.\nSecond one has\ncontinuation text.\n\nThird.';
  assert.deepEqual(split(text), ['First paragraph ends here.', 'Second one has\ncontinuation text.', 'Third.']);
});

test('"no." ends a sentence unless a number follows', () => {
  assert.deepEqual(split('The senator said no. Then he left. He ranked No. 5 in the poll.'), ['The senator said no.', 'Then he left.', 'He ranked No. 5 in the poll.']);
});

test('"Md." (Mohammad) and an initial after "the" open a name', () => {
  assert.deepEqual(split('The bench comprised Justice Md. Asif Hasan. The match was at the R. Premadasa Stadium in Colombo. It was posted on X. The deal was signed.'), [
    'The bench comprised Justice Md. Asif Hasan.',
    'The match was at the R. Premadasa Stadium in Colombo.',
    'It was posted on X.',
    'The deal was signed.',
  ]);
  // (after a hyphened modifier too; "plan-b" is no modifier of a name: a word after its own hyphen only)
  assert.deepEqual(split('It has sold out the 35,000-capacity R. Premadasa Stadium. It was full.'), ['It has sold out the 35,000-capacity R. Premadasa Stadium.', 'It was full.']);
  assert.deepEqual(split('They moved to a three-tier plan B. Their rivals did not.'), ['They moved to a three-tier plan B.', 'Their rivals did not.']);
  // a state's abbreviation still ends a sentence before an opener
  assert.deepEqual(split('He lives in Baltimore, Md. The house is old.'), ['He lives in Baltimore, Md.', 'The house is old.']);
});

test('sentences glued without a space after the full stop are split', () => {
  assert.deepEqual(split('He ordered an investigation into the matter.Senior officials met on Monday.'), [
    'He ordered an investigation into the matter.',
    'Senior officials met on Monday.',
  ]);
  assert.deepEqual(split('Turnout was 59 percent of the votes.A total of 7 million were cast in 2024.The count ended.'), [
    'Turnout was 59 percent of the votes.',
    'A total of 7 million were cast in 2024.',
    'The count ended.',
  ]);
  assert.deepEqual(split('The plan was people-centered.He said so. Was it right?The vote was held in Parliament.The count ended.'), [
    'The plan was people-centered.',
    'He said so.',
    'Was it right?',
    'The vote was held in Parliament.',
    'The count ended.',
  ]);
  // (after a weekday or a month; capitals after a long lowercase word)
  assert.deepEqual(split('The plan was announced on Tuesday.Parliament approved it.'), ['The plan was announced on Tuesday.', 'Parliament approved it.']);
  assert.deepEqual(split('Many want to end authoritarianism.BBC’s live coverage agreed.'), ['Many want to end authoritarianism.', 'BBC’s live coverage agreed.']);
  // (an acronym before a word that opens sentences: "told AFP.But he warned")
  assert.deepEqual(split('Rahman told AFP.But he warned it would be hard.'), ['Rahman told AFP.', 'But he warned it would be hard.']);
  assert.deepEqual(split('The BNP.Meanwhile won.'), ['The BNP.', 'Meanwhile won.']);
  // initialisms, decimals, domains and dotted names stay whole
  assert.deepEqual(split('Rep. Smith (D-N.Y.) said the U.S. economy grew 3.5 percent, bdnews24.com, dhaka.GOV and One.Tel reported. Visit www.example.Com today.'), [
    'Rep. Smith (D-N.Y.) said the U.S. economy grew 3.5 percent, bdnews24.com, dhaka.GOV and One.Tel reported.',
    'Visit www.example.Com today.',
  ]);
});
