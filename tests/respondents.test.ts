// A poll's respondents as speakers (server/src/analysis/respondents.ts): "those surveyed said", "42%
// say", "Some 56 percent of Cuban-Americans polled said" report the poll the article has just named;
// with no poll named they stay a vague group.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../server/src/analysis/analyze';
import { checkText } from '../server/src/check';
import { LineIndex } from '../server/src/analysis/lines';
import { hoverAt } from '../server/src/lsp/hover';

/** [mention, source name, how the mention was tied, status] for each attribution, in order. */
function read(text: string): Array<[string, string, string, string]> {
  const m = analyze(text);
  return m.statements.flatMap((st) => st.attributions.map((a): [string, string, string, string] => [a.mention.text, m.sources[a.source].name, a.mention.via, st.status]));
}

test('respondents and shares of them report the poll named before them', () => {
  const text = [
    'A Quinnipiac poll of 1,000 voters was released Monday.',
    '47 percent said they were satisfied with the economy.',
    'Those surveyed said Trump was best able to handle the issue.',
    'Some 56 percent of Cuban-Americans polled said they were much less likely to vote for Republicans.',
    'On economic issues, 42% say they are liberal.',
  ].join(' ');
  assert.deepEqual(read(text), [
    ['47 percent', 'Quinnipiac poll', 'poll', 'attributed'],
    ['Those surveyed', 'Quinnipiac poll', 'poll', 'attributed'],
    ['Some 56 percent of Cuban-Americans polled', 'Quinnipiac poll', 'poll', 'attributed'],
    ['42%', 'Quinnipiac poll', 'poll', 'attributed'],
  ]);
});

test('a study that reports, and one named earlier in the same sentence, is the respondents’ source', () => {
  assert.deepEqual(read('The report by the US Pew Research Center reveals that few can spot paid results. Almost 50% of those questioned said they would trust search engines less.').map((r) => r[1]), ['report by the US Pew Research Center', 'report by the US Pew Research Center']);
  // (a study named with the body that made it: the body)
  assert.deepEqual(read('Research by handset maker Nokia shows people use mobiles more. In the UK 69% of those questioned said they turned to their fixed phone.').map((r) => r.slice(1, 3)), [
    ['Nokia', 'name'],
    ['Nokia', 'poll'],
  ]);
  assert.deepEqual(read('A Mail on Sunday survey found support. In the Countryfile survey, 47% said they supported the legislation.').filter((r) => r[0] === '47%').map((r) => r[1]), ['Countryfile survey']);
});

test('with no poll named, respondents and shares stay vague; a percentage inside a phrase is no speaker', () => {
  assert.deepEqual(read('Those surveyed said Trump was best able to handle the issue.'), [['Those surveyed', 'Those surveyed', 'vague', 'vague-source']]);
  assert.deepEqual(read('Workers walked out on Monday. Half of the staff said they would strike.'), [['Half of the staff', 'Half of the staff', 'vague', 'vague-source']]);
  // (fractions, a group less a few, a group by age: shares too, not a person named "Three-fourths")
  assert.deepEqual(read('Three-fourths say the police should wear cameras.').map((r) => r.slice(0, 3)), [['Three-fourths', 'Three-fourths', 'vague']]);
  assert.deepEqual(read('The senators met, and all but two said the party should act.').map((r) => r.slice(0, 3)), [['all but two', 'all but two', 'vague']]);
  assert.deepEqual(read('Those over 60 say they feel that way by 2-1.').map((r) => r.slice(0, 3)), [['Those over 60', 'Those over 60', 'vague']]);
  // ("Half of them": a share of whom "they" would stand for; of people, never of one body)
  assert.deepEqual(read('Analysts say costs are high. Half of them argue that workers abroad offer better skills.').map((r) => r.slice(0, 3)), [
    ['Analysts', 'Analysts', 'vague'],
    ['Half of them', 'Analysts', 'pronoun'],
  ]);
  assert.deepEqual(read('Sun said it had interest from customers. Some of them want 5,000 processors each.').map((r) => r.slice(1, 3)), [
    ['Sun', 'name'],
    ['some of them', 'unresolved'],
  ]);
  // (not a share: "growth of just under 5% expected", "rates up to 2.25% showed")
  assert.deepEqual(read('It has bounced back strongly with growth of just under 5% expected in 2004.').filter((r) => r[0].includes('%')), []);
  assert.deepEqual(read('Minutes of the meeting which pushed rates up to 2.25% showed that policy-makers are worried.').filter((r) => r[0].includes('%')), []);
});

test('the hover says whose respondents they are, and no vague-source finding is left for them', () => {
  const text = 'A Quinnipiac poll of 1,000 voters was released Monday. Those surveyed said Trump was best able to handle the issue.';
  const { model, findings } = checkText(text, 'plaintext');
  const card = hoverAt(model, new LineIndex(text), text.indexOf('best'))!.markdown;
  assert.match(card, /Mention: “Those surveyed” → Quinnipiac poll \(the respondents of the poll or study named just before\)/);
  assert.deepEqual(findings.filter((f) => f.rule === 'vague-source'), []);
});

test('a named poll opening the sentence is its respondents’ source by its full name; a share’s "support" is a noun', () => {
  // (one source for the poll, whichever form names it: not "ORC International Poll", a person, beside it)
  assert.deepEqual(read('In a CNN/ORC International Poll, 38 percent of voters said Mr. Clinton should step down.'), [
    ['38 percent of voters', 'CNN/ORC International Poll', 'poll', 'attributed'],
    ['a CNN/ORC International Poll', 'CNN/ORC International Poll', 'name', 'attributed'],
  ]);
  // (an average of polls closing the clause sources it as a poll does)
  assert.deepEqual(read('Trump leads Cruz by roughly 9 percentage points in the RealClearPolitics average of recent Hoosier polls.').map((r) => r.slice(1, 3)), [['RealClearPolitics average of recent Hoosier polls', 'name']]);
  // ("45 percent support among …" is the poll's figure, not 45 percent of people supporting)
  assert.deepEqual(read('Donald Trump achieved 45 percent support among Republican voters in a new Fox News poll released Thursday.').map((r) => r[1]), ['new Fox News poll released Thursday']);
  assert.deepEqual(read('Some 45 percent support the plan.').map((r) => r.slice(0, 3)), [['Some 45 percent', '45 percent', 'vague']]);
});
