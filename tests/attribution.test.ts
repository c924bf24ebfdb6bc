// Attribution spans on small news sentences: the source as a reader marks it (the whole subject noun
// phrase), the cue and the content. Each case is a construction the extractor supports.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../server/src/analysis/analyze';
import { checkText } from '../server/src/check';
import { LineIndex } from '../server/src/analysis/lines';
import { hoverAt } from '../server/src/lsp/hover';
import { sentenceCandidates } from '../server/src/analysis/attribution';
import { firstSource, readSpans } from './helpers/attributions';

/** Every attribution of a text as [source mention, cue, content]. */
const read = readSpans;
/** Every attribution of a text as "source mention|cue". */
const whoSaid = (text: string): string[] => read(text).map(([who, cue]) => `${who}|${cue}`);
/** The source of a text's first attribution. */

test('the source is the whole subject noun phrase, back to the start of its clause', () => {
  assert.deepEqual(read('A new poll shows Trump ahead.'), [['A new poll', 'shows', 'Trump ahead']]);
  assert.deepEqual(read('The latest Reuters/Ipsos poll found that he led.'), [['The latest Reuters/Ipsos poll', 'found', 'that he led']]);
  assert.deepEqual(read('A spokesman for Democratic presidential candidate Hillary Clinton said no.'), [['A spokesman for Democratic presidential candidate Hillary Clinton', 'said', 'no']]);
  // (an inquiry into something is the source, not what it looked into)
  assert.deepEqual(read('An investigation into the crash revealed the plane was overloaded.'), [['An investigation into the crash', 'revealed', 'the plane was overloaded']]);
  assert.equal(firstSource('An investigation into the crash revealed the plane was overloaded.')?.type, 'document');
});

test('a time, an opening conjunction or a subordinate clause is not part of the source', () => {
  assert.deepEqual(read('Last week Trump said he would win.'), [['Trump', 'said', 'he would win']]);
  assert.deepEqual(read('And Clinton said it failed.'), [['Clinton', 'said', 'it failed']]);
  assert.deepEqual(read('Now the senator says the bill is dead.'), [['the senator', 'says', 'the bill is dead']]);
});

test('a relative clause on the source belongs to it, before or after the cue', () => {
  assert.deepEqual(read('Biden, who served as a senator for 36 years, said the deal was good.'), [['Biden, who served as a senator for 36 years', 'said', 'the deal was good']]);
  assert.deepEqual(read('“There is always resistance,” said Mr. Schmidt, who bought the property.'), [['Mr. Schmidt, who bought the property', 'said', '“There is always resistance,”']]);
});

test('a group named by number, quantifier or tie to someone is a source', () => {
  assert.deepEqual(read('All three candidates have said they would expand it.'), [['All three candidates', 'have said', 'they would expand it']]);
  assert.deepEqual(read('Other refugee advocates also said the government should go further.'), [['Other refugee advocates', 'also said', 'the government should go further']]);
  assert.deepEqual(read('Hamdy was headed to Cairo, her friend said.'), [['her friend', 'said', 'Hamdy was headed to Cairo']]);
});

test('a noun phrase the name readers do not know, whole, before a verb of speech', () => {
  assert.deepEqual(read('The Republican nominee for the election later said he was being sarcastic.'), [['The Republican nominee for the election', 'later said', 'he was being sarcastic']]);
});

test('a plural possessive whose apostrophe stands apart: "Sanders’ campaign"', () => {
  assert.deepEqual(read('Sanders’ campaign says it raised more than $21 million.'), [['Sanders’ campaign', 'says', 'it raised more than $21 million']]);
});

test('"…,” the Times reported": a clause of its own after a quote closed by its comma', () => {
  assert.deepEqual(read('Carter placed a note card in a “burn bag,” the Times reported.'), [['the Times', 'reported', 'Carter placed a note card in a “burn bag,”']]);
  const [first, second] = read('Carter discussed how he placed a note card in a “burn bag,” the Times reported.');
  assert.deepEqual(second.slice(0, 2), ['the Times', 'reported']);
  assert.ok(!first[2].includes('Times'));
});

test('the article before a source after its cue belongs to it; a verb after an article is a noun', () => {
  assert.deepEqual(read('The party is central to the platform, reported the Washington Examiner.'), [['the Washington Examiner', 'reported', 'The party is central to the platform']]);
  assert.deepEqual(read('Bob Friedman, a talk show host, said that he noticed the shift.'), [['Bob Friedman, a talk show host', 'said', 'that he noticed the shift']]);
});

test('"…, she pointed out.": a pronoun closing the sentence opens a clause of its own', () => {
  const found = read('Ms Lomax spoke. Other surveys collectively show a rapid slowdown in UK house price growth, she pointed out.');
  assert.deepEqual(found[0], ['Other surveys', 'collectively show', 'a rapid slowdown in UK house price growth']);
});

test('a compound or a prepositional phrase before a noun-like cue is not a source', () => {
  assert.deepEqual(read('Cinemas did well last weekend according to studio estimates.').filter(([, cue]) => cue === 'estimates'), []);
  assert.deepEqual(read('Shares fell amid terrorism fears.'), []);
});

test('the cue leaves out a time before it and the "by" of a passive', () => {
  assert.deepEqual(read('The Kentucky Republican on Tuesday dismissed the idea.'), [['The Kentucky Republican', 'dismissed', 'the idea']]);
  assert.deepEqual(read('The move was first reported by MSNBC.'), [['MSNBC', 'was first reported', 'The move']]);
});

test('"which" and a restrictive "that" stand for the group before them', () => {
  assert.deepEqual(read('The union, which endorsed Hillary Clinton in November, is big.'), [['which', 'endorsed', 'Hillary Clinton in November']]);
});

test('verbs that report only in some uses: show, continue, add, find', () => {
  assert.deepEqual(read('He is a star on the hit CW show, but he is also famous.'), []);
  assert.deepEqual(read('The delegate lead for Hillary Clinton continues to grow.'), []);
  assert.deepEqual(read('Hillary Clinton added to her delegate lead.'), []);
  assert.deepEqual(read('He had lost his passport but found it before the flight.'), []);
  assert.deepEqual(read('The survey found that voters were angry.'), [['The survey', 'found', 'that voters were angry']]);
  assert.deepEqual(read('Polls show he remains the second choice.'), [['Polls', 'show', 'he remains the second choice']]);
});

test('verbs whose object is what they report: "cited the report", "dismissed the idea"', () => {
  assert.deepEqual(read('The senator cited a new report on jobs.'), [['The senator', 'cited', 'a new report on jobs']]);
  assert.deepEqual(read('Islamic banks offer loans without interest.'), []);
});

test('a cue at the end of a verb chain: the chain is the cue, its subject the source', () => {
  assert.deepEqual(read('The New York Times is expected to endorse the Democratic candidate.'), [['The New York Times', 'is expected to endorse', 'the Democratic candidate']]);
  assert.deepEqual(read('Trump wavered in answering a question about Jerusalem.'), [['Trump', 'wavered in answering', 'a question about Jerusalem']]);
  assert.deepEqual(read('The family went to the coast to see the sea.'), []);
});

test('a title-case headline: "Bernie Sanders Says He’s Already Started"', () => {
  assert.deepEqual(read('Bernie Sanders Says He’s Already Started Writing His Address.'), [['Bernie Sanders', 'Says', 'He’s Already Started Writing His Address']]);
});

test('"made it clear", "made clear": the verb and its words are the cue', () => {
  assert.deepEqual(read('Trump made it clear that he would run.'), [['Trump', 'made it clear', 'that he would run']]);
});

test('a form of "be" and an adjective of stance: "is confident that", "were skeptical of"', () => {
  assert.deepEqual(read('Clinton is confident that she will win.'), [['Clinton', 'is confident', 'that she will win']]);
  assert.deepEqual(read('Republicans were deeply skeptical of the deal.'), [['Republicans', 'were deeply skeptical of', 'the deal']]);
  assert.deepEqual(read('The room was happy.'), []);
});

test('a reaction drawn from others: the group after "from" is the source', () => {
  assert.deepEqual(read('The proposal has drawn harsh criticism from fellow Republicans.'), [['fellow Republicans', 'has drawn harsh criticism', 'The proposal']]);
});

test('"support" after its subject, with an object, reports', () => {
  assert.deepEqual(read('About three-quarters support a temporary ban.'), [['About three-quarters', 'support', 'a temporary ban']]);
});

test('a source after its cue keeps its appositives, one after another, and the stops of its abbreviations', () => {
  assert.deepEqual(read('“It is wrong,” said Dean Baker, co-director of the Center for Economic Research, a liberal think tank.'), [['Dean Baker, co-director of the Center for Economic Research, a liberal think tank', 'said', '“It is wrong,”']]);
  assert.deepEqual(read('“It is bad,” said Bill Burton, a former official in Mr. Obama’s White House.'), [['Bill Burton, a former official in Mr. Obama’s White House', 'said', '“It is bad,”']]);
});

test('a relative clause that reports something itself is not part of the source', () => {
  assert.deepEqual(read('Barkley, who said he votes democratic, said the party was wrong.')[1], ['Barkley', 'said', 'the party was wrong']);
  // (a speaker inside a relative clause reports up to its closing comma when the main clause goes on with its verb)
  assert.deepEqual(read('The deal, which she says will create 3,000 jobs, was signed in May.'), [['she', 'says', 'will create 3,000 jobs']]);
  assert.deepEqual(read('He praised the show, which he calls “good fun”, apart from one scene.')[1], ['he', 'calls', '“good fun”, apart from one scene']);
  // (a clause a subordinator opens the sentence with reports up to its comma; "As officials said, …" reports the main clause)
  assert.deepEqual(read('Even as Trump claimed on Tuesday that the general got off lightly, one of his aides left.'), [['Trump', 'claimed', 'that the general got off lightly']]);
  assert.deepEqual(read('As officials said, the vote, held on Monday, was fair.'), [['officials', 'said', 'the vote, held on Monday, was fair']]);
  // (a quote a colon leads into, then its own speaker and verb: the earlier content ends at the colon, the quote is the speaker's)
  assert.deepEqual(read('Trump seemed to suggest he had silenced his wife: "She signed an agreement," he told the Times.').map((a) => a.slice(0, 3)), [
    ['Trump', 'seemed to suggest', 'he had silenced his wife'],
    ['he', 'told', '"She signed an agreement,"'],
  ]);
});

test('the whole subject: "Mrs. Clinton’s campaign", "Some of her followers", "He and Mr. Allen"', () => {
  assert.deepEqual(read("Mrs. Clinton's campaign said no.")[0].slice(0, 2), ["Mrs. Clinton's campaign", 'said']);
  assert.deepEqual(read('The rally ended. Some of her followers said it was fine.')[0].slice(0, 2), ['Some of her followers', 'said']);
  assert.deepEqual(read('He and Mr. Allen said it was fine.')[0].slice(0, 2), ['He and Mr. Allen', 'said']);
});

test('"now" and "soon" between a source and its cue belong to the cue', () => {
  assert.deepEqual(read('Trump now says he was wrong.'), [['Trump', 'now says', 'he was wrong']]);
});

test('"they" stands for a group of people named before; "it" never does', () => {
  const m = analyze('Lawyers for the family said it was wrong. They said his case came within the jurisdiction. It said nothing.');
  const [first, second, third] = m.statements.flatMap((st) => st.attributions);
  assert.equal(second.source, first.source);
  // "It" is left unresolved, a source of its own, and the sentence still counts as attributed
  assert.equal(third.mention.via, 'unresolved');
  assert.notEqual(third.source, first.source);
  assert.equal(m.sources[third.source].name, 'it');
  assert.equal(m.statements.flatMap((st) => st.attributions).length, 3);
});

test('a pronoun with nobody before it is still a source: the claim is attributed, not unattributed', () => {
  const text = 'The company sold 5,000 cars in March. It added that sales would rise by 20 percent this year.';
  const { model, findings } = checkText(text, 'plaintext');
  const it = model.statements[1].attributions[0];
  assert.equal(it.mention.text, 'It');
  assert.equal(it.mention.via, 'unresolved');
  assert.equal(model.statements[1].status, 'attributed');
  assert.deepEqual(findings.filter((f) => f.rule === 'unattributed-claim').map((f) => f.sentence), [0]);
  const card = hoverAt(model, new LineIndex(text), text.indexOf('sales'))!.markdown;
  assert.match(card, /Mention: “It”: nobody it could refer to speaks or is named before it/);
  // a later pronoun is not resolved to it: "He said" after an unresolved "They" is unresolved too
  const m = analyze('They claim the plan failed. He said it would cost 5 billion dollars.');
  assert.deepEqual(m.statements.map((st) => st.attributions.map((a) => [m.sources[a.source].name, a.mention.via])), [[['they', 'unresolved']], [['he', 'unresolved']]]);
});

test('a cue and its source set off by commas inside the sentence leave the sentence round them theirs', () => {
  // (after an opening connective, the part after the aside; tests/attribution-clauses.test.ts has both pieces)
  const text = 'Instead, said Mr Doctorow, DRM systems were intended to control the consumers who buy 90% of the devices.';
  assert.deepEqual(read(text), [['Mr Doctorow', 'said', 'DRM systems were intended to control the consumers who buy 90% of the devices']]);
  // (a later cue with its own subject still ends the content: "…, the minister added")
  const later = 'The pact, he said, will deepen ties, the minister added.';
  assert.deepEqual([...new Set(read(`Pete Hegseth spoke. ${later}`).map((a) => a[1]))], ['said', 'added']);
});

test('reported content ends where the writer’s own clause begins: ", but …", ", which …"', () => {
  assert.deepEqual(read('Trump said the plan would work, but polls show most voters disagree.'), [['Trump', 'said', 'the plan would work'], ['polls', 'show', 'most voters disagree']]);
});

test('verbs stressed on their last syllable double it: "referred to", "referring to"', () => {
  assert.deepEqual(read('Trump referred to the plan as a disaster.'), [['Trump', 'referred to', 'the plan as a disaster']]);
  assert.deepEqual(read('Trump attacked the press, referring to reporters as dishonest.')[1], ['Trump', 'referring to', 'reporters as dishonest']);
});

test('"Asked whether …" opening a sentence is a participle, not "Said Mr Bysshe:"', () => {
  assert.deepEqual(read('Asked whether Clinton has the integrity, 75 percent of Democrats said yes.'), [['75 percent of Democrats', 'said', 'yes']]);
});

test('the person addressed ends at the clause’s own subject: "told host Chris Cuomo she believed …"', () => {
  assert.deepEqual(read('Gillibrand told host Chris Cuomo she believed that Clinton would release it.'), [['Gillibrand', 'told', 'she believed that Clinton would release it']]);
});

test('"a poll released Monday" and "the four states that voted" report nothing', () => {
  assert.deepEqual(read('The four states that voted Tuesday were close.'), []);
  assert.deepEqual(read('In a poll released Monday, most chose Clinton.').filter(([, cue]) => cue === 'released'), []);
});

test('"a program called Sandy Hook Promise" names; "saw" perceives', () => {
  assert.deepEqual(read('Barden now helps lead a program called Sandy Hook Promise.'), []);
  assert.deepEqual(read('When I began to speak I saw his surprise.'), []);
});

test('a common noun phrase closing the sentence after its verb of speech: "…,” wrote one commenter.', () => {
  assert.deepEqual(read('“They will find a way,” wrote one commenter.'), [['one commenter', 'wrote', '“They will find a way,”']]);
});

test('documents as sources: "New fundraising reports show", "Exit polling showed", "The report published Tuesday showed"', () => {
  assert.deepEqual(read('New fundraising reports show more than 40 percent of that money arrived in February.')[0].slice(0, 2), ['New fundraising reports', 'show']);
  assert.deepEqual(read('Exit polling showed that Clinton won every demographic.')[0].slice(0, 2), ['Exit polling', 'showed']);
  assert.deepEqual(read('The report published Tuesday showed that she met donors.'), [['The report published Tuesday', 'showed', 'that she met donors']]);
});

test('"seed" is not a form of "see"; "used to seeing" is perception', () => {
  assert.deepEqual(read('Olivier Rochus beat third seed Tim Henman.'), []);
  assert.deepEqual(read('People are used to seeing prices rise.'), []);
});

test('"said about": the preposition of the topic belongs to the cue', () => {
  assert.deepEqual(read('Trump said about the wall that it would be built.'), [['Trump', 'said about', 'the wall that it would be built']]);
});

test('"opposed", "worried", "determined" are verbs too, not only adjectives after "be"', () => {
  assert.deepEqual(read('Still, the Business Council of British Columbia opposed an increase.'), [['the Business Council of British Columbia', 'opposed', 'an increase']]);
  assert.deepEqual(read('The council was opposed to the plan.'), [['The council', 'was opposed', 'to the plan']]);
});

test('"want", "prefer" and "backed" take an object as stance verbs', () => {
  assert.deepEqual(read('Rep. Patrick Murphy wants more funding for teacher pay.'), [['Rep. Patrick Murphy', 'wants', 'more funding for teacher pay']]);
  assert.deepEqual(read('Those voters backed Mr. Sanders.'), [['Those voters', 'backed', 'Mr. Sanders']]);
});

test('a capitalized word in -ly is a name, not an adverb between source and cue', () => {
  assert.deepEqual(read('Mrs. Schlafly said the disclosure was a deliberate attempt.'), [['Mrs. Schlafly', 'said', 'the disclosure was a deliberate attempt']]);
  assert.deepEqual(read('Megyn Kelly said the debate was unfair.'), [['Megyn Kelly', 'said', 'the debate was unfair']]);
});

test('coordinated subjects and asides between dashes belong to the source', () => {
  assert.deepEqual(read('Her advisers and allies say she will spend the weeks honing her message.'), [['Her advisers and allies', 'say', 'she will spend the weeks honing her message']]);
  assert.deepEqual(read('Democrats and civil rights groups say they came to the table.'), [['Democrats and civil rights groups', 'say', 'they came to the table']]);
  assert.deepEqual(read('Jason Sims — a teacher from Mount Pleasant — says he made a late decision.'), [['Jason Sims — a teacher from Mount Pleasant', 'says', 'he made a late decision']]);
  assert.deepEqual(read('Democrats — and some Republicans — say that the losses outweigh any gains.'), [['Democrats — and some Republicans', 'say', 'that the losses outweigh any gains']]);
});

test('a focus word opening the clause stays outside the source; a time of day between source and cue too', () => {
  assert.deepEqual(read('Even the organizer of the rally said the rules increased the risk.'), [['the organizer of the rally', 'said', 'the rules increased the risk']]);
  assert.deepEqual(read('RNC spokesman Sean Spicer on Thursday evening said the party was not in a crisis.'), [['RNC spokesman Sean Spicer', 'said', 'the party was not in a crisis']]);
});

test('a pronoun clause closed by a comma and a subordinating word is a reporting clause of its own', () => {
  // (the parenthetical's content comes in two pieces round it, one attribution each)
  assert.deepEqual(read('Makers want us to buy big screens, they say, although small ones suffice.').map(([s, c]) => [s, c]), [['Makers', 'want'], ['they', 'say'], ['they', 'say']]);
});

test('wanting with only an object, inside what someone else says, stays part of it', () => {
  assert.deepEqual(read('Lord Rennard suggested Labour was hiding because it wanted less scrutiny.'), [['Lord Rennard', 'suggested', 'Labour was hiding because it wanted less scrutiny']]);
});

test('a place or party and a lower-case role before the name belong to the source, after the cue too', () => {
  assert.deepEqual(read('“We will win,” said Virginia delegate Beau Correll.'), [['Virginia delegate Beau Correll', 'said', '“We will win,”']]);
  assert.deepEqual(read('“We will win,” said Republican party boss Reince Priebus.'), [['Republican party boss Reince Priebus', 'said', '“We will win,”']]);
  assert.deepEqual(read('Minnesota state delegate Mary Susan said she would vote.'), [['Minnesota state delegate Mary Susan', 'said', 'she would vote']]);
  assert.deepEqual(read('Texas Lt. Gov. Dan Patrick says the state will win.'), [['Texas Lt. Gov. Dan Patrick', 'says', 'the state will win']]);
});

test('a series of names, and the role before it, is one source', () => {
  assert.deepEqual(read('Republican presidential hopefuls Jeb Bush and Chris Christie say the plan is bad.'), [['Republican presidential hopefuls Jeb Bush and Chris Christie', 'say', 'the plan is bad']]);
  assert.deepEqual(read('Celebrities Julianne Moore, Kerry Washington and Amy Schumer applaud the plan.'), [['Celebrities Julianne Moore, Kerry Washington and Amy Schumer', 'applaud', 'the plan']]);
});

test('where a group or document is from belongs to it: "A report in the Times said"', () => {
  assert.deepEqual(read('A report in the Times said he would run.'), [['A report in the Times', 'said', 'he would run']]);
  assert.deepEqual(read('Officials in Washington said the talks had failed.'), [['Officials in Washington', 'said', 'the talks had failed']]);
});

test('a negated report is the speaker’s, the negation part of the cue; a negated confirmation or perception is not', () => {
  assert.deepEqual(read('Carson did not mention any of his opponents by name.'), [['Carson', 'did not mention', 'any of his opponents by name']]);
  assert.deepEqual(read('The spokesman would not say why the three had been detained.'), [['The spokesman', 'would not say', 'why the three had been detained']]);
  assert.deepEqual(read('The ministry has not confirmed the report.'), []);
  assert.deepEqual(read('Customers will not see their connections double.'), []);
});

test('documents closing the sentence: "…, records show."', () => {
  assert.deepEqual(read('He agreed to sell the plane in 2010, records show.'), [['He', 'agreed', 'to sell the plane in 2010'], ['records', 'show', 'He agreed to sell the plane in 2010']]);
  assert.deepEqual(read('The hit CW show, which aired Monday, was cancelled.'), []);
});

test('a month between source and cue: "A Bloomberg poll in June showed"', () => {
  assert.deepEqual(read('A Bloomberg poll in June showed that most voters were bothered.'), [['A Bloomberg poll', 'showed', 'that most voters were bothered']]);
});

test('"When asked by a reporter whether …": the asker is the source, the question the content', () => {
  assert.deepEqual(read('When asked by a reporter whether this differed from the plan, Trump said no.'), [['a reporter', 'asked', 'whether this differed from the plan'], ['Trump', 'said', 'no']]);
});

test('after a colon, the quote is the content; the words that lead to it are the cue’s when they only say how it was said', () => {
  assert.deepEqual(read('Clinton released the following statement: “We offer our condolences to the family.”'), [['Clinton', 'released the following statement', '“We offer our condolences to the family.”']]);
  assert.deepEqual(read('Leigh said the plan was good but he told the Times: “I would cut taxes sooner.”').map(([s, c]) => [s, c]), [['Leigh', 'said']]);
});

test('the person addressed ends at a contracted subject: "told Breitbart News he’d support …"', () => {
  assert.deepEqual(read('Stone also told Breitbart News he’d support Clinton.'), [['Stone', 'also told', 'he’d support Clinton']]);
});

test('"is telling" reports; "since" and a short time before "after" open a participle whose subject follows', () => {
  assert.deepEqual(read('Trump is telling a town hall in Salem that waterboarding is peanuts.'), [['Trump', 'is telling', 'that waterboarding is peanuts']]);
  assert.deepEqual(read('Since announcing in October that he would retire, Mr. Biden has been loyal.')[0], ['Mr. Biden', 'announcing', 'in October that he would retire']);
  assert.deepEqual(read('One month after announcing his support for Trump, Rubio still believes that he is unfit.'), [['Rubio', 'announcing', 'his support for Trump'], ['Rubio', 'still believes', 'that he is unfit']]);
});

test('a pronoun with no one named before it stands for the person named last before it in its own sentence', () => {
  const m = analyze('Marion Jones has sued Victor Conte following his allegations that he gave her drugs.');
  const a = m.statements.flatMap((st) => st.attributions);
  assert.ok(a.length > 0);
  for (const x of a) assert.equal(m.sources[x.source].name, 'Victor Conte');
  const first = analyze('Hillary Clinton isn’t rattled about the losses — in fact, she said it humanizes her.');
  assert.deepEqual(first.statements.flatMap((st) => st.attributions).map((x) => [first.sources[x.source].name, x.mention.text, x.cue.text]), [['Hillary Clinton', 'she', 'said']]);
});

test('a source after its cue keeps a party bracket, where the person is from, and a role in lower case or with a possessive', () => {
  assert.deepEqual(read('“It is wrong,” said Senator Chris Coons, Democrat of Delaware.')[0][0], 'Senator Chris Coons, Democrat of Delaware');
  assert.deepEqual(read('“It is wrong,” said Warren Gunnels, Mr. Sanders’s longtime policy adviser.')[0][0], 'Warren Gunnels, Mr. Sanders’s longtime policy adviser');
  assert.deepEqual(read('“It is wrong,” said Josh Bivens, research director of the Economic Policy Institute.')[0][0], 'Josh Bivens, research director of the Economic Policy Institute');
  assert.deepEqual(read('“It is wrong,” said Sen. Chris Murphy (D-Conn.), who voted against the bill.')[0][0], 'Sen. Chris Murphy (D-Conn.), who voted against the bill');
  assert.deepEqual(read('“It is wrong,” said David French of the National Retail Federation.')[0][0], 'David French of the National Retail Federation');
  assert.deepEqual(read('“It is wrong,” said Smith, adding that he would wait.')[0][0], 'Smith');
});

test('a source after its cue runs past the words and names that only qualify its head, and past the stops of a title', () => {
  assert.deepEqual(read('“It is wrong,” said one party activist.')[0][0], 'one party activist');
  assert.deepEqual(read('“It is wrong,” said a senior Cruz adviser.')[0][0], 'a senior Cruz adviser');
  assert.deepEqual(read('“It is wrong,” said the younger Mr. Trump.')[0][0], 'the younger Mr. Trump');
  assert.deepEqual(read('“It is wrong,” said former Wisconsin Gov. Jim Doyle.')[0][0], 'former Wisconsin Gov. Jim Doyle');
});

test('an appositive read as the subject belongs to the person named before it, who becomes the source', () => {
  const m = analyze('Matthew Prince, chief executive of CloudFlare, said that the sites were down.');
  const [a] = m.statements.flatMap((st) => st.attributions);
  assert.equal(a.mention.text, 'Matthew Prince, chief executive of CloudFlare');
  assert.equal(m.sources[a.source].name, 'Matthew Prince');
  assert.deepEqual(read('Rachel Berg, a philanthropist from Monsey, said the speeches helped.')[0][0], 'Rachel Berg, a philanthropist from Monsey');
});

test('before the cue, a place after its preposition is not the subject: the person further back is', () => {
  assert.deepEqual(read('Brianne Stone, 29, of Huntsville, Ala., says her concern is the climate.')[0][0], 'Brianne Stone, 29, of Huntsville, Ala.');
});

test('an initial after a verb of speech opens the speaker’s name, not a sentence of its own', () => {
  assert.deepEqual(read('“It is wrong,” said R. Gil Kerlikowske, the commissioner.')[0][0], 'R. Gil Kerlikowske, the commissioner');
});

test('the source after "according to" ends at a spaced hyphen used as a dash', () => {
  assert.deepEqual(read('The tax would raise revenue, according to the Tax Policy Center - half a point of output.')[0][0], 'the Tax Policy Center');
});

test('"according to" a plan, schedule or law is a manner, not a source', () => {
  assert.deepEqual(whoSaid('Officials said train services were running according to schedules after the holiday.'), ['Officials|said']);
  assert.deepEqual(read('Everything went according to plan on Friday.'), []);
  // (the judge's ruling reports; "according to law" names no source)
  assert.deepEqual(read('The judge ruled according to law.').map((a) => a[1]), ['ruled']);
  assert.deepEqual(read('The tax rose by 5%, according to the new rules published on Friday.')[0].slice(0, 2), ['the new rules published on Friday', 'according to']);
});

test('"according to" a group\'s noun with a name right after it names the organization', () => {
  const sourceOf = (text: string): string => {
    const src = firstSource(text);
    return `${src.name}|${src.type}`;
  };
  assert.equal(sourceOf('Broadband use rose 20%, according to market analysts Nielsen/NetRatings.'), 'Nielsen/NetRatings|organization');
  assert.equal(sourceOf('Sales rose 26%, according to analysts Gartner.'), 'Gartner|organization');
  assert.equal(sourceOf('Prices fell, according to officials in Washington.'), 'officials in Washington|vague');
  assert.equal(sourceOf('Prices fell, according to officials Monday.').split('|')[1], 'vague');
  assert.equal(sourceOf('Costs rose, according to some Indian firms.').split('|')[1], 'vague');
  // (but a document after the name is the source: "official" is its adjective, no group of officials)
  assert.equal(sourceOf('Lending rose 5%, according to official Bank of England figures.').split('|')[1], 'document');
  // (a body or outlets by their kind are no documents: "according to the firm", "according to various newspapers")
  assert.equal(sourceOf('Sales fell, according to the firm.'), 'firm|organization');
  assert.equal(sourceOf('He was sacked, according to various newspapers.'), 'various newspapers|media');
  assert.equal(sourceOf('Sales fell, according to a registration document filed with the SEC.').split('|')[1], 'document');
  // ("…, but according to those present, …": people unnamed, reporting the clause the conjunction opens)
  assert.deepEqual(read('The minister went along, but according to those present, it was embarrassing.'), [['those present', 'according to', 'it was embarrassing']]);
});

test('"claim" meaning to win reports nothing; "that claimed" still does', () => {
  assert.deepEqual(read('The 2003 champion claimed her seventh Grand Slam title in Melbourne.'), []);
  assert.deepEqual(read('Ireland held on to claim a deserved victory.'), []);
  assert.deepEqual(whoSaid('Rahman claimed the election was rigged in 40 constituencies.'), ['Rahman|claimed']);
  assert.deepEqual(whoSaid('It follows an article that claimed missing documents linked the drug to suicide.'), ['that|claimed']);
  assert.deepEqual(whoSaid('He’s claiming that voting fraud is a big problem in 40 states.'), ['He|’s claiming']);
});

test('an -ing verb after a comma has its object after it, and an action is no agent', () => {
  // (the inverted order "…, said X" exists for finite verbs only)
  // (the participle is Germany's, read as a participial cue; the voters are what it commends)
  assert.deepEqual(whoSaid('Germany congratulated Tarique Rahman on his victory, commending Bangladeshi voters for a peaceful election.'), ['Germany|commending']);
  assert.deepEqual(read('Share prices rose, indicating an overall positive market sentiment.'), []);
  assert.deepEqual(read('Wasps piled on the pressure, but they were denied by some desperate defending from Ireland.'), []);
  assert.deepEqual(whoSaid('The claim was denied by the ministry of defence.'), ['the ministry of defence|was denied']);
});

test('"the gazette" in lower case is a document (a government\'s official journal); "the Gazette" is a newspaper', () => {
  const typeOf = (text: string): string => firstSource(text).type;
  assert.equal(typeOf('According to the gazette, 48,200,660 votes were cast in favour.'), 'document');
  assert.equal(typeOf('The law was published on Monday, the Gazette reported.'), 'media');
});

test('a subject that is a figure keeps the words that bound it', () => {
  assert.deepEqual(read('At least four Democratic senators claim to object.')[0][0], 'At least four Democratic senators');
  assert.deepEqual(read('Only three senators publicly endorsed him.')[0][0], 'Only three senators');
});

test('a verb of speech inside an earlier cue’s content, with its own source, is the sentence’s report', () => {
  // after the clause it reports, the source after the verb
  assert.deepEqual(read('Mr. Obama warned him not to move on the shoal, said an American official.'), [
    // (whom the warning is to, and its "not", belong to what was warned)
    ['Mr. Obama', 'warned', 'him not to move on the shoal'],
    ['an American official', 'said', 'Mr. Obama warned him not to move on the shoal'],
  ]);
  // a quote in two apostrophes closed by its comma, then the source
  // ("may be willing" is Mr. Chipok's guess at what members feel, no report of theirs)
  assert.deepEqual(read("Members may be willing to pay ''because they expect service,'' Mr. Chipok said.").map((a) => a[0]), ['Mr. Chipok']);
  // (an aside before the verb does not hide the source after it)
  assert.deepEqual(read('The mayor warned the governor, Tom Reed, not to act, said a city official.').map((a) => a[0]), ['The mayor', 'a city official']);
  // a person and an aside after ", and"
  assert.deepEqual(read('The White House contends that it is on track, and Brian Deese, the climate adviser, said he was preparing plans.'), [
    ['The White House', 'contends', 'that it is on track'],
    ['Brian Deese, the climate adviser', 'said', 'he was preparing plans'],
  ]);
});

test('a capitalized word before a noun for people only qualifies it, after a verb of speech', () => {
  assert.deepEqual(read('“It is wrong,” said an American official.')[0][0], 'an American official');
  assert.deepEqual(read('“It is wrong,” said Trump adviser Stephen Miller.')[0][0], 'Trump adviser Stephen Miller');
});

test('a poll named by its sponsors opens the sentence: the poll is the source, with the participle that dates it', () => {
  assert.deepEqual(read('In a new ABC News/Ipsos poll released Monday, 52 percent chose Smith.'), [['a new ABC News/Ipsos poll released Monday', 'In', '52 percent chose Smith']]);
  assert.deepEqual(read('In the latest Gallup survey, conducted in May, Smith led by two points.'), [['the latest Gallup survey, conducted in May', 'In', 'Smith led by two points']]);
  // (not a place where polls say something)
  assert.deepEqual(read('In a state where polls show him ahead, Smith won.').map((a) => a[1]), ['show']);
});

test('a verb of speech or stance in a line set in title case reads as a headline verb', () => {
  assert.deepEqual(read('Jane Hill Promises Action On Housing In First 100 Days.'), [['Jane Hill', 'Promises', 'Action On Housing In First 100 Days']]);
  assert.deepEqual(read('Mayor Tom Reed Finally Endorses The Budget Plan.'), [['Mayor Tom Reed', 'Finally Endorses', 'The Budget Plan']]);
  // (a noun in the headline is not a verb)
  assert.deepEqual(read('Paris Terror Attacks Highlight Threat Posed By Gangs.'), []);
  // (what a document shows, though "Shows" alone reads as a noun: "TV Shows Return")
  assert.deepEqual(read('New Poll Shows Minor Post-Debate Bump For Clinton.'), [['New Poll', 'Shows', 'Minor Post-Debate Bump For Clinton']]);
  assert.deepEqual(read('Leaked Documents Reveal Democratic Campaign Donors.'), [['Leaked Documents', 'Reveal', 'Democratic Campaign Donors']]);
  assert.deepEqual(read('Summer TV Shows Return To The Networks.'), []);
  assert.equal(firstSource('Leaked Documents Reveal Democratic Campaign Donors.').type, 'document');
  assert.equal(firstSource('Emails show that she knew about the server.').type, 'document');
  // (a label's name ends in "Records"; it is no document)
  assert.notEqual(firstSource('Factory Records said the album would be delayed.').type, 'document');
});

test('", saying …" hangs on the subject of the clause before it, past an irregular participle, a dateline or an aside', () => {
  assert.deepEqual(read('On Monday, Jane Hill had written to the board, saying it costs too much.'), [['Jane Hill', 'saying', 'it costs too much']]);
  assert.deepEqual(read('SPRINGFIELD — Hill has taken aim at the plan, saying it costs too much.'), [['Hill', 'saying', 'it costs too much']]);
  assert.deepEqual(read('Local business owners, including two bakers, have fought the plan, saying it costs too much.'), [['Local business owners, including two bakers', 'saying', 'it costs too much']]);
});

test('a time after the subject is no part of it when a later verb hangs on the subject: "Mr Howard last week said …, but admitted"', () => {
  assert.deepEqual(read('Mr Howard last week said the talks went well, but admitted it was "not an easy issue".').map((a) => a.slice(0, 2)), [['Mr Howard', 'said'], ['Mr Howard', 'admitted']]);
  assert.deepEqual(read('DHAKA, Feb 15 (BSS) - The Council of Advisers today adopted a resolution expressing gratitude to all.').map((a) => a.slice(0, 2)), [['The Council of Advisers', 'expressing gratitude']]);
});

test('a second verb after "but" or ", adding" is the first speaker’s, not the subject of what the first reports', () => {
  assert.deepEqual(read('Mayor Jane Hill said that the plan was an improvement, but acknowledged that more was needed.').map((a) => a.slice(0, 2)), [['Mayor Jane Hill', 'said'], ['Mayor Jane Hill', 'acknowledged']]);
  assert.deepEqual(read('The council said the year had begun well, adding it expected growth.').map((a) => a.slice(0, 2)), [['The council', 'said'], ['The council', 'adding']]);
});

test('"called on", and the feeling "expressed" or "voiced" names, with its preposition, belong to the cue', () => {
  assert.deepEqual(read('The senator called on the board to resign.'), [['The senator', 'called on', 'the board to resign']]);
  assert.deepEqual(read('The mayor expressed concern that the plan would fail.'), [['The mayor', 'expressed concern', 'that the plan would fail']]);
  assert.deepEqual(read('The union voiced support for the strike.'), [['The union', 'voiced support for', 'the strike']]);
});

test('words that only say how something was said, before a colon and its quote, belong to the cue', () => {
  assert.deepEqual(read('The mayor added warily: “We will see.”'), [['The mayor', 'added warily', '“We will see.”']]);
  assert.deepEqual(read('The mayor said on Friday: “We will see.”'), [['The mayor', 'said', '“We will see.”']]);
  assert.deepEqual(read('Hill explained it this way: “Costs rose.”'), [['Hill', 'explained it this way', '“Costs rose.”']]);
});

test('"then" before the verb, and "Just" in a headline, belong to the cue', () => {
  assert.deepEqual(read('The mayor then said the plan had failed.'), [['The mayor', 'then said', 'the plan had failed']]);
  assert.deepEqual(read('Mayor Tom Reed Just Announced His Budget Plan.'), [['Mayor Tom Reed', 'Just Announced', 'His Budget Plan']]);
});

test('an aside that describes the person before the verb belongs to the source: a role in lower case, "another …", "now …", "then 38"', () => {
  assert.deepEqual(read('Bill Frey, refugee program director at the agency, said the rules were unfair.')[0][0], 'Bill Frey, refugee program director at the agency');
  assert.deepEqual(read('Alan Hart, another partner at the firm, suggested that the deal was dead.')[0][0], 'Alan Hart, another partner at the firm');
  assert.deepEqual(read('Mr. Lee, now a paid commentator, has denied that he leaked it.')[0][0], 'Mr. Lee, now a paid commentator');
});

test('the subject a participle hangs on keeps the aside that describes it', () => {
  assert.deepEqual(read('Jane Hill, vice chairwoman of the campaign, emailed supporters on Monday, telling them the race was close.'), [['Jane Hill, vice chairwoman of the campaign', 'telling', 'them the race was close']]);
});

test('"police" alone is a source, as "the police" is', () => {
  assert.deepEqual(read('Two men were charged with assault, police said.'), [['police', 'said', 'Two men were charged with assault']]);
});

test('an aside between spaced hyphens or double hyphens that describes the subject belongs to it', () => {
  assert.deepEqual(read('The three judges -- Mr. Tan, Ms. Ode and Mr. Ruiz -- agreed that the law was void.')[0][0], 'The three judges -- Mr. Tan, Ms. Ode and Mr. Ruiz');
  assert.deepEqual(read('Jane Hill - the mayor’s chief of staff - told reporters that the plan was dead.')[0][0], 'Jane Hill - the mayor’s chief of staff');
});

test('a document is the source of what it shows, with the words that say which document it is', () => {
  assert.deepEqual(read('Court records from the 2019 bankruptcy case show he owed $2 million.'), [['Court records from the 2019 bankruptcy case', 'show', 'he owed $2 million']]);
  assert.deepEqual(read('A new poll for the Herald released last week actually showed Smith ahead.'), [['A new poll for the Herald released last week', 'actually showed', 'Smith ahead']]);
  assert.deepEqual(read('A study by two economists at the state university found that rents rose.')[0][0], 'A study by two economists at the state university');
});

test('"compared to" a figure, "found ways", a thing "called" by its name and a call on the telephone report nothing', () => {
  assert.deepEqual(read('Smith has won 758 delegates, compared to 538 for Jones.'), []);
  assert.deepEqual(read('The senator has found ways to press his agenda.'), []);
  assert.deepEqual(read('An anti-tax super PAC called Our Principles is spending heavily.'), []);
  assert.deepEqual(read('A year later, the mayor called Jane Hill.'), []);
  // (but "called on" is still a cue after an article: "a local newspaper called on …")
  assert.deepEqual(read('A local newspaper called on the mayor to resign.').map((a) => a[1]), ['called on']);
});

test('a report in an outlet, whole, is still the outlet’s: it rests on the outlet’s reporting', () => {
  const m = analyze('A report in the Daily Herald suggested the mayor would resign.');
  const [a] = m.statements.flatMap((st) => st.attributions);
  assert.equal(a.mention.text, 'A report in the Daily Herald');
  assert.equal(m.sources[a.source].type, 'media');
});

test('a second verb of the same subject after "but", an auxiliary, a time or ", then" ends the first content', () => {
  assert.deepEqual(read('Jane Hill did not mention her rivals by name but did note that she had won.'), [['Jane Hill', 'did not mention', 'her rivals by name'], ['Jane Hill', 'did note', 'that she had won']]);
  assert.deepEqual(read('The mayor offered the man a job, then says he will take advice.').map((a) => a.slice(0, 2)), [['The mayor', 'offered'], ['The mayor', 'then says']]);
});

test('"the final say" and "That said, …" report nothing', () => {
  assert.deepEqual(read('The board still has the final say on the budget.'), []);
  assert.deepEqual(read('That said, the plan is popular.'), []);
});

test('copy that mixes its quote marks still closes its quotes', () => {
  assert.deepEqual(read('The mayor spoke. “I heard parts of the speech," Jane Hill said. "It was long.” Then she left.').map((a) => a.slice(0, 2))[0], ['Jane Hill', 'said']);
  assert.deepEqual(read('“It is unusual,“ said Tom Reed, an attorney.')[0].slice(0, 2), ['Tom Reed, an attorney', 'said']);
});

test('an aside that opens with a participle or "including" qualifies the subject before it', () => {
  assert.deepEqual(read('The poll, conducted by the state university, shows Smith ahead.')[0][0], 'The poll, conducted by the state university');
  assert.deepEqual(read('City officials, including the mayor, are hoping that the plan passes.')[0][0], 'City officials, including the mayor');
});

test('a subject before an aside keeps the words that only qualify its head', () => {
  assert.deepEqual(read('A new poll, conducted by the state university, shows Smith ahead.')[0][0], 'A new poll, conducted by the state university');
  assert.deepEqual(read('The author of the book, Tom Reed, said the account was accurate.')[0][0], 'The author of the book, Tom Reed');
});

test('a report of its own inside an earlier content: "…, the Sun-Times reported", "… after BuzzFeed reported that …"', () => {
  // ("added 160 guards" reports nothing: a figure added; tests/attribution-extent.test.ts)
  assert.deepEqual(read('Organizers said they added 160 guards along the route, the Daily Sun reported.').map((a) => a.slice(0, 2)), [['Organizers', 'said'], ['the Daily Sun', 'reported']]);
  // ("backed away" is a retreat, no stance: tests/attribution-clauses.test.ts)
  assert.deepEqual(read('Jane Hill backed away from the deal after the Herald reported that she was writing a book.').map((a) => a.slice(0, 2)), [['the Herald', 'reported']]);
});

test('after a verb of speech, a body or place before a role belongs to the source: "a White House official", "the Senate majority leader"', () => {
  assert.deepEqual(read('“It is wrong,” said a senior White House official.')[0][0], 'a senior White House official');
  assert.deepEqual(read('“It is wrong,” said a former U.S. law enforcement official.')[0][0], 'a former U.S. law enforcement official');
  assert.deepEqual(read('“It is wrong,” said the Senate majority leader.')[0][0], 'the Senate majority leader');
});

test('after an object, an -ing verb of speech hangs on the subject of its clause, not on the object', () => {
  assert.deepEqual(read('The senator emailed supporters saying the fight goes on.')[0].slice(0, 2), ['The senator', 'saying']);
  assert.deepEqual(read('The party issued a statement apologizing to the mayor.')[0].slice(0, 2), ['The party', 'apologizing']);
});

test('after a quote, the source before the verb is found past a possessive apostrophe and a role, and never a time or channel after it', () => {
  assert.deepEqual(read('“It is good,” Jeff Hill, Sanders’ campaign manager, said in a statement.')[0][0], 'Jeff Hill, Sanders’ campaign manager');
  assert.deepEqual(read('“It is good,” the city spokesman, Tom Reed, said on Thursday.')[0][0], 'the city spokesman, Tom Reed');
});

test('before the verb, a name keeps its party bracket and an aside after it that opens with "also"', () => {
  assert.deepEqual(read('Sen. Jane Hill (R-Texas), also a presidential hopeful, called the plan reckless.')[0][0], 'Sen. Jane Hill (R-Texas), also a presidential hopeful');
});

test('a line that ends with a role and no full stop does not stop the reading of attributions', () => {
  const text = "Library 'could close', says minister";
  const m = analyze(text);
  assert.doesNotThrow(() => m.sentences.map((s) => sentenceCandidates(text, s, m.quotes)));
});

test('a cue noun after an article and adjectives is a noun: "a nostalgic note", "a very public rant"', () => {
  assert.deepEqual(read('The mayor sounded a nostalgic note for the old days.'), []);
  assert.deepEqual(read('The singer went on a very public rant about her label.'), []);
  // (but "the government hopes" has a subject)
  assert.deepEqual(read('The government hopes that the talks will resume.').map((a) => a[1]), ['hopes']);
});

test('a pronoun and its verb set off by commas inside a report are a report of their own: "…, no different, he said, from …"', () => {
  assert.deepEqual(read('Jane Hill said the change was normal, no different, she said, from the last one.').map((a) => a.slice(0, 2)), [['Jane Hill', 'said'], ['she', 'said'], ['she', 'said']]);
});

test('after a verb that takes a person as its object, what follows is the object, not an inverted source', () => {
  // a stray comma after the subject: the name before it says it
  assert.equal(whoSaid('On Monday school inspection chief David Bell, accused some Islamic schools of failing pupils.')[0]?.split('|')[0], 'chief David Bell');
  assert.equal(firstSource('"If a person has 10 billion lira this will suddenly decrease," shop owner Hayriye Evren, told Associated Press.').name, 'Hayriye Evren');
  // no subject found: no source rather than the person addressed
  for (const text of ['Barbara Follett, one of the so-called Blair Babes elected in 1997, told researchers: "I remember it."', 'The institute, financed by a billionaire, has accused Kazakhstan officials of closing its office.']) {
    assert.ok(!analyze(text).sources.some((s) => /researchers|officials/.test(s.name)), text);
  }
  // right after a quote the name is the speaker
  assert.deepEqual(whoSaid('"He is up for it," warned Jones.'), ['Jones|warned']);
});

test('a document that names the body issuing it is no vague source; people at a body and a place still are', () => {
  const typeOf = (text: string) => firstSource(text).type;
  assert.equal(typeOf('Sales rose 4.3%, according to figures released by the Electoral Commission.'), 'document');
  assert.equal(typeOf('Lending rose 5%, according to lending figures from the Bank of England.'), 'document');
  assert.equal(typeOf('According to reports in the Financial Times, the film cost $90m.'), 'document');
  assert.equal(typeOf('According to sources at Bangladesh Bank, reserves fell 3%.'), 'vague');
  assert.equal(typeOf('Exports fell 8%, according to press reports in China.'), 'vague');
  // a group's word as a modifier of the document: the issuer still names it
  assert.equal(typeOf('According to an official press release issued by the Ministry of External Affairs, Birla will attend.'), 'document');
  assert.equal(typeOf('According to official figures, exports fell 8%.'), 'vague');
});

test('a name right after a group\'s noun after the cue is the body it describes: "said market analysts Chart-Track"', () => {
  const first = (text: string) => firstSource(text);
  assert.deepEqual([first('Sales have tripled since launch, said market analysts Chart-Track.').name, first('Sales have tripled since launch, said market analysts Chart-Track.').type], ['Chart-Track', 'organization']);
  assert.equal(first('Many are turning away from TV, say analysts Jupiter Research.').name, 'Jupiter Research');
  // not a day, and not a quantifier's people
  assert.equal(first('Prices will fall, analysts said Monday.').type, 'vague');
  assert.equal(first('The view is shared by many Iraqis.').type, 'vague');
});

test('after the cue, a possessive before its noun owns the object and is no speaker: "revealed Malti\'s face"', () => {
  const sources = (text: string) => { const m = analyze(text); return m.statements.flatMap((st) => st.attributions.map((a) => m.sources[a.source].name)); };
  assert.ok(!sources("The actor had, however, earlier revealed Malti's face on Instagram.").includes('Malti'));
  assert.deepEqual(sources('“We will win,” said Trump’s spokesman Hogan Gidley.'), ['Hogan Gidley']);
});

test('a document subject: its aside is part of the span but not of its name; "statistics" in lower case only', () => {
  const text = 'The poll, which was taken last week, found that 40% back him.';
  assert.deepEqual(read(text)[0].slice(0, 2), ['The poll, which was taken last week', 'found']);
  assert.equal(firstSource(text).name, 'poll');
  assert.equal(firstSource('The statistics showed that stockpiles had risen.').type, 'document');
  assert.equal(firstSource('Growth was 3%, the Office for National Statistics (ONS) added.').type, 'organization');
  assert.equal(firstSource('According to the statistics office, Destatis, exports fell.').type, 'organization');
});

test('after a report of plain saying, "but added" goes with its reporter, not with a subject inside the report', () => {
  assert.deepEqual(whoSaid("The IMF said that the authorities' initial estimates have put the damage at $1.3bn, but added that the costs were much wider."), ['The IMF|said', 'The IMF|added']);
  assert.deepEqual(whoSaid('The home secretary described how it affected his life, but said he was a great believer in responsibility.'), ['The home secretary|described', 'The home secretary|said']);
  // (not a relative's verb: "a populist movement that …, but has always claimed")
  assert.deepEqual(whoSaid('The standoff underscored the sensitivity of labor rights in a nation dominated by Peronism, a populist movement that has swung right, but has always claimed to champion workers.').map((x) => x.split('|')[1]), ['underscored', 'has always claimed']);
  assert.notEqual(whoSaid('The standoff underscored the sensitivity of labor rights in a nation dominated by Peronism, a populist movement that has swung right, but has always claimed to champion workers.')[1].split('|')[0], 'The standoff');
});

test('a document noun first in its sentence is a document in the plural or as a mass noun, not a singular that may be a surname', () => {
  assert.equal(firstSource('Statistics show 50% of all muggings involve mobiles.').type, 'document');
  assert.equal(firstSource('Research suggests that 258 million images are saved every day.').type, 'document');
  // ("Poll" is the referee named before)
  const m = analyze('Referee Graham Poll said he was sorry. Poll added that the decision was wrong.');
  assert.deepEqual(m.statements.flatMap((st) => st.attributions.map((a) => m.sources[a.source].name)), ['Graham Poll', 'Graham Poll']);
  // (research "by" a body is the body's)
  assert.equal(firstSource('Research by handset maker Nokia shows that 40% of users play games.').name, 'Nokia');
});

test('a headline names its source without an article: "…, analyst says.", "But expert says …"; not a body such as the police', () => {
  assert.deepEqual(whoSaid("Her fate hinges on Obama's popularity at the time, analyst says."), ['analyst|says']);
  assert.deepEqual(whoSaid('Some Democrats will skip Philadelphia; But expert says more GOP candidates keep their distance.'), ['expert|says']);
  assert.equal(firstSource('Growth will slow, minister says.').type, 'person');
  assert.equal(firstSource('Two men were arrested, police said.').type, 'organization');
});

test('"claiming" a victory, a title or draws is winning, not asserting', () => {
  assert.deepEqual(whoSaid('Bernie Sanders won the Minnesota caucus, claiming his third victory of the night.'), []);
  assert.deepEqual(whoSaid('Ireland look to have an edge after claiming away draws in Basel and Paris.'), []);
  assert.deepEqual(whoSaid('He quit, claiming the title was rigged.'), ['He|claiming']);
});

test('a directive\'s content is whom it is to and what they are to do: "urged him to resign"', () => {
  assert.deepEqual(read('Trump urged him to resign.'), [['Trump', 'urged', 'him to resign']]);
  assert.deepEqual(read('The officials told Flint residents not to drink the water.')[0][2], 'Flint residents not to drink the water');
  // (a report told to someone keeps its hearer out: "told reporters that …")
  assert.deepEqual(read('He told reporters that he would win.')[0][2], 'that he would win');
});
