// Attribution constructions that hang a clause on a speaker: a participle of stance after a comma,
// a clause of its own after ", and he …", a quote resumed after its cue. (tests/attribution.test.ts
// has the rest; this file keeps both under the size the repository allows a file.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { firstSource, readAttributions, readSpans } from './helpers/attributions';
import { analyze } from '../server/src/analysis/analyze';
import { checkText } from '../server/src/check';

const read = readAttributions;
/** Every attribution of a text as "source mention|cue". */
const whoSaid = (text: string): string[] => readSpans(text).map(([who, cue]) => `${who}|${cue}`);
const statusOf = (text: string): string => analyze(text).statements[0].status;

test('a participle of any verb of stance after a comma hangs on the speaker: ", hoping to …", ", believing that …"', () => {
  assert.deepEqual(read('The senator is sticking to his message, hoping to avoid a misstep.').map((a) => a.slice(0, 3)), [['The senator', 'hoping', 'to avoid a misstep']]);
  assert.deepEqual(read('Allies say that he sees no need to engage, believing that Clinton can handle them.').map((a) => a.slice(0, 3)), [
    ['Allies', 'say', 'that he sees no need to engage'],
    ['Allies', 'believing', 'that Clinton can handle them'],
  ]);
  // (not one that describes an effect: "…, raising fears")
  assert.deepEqual(read('The protesters blocked the road, raising fears of violence.'), []);
});

test('a pronoun after a comma and "and" opens a report of its own: "…, and he added that …"', () => {
  assert.deepEqual(read('Rendell said the foundation should be disbanded, and he added that it should stop taking money.').map((a) => a.slice(0, 3)), [
    ['Rendell', 'said', 'the foundation should be disbanded'],
    ['he', 'added', 'that it should stop taking money'],
  ]);
});

test('a quote resumed after its cue in the same sentence is the same speaker’s: "“…,” he said, “…”"', () => {
  assert.deepEqual(read('“They have every incentive to find common ground,” he said, “because they need one another.”'), [
    ['he', 'said', '“They have every incentive to find common ground,”', 'direct-quote'],
    ['he', 'said', '“because they need one another.”', 'continued-quote'],
  ]);
  // (a quote after another clause is not resumed: "…,” he said, and “…”")
  assert.equal(read('“We will win,” he said, and the crowd chanted “four more years.”').filter((a) => a[3] === 'continued-quote').length, 0);
});

test('a capitalized participle after a comma is a title, not a cue: "Finding Neverland"', () => {
  assert.deepEqual(read('It is up against Vera Drake, Finding Neverland and Ray.'), []);
});

test('a cue and its source set off by commas leave the content round them, in two pieces: "The pact, he said, will …"', () => {
  assert.deepEqual(read('The pact, he said, will deepen ties.'), [
    ['he', 'said', 'The pact', 'parenthetical'],
    ['he', 'said', 'will deepen ties', 'parenthetical'],
  ]);
  // (one secondhand-source finding for the one cue)
  const findings = checkText('The deal, the Financial Times reported, will be signed next week.', 'plaintext').findings.filter((f) => f.rule === 'secondhand-source');
  assert.equal(findings.length, 1);
});

test('a contracted negative auxiliary belongs to the cue: "doesn’t want", "isn’t saying", "…, but he didn’t say"', () => {
  assert.deepEqual(read('Roffman doesn’t want to tangle with Trump.').map((a) => a.slice(0, 3)), [['Roffman', 'doesn’t want', 'to tangle with Trump']]);
  assert.deepEqual(read('Trump isn’t saying what he would support.').map((a) => a.slice(0, 3)), [['Trump', 'isn’t saying', 'what he would support']]);
  assert.deepEqual(read('Cook praised the deal, but he didn’t say when it would close.').map((a) => a.slice(0, 2)), [['Cook', 'praised'], ['he', 'didn’t say']]);
  // (an imperative reports nothing: "Don’t believe them")
  assert.deepEqual(read('Don’t believe them.'), []);
});

test('"as X put it" before a quote or a colon is a report: "As Professor Foner put it: …"', () => {
  assert.deepEqual(read("As Professor Foner put it: ''The United States does a better job.''").map((a) => a.slice(0, 3)), [['Professor Foner', 'put it', "''The United States does a better job.''"]]);
  // (not where something is put: "He put it on the table.")
  assert.deepEqual(read('He put it on the table.'), []);
});

test('"read" gives what is written, word for word: "“…,” read one sign", "The sign reads: …"', () => {
  assert.deepEqual(read('“Trump is disgusting,” read one sign.').map((a) => a.slice(0, 2)), [['one sign', 'read']]);
  assert.deepEqual(read('The sign reads: “No entry.”').map((a) => a.slice(0, 3)), [['The sign', 'reads', '“No entry.”']]);
  // (not what is read: "He read the report.")
  assert.deepEqual(read('He read the report.'), []);
});

test('a finite stance verb after "and" or "but" hangs on its clause subject: "Ali converted … and refused to fight"', () => {
  assert.deepEqual(read('Ali converted to the Islamic faith and refused to fight in the war.').map((a) => a.slice(0, 3)), [['Ali', 'refused', 'to fight in the war']]);
  // (the second verb of a speaker, after a verb of speech, is theirs too)
  assert.deepEqual(read('Mr. Trump said he did not own the jets, but agreed that the fleet had value.').map((a) => a.slice(0, 3)), [
    ['Mr. Trump', 'said', 'he did not own the jets'],
    ['Mr. Trump', 'agreed', 'that the fleet had value'],
  ]);
  // (not a passive participle after "is", nor "seemed", which says how someone looked)
  assert.deepEqual(read('China, which is its only ally and considered the only country that can stop it, said nothing.').map((a) => a[1]), ['said']);
  assert.deepEqual(read('He sounded subdued and seemed to take hope from the lead.'), []);
});

test('"seems" and "appears" are how the writer sees the subject, not a report; a verb of stance after them still is', () => {
  assert.deepEqual(read('The survey seems to fly in the face of recent evidence.'), []);
  assert.deepEqual(read('Christie appears to be fully embracing his duties.'), []);
  assert.deepEqual(read('Mr. Cruz seemed to mock his vague tough talk.').map((a) => a.slice(0, 3)), [['Mr. Cruz', 'seemed to mock', 'his vague tough talk']]);
  assert.deepEqual(read('Rubio seemed hopeful that the plan could work.').map((a) => a.slice(0, 2)), [['Rubio', 'seemed hopeful']]);
});

test('"warn" and "shown" are cues like the other forms of their verbs: "analysts warn that …", "Studies have shown that …"', () => {
  assert.deepEqual(read('Analysts warn that rates could rise.').map((a) => a.slice(0, 3)), [['Analysts', 'warn', 'that rates could rise']]);
  assert.deepEqual(read('Studies have shown that fakes undermine the network.').map((a) => a.slice(0, 3)), [['Studies', 'have shown', 'that fakes undermine the network']]);
});

test('a participle of speech in the progressive is a verb of speech: "is declaring that …", "has been warning that …"', () => {
  assert.deepEqual(read('Hillary Clinton is declaring that she is moving closer to the nomination.').map((a) => a.slice(0, 3)), [['Hillary Clinton', 'is declaring', 'that she is moving closer to the nomination']]);
  assert.deepEqual(read('Union leaders have been warning that poor nations could lose jobs.').map((a) => a.slice(0, 2)), [['Union leaders', 'have been warning']]);
  // (not a deed, nor an adjective)
  assert.deepEqual(read('The car giant is calling back 17,815 cars.'), []);
  assert.deepEqual(read('The trajectory of engagement is promising.'), []);
});

test('a poll or survey closing the clause is its source: "Kasich was at 25 percent support in the most recent Fox poll."', () => {
  assert.deepEqual(read('Kasich was at 25 percent support in the most recent Fox poll.').map((a) => a.slice(0, 3)), [['the most recent Fox poll', 'in', 'Kasich was at 25 percent support']]);
  assert.deepEqual(read('Trump took 6 percent of the vote in a Washington Post-ABC News poll released Sunday, his worst showing.')[0][0], 'a Washington Post-ABC News poll released Sunday');
  // (not one inside the subject, nor an index)
  assert.deepEqual(read('Forty-six percent of people in the poll held rhetoric responsible.'), []);
  assert.deepEqual(read('Shares fell 2% in the FTSE 100 index.'), []);
});

test('polls in the plural are the source of a standing in a race, as "polls show" is; "polls" that are elections are not', () => {
  assert.deepEqual(read('Clinton led Sanders in the polls.').map((a) => a.slice(0, 3)), [['the polls', 'in', 'Clinton led Sanders']]);
  assert.deepEqual(read('Cruz came in second in January polls, although Rubio moved up.').map((a) => a.slice(0, 3)), [['January polls', 'in', 'Cruz came in second']]);
  // (named as the document, not the place; cut before an adverbial of the clause)
  assert.equal(firstSource('Four candidates have been clustered near 10 percent of the vote in New Hampshire surveys.').name, 'New Hampshire surveys');
  assert.deepEqual(read('Clinton continues to lead in polls despite his popularity among younger voters.').map((a) => a.slice(0, 3)), [['polls', 'in', 'Clinton continues to lead']]);
  assert.deepEqual(read('The BNP secured a two-thirds majority in Thursday’s polls.'), []);
  assert.deepEqual(read('Voters are eagerly waiting to vote again in the upcoming national polls.'), []);
});

test('a poll opening the sentence reports what its respondents said: "In a CNN/ORC poll, 31% of Republicans said …"', () => {
  const text = 'In a New York Times/CBS News survey released last Thursday, 79 percent of Democrats said they were satisfied.';
  assert.deepEqual(read(text).map((a) => a[0]), ['79 percent of Democrats', 'a New York Times/CBS News survey released last Thursday']);
  assert.equal(analyze(text).statements[0].status, 'attributed');
  // (not beside a named source, whose report it is)
  assert.deepEqual(read('In its report, the Law Commission said it had found wide support.').map((a) => a[0]), ['the Law Commission']);
});

test('"informed" without the person informed reports, as "said" does: "The Foreign Affairs Adviser has informed that …"', () => {
  assert.deepEqual(read('The Foreign Affairs Adviser has informed that all foreign ministers have been invited.').map((a) => a.slice(0, 3)), [['The Foreign Affairs Adviser', 'has informed', 'that all foreign ministers have been invited']]);
  assert.deepEqual(read('The adviser informed reporters that the plant cost Tk 500 crore.').map((a) => a.slice(0, 3)), [['The adviser', 'informed', 'that the plant cost Tk 500 crore']]);
  assert.deepEqual(read('Foreign Ministry sources informed, the amended Act will be passed soon.').map((a) => a.slice(0, 2)), [['Foreign Ministry sources', 'informed']]);
  // (the person informed is no source)
  assert.deepEqual(read('We were informed that the city has the most trees.'), []);
});

test('"as per X," opening the sentence is "according to X": "As per Hindustan Times, New Delhi had decided …"', () => {
  assert.deepEqual(read('As per Hindustan Times, New Delhi will appoint a Bengali-speaking diplomat.').map((a) => a.slice(0, 3)), [['Hindustan Times', 'As per', 'New Delhi will appoint a Bengali-speaking diplomat']]);
  assert.deepEqual(read('Mentionable, as per the policy, a madrasa must have four teachers.').map((a) => a.slice(0, 3)), [['the policy', 'as per', 'a madrasa must have four teachers']]);
  // (inside the clause, or before a manner word, it says how, not who)
  assert.deepEqual(read('The CEC will administer the oath as per article 148 of the constitution.'), []);
  assert.deepEqual(read('As per convention, both parties will hold separate meetings.'), []);
  assert.deepEqual(read('The rate was 5 per cent in March.'), []);
});

test('a connective opening the sentence is not the content of "according to" that follows it', () => {
  assert.deepEqual(read('But according to a report of the Passengers Welfare Samity, 8,543 people were killed in 2024.').map((a) => a.slice(0, 3)), [['a report of the Passengers Welfare Samity', 'according to', '8,543 people were killed in 2024']]);
  assert.deepEqual(read('However, according to the police, 20 people died.').map((a) => a.slice(0, 3)), [['the police', 'according to', '20 people died']]);
});

test('", while" after a "that" clause continues the speaker\'s content: "noted that …, while the remaining 98% must be imported"', () => {
  assert.deepEqual(read('Bashir noted that 2% is produced locally, while the remaining 98% must be imported.').map((a) => a.slice(0, 3)), [['Bashir', 'noted', 'that 2% is produced locally, while the remaining 98% must be imported']]);
  // (after a verb of saying the content is a clause without "that" too; not after a verb whose
  // object is a thing, nor before the speaker's own participle)
  assert.deepEqual(read('Bashir said 2% is produced locally, while the rest is imported.').map((a) => a[2]), ['2% is produced locally, while the rest is imported']);
  assert.deepEqual(read('Bashir announced a plan to produce 2% locally, while the rest is imported.').map((a) => a[2]), ['a plan to produce 2% locally']);
  assert.deepEqual(read('Bashir said that 2% is produced locally, while noting that prices rose.').map((a) => a.slice(1, 3)), [['said', 'that 2% is produced locally'], ['noting', 'that prices rose']]);
});

test('a relative clause set off by commas inside the content leaves the rest of the content the speaker\'s: "said the sector, which …, grew 1.0%"', () => {
  assert.deepEqual(read('The ONS said the services sector, which accounts for most of the economy, grew 1.0% in the quarter.').map((a) => a[2]), ['the services sector, which accounts for most of the economy, grew 1.0% in the quarter']);
  assert.deepEqual(statusOf('The ONS said the services sector, which accounts for most of the economy, grew 1.0% in the quarter.'), 'attributed');
  // (a relative clause closing the sentence is the writer's background)
  assert.deepEqual(read('The BBC has said there are no plans for a new series of Blackadder, which ended in 1989.').map((a) => a[2]), ['there are no plans for a new series of Blackadder']);
});

test('greetings extended are a message from whoever extends them: "extended his heartfelt greetings to …"', () => {
  assert.deepEqual(read('Tarique Rahman extended heartfelt congratulations to the 51 parties that took part.').map((a) => a.slice(0, 3)), [['Tarique Rahman', 'extended heartfelt congratulations', 'to the 51 parties that took part']]);
  assert.deepEqual(read('The Qatari premier extended his greetings to Tarique Rahman on his success.').map((a) => a.slice(0, 2)), [['The Qatari premier', 'extended his greetings']]);
  // (not a deed)
  assert.deepEqual(read('The bank extended the deadline by 12 days.'), []);
});

test('"lamented" with an object and "is estimating that" report', () => {
  assert.deepEqual(read('Ozzy also lamented two years of problems.').map((a) => a.slice(0, 3)), [['Ozzy', 'also lamented', 'two years of problems']]);
  assert.deepEqual(read('The ministry is estimating that 200 people died.').map((a) => a.slice(0, 3)), [['The ministry', 'is estimating', 'that 200 people died']]);
});

test('after an aside "…, he said," a clause of its own with a verb of speech is another report, not the aside’s', () => {
  assert.deepEqual(read('The deal is dead, he said, and analysts say the market fell.').map((a) => a.slice(0, 3)), [
    ['he', 'said', 'The deal is dead'],
    ['analysts', 'say', 'the market fell'],
  ]);
  // (a second verb of the same subject, or more of the report, stays the aside's content)
  assert.deepEqual(read('The economy had grown, he said, and was forecast to continue doing so.').map((a) => a.slice(0, 3)), [
    ['he', 'said', 'The economy had grown'],
    ['he', 'said', 'and was forecast to continue doing so'],
  ]);
});

test('an irregular past tense is a verb, so a coordinated verb of speech finds its subject: "Clinton shook her head and said no"', () => {
  assert.deepEqual(read('Clinton shook her head and said no.').map((a) => a.slice(0, 3)), [['Clinton', 'said', 'no']]);
  assert.deepEqual(read('He shook hands and asked workers if they planned to attend.').map((a) => a.slice(0, 2)), [['He', 'asked']]);
});

test('a cue inside an aside after the subject reports up to the comma before the subject’s own verb of speech', () => {
  assert.deepEqual(read('Priebus, in the wake of a new poll showing Trump down, told Fox News on Sunday that Trump would win.').map((a) => a.slice(0, 3)), [
    ['a new poll', 'showing', 'Trump down'],
    ['Priebus', 'told', 'that Trump would win'],
  ]);
  // (a relative clause inside the content is no aside of the subject's)
  assert.deepEqual(read('He said that Smith, who was there, told him it was over.').map((a) => a.slice(0, 3)), [['He', 'said', 'that Smith, who was there, told him it was over']]);
  // ("…, said it was cutting": the pronoun is the reported clause's subject; the speaker is the clause's)
  // ("posted a drop in sales" is a result, not a post)
  assert.deepEqual(read('Meanwhile, Ford which posted a drop in sales, said it was cutting production.').map((a) => a.slice(0, 2)), [['which', 'said']]);
});

test('a verb’s object two asides back is not the subject: "Facebook created the tool, a spokeswoman, Anna White, said"', () => {
  assert.ok(!read('Facebook created the tool, a spokeswoman, Anna White, said on Saturday.').some(([who]) => who.startsWith('the tool')));
  // (the subject before an appositive stays: "The company's chief, John Smith, said")
  assert.deepEqual(read("The company's chief, John Smith, said it failed.").map((a) => a.slice(0, 2)), [["The company's chief, John Smith", 'said']]);
});

test('a role after the clause it reports, its holder named in an aside, is the source: "…, a spokeswoman, Anna White, said"', () => {
  assert.deepEqual(read('The tool is new, a spokeswoman, Anna White, said.').map((a) => a.slice(0, 3)), [['a spokeswoman, Anna White', 'said', 'The tool is new']]);
  assert.deepEqual(read('Last week, the F.B.I. director, James B. Comey, recommended no charges.').map((a) => a.slice(0, 2)), [['the F.B.I. director, James B. Comey', 'recommended']]);
});

test('a verb of stance before a clause without "that" reports it when a plain noun and a finite verb open the clause: "implied immigrants were …"', () => {
  assert.deepEqual(read('He implied immigrants were the ones tearing families apart.').map((a) => a.slice(0, 3)), [['He', 'implied', 'immigrants were the ones tearing families apart']]);
  assert.deepEqual(read('Yet, officials predict costs will keep creeping up.').map((a) => a.slice(0, 3)), [['officials', 'predict', 'costs will keep creeping up']]);
  // (a word of the same form as a noun or adjective, with no subject of its own, is no cue)
  assert.deepEqual(read('His welcome address had to be postponed.'), []);
  assert.deepEqual(read('Internationally recognized regulation is now a key part of the plans.'), []);
  assert.deepEqual(read('Some members of the so-called 29A virus writing group were sentenced.'), []);
  assert.deepEqual(read('No doubt psychologists would agree.'), []);
});

test('a participle after the clause’s object or place hangs on the clause’s subject: "Both men issued a statement expressing …", "Sanders was on CNN talking about …"', () => {
  assert.deepEqual(read('Both men issued a statement expressing optimism about working together.').map((a) => a.slice(0, 2)), [['Both men', 'expressing optimism about']]);
  assert.deepEqual(read('Sanders was on CNN talking about what he does next.').map((a) => a.slice(0, 2)), [['Sanders', 'talking about']]);
  assert.deepEqual(read('Tory leader Michael Howard has written to Tony Blair demanding an explanation of the new rules.').map((a) => a[0]), ['Tory leader Michael Howard']);
  // (not a group a "with" makes the subject of its own clause; not "the best supporting actress")
  assert.deepEqual(read('The talks stalled, with officials saying no deal was near.').map((a) => a.slice(0, 2)), [['officials', 'saying']]);
  assert.deepEqual(read('Natalie Portman is up against Meryl Streep in the best supporting actress category.'), []);
});

test('a verb after "and" hangs on its clause subject past a participle that qualifies a preposition’s object; a charge laid is no claim', () => {
  assert.deepEqual(read('President Barack Obama met relatives of the 49 people killed on Thursday and said the United States must act.').map((a) => a.slice(0, 2)), [['President Barack Obama', 'said']]);
  assert.deepEqual(read('A spokesman for the firm refused to comment, but said results were likely to be set out soon.').map((a) => a[1]), ['refused', 'said']);
  assert.deepEqual(read('Prosecutors charged the officer with murder on Tuesday.'), []);
  assert.deepEqual(read('Critics charged that the plan would fail.').map((a) => a.slice(0, 2)), [['Critics', 'charged']]);
});

test('the progressive is no participle after an object: "Some voices in Japanese industry are calling for …"; a letter sent to a board speaks for its sender', () => {
  assert.deepEqual(read('Some voices in Japanese industry are calling for radical changes to the labour market.').map((a) => a.slice(0, 2)), [['Some voices in Japanese industry', 'are calling for']]);
  assert.deepEqual(read('Qwest chairman Richard Notebaert sent a letter to MCI’s board on Thursday saying that it plans to submit a new offer.').map((a) => a[0]), ['Qwest chairman Richard Notebaert']);
});

test('"as" or "when" and a pronoun before a verb of speech open a report of their own: "cracking a smile as he noted that …"', () => {
  assert.deepEqual(read('Sanders pointed to the polls, cracking a smile as he noted that Clinton had a 50-point lead.').map((a) => a.slice(0, 3)), [
    ['Sanders', 'pointed to', 'the polls, cracking a smile'],
    ['he', 'noted', 'that Clinton had a 50-point lead'],
  ]);
  assert.deepEqual(read('Sanders dismissed the issue in October, when he told Clinton at a debate that Americans were sick of it.').map((a) => a.slice(0, 2)), [['Sanders', 'dismissed'], ['he', 'told']]);
  // (not without what was said: "as he said he would" stays inside)
  assert.equal(read('Trump mocked the idea as he said he would win.').length, 1);
});

test('the object of a causative speaks through the infinitive after it: "The timing led Republicans to say …", "The pressure prompted the prime minister to say …"', () => {
  assert.deepEqual(read('Even the sleepy timing of the debate led Republicans to say that Democrats were protecting Clinton.').map((a) => a.slice(0, 2)), [['Republicans', 'to say']]);
  assert.deepEqual(read('The pressure prompted the prime minister to say the police would be consulted.').map((a) => a.slice(0, 2)), [['the prime minister', 'to say']]);
  // (a verb chain still hangs on its subject: "is expected to endorse")
  assert.deepEqual(read('The New York Times is expected to endorse Clinton.').map((a) => a.slice(0, 2)), [['The New York Times', 'is expected to endorse']]);
});

test('"As reported by X," opening the sentence is "according to X": "As reported by Western Journalism, investigators found …"', () => {
  assert.deepEqual(read('As first reported by the BBC, the plan would cost 5 million pounds.').map((a) => a.slice(0, 3)), [['the BBC', 'As first reported by', 'the plan would cost 5 million pounds']]);
  assert.ok(read('As reported by Western Journalism, investigators found over 2,200 emails.').some((a) => a[0] === 'Western Journalism' && a[1] === 'As reported by'));
  // (not "as reported" without its source)
  assert.deepEqual(read('As reported, the plan would cost 5 million pounds.'), []);
});

test('", where" and a subject of its own before a verb of speech opens a report of its own; a "where" inside what a book claims does not', () => {
  assert.deepEqual(read('Candidates reacted to a shooting in San Bernardino, where authorities reported at least 20 victims.').map((a) => a.slice(0, 2)), [['Candidates', 'reacted to'], ['authorities', 'reported']]);
  assert.deepEqual(read('The new book claims Mr Prescott hosted a dinner in 2003 where the prime minister told Mr Brown he would stand down.').map((a) => a.slice(0, 2)), [['The new book', 'claims']]);
});

test('a relative clause set off by a comma or dash, or opened by "what", whose subject a cue of its own reports ("moves that he said improved …", "which the EU says is needed") ends the earlier content', () => {
  assert.deepEqual(readSpans('Cruz praised Pence for cutting taxes and paring regulations - moves that he said improved Indiana\'s economy.'), [
    ['Cruz', 'praised', 'Pence for cutting taxes and paring regulations'],
    ['he', 'said', 'improved Indiana\'s economy'],
  ]);
  assert.deepEqual(readSpans('Critics claim the law, which the EU says is needed to harmonise with the US, is little more than a law on ideas.').map((a) => a.slice(0, 2)), [
    ['Critics', 'claim'],
    ['the EU', 'says'],
  ]);
  assert.deepEqual(readSpans('But he focused his remarks more on what he said were the policy failures of Clinton.').slice(-1), [['he', 'said', 'were the policy failures of Clinton']]);
  // (nor where nothing of the earlier content would be left)
  assert.deepEqual(readSpans('Gordon Brown has outlined what he thinks should be the key themes of the campaign.'), [['Gordon Brown', 'has outlined', 'what he thinks should be the key themes of the campaign']]);
  // (a restrictive relative may sit inside the content: it stays there)
  assert.deepEqual(readSpans('Trump said the plan that he said was rigged would fail.'), [['Trump', 'said', 'the plan that he said was rigged would fail']]);
});

test('a fronted clause with a time or place before its subject reports up to its comma; the main clause after it is its own report', () => {
  assert.deepEqual(read('Although in September she said her decision was a mistake, at the town hall this week she said she did not believe it amounted to an error.').map((a) => a.slice(0, 3)), [
    ['she', 'said', 'her decision was a mistake'],
    ['she', 'said', 'she did not believe it amounted to an error'],
  ]);
  // (the fronted clause ends with a quote its comma closes; the time after the quote opens the main clause)
  assert.deepEqual(read("Where he used to boast that he had decimated ''core Al Qaeda,'' on Tuesday night he said it still posed a direct threat.").map((a) => a.slice(0, 3)), [
    ['he', 'used to boast', "that he had decimated ''core Al Qaeda,''"],
    ['he', 'said', 'it still posed a direct threat'],
  ]);
});

test('", but he said" after a quote its comma closes opens a report of its own; "said 9/11 widow Terry Strada" names her', () => {
  assert.deepEqual(read('The chief said the video did not give "absolute definitive visual evidence," but he said that the footage "supports what we\'ve heard" about it.').map((a) => a.slice(0, 3)), [
    ['The chief', 'said', 'the video did not give "absolute definitive visual evidence,"'],
    ['he', 'said', 'that the footage "supports what we\'ve heard" about it'],
  ]);
  assert.deepEqual(read('“They are 100 percent wrong,” said 9/11 widow Terry Strada.').map((a) => a.slice(0, 2)), [['9/11 widow Terry Strada', 'said']]);
});

test('"added his campaign manager" after a quote is the speaker; "when he told X of Y, “…”" and "-- and he says" report on their own', () => {
  assert.deepEqual(read('"We have a path," added his campaign manager Jeff Weaver, speaking to CNN.').map((a) => a.slice(0, 2)), [['his campaign manager Jeff Weaver', 'added']]);
  // (a thing added is still no report: "That adds its own pressure")
  assert.deepEqual(read('That adds its own pressure on the campaign.'), []);
  assert.deepEqual(read('Trump was talking about defense commitments when he told Chris Wallace of Fox News, “So, North Korea has nukes.”').map((a) => a.slice(0, 3)), [
    ['Trump', 'was talking about', 'defense commitments'],
    ['he', 'told', '“So, North Korea has nukes.”'],
  ]);
  assert.deepEqual(read('He is backing the governor — not me — and he says he will do everything he can.').map((a) => a.slice(1, 3)), [
    ['is backing', 'the governor — not me'],
    ['says', 'he will do everything he can'],
  ]);
});

test('"show", "plans", "called" and "told" as nouns or other verbs report nothing: "his TV show", "savings plans that", "called into a radio show", "All told", "tells the story of"', () => {
  for (const text of [
    'In a clip for her upcoming Apple Music show The 411, Blige sings to Clinton.',
    'He placed more weight on his TV show than on medical research.',
    'The three DJs will continue to host their current shows.',
    'He starred in the reality TV show “The Apprentice” for years.',
    'It is the first time the US Air Force will attend the air show in Paris.',
    "Viewers saw it on the MSNBC show ''Morning Joe'' last week.",
    'Put it in one of those 529 college savings plans that your state offers.',
    'She called into a radio program when she was home sick.',
    'Argonaut called in administrators on Friday.',
    'All told, the groups spent more than 2.5 million dollars on calls.',
    'Wasp tells the story of a single mother living on the breadline.',
  ]) assert.deepEqual(read(text), [], text);
  // (the verbs still report)
  assert.deepEqual(read('Their correspondence shows that he travelled to Israel.').map((a) => a.slice(0, 2)), [['Their correspondence', 'shows']]);
  assert.deepEqual(read('A new poll shows Clinton ahead.').map((a) => a.slice(1, 2)), [['shows']]);
  assert.deepEqual(read('The group plans to reforest a million acres.').map((a) => a.slice(1, 2)), [['plans']]);
});

test('"according to" a person’s own leaning is a manner, not a source: "according to their instinctive preference", "according to his wishes"', () => {
  assert.deepEqual(read('They vote for R or D according to their instinctive preference.'), []);
  assert.deepEqual(read('He was buried in 2005 according to his wishes.'), []);
  // (a named body or a law still is)
  assert.deepEqual(read('According to Plan International, 20 girls were hurt.').map((a) => a.slice(0, 2)), [['Plan International', 'According to']]);
  assert.deepEqual(read('According to the law, an MP is entitled to a car.').map((a) => a.slice(0, 2)), [['the law', 'According to']]);
});

test('a group opening the sentence with its topic is the subject: "Experts on North Korea and nuclear nonproliferation said"', () => {
  assert.deepEqual(read('Experts on North Korea and nuclear nonproliferation said the test could change that.').map((a) => a.slice(0, 3)), [
    ['Experts on North Korea and nuclear nonproliferation', 'said', 'the test could change that'],
  ]);
  // (not past a verb: "Experts on the panel rejected the plan and officials said …" is the officials')
  assert.deepEqual(read('Experts on the panel rejected the plan and officials said it would fail.').map((a) => a[0]).includes('Experts on the panel rejected the plan and officials'), false);
});

test('", and human rights groups warned that …" inside an earlier report is a report of its own', () => {
  assert.deepEqual(read('Obama emphasized that the reforms were not complete, and human rights groups warned that the administration was giving up leverage.').map((a) => a.slice(0, 3)), [
    ['Obama', 'emphasized', 'that the reforms were not complete'],
    ['human rights groups', 'warned', 'that the administration was giving up leverage'],
  ]);
});

test('a bare verb after a modal inside a report goes on with the report, not with its reporter: "says he’d sit Putin down and tell him …"', () => {
  assert.deepEqual(whoSaid('Trump says he’d sit Putin down and tell him no more nonsense.'), ['Trump|says']);
  assert.deepEqual(whoSaid('All three candidates have said they would expand the policies and push for reform.'), ['All three candidates|have said']);
  // (a verb in the past goes with the reporter)
  assert.deepEqual(whoSaid('Trump said he would win and attacked Cruz.'), ['Trump|said', 'Trump|attacked']);
});

test('"…, Blackwell maintains.", "“…,” Bozell concludes on the matchup" report; "a star likened to the Star of David" does not', () => {
  assert.deepEqual(whoSaid('Trump will do an excellent job in judicial appointments, Blackwell maintains.'), ['Blackwell|maintains']);
  assert.deepEqual(whoSaid('“Cruz is the real conservative,” Bozell concludes on the Trump-Cruz matchup.'), ['Bozell|concludes']);
  assert.deepEqual(whoSaid('The talks concluded on Friday.'), []);
  assert.deepEqual(whoSaid('Responding to a tweet with a six-pointed star likened to the Star of David, Speaker Paul Ryan said “anti-Semitic images have no place in a campaign.”'), ['Speaker Paul Ryan|said']);
  assert.deepEqual(whoSaid('He likened Trump to Mussolini.'), ['He|likened']);
});

test('a bare verb after "and" stays the reporter\'s when the reporter\'s own verb is a bare plural present; "which he has likened to" reports', () => {
  assert.deepEqual(whoSaid('But the Scottish National Party and the Tories say the issue should be decided in Scotland and believe the executive is shirking.').map((x) => x.split('|')[1]), ['say', 'believe']);
  assert.deepEqual(whoSaid('The chancellor unveiled a package which he has likened to the Marshall Plan.'), ['he|has likened']);
});

test('"by citing" is a participle of speech after "by", as "by saying" is', () => {
  assert.deepEqual(whoSaid('Rubio will score endorsements by citing his Iowa results.'), ['Rubio|citing']);
});

test('"…, but went on to say, “…”": a verb chain joined by "but" to the reporter\'s clause is the reporter\'s; not a deed ("went on to write …")', () => {
  assert.deepEqual(whoSaid('Trump joked that Brooklyn was his answer, but went on to say, “There are places in America that are dangerous.”'), ['Trump|joked', 'Trump|went on to say']);
  assert.deepEqual(whoSaid('But he did not give up and went on to write seven seasons of the series.'), []);
});

test('a document qualified by when it was reported, then its verb; a name after ", with" before a participle of speech', () => {
  assert.deepEqual(whoSaid('Figures reported on Sunday suggest that Mr. Cruz is the sole remaining candidate.'), ['Figures reported on Sunday|suggest']);
  assert.deepEqual(whoSaid('Democrats poured money into ads, disclosures filed on Sunday night revealed.'), ['disclosures filed on Sunday night|revealed']);
  assert.deepEqual(whoSaid('Obama faced criticism, with Republican Senator John McCain telling reporters he viewed Obama as responsible.').slice(-1), ['Republican Senator John McCain|telling']);
  assert.deepEqual(whoSaid('More than a third of all new PCs will be in these markets, with China adding 178 million new PCs by 2010, it said.'), ['it|said']);
});

test('"said after a lunch on Tuesday that …": the occasion before "that" is no part of what was said', () => {
  assert.deepEqual(readSpans('Sen. Jack Reed said after a lunch on Tuesday that he had not read the plan.')[0][2], 'that he had not read the plan');
  assert.deepEqual(readSpans('He said after all the talks had failed.')[0][2], 'after all the talks had failed');
});

test('a belief in the reason or condition a speaker gives, with no comma before it, is inside what they said', () => {
  // (the whole reason is the speaker's: no vague group of its own, no unattributed claim left over)
  assert.deepEqual(readSpans('Mr Smith said he was surprised because, not too long ago, many people thought computer gaming was a fad.'), [['Mr Smith', 'said', 'he was surprised because, not too long ago, many people thought computer gaming was a fad']]);
  assert.deepEqual(readSpans('Yukos maintains that it filed for bankruptcy in the US because it feared it would not be able to do so in Russia.'), [['Yukos', 'maintains', 'that it filed for bankruptcy in the US because it feared it would not be able to do so in Russia']]);
  // (a report of speech in the reason is one of its own, and so is a belief after a deed or after a comma)
  assert.deepEqual(readSpans('Phone companies refuse to pay compensation because they say calls must be paid for.').map((a) => a.slice(0, 2)), [['Phone companies', 'refuse'], ['they', 'say']]);
  assert.deepEqual(readSpans('Republicans had called the hearing because they felt the FBI was not forthcoming.').map((a) => a.slice(0, 2)), [['Republicans', 'had called'], ['they', 'felt']]);
  assert.deepEqual(readSpans('Brokers must give information if, and only if, their customers request it, the FSA said.').map((a) => a.slice(0, 2)).at(-1), ['the FSA', 'said']);
});

test('"as" and a subject with a verb of its own opens a report of its own; not in a comparison, a role or a parenthetical', () => {
  assert.deepEqual(whoSaid('The campaign has responded to Sanders more aggressively as polls show Sanders surging in Iowa.'), ['The campaign|has responded to', 'polls|show']);
  assert.deepEqual(whoSaid('They had decided to support the plans as the police said they would help fight terror.'), ['They|had decided', 'the police|said']);
  // (a comparison, a role and a noun stay inside the clause)
  assert.deepEqual(whoSaid('The bank did not announce as much stimulus as many had hoped.'), ['The bank|did not announce']);
  assert.deepEqual(whoSaid('They would argue that, by the next election, the Liberal Democrats may have replaced the Tories as the party challenging Labour for power.'), ['They|would argue']);
});

test('"…, the bank said in a statement.", "…, he told reporters.": what was said is the clause before, the occasion, time or addressee after the verb no part of it', () => {
  assert.deepEqual(readSpans('Profits rose 20% to $9bn in 2004, the bank said in a statement.'), [['the bank', 'said', 'Profits rose 20% to $9bn in 2004']]);
  assert.deepEqual(readSpans('The talks failed, Mr Smith said in an interview on Monday.'), [['Mr Smith', 'said', 'The talks failed']]);
  assert.deepEqual(readSpans('The bank said in a statement that profits rose.'), [['The bank', 'said', 'that profits rose']]);
  // (whom it was told, when and where: "…, he told reporters.", "…, he said at a press conference in Dhaka.")
  assert.deepEqual(readSpans('The talks failed, he told reporters.').map((a) => a[2]), ['The talks failed']);
  assert.deepEqual(readSpans('The talks failed, he told the BBC on Monday.').map((a) => a[2]), ['The talks failed']);
  assert.deepEqual(readSpans('The talks failed, he said at a press conference in Dhaka.').map((a) => a[2]), ['The talks failed']);
  assert.deepEqual(readSpans('In a shift, the firm said on Monday that it would close.').map((a) => a[2]), ['that it would close']);
  assert.deepEqual(readSpans("The union resisted the reforms, Mr Brown told BBC Radio 4's Today programme.").map((a) => a[2]), ['The union resisted the reforms']);
  assert.deepEqual(readSpans("The feud is damaging, Michael Howard has claimed in a heated prime minister's questions.").map((a) => a[2]), ['The feud is damaging']);
  assert.deepEqual(readSpans('Tariffs will be scrapped from May 1, Xi Jinping said Saturday, according to state media.').map((a) => a[2])[0], 'Tariffs will be scrapped from May 1');
});

test('a body before an aside between dashes that a "which" opens speaks after it, past its bracketed acronym', () => {
  assert.deepEqual(whoSaid('The departure was completed the previous day, US Central Command (CENTCOM) -- which is responsible for American forces in the Middle East -- said in a statement.'), ['US Central Command|said']);
  assert.deepEqual(whoSaid('But B&B - which has a 22% share of the buy-to-let market - said that growth was moderating.'), ['B&B|said']);
});
