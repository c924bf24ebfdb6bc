// Attribution: who the speaker is when the grammar has to look past a clause, an aside, a relative
// clause or a coordination ("Although Weiner admitted …, he claimed", "Republicans who have praised
// him warned", "The news and financial data seller said"), and what the source is called ("Critics
// of the takeover", "Their lawyer, Majeed Memon,"). tests/attribution-deeds.test.ts has the words
// that only look like cues.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { firstSource, readAttributions, readSpans } from './helpers/attributions';
import { analyze } from '../server/src/analysis/analyze';
import { classifyName } from '../server/src/analysis/name-types';
import { hoverAt } from '../server/src/lsp/hover';
import { LineIndex } from '../server/src/analysis/lines';

/** The first source's name and role (empty when it has none). */
const roleOf = (text: string): string[] => {
  const s = firstSource(text);
  return [s.name, s.role ?? ''];
};

const read = readAttributions;
/** Every attribution of a text as [its source's name, how the mention found the source]. */
const namedVia = (text: string): string[][] => {
  const m = analyze(text);
  return m.statements.flatMap((st) => st.attributions.map((a) => [m.sources[a.source].name, a.mention.via]));
};

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
  assert.deepEqual(roleOf('The author of the book, Tom Reed, said the account was accurate.'), ['Tom Reed', 'author of the book']);
  // (so does one after the relative pronoun its verb's object is: "The efforts, which Apple's chief executive, Tim Cook, called …")
  assert.deepEqual(roleOf('The efforts, which Apple’s chief executive, Tim Cook, called “total political crap”, failed.'), ['Tim Cook', 'Apple’s chief executive']);
  assert.deepEqual(roleOf('Its lawyer, Hugh Ray, told the court that Yukos had transferred $27m.'), ['Hugh Ray', 'lawyer']);
  // (not a person the aside only mentions, nor the person a role is for)
  assert.deepEqual(roleOf('His lawyers, led by Bruce Cutler, have vowed to prove him innocent.'), ['His lawyers', '']);
  assert.notEqual(roleOf('But a spokesman for the prosecutor, New York State Comptroller Alan Hevesi, said no agreement had been reached.')[0], 'Alan Hevesi');
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

test('a description opening the clause, then the name between commas: the name speaks, the description is its role', () => {
  assert.deepEqual(read('One of the authors of that 2013 report, Ari Fleischer, said the nomination will test their conclusions.').map((a) => a.slice(0, 3)), [
    ['One of the authors of that 2013 report, Ari Fleischer', 'said', 'the nomination will test their conclusions'],
  ]);
  const fleischer = firstSource('One of the authors of that 2013 report, Ari Fleischer, said the nomination will test their conclusions.');
  assert.equal(fleischer.name, 'Ari Fleischer');
  assert.equal(fleischer.type, 'person');
  const party = firstSource("The rival party is yet to name a candidate, but BNP's ally, Bangladesh Labour Party, has confirmed that its chairman will run.");
  assert.deepEqual([party.name, party.type], ['Bangladesh Labour Party', 'organization']);
  // (a place or time before the comma is no description of the speaker)
  assert.deepEqual(read('In Washington, John Smith said the deal was dead.').map((a) => a.slice(0, 2)), [['John Smith', 'said']]);
});

test('after an inverted cue: a share of a group, and a role whose holder the next comma names', () => {
  assert.deepEqual(read('"There won\'t be a path for him," said one of those advisers, who spoke on the condition of anonymity.').map((a) => a[0]), [
    'one of those advisers, who spoke on the condition of anonymity',
  ]);
  assert.equal(firstSource('"It is over," said some of the protesters.').name, 'protesters');
  assert.equal(firstSource('"It is over," said some of the officials.').name, 'officials');
  const pincus = firstSource('"The odds are more likely than not," said another leading Supreme Court advocate, Andrew J. Pincus of the law firm Mayer Brown.');
  assert.equal(pincus.name, 'Andrew J. Pincus');
  assert.match(pincus.role ?? '', /leading Supreme Court advocate/);
  const hanson = firstSource('"Our mission was always to provide the best experience," said Opera spokeswoman, Berit Hanson.');
  assert.equal(hanson.name, 'Berit Hanson');
  // (a superlative ranks: "one of the best guitarists" is nobody's voice)
  assert.deepEqual(read('Hendrix, widely considered one of the best guitarists of his era, died in 1970.'), []);
  // (a complementizer after a stray comma opens the content, not an inverted subject)
  assert.ok(!read('The party, has confirmed that its chairman will run.').some((a) => /^that/.test(a[0])));
});

test('between the subject and its cue: a time "ago" and an adverbial between commas', () => {
  assert.deepEqual(read('The State Department less than two weeks ago said for the first time that the intelligence had passed through the server.').map((a) => a.slice(0, 2)), [['The State Department', 'said']]);
  assert.deepEqual(read('Smith, for instance, said the plan would fail.').map((a) => a.slice(0, 2)), [['Smith', 'said']]);
  // (the subject found past the adverbial still needs a cue that reports: a face revealed is shown, not told)
  assert.deepEqual(read('The actor had, however, earlier revealed Malti\'s face on Instagram.'), []);
  assert.deepEqual(read('The actor had, however, earlier revealed that she was ill.').map((a) => a.slice(0, 2)), [['The actor', 'earlier revealed']]);
});

test('an outlet whose name ends in "News" or "Press" reports; "news reports" in lower case is a noun', () => {
  assert.deepEqual(read('CBS News reports that the letter was sent to his apartment.').map((a) => a.slice(0, 2)), [['CBS News', 'reports']]);
  assert.deepEqual(read('The Associated Press reports that 40 people died.').map((a) => a.slice(0, 2)), [['The Associated Press', 'reports']]);
  assert.deepEqual(read('Amid news reports that the deal was off, shares fell.'), []);
});

test('a court order is a document that says; a service before an abbreviated title is part of the role', () => {
  const order = firstSource('"The assertion is speculative," the order released Friday said.');
  assert.equal(order.type, 'document');
  const davis = firstSource('"We are at war," said Pentagon spokesman Navy Capt. Jeff Davis, who was asked about it.');
  assert.deepEqual([davis.name, davis.type], ['Jeff Davis', 'person']);
});

test('speakers the grammar used to miss: "Will wrote", "wrote one Sanders supporter", "As a study from 2011 noted", "this past week", "on the other hand", "according to law enforcement officials"', () => {
  assert.deepEqual(read('"This might hasten his eclipse," Will wrote.').map((a) => a.slice(0, 2)), [['Will', 'wrote']]);
  assert.deepEqual(read('He will say it again.').map((a) => a.slice(0, 2)), [['He', 'will say']]);
  assert.equal(firstSource('"Hillary does not even care anymore," wrote one Sanders supporter, tweeting a link.').name, 'one Sanders supporter');
  assert.equal(firstSource('"It is falling," said one trader.').name, 'one trader');
  assert.deepEqual(read('As another Pew study from 2011 noted, the average age was 18.').map((a) => a.slice(0, 2)), [['another Pew study from 2011', 'noted']]);
  assert.deepEqual(read('Reince Priebus, the GOP chairman, this past week announced the creation of a website.').map((a) => a.slice(0, 2)), [['Reince Priebus, the GOP chairman', 'announced']]);
  assert.deepEqual(read('Supporters of abortion rights, on the other hand, argued that the ruling will galvanize efforts.').map((a) => a.slice(0, 2)), [['Supporters of abortion rights', 'argued']]);
  assert.deepEqual(read('According to law enforcement officials, the account was linked to an email address.').map((a) => a.slice(0, 2)), [['law enforcement officials', 'According to']]);
  // ("according to law", "according to schedules after …": in accordance with)
  assert.deepEqual(read('He acted according to law and custom.'), []);
  assert.deepEqual(read('Officials said trains were running according to schedules after the strike.').map((a) => a.slice(0, 2)), [['Officials', 'said']]);
  // ("a series of Twitter posts", "300 Department of Health posts": nouns)
  assert.deepEqual(read('In a series of Twitter posts Sunday, Mr. Frum, a former speechwriter, wrote: "The question is whether he can cope."').map((a) => a.slice(0, 2)), [['Mr. Frum, a former speechwriter', 'wrote']]);
  // ("“…,” Trump added to People": to whom; "added to his lead": a gain)
  assert.deepEqual(read('"It was 50 percent more than her show," Trump added to People.').map((a) => a.slice(0, 2)), [['Trump', 'added']]);
  assert.deepEqual(read('The goal added to his lead.'), []);
});

test('a relative aside between spaced hyphens, quotes and all, and a long bracket describing the name, stand between the name and its cue', () => {
  assert.deepEqual(read('Donald Trump - who previously said he would "bomb the hell out of" oil fields - said at a rally that the US should close its borders.').map((a) => [a[0].split(' - ')[0], a[1]]), [['Donald Trump', 'said']]);
  assert.deepEqual(read('Still, Sanders - who digested his new circumstances aboard a flight home - has vowed to fight on.').map((a) => [a[0].split(' - ')[0], a[1]]), [['Sanders', 'has vowed']]);
  assert.equal(firstSource('But Sen. Chris Murphy (a Connecticut Democrat so boyish he has been mistaken for a junior staffer) says he was unfocused.').name, 'Chris Murphy');
  // (a body or party and a describing word before the title are the role: "GOP front-runner", "Marsh senior vice president")
  const trump = firstSource('GOP front-runner Donald Trump said no.');
  assert.deepEqual([trump.name, trump.role], ['Donald Trump', 'GOP front-runner']);
  assert.equal(firstSource('Marsh senior vice president Joshua Bewlay admitted that he had lied.').name, 'Joshua Bewlay');
});

test('where an inverted or "according to" source ends: before the clause it reports, a superlative, or a new noun phrase', () => {
  assert.equal(firstSource('Most importantly, say analysts, the failure of talks has not led to heightened tensions.').name, 'analysts');
  assert.equal(firstSource('More than 674 million mobiles were sold last year, said the report, the highest total sold to date.').name, 'report');
  assert.equal(firstSource('"It is over," said Bob Mulholland, a superdelegate who has accused them of harassment.').name, 'Bob Mulholland');
  assert.equal(read('"It is over," said Bob Mulholland, a superdelegate who has accused them of harassment.')[0][0], 'Bob Mulholland, a superdelegate who has accused them of harassment');
  assert.equal(read('According to figures gathered by the Pew researchers the average users spends about 43 minutes per month carrying out 34 separate searches and looks at 1.9 webpages.')[0][0], 'figures gathered by the Pew researchers');
  assert.equal(read('According to research by message analysts the Radicati Group, up to 45% of information sits in e-mail.')[0][0], 'research by message analysts the Radicati Group');
  assert.equal(read('According to multiple intelligence sources who have seen the correspondence, the talks failed.')[0][0], 'multiple intelligence sources who have seen the correspondence');
  // (without a comma the clause opens before its verb: at its subject, a conjunction, or the verb itself)
  assert.deepEqual(read('According to Ofcom there were almost four million broadband users in the UK in April 2004.')[0].slice(0, 3), ['Ofcom', 'According to', 'there were almost four million broadband users in the UK in April 2004']);
  assert.deepEqual(read('According to the official news agency most of the net cafes were closed down.')[0].slice(0, 3), ['the official news agency', 'According to', 'most of the net cafes were closed down']);
  assert.equal(read('The tiger is being treated according to veterinary advice and its condition has improved.')[0][0], 'veterinary advice');
  assert.equal(read('It was a crackdown that according to rights groups has left thousands dead.')[0][0], 'rights groups');
  // (a month is no verb: "issued by BMD on May 7")
  assert.equal(read('According to the weather bulletin issued by BMD on May 7, rain is likely.')[0][0], 'the weather bulletin issued by BMD on May 7');
  // ("ranks countries according to the steps they take", "graded according to their value": in the manner of)
  assert.deepEqual(read('The table ranks countries according to the steps they are taking towards the targets.'), []);
  assert.deepEqual(read('Homes are graded according to their value in 1991.'), []);
});

test('a group across places ("Traders in New Market and other commercial hubs said") and people counted after an inverted cue ("said several farm operators") speak', () => {
  assert.deepEqual(read('Traders in New Market and other commercial hubs said sales were moderate.').map((a) => a.slice(0, 2)), [['Traders in New Market and other commercial hubs', 'said']]);
  const authorities = firstSource('University authorities in Dhaka and other major cities said classes would proceed as scheduled.');
  assert.equal(authorities.type, 'vague');
  const farmers = firstSource('"Managing supply shocks will be nearly impossible," said several farm operators.');
  assert.deepEqual([farmers.name, farmers.type], ['several farm operators', 'vague']);
  // (not a clause the cue reports: "He said several farmers were hurt" is his)
  assert.deepEqual(read('He said several farmers were hurt.').map((a) => a[0]), ['He']);
});

test('an aside that ends in a quoted phrase, its comma inside the quote, and a party bracket with a stray comma stand between the name and its cue', () => {
  assert.deepEqual(readSpans("Mr. Manafort, citing ''the unique magic of Trump,'' said the candidate could be in a very competitive race.").map((a) => a.slice(0, 2)), [['Mr. Manafort', 'said']]);
  assert.deepEqual(readSpans('Hemsley, the co-author of "Going Viral," said the study was flawed.').map((a) => a.slice(0, 2)), [['Hemsley, the co-author of "Going Viral,"', 'said']]);
  // (a party bracket and a stray comma: "Sen. Jack Reed (D-R.I.), said")
  assert.deepEqual(readSpans('Sen. Jack Reed (D-R.I.), said after a lunch on Tuesday that he had not decided.').map((a) => a.slice(0, 2)), [['Sen. Jack Reed (D-R.I.)', 'said']]);
  // (a quote an inverted cue reports is still the speaker's: "“…,” said Hegseth")
  assert.deepEqual(readSpans("''We will win,'' said Hegseth.").map((a) => a.slice(0, 2)), [['Hegseth', 'said']]);
});

test('a short phrase of place or time after a cue that closes an inverted quote keeps it closing: "“…” demonstrators chanted in Toronto."', () => {
  assert.deepEqual(readSpans('"Trump act now!" demonstrators chanted in Toronto.').map((a) => a.slice(0, 2)), [['demonstrators', 'chanted']]);
  assert.deepEqual(readSpans('"We will not stop," protesters shouted outside the embassy on Monday.').map((a) => a.slice(0, 2)), [['protesters', 'shouted']]);
});

test('a name keeps its ampersand or web address, and a person "of" a firm or country is that person', () => {
  const source = (text: string) => {
    const s = firstSource(text);
    return [s.name, s.type, s.role ?? null];
  };
  assert.deepEqual(source('S&P said the rating would stay at BBB.').slice(0, 2), ['S&P', 'organization']);
  assert.deepEqual(source('Sales rose, said Marks & Spencer.')[0], 'Marks & Spencer');
  assert.deepEqual(source('The Moon will cover 96% of the Sun, according to Space.com.').slice(0, 2), ['Space.com', 'media']);
  assert.deepEqual(source('Doug Williams of BT said the deal was good.'), ['Doug Williams', 'person', 'of BT']);
  assert.deepEqual(source('“Things are bad,” said David Wyss of Moody’s in New York.').slice(0, 2), ['David Wyss', 'person']);
  assert.deepEqual(source('R&B star Alicia Keys said she was excited.').slice(0, 2), ['Alicia Keys', 'person']);
  // (after "according to" as after "said": an outlet, a role in lower case, then the person named)
  assert.deepEqual(source('The band are the biggest, according to Q magazine editor Paul Rees.'), ['Paul Rees', 'person', 'Q magazine editor']);
  // (a body or a peer keeps its "of")
  assert.deepEqual(source('The Muslim Council of Britain said it was wrong.')[0], 'Muslim Council of Britain');
  assert.deepEqual(source('Lord Nicholls of Birkenhead said it was wrong.')[0], 'Lord Nicholls of Birkenhead');
  assert.deepEqual(source('The Directorate General of Health Services said 40 people died.')[0], 'Directorate General of Health Services');
  // ("of the" inside a short name; not a title's words before the name: "Lord of the Rings director Peter Jackson")
  assert.deepEqual(source('The News of the World reports that Anelka told a magazine he would leave.').slice(0, 2), ['News of the World', 'media']);
  assert.deepEqual(source('Lord of the Rings director Peter Jackson said it was over.')[0], 'Peter Jackson');
  assert.deepEqual(source('Simon Hart of the Countryside Alliance has questioned how police will act.'), ['Simon Hart', 'person', 'of the Countryside Alliance']);
});

test('a person named again by first name is the person named in full before; a firm by its first word is the firm', () => {
  const text = 'BNP Chairman Tarique Rahman arrived in Dhaka on Monday. “Unity is strength,” Tarique said. Lycos Europe said sales rose. Lycos added that 40 jobs would go.';
  const m = analyze(text);
  assert.deepEqual(namedVia(text), [['Tarique Rahman', 'first-name'], ['Lycos Europe', 'name'], ['Lycos Europe', 'first-name']]);
  const card = hoverAt(m, new LineIndex(text), text.indexOf('Unity'))!.markdown;
  assert.match(card, /Mention: “Tarique” → Tarique Rahman \(first name of the person named earlier\)/);
  // (not where two people share the first name, nor a product, a role or an event named after a firm)
  const two = analyze('Tarique Rahman and Tarique Hasan met. Tarique said 40 people died.');
  assert.deepEqual(two.statements[1].attributions.map((a) => two.sources[a.source].name), ['Tarique']);
  const product = analyze('Microsoft Word is used by millions. Microsoft said 40 people were hit.');
  assert.deepEqual(product.statements[1].attributions.map((a) => product.sources[a.source].name), ['Microsoft']);
});

test('"it" after a one-word name nothing shows to be a person stands for that name, a firm; a later "he" does not', () => {
  const text = 'Steven Theede said the deal was bad. Yukos said the sale was illegal. It added that 40 staff had left. He said 50 more would go.';
  assert.deepEqual(namedVia(text), [['Steven Theede', 'name'], ['Yukos', 'name'], ['Yukos', 'pronoun'], ['Steven Theede', 'pronoun']]);
  const m = analyze(text);
  assert.equal(m.sources.find((s) => s.name === 'Yukos')!.type, 'organization');
  // (not a person the article has shown to be one: "Mr Blair said …" then "It added" stays unresolved)
  const p = analyze('Mr Blair said the deal was bad. It added that 40 staff had left.');
  assert.deepEqual(p.statements[1].attributions.map((a) => a.mention.via), ['unresolved']);
});

test('a one-word name whose appositive names a firm is an organization: "Wal-Mart, the largest US retailer, said"', () => {
  const m = analyze('Wal-Mart, the largest US retailer, has said its sales rose. It added that 40 stores would close.');
  assert.deepEqual(m.statements.flatMap((st) => st.attributions.map((a) => [m.sources[a.source].name, m.sources[a.source].type])), [['Wal-Mart', 'organization'], ['Wal-Mart', 'organization']]);
  assert.equal(firstSource('Michelle, a mother of twins, said she had not been paid.').type, 'person');
});

test('a person by age or standing is a person, a surname that is a colour a person, and pundits a vague group', () => {
  assert.equal(firstSource('The 31-year-old is concerned the event could upset her preparations.').type, 'person');
  assert.equal(firstSource('The world indoor champion said he was happy with 6.5 seconds.').type, 'person');
  assert.deepEqual([firstSource('Kelli White said the drugs were hidden.').name, firstSource('Kelli White said the drugs were hidden.').type], ['Kelli White', 'person']);
  assert.equal(firstSource('White said the drugs were hidden.').type, 'person');
  assert.equal(firstSource('The White House said the plan was good.').type, 'organization');
  assert.equal(firstSource('This is the man who, some pundits believe, won the 1992 race.').type, 'vague');
});

test('"according to him" is the person "he" would be; "according to her own account" is her account', () => {
  const m = analyze('Ali Riaz said the polls were calm. According to him, CCTV surveillance was helpful during the polls.');
  assert.deepEqual(m.statements[1].attributions.map((a) => [m.sources[a.source].name, a.mention.via]), [['Ali Riaz', 'pronoun']]);
  assert.equal(firstSource('According to her own account, she left at 10.').name, 'her own account');
});

test('"MP", "MEP" and "MSP" are titles, and a title word after an honorific is a surname: "Labour MP Oona King", "Mr King"', () => {
  const s = firstSource('Labour MP Oona King said the bill was wrong.');
  assert.deepEqual([s.name, s.role], ['Oona King', 'Labour MP']);
  assert.equal(firstSource('Tory MEP Daniel Hannan said the bill was wrong.').name, 'Daniel Hannan');
  assert.equal(firstSource('Mr King said rates would rise.').name, 'King');
  const m = analyze('Labour MP Oona King spoke first. Ms King said the bill was wrong.');
  assert.deepEqual(m.statements[1].attributions.map((a) => [m.sources[a.source].name, a.mention.via]), [['Oona King', 'surname']]);
});

test('"the MP", "the actor", "the BNP Chairman" after the person named with that role is that person', () => {
  const who = namedVia;
  const mp = 'Labour MP Oona King said she was happy. The MP also said 40 people had died.';
  assert.deepEqual(who(mp), [['Oona King', 'name'], ['Oona King', 'role']]);
  assert.match(hoverAt(analyze(mp), new LineIndex(mp), mp.indexOf('40'))!.markdown, /Mention: “The MP” → Oona King \(role of the person named earlier with it\)/);
  assert.deepEqual(who('Actor Keanu Reeves said he was happy. The actor also spoke of how he left school.'), [['Keanu Reeves', 'name'], ['Keanu Reeves', 'role']]);
  assert.deepEqual(who('BNP Chairman Tarique Rahman said it. The BNP Chairman also said 40 people died.'), [['Tarique Rahman', 'name'], ['Tarique Rahman', 'role']]);
  assert.deepEqual(who('Chief Observer Ivars Ijabs said the vote was fair. The Chief Observer cautioned that 40 complaints remained.'), [['Ivars Ijabs', 'name'], ['Ivars Ijabs', 'role']]);
  // (not a body its owner's role names, nor an acronym)
  assert.deepEqual(who('According to the Chief Adviser’s Press Wing, 40 letters came. The Chief Adviser said he was moved.').map((x) => x[0]), ['Press Wing', 'Chief Adviser']);
});

test('the holder of a role "of" a body is a person named by both, not the body: "The chief executive of Tesco said"', () => {
  const s = firstSource('The chief executive of Tesco said sales rose.');
  assert.deepEqual([s.name, s.type], ['chief executive of Tesco', 'person']);
  assert.equal(firstSource('The Deputy Director of the Islamic Foundation Bangladesh requested a portion of Zakat.').name, 'Deputy Director of the Islamic Foundation Bangladesh');
  // (a spokesman speaks for the body)
  assert.equal(firstSource('A spokesman for the IMF said growth would slow.').name, 'IMF');
  // (the holder named between commas after the role and its body is the source, the role theirs)
  const named = firstSource('The director of the film, Vinod Pande, says the movie is not offensive.');
  assert.deepEqual([named.name, named.role], ['Vinod Pande', 'director of the film']);
  assert.equal(firstSource('The head of the UN nuclear watchdog, Rafael Grossi, said an accord was possible.').name, 'Rafael Grossi');
  assert.deepEqual([firstSource('The head of the IMF, Rodrigo Rato, said growth would slow.').name, firstSource('The head of the IMF, Rodrigo Rato, said growth would slow.').role], ['Rodrigo Rato', 'head of the IMF']);
});

test('people in the plural are no later "he", and an event or the United Nations is no person', () => {
  const m = analyze('Ali Khan spoke first. His elderly parents said they were shocked. "This is one of the biggest challenges," he said.');
  assert.deepEqual(m.statements.flatMap((st) => st.attributions.map((a) => m.sources[a.source].name)), ['His elderly parents', 'Ali Khan']);
  assert.equal(firstSource('The United Nations said 40 people died.').type, 'organization');
  assert.equal(firstSource('The Powergen Cup said the final would be moved.').type, 'organization');
});

test('"Observers noted" after the article names an observation mission is the mission, not a vague group', () => {
  const m = analyze('The EU Election Observation Mission said the vote was calm. Observers noted some remarks about pluralism.');
  assert.deepEqual(m.statements[1].attributions.map((a) => [m.sources[a.source].name, a.mention.via]), [['EU Election Observation Mission', 'role']]);
  assert.equal(m.statements[1].status, 'attributed');
  // (with no mission named they stay vague)
  assert.equal(analyze('Observers noted some remarks about pluralism.').statements[0].status, 'vague-source');
});

test('the police and the army are bodies, never the person a later "he" stands for; a named force keeps its place', () => {
  assert.deepEqual(namedVia('John Smith spoke first. Police reported abuses. He said so.'), [['Police', 'name'], ['John Smith', 'pronoun']]);
  assert.deepEqual(namedVia('John Smith spoke first. The police said abuses rose. He denied it.'), [['police', 'name'], ['John Smith', 'pronoun']]);
  const m = analyze('San Francisco police said they had no record. The army said so.');
  assert.deepEqual(m.statements.flatMap((st) => st.attributions.map((a) => [m.sources[a.source].name, m.sources[a.source].type])), [['San Francisco police', 'organization'], ['army', 'organization']]);
});

test('a group after a relative "which" is an unnamed source, the noun after "whose" is the antecedent’s, and "they" looks back to the group named last', () => {
  assert.deepEqual(namedVia('They held a call in which organizers claimed that 400 delegates took part.'), [['organizers', 'vague']]);
  assert.deepEqual(namedVia('The strike, which company executives said could cost $40 million, ended.'), [['company executives', 'vague']]);
  assert.deepEqual(namedVia('It was a setback for Trump, whose attorneys argued that the papers held trade secrets.'), [['Trump’s attorneys', 'name']]);
  // (not a verb after "which", nor the interrogative)
  assert.deepEqual(namedVia('The Institute, which tends to be critical of the President, looks at fault lines.'), []);
  const text = 'The bill, which ministers claim will tackle crime, terrorism and illegal immigration, is expected to be opposed by the Liberal Democrats. They have said the scheme is flawed.';
  assert.deepEqual(read(text).map((a) => a.slice(0, 3)), [
    ['ministers', 'claim', 'will tackle crime, terrorism and illegal immigration'],
    ['the Liberal Democrats', 'to be opposed', 'The bill, which ministers claim will tackle crime, terrorism and illegal immigration, is expected'],
    ['They', 'have said', 'the scheme is flawed'],
  ]);
  assert.deepEqual(namedVia(text)[2], ['Liberal Democrats', 'pronoun']);
});

test('a role of a body whose last word is also a verb ("secretary of state") still describes the person named between the commas', () => {
  assert.deepEqual(namedVia('The US secretary of state, Marco Rubio, has described America as "a child of Europe".'), [['Marco Rubio', 'name']]);
});

test('South Asian bodies named by their own words ("Jamiat Ulema", "… Parishad", "… Samity") are organizations, never a later "he"', () => {
  assert.equal(classifyName('Jamiat Ulema', false, false), 'organization');
  assert.equal(classifyName('Hefazat Parishad', false, false), 'organization');
  const text = 'Jamiat Ulema has declared Maulana Siddiqur Rahman Chowdhury as its nominee. One rival is Dr Abul Hossain Jibon. “I have visited 486 villages,” he told reporters.';
  assert.deepEqual(namedVia(text).at(-1), ['Abul Hossain Jibon', 'pronoun']);
});

test('a body named with "for" keeps its whole name: "the Office for National Statistics", "the Centre for Policy Dialogue (CPD)"', () => {
  assert.deepEqual(namedVia('The Office for National Statistics said prices rose. The Centre for Policy Dialogue (CPD) suggested that tenders be floated.').map((x) => x[0]), ['Office for National Statistics', 'Centre for Policy Dialogue']);
  // (not a person whose role names the body: "Commission for Racial Equality chairman Trevor Phillips")
  assert.equal(namedVia('Commission for Racial Equality chairman Trevor Phillips said asylum claims fell.')[0][0], 'Trevor Phillips');
});

test('a title "of" its body read whole before the holder\'s name is split: the holder is the source, the rest their role', () => {
  const m = analyze('Secretary of the Jatiya Sangsad Secretariat Kaniz Maula told BSS the oath is at 4pm. Maula said the hall was ready.');
  assert.deepEqual(m.statements.flatMap((st) => st.attributions.map((a) => [m.sources[a.source].name, m.sources[a.source].role, a.mention.via])), [
    ['Kaniz Maula', 'Secretary of the Jatiya Sangsad Secretariat', 'name'],
    ['Kaniz Maula', 'Secretary of the Jatiya Sangsad Secretariat', 'surname'],
  ]);
  // (not a role of a body with no name after it)
  assert.equal(firstSource('The chief executive of Tesco said sales rose.').name, 'chief executive of Tesco');
});

test('a title before "for" or "of" belongs to the role the name was read with: "Minister for Foreign Affairs Hasan Mahmud"', () => {
  assert.deepEqual(roleOf('Minister for Foreign Affairs Hasan Mahmud said the talks went well.'), ['Hasan Mahmud', 'Minister for Foreign Affairs']);
  assert.deepEqual(roleOf('The Secretary of the Ministry of Home Affairs Nasimul Gani said the talks went well.'), ['Nasimul Gani', 'Secretary of the Ministry of Home Affairs']);
  assert.deepEqual(roleOf('Secretary of State John Kerry said the talks went well.'), ['John Kerry', 'Secretary of State']);
  // (a one-word body after "of", then a name of three words)
  assert.deepEqual(roleOf('Former Member of Parliament Mahmudul Islam Chowdhury said the talks went well.'), ['Mahmudul Islam Chowdhury', 'Former Member of Parliament']);
});

test('a member, convener, organiser or coordinator is a title before a name; "13-member" is no title', () => {
  assert.deepEqual(roleOf('BNP Standing Committee Member Amir Khasru Mahmud Chowdhury said the talks went well.'), ['Amir Khasru Mahmud Chowdhury', 'BNP Standing Committee Member']);
  assert.deepEqual(roleOf('NCP Convener Nahid Islam told reporters the talks went well.'), ['Nahid Islam', 'NCP Convener']);
  assert.deepEqual(roleOf('The 13-member Observer Group said the vote was fair.'), ['Observer Group', '']);
  // (the area a title is for ends at its word: "for Southern Region", "for Khulna Division")
  assert.deepEqual(roleOf('NCP Chief Organizer for Southern Region Hasnat Abdullah said the talks went well.'), ['Hasnat Abdullah', 'NCP Chief Organizer for Southern Region']);
  assert.deepEqual(roleOf('BNP Organising Secretary for Khulna Division Anindya Islam Amit said the talks went well.'), ['Anindya Islam Amit', 'BNP Organising Secretary for Khulna Division']);
  // (past a party's acronym in brackets)
  assert.deepEqual(roleOf('National Citizen Party (NCP) Chief Organizer for Southern Region Hasnat Abdullah told reporters the talks went well.'), ['Hasnat Abdullah', 'National Citizen Party (NCP) Chief Organizer for Southern Region']);
});

test('a title before a hyphenated full name is the role ("Company Commander Naeem-ul-Haq"); a place is no one’s "he" ("the Bibi Road area")', () => {
  assert.deepEqual(roleOf('RAB-11 Company Commander Naeem-ul-Haq said that a team raided a house in Dhaka on Monday.'), ['Naeem-ul-Haq', 'RAB-11 Company Commander']);
  assert.equal(classifyName('Bibi Road', false, false), 'organization');
  assert.equal(classifyName('Trafalgar Square', false, false), 'organization');
  assert.equal(classifyName('Damon Hill', false, false), 'person');
  assert.deepEqual(namedVia('Company Commander Naeem Haq said the team raided a house. Later, officers arrested a man from the Bibi Road area. He further said that the detainees sold drugs.').slice(-1), [['Naeem Haq', 'pronoun']]);
});

test('a day before a name is a time, not part of it ("On Thursday Mr Kilroy-Silk"), but "The Sunday Telegraph" and "Sheffield Wednesday manager" keep theirs; a capitalised title in apposition gives way to the name ("Palantir\'s CEO, Alex Karp,")', () => {
  assert.deepEqual(namedVia('Robert Kilroy-Silk quit the party. On Thursday Mr Kilroy-Silk is due to announce a new party.'), [['Robert Kilroy-Silk', 'surname']]);
  assert.equal(analyze('On Tuesday Intel announced a new chip.').statements[0].attributions[0].mention.text, 'Intel');
  assert.deepEqual([firstSource('The Sunday Telegraph reported that the deal was off.').name, firstSource('The Sunday Telegraph reported that the deal was off.').type], ['Sunday Telegraph', 'media']);
  assert.deepEqual(roleOf('Sheffield Wednesday manager Paul Sturrock said he had been willing to wait.'), ['Paul Sturrock', 'Sheffield Wednesday manager']);
  assert.deepEqual(roleOf('On an investor call last February, Palantir\'s CEO, Alex Karp, said he was proud of his company.'), ['Alex Karp', 'Palantir\'s CEO']);
  assert.deepEqual(roleOf('Argentina\'s President, Nestor Kirchner, said on Friday that the swap had worked.'), ['Nestor Kirchner', 'Argentina\'s President']);
});

test('"it" reports for the body named before with more verbs of speech ("It recalled that …", "it also stressed that …", "It mentioned that …"), not in an impersonal passive ("It is also analyzed and alleged that …")', () => {
  assert.deepEqual(namedVia('The ministry said many leaders remain in India. It recalled that on July 21 the leaders had planned to hold a rally.'), [['ministry', 'name'], ['ministry', 'pronoun']]);
  assert.deepEqual(namedVia('The club said it had met the bidder. But it also stressed that it stayed opposed to the proposal.'), [['club', 'name'], ['club', 'pronoun']]);
  assert.deepEqual(namedVia('The strikes killed 12 people, the army said. It is also analyzed and alleged that the group had killed others before.'), [['army', 'name']]);
});

test('an outlet’s edition is the outlet ("BBC Scotland", "BBC One"), not a newsroom role before a name; an outlet is "it", never "they"', () => {
  assert.equal(classifyName('BBC Scotland', false, false), 'media');
  assert.equal(classifyName('CNN International', false, false), 'media');
  assert.equal(classifyName('BBC Political Correspondent James Hardy', false, false), 'person');
  assert.equal(classifyName('AP Moller', false, false), 'person');
  assert.deepEqual(namedVia('Council tax is set to rise by 4%, BBC Scotland has learned. Councils fear cuts. But they have warned that services will suffer.'), [['BBC Scotland', 'name'], ['they', 'unresolved']]);
});

test('a subject past a relative aside between double hyphens, or an aside that quotes twice or goes on after a quoted title, is the speaker; the source is named without the aside', () => {
  assert.deepEqual(namedVia('The Supreme Court justice -- who has been in a scuffle with the nominee over the past few days -- said she regretted her remarks.'), [['Supreme Court justice', 'name']]);
  assert.deepEqual(read('Jack Straw, who argues the constitution reflected a "British vision for Europe" and gives "national governments a stronger grip", has said the referendum could be held in spring 2006.').map((a) => a.slice(0, 2)), [
    ['who', 'argues'],
    ['Jack Straw', 'has said'],
  ]);
  assert.deepEqual(read('Hemsley, the co-author of "Going Viral," about the rapid spread of information, said the days of unity were over.').map((a) => a.slice(0, 3)), [
    ['Hemsley, the co-author of "Going Viral," about the rapid spread of information', 'said', 'the days of unity were over'],
  ]);
  // (a single-quoted phrase inside a quote is no aside: the speaker still follows the verb)
  assert.deepEqual(read('"Probably, in the UK gaming is the one thing to show off, as in \'look what this TV can do\', until HD is adopted," explains Dr Tuffy.').map((a) => a.slice(0, 2)), [['Dr Tuffy', 'explains']]);
});

test('"He hoped, he said, that …": the stance is what the aside’s speaker said; a clause after "said" is no inverted speaker', () => {
  assert.deepEqual(read('He hoped, he said, that the paper would shy away from similar reporting now.').map((a) => a.slice(0, 3)), [
    ['he', 'said', 'He hoped'],
    ['he', 'said', 'that the paper would shy away from similar reporting now'],
  ]);
  assert.deepEqual(read('The deal was signed, said the days of unity were over.'), []);
});

test('a bare count opening its clause speaks through a verb of saying ("43 said the same", "at least 21,000 said"); not an age, a range, a count of things or a poll’s sample', () => {
  assert.deepEqual(read('Most had a favorable opinion of Clinton, 43 said the same for Sanders.').map((a) => a.slice(0, 3)), [['43', 'said', 'the same for Sanders']]);
  assert.deepEqual(read('Of the 200 voters asked, 43 said they would vote for Sanders.').map((a) => a.slice(0, 2)), [['43', 'said']]);
  assert.deepEqual(read('Since June, at least 21,000 said they would.').map((a) => a.slice(0, 2)), [['at least 21,000', 'said']]);
  assert.deepEqual(read('It is a debut nomination for Staunton, 49, who told BBC News she had not thought the film would appeal to voters.').map((a) => a[0]), ['she']);
  assert.deepEqual(read('Of the 12 US regions in the study, 11 showed stronger economic growth.'), []);
  assert.deepEqual(read('The report says, of the 1,867 news items, 1,170 reports involved cases of murder.').map((a) => a[0]), ['The report']);
  assert.deepEqual(read('In the survey, 14% of people aged between 18 and 34 said they never voted.').map((a) => a[0]), ['the survey']);
});

test('"can barely believe", "could not say": a modal held back from a verb of belief or saying keeps its subject; "cannot demand", "could not simply refuse" report nothing', () => {
  assert.deepEqual(read('Haleh Karimi can barely believe she gets to live in the city.').map((a) => a.slice(0, 2)), [['Haleh Karimi', 'can barely believe']]);
  assert.deepEqual(read('But he could not say whether Mr Blunkett had treated the nanny as a special case.').map((a) => a.slice(0, 2)), [['he', 'could not say']]);
  assert.deepEqual(read('At the moment, it cannot demand pay-outs on the behalf of customers.'), []);
  assert.deepEqual(read('The plans meant the UK could not simply refuse to hear an asylum case.'), []);
});

test('findings and documents: "found it was …" reports, "found it difficult" does not; "polls continue to show"; a speaker’s remarks or plan', () => {
  assert.deepEqual(read('The report found it was part of a long-standing problem.').map((a) => a.slice(0, 2)), [['The report', 'found']]);
  assert.deepEqual(read('She found it difficult to go on.'), []);
  assert.deepEqual(read('Still, polls continue to show that GOP voters are more likely to vote.').map((a) => a.slice(0, 2)), [['polls', 'continue to show']]);
  assert.deepEqual(read('His remarks indicated that the comments were not public.').map((a) => a.slice(0, 2)), [['His remarks', 'indicated']]);
  assert.deepEqual(read('In just the last few days, Democratic leaders — and, in particular, Harry Reid — insisted that any package include a delay.').map((a) => a.slice(0, 2)), [['Democratic leaders — and, in particular, Harry Reid', 'insisted']]);
});

test('a group of "few", a noun before a relative without "that" ("the scholars I interviewed this week thought"), "in particular" and "one day" around the cue', () => {
  assert.deepEqual(read('But few believe their relationship can ever be more than coolly transactional.').map((a) => a.slice(0, 2)), [['few', 'believe']]);
  assert.deepEqual(read('Still, none of the constitutional scholars I interviewed this week thought compromise was likely.').map((a) => a.slice(0, 2)), [['none of the constitutional scholars I interviewed', 'thought']]);
  assert.deepEqual(read('Back then, Britain and France in particular feared the re-emergence of a German colossus.').map((a) => a[0]), ['Britain and France']);
  assert.deepEqual(read('Researchers hope one day to harness that power for medicine.').map((a) => a.slice(0, 2)), [['Researchers', 'hope']]);
});

test('"it" stands for a firm or body a sentence opened with, when it came after the last body that spoke', () => {
  const m = analyze('The Beijing News reported that the dam broke rules. The China Three Gorges Project Corp could now face a fine of 200,000 yuan. Last week, it denied that its projects violated regulations.');
  const it = m.statements.flatMap((s) => s.attributions).find((a) => a.mention.text === 'it')!;
  assert.equal(m.sources[it.source].name, 'China Three Gorges Project Corp');
  // (a body that spoke after the opening one is still the one meant)
  const m2 = analyze('Microsoft unveiled a phone. The Financial Times reported that sales were slow. It said 20 shops had closed.');
  const it2 = m2.statements.flatMap((s) => s.attributions).find((a) => a.mention.text === 'It')!;
  assert.equal(m2.sources[it2.source].name, 'Financial Times');
  // (a country opening a sentence is not taken: its "it" is as often its government as anything else)
  const m3 = analyze('Deloitte said growth would slow. The UK economy grew 2% last year. It expects a rise in 2005.');
  const it3 = m3.statements.flatMap((s) => s.attributions).find((a) => a.mention.text === 'It')!;
  assert.equal(m3.sources[it3.source].name, 'Deloitte');
});

test('a person and where they are from, set off by commas: "a woman in Worcester, Massachusetts, told him …"; "The BBC\'s correspondent in Jakarta, Rachel Harvey, told"', () => {
  const m = analyze('Kasich says he is tough enough after a woman in Worcester, Massachusetts, told him she worries he is too nice.');
  const told = m.statements[0].attributions.find((a) => a.cue.text === 'told')!;
  assert.equal(told.mention.text, 'a woman in Worcester, Massachusetts');
  assert.equal(m.sources[told.source].name, 'woman');
  const r = analyze("The BBC's correspondent in Jakarta, Rachel Harvey, told the programme the talks had failed.");
  assert.equal(r.sources[r.statements[0].attributions[0].source].name, 'Rachel Harvey');
});

test('a relative pronoun in a contraction speaks for its antecedent, its auxiliary part of the cue: "superdelegates who’ve already said"', () => {
  assert.deepEqual(readSpans('Superdelegates who’ve already said they support Clinton may switch.').map((a) => a.slice(0, 2)), [['who', '’ve already said']]);
  assert.deepEqual(namedVia('Superdelegates who’ve already said they support Clinton may switch.'), [['Superdelegates', 'name']]);
});

test('an unnamed plural group a "who" names before a verb of saying is a vague source: "dozens of women who claim", not "Cosby faces women"', () => {
  assert.deepEqual(namedVia('Cosby is coming under attack by dozens of women who claim he assaulted them.'), [['dozens of women', 'vague']]);
  assert.deepEqual(namedVia('Cosby faces women who claim he assaulted them.'), [['women', 'vague']]);
  assert.deepEqual(namedVia('Cosby is under attack by women who say he assaulted them.'), [['women', 'vague']]);
});

/** Each "it" or "its" that speaks: [source name, source type, how it was resolved, cue]. */
const itReadings = (text: string): string[][] => {
  const m = analyze(text);
  return m.statements.flatMap((st) => st.attributions.filter((a) => /^its?$/i.test(a.mention.text)).map((a) => [m.sources[a.source].name, m.sources[a.source].type, a.mention.via, a.cue.text]));
};

test('an "it" nothing before stands for is the body its own sentence has as subject, or whose shares moved; not a name that describes something else', () => {
  const itIs = (text: string): string[][] => itReadings(text).map(([name, , via]) => [name, via]);
  assert.deepEqual(itIs('Electrolux saw its shares rise 14% on Tuesday after it said it would move jobs.'), [['Electrolux', 'pronoun']]);
  assert.deepEqual(itIs('Qantas shares fell almost 3%, however, after it warned that earnings growth would slow.'), [['Qantas', 'pronoun']]);
  assert.deepEqual(itIs('Shares in Multiplex Group, which is building the stadium, fell 19% after it said it would make no money.'), [['Multiplex Group', 'pronoun']]);
  assert.deepEqual(itIs('Shares in UK pharmaceutical firm Phytopharm closed down 19.84%, after it said a partner was set to pull out.'), [['Phytopharm', 'pronoun']]);
  // (a one-word name read as a person's that spoke after the last body is the firm: "DrKW said …, it added")
  assert.deepEqual(itIs('Marks & Spencer said sales fell 3%. DrKW said the cuts were to clear stock. "This cannot be good news for M&S," it added.').slice(-1), [['DrKW', 'pronoun']]);
  // (the body its own clause joins comes before the one that spoke last)
  assert.deepEqual(itIs('The company said sales rose. IBM will continue to hold the 500 patents but it has pledged to seek no royalties.').slice(-1), [['IBM', 'pronoun']]);
  // (a name that only describes, or stands in an aside, is not the subject)
  assert.deepEqual(itIs('The US tycoon has approached the United board with "detailed proposals", it has confirmed.'), [['it', 'unresolved']]);
  assert.deepEqual(itIs('The new government, led by the Congress Party, was voted in after it pledged to introduce reforms.'), [['it', 'unresolved']]);
  // (a person's name is no "it")
  assert.deepEqual(itIs('John Smith sold his shares after it said profits would fall.'), [['it', 'unresolved']]);
});

test('"It found that …" after a sentence that opens with a document is that document’s finding; "It found a buyer" reports nothing', () => {
  const itIs = (text: string): string[][] => itReadings(text).map(([name, type, , cue]) => [name, type, cue]);
  assert.deepEqual(itIs('The report was published on Monday. It found that 40% of children are poor.'), [['report', 'document', 'found']]);
  assert.deepEqual(itIs('A new study by Oxford researchers was released on Monday. It shows that 40% of children are poor.'), [['study', 'document', 'shows']]);
  assert.deepEqual(itIs('The survey of 2,000 adults came out on Monday. It said that most were poor.'), [['survey', 'document', 'said']]);
  assert.deepEqual(itIs('The firm was sold on Monday. It found a buyer in France.'), []);
  // (a document word that only qualifies the noun after it opens no document: "financial data seller")
  assert.ok(!itIs('The news and financial data seller said the year had begun well. It added it was planning savings.').some((x) => x[1] === 'document'));
});

/** Whom each pronoun the pattern matches stands for, as source names. */
const standsFor = (pronoun: RegExp) => (text: string): string[] => {
  const m = analyze(text);
  return m.statements.flatMap((st) => st.attributions.filter((a) => pronoun.test(a.mention.text)).map((a) => m.sources[a.source].name));
};
/** Whom each "he" or "she" that speaks stands for. */
const heIs = standsFor(/^(he|she)$/i);

test('with no speaker yet, "he" is the subject of the sentence that named people last, not a person named after it', () => {
  assert.deepEqual(heIs("Tory leader Michael Howard's only fresh entry is a Christmas hamper from the Sultan of Brunei. He also declares a trip to Mexico."), ['Michael Howard']);
  // (a possessive's name that qualifies the name after it is not the subject)
  assert.deepEqual(heIs('Sylvester Stallone\'s ex-wife Brigitte Nielsen nominated both John and Bez. She said: "Bez is difficult."'), ['Brigitte Nielsen']);
  assert.deepEqual(heIs('Prime Minister Tony Blair held talks with the Palestinian leader, Mahmoud Abbas. He confirmed that a conference would come in March.'), ['Tony Blair']);
  // (the subject of the clause the pronoun's clause joins, even by surname alone)
  assert.deepEqual(heIs("Thomas Hitzlsperger is waiting to learn the future of manager David O'Leary. O'Leary has been in talks over a new deal and he said: \"I had a message.\""), ["David O'Leary"]);
  // (a sentence opened by a surname the article has named has that person as subject; a name after a
  // preposition is no subject)
  assert.deepEqual(heIs('Screenwriter Debra Hill has died. Directed by John Carpenter, her film made $60m. Hill also worked with Carpenter on two films. "I started in 1974," she said.'), ['Debra Hill']);
  assert.deepEqual(heIs('Unseeded Jurgen Melzer beat Andre Agassi. Melzer has now beaten Agassi twice. "I had a good game plan," he said.'), ['Jurgen Melzer']);
  // (a role after "the" that opens the sentence just before is its holder, named earlier)
  assert.deepEqual(heIs('Planning Minister Julio De Vido has offered talks. The firm said it would not accept. The Planning Minister did not rule out cancelling the concession. Yet he added that he did not like "futurology".'), ['Julio De Vido']);
  // (a speaker still comes first over a name that is no subject: "he said" after "Hegseth expressed gratitude to Singh")
  assert.deepEqual(heIs('Pete Hegseth said the pact was signed. The deal was signed in the presence of Rajnath Singh on Tuesday. He said it was historic.'), ['Pete Hegseth']);
  // (but the subject of the sentence just before, named since the speaker spoke, is whom the pronoun continues with)
  assert.deepEqual(heIs('Roger Federer said he was pleased. Ivan Ljubicic was at a loss to explain his poor first set. "I felt my racket was loose," he said.'), ['Ivan Ljubicic']);
});

test('a name that only qualifies the role after it is no person: a team, a band, a party, a title', () => {
  assert.deepEqual(heIs("Sale Sharks director of rugby Philippe Saint-Andre has re-opened the debate. \"It's an important game,\" he told BBC Sport."), ['Philippe Saint-Andre']);
  assert.deepEqual(heIs('Double Olympic champion Kelly Holmes won the race. "I am happy," she said.'), ['Kelly Holmes']);
  assert.deepEqual(heIs('Charles Kennedy is to address voters. The Liberal Democrat leader will visit the Shri Swaminarayan Mandir Temple in Neasden. He will say Labour is wrong.'), ['Charles Kennedy']);
  assert.deepEqual(roleOf('Frenchman Cyril Saulnier said he was tired.'), ['Cyril Saulnier', 'Frenchman']);
});

test('"they" is the group its own sentence or the one just before opened with, when named after the last group that spoke', () => {
  const theyIs = standsFor(/^they$/i);
  assert.deepEqual(theyIs('The amnesty covers treason, according to the bill text. Pro-government and opposition lawmakers clashed over an article. They agreed to continue the debate on Thursday.'), ['Pro-government and opposition lawmakers']);
  assert.deepEqual(theyIs('The Greek federation said the case was open. But Kenteris and Thanou then skipped tests, when they decided to fly back to Greece.'), ['Kenteris and Thanou']);
  assert.deepEqual(theyIs('Five public sector unions will hold talks with John Prescott. They want the government to withdraw the regulations.'), ['Five public sector unions']);
  // (the group that spoke last still stands when nothing opened a sentence since; an aside's "they" is not its clause's subject's)
  assert.deepEqual(theyIs('Analysts said the deal was good. They also pointed out that more mergers are likely.'), ['Analysts']);
  assert.deepEqual(theyIs('European leaders have openly blamed the US. US officials were talking up the dollar, they said, but failing to act.'), ['European leaders', 'European leaders']);
  assert.deepEqual(theyIs('Smaller firms had until June. Over the past few months, delegations of European and other business leaders have been heading to the SEC. They say the burden is too expensive.'), ['delegations of European and other business leaders']);
  assert.deepEqual(theyIs('The board met Glazer. United fans have reacted with anger at the announcement. They have vehemently opposed any takeover.'), ['United fans']);
  // (MPs who spoke are the group a "they" stands for, and a group is never a later "he")
  assert.deepEqual(theyIs('The report said fines should be considered. It said incentives were gimmicks, MPs said. Instead they called for campaigns.'), ['MPs']);
  const m = analyze('United fans have reacted with anger. They have opposed any takeover since he first showed interest, said Glazer. He said he would wait.');
  assert.ok(!m.statements.flatMap((st) => st.attributions).some((a) => /^he$/i.test(a.mention.text) && m.sources[a.source].name === 'United fans'));
  // (things are no "they": "The announcements brought cheers from his MPs. They believed …")
  assert.deepEqual(theyIs('The announcements brought great cheers from his own MPs. They obviously believed he had done that.'), ['they']);
});

test('the agent of a participle aside is not the subject: "The Open Society Institute (OSI), financed by billionaire George Soros, has accused"', () => {
  assert.deepEqual(namedVia('The Open Society Institute (OSI), financed by billionaire George Soros, has accused officials of trying to close its office.'), [['Open Society Institute', 'name']]);
  assert.deepEqual(namedVia('Parent company SpaceX, founded by Elon Musk, did not immediately reply to a request for comment.'), [['SpaceX', 'name']]);
  // (a participle inside the subject's own phrase keeps its agent: "Documents released by the Department of Justice suggest")
  assert.deepEqual(namedVia('Documents released by the US Department of Justice suggest the payments were made.').length, 1);
});
