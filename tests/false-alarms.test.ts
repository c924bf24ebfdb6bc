// unattributed-claim on the false alarms of real pages (issue #4): a signed column, reported speech
// that runs on past ", while", a credit line. Hand-made sentences; docs/rules/unattributed-claim.md.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkText } from '../server/src/check';

const flagged = (text: string): string[] =>
  checkText(text, 'plaintext').findings.filter((f) => f.rule === 'unattributed-claim').map((f) => text.slice(f.start, f.end));

const CLAIM = 'India’s trade with its partners rose by 92% between 2021 and 2025.';

test('unattributed-claim: a column signed by its writer in its last lines is the columnist’s', () => {
  for (const note of [
    'The writer is an art critic and cultural curator.',
    '(The author is a Poet, Sociologist & Chairman of National Human Rights Society)',
    'Written by: Rahul Sen (The authors are from AUT University.)',
    'Shahnoor Wahid is Advisory Editor of Bangladesh Post',
    'Bill Thompson is a regular commentator on the BBC World Service programme Go Digital.',
    'Views expressed are the writer’s own.',
    'The Author: Maqsood Al-Kabir is a human rights consultant.',
    'Dr Ahmed Munirus Saleheen, a former senior secretary, is a tax researcher.',
    'She can be reached at fariha@example.com.',
    // hard-wrapped over lines
    'Dasha Anastasya is a bilingual\n\nauthor and interpreter in the\n\nUN Office in South Africa.',
  ]) assert.deepEqual(flagged(`${CLAIM}\n\nThat is a good start.\n\n${note}\n`), [], note);
  // a person introduced in the article's body, or far from its end, signs nothing
  assert.ok(flagged(`Rahul Sen is the editor of the Post.\n\n${CLAIM}\n\nA.\n\nB.\n\nC.\n\nD.\n`).includes(CLAIM));
  assert.ok(flagged(`${CLAIM}\n\nThe helpline can be reached at 16263.\n`).includes(CLAIM));
  assert.ok(flagged(`${CLAIM}\n\nAbdul Karim is the investigation officer of the case.\n`).includes(CLAIM));
  assert.ok(flagged(`${CLAIM}\n\nThe minister is expected in Delhi on Monday for talks with the editor of the Post, who is a friend.\n`).includes(CLAIM));
});

test('unattributed-claim: reported speech carries on past ", while" and ", but that" / ", but would"', () => {
  for (const text of [
    'The official said BNP won in 209 constituencies, while Jamaat won 68 seats.',
    'He said 4,80,74,429 voters voted yes, while 2,25,65,627 voters voted no.',
    'She said new mothers were entitled to 12 months leave, but that only six of those months were paid.',
    'David Davis said the Tories would cut £35bn, but would bring in 5,000 more police officers.',
  ]) assert.deepEqual(flagged(text), [], text);
  for (const text of [
    // a clause with a subject of its own after "but" is the writer's
    'BMW said it would produce 100,000 cars a year, but the target was quickly reached in 2002.',
    // a verb that takes an object, not a clause, reports nothing after "while"
    'The firm announced a plan costing $5m, while its shares fell 3% in 2024.',
  ]) assert.equal(flagged(text).length, 1, text);
});

test('unattributed-claim: raising concerns, doubts or questions about something is a stance voiced', () => {
  assert.deepEqual(flagged('At the same time, the report raised concerns about online misinformation affecting 40% of users in 2024.'), []);
  assert.deepEqual(flagged('The regulator is raising doubts that the firm can repay its $5m loan by 2026.'), []);
  // what a thing caused among people, and a deed, are the writer's
  assert.equal(flagged('Her comments raised concerns among investors after shares fell 5% in 2024.').length, 1);
  assert.equal(flagged('The firm raised prices by 5% in 2024.').length, 1);
});

test('unattributed-claim: a caption closed by its credit line is page furniture', () => {
  assert.deepEqual(flagged('The National Procurators’ Meeting in 2026. Source: The Supreme People’s Procuratorate of the Republic of China.'), []);
  assert.deepEqual(flagged('Exports rose 12% in 2025. Courtesy: The Guardian'), []);
  // (or opened by its label)
  assert.deepEqual(flagged('Caption: Professor Jalal Ahmed speaks at the Mahfil held at Kagtia Darbar Sharif in 2025.'), []);
  assert.equal(flagged('The caption: Professor Jalal Ahmed spoke at the Mahfil held in 2025.').length, 1);
  // the word in running prose is no credit
  assert.equal(flagged('The main source of the 12% rise in 2025 was exports to India.').length, 1);
});

test('unattributed-claim: ruling something out is a stance voiced; being ruled out is not', () => {
  assert.deepEqual(flagged('The government has ruled out raising the state pension age to 70.'), []);
  assert.deepEqual(flagged('Microsoft has not ruled out charging people $10 for the toolkit.'), []);
  for (const text of [
    'Ireland captain Brian O’Driscoll has been ruled out of Saturday’s clash against Scotland.',
    'Cueto’s first-half effort was ruled out for offside in the 2-1 defeat.',
    'With Gareth Thomas ruled out of the rest of the campaign, Williams is vying for his first start.',
  ]) assert.equal(flagged(text).length, 1, text);
  // an outlet ruling something out is its own decision, not reporting to rest on
  const text = 'The BBC has not ruled out offering the service to 5 million viewers overseas.';
  assert.deepEqual(checkText(text, 'plaintext').findings.filter((f) => f.rule === 'secondhand-source'), []);
});

test('unattributed-claim: a schedule’s clock time is no figure', () => {
  assert.deepEqual(flagged('The rally will be held on Monday at 4:30 pm at the north gate.'), []);
  assert.deepEqual(flagged('He is also scheduled to meet the convener at his residence around 8pm.'), []);
  // a figure or a sum besides the time stays a claim
  assert.equal(flagged('The rally of 5,000 people will be held on Monday at 4:30 pm.').length, 1);
  assert.equal(flagged('The Tk 50 crore project is scheduled to open at 11am on Saturday.').length, 1);
});

test('unattributed-claim: an organisation’s “it” reports with verbs of speech and stance, not in the passive', () => {
  for (const text of [
    'It claimed that more than 300 publishers have already pulled out of the 2026 fair.',
    'In August it had warned of annual losses of £6m.',
    'It estimated the wave left physical damage equal to 6.5% of the economy.',
    'It also expressed concern that, for the 10th year, the court had qualified the accounts.',
    'Tehran says it is open to talks, but it has ruled out linking them to its 3 missile programmes.',
  ]) assert.deepEqual(flagged(text), [], text);
  assert.equal(flagged('In the US is it expected to cost $250 (£133).').length, 1);
  assert.equal(flagged('It is expected to cost $250 in the US.').length, 1);
  // inside what someone told an outlet, "it" is the speaker, not the outlet
  const told = 'Lloyds of London told the Financial Times it expected its exposure to be limited to 300 million euros.';
  assert.deepEqual(checkText(told, 'plaintext').findings.filter((f) => f.rule === 'secondhand-source').length, 1);
});

test('unattributed-claim: the next figures of a paragraph an "according to" opens rest on it, until the paragraph, a new source or a turn ends the run', () => {
  const lead = 'According to unofficial results, BNP secured 209 of the 297 declared seats.';
  assert.deepEqual(flagged(`${lead} Jamaat-e-Islami won 68 seats. The NCP secured six seats.`), []);
  // (three sentences on, in the next paragraph, after a turn, or after an unnamed source: the reporter's again)
  assert.deepEqual(flagged(`${lead} Jamaat won 68 seats. The NCP secured six. Turnout was 60% in 2026.`), ['Turnout was 60% in 2026.']);
  assert.deepEqual(flagged(`${lead}\nJamaat-e-Islami won 68 seats.`), ['Jamaat-e-Islami won 68 seats.']);
  assert.deepEqual(flagged(`${lead} Earlier, the party won 30 seats in 2008.`), ['Earlier, the party won 30 seats in 2008.']);
  assert.deepEqual(flagged('According to sources, BNP secured 209 seats. Jamaat-e-Islami won 68 seats.'), ['Jamaat-e-Islami won 68 seats.']);
  // ("according to whether …" is a criterion, not a source)
  assert.deepEqual(flagged('Cases are listed according to whether they were tried. Jamaat-e-Islami won 68 seats in 2008.'), ['Jamaat-e-Islami won 68 seats in 2008.']);
});

test('unattributed-claim: a body\'s own figure right after its report is more of the report; a person\'s is the writer\'s', () => {
  const own = 'Its mail order division saw sales rise 13.4% in 2004.';
  assert.deepEqual(flagged(`Overall sales were up 12.4%, Tesco said. ${own}`), []);
  // (the report may close the paragraph before: "…, according to the latest survey from the ISM. ¶ Its index …")
  assert.deepEqual(flagged(`Overall sales were up 12.4%, Tesco said.\n\n${own}`), []);
  // (after a heading, or after a person's words, it is the writer's again)
  assert.deepEqual(flagged(`Overall sales were up 12.4%, Tesco said.\n\nResults by division\n\n${own}`), [own]);
  assert.deepEqual(flagged(`"We did well," Simon Wolfson said. His mail order division saw sales rise 13.4% in 2004.`), ['His mail order division saw sales rise 13.4% in 2004.']);
  assert.deepEqual(flagged(`"We did well," Simon Wolfson said. ${own}`), [own]);
});

test('unattributed-claim: praise or blame in a superlative is the writer’s judgement; a superlative a record could settle is a claim', () => {
  assert.deepEqual(flagged('It was also one of the most bizarre photo opportunities of recent years.'), []);
  assert.deepEqual(flagged('Johnny Depp is celebrated as one of Hollywood\'s most maverick talents.'), []);
  assert.deepEqual(flagged('The most striking thing about many of the pieces was their sheer size.'), []);
  assert.equal(flagged('Ireland has been the most successful country in the show\'s history with seven victories, followed by the UK, France and Luxembourg with five each.').length, 1);
  assert.equal(flagged('Cuba has suffered its most shocking power cuts since 1990.').length, 1);
  // (and a ranking the writer offers as a judgement, or an aside the writer concedes; with a figure or a date still a claim)
  assert.deepEqual(flagged('The academic William Davies has provided perhaps the most succinct definition of the term.'), []);
  assert.deepEqual(flagged('Of course, many opponents are politically motivated, with views ranging from prejudice to concern over the government’s record.'), []);
  assert.equal(flagged('Paula Radcliffe faces arguably the biggest test of her career in the New York City Marathon on Sunday.').length, 1);
  assert.equal(flagged('Of course, the bill was passed in 2003 with a majority of 40.').length, 1);
});

test('unattributed-claim: a document that reports its figures, with what qualifies it, sources them', () => {
  for (const text of [
    // an aside on the document, between commas or dashes
    'An Associated Press survey of superdelegates, who are influential in picking the nominee, found that 449 back Clinton.',
    'Figures from industry monitor, the Mobile Data Association (MDA), show the number of phones has doubled to 2 million.',
    'But the figures - revised after an audit which led to the sacking of the chief - showed revenue was about 4% higher.',
    // a possessive before it, a season between it and its verb, a document read in lower case
    "The group's quarterly survey of companies found exports had picked up in the last three months of 2004.",
    'A Mori poll this summer suggested 40% of people were less satisfied.',
    'The latest statistics on how many words people use on search engines show that they use 2.2 terms.',
    // closing the sentence, with what qualifies it
    'Pate gave $100,000 to Rubio’s campaign, Federal Election Commission records compiled by the Center for Responsive Politics show.',
    'The plan needs 20 of the 30 provinces to double their share, a February report by government think-tank NITI Aayog showed.',
    'A quarter of UK adults has had their ID stolen, a recent report by Which? magazine found.',
    // its finding goes on past ", while" and ", compared with"
    'Figures from the Commerce Department showed exports down 2.3% to $95.6bn, while imports grew 1.3% to $155.8bn.',
    'Figures showed that Asians were 1.9 times more likely to be stopped, compared with 1.7 times in the previous year.',
  ]) assert.deepEqual(flagged(text), [], text);
  // (a broadcaster's show is no document that shows: its own verb follows)
  assert.equal(flagged('The Fox show proved a ratings flop, drawing 2 million viewers.').length, 1);
});

test('unattributed-claim: a clause of its own before ", and" or ", but" and a source is the writer’s, not the source’s frame', () => {
  const text = "Venezuela's oil sector grew by 16 percent in 2025, and private sector projections point to growth of 30 percent this year.";
  assert.deepEqual(flagged(text), [text]);
  assert.match(checkText(text, 'plaintext').findings.find((f) => f.rule === 'unattributed-claim')!.message, /16 percent/);
  // (the source's own clause, or a subordinate one it opens with, stays framed)
  assert.deepEqual(flagged('On Friday, the minister announced that 16 people had died in 2025.'), []);
  assert.deepEqual(flagged('After the vote in 2025, the minister said 16 people had died.'), []);
});

test('unattributed-claim: a note or tone a speaker strikes before a participle of speech is the speech act, and theirs', () => {
  const text = 'BNP Secretary General Mirza Fakhrul Islam Alamgir struck a sober note on Friday, warning that reviving the economy will be the foremost challenge.';
  assert.deepEqual(flagged(text), []);
  const m = checkText(text, 'plaintext').model;
  assert.deepEqual(m.statements[0].attributions.map((a) => m.sources[a.source].name), ['Mirza Fakhrul Islam Alamgir']);
  // (a deed before the participle is still the writer's: "raised tariffs to 50 percent, accusing …")
  assert.deepEqual(flagged('Trump raised tariffs on Indian goods to 50 percent on Friday, accusing India of buying Russian oil.').length, 1);
});

test('unattributed-claim: a study’s figures it found, a body dated by its year, a document in a subordinate clause report', () => {
  // (what a study "found" is a finding, figures included: not "Police found 31 bodies")
  assert.deepEqual(flagged('A 2014 study by Loyola Law School professor Justin Levitt found 31 incidents of voter impersonation.'), []);
  assert.equal(flagged('Police found 31 bodies in the house.').length, 1);
  assert.equal(flagged('But they failed to make them count until Joe Shaw found Dave Walder, who scored twice in 2004.').length, 1);
  // ("in 2001" between the body and its verb, as "in June" is)
  assert.deepEqual(flagged('An arbitration panel in 2001 found the United States was in breach of the 1994 agreement.'), []);
  // (the document's report is its subordinate clause; the main clause stays the writer's)
  const text = 'The gap has taken on new urgency after leaked documents from his 1995 tax return show he took a $916 million loss.';
  const m = checkText(text, 'plaintext').model;
  assert.deepEqual(m.statements[0].attributions.map((a) => [a.mention.text, a.cue.text, text.slice(a.content!.start, a.content!.end)]), [['leaked documents from his 1995 tax return', 'show', 'he took a $916 million loss']]);
  // (a slide or a graph shows what it shows, as a report does; a music chart is no document: "the chart show")
  assert.deepEqual(flagged('Another slide shows that eight of 10 avocados consumed in the United States are grown in Mexico.'), []);
  // (not across the comma after it: "after the release of documents by the US authorities, the prosecutor's office said")
  const other = checkText('After the release of documents by the US authorities, the prosecutor’s office said it would re-examine the case.', 'plaintext').model;
  assert.deepEqual(other.statements[0].attributions.map((a) => other.sources[a.source].name), ['prosecutor’s office']);
});

test('unattributed-claim: a vague group’s participle sources only what it says; a phrase over a finite verb is no inverted source', () => {
  const protests = 'Supporters of BNP candidates staged protests and blocked roads in Pirgachha on Saturday, demanding a recount of votes.';
  assert.deepEqual(flagged(protests), [protests]);
  // (what the participle says stays the group's, and so does the speech act or mood it follows)
  assert.deepEqual(flagged('Residents gathered outside, claiming 500 homes were damaged.'), []);
  assert.deepEqual(flagged('Other analysts were less optimistic, predicting consumers would be 20% less likely to sign up.'), []);
  const m = checkText('Just shy of half, 49%, say the sharing economy is an improvement.', 'plaintext').model;
  assert.ok(!m.statements.flatMap((st) => st.attributions).some((a) => a.mention.text.includes('economy')));
});
