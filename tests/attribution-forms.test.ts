// Attribution forms read from a sentence's shape rather than a verb's subject: a headline's speaker
// before a colon, and more. (tests/attribution.test.ts has the verb forms; this file keeps the
// suites under the size the repository allows a file.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readAttributions, readSpans } from './helpers/attributions';
import { checkText } from '../server/src/check';
import { analyze } from '../server/src/analysis/analyze';

const read = readSpans;

test('a headline that opens with a name and a colon is that person’s claim, quoted or not', () => {
  assert.deepEqual(read('Lynch: No outside influence on FBI probe into Clinton emails.\n\nThe attorney general spoke on Friday.'), [['Lynch', ':', 'No outside influence on FBI probe into Clinton emails']]);
  assert.deepEqual(readAttributions('Dr. Ben Carson: Hillary Clinton Not Fit To Serve.\n\nBody.'), [['Dr. Ben Carson', ':', 'Hillary Clinton Not Fit To Serve', 'indirect']]);
  // (a label, a question, a later line or an all-capitals tag is not a speaker)
  assert.deepEqual(read('The Latest: Cruz to give away engraved shotgun.\n\nBody.'), []);
  assert.deepEqual(read('Big Win For Bernie: AFL-CIO Holds Off On Endorsement.\n\nBody.'), []);
  assert.deepEqual(read('Just Leaked: Hillary Gave A Speech.\n\nBody.'), []);
  assert.deepEqual(read('Ted Cruz: Constitutional conservative or career politician?\n\nBody.'), []);
  assert.deepEqual(read('EXCLUSIVE: Saudis Insist They Fight Terror.\n\nBody.'), []);
  assert.deepEqual(read('The count so far.\n\nClinton: 547.\n\nSanders: Win in a walk.'), []);
  // (a title-case line closed by its speaker's name and "Says"; not a role, whose words would run back over the comma)
  assert.deepEqual(read('Trump Could Address Clean Energy, Lindsey Graham Says.\n\nBody.'), [['Lindsey Graham', 'Says', 'Trump Could Address Clean Energy']]);
  assert.deepEqual(read('Clinton Hid Past Health Problems From Public, Former White House Doctor Says.\n\nBody.'), []);
});

test('a title line with no closing stop gives its speaker before the colon when the article has that person speak', () => {
  const headline = (text: string) => {
    const m = analyze(text);
    const st = m.statements[0];
    assert.equal(m.blocks[m.sentences[st.sentence].block].kind, 'heading');
    return st.attributions.map((a) => [m.sources[a.source].name, a.cue.text, m.text.slice(a.content!.start, a.content!.end), a.mention.via]);
  };
  // (the surname or the full name, read once the body has named them: the speaker is the body's)
  assert.deepEqual(headline("Campbell: E-mail row 'silly fuss'\n\nAlastair Campbell said the row over his e-mail was a silly fuss."), [['Alastair Campbell', ':', "E-mail row 'silly fuss'", 'surname']]);
  assert.deepEqual(headline('Tarique Rahman: Law and order must be maintained at any cost\n\nBNP Chairman Tarique Rahman said on Friday that order must be kept.'), [['Tarique Rahman', ':', 'Law and order must be maintained at any cost', 'name']]);
  // (a section label, an event, a place or a person the article only writes about says nothing)
  assert.deepEqual(headline('Profile: David Blunkett\n\nDavid Blunkett said he would stand again.'), []);
  assert.deepEqual(headline('World Spine Day: Promoting Spinal Health and Well-Being\n\nWorld Spine Day is observed on 16 October.'), []);
  assert.deepEqual(headline('Zarah Sultana: Palantir has no place in UK public services\n\nThe firm won a contract worth £330m.'), []);
  // (the headline is no context: a "he" in the body has no one to stand for)
  const m = analyze("Campbell: E-mail row 'silly fuss'\n\nHe said it was nothing.\n\nAlastair Campbell said so too.");
  assert.deepEqual(m.statements[1].attributions.map((a) => a.mention.via), ['unresolved']);
});

test('less common verbs of speech: "intimated", "surmised", "quipped", "derided"', () => {
  assert.deepEqual(read('Ms Lomax intimated that she would resign.'), [['Ms Lomax', 'intimated', 'that she would resign']]);
  assert.deepEqual(read('He surmised that the vote was rigged.'), [['He', 'surmised', 'that the vote was rigged']]);
  // (a calculation reported before its clause; not the adjective: "a calculated risk")
  assert.deepEqual(read('Earlier this year economists calculated that such games had an impact equal to the GDP of Namibia.').map((a) => a.slice(0, 2)), [['economists', 'calculated']]);
  assert.deepEqual(read('It was a calculated risk.'), []);
  // (a body documents what it reports; "documents" is the noun)
  assert.deepEqual(read('The EU EOM documented around 56 incidents of violence across 27 districts.').map((a) => a.slice(0, 2)), [['The EU EOM', 'documented']]);
  assert.deepEqual(read('The filing documents show the firm lost $5m.').map((a) => a[1]), ['show']);
  assert.deepEqual(read('“Not bad,” he quipped.'), [['he', 'quipped', '“Not bad,”']]);
  assert.deepEqual(read('Mr Blair derided the Tory plans.'), [['Mr Blair', 'derided', 'the Tory plans']]);
  // ("his intimates" is a noun)
  assert.deepEqual(read('His intimates met him in Paris.'), []);
});

test('"hit out at" and "hit back at" criticise, "advises … to" gives advice; a side that "hit back" in a match scored', () => {
  assert.deepEqual(read('Dustin Hoffman has hit out at the quality of current films.'), [['Dustin Hoffman', 'has hit out', 'at the quality of current films']]);
  assert.deepEqual(read('Labour hit back at the Tory proposals.'), [['Labour', 'hit back', 'at the Tory proposals']]);
  assert.deepEqual(read('Italy hit back in the 11th minute.'), []);
  // ("retorted", "opined", "mused" before a bare clause report as "said" does)
  assert.deepEqual(read('Mr Blair retorted voters remembered the record of a government.'), [['Mr Blair', 'retorted', 'voters remembered the record of a government']]);
  // (a stance in the passive names who took it: "were echoed by Christine Rush"; not money or adverts: "backed by", "endorsed by")
  assert.deepEqual(read('Mr Prater’s sentiments were echoed by Christine Rush.'), [['Christine Rush', 'were echoed', 'Mr Prater’s sentiments']]);
  assert.deepEqual(read('The film was partially backed by Warner Bros.'), []);
  // ("advises everyone to …": advice given, as "urges everyone to …" is)
  assert.deepEqual(read('Mr Danton advises everyone to shop around carefully.'), [['Mr Danton', 'advises', 'everyone to shop around carefully']]);
  assert.deepEqual(read('The striker hit the ball out of the ground.'), []);
});

test('the occasion that closes a report is not what was said: "… in an interview with CNN on Sunday", "… on Fox News"', () => {
  assert.deepEqual(read('Trump said the wall would be built in an interview with CNN on Sunday.'), [['Trump', 'said', 'the wall would be built']]);
  assert.deepEqual(read('Cruz called the deal a disaster on Fox News Sunday.'), [['Cruz', 'called', 'the deal a disaster']]);
  assert.deepEqual(read('He said the film was poor at a press conference on Tuesday.'), [['He', 'said', 'the film was poor']]);
  // (what may be reported stays: a definite occasion, one a verb follows, a program in lower case, a year)
  assert.deepEqual(read('He said Clinton lied in her interview with the FBI.'), [['He', 'said', 'Clinton lied in her interview with the FBI']]);
  assert.deepEqual(read('He said her statements in a closed-door FBI interview were truthful.'), [['He', 'said', 'her statements in a closed-door FBI interview were truthful']]);
  assert.deepEqual(read('She declined to comment on the data program.'), [['She', 'declined', 'to comment on the data program']]);
  assert.deepEqual(read('She said it happened during a show on the ABC network in 2003.'), [['She', 'said', 'it happened during a show on the ABC network in 2003']]);
});

test('the occasion closing a report is the report’s, not the writer’s unattributed claim', () => {
  const unattributed = (text: string) => checkText(text, 'plaintext').findings.filter((d) => d.rule === 'unattributed-claim').length;
  assert.equal(unattributed('Election Commission Secretary Akhtar Ahmed confirmed the schedule at a press briefing on Saturday.'), 0);
});

test('after a verb of stance, an infinitive is the content itself, not a "that" clause inside it: "vowed to fight the rule that bans it"', () => {
  assert.deepEqual(read('He vowed to fight the rule that bans it.'), [['He', 'vowed', 'to fight the rule that bans it']]);
  assert.deepEqual(read('Trump promised to build a wall that Mexico would pay for.'), [['Trump', 'promised', 'to build a wall that Mexico would pay for']]);
  assert.deepEqual(readAttributions('Trump is pledging to “win many hundreds of delegates” on Super Tuesday.'), [['Trump', 'is pledging', 'to “win many hundreds of delegates” on Super Tuesday', 'direct-quote']]);
  // ("to" before whom it was said to is not an infinitive)
  assert.deepEqual(read('She said to reporters that it was over.'), [['She', 'said', 'that it was over']]);
});

test('"said by telephone" names the means, not an agent: the speaker is the subject', () => {
  assert.deepEqual(read('“I think so,” Ms. Gao said by telephone.'), [['Ms. Gao', 'said', '“I think so,”']]);
  assert.deepEqual(read('Ms. Gao said by phone that it was fine.'), [['Ms. Gao', 'said', 'that it was fine']]);
  // (an agent after "by" is still the passive's source)
  assert.deepEqual(read('The move was first reported by MSNBC.'), [['MSNBC', 'was first reported', 'The move']]);
});

test('a passive’s agent after a time is its source: "was confirmed on Sunday by Prosecutor Gazi M.H. Tamim"', () => {
  assert.deepEqual(read('The tribunal’s decision was confirmed on Sunday by Prosecutor Gazi M.H. Tamim.'), [['Prosecutor Gazi M.H. Tamim', 'was confirmed', 'The tribunal’s decision']]);
  assert.deepEqual(read('The letter was first reported last week by The Post’s Greg Sargent and was organized by Democrats.'), [['The Post’s Greg Sargent', 'was first reported', 'The letter']]);
  assert.deepEqual(read('The plan was confirmed on 14 February by the ministry.').map(([who]) => who), ['the ministry']);
  // ("countered Sunday by suggesting": an active verb, its subject the source)
  assert.deepEqual(read('The Sanders campaign countered Sunday by suggesting that the debate be moved.').map(([who, cue]) => `${who}|${cue}`), ['The Sanders campaign|countered', 'The Sanders campaign|suggesting']);
  // (a prosecutor is a title: the name is the person's)
  const [src] = analyze('The decision was confirmed by Prosecutor Gazi Tamim.').sources;
  assert.deepEqual([src.name, src.role], ['Gazi Tamim', 'Prosecutor']);
});

test('a participle of naming with its agent and "as" reports: "an act described by the prosecution as a “clear crime”"', () => {
  assert.deepEqual(read('Amir Hossain was shot, an act described by the prosecution as a “clear crime against humanity.”').map(([who, cue, content]) => `${who}|${cue}|${content}`), ['the prosecution|described|a “clear crime against humanity']);
  assert.deepEqual(read('Activists damaged two planes, an action described by Prime Minister Keir Starmer as "disgraceful".').map(([who, cue]) => `${who}|${cue}`), ['Prime Minister Keir Starmer|described']);
  // (without "as", or with no auxiliary on another verb, a participle only modifies its noun)
  assert.deepEqual(read('Claims denied by Labour were false.'), []);
  assert.deepEqual(read('The report described by officials was long.'), []);
});

test('"Some say" reports; "some say in" is the noun', () => {
  assert.deepEqual(read('Some say he is unwell, others say he is fine.'), [['Some', 'say', 'he is unwell'], ['others', 'say', 'he is fine']]);
  assert.deepEqual(read('They will have some say.'), []);
});

test('"another" before a finite verb is an unnamed source: "One says …, another says …"', () => {
  assert.deepEqual(read('One says China has the most, another says there are about 1,800.'), [['One', 'says', 'China has the most'], ['another', 'says', 'there are about 1,800']]);
  // (not before a noun: "another question that asked", "added another New Hampshire Republican")
  assert.deepEqual(read('“It is over,” added another New Hampshire Republican.'), [['another New Hampshire Republican', 'added', '“It is over,”']]);
  assert.deepEqual(read('It showed in another question that asked Democrats.').map(([who]) => who), ['that']);
});

test('a nominal cue’s "that" clause keeps its own verb: "his claim that Mexico would pay was false"', () => {
  assert.deepEqual(read("Mr. Trump's claim that Mexico would pay was false."), [["Mr. Trump's", 'claim', 'that Mexico would pay']]);
  assert.deepEqual(read('His claim that Mexico pays is false.'), [['His', 'claim', 'that Mexico pays']]);
});

test('a participle with its own subject after a comma: ", one telling AFP that …", ", many saying …"', () => {
  assert.deepEqual(read('Residents fled the area, one telling AFP that 40 people died.'), [['one', 'telling', 'AFP that 40 people died']]);
  assert.deepEqual(read('Residents fled, many saying the water was rising.')[0].slice(0, 2), ['many', 'saying']);
  // (a plain participle keeps the clause's subject)
  assert.deepEqual(read('Two witnesses spoke to reporters, telling AFP that 40 people died.')[0].slice(0, 2), ['Two witnesses', 'telling']);
});

test('naming with a pronoun object is a verb of judgement: "critics call it …", "the campaign calls this …"', () => {
  assert.deepEqual(read('Critics call it the enforcement of political correctness.'), [['Critics', 'call', 'it the enforcement of political correctness']]);
  assert.deepEqual(read('The Cruz campaign calls this a false narrative.'), [['The Cruz campaign', 'calls', 'this a false narrative']]);
  // (a call made, not a name given: nothing reported)
  assert.deepEqual(read('Fans call him at home.'), []);
});

test('evidence verbs: a singular document closing the sentence, and the perfect "has shown"', () => {
  assert.deepEqual(read('The Senate races are close, a Quinnipiac University poll shows.'), [['a Quinnipiac University poll', 'shows', 'The Senate races are close']]);
  assert.deepEqual(read('Every recent state poll has shown him trailing Trump.'), [['Every recent state poll', 'has shown', 'him trailing Trump']]);
  // ("a TV show", "the ad shown on Fox": no report)
  assert.deepEqual(read('He starred in the hit TV show.'), []);
  assert.deepEqual(read('The ad shown on Fox drew criticism.'), []);
});

test('a poll share spelled out in words is a source: "one in five", "nine out of 10"', () => {
  assert.deepEqual(read('About one in five said the economy was weak.'), [['About one in five', 'said', 'the economy was weak']]);
  assert.deepEqual(read('Nearly nine out of 10 said the economy was weak.'), [['Nearly nine out of 10', 'said', 'the economy was weak']]);
});

test('after a quote a possessive opens the speaker, and a title word before a role and a name is read on to the name', () => {
  assert.deepEqual(read('“This has gone too far,” said Clinton’s top foreign policy aide Jake Sullivan.'), [['Clinton’s top foreign policy aide Jake Sullivan', 'said', '“This has gone too far,”']]);
  assert.deepEqual(read('“It is over,” said the foreign secretary.'), [['the foreign secretary', 'said', '“It is over,”']]);
  // (elsewhere a possessive owns the object: "revealed Malti's plans"; a face revealed is a deed, tests/attribution-deeds.test.ts)
  assert.deepEqual(read('The video earlier revealed Malti’s plans on Instagram.').map(([who]) => who), ['The video']);
});

test('an opening participle of saying is the subject’s after the comma: "Noting that …, Tester added"', () => {
  assert.deepEqual(read('Noting that only Kirk voted with Democrats, Tester added that the problem was clear.').map(([who, cue]) => `${who}|${cue}`), ['Tester|Noting', 'Tester|added']);
  // (a title, and a subject whose noun phrase runs on, are not read)
  assert.deepEqual(read('Calling All Cars is a film.'), []);
  assert.deepEqual(read('Citing obligations in Tennessee, the former vice president’s spokeswoman told Politico that Gore would skip it.').map(([, cue]) => cue), ['told']);
});

test('more opening participles of saying: "Terming …", "Mentioning that …", "Hailing …"; none sources the lede', () => {
  assert.deepEqual(read('Terming technology a tool of development, President Hamid stressed the need for innovation.').map(([who, cue]) => `${who}|${cue}`), ['President Hamid|Terming', 'President Hamid|stressed']);
  assert.deepEqual(read('Mentioning that the vote was peaceful, Tarique Rahman said the people had spoken.').map(([who, cue]) => `${who}|${cue}`), ['Tarique Rahman|Mentioning', 'Tarique Rahman|said']);
  // (a participle's aside names no source for the lede before it)
  const lede = 'Bangladesh has significant potential to attract investment in renewable energy, experts told the Chief Adviser on Sunday. Hailing the initiative, Prof. Yunus emphasized the government’s commitment.';
  assert.equal(analyze(lede).statements[0].status, 'vague-source');
});

test('an opening participle whose object is a list is the speaker’s after the list: "Acknowledging irregularities, violence and casualties, he said"', () => {
  const text = 'Akhtar Hossain won the seat. Acknowledging instances of irregularities, violence and casualties in some areas, he said the party would review all matters.';
  assert.deepEqual(readAttributions(text).map(([who, cue, content]) => `${who}|${cue}|${content}`), [
    'he|Acknowledging|instances of irregularities, violence and casualties in some areas',
    'he|said|the party would review all matters',
  ]);
  assert.deepEqual(checkText(text, 'plaintext').findings.map((f) => f.rule), []);
  // (a clause between the commas is not a list: "By declaring …, people would …, Mr Saakashvili stressed" keeps its first subject)
  assert.deepEqual(read('By declaring their assets, people would be able to legalise their property, Mr Saakashvili stressed.').map(([who, cue]) => `${who}|${cue}`), ['people|declaring', 'Mr Saakashvili|stressed']);
});

test('a participle of saying set off by commas after the opening name is that name’s: "Mr. Manafort, citing …, said"', () => {
  assert.deepEqual(read('Mr. Manafort, citing the unique magic of Trump, said the candidate could win.').map(([who, cue, content]) => `${who}|${cue}|${content}`), ['Mr. Manafort|citing|the unique magic of Trump', 'Mr. Manafort|said|the candidate could win']);
  // (no aside closed before a verb: "Overall, asking prices have fallen")
  assert.deepEqual(read('Overall, asking prices have fallen 3.3% from their July peaks.'), []);
});

test('"forecast" reports a figure after its subject, but figures measured against someone\'s forecast are no report', () => {
  assert.deepEqual(read('The OECD forecasts growth of 3.6% in 2004.'), [['The OECD', 'forecasts', 'growth of 3.6% in 2004']]);
  assert.deepEqual(read('Inflation would be 1.75% next year, Mr Brown forecast.'), [['Mr Brown', 'forecast', 'Inflation would be 1.75% next year']]);
  // (the noun: after a possessive, after "weather", and as what a figure is measured against)
  assert.deepEqual(read("The IMF's forecast of 3.6% growth was cut."), []);
  assert.deepEqual(read('The figure is in line with Treasury and Bank of England forecasts.'), []);
  assert.deepEqual(read('Growth has averaged 6% in the past three years, ahead of IMF estimates, while inflation fell.'), []);
  assert.deepEqual(read('Reuters beat profit forecasts, posting a 52% rise in profits.'), []);
  assert.equal(read('It may continue, said the weather forecast valid for 24 hours.').some(([, cue]) => cue === 'forecast'), false);
});

test('"last" right before a past-tense cue says when: "Iran’s government last reported"', () => {
  assert.deepEqual(read('Iran’s government last reported a death toll of 3,117 on Jan. 21.').map(([who, cue]) => `${who}|${cue}`), ['Iran’s government|last reported']);
  // (not after the cue: "He cited last year's sale" keeps its object)
  assert.deepEqual(read('He cited last year’s sale of the steel producer as one that had raised concerns.').map(([who, cue]) => `${who}|${cue}`), ['He|cited']);
});

test('a participle that qualifies its noun, a time and then the clause’s verb reports nothing: "A mass liberation promised on January 8 did not materialize"', () => {
  assert.deepEqual(read('A mass liberation of prisoners promised on January 8 did not materialize.'), []);
  assert.deepEqual(read('The minister promised on Monday that prices would fall.').map(([who, cue]) => `${who}|${cue}`), ['The minister|promised']);
});

test('"…, with one telling AFP" is the one’s report, an unnamed source', () => {
  assert.deepEqual(readAttributions('Many of them were sleeping, with one telling AFP, on condition of anonymity: "Sleeping eases the hunger."').map(([who, cue]) => `${who}|${cue}`), ['one|telling']);
  assert.deepEqual(checkText('Many of them were sleeping, with one telling AFP, on condition of anonymity: "Sleeping eases the hunger."', 'plaintext').findings.map((f) => f.rule), ['vague-source']);
  // (as "…, with many expecting rates to rise" always was)
  assert.deepEqual(checkText('Interest rates may rise, with many expecting US rates to rise on 22 March.', 'plaintext').findings.map((f) => f.rule), ['vague-source']);
});

test('present-tense reports after a plural subject: "Prosecutors allege", "Analysts suggest", "which the Tories deny"', () => {
  assert.deepEqual(read('U.S. authorities allege that Adani conspired to devise a $265 million scheme.').map(([who, cue]) => `${who}|${cue}`), ['U.S. authorities|allege']);
  assert.deepEqual(read('Mozilla browsers now have 7.4% of the market share, the figures suggest.').map(([who, cue]) => `${who}|${cue}`), ['the figures|suggest']);
  assert.deepEqual(read('The Chancellor said the plans would see £50bn in cuts, which the Tories deny.').map(([who, cue]) => `${who}|${cue}`), ['The Chancellor|said', 'the Tories|deny']);
  // (a court's ruling is its report: "…, the Law Lords have ruled", "The High Court ruled that …")
  assert.deepEqual(read('Detaining suspects without trial breaks human rights laws, the UK’s highest court has ruled.').map(([who, cue]) => `${who}|${cue}`), ['the UK’s highest court|has ruled']);
  assert.deepEqual(read('The High Court ruled on Tuesday that the death fell within the Convention.').map(([who, cue]) => `${who}|${cue}`), ['The High Court|ruled']);
  // (not the nouns or infinitives these words also make: a product recall, "at a loss to explain", "observe Ramadan")
  assert.deepEqual(read('The world’s biggest car maker is grappling with a product recall.'), []);
  assert.deepEqual(read('Ljubicic was at a loss to explain his poor showing in the first set.'), []);
  assert.deepEqual(read('Families observe Meugang by slaughtering livestock.'), []);
});

test('a verb of speech and a person’s name closing the sentence report what comes before them, though the comma was lost', () => {
  assert.deepEqual(read('Already there are games on the market, such as Civilisation and Age of Empire, that have educational elements said Mr Owen.').map((a) => a.slice(0, 3)), [
    ['Mr Owen', 'said', 'Already there are games on the market, such as Civilisation and Age of Empire, that have educational elements'],
  ]);
  assert.deepEqual(read('The plan has been a great success in every district said Anna Smith.').map((a) => a.slice(0, 2)), [['Anna Smith', 'said']]);
  // (not a time or a place after the verb: "said on Friday", "said at the Detroit Motor Show")
  assert.deepEqual(read('Sales rose in every market it had entered said the firm on Friday.').map((a) => a[0]), []);
  assert.deepEqual(read('Sales rose in every market the company said on Friday.').map((a) => a[0]), ['the company']);
});

const sourcesAndCues = (text: string): string[][] => [...new Set(read(text).map((a) => `${a[0]}|${a[1]}`))].map((x) => x.split('|'));

test('after a plain comma a verb takes its source after it only where news copy inverts: not a naming participle, nor a verb after a bare noun phrase', () => {
  // (a name given in an aside is no speaker)
  assert.deepEqual(read('The tool, called Picasa, automatically detects photos.'), []);
  assert.deepEqual(read('France is expected to join the scheme, dubbed Qatargas-2, on Monday.'), []);
  // (after a subject and its asides the words after the verb are its object)
  assert.deepEqual(read('Figures from the monitor, the Mobile Data Association, show the number of phones has doubled.').map((a) => a[0]), ['Figures from the monitor, the Mobile Data Association']);
  assert.deepEqual(read('Many observers of the computing scene, including myself, think the results will be disastrous.').map((a) => a[0]), []);
  // (a noun after an article in the aside is no verb: "the state broadcaster")
  assert.deepEqual(read('China Central Television (CCTV), the state broadcaster, claims an audience of more than a billion people.').map((a) => a[0]), []);
  // (a name's nickname in brackets before the comma is still the subject's)
  assert.deepEqual(read('Vice President Md Abu Shadik ( Kayem), has alleged attempts to manipulate election results.').map((a) => a.slice(0, 2)), [['Vice President Md Abu Shadik ( Kayem)', 'has alleged']]);
  // (an acronym in brackets names the body of the aside, and the subject is the person before it)
  assert.deepEqual(sourcesAndCues('Dr Richard Lewis, Welsh secretary of the British Medical Association (BMA), welcomed the move.'), [['Dr Richard Lewis, Welsh secretary of the British Medical Association (BMA)', 'welcomed']]);
  // (inverted after a clause, or set off between commas, as before)
  assert.deepEqual(sourcesAndCues('The revenue streams will grow with 3G, thinks Paolo Pescatore.'), [['Paolo Pescatore', 'thinks']]);
  assert.deepEqual(sourcesAndCues('More significantly, argues the report, broadband is encouraging people to take a more active role online.'), [['the report', 'argues']]);
  assert.deepEqual(sourcesAndCues('Then, say analysts, there is corporate profitability.'), [['analysts', 'say']]);
});

test('a quote before a conjunction and a new subject is not the new cue’s: it reports what follows it', () => {
  assert.deepEqual(read('Labour say a Lib Dem vote could "let the Tories in", while the Tories say the Lib Dems would mean "higher taxes".').map((a) => a.slice(0, 3)), [
    ['Labour', 'say', 'a Lib Dem vote could "let the Tories in"'],
    ['the Tories', 'say', 'the Lib Dems would mean "higher taxes"'],
  ]);
  assert.deepEqual(read('Ferguson admitted the tackle "could have given Cole a serious injury", but he believes Arsenal were the main culprits.').map((a) => a.slice(1, 3)), [
    ['admitted', 'the tackle "could have given Cole a serious injury"'],
    ['believes', 'Arsenal were the main culprits'],
  ]);
  // (a possessive before the name is no new clause: the quote stays the speaker's)
  assert.deepEqual(read('"We are not scared," Atticus\' David Slager told the Sunday Times.').map((a) => a[2]), ['"We are not scared,"']);
});

test('a plain verb form after "a" and a noun is a compound noun ("a negligence claim", "a courtesy call on"), not a report', () => {
  assert.deepEqual(read('The family came to a settlement over a negligence claim in 2003.'), []);
  assert.deepEqual(read('The envoy paid a courtesy call on the minister.'), []);
  assert.deepEqual(read('She struck a sober note at the rally.'), []);
  // (the verb agrees with "a …" only in its -s form or the past; a quantity takes the plural)
  assert.deepEqual(read('A lawyer claims the deal is void.').map((a) => a.slice(0, 2)), [['A lawyer', 'claims']]);
  assert.deepEqual(read('"It is over," a spokesman said.').map((a) => a.slice(0, 2)), [['a spokesman', 'said']]);
  assert.deepEqual(read('A lot say the plan is wrong.').map((a) => a.slice(0, 2)), [['A lot', 'say']]);
});

test('an aside that ends in a quoted name, its comma outside the quote, is the subject’s; a quote before an inverted source is not an aside', () => {
  assert.deepEqual(read('Abid Azam, editor of the organization ‘Kaler Kolosh’, said a programme has been arranged at 4:00 pm today.').map((a) => a.slice(0, 2)), [['Abid Azam, editor of the organization ‘Kaler Kolosh’', 'said']]);
  assert.deepEqual(read('Ross Harrison, author of "Decoding Iran\'s Foreign Policy", argued that the talks were an ultimatum.').map((a) => a.slice(0, 2)), [['Ross Harrison, author of "Decoding Iran\'s Foreign Policy"', 'argued']]);
  assert.deepEqual(read('Taken together, the measures would create a "welfare state that is truly family-friendly", said Mr Brown.').map((a) => a.slice(0, 2)), [['Mr Brown', 'said']]);
});

test('"just" between a source and its cue; what one is free or obliged to do is no report; "…, The Post has learned." is the outlet’s', () => {
  assert.deepEqual(read('Wells Fargo just this month announced it would get rid of these incentives.').map((a) => a.slice(0, 2)), [['Wells Fargo', 'announced']]);
  assert.deepEqual(read('Mr. Trump is free to disclose his returns.'), []);
  assert.deepEqual(read('The board is obliged to consider the offer.'), []);
  assert.deepEqual(read('Smith is expected to announce his resignation.').map((a) => a.slice(0, 2)), [['Smith', 'is expected to announce']]);
  assert.deepEqual(read('The Secret Service kept her treatment under wraps, The Post has learned.').map((a) => a.slice(0, 3)), [['The Post', 'has learned', 'The Secret Service kept her treatment under wraps']]);
  assert.deepEqual(read('It was a lesson, he learned.'), []);
});

test('a common noun phrase opening the sentence before a participle’s aside is the subject ("A team of doctors, led by …, said"), after any name the aside gives', () => {
  assert.deepEqual(read('A team of doctors, led by Professor Kamal Hossain, said the patient was stable.').map((a) => a.slice(0, 2)), [['A team of doctors, led by Professor Kamal Hossain', 'said']]);
  assert.deepEqual(read('A delegation of specialists, led by Erik Solheim, expressed keen interest in solar projects.').map((a) => a[1]), ['expressed']);
  assert.equal(analyze('The chief inspector of schools, David Bell, also said schools were failing.').sources[0].name, 'David Bell');
});

test('more forms of a cue: "concluded, “…”", "all but accused", "responded by saying", a party bracket before the verb whose participle reports, and a surname that is a word ("Read said")', () => {
  assert.deepEqual(read('He concluded, "She is strong."').map((a) => a.slice(0, 3)), [['He', 'concluded', '"She is strong."']]);
  assert.deepEqual(read('After the talks concluded, "we went home," she said.').map((a) => a.slice(0, 2)), [['she', 'said']]);
  assert.deepEqual(read('And in 2011, he all but accused Ben Bernanke of trying to "debase" the dollar.').map((a) => a.slice(0, 2)), [['he', 'all but accused']]);
  assert.deepEqual(read('Zucker responded by saying that the network does not pay for candidates to attend.').map((a) => a.slice(0, 2)), [['Zucker', 'responded']]);
  assert.deepEqual(read('The plan was rejected by voting members.').map((a) => a.slice(0, 2)), [['voting members', 'was rejected']]);
  assert.deepEqual(read('Senate Majority Leader Mitch McConnell (R-Ky.) issued a statement saying that the Senate should wait.').map((a) => a.slice(0, 2)), [['Senate Majority Leader Mitch McConnell', 'saying']]);
  assert.deepEqual(read('"We believe this deal is a great deal for shareholders," Read said.').map((a) => a.slice(0, 2)), [['Read', 'said']]);
});

test('a preposition’s object is no subject of a finite cue ("Alongside BLM calls for action, …"), but "despite X saying …" reports', () => {
  assert.deepEqual(read('Alongside BLM calls for action, even a top GOP strategist said Clinton will have to choose.').map((a) => a.slice(0, 2)), [['a top GOP strategist', 'said']]);
  assert.deepEqual(read('The news comes despite Mr Flight\'s allies saying they had enough support to hold a meeting.').map((a) => a.slice(0, 2)), [['Mr Flight\'s allies', 'saying']]);
});

test('"continued by saying", "- only saying": a participle of saying after "by" or after an adverb and a dash reports, and ends the earlier content; a gerund after "by" hangs on the verb right before it', () => {
  assert.deepEqual(read('Husted continued by saying, "We will appeal this decision."'), [['Husted', 'saying', '"We will appeal this decision."']]);
  assert.deepEqual(read('She declined to claim outright victory - only saying that she was relieved.'), [
    ['She', 'declined', 'to claim outright victory'],
    ['She', 'saying', 'that she was relieved'],
  ]);
  assert.deepEqual(read('Zucker responded by saying that the network does not pay.').map((a) => a.slice(0, 2)), [['Zucker', 'responded']]);
  assert.deepEqual(read('The United States has drawn closer to the new government, recently declaring that the alliance had passed.').map((a) => a.slice(0, 3)), [['The United States', 'declaring', 'that the alliance had passed']]);
  assert.deepEqual(read('Protests erupted over the mandates, directly contradicting long-held burial customs.'), []);
  assert.deepEqual(read('Wenger has ended speculation about his future by agreeing a new contract.'), []);
  assert.deepEqual(read('Mr Blair said he was taking nothing for granted - warning that the Tory strategy was to win power via the back door by hinting they would cut the majority.').map((a) => a.slice(0, 2)), [
    ['Mr Blair', 'said'],
    ['Mr Blair', 'warning'],
  ]);
});

test('"wouldn\'t say" as "would not say", "would only say"; a ranking is a document', () => {
  assert.deepEqual(read('McConnell spokesman Don Stewart wouldn\'t say when the Senate will vote.').map((a) => a.slice(0, 2)), [['McConnell spokesman Don Stewart', 'wouldn\'t say']]);
  assert.deepEqual(read('A Number 10 spokeswoman would only say: "He will announce an election when he wants to."').map((a) => a.slice(0, 2)), [['A Number 10 spokeswoman', 'would only say']]);
  assert.deepEqual(read('After you notify your provider, they can\'t insist on you paying the bill.'), []);
  assert.deepEqual(read('Another ranking says he is not even a billionaire.').map((a) => a.slice(0, 2)), [['Another ranking', 'says']]);
  // (a poll "of" a place, dated by its participle)
  assert.deepEqual(read('A CNN/ORC poll of South Carolina released on Tuesday showed Mr. Trump with a 16-point lead.').map((a) => a.slice(0, 2)), [['A CNN/ORC poll of South Carolina released on Tuesday', 'showed']]);
});

test('"in the words of X", "in X’s words", "in his own words" and "to quote X" set off from the clause give whose words it holds', () => {
  assert.deepEqual(read('In the words of the minister, the deal is a historic step.'), [['the minister', 'In the words of', 'the deal is a historic step']]);
  assert.deepEqual(read('To quote the minister, the deal cost $5 billion.'), [['the minister', 'To quote', 'the deal cost $5 billion']]);
  // (the owner's words are the source's span; a quote right after or right before is what they gave)
  assert.deepEqual(read('The city is, in Forbes’ words, “the most entrepreneurial place on the planet.”'), [['Forbes’ words', 'in', '“the most entrepreneurial place on the planet.”']]);
  assert.deepEqual(read('The directive amounted to "a doctor showing up after a patient\'s death", in the words of Dr Majumder.'), [['Dr Majumder', 'in the words of', '"a doctor showing up after a patient\'s death"']]);
  // ("his" is whoever "he" would be)
  const m = analyze('Mr Khan spoke on Friday. In his words, the deal cost $5 billion.');
  assert.deepEqual(m.statements[1].attributions.map((a) => [m.sources[a.source].name, a.mention.via]), [['Khan', 'pronoun']]);
  // (no owner, or a manner adverbial of the clause, is no source)
  assert.deepEqual(read('In other words, the deal cost $5 billion.'), []);
  assert.deepEqual(read('People can publish their thoughts in their own words.'), []);
  assert.deepEqual(read('He wants to quote the minister.').map((a) => a[1]), ['wants']);
});

test('who first reported something, set off after it, is the source of what it follows; an outlet is a secondhand source', () => {
  assert.deepEqual(read('Clinton spent time in swing states this week, as first reported by the New York Times on Tuesday.'), [['the New York Times', 'first reported', 'Clinton spent time in swing states this week']]);
  assert.deepEqual(read('The nationwide campaign, first reported by The Washington Post, is a key element of the response.'), [['The Washington Post', 'first reported', 'The nationwide campaign']]);
  assert.deepEqual(read('He is not licensed to practice, a fact first reported by Christopher Heath, an Orlando TV reporter.').map((a) => a.slice(0, 2)), [['Christopher Heath', 'first reported']]);
  const text = '“Engines will no longer be made in Arese,” said union leader Vincenzo Lilliu, as reported by the Reuters news agency.';
  const { model, findings } = checkText(text, 'plaintext');
  // (the speaker stays the last one read, whose quote a next sentence would carry on)
  assert.deepEqual(model.statements[0].attributions.map((a) => model.sources[a.source].name), ['Reuters news agency', 'Vincenzo Lilliu']);
  assert.deepEqual(findings.map((f) => f.rule), ['secondhand-source']);
});

test('a passive agent ends before what it urged or is reported to have done: "was urged by MPs to resign", "is reported by Reuters to have"', () => {
  assert.deepEqual(read('The minister was urged by MPs to resign.'), [['MPs', 'was urged', 'to resign']]);
  // (advice, with what was advised; a firm's adviser "on the deal" reports nothing)
  assert.deepEqual(read('Holmes has been advised by her coach Margot Jennings not to rush back into training and it is unlikely she will race.'), [['her coach Margot Jennings', 'has been advised', 'not to rush back into training']]);
  assert.deepEqual(read('The firm was advised by Goldman Sachs on the deal.'), []);
  // (a forecast's figures are what the forecaster gave: "growth that is forecast by the IMF to reach 5.2 percent")
  assert.deepEqual(read('Mining is driving growth that is forecast by the International Monetary Fund to reach 5.2 percent in 2025.').map((a) => a.slice(1)), [['is forecast', 'to reach 5.2 percent in 2025']]);
  assert.deepEqual(read('The firm is reported by Reuters to have cut 500 jobs.').map((a) => a.slice(0, 2)), [['Reuters', 'is reported']]);
  // (a verb's "to" inside the agent stays: "a number of tax experts I spoke to this week")
  assert.deepEqual(read('His views were echoed by a number of tax experts I spoke to this week.').map((a) => a.slice(0, 2)), [['a number of tax experts I spoke to this week', 'were echoed']]);
});

test('a court or an official that "directed" or "instructed" someone gave a directive; a film directed is no report', () => {
  assert.deepEqual(read('The court directed the CID to conduct further investigation.'), [['The court', 'directed', 'the CID to conduct further investigation']]);
  assert.deepEqual(read('The minister directed that 500 officers be deployed.'), [['The minister', 'directed', 'that 500 officers be deployed']]);
  assert.deepEqual(read('The energy adviser instructed his office to reinstate them.').map((a) => a.slice(0, 2)), [['The energy adviser', 'instructed']]);
  // (a film, a question passed on, "to date", and a relative clause that stays the speaker's)
  assert.deepEqual(read('Spielberg directed the film in 1993.'), []);
  assert.deepEqual(read('In 1997 he directed his only film to date.'), []);
  assert.deepEqual(read('The client directed questions to a male colleague.'), []);
  assert.deepEqual(read('Weitz, who directed American Pie, said the film was unviable.').map((a) => a.slice(0, 2)), [['Weitz, who directed American Pie', 'said']]);
});

test('"…, reports The Washington Post, citing …": the source after a verb in the present ends its clause at its own participle, after however long an opening', () => {
  const text = 'As the party readies for its strongest showing at the polls next month, US diplomats are quietly signalling a willingness to engage with the once-banned party, reports The Washington Post, citing audio recordings it says it obtained.';
  assert.deepEqual([...new Set(readAttributions(text).map((a) => a[0]))], ['The Washington Post']);
  // (not a past verb's object: "…, announced the news, adding …")
  assert.ok(!readAttributions('Leading plaintiff, the University of California, announced the news, adding that the directors will pay.').some((a) => a[0] === 'the news'));
});

test('"news" in lower case qualifies the noun after it ("the news agency", an outlet) and alone is what was told, never a source', () => {
  assert.deepEqual(readAttributions('The market will grow, said the news agency.').map((a) => a[0]), ['the news agency']);
  assert.ok(!readAttributions('The leading plaintiff, the University of California, announced the news, adding that the directors will pay.').some((a) => a[0] === 'the news'));
});
