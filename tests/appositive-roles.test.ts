// A person's role given in apposition ("Mohammad Shahjahan, deputy inspector general of Rajshahi
// Range police, told …"), which the hover shows and later mentions by role ("the BNP chairman")
// resolve through; and a role with "a" before it, which names someone new.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../server/src/analysis/analyze';
import { appositiveRole } from '../server/src/analysis/name-types';

/** Each attribution's source as "name | role". */
const sourcesOf = (text: string): string[] => {
  const m = analyze(text);
  return m.statements.flatMap((st) => st.attributions.map((a) => `${m.sources[a.source].name} | ${m.sources[a.source].role ?? ''}`));
};

test('a role in apposition is the person’s role', () => {
  assert.deepEqual(sourcesOf('Mohammad Shahjahan, deputy inspector general of Rajshahi Range police, told New Age that the bombs were crude.'), ['Mohammad Shahjahan | deputy inspector general of Rajshahi Range police']);
  assert.deepEqual(sourcesOf('James Wareham, a lawyer representing one of the directors, told Reuters the deal was done.'), ['James Wareham | lawyer representing one of the directors']);
  assert.deepEqual(sourcesOf('Dr Kamal Hossain, the party’s president, said the vote was fair.'), ['Kamal Hossain | the party’s president']);
  // (it says more than a courtesy or academic title)
  assert.deepEqual(sourcesOf('Professor Ali Riaz, Special Assistant to the Chief Adviser, has said that the citizens have spoken.'), ['Ali Riaz | Special Assistant to the Chief Adviser']);
  // (a title before the name still comes first)
  assert.deepEqual(sourcesOf('Foreign Minister Touhid Hossain, a career diplomat, said talks would resume.'), ['Touhid Hossain | Foreign Minister']);
});

test('an aside that is no role gives none: an age, a place, a description, a relative clause, a name', () => {
  assert.equal(appositiveRole('Brianne Stone, 29, of Huntsville', 'Brianne Stone'), undefined);
  assert.equal(appositiveRole('Ellen Simonetti, known as Queen of the Sky', 'Ellen Simonetti'), undefined);
  assert.equal(appositiveRole('Doubleclick, one of the leading providers of online advertising', 'Doubleclick'), undefined);
  assert.equal(appositiveRole('A spokesman for DLF Builders, Dr Vancheshwar', 'DLF Builders'), undefined);
  assert.equal(appositiveRole('Ms Robinson, a friend of the Tory leader', 'Robinson'), undefined);
  // (it ends where the aside goes on to say something: "who won", "after winning")
  assert.equal(appositiveRole('Akhtar Hossain, NCP candidate who won Rangpur-4 seat', 'Akhtar Hossain'), 'NCP candidate');
  assert.equal(appositiveRole('Kamal Nath, Commerce and Industry Minister', 'Kamal Nath'), 'Commerce and Industry Minister');
});

test('a later mention by the role resolves to the person named with it', () => {
  const text = 'Tarique Rahman, chairman of the Bangladesh Nationalist Party (BNP), said on Sunday that the vote was fair. “From today, everyone is free,” the BNP chairman said.';
  assert.deepEqual(sourcesOf(text).slice(-1), ['Tarique Rahman | chairman of the Bangladesh Nationalist Party (BNP)']);
  // (the role's complement is not the role: "a friend of the Tory leader" is no Tory leader)
  const friend = 'Tory leader Michael Howard spoke. Anne Robinson, a presenter and friend of the Tory leader, said he was kind. The Tory leader said he was proud.';
  assert.deepEqual(sourcesOf(friend).slice(-1), ['Michael Howard | Tory leader']);
});

test('"a spokesman" is someone new, not the spokesman named before', () => {
  const text = 'Menzies Campbell, the Liberal Democrats’ foreign affairs spokesman, said it was vital. But a Foreign Office spokesman said he could not comment.';
  assert.deepEqual(sourcesOf(text), ['Menzies Campbell | Liberal Democrats’ foreign affairs spokesman', 'Foreign Office spokesman | ']);
  // ("the spokesman" still is)
  assert.deepEqual(sourcesOf('Menzies Campbell, the party’s foreign affairs spokesman, said it was vital. The spokesman added that talks would go on.').slice(-1), ['Menzies Campbell | the party’s foreign affairs spokesman']);
});

test('a title and body after a name and a comma, the aside left unclosed, are that person’s: "Dr Kirsten Hackenbroch, Director Goethe-Institut Bangladesh said"', () => {
  assert.deepEqual(sourcesOf('In her welcoming speech, Dr Kirsten Hackenbroch, Director Goethe-Institut Bangladesh said that the exhibition is here.'), ['Kirsten Hackenbroch | Director Goethe-Institut Bangladesh']);
  assert.deepEqual(sourcesOf('Colin Asplin, Blackpool Hotel Association said: "We have tried very hard."').map((s) => s.split(' | ')[0]), ['Colin Asplin']);
  // (not a group before the comma: "Another aspirant, Advocate …" is the advocate)
  assert.deepEqual(sourcesOf('Another aspirant, Advocate Nure Alam Siddiqui Sohag, Joint Convener of the BNP’s Dhaka unit, has officially announced his candidacy.').map((s) => s.split(' | ')[0]), ['Nure Alam Siddiqui Sohag']);
  // (a place before the comma is no person: "In Dhaka, Foreign Minister Touhid Hossain said")
  assert.deepEqual(sourcesOf('In Dhaka, Foreign Minister Touhid Hossain said talks would resume.'), ['Touhid Hossain | Foreign Minister']);
});

test('a corps, a brigade, a school or an academy is a body', () => {
  const m = analyze('Iran’s Islamic Revolutionary Guard Corps has warned that any strike would be met with retaliation.');
  assert.equal(m.sources[m.statements[0].attributions[0].source].type, 'organization');
  // ("Professor Heike Selmer of the Berlin Weissensee School of Art said": the professor, not the school)
  assert.deepEqual(sourcesOf('Professor Heike Selmer of the Berlin Weissensee School of Art said the exchange was vital.'), ['Heike Selmer | Professor']);
});

test('a capitalised modifier and two capitals before a describing word are the role: "Former All Black star Jonah Lomu"', () => {
  assert.deepEqual(sourcesOf('Former All Black star Jonah Lomu says he cannot wait to play.'), ['Jonah Lomu | Former All Black star']);
  assert.deepEqual(sourcesOf('The Aviator star Leonardo DiCaprio said the welcome was loud.'), ['Leonardo DiCaprio | Aviator star']);
  assert.deepEqual(sourcesOf('Hollywood star Tom Cruise said he was happy.'), ['Tom Cruise | Hollywood star']);
});

test('"Sheikh" is part of a Bangladeshi name, not a title: "Prime Minister Sheikh Hasina", "Cabinet Secretary Sheikh Abdur Rashid"', () => {
  assert.deepEqual(sourcesOf('Prime Minister Sheikh Hasina said her visit was a success.'), ['Sheikh Hasina | Prime Minister']);
  assert.deepEqual(sourcesOf('Cabinet Secretary Sheikh Abdur Rashid told reporters the ceremony was ready.'), ['Sheikh Abdur Rashid | Cabinet Secretary']);
  assert.deepEqual(sourcesOf('Father of the Nation Bangabandhu Sheikh Mujibur Rahman declared independence.'), ['Sheikh Mujibur Rahman | Father of the Nation Bangabandhu']);
});

test('a capitalised role after "the" is the person who holds it: "the West Bengal Chief Minister", "The Press Secretary"', () => {
  const text = 'West Bengal Chief Minister Mamata Banerjee has said she is happy. In a post on X on Friday, the West Bengal Chief Minister wrote, “My hearty congratulations.”';
  assert.deepEqual(sourcesOf(text), ['Mamata Banerjee | West Bengal Chief Minister', 'Mamata Banerjee | West Bengal Chief Minister']);
  const press = 'Chief Adviser’s Press Secretary Shafiqul Alam said the oath would be on Tuesday. The Press Secretary said the guests were invited.';
  assert.deepEqual(sourcesOf(press).map((s) => s.split(' | ')[0]), ['Shafiqul Alam', 'Shafiqul Alam']);
});

test('South Asian police copy: a title and its bracketed abbreviation, the same officer by a shorter name, "the OC" for the officer-in-charge named after his role', () => {
  const text = [
    'Additional Superintendent of Police (ASP) NM Wasim Firoz said police have identified the two victims.',
    'The explosion occurred around 5am at the house, said Officer-in-Charge of Chapainawabganj Sadar Police Station, Nur-e-Alam.',
    'The condition of two of the injured was stated to be critical, said ASP Wasim Firoz.',
    'However, no one was arrested in this connection, the OC said.',
    'He added that a bomb disposal unit arrived from Rajshahi in the afternoon.',
  ].join(' ');
  const m = analyze(text);
  const who = m.statements.map((st) => {
    const s = m.sources[st.attributions[0].source];
    return [s.name, s.role ?? ''];
  });
  assert.deepEqual(who, [
    ['NM Wasim Firoz', 'Additional Superintendent of Police (ASP)'],
    ['Nur-e-Alam', 'Officer-in-Charge of Chapainawabganj Sadar Police Station'],
    ['NM Wasim Firoz', 'Additional Superintendent of Police (ASP)'],
    ['Nur-e-Alam', 'Officer-in-Charge of Chapainawabganj Sadar Police Station'],
    ['Nur-e-Alam', 'Officer-in-Charge of Chapainawabganj Sadar Police Station'],
  ]);
  // (a title in lower case after the body's abbreviation: the person still, not one body's name)
  const spokesperson = analyze('Dhaka Metropolitan Police (DMP) spokesperson Faruk Hossain said 20 people were held.');
  const s = spokesperson.sources[spokesperson.statements[0].attributions[0].source];
  assert.deepEqual([s.name, s.type, s.role], ['Faruk Hossain', 'person', 'Dhaka Metropolitan Police (DMP) spokesperson']);
});

test('a full name and the same name with a first name or initials before it are one person ("Simon Le Bon" … "Le Bon"); not a body\'s abbreviation before a title, nor words that are no name', () => {
  const names = (text: string): string[] => {
    const m = analyze(text);
    return m.statements.flatMap((st) => st.attributions.map((a) => m.sources[a.source].name));
  };
  assert.deepEqual(names('Simon Le Bon said the band would tour. Le Bon also said a new album was ready.'), ['Simon Le Bon', 'Simon Le Bon']);
  assert.deepEqual(names('Md. Sohel Rana said it was so. Sohel Rana added that the plan had failed.'), ['Sohel Rana', 'Sohel Rana']);
  assert.deepEqual(roleOfFirst('Bangladesh Nationalist Party (BNP) Chairman Tarique Rahman said the party would win.'), ['Tarique Rahman', 'person']);
  // ("Actors Pran Roy" is a misread name, not Pran Roy with a first name)
  assert.deepEqual(new Set(names('Actors Pran Roy and others stated that the film was a success. Pran Roy said the cast had worked hard.')).size, 2);
});

/** The first source's name and type. */
function roleOfFirst(text: string): string[] {
  const m = analyze(text);
  const s = m.sources[m.statements[0].attributions[0].source];
  return [s.name, s.type];
}

test('a body\'s possessive or a party before a full name is the role ("Manchester United\'s Alex Ferguson", "Lib Dem Norman Baker"); the name alone types it ("Pearson\'s Financial Times" is an outlet); not a day\'s or a contraction', () => {
  assert.deepEqual(sourcesOf('Manchester United\'s Alex Ferguson said the club would appeal.'), ['Alex Ferguson | Manchester United']);
  assert.deepEqual(sourcesOf('Deutsche Bank\'s Simon Champion says rates will rise.'), ['Simon Champion | Deutsche Bank']);
  assert.deepEqual(sourcesOf('Lib Dem Norman Baker said the plan was flawed.'), ['Norman Baker | Lib Dem']);
  assert.deepEqual(sourcesOf('Jamaat Ameer Shafiqur Rahman said the party would join.'), ['Shafiqur Rahman | Jamaat Ameer']);
  assert.deepEqual(sourcesOf('Engineer Ashraf Uddin Bokul said the bridge was safe.'), ['Ashraf Uddin Bokul | Engineer']);
  assert.deepEqual(roleOfFirst('Pearson\'s Financial Times said last week it was offering redundancy to 30 reporters.'), ['Financial Times', 'media']);
  assert.deepEqual(roleOfFirst('Lord Nicholls of Birkenhead said the law was clear.'), ['Lord Nicholls of Birkenhead', 'person']);
  assert.notDeepEqual(sourcesOf('Friday\'s BBC One show promises a new series.'), ['BBC One | Friday']);
});

test('an envoy\'s country after "to" is the role\'s ("US Ambassador to Bangladesh Brent T. Christensen"); a capitalised occupation opening the sentence is the role ("Referee Graham Poll", "DJ Norman Cook"); a body named by its field is no "he" ("British Phonographic Industry")', () => {
  assert.deepEqual(sourcesOf('United States Ambassador to Bangladesh Brent T. Christensen said the visit was a success.'), ['Brent T. Christensen | United States Ambassador to Bangladesh']);
  assert.deepEqual(sourcesOf('Referee Graham Poll said he had been right.'), ['Graham Poll | Referee']);
  assert.deepEqual(sourcesOf('DJ Norman Cook said the show had been fun.'), ['Norman Cook | DJ']);
  assert.deepEqual(roleOfFirst('The British Phonographic Industry said sales rose by 10%.'), ['British Phonographic Industry', 'organization']);
});

test('a day before a role is a time ("On Sunday the chief adviser said"), not in an outlet\'s name ("the Mail on Sunday survey"); where someone is based is their role ("US-based Reza Pahlavi")', () => {
  assert.deepEqual(sourcesOf('On Sunday the chief adviser said the vote would be held.'), ['chief adviser | ']);
  assert.equal(analyze('A Mail on Sunday survey found that 40% of voters were undecided.').statements[0].attributions[0].mention.text, 'A Mail on Sunday survey');
  assert.deepEqual(sourcesOf('US-based Reza Pahlavi said the regime would fall.'), ['Reza Pahlavi | US-based']);
  // (not a nationality, which opens bodies' names as often: "English National Ballet")
  assert.deepEqual(sourcesOf('English National Ballet told BBC News that the tour would go ahead.'), ['English National Ballet | ']);
});
