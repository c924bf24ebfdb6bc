// Hedge cues on small hand-made sentences: which words hedge, of which type, whose they are
// (the article's or a quoted speaker's), and which of them leave a claim unconfirmed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../server/src/analysis/analyze';
import { findHedges, userHedgePattern } from '../server/src/analysis/hedges';

/** Per sentence: "text:type" for each hedge, "(q)" when it is the speaker's. */
function hedges(text: string): string[][] {
  const m = analyze(text);
  return m.statements.map((st) => st.hedges.map((h) => `${h.text}:${h.type}${h.inQuote ? '(q)' : ''}`));
}
const statuses = (text: string) => analyze(text).statements.map((st) => st.status);

test('distancing words and phrases of the article', () => {
  assert.deepEqual(hedges('The company reportedly paid $5 million to settle the case.'), [['reportedly:hedge']]);
  assert.deepEqual(hedges('It is understood that the club accepted the offer.'), [['It is understood:reported']]);
  // an agentless "it was stated/reported/learnt that" names no one either
  assert.deepEqual(hedges('It was also stated that private firms import 98 percent of the LPG.'), [['It was also stated:reported']]);
  assert.deepEqual(hedges('It has been learned that, in order to sign contracts, talks are underway.'), [['It has been learned:reported']]);
  // an agentless estimate or prediction names no one either
  assert.deepEqual(hedges('It is estimated that 20,000 people attended.'), [['It is estimated:reported']]);
  assert.deepEqual(hedges('It is predicted that there will be two billion handsets in use by 2005.'), [['It is predicted:reported']]);
  assert.deepEqual(hedges('It was stated in the report.'), [[]]);
  assert.deepEqual(hedges('The claims could not be independently verified.'), [['could not be independently verified:unverified']]);
  assert.deepEqual(hedges('The ministry has not confirmed the figure.'), [['has not confirmed:not-confirmed']]);
  assert.deepEqual(hedges('The singer is said to be furious.'), [['is said to:reported']]);
  assert.deepEqual(hedges('Pandya is now said to be dating the actress.'), [['is now said to:reported']]);
});

test('speculation, belief, condition and investigation', () => {
  assert.deepEqual(hedges('Prices will likely rise next year.'), [['likely:epistemic']]);
  assert.deepEqual(hedges('Analysts expect growth to slow.'), [['expect:doxastic']]);
  assert.deepEqual(hedges('If the bill passes, taxes will rise.'), [['If:condition']]);
  assert.deepEqual(hedges('Police are investigating whether the fire was started deliberately.'), [['investigating:investigation', 'whether:condition']]);
  assert.deepEqual(hedges('The party is widely regarded as the favourite.'), [['regarded:doxastic']]);
  assert.deepEqual(hedges('It remains to be seen how voters react.'), [['remains to be seen:epistemic']]);
});

test('words that hedge only in context', () => {
  assert.deepEqual(hedges('The talks resumed in May after a pause.'), [[]]);
  assert.deepEqual(hedges('He appeared in court on Monday. She appeared to accept the offer.'), [[], ['appeared:epistemic']]);
  assert.deepEqual(hedges('The owner could not be reached for comment. The roof could collapse.'), [[], ['could:epistemic']]);
  assert.deepEqual(hedges('She considered the offer carefully.'), [[]]);
  assert.deepEqual(hedges('The thought of defeat worried him. He thought the vote was lost.'), [[], ['thought:doxastic']]);
});

test("a hedge inside a quote is the speaker's, not the article's", () => {
  assert.deepEqual(hedges('“The deal may collapse at any moment,” the minister said on Tuesday.'), [['may:epistemic(q)']]);
  assert.deepEqual(statuses('“The deal will probably cost $2 billion,” the minister said on Tuesday.'), ['attributed']);
});

test('only distancing leaves a claim unconfirmed; speculation by the article does not', () => {
  assert.deepEqual(statuses('The company reportedly paid $5 million to settle the case.'), ['unconfirmed']);
  assert.deepEqual(statuses('Prices will likely rise 5 percent next year.'), ['unattributed']);
});

test('configured hedges (literal words or phrases) distance the article', () => {
  const m = analyze('The firm purportedly-not paid. Sources close to the deal say the firm paid $5 million.');
  const user = userHedgePattern(['sources close to', 'Purportedly-not']);
  const found = m.sentences.map((s) => findHedges(m.prose, s, [], [], user).map((h) => `${h.text}:${h.type}`));
  assert.deepEqual(found, [['purportedly-not:hedge'], ['Sources close to:hedge']]);
  assert.equal(userHedgePattern([' ']), null);
});

test('"claimed" as winning or as a noun is no hedge', () => {
  assert.deepEqual(hedges('Independent candidates claimed seven seats in the election on Sunday.'), [[]]);
  assert.notEqual(statuses('Independent candidates claimed seven seats in the election on Sunday.')[0], 'unconfirmed');
  assert.deepEqual(hedges('Off-spinner Ben Marsh was exceptional, claiming 2/9 in his four overs.'), [[]]);
  assert.deepEqual(hedges('Rahman claimed the election was rigged in 40 constituencies.'), [['claimed:reported']]);
  assert.deepEqual(hedges('Rosneft bought the unit to settle a tax claim against Yukos.'), [[]]);
  // (the verb before its time or channel still asserts: "claimed on Tuesday that …")
  assert.deepEqual(hedges('Trump claimed on Tuesday that the general got off lightly.'), [['claimed:reported']]);
  assert.deepEqual(hedges('The sale was rigged, the company claims.'), [['claims:reported']]);
  assert.deepEqual(hedges('The apparently hostile relationship between the firms is over.'), [['apparently:epistemic']]);
  // what is won may stand several words after the verb, and may itself open a clause
  assert.deepEqual(hedges('The 2003 champion claimed her seventh Grand Slam title in Melbourne.'), [[]]);
  assert.deepEqual(hedges('Ireland have the edge after claiming away draws in Basel and Paris.'), [[]]);
  assert.deepEqual(hedges('Jake White claimed the coaching award in 2004.'), [[]]);
  assert.deepEqual(hedges('She became the youngest to win a title by claiming the doubles at the Hyderabad Open.'), [[]]);
  // (a place won, and a seat won by its tally)
  assert.deepEqual(hedges('He earned his way back when he claimed one of three qualifying spots.'), [[]]);
  assert.deepEqual(hedges('Economist Dr Reza Kibria claimed Habiganj-1 with 111,999 votes.'), [[]]);
  // "alleged" on a named person's role is the role's hedge, not the sentence's
  assert.notEqual(statuses('The charge-sheet names 17 accused, including alleged shooter Foysal Karim Masud.')[0], 'unconfirmed');
  // (however many words the role runs to, and in a list, where "alleged" is no verb of the name before it)
  assert.notEqual(statuses('The fugitives include Foysal Karim Masud, alleged mastermind and former ward councillor Taijul Islam, and Mukti Akter.')[0], 'unconfirmed');
  assert.notEqual(statuses('The accused also include brother-in-law Wahid Ahmed Shipu, alleged girlfriend Maria Akter Lima, and others.')[0], 'unconfirmed');
  // (but "alleged" before what happened somewhere is the verb: "has alleged vote rigging in Dhaka-8")
  assert.equal(statuses('The National Citizen Party has alleged vote rigging in Dhaka-8 and Dhaka-9.')[0], 'unconfirmed');
  assert.equal(statuses('The alleged attack on Monday killed 12 people.')[0], 'unconfirmed');
  // and "alleged" on who speaks is theirs, not a hedge on what they say
  assert.equal(statuses('Lawyers for the alleged spammers said the 2004 lawsuit was groundless.')[0], 'attributed');
  // rumours the sentence reports are not a hedge on what it states; rumours it passes on are
  assert.notEqual(statuses('Fosters has bought a large stake in Southcorp, sparking rumours of a possible takeover in 2005.')[0], 'unconfirmed');
  assert.equal(statuses('Rumours circulated that Melcher was the real target in 1969.')[0], 'unconfirmed');
  assert.notEqual(statuses('These rumours were fuelled by the decision to hold his media conference on 3 February.')[0], 'unconfirmed');
  assert.deepEqual(hedges('The rumours have been denied by the firm.'), [['rumours:epistemic(q)']]);
  assert.deepEqual(hedges('He claimed the title was rigged by the organisers in 2004.'), [['claimed:reported']]);
  assert.deepEqual(hedges('The unions claim Fiat is to close the plant.'), [['claim:reported']]);
  assert.deepEqual(hedges('It follows an article that claimed missing documents linked the drug to suicide.'), [['claimed:reported']]);
});

test('a phrase is found where its last word is part of a longer token', () => {
  // The phrase expression only runs on sentences holding one of its words; "clear-cut" and
  // "re-confirmed" hold them inside hyphenated tokens, as the expression's \b reads them.
  assert.deepEqual(hedges('The outcome is clear-cut.'), [['is clear:epistemic']]);
  assert.deepEqual(hedges('The agency has not re-confirmed the figure.'), [[]]);
  assert.deepEqual(hedges('Police have not confirmed’s nothing.'), [['have not confirmed:not-confirmed']]);
  assert.deepEqual(hedges('The vote was simple and decisive.'), [[]]);
});

test('every phrase is found where its words stand (the expression runs only where one can match)', () => {
  const cases: Array<[string, string]> = [
    ['It is believed the deal collapsed.', 'It is believed'],
    ['The minister was said to be furious.', 'was said to'],
    ['The pair were reported to have met.', 'were reported to'],
    ['The claims could not be independently verified.', 'could not be independently verified'],
    ['Reporters could not confirm the figure.', 'could not confirm'],
    ['The ministry has not yet publicly confirmed the figure.', 'has not yet publicly confirmed'],
    ['The agency did not corroborate the account.', 'did not corroborate'],
    ['The club has yet to comment on the report.', 'has yet to comment'],
    ['A spokesman declined to confirm the figure.', 'declined to confirm'],
    ['There was no independent verification of the figure.', 'no independent verification'],
    ['The figure was not immediately verifiable.', 'was not immediately verifiable'],
    ['The deal had not been independently confirmed.', 'not been independently confirmed'],
    ['Troops moved in, according to unconfirmed reports.', 'according to unconfirmed reports'],
    ['In all likelihood the vote will pass.', 'In all likelihood'],
    ['The vote may or may not pass.', 'may or may not'],
    ['Whether or not the vote passes, taxes will rise.', 'Whether or not'],
    ['It is not yet clear who won.', 'It is not yet clear'],
    ['The cause remains unclear.', 'remains unclear'],
    ['It remains to be seen how voters react.', 'remains to be seen'],
    ['The date is yet to be determined.', 'yet to be determined'],
    ['There is no evidence of fraud.', 'no evidence'],
    // the word before the phrase word ends a longer token, as \b reads it
    ['The long-was said to be lost.', 'was said to'],
  ];
  for (const [text, phrase] of cases) assert.ok(hedges(text)[0].some((h) => h.startsWith(`${phrase}:`)), `${text} → ${hedges(text)[0]}`);
  // the same words elsewhere are no phrase
  // (the "may" is what he said: his hedge, marked (q), though "He" has no one before it to stand for)
  assert.deepEqual(hedges('He said the vote may pass. The evidence was thin, he said.'), [['may:epistemic(q)'], []]);
});

test('a phrase hedge keeps its words from counting again, in a sentence with few hedges or many', () => {
  const many = 'Prices may rise, might fall, could stall, would likely slip, possibly soar, perhaps dip, probably hold and apparently wobble';
  for (const lead of ['The singer', many + ', and the singer']) {
    const found = hedges(`${lead} is said to be furious and the deal is believed to be off.`)[0];
    assert.ok(found.includes('is said to:reported') && found.includes('is believed to:reported'), found.join(' '));
    assert.ok(!found.includes('said:reported') && !found.some((h) => h.startsWith('believed:')), found.join(' '));
  }
  // (the long one's ten hedges pass the number compared one by one before "said" and "believed" are met)
  assert.equal(hedges(`${many}, and the singer is said to be furious and the deal is believed to be off.`)[0].length, 10);
});

test('"has been unable to independently confirm" is the outlet saying a claim is unverified, not a report it makes', () => {
  const text = 'Activists say the death toll has reached at least 7,002. The Associated Press has been unable to independently confirm the latest figures.';
  assert.deepEqual(hedges(text), [[], ['unable to independently confirm:unverified']]);
  const m = analyze(text);
  // (the outlet reports nothing, so no secondhand source; the claim it points back to is unconfirmed)
  assert.deepEqual(m.statements[1].attributions, []);
  assert.equal(m.statements[0].status, 'unconfirmed');
  assert.equal(m.statements[0].notConfirmedBy, 1);
  assert.deepEqual(hedges('The BBC was not able to verify the video.'), [['not able to verify:unverified']]);
});
