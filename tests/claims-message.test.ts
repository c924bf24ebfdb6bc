// The evidence an unattributed-claim message names: the sentence's real figure, date or sum, not
// the number of a name ("Radio 1", "Chapter 11"), the word of a title ("Top of the Pops"), nor a
// clock time when there is anything better.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkText } from '../server/src/check';
import { analyze } from '../server/src/analysis/analyze';

const message = (text: string): string => {
  const found = checkText(text, 'plaintext').findings.filter((x) => x.rule === 'unattributed-claim');
  assert.equal(found.length, 1, text);
  return found[0].message;
};
const evidence = (text: string): string[] => analyze(text).statements[0].claim?.evidence.map((e) => e.text) ?? [];

test('unattributed-claim: the message names the article’s figure before the outlet’s conversion in brackets', () => {
  const text = 'GM had to pay former partner Fiat 1.55bn euros ($2bn; £1.1bn) to get out of the deal in 2005.';
  const [f] = checkText(text, 'plaintext').findings.filter((x) => x.rule === 'unattributed-claim');
  assert.match(f.message, /'1\.55bn'/);
  assert.doesNotMatch(f.message, /'\$2bn'|'£1\.1bn'/);
});

test('claim evidence: a name’s number or a title’s word is no evidence; a count, score, date or sum is', () => {
  assert.deepEqual(evidence('He joined BBC Radio 1 in 1998 and presented Top of the Pops.'), ['1998']);
  assert.deepEqual(evidence('The airline filed for Chapter 11 protection with debts of $2bn.'), ['$2bn']);
  assert.deepEqual(evidence('The documentary Fahrenheit 9/11 won best film in 2004.'), ['won', '2004']);
  assert.ok(evidence('The airline ordered 70 Boeing 737-800 planes.').includes('70'));
  // a count after a name, a score, a sum in taka, a date after a weekday: real figures
  assert.ok(evidence('He first appeared on Playschool 25 years ago.').includes('25'));
  assert.ok(evidence('The final went to Wales 13-12 after a late try.').includes('13-12'));
  assert.ok(evidence('MPs receive a daily allowance of Tk 750 while on duty.').includes('Tk 750'));
  assert.ok(evidence('Meanwhile 70 Hong Kong stars recorded the song.').includes('70'));
  // "3D", "4G": a technology's name, not a figure; "10K", "5M" still count
  assert.deepEqual(evidence('The film came out in 3D for 4G phones in 2004.'), ['2004']);
  assert.ok(evidence('The firm sold 5M phones last year.').includes('5'));
});

test('unattributed-claim: the message names no number of a name and puts a clock time last', () => {
  assert.match(message('Wasp, which was funded by Channel 4, beat films by other UK nominees to the top prize in 2005.'), /'2005'/);
  assert.doesNotMatch(message('Wasp, which was funded by Channel 4, beat films by other UK nominees to the top prize in 2005.'), /'4'/);
  const time = message('At 0619 GMT on Tuesday, the dollar was up slightly at just above $1.29 to the euro.');
  assert.match(time, /^Unattributed claim: '\$1\.29' and 'Tuesday'/);
  assert.match(message('The incident occurred between 10am and 11am on Saturday near the border.'), /^Unattributed claim: 'Saturday'/);
});

test('unattributed-claim: the items of a list a named source introduces rest on it; an unsourced intro’s items do not', () => {
  const flaggedItems = (text: string, format: 'plaintext' | 'markdown' = 'plaintext') =>
    checkText(text, format).findings.filter((x) => x.rule === 'unattributed-claim').map((x) => text.slice(x.start, x.end));
  const items = '\n\n- A 10 percent cut in fuel tax from July;\n- 500 new buses by 2027\n- Raised the income-tax threshold to 100,000 rupees ($2,300)\n';
  assert.deepEqual(flaggedItems(`The transport ministry listed the new measures:${items}`), []);
  assert.deepEqual(flaggedItems(`The transport ministry listed the new measures:${items}`, 'markdown'), []);
  assert.equal(flaggedItems(`The new measures include:${items}`).length, 2);
  // a paragraph after the list is the writer's again
  assert.deepEqual(flaggedItems(`The transport ministry listed the new measures:${items}\nThe plan was first proposed in 2019.`), ['The plan was first proposed in 2019.']);
});

test('claim evidence: "more than" is one piece of evidence; the "than" of "rather than" is none', () => {
  assert.deepEqual(evidence('The rebels control more than half of the territory.'), ['more than', 'half']);
  assert.deepEqual(evidence('Pupils saw themselves as Scottish rather than British in 2004.'), ['2004']);
  assert.doesNotMatch(message('The rebels now control more than half of the territory, up from a third in 2004.'), /'than'/);
});

test('claim evidence: a score, a season or a range written with a hyphen or slash is one piece of evidence', () => {
  assert.deepEqual(evidence('Bangladesh thrashed hosts Nepal 4-0 in the 2025-26 season, as in 1998/99.'), ['4-0', '2025-26', '1998/99']);
  assert.match(message('Wales thrashed Italy 38-8 in Rome.'), /^Unattributed claim: '38-8' has/);
});

test('claim evidence: a sum names its currency written before it ("Tk 750", "Tk1,500 crore", "US$4.47 billion")', () => {
  assert.deepEqual(evidence('MPs receive a daily allowance of Tk 750 and saved Tk1,500 crore, as 500 people told us 20 times.'), ['Tk 750', 'Tk1,500', '500', '20']);
  assert.match(message('Exports to the USA amounted to US$4.47 billion, a 19.46 percent share, in 2025.'), /^Unattributed claim: 'US\$4\.47 billion' and '19\.46 percent'/);
  assert.match(message('The price of a cylinder rose from Tk 1,253 to Tk 1,306 on Sunday, up 12 places.'), /^Unattributed claim: 'Tk 1,253' and 'Tk 1,306'/);
});

test('claim evidence: "per cent" is named with its figure; the "per" of "per quintal" is not', () => {
  assert.deepEqual(evidence('The voter turnout was 59.44 per cent, and cane fetched Tk 625 per quintal.'), ['59.44 per cent', 'Tk 625']);
});

test('unattributed-claim: a person’s age in apposition is named after the claim’s own figures and dates', () => {
  assert.match(message('Mr Ebbers, 63, is accused of being behind an $11bn accounting fraud uncovered in July.'), /^Unattributed claim: '\$11bn' and 'July'/);
  assert.match(message('Mr Tanzi, 66, resigned as chairman of the company in 2003.'), /^Unattributed claim: '2003' and 'resigned'/);
});

test('claim evidence: "led by" says who heads something and "due to start" when, no cause; "led to" and "due to the strike" are causes', () => {
  assert.deepEqual(evidence('The firm is due to complete the deal in 2005, after delays due to the strike.'), ['2005', 'due']);
  assert.deepEqual(evidence('The government, led by the Congress Party, was voted into power in 2004, which led to protests.'), ['voted', '2004', 'led']);
});
