// Attribution: words that only look like cues, deeds and nouns ("raised the bar", "posted a record
// loss", "thanks to", "an MSNBC show"), whose false attributions hid claims from unattributed-claim.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readAttributions, readSpans } from './helpers/attributions';
import { analyze } from '../server/src/analysis/analyze';

const read = readAttributions;
/** The cue of each attribution of a text. */
const cues = (text: string): string[] => read(text).map((a) => a[1]);

test('a noun in -s after a plural quantifier or before a verb of speech is not a verb: "Some advocates for …", "Media reports said"', () => {
  assert.deepEqual(read('Some advocates for stem cell research said that overlooked the potential benefits.').map((a) => a.slice(0, 2)), [['Some advocates for stem cell research', 'said']]);
  assert.deepEqual(read('Media reports said 20 people died.').map((a) => a.slice(0, 2)), [['Media reports', 'said']]);
});

test('"felt the pinch" is an experience, not a belief; "feels the Bank may …" still reports', () => {
  assert.deepEqual(read('But households are feeling the pinch.'), []);
  assert.deepEqual(read('Others feel the Bank may still raise rates.').map((a) => a.slice(0, 2)), [['Others', 'feel']]);
});

test('nouns that looked like cues: "thanks to", "an MSNBC show", "amid news reports that", "a direct appeal", "No wonder"', () => {
  assert.deepEqual(read('Total sales increased 4% to 36bn kroner, thanks to strong sales of lager in Russia.'), []);
  assert.deepEqual(read('Sanders met Al Sharpton, a civil rights activist who hosts an MSNBC show.'), []);
  assert.deepEqual(read('Carson appeared on Sunday shows amid news reports that question his past statements.').filter((a) => a[1] === 'reports'), []);
  assert.deepEqual(read('Labour MPs took the step of making a direct appeal to the two men to stop bickering.'), []);
  // ("No wonder" is an idiom: the speaker is the name after it)
  assert.deepEqual(read('No wonder Trump said he loved the poorly educated.').map((a) => a[1]), ['said']);
  assert.deepEqual(read('Voters wonder whether the plan will work.').map((a) => a[1]), ['wonder']);
  // ("the genuine feeling that …" is the noun; "the singer talking about" still a participle)
  assert.deepEqual(read('There was the genuine feeling that the contests were too close to call.'), []);
  assert.deepEqual(read('It features the singer talking about his career.').map((a) => a[1]), ['talking about']);
  // (after an article and an adjective: "a legal challenge", "a public offer"; "the public wants" is the people)
  assert.deepEqual(read('Judges will rule on a legal challenge to the plan.'), []);
  assert.deepEqual(read('S&N will make a public offer to buy another 20% stake.'), []);
  assert.deepEqual(read('The heatwave hit, giving a clear signal that the country may face more.'), []);
  // ("alleged" closing a list of nouns qualifies the next one; after a verb's clause it is the subject's next report)
  assert.deepEqual(read('He said the rise followed killings, legal cases, and alleged human rights violations.').map((a) => a[1]), ['said']);
  assert.deepEqual(read('He denied the charge and alleged a plot.').map((a) => a[1]), ['denied', 'alleged']);
  // (a participle after "with" and its noun is passive: "With a vote ruled out, Cross said"; "with officials saying" still reports)
  assert.deepEqual(read('With a vote for Trump ruled out, Cross said he is left with two options.').map((a) => a.slice(0, 2)), [['Cross', 'said']]);
  assert.deepEqual(read('The talks stalled, with officials saying no deal was near.').map((a) => a.slice(0, 2)), [['officials', 'saying']]);
  // ("Cost estimates, he added, were …": a noun opening the sentence before an aside; "Oxfam estimates, however, that …" reports)
  assert.deepEqual(read('Cost estimates, he added, were “based on a prototype facility.”').map((a) => a.slice(0, 2)), [['he', 'added'], ['he', 'added']]);
  assert.deepEqual(read('Oxfam estimates, however, that 40 people died.').map((a) => a.slice(0, 2)), [['Oxfam', 'estimates']]);
  // ("Electoral support thus reflects …": an adjective opening the sentence; "Nepal plans to …" reports)
  assert.deepEqual(read('Electoral support thus reflects moral economy as much as ideology.'), []);
  assert.deepEqual(read('Nepal plans to hold polls in May.').map((a) => a.slice(0, 2)), [['Nepal', 'plans']]);
  // (a participle between an owner's adjective and its noun qualifies the noun; a verb chain does not run past "and")
  assert.deepEqual(read("It left out the cost of the administration's radical proposed overhaul of social security."), []);
  assert.deepEqual(read('The government announced plans to cut taxes.').map((a) => a.slice(0, 2)), [['The government', 'announced']]);
  assert.deepEqual(read("The FA has yet to act on Mutu's failed drugs test and refuses to discuss his case."), []);
  assert.deepEqual(read('A spokesman for the firm refused to comment.').map((a) => a[1]), ['refused']);
  assert.deepEqual(read('The public wants results.').map((a) => a[1]), ['wants']);
  assert.deepEqual(read('It was a game that merely confirmed the importance of Sol Campbell to Arsenal.'), []);
  // ("TV shows", "radio shows": programmes, not a medium that shows)
  assert.deepEqual(read('Since she presented children’s TV shows Number 73 and Motormouth in the 1980s, she has kept a low profile.'), []);
  // (still a verb where it closes the sentence, and a document's verb after what qualifies it)
  assert.deepEqual(read('Algeria suffered a weekend of violent protests, local press reports.').map((a) => a.slice(0, 2)), [['local press', 'reports']]);
  assert.deepEqual(read('Media reports in both countries describe the deal as a major step.').map((a) => a.slice(0, 2)), [['Media reports in both countries', 'describe']]);
});

test('deeds that looked like reports: "raised the bar", "backed down", "posted a record loss", "a quarter percentage point to", "Trump’s appeal"', () => {
  assert.deepEqual(read('In 2012 the Republican Party raised the bar to this eight state prerequisite.'), []);
  assert.deepEqual(read('Nintendo raised its sales targets for the DS console last December.'), []);
  assert.deepEqual(read('The state party eventually backed down.'), []);
  // (a vote cast: "backed the bill by a vote of 42-30"; "backed the plan, saying …" still reports)
  assert.deepEqual(read('Senators backed the labor bill in principle by a vote of 42-30.'), []);
  assert.deepEqual(read('MPs backed the plan by 310 votes to 210.'), []);
  assert.deepEqual(read('Senators backed the plan, saying it would help.').map((a) => a[1]), ['backed', 'saying']);
  // (an event shows something; no one reports it)
  assert.deepEqual(read('The vote on the bill underscored the divide in the party.'), []);
  assert.deepEqual(read('Milei won an initial victory that underscored his leverage in Congress.'), []);
  assert.deepEqual(read('The minister highlighted the risks.').map((a) => a[1]), ['highlighted']);
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
    'He has just agreed a new deal with the Cubs after joining them in July.',
    'The SEC agreed a deal totalling $375m with Banc of America.',
  ]) assert.deepEqual(read(text), [], text);
  // (a view agreed on stays one: "agreed that …", "agreed to …")
  assert.deepEqual(read('A Dallas court agreed that lawyers would be allowed access to the records.').map((a) => a[1]), ['agreed']);
  // (still reports: a statement released, a clause accepted, a person named as something)
  assert.deepEqual(read('The party released a statement saying it would appeal.').map((a) => a[1]), ['released']);
  assert.deepEqual(read('Its lawyers now accept ABN Amro and Calyon were not involved in the sale.').map((a) => a[1]), ['now accept']);
  assert.deepEqual(read('Mr Sullivan named Mr Ebbers as one of five executives who took part in the fraud.').map((a) => a[1]), ['named']);
});

test('a thing revealed to the eye is shown, not told: "revealed Malti’s face", not "revealed that …" or "revealed his plans"', () => {
  assert.deepEqual(read('The video earlier revealed Malti’s face on Instagram.'), []);
  assert.deepEqual(read('The band revealed the album’s cover on Monday.'), []);
  assert.deepEqual(read('The minister revealed that the talks had failed.').map((a) => a.slice(0, 2)), [['The minister', 'revealed']]);
  assert.deepEqual(read('The minister revealed his plans for the budget.').map((a) => a.slice(0, 2)), [['The minister', 'revealed']]);
});

test('a credit line, an arrival and a compound noun are no reports: "reported from Washington", "showed up", "The ballot question seeks"', () => {
  assert.deepEqual(read('Ryan Grim reported from Washington, D.C.'), []);
  assert.deepEqual(read('The reporter reported from Kabul that the city had fallen.').map((a) => a.slice(0, 2)), [['The reporter', 'reported']]);
  assert.deepEqual(read('One voter, Guadalupe Potocacetpl, 35, showed up in the gear of a nationalist group.'), []);
  assert.deepEqual(read('Polls show up to 40% back him.').map((a) => a.slice(0, 2)), [['Polls', 'show']]);
  assert.ok(!read('The ballot question seeks to raise the cap on charter schools.').some((a) => a[1] === 'question'));
  assert.deepEqual(read('Song spoke before Sanders addressed a Wednesday night rally in the park.'), []);
});

test('what ends is no conclusion: "The talks concluded on Friday", but "…, the report concluded." and "concluded in a report that …" report', () => {
  assert.deepEqual(read('The talks concluded on Friday.'), []);
  assert.deepEqual(read('Later in the show, after the interview concluded, Maher stated that the report was weak.').map((a) => a.slice(0, 2)), [['Maher', 'stated']]);
  assert.deepEqual(read('Both lawyers concluded their arguments before the bench.'), []);
  assert.deepEqual(read('"It is over," he concluded.').map((a) => a.slice(0, 2)), [['he', 'concluded']]);
  assert.deepEqual(read('The gap is closing, the report concluded.').map((a) => a.slice(0, 2)), [['the report', 'concluded']]);
  assert.ok(read('Bail-outs, she concludes, do not spell the end of it.').every((a) => a[0] === 'she' && a[1] === 'concludes'));
  assert.ok(read('Bail-outs, she concludes, do not spell the end of it.').length > 0);
  assert.deepEqual(read('The OFT concluded in a 2002 report that retailers overcharged.').map((a) => a.slice(0, 2)), [['The OFT', 'concluded']]);
  assert.deepEqual(read('The panel concluded the evidence was weak.').map((a) => a.slice(0, 2)), [['The panel', 'concluded']]);
  // ("on a high note": the noun after an adjective, no cue)
  assert.deepEqual(read('US retail sales ended the year on a high note.'), []);
});

test('a quantity added and a work written are deeds: "added around 292,000 jobs", "wrote his dissertation"; words added or written still report', () => {
  assert.deepEqual(read('While the U.S. added around 292,000 jobs in December, China suffered market chaos.'), []);
  assert.deepEqual(read('He added that 292,000 jobs were lost.').map((a) => a.slice(0, 2)), [['He', 'added']]);
  assert.deepEqual(read('While studying, he lived in Brooklyn and wrote his dissertation on the failures of agriculture.'), []);
  assert.deepEqual(read('He wrote that the plan had failed.').map((a) => a.slice(0, 2)), [['He', 'wrote']]);
  assert.deepEqual(read('"That tide will lift all boats," said Carson, who will address the Republican National Convention on Tuesday.').map((a) => a.slice(0, 2)), [['Carson', 'said']]);
  // ("a subsequent note": the noun after an adjective)
  assert.deepEqual(read('In a subsequent note to staff, Zucker said the coverage would change.').map((a) => a.slice(0, 2)), [['Zucker', 'said']]);
});

test('a greeting and a sum added are no reports: "they wished all successes", "add only BDT 10"; a wish for something to happen still is', () => {
  assert.deepEqual(read('In the congratulatory message, they wished all successes of the new government.'), []);
  assert.deepEqual(read('While Redford wishes the festival to be a forum for dissent, the audience is monolithic.').map((a) => a.slice(0, 2)), [['Redford', 'wishes']]);
  assert.deepEqual(read('She wished that the war would end.').map((a) => a.slice(0, 2)), [['She', 'wished']]);
  assert.deepEqual(read('To avail the insurance, consumers have to add only BDT 10 extra per person.'), []);
});

test('a cue word after a possessive or a party adjective is a noun or an adjective: "Sanders’ comments Tuesday", "Trump’s expected answers", "Democratic calls for"', () => {
  assert.deepEqual(read('The moderators came with questions written with Trump’s expected answers in mind.'), []);
  assert.deepEqual(read("Weaver didn't seem impressed with Sanders' comments Tuesday.").map((a) => a.slice(0, 2)), []);
  assert.deepEqual(read('Mrs. Clinton stayed in the contest despite Democratic calls for her to bow out.'), []);
  assert.deepEqual(read('Ann Kirkpatrick has launched the most serious challenge to the senator in years.'), []);
  assert.deepEqual(read('Alpert’s metaphor is telling in its own right.'), []);
  // (a firm in -ic hopes; a contracted "has" still reports)
  assert.deepEqual(read('Sonaptic hopes the technology will have a big impact.').map((a) => a.slice(0, 2)), [['Sonaptic', 'hopes']]);
  assert.deepEqual(read('Trump’s said that he will win.').map((a) => a.slice(0, 2)), [['Trump’s', 'said']]);
});

test('what a thing promised or threatened to do, and a request seeking comment, are no one\'s words', () => {
  assert.deepEqual(read('The debate promised to be a crucial moment for Ben Carson.'), []);
  assert.deepEqual(read('That threatened to create a lot of unhappy middle-class families.'), []);
  assert.deepEqual(read('The company threatened to sue the newspaper.').map((a) => a.slice(0, 2)), [['The company', 'threatened']]);
  assert.deepEqual(read('Sanders’ campaign didn’t immediately return a request seeking comment.'), []);
  assert.deepEqual(read('He promised to be a president for all Americans.').map((a) => a.slice(0, 2)), [['He', 'promised']]);
});

test('people or things found are no finding: "Kujda found five other people who were interested", "Joe Shaw found Dave Walder, who …", "the mistakes found under the current system"', () => {
  assert.deepEqual(read('Kujda found five other people who were interested and the project was born.'), []);
  assert.deepEqual(read('They failed to make them count until Joe Shaw found Dave Walder, who released Mark Mayerholfer.'), []);
  assert.deepEqual(read('Those are some of the mistakes found under the current system.'), []);
  assert.deepEqual(read('It could have been picked up when he found the body.'), []);
  // (a finding still is one: a share, a clause, a report closing the sentence)
  assert.deepEqual(read('The study found 60% of women in the film industry hold degrees.').map((a) => a.slice(0, 2)), [['The study', 'found']]);
  assert.deepEqual(read('The survey found Christmas 2004 was the worst for 10 years.').map((a) => a.slice(0, 2)), [['The survey', 'found']]);
  assert.deepEqual(read('Schools have eschewed mainstream games, she found in her research.').map((a) => a.slice(0, 2)), [['she', 'found']]);
});

test('what is shown off or shown as a quality is no finding: "Steve Jobs showed off the new machine", "Lopez showed glimpses of resolve"', () => {
  assert.deepEqual(read('Chief executive Steve Jobs showed off the new machine at his annual MacWorld speech.'), []);
  assert.deepEqual(read('Lopez showed glimpses of resolve early in the second set.'), []);
  assert.deepEqual(read('Last year, Lufthansa showed signs of recovery.'), []);
  // (figures and studies still show)
  assert.deepEqual(read('New figures showed a fall in economic growth in the last quarter.').map((a) => a.slice(0, 2)), [['New figures', 'showed']]);
});

test('a telephone call, a thing added and a noun before its verb are no reports: "Obama called both candidates Tuesday night", "That adds its own pressure", "tweets appear in search results"', () => {
  assert.deepEqual(read('Obama called both candidates Tuesday night and was scheduled to meet Sanders.'), []);
  assert.deepEqual(read('That adds its own pressure.'), []);
  assert.deepEqual(read('Executives used to work at Google, tweets appear in Google search results and advertisers can buy ads.'), []);
  assert.deepEqual(read('Past shows have featured viewers eating spiders.'), []);
  assert.deepEqual(read('Perhaps most telling, though, were the candidates’ favourite shows.'), []);
  // (a label given, a clause after a long subject, a name's verb still report)
  assert.deepEqual(read('Trump called Clinton a liar on Tuesday.').map((a) => a.slice(0, 2)), [['Trump', 'called']]);
  assert.deepEqual(read('It added its bid to acquire a controlling stake in the bank, was being considered by regulators.').map((a) => a[1]), ['added']);
  assert.deepEqual(read('These are the two countries the ADB fears are most at risk.').map((a) => a.slice(0, 2)), [['the ADB', 'fears']]);
});

test('a subject asked something in an aside answers with the verb after it: "Mr. Trump, asked about the deaths, said …"', () => {
  assert.deepEqual(read("Mr. Trump, asked about the deaths, had said, ''I think our country does plenty of killing also.''"), [['Mr. Trump', 'had said', "''I think our country does plenty of killing also.''", 'direct-quote']]);
  assert.deepEqual(read('Tory leader Michael Howard, asked about the remark by reporters, said it was important.').map((a) => a.slice(0, 2)), [['Tory leader Michael Howard', 'said']]);
  // (a question asked outright still reports)
  assert.deepEqual(read('Later, she asked about the plan.').map((a) => a.slice(0, 2)), [['she', 'asked about']]);
});

test('the accused are no accusers: "individuals accused of distributing pirated content"; "whom he accused of" still reports', () => {
  assert.deepEqual(read('The industries started cases against individuals accused of distributing pirated content.'), []);
  assert.deepEqual(read('Biden was hostile to Orban, whom he accused of looking for a dictatorship.').map((a) => a.slice(0, 2)), [['he', 'accused']]);
  assert.deepEqual(read('Critics accused the government of lying.').map((a) => a[1]), ['accused']);
});

test('an appeal to a thing invokes it; an appeal to people is a plea: "they appealed to biological theories", "appealed to fans to calm down"', () => {
  assert.deepEqual(read('At the same time they appealed to biological theories of moral traits to impart a platform to racism.'), []);
  assert.deepEqual(read('The game appealed to the Kiwi psyche.'), []);
  assert.deepEqual(read('Doherty appealed to fans to calm down.').map((a) => a[1]), ['appealed']);
  assert.deepEqual(read('The minister appealed to the public to report crimes.').map((a) => a[1]), ['appealed']);
});

test('"confirm their place" secures a place, and reports nothing; "confirmed the deal was signed" reports', () => {
  assert.deepEqual(read('It means England will confirm their place in the Super 8s by beating Italy on Monday.'), []);
  assert.deepEqual(read('Portugal confirmed their impressive progress in Sevens rugby.'), []);
  assert.deepEqual(read('The ministry confirmed the deal was signed on Friday.').map((a) => a[1]), ['confirmed']);
  assert.deepEqual(read('He has confirmed his participation in the Grand Prix.').map((a) => a[1]), ['has confirmed']);
});

test('"give it some thought" is the noun; "Some thought the plan would fail" reports', () => {
  assert.deepEqual(read('The CEC would do well to give it some thought, if only to restore faith in the process.'), []);
  assert.deepEqual(read('He gave little thought to the risks.'), []);
  assert.deepEqual(read('Some thought the plan would fail.').map((a) => a[1]), ['thought']);
});

test('a name after "against" is what the subject is about, not the speaker', () => {
  assert.deepEqual(read('Bribery allegations against Adani Group founder Gautam Adani have highlighted the growing problem.'), []);
  assert.deepEqual(read('The case against Donald Trump claimed that he had lied.'), []);
  assert.deepEqual(read('Texas has filed a lawsuit against two men believed to be among the top spammers.'), []);
});

test('a causative’s object and participle report nothing: "to have the Hunting Act ruled invalid"', () => {
  assert.deepEqual(read('The Countryside Alliance failed in its attempt to have the Hunting Act ruled invalid.'), []);
  assert.deepEqual(read('The court ruled the act invalid on Friday.').map((a) => a[1]), ['ruled']);
});

test('"proving" says how something turned out, not what anyone argued: "with Sim City proving the most popular"', () => {
  assert.deepEqual(read('Use of games in schools has been patchy, with Sim City proving the most popular.'), []);
  assert.deepEqual(read('The plan was patchy, with one telling AFP it had failed.').map((a) => a.slice(0, 2)), [['one', 'telling']]);
});

test('an imperative or an invitation opening the sentence reports nothing: "Now consider the possibility that Perry …", "Let’s think about …", "Just ask Anne."', () => {
  assert.deepEqual(read('Now consider the possibility that Perry was the advance guard of an American conquest of Japan.'), []);
  assert.deepEqual(read('Let’s think about Commodore Matthew Perry of the US navy, who steamed into the bay of Edo in 1853.'), []);
  assert.deepEqual(read('Just ask Anne.'), []);
  // (a verb in the past opening the sentence still has its speaker after it)
  assert.deepEqual(read('Said the minister: "We will win."').map((a) => a.slice(0, 2)), [['the minister', 'Said']]);
});

test('an -ing form right after its noun, with the clause’s verb later, qualifies the noun ("Anyone planning to move … will have to", "Lawyers defending Ebbers have called"); a verb of saying before its clause still reports ("a press release saying his group was interested")', () => {
  assert.deepEqual(read('Anyone planning to move to the UK will have to pass a test.'), []);
  assert.deepEqual(read('The only Ireland player offering a real threat was O\'Driscoll.'), []);
  assert.deepEqual(read('Currently users wanting protection from spyware have turned to free programs.'), []);
  // (nor is one summoned "as" someone called: "have called a company whistleblower as their first witness")
  assert.deepEqual(read('Lawyers defending Bernie Ebbers have called a company whistleblower as their first witness.'), []);
  assert.deepEqual(read('The bid was followed by a press release saying his group was interested in M&S.').map((a) => a.slice(0, 2)), [['a press release', 'saying']]);
  assert.deepEqual(read('Sales had fallen 12% in November - with some analysts saying this could indicate problems ahead.').map((a) => a.slice(0, 2)), [['some analysts', 'saying']]);
});

test('"in which" and "but has since said" open clauses of their own inside an earlier content', () => {
  assert.deepEqual(readSpans('Trump railed against the judge for his handling of the case, in which students have alleged they were misled and defrauded.'), [
    ['Trump', 'railed against', 'the judge for his handling of the case'],
    ['students', 'have alleged', 'they were misled and defrauded'],
  ]);
  assert.deepEqual(readSpans('Cruz has supported more H-1B visas but has since said he now believes the system needs reform.'), [
    ['Cruz', 'has supported', 'more H-1B visas'],
    ['Cruz', 'has since said', 'he now believes the system needs reform'],
  ]);
});

test('a verb chain before "to" holds only verbs, adverbs and particles ("went on to warn", "is still to announce"), unless a verb of saying follows ("used a speech to say"): "will meet to decide", "came despite an EU demand for Turkey to recognise" report nothing', () => {
  assert.deepEqual(read('The board is expected to meet early this week to discuss the latest proposal.'), []);
  assert.deepEqual(read('The deal came despite an EU demand for Turkey to recognise Cyprus.'), []);
  assert.deepEqual(read('Mr Blunkett met his EU counterparts in Luxembourg on Monday to consider proposals.'), []);
  assert.deepEqual(read('Mr Kennedy used a speech to say the war was illegal.').map((a) => a.slice(0, 2)), [['Mr Kennedy', 'used a speech to say']]);
  assert.deepEqual(read('He went on to warn that prices would rise.').map((a) => a.slice(0, 2)), [['He', 'went on to warn']]);
});

test('a thing that "says a lot about" something reveals it and reports nothing; people and reports who say it still speak', () => {
  assert.deepEqual(readAttributions('The decision says a lot about the government’s priorities.'), []);
  assert.deepEqual(readAttributions('This perhaps said more about how people perceive the technology.'), []);
  assert.deepEqual(readAttributions('Its view of the world says something about the extreme media relativism.'), []);
  assert.deepEqual(readAttributions('Trump said something about Mexico.').map((a) => a.slice(0, 2)), [['Trump', 'said']]);
  assert.deepEqual(readAttributions('His aides haven’t said much about the plan.').map((a) => a.slice(0, 2)), [['His aides', 'haven’t said']]);
  assert.deepEqual(readAttributions('The report says much about the crisis.').map((a) => a.slice(0, 2)), [['The report', 'says']]);
});

test('participles that qualify a noun report nothing: "His declared interests", "Views expressed are …", "their Oscars hopes"; an object relative still reports', () => {
  assert.deepEqual(read('His declared interests include £20,000 from newspaper articles.'), []);
  assert.deepEqual(read('Views expressed are the writer’s own.'), []);
  assert.deepEqual(read('Foxx won the award, boosting their Oscars hopes this month.'), []);
  // ("which critics claimed were …", "what he claimed was …": the verb of the relative clause)
  assert.deepEqual(read('He distanced himself from the posters, which critics claimed were "anti-Semitic".').map((a) => a.slice(0, 2)), [['critics', 'claimed']]);
  assert.deepEqual(read('Morgan quit over what he claimed was indecision by the board.').map((a) => a.slice(0, 2)), [['he', 'claimed']]);
  // (and a name after an owner's pronoun is no subject of a verb of speech: "Stars In Their Eyes said")
  assert.deepEqual(read('The host who also presents Stars In Their Eyes said the show would end.').map((a) => a[1]), ['said']);
});

test('"despite reported interest" qualifies a noun, and "without even mentioning" says nothing; "after saying" still reports', () => {
  assert.deepEqual(read('Davies will stay with English side Gloucester despite reported interest from the Ospreys.'), []);
  assert.deepEqual(read('But that’s without even mentioning the fact that he scored twice.'), []);
  assert.deepEqual(read('It was a fragmented view, taken without understanding the issue.'), []);
  assert.deepEqual(read('Zucker responded by saying that the network was fair.').map((a) => a.slice(0, 2)), [['Zucker', 'responded']]);
});

test('"explained by" a cause reports nothing; "explained by officials" still does', () => {
  assert.deepEqual(read('The rise could be explained by an increase in the working population.'), []);
  assert.deepEqual(read('The decision was explained by officials as a matter of safety.').map((a) => a.slice(0, 2)), [['officials', 'was explained']]);
});

test('"show" after a name and an article is the noun ("the West End show"); "shows" after a body is still a verb', () => {
  assert.deepEqual(cues('Springer helped launch the West End show and attended the opening night.'), []);
  assert.deepEqual(cues('His recent hits have included the West End show Mary Poppins.'), []);
  assert.deepEqual(cues('This picture released by the Venezuelan Presidency shows that the president met the envoy.'), ['shows']);
  // (and no regions or cities as people: "The West End is honouring its stars")
  assert.deepEqual(analyze('The West End is honouring its finest stars.').sources.filter((x) => x.type === 'person').map((x) => x.name), []);
});

test('a side that replies with a score, and one denied a try, victory or bail, reports nothing; a denial of a claim still does', () => {
  assert.deepEqual(cues('Irish replied with three penalties and a drop goal before Staniforth ran in a try.'), []);
  assert.deepEqual(cues('The teenager has responded with six goals in nine games.'), []);
  assert.deepEqual(cues('Mr Khodorkovsky is in prison, having been charged with fraud and repeatedly denied bail.'), []);
  assert.deepEqual(cues('The tackle denied him a certain try.'), []);
  assert.deepEqual(cues('The minister replied with a statement saying the claims were false.'), ['replied']);
  assert.deepEqual(cues('The minister denied the claims.'), ['denied']);
});

test('a post or a paper "shared on" a platform was put out, and does not speak ("The video shared on Truth Social sparked censure")', () => {
  assert.deepEqual(cues("The video shared on Trump's Truth Social account on February 5 sparked censure."), []);
  assert.deepEqual(cues('The minister shared on Facebook that the deal was done.'), ['shared']);
});
