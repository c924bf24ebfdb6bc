// Each rule on small examples: what it flags and what it leaves alone (docs/rules/<id>.md).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkText } from '../server/src/check';
import { LineIndex } from '../server/src/analysis/lines';
import { hoverAt } from '../server/src/lsp/hover';

const flagged = (rule: string, text: string): string[] =>
  checkText(text, 'plaintext').findings.filter((f) => f.rule === rule).map((f) => text.slice(f.start, f.end));

/** unattributed-claim leaves each text of `clear` alone and flags each of `kept` once. */
function claimsFlagged(clear: string[], kept: string[]): void {
  for (const text of clear) assert.deepEqual(flagged('unattributed-claim', text), [], text);
  for (const text of kept) assert.equal(flagged('unattributed-claim', text).length, 1, text);
}

test('unattributed-claim: a figure with no source; not once someone says so', () => {
  assert.equal(flagged('unattributed-claim', 'Tariffs on Indian goods rose to 50 percent in August.').length, 1);
  assert.deepEqual(flagged('unattributed-claim', 'Tariffs on Indian goods rose to 50 percent in August, the commerce ministry said.'), []);
  assert.deepEqual(flagged('unattributed-claim', 'What would a 50 percent tariff mean for exporters?'), [], 'a question is not a claim');
});

test('vague-source: the unnamed group and its cue', () => {
  assert.deepEqual(flagged('vague-source', 'Officials said the deal was signed on Friday.'), ['Officials said']);
  assert.deepEqual(flagged('vague-source', 'People familiar with the matter said the deal was signed.'), ['People familiar with the matter said']);
  assert.deepEqual(flagged('vague-source', 'Trade minister Piyush Goyal said the deal was signed on Friday.'), []);
  // a party named is a source; its members in general are not
  assert.deepEqual(flagged('vague-source', 'The Liberal Democrats said the tax would rise by 5% in April.'), []);
  assert.deepEqual(flagged('vague-source', '“It is a blow,” said the Scottish Conservatives on Monday.'), []);
  assert.equal(flagged('vague-source', 'Democrats said the bill would cost $3 billion.').length, 1);
  // what a group wants or knows is not something it told anyone
  assert.deepEqual(flagged('vague-source', 'Older phones are useful in poorer nations where people want to keep in touch with family.'), []);
  assert.deepEqual(flagged('vague-source', 'It is a job that few people know much about.'), []);
  assert.deepEqual(flagged('vague-source', 'Few realise that Westminster in effect has its own divorce den.'), []);
  assert.deepEqual(flagged('vague-source', 'And a lot of people were wondering what would happen if Paula was forced to drop out of the race.'), []);
  assert.deepEqual(flagged('vague-source', 'Critics believe the plan will fail.'), ['Critics believe']);
  // (nor what a group understands; the vague source is who was there, and a conjunction opens what they report)
  const present = 'The minister went along to listen, but according to those present, it was embarrassing to see how little his officials actually understood the issues.';
  assert.deepEqual(flagged('vague-source', present), ['according to those present']);
  // (nor a question a group asked, nor what it could not believe; a demand asked for, and doubt, still rest on it)
  assert.deepEqual(flagged('vague-source', 'Many had asked him whether he was a graduate of the academy.'), []);
  assert.deepEqual(flagged('vague-source', 'Even his harshest critics could not believe that his acting was due to hard work.'), []);
  assert.deepEqual(flagged('vague-source', 'Residents asked that the road be rebuilt by 2026.'), ['Residents asked']);
  assert.deepEqual(flagged('vague-source', 'Analysts have questioned whether a US court has any jurisdiction over Russian companies.'), ['Analysts have questioned']);
  // (a participle of speech is the group's report when it is its only one in the sentence; not a deed)
  assert.deepEqual(flagged('vague-source', 'Other analysts were less optimistic, predicting that growth would slow to 2% next year.'), ['Other analysts were less optimistic, predicting']);
  assert.deepEqual(flagged('vague-source', 'Officials said the plan would cost £5m, adding that it would start in May.'), ['Officials said']);
  assert.deepEqual(flagged('vague-source', 'Providers are making their networks intelligent, finding out who is using bandwidth and for what.'), []);
  // ("Some early estimates of …": a noun after a quantifier and a modifier, no group that estimates)
  assert.deepEqual(flagged('vague-source', 'Some early estimates of reconstruction costs are starting to emerge.'), []);
  assert.deepEqual(flagged('vague-source', 'And if she lost, people would say her career was over.'), []);
  // "it" is the company that spoke, never the fans or analysts named before it
  // official results and rules are documents, not an official; a clause between is no chain
  assert.deepEqual(flagged('vague-source', 'According to official results, the BNP candidate secured 181,609 votes.'), []);
  assert.deepEqual(flagged('vague-source', 'According to official rules, an MP is entitled to a monthly salary of 55,000 taka.'), []);
  assert.deepEqual(flagged('vague-source', 'In our democracy, elections are the one time when elites really have to worry about doing something concrete.'), []);
  // reports nobody names are vague; reports named by what qualifies them are documents
  assert.deepEqual(flagged('vague-source', 'Reports say the Australian government is against the deal.'), ['Reports say']);
  assert.deepEqual(flagged('vague-source', 'Some reports have suggested that Mr Yoran felt frustrated.'), ['Some reports have suggested']);
  assert.deepEqual(flagged('vague-source', 'Euronext is poised to launch a bid for the exchange, UK media reports say.'), ['UK media reports say']);
  assert.deepEqual(flagged('vague-source', 'Reports from the US Treasury have said remittance charges dropped by 50%.'), []);
  const sony = 'Analysts say the wait is too long. Sony has said the game will not be ready. “The product takes longer,” it said.';
  assert.deepEqual(flagged('vague-source', sony), ['Analysts say']);
});

test('vague-source: experts at a named firm or institution name it; sources there do not; "John Person" is a name', () => {
  assert.deepEqual(flagged('vague-source', 'Analysts at Citigroup said the deal was good.'), []);
  assert.deepEqual(flagged('vague-source', 'But researchers from Leeds University warned that the scheme could fail.'), []);
  assert.deepEqual(flagged('vague-source', 'Economists at PricewaterhouseCoopers (PWC) warned house prices were overvalued.'), []);
  assert.deepEqual(flagged('vague-source', 'Sources at Bangladesh Bank said the rate would rise.'), ['Sources at Bangladesh Bank said']);
  // (after the cue too: "wrote analysts from Citigroup Smith Barney"; not "said analysts at the time")
  assert.deepEqual(flagged('vague-source', '"Cancellations are not unusual," wrote analysts from Citigroup Smith Barney in a note to clients.'), []);
  assert.deepEqual(flagged('vague-source', 'Growth will slow, said analysts at the time.'), ['said analysts']);
  // (an acronym before the experts' noun is their body; a country's or a field's is not)
  assert.deepEqual(flagged('vague-source', 'Shipments will grow by 11% in 2005, according to CEA analysts.'), []);
  assert.deepEqual(flagged('vague-source', 'IMF economists said growth would slow to 3% in 2005.'), []);
  assert.deepEqual(flagged('vague-source', 'US economists said growth would slow to 3% in 2005.'), ['US economists said']);
  assert.deepEqual(flagged('vague-source', 'Market analysts said growth would slow to 3% in 2005.'), ['Market analysts said']);
  assert.deepEqual(flagged('vague-source', 'John Person, president of National Futures Advisory Services, said supplies were adequate.'), []);
  assert.deepEqual(flagged('vague-source', 'A person familiar with the matter said the deal was done.'), ['A person familiar with the matter said']);
});

test('vague-source: activists, campaigners, protesters and locals are unnamed groups', () => {
  assert.deepEqual(flagged('vague-source', 'Activists say the death toll has reached at least 7,002.'), ['Activists say']);
  assert.deepEqual(flagged('vague-source', 'According to locals, the river rose by two metres overnight.'), ['According to locals']);
  assert.deepEqual(flagged('vague-source', 'Anti-hunt campaigners said the ban would save 5,000 foxes a year.'), ['Anti-hunt campaigners said']);
});

test('vague-source: a group inside what a named source said is that source\'s statement', () => {
  assert.deepEqual(flagged('vague-source', 'Labour took the posters off its website, saying members preferred other designs.'), []);
  assert.deepEqual(flagged('vague-source', 'Firms must think about what they offer so that people see a reason to upgrade, said Gartner.'), []);
  // the model agrees: no vague source on the statement, so its status is the named source's
  const { model } = checkText('Firms must think about what they offer so that people see a reason to upgrade, said Gartner.', 'plaintext');
  assert.deepEqual(model.statements[0].vague, []);
  assert.equal(model.statements[0].status, 'attributed');
  // a group beside a named source still counts
  assert.deepEqual(flagged('vague-source', 'Critics say the plan will fail, while the minister said it would cost $5m.'), ['Critics say']);
});

test('vague-source: a relative pronoun is named by the group it stands for, in the model and the message', () => {
  const text = 'The plan pleased the critics, who said the film cost $5 million.';
  const { model, findings } = checkText(text, 'plaintext');
  const vague = findings.filter((f) => f.rule === 'vague-source');
  assert.deepEqual(vague.map((f) => text.slice(f.start, f.end)), ['who said']);
  assert.match(vague[0].message, /^Vague source: "critics, who said" does not say who/);
  const a = model.statements[0].attributions[0];
  assert.equal(model.sources[a.source].name, 'critics');
  assert.equal(a.mention.text, 'who');
});

test('unconfirmed-claim: hedged by the article, not inside a speaker’s own words', () => {
  assert.equal(flagged('unconfirmed-claim', 'The militants reportedly killed 12 soldiers on Monday.').length, 1);
  assert.equal(flagged('unconfirmed-claim', 'The army said 12 soldiers died on Monday, a figure that could not be independently verified.').length, 1);
  assert.deepEqual(flagged('unconfirmed-claim', '“Twelve soldiers may have died,” the army spokesman said on Monday.'), []);
});

test('unattributed-quote: a real quotation with no speaker; scare quotes and titles are not', () => {
  assert.equal(flagged('unattributed-quote', 'The fee rose sharply. “We will not back down from this fight.”').length, 1);
  assert.deepEqual(flagged('unattributed-quote', '“We will not back down from this fight,” the minister said.'), []);
  assert.deepEqual(flagged('unattributed-quote', 'The administration introduced a “one-time” fee on visas.'), []);
  assert.deepEqual(flagged('unattributed-quote', 'She spoke at a conference titled “Democracy in the Age of Algorithms and Platforms”.'), []);
  // a title needs no "titled": up to eight words, each capitalized but the small ones
  assert.deepEqual(flagged('unattributed-quote', 'The year ended. “One Battle After Another” dominated the nominations on Wednesday.'), []);
  // (a quote ending in a comma or a full stop is a statement, whatever its capitals)
  assert.equal(checkText('“We Will Fight On,” he said.', 'plaintext').model.quotes[0].scare, false);
});

test('unattributed-quote: the speaker may follow in the next paragraph; a page fragment is nobody’s quote', () => {
  // a headline or pull quote, then the paragraph that says who
  assert.deepEqual(flagged('unattributed-quote', '‘Power sector corruption dismantled’\n\nThe interim government has dismantled the corrupt framework, said the adviser on Sunday.'), []);
  // a quote a hard-wrapped page breaks across paragraphs, its cue in the next one
  assert.deepEqual(flagged('unattributed-quote', 'The talks ended.\n\n"We have had non-stop wars for 30 years, and each time there is a ceasefire,\n\nthe warring parties end up just breaking it," said the expert.'), []);
  // but a closed quote inside its paragraph keeps needing its own speaker, whatever follows
  assert.equal(flagged('unattributed-quote', 'The talks ended. “We will not back down from this fight.” The fee rose.\n\nThe minister said the fee would rise again next year.').length, 1);
  // a teaser of another story, cut off in scraping
  assert.deepEqual(flagged('unattributed-quote', 'The talks ended on Monday.\n\n"In a tremendous stride towards modernization, the Office of the Auditor General has embarked\n\nThe office recently hosted a seminar on audits.'), []);
});

test('secondhand-source: another outlet’s reporting, unless it is the dateline’s own outlet', () => {
  assert.equal(flagged('secondhand-source', 'According to the Hindustan Times, the two leaders met in Kuala Lumpur.').length, 1);
  // a reporter's question rests on nobody's reporting
  assert.deepEqual(flagged('secondhand-source', 'A journalist from Al Jazeera asked what the party’s biggest challenge would be.'), []);
  // (nor what an outlet hopes or plans for itself)
  assert.deepEqual(flagged('secondhand-source', 'Latinohiphopradio.com is hoping to expand in the coming year.'), []);
  assert.deepEqual(flagged('secondhand-source', 'The Independent offers its readers a comprehensive coverage of the day’s events.'), []);
  // (an outlet named with its capital "The" reports: "The Sunday Telegraph says …")
  assert.equal(flagged('secondhand-source', 'The Sunday Telegraph says the bank made a profit of £2bn.').length, 1);
  assert.deepEqual(flagged('secondhand-source', 'The Guardian intends to launch a new app next year.'), []);
  assert.deepEqual(flagged('secondhand-source', 'Kuala Lumpur (Reuters): According to Reuters, the two leaders met on Friday.'), []);
  // words that name an outlet only as part of a name are people or things as common nouns
  assert.deepEqual(flagged('secondhand-source', 'The chief observer said turnout reached 60 percent in Dhaka.'), []);
  assert.deepEqual(flagged('secondhand-source', 'One economist said prices would rise by 5% next year.'), []);
  assert.equal(flagged('secondhand-source', 'The Observer said turnout reached 60 percent in Dhaka.').length, 1);
  // "the paper" is the outlet named before it; with none named, the message says it is unnamed
  const messages = (text: string) => checkText(text, 'plaintext').findings.filter((f) => f.rule === 'secondhand-source').map((f) => f.message);
  assert.match(messages('The Observer reported the deal on Sunday. About 3,000 jobs could go, the paper said.')[1], /reporting by Observer;/);
  assert.match(messages('About 3,000 jobs could go, the paper said.')[0], /reporting by the paper \(unnamed\);/);
});

test('secondhand-source: a trusted outlet covers its programmes and desks, and nothing else', () => {
  const text = 'Prices rose by 5%, the minister told BBC Radio 4’s Today programme. Exports fell by 2%, he told BBC News. Imports rose by 3%, he told Sky News.';
  const findings = (trustedOutlets: string[]): string[] =>
    checkText(text, 'plaintext', { trustedOutlets }).findings.filter((f) => f.rule === 'secondhand-source').map((f) => f.message.replace(/.*reporting by (.*?);.*/, '$1'));
  assert.deepEqual(findings([]), ['BBC Radio', 'BBC News', 'Sky News']);
  assert.deepEqual(findings(['BBC']), ['Sky News']);
  assert.deepEqual(findings(['the BBC']), ['Sky News']);
  assert.deepEqual(findings(['BBC News']), ['BBC Radio', 'Sky News'], 'BBC News does not cover BBC Radio');
  assert.equal(findings(['BB']).length, 3, 'a trusted name covers whole words only');
});

test('social-media-source: a source speaking on a platform', () => {
  assert.deepEqual(flagged('social-media-source', '“A great day,” Hegseth wrote on X after the meeting.'), ['Hegseth wrote']);
  assert.deepEqual(flagged('social-media-source', '“A great day,” Hegseth told reporters after the meeting.'), []);
  // a platform is never its own speaker
  assert.ok(!flagged('social-media-source', 'Earlier in the day, Jamaat Ameer Shafiqur Rahman issued a statement on Facebook addressing the Election Commission.').some((f) => /^Facebook/.test(f)));
});

test('cross-link: the promo line, whole', () => {
  assert.deepEqual(flagged('cross-link', 'The pact was signed.\nRead More: Floods hit Dhaka again\n'), ['Read More: Floods hit Dhaka again']);
  assert.deepEqual(flagged('cross-link', 'Read more carefully, the judge told the jury.'), []);
});

test('unattributed-claim: page fragments are nobody’s claim (captions, bylines, cut-off teasers)', () => {
  const rule = 'unattributed-claim';
  // a sentence cut off where its block ends, in an article: only that sentence is left alone
  const cut = 'Police arrested 12 people in the capital on Monday. Italy won the final 3-1 in Rome on Sunday evening as\n\nThe match drew 40,000 fans.';
  assert.deepEqual(flagged(rule, cut), ['Police arrested 12 people in the capital on Monday.', 'The match drew 40,000 fans.']);
  // a photo credit or a dated byline closes page furniture, not prose
  assert.deepEqual(flagged(rule, 'Tarique Rahman speaks at a press briefing in Dhaka on Saturday, Feb 14, 2026. Photo: Abdullah Al Momin'), []);
  assert.deepEqual(flagged(rule, 'Players celebrate a wicket in Kolkata on February 14, 2026. | AFP photo'), []);
  assert.deepEqual(flagged(rule, 'Khaleda Zia holds the hand of her son after her release from prison on 11 September 2008. -File Photo'), []);
  assert.deepEqual(flagged(rule, 'Fuel Price Increased by Tk 2 Per Liter Staff Correspondent, Dhaka (Sunday, 30 December 2025)'), []);
  assert.deepEqual(flagged(rule, 'Airlines cancelled hundreds of flights on Saturday because of staffing issues,…Details...'), []);
  assert.deepEqual(flagged(rule, 'Editor : M. Rahman Published by the Editor on behalf of Independent Publications Limited at Media Printers, 446/H, Tejgaon I/A, Dhaka-1215.'), []);
  assert.deepEqual(flagged(rule, '© 2000 - 2026 Digital Millennium Copyright Act Services Ltd. All Rights Reserved.'), []);
  // a list of teasers cut off mid-sentence: the ones that stop on a noun are teasers too
  const teasers = [
    'Leaders across the globe have greeted the BNP chairman following the party’s landslide victory in the',
    'A total of 59.44 percent of voters exercised their franchise in the 13th election and referendum, the',
    'Armored carriers were deployed across key areas of the capital on Wednesday to ensure public safety and',
    'India beat England by 100 runs to win the Under-19 World Cup final at the Harare Sports Club in Zimbabwe',
  ].join('\n\n');
  assert.deepEqual(flagged(rule, teasers), []);
  // the same line without cut-off neighbours is prose that lost its full stop
  assert.equal(flagged(rule, 'India beat England by 100 runs to win the Under-19 World Cup final at the Harare Sports Club in Zimbabwe').length, 1);
});

test('unattributed-claim: on a page of teasers, a teaser is one whole, and so is one between two teasers', () => {
  const rule = 'unattributed-claim';
  const teasers = [
    'The Bangladesh Army has arrested three people during a raid in Savar on Monday. Among them were',
    'The economy is deeply concerning, with investment falling to its lowest level in two decades.',
    'A contingent of the Bangladesh Navy seized about five lakh pieces of Yaba tablets worth',
    'Violence has broken out between supporters of the BNP and an independent candidate in',
    'CCTV cameras have been installed at 680 polling centres in Gaibandha district to maintain the',
  ].join('\n\n');
  assert.deepEqual(flagged(rule, teasers), []);
  // nor is a vague group in a teaser this article's source
  const sources = 'Sources indicate that a resolution could be announced within the next 24 hours, potentially saving the high-profile India-Pakistan clash';
  assert.deepEqual(flagged('vague-source', `${teasers}\n\n${sources}`), []);
  assert.equal(flagged('vague-source', 'Sources indicate that a resolution could be announced within the next 24 hours.').length, 1);
  // an article hard-wrapped into one block a line keeps its sentences
  const wrapped = [
    'Israeli strikes killed 24 people in Gaza on Sunday, the health ministry said, in the',
    'deadliest day since the truce began in October.',
    'Hospital staff counted 12 children among the dead on Monday.',
    'Dozens of mourners gathered at Nasser Hospital, where the',
    'bodies were laid out in 30 white shrouds on Tuesday.',
    'The army arrested 15 people in Rafah on Wednesday as the',
    'talks resumed in Cairo.',
  ].join('\n\n');
  assert.ok(flagged(rule, wrapped).includes('Hospital staff counted 12 children among the dead on Monday.'));
});

test('unattributed-claim: a report that points back sources the sentence before it', () => {
  claimsFlagged(
    [
      'A total of 32 candidates have collected nominations as of Wednesday. The district election office confirmed this information.',
      'The death toll rose to 12 on Monday.\n\nPolice confirmed the deaths.',
      'This means an increase of Tk 4.42 per kg. The Bangladesh Energy Regulatory Commission announced the new prices on Sunday.',
      // (past one sentence that states no claim and names no source)
      'The elected MPs will take their oaths on Tuesday. The cabinet will also take their oaths later that day. Election Commission Secretary Akhtar Ahmed confirmed the schedule at a press briefing.',
    ],
    // a vague group does not source it, nor does a report of something else
    [
      'The death toll rose to 12 on Monday. Officials confirmed the deaths.',
      'The death toll rose to 12 on Monday. Police said the roads were closed.',
      // (nor one two sentences on, past a claim of its own)
      'The death toll rose to 12 on Monday. The storm destroyed 300 homes in Khulna. Police confirmed the deaths.',
    ],
  );
});

test('unattributed-claim: a sentence that only says where and how a report was made states no claim', () => {
  claimsFlagged(
    ['He made the remarks at a press conference at the InterContinental Hotel on Saturday.', 'The information was disclosed in a joint statement released by the White House on Monday.'],
    // a decision is not a report, and a report in the middle of the sentence is not what it opens with
    ['The decision has been made under the automatic pricing formula adopted in 2024.', 'On Monday the minister resigned, and he made the remarks at a rally of 5,000 people.'],
  );
});

test('unattributed-claim: a teaser shortened with an ellipsis is a fragment', () => {
  claimsFlagged(
    [
      'Pop star Britney Spears has sold the rights to her music catalogue to Primary Wave for $200 million...',
      'The AI epoch is at high noon, bots are minting fortunes worth $2 billion, and robot wolves of ...',
    ],
    [],
  );
});

test('unattributed-claim: where and to whom a quote was said belong to its frame, up to the next comma', () => {
  const told = '"There have been sufficient signs of a slowdown," he told BBC Radio 4\'s Today programme.';
  assert.equal(checkText(told, 'plaintext').model.statements[0].status, 'attributed');
  claimsFlagged(
    [told, '"Obviously with winning in the first leg it gave us a great advantage," he said after the 4-2 aggregate victory.'],
    // a clause after a comma may be the writer's own, and a passive's agent frames nothing after it
    [
      '"Rates will stay put," he said, as the FTSE 100 index fell 3% on Monday.',
      'Five British detainees released from Guantanamo in March last year were questioned by UK police before being released without charge.',
    ],
  );
});

test('unattributed-claim: a source inside a subordinate clause frames that clause only, and the message names what lies outside it', () => {
  const text = 'Shares in the company rose 6% on Tuesday after its chief executive said it would hire 500 staff.';
  const { model, findings } = checkText(text, 'plaintext');
  assert.equal(model.statements[0].attributions.length, 1, 'the chief executive still says what she said');
  assert.equal(model.statements[0].status, 'unattributed');
  const messages = findings.filter((f) => f.rule === 'unattributed-claim').map((f) => f.message);
  assert.equal(messages.length, 1);
  assert.match(messages[0], /'6%'/);
  assert.doesNotMatch(messages[0], /500/, 'the figure inside the executive’s words is hers');
  const card = hoverAt(model, new LineIndex(text), text.indexOf('Shares'))!.markdown;
  assert.match(card, /Only part is attributed: .*chief executive/);
  assert.match(card, /Outside it, with no source: “rose”, “6%”, “Tuesday”\n/);
  claimsFlagged(
    // a source that opens its own clause keeps what comes before it in its frame
    [
      'On Friday, the minister announced that 500 jobs would go.',
      'When asked about the deal, the minister said 500 jobs would go.',
      'After the vote, the minister said 500 jobs would go.',
    ],
    ['The dollar hit a three-month high after the Federal Reserve chairman said the deficit would stabilise.'],
  );
});

test('unattributed-claim: what a participle’s subject did is the writer’s claim, unless it names the speech act', () => {
  claimsFlagged(
    [
      'Gordon Brown issued a defiant statement about the strike, saying the action would not affect 500 jobs.',
      'The foreign secretary hit back by saying Tory attitudes had kept the party out of power for more than a decade.',
    ],
    ['The Fed lifted borrowing costs five times last year to 2.25%, citing evidence the recovery was robust.'],
  );
  const text = 'The Fed lifted borrowing costs five times last year to 2.25%, citing evidence the recovery was robust.';
  const [f] = checkText(text, 'plaintext').findings.filter((x) => x.rule === 'unattributed-claim');
  assert.match(f.message, /'2.25%'/);
});

test('unattributed-claim: the writer’s own “I” says whose claim it is; titles and quotes do not', () => {
  claimsFlagged(
    ['I currently employ 42 staff whose wages mirror the national minimum wage.', 'My telephone supplier did not inform me that my monthly bill had risen from £5 to £320.'],
    // a title with "I" or "My" in it, and a quote in the first person, leave the writer's claim flagged
    [
      'Fox releases in 2004 included I Heart Huckabees and I, Robot, which took $50m.',
      'He won an Oscar in 1990 for his performance in My Left Foot.',
      'Before joining I’m a Celebrity, he had signed up to play Jack in Birmingham in 2004.',
      'The film, billed as “my story of 1971”, opened in 200 cinemas on Friday.',
    ],
  );
});

test('unattributed-claim: the writer’s or outlet’s “we” as the subject of the sentence says whose claim it is', () => {
  claimsFlagged(
    [
      'We were transported to terminal 4, which was more than 2 kilometers away.',
      'But we only had half expectations for Bekele this season.',
      'Against the backdrop of the 2026 election, we see the vote as the beginning of a new chapter.',
    ],
    [
      // "we" inside a subordinate clause, "our" and "us", titles and quotes leave the claim the writer's
      'The party, which we covered closely, took 209 seats in the 2026 election.',
      'Our financial sector lost Tk 6.44 lakh crore to bad loans.',
      'We Are The World has been re-issued to raise money for 12 charities.',
      'The firm, whose slogan is “we deliver”, lost $5m in 2024.',
      // nor does a clause of its own after it
      'We saw this clearly last summer, when Starmer signed off a £1.5bn partnership.',
    ],
  );
});

test('unattributed-claim: a sentence glued to a report before it does not share its source', () => {
  assert.deepEqual(flagged('unattributed-claim', 'The minister said the talks went well.Tensions had spiked after Washington raised tariffs on Indian goods to 50 percent.'), [
    'Tensions had spiked after Washington raised tariffs on Indian goods to 50 percent.',
  ]);
});

test('unattributed-claim: an imprint glued to the editor, its postal address, a byline by a desk and a teaser ending in a bracket are fragments', () => {
  claimsFlagged(
    [
      'Editor : M. Shamsur RahmanPublished by the Editor on behalf of Independent Publications Limited at Media Printers, 446/H, Tejgaon I/A, Dhaka-1215. GPO Box No. 934, Dhaka-1000.',
      'GPO Box No. 934, Dhaka-1000.',
      'Solar Power on Educational Institution Rooftops: MoU to be Signed by February 2026 Staff Reporter, Dhaka (Tuesday, October 21, 2025)',
      'Finance Division unveils PFM Strategy 2025–2030 marking shift from systems to outcomes DHAKA, Dec 17, 2025 (BSS)',
      [
        'The EC released unofficial election results of 297 constituencies on last Friday (13 February)',
        'Hadi was shot and critically injured on Box Culvert Road in the capital’s Paltan area in',
        'BNP expands influence in eastern and central regions while Jamaat holds ground in west in',
        'Solar eclipse will be formed for up to 2 minutes and 20 seconds, while the Moon is expected to',
      ].join('\n\n'),
    ],
    // a bracket after a full stop, and one on its own page, close the sentence as before
    ['The EC released unofficial election results of 297 constituencies on last Friday (13 February)', 'The EC released results of 297 constituencies on Friday. (The count ended at 5 am.)'],
  );
  assert.equal(flagged('unattributed-claim', 'The Council paid 5,000 taka to each family on Monday.\n\nGPO Box No. 934, Dhaka-1000.').length, 1, 'the article above the address is still read');
  // a wire photo's caption ends on the weekday and the full date; prose says "on Friday"
  const captions = 'The Council paid 5,000 taka to each family on Monday.\n\nSoldiers man a checkpost in Dhaka’s Chankharpul on Friday, Feb 13, 2026.\n\nArtists sing at the Basanta Utsab in Agargaon, Dhaka, on Saturday, Feb 14, 2026.';
  assert.deepEqual(flagged('unattributed-claim', captions), ['The Council paid 5,000 taka to each family on Monday.']);
});

test('unattributed-claim: "according to X" set off mid-clause sources the whole clause', () => {
  claimsFlagged(
    [
      'Now, according to Asahi Breweries, the market for beer-like drinks is set to grow 84% this year.',
      'IBM, according to Mr Donofrio, has 30%.',
      'In 2004, according to forecasts from the Ministry of Commerce, China\'s oil imports will be 110m tons.',
      'Consumer electronics had a phenomenal year in 2004, according to figures released by CES organisers, the CEA, on Tuesday.',
      // after a colon, it sources what follows
      'Few of the victims had insurance: according to estimates from India, only one-quarter of those affected could afford it.',
    ],
    [
      // a new clause after it is the writer's
      'It is estimated that most pensioners own a mobile, according to Intervoice, but the figures are higher for those aged between 15 and 34.',
    ],
  );
});

test('unattributed-claim: an interviewee\'s answer in a transcript is theirs by the label', () => {
  const transcript = [
    'An interview with a textile maker',
    'Home textile exports fell 12 percent to $900 million last year.',
    'Bangladesh Post: How big is the company?',
    'Shaheen Hasan: Our factory employs over 6,000 people.',
    'We operate more than 550 looms.',
    'Bangladesh Post: What holds the industry back?',
    'Shaheen Hasan: Bank interest rates often reach around 15 percent.',
  ].join('\n\n');
  assert.deepEqual(flagged('unattributed-claim', transcript), ['Home textile exports fell 12 percent to $900 million last year.']);
  const qa = 'Q: How many staff do you have?\n\nA: We employ 6,000 people.\n\nQ: And looms?\n\nA: More than 550 of them.';
  assert.deepEqual(flagged('unattributed-claim', qa), []);
  // one label with a question is no transcript
  assert.equal(flagged('unattributed-claim', 'Update: Is the bridge safe?\n\nThe bridge was closed on Monday after 12 cracks were found.').length, 1);
});

test('unattributed-claim: the writer’s own recommendation or speculation is no report to source', () => {
  claimsFlagged(
    [
      'The government must take the first initiative to reduce tax terrorism.',
      'But the rally could be reaching its limits, at least temporarily, as oversupply caps any potential price increase.',
      'If anything, there may be greater calls for an interest rate cut, especially with the euro continuing to strengthen.',
    ],
    [
      // a figure, a named actor's possible move, a rule, a modal in a later clause, a contrast, the past
      'The deal could cost Canberra up to US$235 billion over the next 30 years.',
      'German airline Lufthansa may sue federal agencies for damages after the visit disrupted the biggest airports.',
      'Under Mr Brown\'s rules, the current budget must be in balance over the economic cycle, the largest in Europe.',
      'They also limited the amount the largest countries could export to the big markets.',
      'Labour may have abolished hunting - but that did not stop the biggest rally in London.',
      'However, none could match the top three batters as Bangladesh started to collapse.',
    ],
  );
});

test('unattributed-claim: a semicolon inside brackets does not end what a source said', () => {
  claimsFlagged(
    [
      'The firm said its profits were 40m rupees ($915,000; £486,000) for the three months to December on sales which fell 8% to 4.7bn rupees.',
    ],
    ['The firm said its profits rose 8% in 2004; sales fell to 4.7bn rupees ($100m; £53m) in December.'],
  );
});

test('unattributed-claim: an event’s protocol (who presided, who attended as chief guest) and its schedule are the reporter’s own view', () => {
  claimsFlagged(
    [
      'The event was presided over by Professor Dr. Shamsul Alam, CAB’s Energy Adviser.',
      'Dr. Faozul Kabir Khan, Adviser to the Prime Minister, attended the signing ceremony as the chief guest.',
      'Senior vice president of the bank Touhid Siddique and assistant vice president Md Farhad Ul Alam were also present at the workshop.',
      'Dr Ziaul Abedin, Additional Secretary, delivered the welcome address, and Suraiya Zannath of the World Bank also spoke on the occasion.',
      // who else was there, after the lede (alone, these lines are no claim)
      ...[
        'Among those present were City Jamaat Nayeb-e-Ameer Advocate Abu Mohammad Selim, Metropolitan Secretary Emaz Uddin Mondol and other leaders.',
        'Also present at the signing ceremony were Fatema Akter Naz, business development manager of Prime Bank, and Tanvir Ahmed Shanto, head of operations of RS Gold Ltd.',
        'Party’s standing committee members Amir Khasru Mahmud Chowdhury and Salahuddin Ahmed, along with Ismail Zabihullah, were present during the exchange.',
        'Additional Secretary MA Kamal Billah and Executive President of the Workers’ Federation Ali Akhtar spoke at the rally organized on this occasion at the mill premises.',
      ].map((line) => `The party’s city unit held a discussion meeting.\n\n${line}`),
      // (after a phrase that opens the sentence, at a clock time; a tribute the programme paid)
      'Organized by the Netrakona Literary Society, the festival was inaugurated at 10am at Bakultala by Deputy Commissioner Md Saifur Rahman.',
      'The program also paid tribute to the Language Movement martyrs of Bangladesh.',
      // how it ended, and who sponsored it
      "The visit concluded with a dinner at Chowdhury's residence, where the discussions continued in a more informal setting, reflecting the warm ties between the two nations.",
      'The success of the event was bolstered by NextJobz as the Title Sponsor and Young Professionals Association of Bangladesh – YPAB serving as the Strategic Partner.',
      // a prayer said there
      'Tarique prayed for the departed souls of those who had laid down their lives from the 1971 Liberation War to 2024.',
      // who spoke there
      'The discussion featured a powerhouse lineup of speakers: Ahsanur Rahman of Google, Tarif Mohammed Khan of Dekko ISHO and Rizvan Hasan of Reverse Resources.',
      'Speakers at the seminar included Professor Rehman Sobhan and Dr Debapriya Bhattacharya.',
      // keepsakes given and cakes cut there
      'On the occasion, blankets were distributed among the members of Bachar Asha Cultural Organization by Bondhu Social Welfare.',
      'Managing Director of Novo Tours and Travels S M Rahman handed over crests to the High Commissioner of Maldives in Bangladesh.',
      'The function was organized at its own office in Nowhata Bazar on Friday, through a cake-cutting ceremony and cultural performances.',
      'On Saturday, leaders of Rajshahi Metropolitan Jamaat greeted newly elected BNP Member of Parliament (MP) from the Sadar constituency Mizanur Rahman Minu with flowers and exchanged views with him.',
      // its schedule
      'The new cabinet members of Bangladesh’s incoming government will be sworn in at 4pm on Tuesday at the South Plaza of Parliament.',
      'The rally will be held on Monday afternoon at the north gate of the National Mosque.',
      'The first meeting is scheduled to take place on February 19 in Washington.',
    ],
    [
      // news that mentions a chair in passing, a career, and an attendance figure stay claims
      'The cabinet, chaired by Prime Minister Sheikh Hasina, gave the policy approval to the Act on Monday.',
      'Parry joined Liverpool as chief executive in July 1998 from a similar role at the Premier League.',
      'Led by the committee’s president, more than 300 men and women from the village attended the press conference.',
      'In 2024, the summit was attended by 40 leaders.',
      'The meeting ended with no deal on the 2024 budget after Russia walked out.',
      'Villagers prayed for rain after 300 cattle died in 2024.',
      // (a figure in the keepsake line stays a claim: "distributed among 500 families")
      'On the occasion, blankets were distributed among 500 families in the district in 2024.',
      'Police and other security officials were present at polling stations, while CCTV cameras were deployed across the country last week.',
      // a schedule that was, and one with a report of its own after it
      'The India-Pakistan clash was scheduled for February 15 in Colombo before the government ordered a boycott.',
      'An ICC delegation is scheduled to arrive in Lahore on Sunday, following the government\'s directive to boycott the biggest match.',
    ],
  );
});

/** vague-source leaves each text of `clear` alone and flags each of `kept` once. */
function vagueFlagged(clear: string[], kept: string[]): void {
  for (const text of clear) assert.deepEqual(flagged('vague-source', text), [], text);
  for (const text of kept) assert.equal(flagged('vague-source', text).length, 1, text);
}

test('vague-source: people at large in a clause of circumstance or purpose, a group let do something, a guess at a group\'s feeling and a title report nothing', () => {
  vagueFlagged(
    [
      'When people find that banks regularly get involved in scams, they get scared.',
      'The songs have greater longevity than people think.',
      'It also lets people find the next time and channel where a programme will air.',
      "Nadine Gordimer's July's People tells the story of a civil war in a fictitious land.",
      // people at large that a verb or preposition takes, described by what they do
      'It is not the first time Apple has sued people who have posted information about future products on the internet.',
      'Windows has long been a favourite of people who write computer viruses.',
      // a purpose, and what the writer guesses a group may feel
      'A new device will need different thinking behind it so that people see the value it has for them, and cost 5 million dollars.',
      'However, investors may be wary of Chinese stocks, which fell 5 percent.',
      // a crowd's chant, nor an unattributed quote: the demonstrators are its speakers
      '"Trump act now!" demonstrators chanted in Toronto.',
      // a topic talked about; a named body's mission
      'From village tea stalls to city discussions, people talked about policy and the 5 percent tax.',
      'The EU EOM observers noted that the election day was orderly, with 60 percent turnout.',
      // a group named by its members; a body named after its noun and a comma
      'But opponents of the bill, including Tory Lord Campbell of Alloway and the Bishop of Winchester, said it would cost 5 million pounds.',
      'According to technology analysts, TDG Research, there will be 20 million subscribers in under six years.',
      // allegiance to a person, no claim
      'His stand has had a spillover effect for his fans and critics, who supported him even more after 2015.',
      // a named person and others; a topic thought about
      'Mr Rampersad and others said the system cost 5 million dollars.',
      'Some experts had been thinking about such a system since Hurricane Ivan ravaged the Caribbean in 2004.',
      // a rhetorical question asserts nothing
      'How dare people suggest we are lazy for accepting wages of 5 pounds?',
      // a condition; what a group will do; the accused, not accusers
      'Unless the authorities agree to make changes, clubs will sign 5 foreigners each, Saint-Andre believes.',
      'Some will recall the news footage of angry farmers in the late 1970s.',
      'A further 717 lawsuits against people alleged to have traded songs were filed this week.',
    ],
    // a forecast, a counted sample and people at a named body stay vague
    [
      'The sale raked in more than the £100m analysts had expected.',
      'However, according to sources at the Chief Adviser’s Office, the ceremony will be held at the complex.',
      'Analysts said the sale raked in more than £100m.',
      'Reporters spoke to people who said the plant was leaking.',
      'US officials said the talks failed after 5 days.',
      'People talked about how the tax had risen by 5 percent.',
      'According to analysts, Jones said the plan would cost 5 million pounds.',
      'Critics, who opposed him for years, said the plan would cost 5 million pounds.',
      '"Will it cost 5 million pounds?" critics asked.',
    ],
  );
});

test('vague-source: a refusal, something shared that is not said, a thing sought, a topic discussed and a thing planned report nothing', () => {
  vagueFlagged(
    [
      'Officials declined to disclose the findings of the 2024 inquiry.',
      'During the meeting, the two leaders shared sweets and held a brief discussion.',
      'Prosecutors are seeking indictments against Mr Tanzi and 28 others.',
      'Officials also discussed the possibility of collaborating on hydroelectricity ventures in Nepal.',
      'The interim administration and relevant authorities have planned the event at the South Plaza on Tuesday.',
    ],
    // views shared, by a group or with it, stay vague; so does a plan or a discussion's conclusion
    [
      'These experts shared their perspectives on the job market, which shrank 5% in 2024.',
      "Mr Hadi's view about the government's priorities is shared by many Iraqis.",
      'Officials plan to raise the fuel tax by 10% next year.',
    ],
  );
});

test('unattributed-claim: a match’s team sheets and facts box are the record, not claims', () => {
  claimsFlagged(
    [
      "Man Utd: Carroll, Gary Neville, Ferdinand, Brown, Heinze, O'Shea (Ronaldo 33), Keane, Fortune, Fletcher (Giggs 64), Rooney, Scholes (Phil Neville 84).",
      'Goals: Rooney 68, Dunne 75 og.',
      'Att: 47,111 Ref: S Bennett (Kent).',
      // the fixtures
      'August 17 - Faroe Islands v Cyprus; France v Republic of Ireland.',
    ],
    // a list in a sentence of the writer's is still a claim, and so is a match it names
    ['Chelsea beat Arsenal, Liverpool, Everton, Fulham, Bolton and Spurs in 2004, scoring 18 goals.', 'BBC Sport unveiled its new analysis tool at the Wales v England match on 17 August, costing £2m.'],
  );
});

test('unattributed-quote: a quote whose speakers follow it with a phrase of place is theirs', () => {
  assert.deepEqual(flagged('unattributed-quote', '"Trump act now!" demonstrators chanted in Toronto.'), []);
  assert.equal(flagged('unattributed-quote', '"Trump act now!" in Toronto on Monday.').length, 1);
});

test('a mission a body sends, named by its acronym, is a named source: no vague-source, no unattributed-claim', () => {
  const text = 'The EU EOM observers noted that the election day was orderly, with 60 percent turnout.';
  assert.deepEqual(flagged('vague-source', text), []);
  assert.deepEqual(flagged('unattributed-claim', text), []);
  // ("US officials" stay unnamed)
  assert.equal(flagged('vague-source', 'US officials said the talks failed after 5 days.').length, 1);
});

test('vague-source: a group inside someone’s quoted words is not the article’s sourcing', () => {
  const text = '“When I first came there was a lot of scepticism,” he said. “People were saying I would never play.';
  assert.deepEqual(checkText(text, 'plaintext').findings.filter((f) => f.rule === 'vague-source'), []);
  // (the article's own unnamed group still is)
  assert.equal(checkText('People were saying he would never play.', 'plaintext').findings.filter((f) => f.rule === 'vague-source').length, 1);
});

test('vague-source: a subgroup a poll defines by what its members said is no source ("Voters who said … backed Sanders", "Among those who …, most support …")', () => {
  assert.deepEqual(flagged('vague-source', 'Voters who said they cared most about honesty backed Sanders.'), []);
  assert.deepEqual(flagged('vague-source', 'Among voters who said they cared most about honesty, most supported Sanders.'), []);
  // (people who said something the reporter heard are a source)
  assert.deepEqual(flagged('vague-source', 'Reporters spoke to people who said the plant leaked.'), ['who said']);
  assert.deepEqual(flagged('vague-source', 'Many said the vote was fair.'), ['Many said']);
});

test('unconfirmed-claim: a phrase that both hedges and says the claim is unverified is named once', () => {
  const messages = checkText('The figure could not be independently verified, the agency said of the 40 deaths.', 'plaintext').findings.filter((f) => f.rule === 'unconfirmed-claim').map((f) => f.message);
  assert.deepEqual(messages, ['Unconfirmed claim: hedged by "could not be independently verified".']);
});
