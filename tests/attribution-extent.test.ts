// Where a source and a cue begin and end: the whole subject after a subordinating word ("As columnist
// Jonathan Chait noted, …"), after a form of "be" and a stance adjective ("Bolton and Gorka were
// critical of …"), an adverb after the verb that belongs to its cue ("has said repeatedly"), and verbs
// that are no cue at all here ("revenues added 4%", "oil finds, but").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { firstSource, readSpans } from './helpers/attributions';
import { analyze } from '../server/src/analysis/analyze';

/** Every attribution of a text as [source mention, cue, content]. */
const read = readSpans;

test('after a subordinating word the source is the whole subject: "As columnist Jonathan Chait noted", "after some of her followers attacked"', () => {
  assert.deepEqual(read('The ad, as columnist Jonathan Chait noted, promises a fight.')[0].slice(0, 2), ['columnist Jonathan Chait', 'noted']);
  assert.deepEqual(read('She was bullied after some of her followers attacked her Spanish.')[0].slice(0, 2), ['some of her followers', 'attacked']);
  // (an opening clause and its comma are not part of it)
  assert.deepEqual(read('After the Mason City event, several Clinton supporters said the case was good.')[0].slice(0, 2), ['several Clinton supporters', 'said']);
});

test('a stance adjective after "be" takes the whole subject: "Bolton and Gorka were both critical of …"', () => {
  assert.deepEqual(read('Bolton and Gorka were both sternly critical of the plan.'), [['Bolton and Gorka', 'were both sternly critical of', 'the plan']]);
});

test('an adverb of how or how often right after the verb belongs to the cue: "has said repeatedly", "wrote recently"', () => {
  assert.deepEqual(read('Trump has said repeatedly that he would win.'), [['Trump', 'has said repeatedly', 'that he would win']]);
  assert.deepEqual(read('She wrote recently that the plan failed.'), [['She', 'wrote recently', 'that the plan failed']]);
  // (not a time: "said Tuesday" keeps its cue)
  assert.deepEqual(read('He said Tuesday that the plan failed.')[0][1], 'said');
});

test('after "as", "after" or "since" a subject opens with a determiner or a name, else they are prepositions: "As part of …", "Since 1997 …"', () => {
  assert.deepEqual(read('As part of $3bn in contracts announced last year, Sprint will spend $1bn.'), []);
  assert.deepEqual(read('Since 1997 10 overseas posts have been closed.'), []);
});

test('a figure added and a noun before a comma report nothing: "revenues added 4%", "after a number of oil finds, but …"', () => {
  assert.deepEqual(read('Sales rose 8% while total revenues added 4% to 142bn euros.'), []);
  assert.deepEqual(read('The price rose 300% after a number of oil finds, but shares fell.'), []);
  // (but a study's finding closing a quote is one: "“…,” the study found.")
  assert.equal(read('“Prices will rise,” the study found.')[0][1], 'found');
});

test('"maintained" and "proved" report only before a clause or a quote: "Clinton maintains a lead" is no report', () => {
  assert.deepEqual(read('Clinton maintains a commanding lead over Sanders.'), []);
  assert.deepEqual(read('The primary proved the most devastating.'), []);
  assert.deepEqual(read('They maintained that the count was fair.'), [['They', 'maintained', 'that the count was fair']]);
});

test('a cue noun after a determiner and adjectives is a noun: "His introductory remarks", "numerous sexist remarks"', () => {
  assert.deepEqual(read('His introductory remarks were so subdued.'), []);
  assert.deepEqual(read('Those recent comments drew scorn.'), []);
});

test('a noun in -ent or -ist before a cue is its subject, not an adjective: "The government hopes", "The economist claims"', () => {
  assert.deepEqual(read('The government hopes to increase the number of users.').map((a) => a[1]), ['hopes']);
  assert.deepEqual(read('The economist claims that rates will rise.').map((a) => a[1]), ['claims']);
});

test('"since", "long", "all" and "both" after an auxiliary belong to the cue: "has since said", "have all attacked"', () => {
  assert.deepEqual(read('Mrs. Clinton has since said she would support it.'), [['Mrs. Clinton', 'has since said', 'she would support it']]);
  assert.deepEqual(read('Ben Carson, Ted Cruz and Rand Paul have all attacked the program.'), [['Ben Carson, Ted Cruz and Rand Paul', 'have all attacked', 'the program']]);
  assert.deepEqual(read('Both groups have long complained that nobody listens.')[0][1], 'have long complained');
});

test('a modal is never a source’s head, and "however" stands between a source and its cue: "Carter however said"', () => {
  assert.equal(read('Israel must also acknowledge the problem.').filter((a) => /must/.test(a[0])).length, 0);
  assert.deepEqual(read('Carter however said the plan failed.'), [['Carter', 'said', 'the plan failed']]);
  // (a reflexive stays with its source, as annotators mark it: "Cruz himself said")
  assert.deepEqual(read('Cruz himself said the race was close.')[0][0], 'Cruz himself');
});

test('a group and where it is or what it belongs to opens the source: "Majorities across the political spectrum favor …"', () => {
  assert.deepEqual(read('Majorities across the political spectrum favor a path to legal status.')[0].slice(0, 2), ['Majorities across the political spectrum', 'favor']);
  assert.deepEqual(read('But advocates within the scientific community cite his voting record.')[0].slice(0, 2), ['advocates within the scientific community', 'cite']);
  assert.deepEqual(read('Nearly all of the Democratic mayors of the ten largest cities in the nation have endorsed her.')[0].slice(0, 2), ['Nearly all of the Democratic mayors of the ten largest cities in the nation', 'have endorsed']);
  // (not past a verb and its object, nor a clause that opens with the preposition)
  assert.deepEqual(read('Byrne gives an account of Clinton telling one agent to leave.').map((a) => a[0]), ['Clinton']);
  assert.deepEqual(read('In Iowa voters said the race was close.')[0][0], 'Iowa voters');
});

test('coordinated subjects past a serial comma, or ending a clause that opens the sentence: "Democrats Hillary Clinton, Bernie Sanders, and Martin O’Malley offered …"', () => {
  assert.deepEqual(read('Democrats Hillary Clinton, Bernie Sanders, and Martin O’Malley said the plan was bad.')[0].slice(0, 2), ['Democrats Hillary Clinton, Bernie Sanders, and Martin O’Malley', 'said']);
  assert.deepEqual(read('On the Democratic side, Clinton and Sen. Bernie Sanders (Vt.) have said the ruling must go.')[0].slice(0, 2), ['Clinton and Sen. Bernie Sanders (Vt.)', 'have said']);
  // (a serial comma after a single phrase joins two clauses)
  assert.deepEqual(read('The bill passed the House, and Senate leaders said it was fine.')[0].slice(0, 2), ['Senate leaders', 'said']);
});

test('"Even", "Perhaps" or "But" opening the sentence stay outside the source: "Even Rendell, a stalwart Clinton supporter, said", "But Alphabet’s founders have said"', () => {
  assert.deepEqual(read('Even Rendell, a stalwart Clinton supporter, said the plan was bad.')[0].slice(0, 2), ['Rendell, a stalwart Clinton supporter', 'said']);
  assert.deepEqual(read('Perhaps young voters prefer the plan.')[0].slice(0, 2), ['young voters', 'prefer']);
  assert.deepEqual(read('But Alphabet’s founders have said that they like it.')[0].slice(0, 2), ['Alphabet’s founders', 'have said']);
});

test('a title that ends in "of" and a department is a subject: "The former secretary of state mocked …"', () => {
  assert.deepEqual(read('The former secretary of state mocked Trump for calling himself the king of debt.')[0].slice(0, 2), ['The former secretary of state', 'mocked']);
  assert.deepEqual(read('The minister of state said the talks had failed.')[0].slice(0, 2), ['The minister of state', 'said']);
});

test('a group’s possessor keeps its plural apostrophe and its title: "Sanders’ aides", "Mr. Rubio\'s supporters"', () => {
  assert.deepEqual(read('Sanders’ aides said the talks failed.'), [['Sanders’ aides', 'said', 'the talks failed']]);
  assert.deepEqual(read("Bernie Sanders' aides say it failed."), [["Bernie Sanders' aides", 'say', 'it failed']]);
  assert.deepEqual(read("Mr. Rubio's supporters said it failed."), [["Mr. Rubio's supporters", 'said', 'it failed']]);
});

test('a document runs back over its modifiers to its article: "An early tweet", "The most recent poll"', () => {
  assert.deepEqual(read('An early tweet quoted the president.'), [['An early tweet', 'quoted', 'the president']]);
  assert.deepEqual(read('The most recent poll shows Cruz has fallen.'), [['The most recent poll', 'shows', 'Cruz has fallen']]);
  // (not over a verb of speech: the poll is what "said" reports)
  assert.deepEqual(read('Trump said the poll showed it.'), [['Trump', 'said', 'the poll showed it']]);
});

test('a preposition or "Having" that opens the sentence is never the source: "By offering …", "To support …"', () => {
  assert.deepEqual(read('By offering Kasich the second spot on the ticket, Trump could win Ohio.'), []);
  assert.deepEqual(read('Having announced that he would not send me to prison, the judge left.'), []);
  assert.deepEqual(read('To support this initiative, the ministry has allocated Tk 100 crore.'), []);
  // (inside a name it stays: "Reporters Without Borders"; and Al From is a name)
  assert.deepEqual(read('The Reporters Without Borders group said that it failed.'), [['The Reporters Without Borders group', 'said', 'that it failed']]);
  assert.deepEqual(read('From said it failed.'), [['From', 'said', 'it failed']]);
});

test('a past participle after the article qualifies the subject: "the embattled senator", "the unsigned opinion"', () => {
  assert.deepEqual(read('“It is over,” the embattled senator said.'), [['the embattled senator', 'said', '“It is over,”']]);
  assert.deepEqual(read('“The court expresses no view,” the unsigned opinion said.'), [['the unsigned opinion', 'said', '“The court expresses no view,”']]);
  assert.deepEqual(read('The distressed actress told media she was being driven to the airport.')[0].slice(0, 2), ['The distressed actress', 'told']);
  // (not an -ing form, and not a verb after a name: "Mr Blair retorted voters …")
  assert.deepEqual(read('The dueling speeches offer a preview of the race.'), []);
});

test('a name that ends in "Jr." keeps it and is the source before the verb: "James B. Comey Jr. said"', () => {
  assert.deepEqual(read('“It works,” James B. Comey Jr. said.'), [['James B. Comey Jr.', 'said', '“It works,”']]);
  assert.deepEqual(read('Martin Luther King Jr. said it was time.'), [['Martin Luther King Jr.', 'said', 'it was time']]);
});

test('an organization after a possessive is a speaker when it opens the clause: "Clinton and her campaign said"', () => {
  assert.deepEqual(read('Clinton and her campaign said it was never hacked.'), [['Clinton and her campaign', 'said', 'it was never hacked']]);
  // (not inside a relative clause or after a preposition)
  assert.deepEqual(read('He has been jailed since August 2023, which his party describes as politically motivated.'), []);
  assert.ok(read('Rashid at his secretariat office said that the parties would elect leaders.').every(([who]) => who.startsWith('Rashid')));
});

test('a dateline that ends in a spaced hyphen is not part of the source: "NEW YORK - Republican presidential candidate Donald Trump said"', () => {
  assert.deepEqual(read('NEW YORK - Republican presidential candidate Donald Trump said Monday that he would win.')[0].slice(0, 2), ['Republican presidential candidate Donald Trump', 'said']);
  assert.deepEqual(read('The 47-year-old director said it failed.'), [['The 47-year-old director', 'said', 'it failed']]);
});

test('a source and cue set off by commas inside the clause take no appositive: "Mr. Obama, officials said, has become …"', () => {
  assert.deepEqual(read('Mr. Obama, officials said, has become increasingly skeptical.').map(([who, cue]) => `${who}|${cue}`), ['officials|said', 'officials|said']);
  assert.deepEqual(read('Matthew Prince, chief executive of CloudFlare, said the attack was large.')[0].slice(0, 2), ['Matthew Prince, chief executive of CloudFlare', 'said']);
});

test('"afterwards" between a source and its cue is an adverb of the cue, as "later" is, not a source', () => {
  assert.deepEqual(read('Caprice, who left in the fourth eviction, afterwards told reporters she was happy.')[0][0], 'Caprice, who left in the fourth eviction');
  assert.deepEqual(read('Caprice afterwards said she was happy.')[0].slice(0, 2), ['Caprice', 'afterwards said']);
});

test('"conveyed" a greeting or appreciation is a speech act, as "extended" one is; "conveyed the goods" is a deed', () => {
  assert.deepEqual(read('PM Modi conveyed his warm congratulations to Tarique Rahman on the victory.')[0]?.[0], 'PM Modi');
  assert.deepEqual(read('He also conveyed appreciation to Nahid Islam for his contributions.')[0]?.[0], 'He');
  assert.deepEqual(read('The company conveyed the goods to Dhaka by truck.'), []);
});

test('"played down" reports, fears or hype is a stance the subject voiced', () => {
  assert.deepEqual(read('Chelsea chief executive Peter Kenyon has played down reports that Arjen Robben will return.')[0]?.[0], 'Chelsea chief executive Peter Kenyon');
});

test('a restrictive relative clause closes the subject of a verb of speech, its head the noun before "who"', () => {
  assert.deepEqual(read('Voters who attended the rally said they were unfazed.'), [['Voters who attended the rally', 'said', 'they were unfazed']]);
  assert.deepEqual(read('Democrats in Iowa who watched the debate said they were unfazed.').map(([who, cue]) => `${who}|${cue}`), ['Democrats in Iowa who watched the debate|said']);
  // (not "that" opening a clause with its own subject, nor a cue word that is a noun, nor a stance verb)
  assert.deepEqual(read('It ended a strike that company executives said could affect earnings.').map(([who]) => who).includes('a strike that company executives'), false);
  assert.deepEqual(read('Fans who bought tickets for the original 22 February show can attend the concert.'), []);
  assert.deepEqual(read('People who had money realised that colonialism paid.').map(([who]) => who).includes('People who had money'), false);
});

test('where the speakers are is neither source nor cue; "people with knowledge of …" and a document "posted on" a site are whole sources', () => {
  assert.deepEqual(read('Officials there said the plant was closed.'), [['Officials', 'said', 'the plant was closed']]);
  assert.deepEqual(read('People with direct knowledge of the talks said the deal was near.'), [['People with direct knowledge of the talks', 'said', 'the deal was near']]);
  assert.deepEqual(read('A statement posted on the website said listings are user generated.'), [['A statement posted on the website', 'said', 'listings are user generated']]);
  // (a campaign that posts is a speaker)
  assert.deepEqual(read('The campaign posted on Facebook that it would win.').map(([who, cue]) => `${who}|${cue}`), ['The campaign|posted']);
});

test('"in the past", "at the time", "in recent days" between subject and cue are a time, not the source', () => {
  assert.deepEqual(read('Trump at the time said the wall was needed.'), [['Trump', 'said', 'the wall was needed']]);
  assert.deepEqual(read('Cruz in recent days has attacked Trump as a liberal.').map(([who]) => who), ['Cruz']);
  assert.deepEqual(read('Beck, who has in the past described Trump as a narcissist, said so.').map(([who]) => who).includes('the past'), false);
});

test('a participle after a group of people qualifies it, as "who" would: "Scientists studying the virus said" are the scientists', () => {
  const source = (text: string) => { const s = firstSource(text); return `${s.name}|${s.type}`; };
  assert.equal(source('Scientists studying the virus said it was spreading.'), 'Scientists studying the virus|vague');
  assert.equal(source('People living near the plant said the water was dirty.'), 'People living near the plant|vague');
  assert.equal(source("Experts studying the seas off Scotland's west coast have said more storms will come."), "Experts studying the seas off Scotland's west coast|vague");
  // ("including" names an example, the better name for the source)
  assert.equal(firstSource('Riots flared, newspapers including El Watan reported.').name, 'El Watan');
});

test('people who speak for someone are named with them ("Lawyers for the pair"); "Sources within the party" stay vague', () => {
  const source = (text: string) => { const s = firstSource(text); return `${s.name}|${s.type}`; };
  assert.equal(source('Lawyers for the pair denied allegations they had planted the device.'), 'Lawyers for the pair|person');
  assert.equal(source('Sources within the Conservative Party told the BBC Mr Howard had backed ID cards.'), 'Sources within the Conservative Party|vague');
  assert.equal(source('Critics of the plan said it was costly.'), 'Critics of the plan|vague');
});

test('names joined by "and" after an opening "But" are one subject, and a participle takes its clause’s whole subject', () => {
  assert.deepEqual(read('But Richards and Menendez both stressed that it was not all bad news.')[0].slice(0, 2), ['Richards and Menendez', 'both stressed']);
  assert.deepEqual(read('Trump and Ryan met on Thursday, describing the meeting as a step.')[0].slice(0, 2), ['Trump and Ryan', 'describing']);
  assert.deepEqual(read('Newcastle boss Graeme Souness has hit back, claiming the criticism was unfair.')[0].slice(0, 2), ['Newcastle boss Graeme Souness', 'claiming']);
  // (a pronoun stays as it is; and a clause joined by ", and" is no series of names)
  assert.deepEqual(read('He issued a statement describing the meeting as a step.')[0].slice(0, 2), ['He', 'describing']);
  assert.deepEqual(read('The bill passed, and Senate leaders said it was a step.')[0].slice(0, 2), ['Senate leaders', 'said']);
});

test('a group’s figure and a connective before "of": "At least a dozen members of Congress", "But William Corr of the Campaign …"', () => {
  assert.deepEqual(read('Clinton left, but at least a dozen members of Congress told reporters the House is within reach.')[0].slice(0, 2), ['at least a dozen members of Congress', 'told']);
  assert.deepEqual(read('Two dozen members of Congress said it was bad.')[0].slice(0, 2), ['Two dozen members of Congress', 'said']);
  assert.equal(firstSource('But William Corr of the Campaign for Tobacco-Free Kids urged the government to continue.').name, 'William Corr');
});

test('"charges that" accuses and "charges a fee" bills; "as X put it" past when or where it was put', () => {
  assert.deepEqual(read('Trump charges that countries that benefit from the deal donated to the foundation.')[0].slice(0, 2), ['Trump', 'charges']);
  assert.deepEqual(read('Sky also charged a £10 subscription fee to the service.'), []);
  assert.deepEqual(read('As one adviser put it in an interview last week, the race is over.'), [['one adviser', 'put it', 'the race is over']]);
  assert.deepEqual(read('As Clinton put it on Monday, the plan was a disaster.'), [['Clinton', 'put it', 'the plan was a disaster']]);
  // (where a thing was put is no occasion of speech)
  assert.deepEqual(read('As she put it on the table, he left.'), []);
  assert.deepEqual(read('He put it in the drawer, and left.'), []);
});

test('", as X said." closing a sentence reports the clause before it, and a bare group after ", as" speaks only through a verb of saying', () => {
  assert.deepEqual(read('The plan was a disaster, as Clinton has said.'), [['Clinton', 'has said', 'The plan was a disaster']]);
  assert.deepEqual(read('Scott had a gun, as police have said.'), [['police', 'have said', 'Scott had a gun']]);
  assert.deepEqual(read('The plan failed, as analysts noted.'), [['analysts', 'noted', 'The plan failed']]);
  assert.deepEqual(read('The news sent shares to a high, as investors hoped for a recovery.'), []);
});

test('a share of what a relative stands for speaks for its group: "families of victims, many of whom say", "the delegates, most of whom said"', () => {
  const m = analyze('The bill did not go over well with families of victims, many of whom say the claims are false.');
  const a = m.statements[0].attributions[0];
  assert.deepEqual([a.mention.text, m.sources[a.source].name, m.sources[a.source].type], ['many of whom', 'families of victims', 'vague']);
  assert.equal(firstSource('He met the delegates, most of whom said they backed him.').name, 'delegates');
});

test('"going on to say" after a comma is the clause subject’s next report, and ends the aside’s content', () => {
  assert.deepEqual(read('It is insane, Sanders said, going on to say that the country has spent years fighting.'), [
    ['Sanders', 'said', 'It is insane'],
    ['Sanders', 'going on to say', 'that the country has spent years fighting'],
  ]);
  assert.deepEqual(read('Sanders spoke for an hour, going on to say that the country has spent years fighting.'), [['Sanders', 'going on to say', 'that the country has spent years fighting']]);
});

test('"have shown" past an adverb or closing the sentence reports; studies and surveys are documents, unnamed ones vague', () => {
  assert.deepEqual(read('Recent polls in Pennsylvania have similarly shown Clinton’s lead eroding.'), [['Recent polls in Pennsylvania', 'have similarly shown', 'Clinton’s lead eroding']]);
  assert.deepEqual(read('The city is divided, other studies have shown.'), [['other studies', 'have shown', 'The city is divided']]);
  assert.equal(firstSource('Surveys have shown that most PCs are infested with spyware.').type, 'document');
  assert.equal(firstSource('Some studies suggest the drug works.').type, 'vague');
  // (a film shown, a person who showed up)
  assert.deepEqual(read('The film has been shown in cinemas.'), []);
  assert.deepEqual(read('He has clearly shown up late.'), []);
});

test('a document before "that" reports through it ("polls that show him leading"), and one that "seems to show" reports, hedged', () => {
  assert.deepEqual(read('Clinton backers are irritated by polls that show him leading Trump.'), [['that', 'show', 'him leading Trump']]);
  assert.equal(firstSource('Clinton backers are irritated by polls that show him leading Trump.').name, 'polls');
  assert.deepEqual(read('But a recent review of her emails seems to show that a reporter coordinated with her staff.').map((a) => a.slice(0, 2)), [['a recent review of her emails', 'seems to show']]);
  // ("that show" after a verb is a programme)
  assert.deepEqual(read('I watched that show last night.'), []);
});

test('a restrictive relative with a plain verb and its object closes the subject: "Groups that back the bill say"', () => {
  assert.deepEqual(read('Groups that back the bill say the race is close.'), [['Groups that back the bill', 'say', 'the race is close']]);
  assert.deepEqual(read('Voters that support the plan say the race is close.'), [['Voters that support the plan', 'say', 'the race is close']]);
});

test('a name given in "what X called …" ends with its quote or comma, unless "In" opens it', () => {
  assert.deepEqual(read('Amid what the New York Times called a “rough week” for Trump, polls fell.'), [['the New York Times', 'called', 'a “rough week”']]);
  assert.deepEqual(read('Thanking voters for overcoming what he termed "all obstacles", he said their turnout restored democracy.').map((a) => a.slice(1)), [
    ['termed', '"all obstacles"'],
    ['said', 'their turnout restored democracy'],
  ]);
  // ("In what X calls …, the clause": the clause is what was so called)
  assert.deepEqual(read('In what the firm calls an "alarming development", induction time fell to 21 days.'), [['the firm', 'calls', 'an "alarming development", induction time fell to 21 days']]);
});

test('", as described by X" and ", as confirmed by X" source the clause before them, as ", as first reported by X" does', () => {
  assert.deepEqual(read('Clinton was careless with classified information, as described by FBI Director James Comey.'), [['FBI Director James Comey', 'described', 'Clinton was careless with classified information']]);
  assert.deepEqual(read('The plan is flawed, as confirmed by the ministry on Tuesday.'), [['the ministry', 'confirmed', 'The plan is flawed']]);
});

test('a poll margin after the verb is no passive agent and no part of what was said: "Voters say by a 2-1 margin that …"', () => {
  assert.deepEqual(read('Voters say by a 2-1 margin that the economy is weak.'), [['Voters', 'say', 'that the economy is weak']]);
  assert.deepEqual(read('Supporters of Trump say by 55%-41% that the rule should stay.'), [['Supporters of Trump', 'say', 'that the rule should stay']]);
  assert.deepEqual(read('It was confirmed by the ministry.'), [['the ministry', 'was confirmed', 'It']]);
});

test('"As reported in the Times, …" and "As noted in the report, …" open a sentence with its source, a document or an outlet', () => {
  assert.deepEqual(read('As reported in the Times, there are conflicting stories.'), [['the Times', 'As reported in', 'there are conflicting stories']]);
  assert.deepEqual(read('As outlined in the plan, taxes will rise.'), [['the plan', 'As outlined in', 'taxes will rise']]);
  // (a year or a month is when, not where)
  assert.deepEqual(read('As noted in 2001, taxes rose.'), []);
  assert.deepEqual(read('As noted in March, taxes rose.'), []);
});

test('"was quoted as saying", "has been reported as saying": the one quoted speaks; "The Independent" is an outlet', () => {
  assert.deepEqual(read('The minister was quoted as saying that 40 people were killed.'), [['The minister', 'saying', 'that 40 people were killed']]);
  assert.deepEqual(read('The minister was quoted by Reuters as saying that 40 people were killed.')[1], ['The minister', 'saying', 'that 40 people were killed']);
  assert.deepEqual(read('Women will be employed in the ministry, Prince Saud has been reported as saying.'), [['Prince Saud', 'saying', 'Women will be employed in the ministry']]);
  assert.equal(firstSource('But later, according to The Independent, Wenger spoke to reporters.').type, 'media');
});

test('"posted on Facebook that …" is a post, not a result posted; "Per the ministry, …" sources its sentence', () => {
  assert.deepEqual(read('The minister posted on Facebook that 40 people were killed.'), [['The minister', 'posted', 'that 40 people were killed']]);
  assert.deepEqual(read('Tesco posted a 22% rise in profits.'), []);
  assert.deepEqual(read('Per the ministry, 40 people were killed.'), [['the ministry', 'Per', '40 people were killed']]);
  assert.deepEqual(read('Per capita, incomes rose 4%.'), []);
});
