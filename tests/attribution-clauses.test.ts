// Attribution constructions that hang a clause on a speaker: a participle of stance after a comma,
// a clause of its own after ", and he …", a quote resumed after its cue. (tests/attribution.test.ts
// has the rest; this file keeps both under the size the repository allows a file.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { firstSource, readAttributions } from './helpers/attributions';
import { checkText } from '../server/src/check';
import { analyze } from '../server/src/analysis/analyze';
import { classifyName } from '../server/src/analysis/name-types';

const read = readAttributions;

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
  // (not one inside the subject, nor an index, nor a race's standing "in the polls")
  assert.deepEqual(read('Forty-six percent of people in the poll held rhetoric responsible.'), []);
  assert.deepEqual(read('Shares fell 2% in the FTSE 100 index.'), []);
  assert.deepEqual(read('Clinton led Sanders in the polls.'), []);
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

test('a pronoun opening the main clause after a fronted clause, a time or a dash reports for itself', () => {
  assert.deepEqual(read('Although Weiner admitted to the newspaper that they had been friends, he claimed they had never met in person.').map((a) => a.slice(0, 3)), [
    ['Weiner', 'admitted', 'that they had been friends'],
    ['he', 'claimed', 'they had never met in person'],
  ]);
  assert.deepEqual(read('Where he used to boast that he had decimated the group, on Tuesday night he said it still posed a threat.').map((a) => a.slice(0, 3)), [
    ['he', 'used to boast', 'that he had decimated the group'],
    ['he', 'said', 'it still posed a threat'],
  ]);
  assert.deepEqual(read('Carson seems to recognize his credibility problem — he told the AP that his task is to prove he is tough.').map((a) => a.slice(0, 2)), [
    ['Carson', 'seems to recognize'],
    ['he', 'told'],
  ]);
  // (after a dash only a verb of speech: the report goes on in "indicates that …—they seek change")
  const result = 'This result indicates that a large segment of the population does not wish to return to the old system or maintain the status quo—they seek change and reform.';
  assert.deepEqual(read(result).map((a) => a.slice(0, 2)), [['This result', 'indicates']]);
});

test('the verb after a restrictive relative clause whose own cue reported is the group’s: "Republicans who have praised him warned …"', () => {
  assert.deepEqual(read('Even Republicans who have praised his candidacy warned on Tuesday that the party may have to separate itself.').map((a) => a.slice(0, 3)), [
    ['who', 'have praised', 'his candidacy'],
    ['Republicans who have praised his candidacy', 'warned', 'that the party may have to separate itself'],
  ]);
  assert.deepEqual(read('Organizations that have endorsed him say the plan is bad.').map((a) => a.slice(0, 3)), [
    ['that', 'have endorsed', 'him'],
    ['Organizations that have endorsed him', 'say', 'the plan is bad'],
  ]);
  // (a participle in -ed before "in" or "by" qualifies the noun: no report of its own)
  assert.deepEqual(read('Users could download a screensaver that would request data from the sites mentioned in junk mail.').filter((a) => a[1] === 'mentioned'), []);
});

test('a bare plural after the connective that opens the sentence is the subject: "But police said", "But organizations that backed him said"', () => {
  assert.deepEqual(read('But police said he kicked an officer.').map((a) => a.slice(0, 2)), [['police', 'said']]);
  assert.deepEqual(read('But organizations that backed him said the plan is bad.').map((a) => a.slice(0, 2)), [
    ['that', 'backed'],
    ['organizations that backed him', 'said'],
  ]);
});

test('a noun in -s after a plural quantifier or before a verb of speech is not a verb: "Some advocates for …", "Media reports said"', () => {
  assert.deepEqual(read('Some advocates for stem cell research said that overlooked the potential benefits.').map((a) => a.slice(0, 2)), [['Some advocates for stem cell research', 'said']]);
  assert.deepEqual(read('Media reports said 20 people died.').map((a) => a.slice(0, 2)), [['Media reports', 'said']]);
});

test('"felt the pinch" is an experience, not a belief; "feels the Bank may …" still reports', () => {
  assert.deepEqual(read('But households are feeling the pinch.'), []);
  assert.deepEqual(read('Others feel the Bank may still raise rates.').map((a) => a.slice(0, 2)), [['Others', 'feel']]);
});

test('one person by two roles is one subject: "The Democratic front-runner and former secretary of state said"', () => {
  assert.deepEqual(read('The Democratic front-runner and former secretary of state said the U.S. needed a more robust air campaign.').map((a) => a.slice(0, 2)), [
    ['The Democratic front-runner and former secretary of state', 'said'],
  ]);
  assert.deepEqual(read('The businessman and reality star announced his candidacy.').map((a) => a.slice(0, 2)), [['The businessman and reality star', 'announced']]);
});

test('a verb in -s after "but" hangs on the subject of a verb in -s: "Wealth-X keeps its finances a secret but says …"', () => {
  assert.deepEqual(read('Wealth-X keeps its own finances a secret but says its business has tripled.').map((a) => a.slice(0, 3)), [['Wealth-X', 'says', 'its business has tripled']]);
  // (not a plural noun before a preposition: "Spending patterns for the year and estimates …")
  assert.deepEqual(read('Spending patterns for the year and estimates for December led Apacs to conclude that cards would rule.').filter((a) => a[1] === 'estimates'), []);
});

test('plain subjects the grammar used to miss: "all agree", "whose laws …", "tend to favor", "leadership fears that"', () => {
  const two = (text: string) => read(text).map((a) => a.slice(0, 2));
  assert.deepEqual(two('Strategists for Barack Obama and Clinton all agree that her answer was the catalyst.'), [['Strategists for Barack Obama and Clinton', 'all agree']]);
  assert.deepEqual(two('Morrisons, Woolworths and Big Food all said that the festive period was disappointing.').map((a) => a[1]), ['all said']);
  assert.deepEqual(two('The state officials whose laws have been invalidated say the real change has come in the judiciary.'), [['The state officials whose laws have been invalidated', 'say']]);
  assert.deepEqual(two('Voters who were surveyed said the economy is bad.'), [['Voters who were surveyed', 'said']]);
  assert.deepEqual(two('Progressives tend to favor spending projects, like building infrastructure.'), [['Progressives', 'tend to favor']]);
  assert.deepEqual(two('The Chinese Communist Party leadership fears that industrial closures could kindle protests.'), [['The Chinese Communist Party leadership', 'fears']]);
  assert.deepEqual(two('Trump has proposed temporarily banning Muslims from entering the United States.'), [['Trump', 'has proposed']]);
  assert.deepEqual(two('Employees complain of a lack of communication.'), [['Employees', 'complain of']]);
  // (a noun before "that" opening a relative clause stays a noun: "One puppet show that I would love to see")
  assert.deepEqual(two('One puppet show that I personally would love to see made into a movie is Joe 90.'), []);
});

test('"It continued:" before a quote is the document or body named before it', () => {
  const text = 'In a message posted on its website, the site’s controllers said the site was closing. If the site did return, the message said, it would not host links. It continued: "We are very sorry for this."';
  assert.deepEqual(read(text).map((a) => a.slice(0, 2)).at(-1), ['It', 'continued']);
});

test('"…, the Post said." is the Post’s: a capitalized channel word after a comma is no channel phrase ("in March, the Post")', () => {
  assert.deepEqual(read('The plant will close in March, the Post said.').map((a) => a.slice(0, 3)), [['the Post', 'said', 'The plant will close in March']]);
  assert.deepEqual(read('Trump in a statement said the plant will close.').map((a) => a.slice(0, 2)), [['Trump', 'said']]);
});

test('"…, the Post reported, citing a source": the report is the clause before, the participle the source’s next act', () => {
  assert.deepEqual(read('The plant will close in March, the Post reported, citing an anonymous source.'), [
    ['the Post', 'reported', 'The plant will close in March', 'indirect'],
    ['the Post', 'citing', 'an anonymous source', 'participial'],
  ]);
  // (a gerund opening the clause after the aside is what was said: "By contrast, he said, digging …")
  assert.deepEqual(read('By contrast, he said, digging up roads can take weeks.').map((a) => [a[2], a[3]]), [
    ['By contrast', 'parenthetical'],
    ['digging up roads can take weeks', 'parenthetical'],
  ]);
});

test('nouns that looked like cues: "thanks to", "an MSNBC show", "amid news reports that", "a direct appeal"', () => {
  assert.deepEqual(read('Total sales increased 4% to 36bn kroner, thanks to strong sales of lager in Russia.'), []);
  assert.deepEqual(read('Sanders met Al Sharpton, a civil rights activist who hosts an MSNBC show.'), []);
  assert.deepEqual(read('Carson appeared on Sunday shows amid news reports that question his past statements.').filter((a) => a[1] === 'reports'), []);
  assert.deepEqual(read('Labour MPs took the step of making a direct appeal to the two men to stop bickering.'), []);
  // (still a verb where it closes the sentence, and a document's verb after what qualifies it)
  assert.deepEqual(read('Algeria suffered a weekend of violent protests, local press reports.').map((a) => a.slice(0, 2)), [['local press', 'reports']]);
  assert.deepEqual(read('Media reports in both countries describe the deal as a major step.').map((a) => a.slice(0, 2)), [['Media reports in both countries', 'describe']]);
});

test('subjects of two lower-case words joined by "and", and a body named by what it covers', () => {
  const two = (text: string) => read(text).map((a) => a.slice(0, 2));
  assert.deepEqual(two('The news and financial data seller said the year had begun well.'), [['The news and financial data seller', 'said']]);
  assert.deepEqual(two('The comic and actor said he had drawn up a list of stars.'), [['The comic and actor', 'said']]);
  assert.deepEqual(two('The myth needs to be exploded, the work and pensions minister has said.'), [['the work and pensions minister', 'has said']]);
  assert.deepEqual(two('A total of 24.2 trillion pesos is earmarked for the poor, the government department for planning said.'), [['the government department for planning', 'said']]);
  // (not a thing, nor someone new after "a")
  assert.deepEqual(two('In rural settings, agricultural and community land once promised as a safety net has been repurposed.'), []);
  assert.deepEqual(two('That was when a journalist and close confidant shared his thoughts.'), []);
});

test('"(BSA) all said" and "said by the time …": a bracket before "all", a time after "by"', () => {
  assert.deepEqual(read('The Council of Mortgage Lenders (CML) and Building Societies Association (BSA) all said lending was slowing.').map((a) => a[1]), ['all said']);
  assert.deepEqual(read('He said by the time universities dealt with pupils, it was too late.').map((a) => a.slice(0, 2)), [['He', 'said']]);
});

test('more plain subjects: "has always insisted", "the families’ lawyer", "X, a search engine, tracks … and says", an aside between hyphens on how the subject felt', () => {
  const two = (text: string) => read(text).map((a) => a.slice(0, 2));
  assert.deepEqual(two('Mr Ebbers, 63, has always insisted that he was unaware of any shortfalls.'), [['Mr Ebbers, 63', 'has always insisted']]);
  assert.deepEqual(two('The Iraqi families’ lawyer argued that the failure breached the convention.'), [['The Iraqi families’ lawyer', 'argued']]);
  assert.deepEqual(two('Technorati, a blog search engine, tracks six million blogs and says that 12,000 are added daily.'), [['Technorati', 'says']]);
  assert.deepEqual(two('However, DEC has no connection with the fake site and says it has contacted the police.'), [['DEC', 'says']]);
  assert.deepEqual(two('A day earlier, Mr Yushchenko - keen to reassure investors - had said only 30 firms would be targeted.'), [['Mr Yushchenko - keen to reassure investors', 'had said']]);
});

test('"upheld …, but said": an irregular past opens the clause a later "but said" hangs on; "and carers have said" opens its own', () => {
  assert.deepEqual(read('The tribunal upheld her claim on certain issues, but said it found no evidence of discrimination.').map((a) => a.slice(0, 3)), [['The tribunal', 'said', 'it found no evidence of discrimination']]);
  assert.deepEqual(read('About 50,000 children live with foster families and carers have said they need more money.').map((a) => a.slice(0, 2)), [['carers', 'have said']]);
  // (a singular verb after "and" joins the group before it: "a committee of MPs and peers has warned")
  assert.deepEqual(read('Deaths in custody have reached shocking levels, a committee of MPs and peers has warned.').map((a) => a[0]), ['a committee of MPs and peers']);
});

test('a relative pronoun after a bracketed acronym, or after an unnamed plural before a verb of saying, has its speaker', () => {
  assert.deepEqual(read('The car maker is extending the reach of General Motors Acceptance Corp (GMAC), which has said it may enter the home loan market.').map((a) => a.slice(0, 2)), [['which', 'has said']]);
  assert.equal(firstSource('The event is being held by the Muslim Association of Britain (MAB), which believes Muslim voters could influence the result.').name, 'Muslim Association of Britain');
  assert.equal(firstSource('The bill has broad support from charities who say it would give better safeguards.').type, 'vague');
  // (not a verb of writing or showing: "writers of all nationalities who write in English", "statistics which showed")
  assert.deepEqual(read('The new award is open to writers of all nationalities who write in English.'), []);
});

test('deeds that looked like reports: "raised the bar", "backed down", "posted a record loss", "a quarter percentage point to", "Trump’s appeal"', () => {
  assert.deepEqual(read('In 2012 the Republican Party raised the bar to this eight state prerequisite.'), []);
  assert.deepEqual(read('Nintendo raised its sales targets for the DS console last December.'), []);
  assert.deepEqual(read('The state party eventually backed down.'), []);
  assert.deepEqual(read('Borussia Dortmund posted a record loss of 68m euros in the 12 months through June.'), []);
  assert.deepEqual(read('Borrowing costs are tipped to rise by a quarter of a percentage point to 2.25%.'), []);
  assert.deepEqual(read('Trump’s appeal to working-class whites is only half the story.'), []);
  assert.deepEqual(read('The same question could be directed to the Western powers.'), []);
  // (still a stance: "raised concerns about", "raised the issue of")
  assert.deepEqual(read('Critics raised concerns about the plan.').map((a) => a[1]), ['raised concerns about']);
  assert.deepEqual(read('He raised the issue of tariffs with Modi.').map((a) => a[1]), ['raised']);
});

test('more deeds: "released its first EP", "accepted a buyout", "addressed a press conference", "has named a lifetime employee", "will see", "shared £42m"', () => {
  for (const text of [
    'The band released its first self-titled EP in 1998.',
    'MCI accepted a $6.75bn buyout from Verizon on Monday.',
    'Tarique Rahman addressed a press conference in the capital on Saturday.',
    'Nissan has named a lifetime employee to run its operations.',
    'The deal will see Sandoz overtake Teva as the biggest maker of generics.',
    'Last year, Britannia members shared £42m.',
  ]) assert.deepEqual(read(text), [], text);
  // (still reports: a statement released, a clause accepted, a person named as something)
  assert.deepEqual(read('The party released a statement saying it would appeal.').map((a) => a[1]), ['released']);
  assert.deepEqual(read('Its lawyers now accept ABN Amro and Calyon were not involved in the sale.').map((a) => a[1]), ['now accept']);
  assert.deepEqual(read('Mr Sullivan named Mr Ebbers as one of five executives who took part in the fraud.').map((a) => a[1]), ['named']);
});

test('a party named by one word is a body, never the "he" of a later sentence: "Labour says …"', () => {
  const text = 'Michael Howard unveiled the manifesto. Labour says the document offers only a failed past. In a speech, he said the majority had been forgotten.';
  const m = analyze(text);
  const speakers = m.statements.flatMap((st) => st.attributions.map((a) => [m.sources[a.source].name, m.sources[a.source].type]));
  assert.deepEqual(speakers, [['Labour', 'organization'], ['Michael Howard', 'person']]);
});

test('a subject widened over "of", "from" or a place names its speaker, not the last name in it', () => {
  const source = (text: string) => {
    const s = firstSource(text);
    return [s.name, s.type];
  };
  assert.deepEqual(source('Critics of the takeover have complained that the money could be better used.'), ['Critics of the takeover', 'vague']);
  assert.deepEqual(source('Pasquale D’Amuro of the FBI called the nine vendors the key ingredients.'), ['Pasquale D’Amuro', 'person']);
  assert.deepEqual(source('On Tuesday, traders in Asia said that South Korea had withdrawn its bids.')[1], 'vague');
  // (a report in an outlet stays the outlet's, as secondhand-source needs)
  assert.deepEqual(source('A report in the Financial Times said the deal was done.'), ['Financial Times', 'media']);
  // (machines are no group: "The group test of 100 home photo printers for PCs discovered")
  assert.notEqual(source('The group test of 100 home photo printers for PCs discovered that ink is costly.')[1], 'vague');
});

test('a role whose holder the aside names is that person, the role theirs: "The author of the book, Tom Reed, said"', () => {
  const source = (text: string) => {
    const s = firstSource(text);
    return [s.name, s.role ?? ''];
  };
  assert.deepEqual(source('The author of the book, Tom Reed, said the account was accurate.'), ['Tom Reed', 'author of the book']);
  assert.deepEqual(source('Its lawyer, Hugh Ray, told the court that Yukos had transferred $27m.'), ['Hugh Ray', 'lawyer']);
  // (not a person the aside only mentions, nor the person a role is for)
  assert.deepEqual(source('His lawyers, led by Bruce Cutler, have vowed to prove him innocent.'), ['His lawyers', '']);
  assert.notEqual(source('But a spokesman for the prosecutor, New York State Comptroller Alan Hevesi, said no agreement had been reached.')[0], 'Alan Hevesi');
});

test('classifyName reads one-word names without splitting, as it reads longer ones', () => {
  assert.equal(classifyName('Labour', false, false), 'organization');
  assert.equal(classifyName('Reuters', false, false), 'media');
  assert.equal(classifyName('NATO', false, false), 'organization');
  assert.equal(classifyName('Hegseth', false, false), 'person');
  // (any white space \s matches makes it several words: a no-break space in "Financial Times")
  assert.equal(classifyName('Financial\u00a0Times', false, true), classifyName('Financial Times', false, true));
  assert.equal(classifyName('Liberal\u2009Democrats', false, false), classifyName('Liberal Democrats', false, false));
});
