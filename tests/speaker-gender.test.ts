// Who "he" and "she" stand for when the article has said who is a man or a woman (a title, a word
// such as "spokeswoman", the pronouns already resolved), and how a title tells namesakes apart
// ("Mrs Howard" is not "Mr Howard"). Also the names that titles, bodies and places qualify
// ("Federal Reserve chairman Alan Greenspan"), on which both depend.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../server/src/analysis/analyze';
import { firstSource } from './helpers/attributions';

/** Each text's first source is the person named, with the role. */
function assertPeople(cases: Array<[string, string, string]>): void {
  for (const [text, name, role] of cases) {
    const s = firstSource(text);
    assert.deepEqual([s.name, s.type, s.role], [name, 'person', role], text);
  }
}

/** [pronoun or mention, resolved source name] for every attribution, in order. */
function speakers(text: string): Array<[string, string]> {
  const m = analyze(text);
  return m.statements.flatMap((st) => st.attributions.map((a): [string, string] => [a.mention.text, m.sources[a.source].name]));
}

test('"she" does not resolve to a man the article has called "Mr" or "he": the woman who opens the sentence, or nobody', () => {
  const text = [
    '"We asked ourselves if we should cancel," said the festival\'s director, Craig Prater.',
    '"Our premieres became fundraisers," he continued.',
    'Mr Prater\'s sentiments were echoed by another organiser.',
    '"We have been careful to be respectful," she said.',
  ].join(' ');
  const resolved = speakers(text);
  assert.equal(resolved[1][1], 'Craig Prater');
  // the organiser who echoed him speaks in the passive, and "she" is that organiser, never the man
  assert.deepEqual(resolved.at(-1), ['she', 'organiser']);
  // with nobody else who spoke, "she" stays unresolved rather than taking a man's name
  const alone = speakers('"We asked ourselves if we should cancel," said the festival\'s director, Craig Prater. "Our premieres became fundraisers," he continued. Mr Prater left early. "We have been careful to be respectful," she said.');
  assert.deepEqual(alone.at(-1), ['she', 'she']);
  const greer = 'Mr Lush said the odds had shortened. Feminist icon Germaine Greer quit the show over what she called "bullying" tactics.';
  assert.deepEqual(speakers(greer).at(-1), ['she', 'Germaine Greer']);
});

test('a title outweighs pronouns resolved by guess, and a possessor\'s title is not the holder\'s', () => {
  // ("Ms Jowell's deputy" is the deputy, whatever Ms Jowell is)
  const caborn = 'Tessa Jowell announced the plan. Ms Jowell\'s deputy, Richard Caborn, said the approach was cautious. "Limiting the number is a cautious move," he said.';
  assert.equal(speakers(caborn).at(-1)![1], 'Richard Caborn');
  // five "he"s wrongly resolved to her do not stop "Ms Rellie" being her
  const rellie = [
    'Jemima Rellie said the site would change.',
    'He said it would help. He said it was needed. He said it would be quick. He said it was cheap. He said it was overdue.',
    'Ms Rellie said the Tate was committed.',
  ].join(' ');
  assert.equal(speakers(rellie).at(-1)![1], 'Jemima Rellie');
});

test('a title the known sex rules out makes a namesake: "Mrs Howard" after "Mr Howard"', () => {
  const text = 'Tory leader Michael Howard said the tax would go. Mr Howard said it twice. Mrs Howard said she often criticised her husband.';
  const resolved = speakers(text);
  assert.equal(resolved[1][1], 'Michael Howard');
  assert.notEqual(resolved[2][1], 'Michael Howard');
  // (and "Mr Howard" again is him, not her)
  assert.equal(speakers(`${text} Mr Howard said he agreed.`).at(-1)![1], 'Michael Howard');
});

test('a body, place or possessor before a title is part of the role, and the name after it is the person', () => {
  const cases: Array<[string, string, string]> = [
    ['Federal Reserve chairman Alan Greenspan said rates would rise.', 'Alan Greenspan', 'Federal Reserve chairman'],
    ['However, BoE governor Mervyn King warned that rates may rise.', 'Mervyn King', 'BoE governor'],
    ['Home Office minister Hazel Blears said it was wrong.', 'Hazel Blears', 'Home Office minister'],
    ["Labour's Mr Livingstone said he would not apologise.", 'Livingstone', "Labour's Mr"],
    ["Kashyap's lawyer Mihir Desai said the case was weak.", 'Mihir Desai', "Kashyap's lawyer"],
  ];
  assertPeople(cases);
  // (a describing word in lower case is the role's, not the name's; the mention keeps it)
  const trump = firstSource('Real estate mogul and reality television star Donald Trump said no.');
  assert.deepEqual([trump.name, trump.role], ['Donald Trump', 'star']);
  const carson = analyze('But retired neurosurgeon Ben Carson said the plan was bad.').statements[0].attributions[0].mention.text;
  assert.equal(carson, 'retired neurosurgeon Ben Carson');
  // (a surname that is a title word stays the name's: "Carole King")
  assert.equal(firstSource('Carole King said the tour was over.').name, 'Carole King');
  // a title word heading a body's name is part of it
  assert.deepEqual([firstSource('The Police Federation said it opposed the plan.').name, firstSource('The Police Federation said it opposed the plan.').type], ['Police Federation', 'organization']);
  assert.deepEqual([firstSource('General Motors has warned that earnings will fall.').name, firstSource('General Motors has warned that earnings will fall.').type], ['General Motors', 'organization']);
  assert.equal(firstSource('The Commerce Department said the deficit grew.').name, 'Commerce Department');
});

test('titles with their bodies and places: the role runs to the name, and a role with no name stays a role', () => {
  const cases: Array<[string, string, string]> = [
    ['Jamaat Assistant Secretary General AHM Hamidur Rahman Azad said it.', 'AHM Hamidur Rahman Azad', 'Jamaat Assistant Secretary General'],
    ['President of Ghana Nana Akufo-Addo said it.', 'Nana Akufo-Addo', 'President of Ghana'],
    ['Bank of England Governor Mervyn King said it.', 'Mervyn King', 'Bank of England Governor'],
    ['Suffolk Chief Constable Alastair McWhirter said it.', 'Alastair McWhirter', 'Suffolk Chief Constable'],
    ['Officer-in-Charge of Jhenaigati Police Station Kamrul Islam said it.', 'Kamrul Islam', 'Officer-in-Charge of Jhenaigati Police Station'],
    ['Liberal Democrat spokesman Norman Baker said it.', 'Norman Baker', 'Liberal Democrat spokesman'],
  ];
  assertPeople(cases);
  // ("John Major": a first name before a title word is no body)
  assert.equal(firstSource('John Major said it.').name, 'John Major');
  // (a role and its body, nobody named; words for a role are no name)
  assert.equal(firstSource('Managing Director of Novo Tours said it.').mentions[0].text, 'Managing Director of Novo Tours');
  assert.notEqual(firstSource('Managing Director of Novo Tours said it.').name, 'of Novo Tours');
  assert.notEqual(firstSource('Environment Adviser Staff Correspondent said it.').name, 'Staff Correspondent');
  // (a body the aside names after "to" is not the speaker)
  const hasan = firstSource('Syeda Rizwana Hasan, Adviser to the Ministry of Environment, Forest and Climate Change and the Ministry of Water Resources, has said that all will change.');
  assert.deepEqual([hasan.name, hasan.type], ['Syeda Rizwana Hasan', 'person']);
  assert.equal(firstSource('EADS and BAE Systems, the European defence firms which own Airbus, welcomed the announcement.').type, 'organization');
});

test('the writer\'s "I" is no one a later "he" or "she" stands for, and a negated auxiliary ends the subject before it', () => {
  const text = 'Robert Kilroy Silk left the party. I met him once. He made it clear that only control would satisfy him.';
  assert.deepEqual(speakers(text).filter(([m]) => m === 'He'), [['He', 'Robert Kilroy Silk']]);
  assert.deepEqual(speakers('Weaver didn’t seem impressed with the comments, telling reporters that he would stay.')[0], ['Weaver', 'Weaver']);
});

test('an "I" or "we" inside a quote that runs on to the next paragraph is the speaker\'s, not the writer\'s', () => {
  const text = 'Rick Parry spoke on Monday. He said: "I have been against it, but I think the size of the Arsenal deal is a real eye-opener.\n\n"I would say in the past deals have been done far too cheaply.';
  assert.deepEqual(speakers(text), [['He', 'Rick Parry'], ['He', 'Rick Parry']]);
});

test('a person named inside a closed quote is not whom the "he" of its cue means', () => {
  assert.deepEqual(speakers('"Barack Obama without that surge is John Kerry," he said.'), [['he', 'he']]);
  // (a name outside the quote still is)
  assert.deepEqual(speakers('Karl Rove spoke on Monday. "Barack Obama without that surge is John Kerry," he said.'), [['he', 'Karl Rove']]);
});

test('a speaker the article has called "he" gives way, for a "she", to a person who opened a sentence since; never to one only named as an object', () => {
  const text = [
    'Dr Carl Gavin thinks the game satisfies teachers.',
    '"It is not about giving children free rein," he said.',
    'Professor Angela MacFarlane, based at Bristol University, has spent years researching games in classrooms.',
    'Schools have eschewed mainstream games, she found in her research.',
  ].join(' ');
  assert.deepEqual(speakers(text).slice(-1), [['she', 'Angela MacFarlane']]);
  // (a name in the object, "the interview with Jane Smith", is not the sentence's subject: the speaker stays)
  const object = 'Dr Carl Gavin thinks the game satisfies teachers. "It is not about giving children free rein," he said. The interview with Jane Smith was made before the vote. Schools have eschewed games, she said.';
  assert.deepEqual(speakers(object).slice(-1), [['she', 'Carl Gavin']]);
  // (with nothing said of the speaker's sex, the subject of the sentence just before, named since the
  // speaker spoke, is whom the pronoun continues with; a name further back or only in an object is not)
  assert.deepEqual(speakers('Dr Carl Gavin thinks the game satisfies teachers. Professor Angela MacFarlane has spent years researching games. Schools have eschewed games, she found.').slice(-1), [['she', 'Angela MacFarlane']]);
  assert.deepEqual(speakers('Dr Carl Gavin thinks the game satisfies teachers. Professor Angela MacFarlane has spent years researching games. The school was built in 1990. Schools have eschewed games, she found.').slice(-1), [['she', 'Carl Gavin']]);
});
