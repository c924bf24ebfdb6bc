// What a source is called and what kind it is when its phrase names more than the speaker ("Doctors
// in Athens", "A legal expert in the US"), and whom a description stands for ("The United boss said"
// after "Ferguson believes …"). The hover and the Sources view show these names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../server/src/analysis/analyze';

/** Every attribution as [source name, source type, the mention's text, how the mention found the source]. */
const sources = (text: string): string[][] => {
  const m = analyze(text);
  return m.statements.flatMap((st) => st.attributions.map((a) => [m.sources[a.source].name, m.sources[a.source].type, a.mention.text, a.mention.via]));
};

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
});

test('a spokesman from a body, and a full name after the place, keep their source', () => {
  assert.deepEqual(sources('A spokesperson from Icstis told the BBC that the firm had been fined.')[0].slice(0, 1), ['Icstis']);
  assert.deepEqual(sources('The official spokesperson at the Ministry of External Affairs Randhir Jaiswal said the talks would resume.')[0].slice(0, 1), ['Randhir Jaiswal']);
});

test('nouns for people with no ending that says so are people', () => {
  assert.deepEqual(sources('The pop star said he was delighted.')[0].slice(0, 2), ['pop star', 'person']);
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
