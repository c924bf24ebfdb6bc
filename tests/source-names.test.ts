// What a source is called and what kind it is when its phrase names more than the speaker ("Doctors
// in Athens", "A legal expert in the US"), and whom a description stands for ("The United boss said"
// after "Ferguson believes …"). The hover and the Sources view show these names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../server/src/analysis/analyze';
import { headType } from '../server/src/analysis/name-types';

/** Every attribution as [source name, source type, the mention's text, how the mention found the source]. */
const sources = (text: string): string[][] => {
  const m = analyze(text);
  return m.statements.flatMap((st) => st.attributions.map((a) => [m.sources[a.source].name, m.sources[a.source].type, a.mention.text, a.mention.via]));
};

/** The names of the sources a text reads as people. */
const people = (text: string): string[] => analyze(text).sources.filter((s) => s.type === 'person').map((s) => s.name);

test('people or a body before a place are the speaker, not the place', () => {
  assert.deepEqual(sources('Doctors in Athens said the athlete was stable.')[0].slice(0, 2), ['Doctors', 'person']);
  assert.deepEqual(sources('Jurors in Virginia recommended a nine-year sentence.')[0].slice(0, 2), ['Jurors', 'person']);
  assert.deepEqual(sources('A legal expert in the US speculated that the case would be dropped.')[0].slice(0, 2), ['legal expert', 'person']);
  assert.deepEqual(sources('The court in Washington found that the firm had broken the law.')[0].slice(0, 2), ['court', 'organization']);
  assert.deepEqual(sources('The United States embassy in Dhaka welcomed the decision.')[0].slice(0, 2), ['United States embassy', 'organization']);
  // the whole phrase is still the source's span
  assert.equal(sources('Doctors in Athens said the athlete was stable.')[0][2], 'Doctors in Athens');
});

test('footage, images and photographs are documents, named with where they come from', () => {
  assert.deepEqual(sources('Satellite images show that the base was damaged.')[0].slice(0, 2), ['Satellite images', 'document']);
  assert.deepEqual(sources('Video footage from the scene shows that several students were hurt.')[0].slice(0, 2), ['Video footage from the scene', 'document']);
  assert.deepEqual(sources('Television pictures clearly showed the ball had crossed the line.')[0].slice(0, 2), ['Television pictures', 'document']);
  assert.deepEqual(sources('A readout from Beijing’s foreign ministry said the talks were frank.')[0].slice(1, 2), ['document']);
});

test('a spokesman from a body, and a full name after the place, keep their source', () => {
  assert.deepEqual(sources('A spokesperson from Icstis told the BBC that the firm had been fined.')[0].slice(0, 1), ['Icstis']);
  assert.deepEqual(sources('The official spokesperson at the Ministry of External Affairs Randhir Jaiswal said the talks would resume.')[0].slice(0, 1), ['Randhir Jaiswal']);
});

test('nouns for people with no ending that says so are people', () => {
  assert.deepEqual(sources('The pop star said he was delighted.')[0].slice(0, 2), ['pop star', 'person']);
  // (but a comparative is no noun for people: "the flag minutes later", "a deeper truth")
  assert.deepEqual(['deeper', 'later', 'greater', 'manager', 'supporters'].map((w) => headType(w)), ['organization', 'organization', 'organization', 'person', 'person']);
  assert.deepEqual(sources('A PR expert has told the paper that the campaign failed.')[0].slice(0, 2), ['PR expert', 'person']);
  assert.deepEqual(sources('The United boss said the tackle was terrible.')[0].slice(0, 2), ['United boss', 'person']);
});

test('a description of one person stands for the one the article was just speaking of', () => {
  const ferguson = sources(
    'Sir Alex Ferguson has called on the FA to punish Thierry Henry. Ferguson believes Henry deliberately caught Heinze. The United boss said it was worse than the foul on Cole.',
  );
  assert.deepEqual(ferguson[ferguson.length - 1], ['Sir Alex Ferguson', 'person', 'The United boss', 'role']);
  // the person named at the opening of the sentence before, not the one who spoke within it
  const jones = sources(
    'Marion Jones has filed a lawsuit against Balco boss Victor Conte following his allegations that he gave her drugs. The Sydney Olympic gold medallist says Conte damaged her reputation.',
  );
  assert.deepEqual(jones[jones.length - 1].slice(0, 3), ['Marion Jones', 'person', 'The Sydney Olympic gold medallist']);
});

test('a description is not the person before it when it may be someone else', () => {
  // a bare role: someone the article met
  const bare = sources('Smith said the talks went well. The ambassador said nothing had been agreed.');
  assert.notEqual(bare[1][0], 'Smith');
  // who speaks for someone is not that someone
  const spokesperson = sources('Snoop Dogg denied the claims on Monday. The American rapper’s lawyer said the claims were false.');
  assert.notEqual(spokesperson[1][0], 'Snoop Dogg');
  // a role the article gave the person names another trade
  const trade = sources('Arsenal boss Arsene Wenger said the row must end. The Arsenal striker said he agreed.');
  assert.notEqual(trade[1][0], 'Arsene Wenger');
  // nor someone last spoken of three sentences back
  const far = sources('Sir Alex Ferguson said the tackle was terrible. The match ended 2-0. Fans left early. Tickets sold out. The United boss said he was proud.');
  assert.notEqual(far[far.length - 1][0], 'Sir Alex Ferguson');
});

test('bodies whose name ends in the kind of body, or links its parts, are organizations, not people', () => {
  const type = (text: string) => sources(text)[0].slice(0, 2);
  assert.deepEqual(type('The Federal Reserve said inflation eased.'), ['Federal Reserve', 'organization']);
  assert.deepEqual(type('Human Rights Watch said the law was vague.'), ['Human Rights Watch', 'organization']);
  assert.deepEqual(type('Amnesty International said it was alarmed.'), ['Amnesty International', 'organization']);
  assert.deepEqual(type('Barclays Capital said rates would rise.'), ['Barclays Capital', 'organization']);
  assert.deepEqual(type('Bangladesh Jamaat-e-Islami said it would boycott the polls.'), ['Bangladesh Jamaat-e-Islami', 'organization']);
  assert.deepEqual(type('The Red Cross said aid arrived.'), ['Red Cross', 'organization']);
  assert.deepEqual(type('Friends of the Earth said emissions rose.'), ['Friends of the Earth', 'organization']);
  assert.deepEqual(type('Reporters Without Borders said 50 journalists were killed.'), ['Reporters Without Borders', 'organization']);
  assert.deepEqual(type('Nasa said the probe had landed.'), ['Nasa', 'organization']);
  // people stay people: a title or a noble's "of", one name before "of", members of a party
  assert.deepEqual(type('Lord Falconer of Thoroton said the bill was fair.'), ['Lord Falconer of Thoroton', 'person']);
  assert.deepEqual(type('The Roman Catholic Archbishop of Cardiff said so.'), ['Roman Catholic Archbishop of Cardiff', 'person']);
  assert.deepEqual(type('Parvez of Am Janata Dal said it was fine.'), ['Parvez of Am Janata Dal', 'person']);
  assert.deepEqual(type('Senior Tories believe the plan will fail.'), ['Senior Tories', 'person']);
  assert.deepEqual(type('Tony Williams said the plan would fail.'), ['Tony Williams', 'person']);
});

test('a one-word name the article shows is a firm is one, and a later "he" is not it', () => {
  const read = sources('Sophos, which makes anti-virus software, said the virus spread fast. Graham Cluley said it was new. Sophos said 300 machines were hit. He said more would follow.');
  assert.deepEqual(read[0].slice(0, 2), ['Sophos', 'organization']);
  assert.deepEqual(read[3].slice(0, 1), ['Graham Cluley']);
  // (evidence after the firm first spoke: "Microsoft's shares")
  const later = sources('Microsoft said profits rose 20%. Microsoft’s shares rose 3% on the news. He said it was good.');
  assert.deepEqual(later[0].slice(0, 2), ['Microsoft', 'organization']);
  assert.deepEqual(later[1].slice(0, 2), ['he', 'person']);
  assert.equal(later[1][3], 'unresolved');
  // (a firm named in full, then by its own name alone: the same firm)
  const full = sources('Chinese game operator Shanda Interactive Entertainment has bought a stake in Sina. Shanda said that it may buy more.');
  assert.deepEqual(full.find((r) => r[2] === 'Shanda')?.slice(0, 2), ['Shanda Interactive Entertainment', 'organization']);
  // (a post held at it, or its own staff named after it)
  assert.deepEqual(sources('Yukos said it would appeal. Steven Theede, chief executive of Yukos, said the firm was broke.')[0].slice(0, 2), ['Yukos', 'organization']);
  assert.deepEqual(sources('Qantas said jobs would go. A Qantas spokesman said 300 posts were affected.')[0].slice(0, 2), ['Qantas', 'organization']);
  assert.deepEqual(sources('Stephen Toulouse, a Microsoft security manager, said the flaws were known. Microsoft said it would act.').at(-1)?.slice(0, 2), ['Microsoft', 'organization']);
  // (but a person's aide is no sign: "a Blair aide")
  assert.deepEqual(sources('Blair said the plan would work. A Blair aide said it was ready.')[0].slice(0, 2), ['Blair', 'person']);
  // without such evidence a bare surname is still a person's
  assert.deepEqual(sources('Smith said profits rose 20%. He said it was good.').map((r) => r.slice(0, 2)), [['Smith', 'person'], ['Smith', 'person']]);
});

test('a document named by its first word, a role "to" a body before the name, a study by a body', () => {
  assert.deepEqual(sources('Photographs from the site show the building was destroyed.')[0].slice(0, 2), ['Photographs from the site', 'document']);
  assert.deepEqual(sources('Records compiled by the Center for Responsive Politics show that he gave $5,000.')[0].slice(0, 2), ['Center for Responsive Politics', 'organization']);
  // (a body after the noun that says what it is)
  assert.deepEqual(sources('About 60% have digital TV, according to the communications regulator Ofcom.')[0].slice(0, 3), ['Ofcom', 'organization', 'the communications regulator Ofcom']);
  assert.deepEqual(sources('The number of attacks rose by 50% last year, said security firm RSA.')[0].slice(0, 2), ['RSA', 'organization']);
  const osborne = sources('Responding to the speech, shadow chief secretary to the Treasury, George Osborne, said: "This was more talk."');
  assert.deepEqual(osborne[0].slice(0, 2), ['George Osborne', 'person']);
});

test('a body named again by its head word is the one of that kind the article named last', () => {
  const read = sources('Chairperson of the Commonwealth Observer Group Nana Addo Dankwa Akufo-Addo on Saturday described the election as fair. The Observer Group praised the media. The Group said turnout was high.');
  assert.deepEqual(read[0].slice(0, 2), ['Nana Addo Dankwa Akufo-Addo', 'person']);
  assert.deepEqual(read.slice(1).map((r) => [r[0], r[2], r[3]]), [
    ['Commonwealth Observer Group', 'The Observer Group', 'role'],
    ['Commonwealth Observer Group', 'The Group', 'role'],
  ]);
  // (named without speaking; "of" keeps what the head is of; a lower-case head too)
  assert.deepEqual(sources('The Reserve Bank of Australia raised rates on Tuesday. The bank said inflation was too high.')[0].slice(0, 2), ['Reserve Bank of Australia', 'organization']);
  assert.deepEqual(sources('Iraq’s Ministry of Communications shut the network. The ministry said it had no choice.')[0].slice(0, 1), ['Ministry of Communications']);
  // (the latest of that kind, not the first)
  assert.deepEqual(sources('The Election Commission met the European Commission on Monday. The Commission said talks went well.')[0].slice(0, 1), ['European Commission']);
  // a body whose name is the word itself stays itself; nothing named before, the head alone
  assert.deepEqual(sources('On Friday the Pentagon said it was ready.')[0].slice(0, 2), ['Pentagon', 'organization']);
  assert.deepEqual(sources('The bank said inflation was too high.')[0].slice(0, 2), ['bank', 'organization']);
});

test('two particles inside a surname keep the name whole, with its title as the role', () => {
  const read = sources('European Commission President Ursula von der Leyen said the deal was historic. Von der Leyen said talks would continue. The deal is good, said Ursula von der Leyen.');
  assert.deepEqual(read.map((r) => r[0]), ['Ursula von der Leyen', 'Ursula von der Leyen', 'Ursula von der Leyen']);
  assert.equal(analyze('Commission President Ursula von der Leyen said so.').sources.find((s) => s.name === 'Ursula von der Leyen')?.role, 'Commission President');
  assert.deepEqual(sources('Rafael van der Vaart said he was fit.')[0].slice(0, 2), ['Rafael van der Vaart', 'person']);
});

test('common nouns for firms and outlets: "the insurer" is a body, "the paper" the outlet named last', () => {
  assert.deepEqual(sources('The insurer said claims rose 20%.')[0].slice(0, 2), ['insurer', 'organization']);
  assert.deepEqual(sources('The Japanese car maker said sales fell.')[0].slice(0, 2), ['Japanese car maker', 'organization']);
  const read = sources('The Observer reported that the minister would quit. Shares rose 5%, the paper said. It also said more would follow.');
  assert.deepEqual(read.map((r) => [r[0], r[1], r[3]]), [['Observer', 'media', 'name'], ['Observer', 'media', 'role'], ['Observer', 'media', 'pronoun']]);
  // (nothing named before: the paper as written, an outlet)
  assert.deepEqual(sources('Shares rose 5%, the paper said.')[0].slice(0, 2), ['paper', 'media']);
  // (the outlet mentioned last, not the one first met last: the Financial Times again after the Observer)
  const again = sources('The Financial Times reported that talks had stalled. The Observer said the minister would quit. The Financial Times later reported a deal. Shares rose 5%, the paper said.');
  assert.deepEqual(again[again.length - 1].slice(0, 2), ['Financial Times', 'media']);
});

test('countries speak as their government or team, laws are documents, a referee is a person', () => {
  assert.deepEqual(sources('Wales said the match was off.')[0].slice(0, 2), ['Wales', 'organization']);
  assert.deepEqual(sources('Sri Lanka said it would act.')[0].slice(0, 2), ['Sri Lanka', 'organization']);
  // (a country's name that is the surname of someone named before is that person)
  assert.deepEqual(sources('Wikipedia founder Jimmy Wales said the site would grow. Wales said it had a million articles.')[1].slice(0, 2), ['Jimmy Wales', 'person']);
  assert.deepEqual(sources('The Sarbanes-Oxley Act calls for audits.')[0].slice(0, 2), ['Sarbanes-Oxley Act', 'document']);
  assert.deepEqual(sources('The Road Safety Act came into force. The Act says that a life sentence applies.')[0].slice(0, 2), ['Act', 'document']);
  assert.deepEqual(sources('The referee said it was a foul.')[0].slice(0, 2), ['referee', 'person']);
  // ("Bill" stays a first name)
  assert.deepEqual(sources('Technology analyst Bill Thompson said it was new. Bill said so.').map((r) => r[0]), ['Bill Thompson', 'Bill Thompson']);
});

test('a thing is no source: a participle of expectation after it, or "which" and "that" standing for it', () => {
  assert.deepEqual(sources('President Bush presented a budget to lower a record deficit projected to peak at $427bn this year.'), []);
  assert.deepEqual(sources('He may miss the event with a hip injury which ruled him out of the Kooyong Classic.'), []);
  // (people and bodies still are: "analysts expected to", "The union, which represents …, said", "the review, which recommended")
  assert.deepEqual(sources('Analysts expected to see growth of 5%.')[0].slice(0, 2), ['Analysts', 'vague']);
  assert.deepEqual(sources('The union, which represents 5,000 staff, said the offer was poor.')[0].slice(0, 2), ['union', 'organization']);
  assert.deepEqual(sources('The case follows the Tomlinson review, which recommended a single diploma.').length, 1);
});

test('a title of a body with no name after it is an unnamed holder, not a person named after the body', () => {
  const read = sources('Upazila BNP said so. The general Secretary of Jashore District BNP said so. BNP decides to join.');
  assert.deepEqual(read.map((r) => r.slice(0, 2)), [
    ['Upazila BNP', 'organization'],
    ['general Secretary of Jashore District BNP', 'person'],
    ['BNP', 'organization'],
  ]);
});

test('a body whose name holds "for" or a list of fields is named whole, before or after its cue', () => {
  const one = (text: string): string[] => sources(text)[0].slice(0, 2);
  assert.deepEqual(one('The Ministry of Health and Family Welfare said 20 people died.'), ['Ministry of Health and Family Welfare', 'organization']);
  assert.deepEqual(one('The Ministry of Power, Energy and Mineral Resources said prices would rise.'), ['Ministry of Power, Energy and Mineral Resources', 'organization']);
  assert.deepEqual(one('The US Centers for Disease Control and Prevention said 20 people died.'), ['US Centers for Disease Control and Prevention', 'organization']);
  assert.deepEqual(one('The Department for Education said 20 schools would close.'), ['Department for Education', 'organization']);
  assert.deepEqual(one('Prices rose 10 percent, said the Ministry of Health and Family Welfare.'), ['Ministry of Health and Family Welfare', 'organization']);
  assert.deepEqual(one('According to the Department for Work and Pensions, 20 percent were hit.'), ['Department for Work and Pensions', 'organization']);
  assert.deepEqual(one('Prices rose, according to the Institute for Fiscal Studies.'), ['Institute for Fiscal Studies', 'organization']);
  // (a person's name after "and" is a second speaker; a title after the body's name begins a person's)
  assert.deepEqual(one('The Ministry of Finance and Tarique Rahman said 10 percent rose.'), ['Tarique Rahman', 'person']);
  assert.deepEqual(one('Commission for Racial Equality chairman Trevor Phillips said 20 percent were hit.'), ['Trevor Phillips', 'person']);
  assert.deepEqual(one('Center for American Progress President Neera Tanden said 20 percent were hit.'), ['Neera Tanden', 'person']);
  // (a later "it" is that body)
  assert.deepEqual(sources('The Department of Trade and Industry said exports fell. It said 5 percent were lost.')[1].slice(0, 2), ['Department of Trade and Industry', 'organization']);
});

test('a discourse adverb that opens the sentence is no name in a list of speakers', () => {
  assert.equal(sources('Nevertheless, the Bank of England and the Treasury still forecast growth of 4 percent.')[0][2], 'the Bank of England and the Treasury');
  assert.deepEqual(sources('Furthermore, most polling stations were not accessible, signaling a failure.').length, 0);
});

test('a noun for a firm before one word of a name, and bodies the news names alone, are bodies', () => {
  const one = (text: string): string[] => sources(text)[0].slice(0, 2);
  assert.deepEqual(one('Anti-virus firm Sophos said 20 viruses were found.'), ['Sophos', 'organization']);
  assert.deepEqual(one('Film giant Disney said profits rose 5%.'), ['Disney', 'organization']);
  // (its name alone later in the article is the firm, and "it" can mean it)
  const later = sources('Security firm Sophos found the virus. Sophos said 20 machines were hit. It said 5 more would be.');
  assert.deepEqual(later.slice(1).map((r) => [...r.slice(0, 2), r[3]]), [['Sophos', 'organization', 'name'], ['Sophos', 'organization', 'pronoun']]);
  // (a producer or a publisher may be a person)
  assert.deepEqual(one('Record producer Timbaland said he sold 5 million records.'), ['Timbaland', 'person']);
  assert.deepEqual(one('Microsoft said 20 million copies were sold.'), ['Microsoft', 'organization']);
  assert.deepEqual(one('Al Qaeda claimed the attack killed 20 people.'), ['Al Qaeda', 'organization']);
  // (unless someone of that surname was named first)
  assert.deepEqual(sources('Singer Fiona Apple said she would tour. Apple said the tour would last 20 weeks.')[1].slice(0, 2), ['Fiona Apple', 'person']);
});

test('"A spokesman for the ministry, Ali Khan, said": the person the aside names speaks, with the role; an aside that describes the body leaves the body', () => {
  assert.deepEqual(sources('A spokesman for the ministry, Ali Khan, said 20 people died.')[0].slice(0, 2), ['Ali Khan', 'person']);
  const m = analyze('A spokeswoman for Human Rights Watch, Jane Doe, said 20 people died.');
  assert.equal(m.sources[m.statements[0].attributions[0].source].role, 'spokeswoman for Human Rights Watch');
  assert.deepEqual(sources("A spokesman for Unison, Britain's biggest union, said 20 people died.")[0].slice(0, 2), ['Unison', 'organization']);
  // (without a name, the body speaks through its spokesman)
  assert.deepEqual(sources('A spokeswoman for Human Rights Watch said 20 people died.')[0].slice(0, 2), ['Human Rights Watch', 'organization']);
});

test('titles held, each of its body, then the holder: the holder is the speaker, before or after the cue', () => {
  const name = (text: string): string[] => { const m = analyze(text); const s = m.sources[m.statements[0].attributions[0].source]; return [s.name, s.role ?? '']; };
  assert.deepEqual(name('The vote was fair, said Chairperson of the Commonwealth Observer Group and former President of Ghana Nana Addo Dankwa Akufo-Addo.'), ['Nana Addo Dankwa Akufo-Addo', 'Chairperson of the Commonwealth Observer Group and former President of Ghana']);
  assert.deepEqual(name('The vote was fair, said Chairperson of the Commonwealth Observer Group Nana Addo Dankwa Akufo-Addo.'), ['Nana Addo Dankwa Akufo-Addo', 'Chairperson of the Commonwealth Observer Group']);
  // (a country after "of" is a body of one word: the rest is the name)
  assert.equal(name('Former President of Ghana Nana Addo Dankwa Akufo-Addo said the vote was fair.')[0], 'Nana Addo Dankwa Akufo-Addo');
  // (two people joined by "and" stay two; a person "of" a body stays the person)
  assert.equal(name('Prices rose, said Secretary of State John Kerry and Defense Secretary Ash Carter.')[0], 'John Kerry');
  assert.equal(name('Dr Jeremy Philpott of the UK Patent Office said 20 were filed.')[0], 'Jeremy Philpott');
});

test('a description and the name it describes after a discourse adverb: "Nevertheless, one of Mr Bakrie\'s deputies, Mahendra Siregar, told"', () => {
  assert.deepEqual(sources("Nevertheless, one of Mr Bakrie's deputies, Mahendra Siregar, told AFP that the offer stood.")[0].slice(0, 2), ['Mahendra Siregar', 'person']);
  assert.deepEqual(sources('However, the head of the IMF, Rodrigo Rato, said growth would slow.')[0].slice(0, 2), ['Rodrigo Rato', 'person']);
});

test('an acronym written with stops is a body, and one unnamed member of a group with where they are is a vague source', () => {
  const m = analyze('The F.B.I. said the talks failed. It added that more were coming.');
  assert.deepEqual(m.statements.flatMap((st) => st.attributions.map((a) => `${a.mention.text}=${m.sources[a.source].name}:${m.sources[a.source].type}`)), ['The F.B.I.=F.B.I.:organization', 'It=F.B.I.:organization']);
  for (const text of ['A source on the panel said the talks failed.', 'One official at the ministry said the talks failed.']) {
    const v = analyze(text);
    assert.equal(v.sources[v.statements[0].attributions[0].source].type, 'vague', text);
  }
});

test('sources close to someone are an unnamed group, not the person they are close to', () => {
  for (const text of ['Sources close to Mr Hockney said the party would split.', 'A source close to the minister said the party would split.', 'Those close to the minister said the party would split.']) {
    const m = analyze(text);
    const a = m.statements[0].attributions[0];
    assert.equal(m.sources[a.source].type, 'vague', text);
    assert.equal(a.mention.text, text.slice(0, text.indexOf(' said')), text);
  }
});

test('"official" before a body or its figures is no role; an outlet’s edition is the outlet; bodies in the plural are bodies', () => {
  const first = (text: string): string[] => sources(text)[0].slice(0, 2);
  assert.deepEqual(first('The official Xinhua News Agency said the arrest was linked to embezzlement.'), ['Xinhua News Agency', 'media']);
  assert.deepEqual(first('Approvals fell to a 10-year low, official Bank of England figures have shown.'), ['official Bank of England figures', 'document']);
  assert.deepEqual(first('Official Bank of England figures show approvals fell.'), ['Official Bank of England figures', 'document']);
  assert.deepEqual(first('The IMF will cut its forecast, the Financial Times Deutschland reported.'), ['Financial Times Deutschland', 'media']);
  assert.deepEqual(first('Unions accuse Wal-Mart of paying staff less than its rivals do.'), ['Unions', 'organization']);
  // (an official named is still a person with a role; a poll's respondents still report the poll)
  assert.deepEqual(first('A senior official Sam Smith said the arrest was linked to embezzlement.'), ['Sam Smith', 'person']);
  const poll = 'A Sunday Times poll was published. Some 63% of respondents in the Sunday Times poll thought he should go.';
  assert.deepEqual(sources(poll)[0], ['Sunday Times poll', 'document', 'Some 63% of respondents in the Sunday Times poll', 'poll']);
});

test('a body named by two kinds of member joined by "and" is one name: "Securities and Exchange Commission"; two speakers stay two', () => {
  assert.deepEqual(sources('The US Securities and Exchange Commission announced the fine on Monday.')[0].slice(0, 2), ['US Securities and Exchange Commission', 'organization']);
  assert.deepEqual(sources('The Bangladesh Garment Manufacturers and Exporters Association (BGMEA) welcomed the move.')[0].slice(0, 2), ['Bangladesh Garment Manufacturers and Exporters Association', 'organization']);
  assert.deepEqual(sources('A spokeswoman for the Parks and Wildlife Service told reporters the park was closed.')[0][0], 'Parks and Wildlife Service');
  // (not a name and a body: "Smith and the Electoral Commission", nor two people)
  assert.deepEqual(sources('Smith and the Electoral Commission said the plan would work.')[0][0], 'Electoral Commission');
  assert.deepEqual(sources('Trump and Ryan said the plan would work.')[0][0], 'Ryan');
});

test('a name that keeps its capital "The", or capitalises words no name holds, is no person: a band, a body, a work, a headline', () => {
  assert.deepEqual(people('Mike Leigh directed the film. It is up against The Aviator, and Learn To Be Lonely is nominated.'), ['Mike Leigh']);
  // (a title after the word for its kind of work, or after a role "in" it)
  assert.deepEqual(people('Sophie Okonedo was chosen for her performance in Hotel Rwanda, and Clive Owen for the romantic drama Closer Still.'), ['Sophie Okonedo', 'Clive Owen']);
  // (not after a verb that is also a noun: "will play Cyril Saulnier")
  assert.deepEqual(people('Andy Roddick will play Cyril Saulnier in the final.'), ['Andy Roddick', 'Cyril Saulnier']);
  assert.deepEqual(sources('"We estimate it to be between 30-40%," the think-tank The Brookings Institution says.').map((x) => x.slice(0, 2)), [['The Brookings Institution', 'organization']]);
  assert.deepEqual(sources('DHAKA, Feb 15, 2026 (BSS) – The United Kingdom (UK) has expressed its commitment to working closely with Bangladesh.').map((x) => x.slice(0, 2)), [['The United Kingdom', 'organization']]);
  // ("to" and "for" stand in roles written in title case)
  assert.deepEqual(sources("Pakistan's High Commissioner to Britain said some Pakistanis should integrate more.").map((x) => x[1]), ['person']);
  // (and a film's title is no one a later "she" stands for)
  const m = analyze('Jennifer Lopez has cancelled all promotion of the film Shall We Dance? She said: "I am not well."');
  assert.deepEqual(m.statements.flatMap((st) => st.attributions.map((a) => m.sources[a.source].name)), ['Jennifer Lopez']);
});

test('regions, cities, holidays and events named in capitals are no one a "he" or "she" stands for', () => {
  assert.deepEqual(people('Fighting in the Middle East and South Asia worried investors in New York and Los Angeles before Christmas Day and the Grand Slam.'), []);
  assert.deepEqual(people('Bill Gates spoke at the Consumer Electronics Show and the World Economic Forum on Valentine’s Day.'), ['Bill Gates']);
  // (a surname that is also a word for a day stays a person)
  assert.deepEqual(people('Doris Day sang.'), ['Doris Day']);
  const m = analyze('Ireland fly-half Ronan O\'Gara kept alive their Grand Slam hopes. He told BBC Sport: "It is special."');
  assert.deepEqual(m.statements.flatMap((st) => st.attributions.filter((a) => a.mention.text === 'He').map((a) => m.sources[a.source].name)), ["Ronan O'Gara"]);
});

test('outlets and countries the news names alone, and a description that says what a name is, type the source', () => {
  assert.deepEqual(sources('Forbes said the deal was dead. China Daily reported that exports rose.').map((x) => x.slice(0, 2)), [['Forbes', 'media'], ['China Daily', 'media']]);
  assert.deepEqual(sources('Indonesia and the Seychelles have indicated they would accept the offer.').map((x) => x[1]), ['organization']);
  assert.deepEqual(sources('German magazine Der Spiegel said the deal was dead.').map((x) => x.slice(0, 2)), [['Der Spiegel', 'media']]);
  assert.deepEqual(sources('Mobile content firm Zed said sales rose.').map((x) => x.slice(0, 2)), [['Zed', 'organization']]);
  // (a person's description stays a role)
  assert.deepEqual(sources('Retired teacher John Smith said sales rose.').map((x) => x.slice(0, 2)), [['John Smith', 'person']]);
});

test('an institution or initiative is a body, and a part of a document is the document', () => {
  assert.deepEqual(sources('The Global Reporting Initiative, an independent institution, is planning to set standards.').map((x) => x.slice(0, 2)), [['Global Reporting Initiative', 'organization']]);
  assert.deepEqual(sources('Spending could be cut by £1.6bn, according to the final instalment of his review.').map((x) => x[1]), ['document']);
});

test('a country after "of" a common noun names no person whose surname it is, and a roundtable is a body', () => {
  const speaker = (text: string): string[] => sources(text).slice(-1).map((x) => `${x[0]} (${x[1]})`);
  assert.deepEqual(speaker('He will present an "Action Plan for the Development of Italy" to industrialists. Italy plans to raise 25bn euros from privatisations.'), ['Italy (organization)']);
  assert.deepEqual(speaker('The Financial Economists Roundtable (FER) wants Congress to act.'), ['Financial Economists Roundtable (organization)']);
  // (a given name or a title before "of" keeps the person)
  assert.deepEqual(speaker('Princess Marguerite, the daughter of ex-King Michael of Romania, said it was politics.'), ['Marguerite (person)']);
});

test('a plural role or nationality before a name is its role: "Judges Simon Cowell, …", "Top-seeded Americans Andy Roddick"', () => {
  const m = analyze('Judges Simon Cowell, Sharon Osbourne and Louis Walsh were on the panel. Cowell said the show was great. Top-seeded Americans Andy Roddick said he was tired.');
  assert.deepEqual(m.statements.flatMap((st) => st.attributions.map((a) => m.sources[a.source].name)), ['Simon Cowell', 'Andy Roddick']);
});
