// The channel a source spoke through, as the attributions carry it: platforms, statements,
// reporters, interviews and outlets, also inside hyphenated or possessive words.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../server/src/analysis/analyze';

const channelOf = (text: string): Array<string | null> => analyze(text).statements.flatMap((st) => st.attributions.map((a) => a.channel));

test('channels are read from the sentence of the attribution', () => {
  assert.deepEqual(channelOf('Hegseth said on X that the pact was signed.'), ['X']);
  assert.deepEqual(channelOf('The minister wrote on Facebook’s page that 20 people died.'), ['Facebook']);
  assert.deepEqual(channelOf('The mayor said in a re-tweeted video that the road will close.'), ['X']);
  assert.deepEqual(channelOf('The ministry said in a statement that prices rose.'), ['statement']);
  assert.deepEqual(channelOf('Singh told reporters that talks would resume.'), ['press conference']);
  assert.deepEqual(channelOf('Khan told the Dhaka Tribune that the vote was fair.'), ['Dhaka Tribune']);
  assert.deepEqual(channelOf('Khan said that the vote was fair.'), [null]);
  assert.deepEqual(channelOf('Khan said he would post it on x later.'), [null], 'a lower-case "x" is not the platform');
});

test('staying "in touch" on a platform is no report made there; "touched on" a topic still is one', () => {
  assert.deepEqual(channelOf('I tried to stay in touch on Facebook, but I have no idea what happened to them.'), []);
  assert.deepEqual(analyze('The minister touched on the budget at the rally.').statements[0].attributions.map((a) => a.cue.text), ['touched on']);
});

test('a platform named before the post ("In a Facebook post, …") or as a verified page is the channel', () => {
  assert.deepEqual(channelOf('In a Facebook post on Sunday, Karim said the vote was rigged.'), ['Facebook']);
  assert.deepEqual(channelOf('In an X post, Karim said the vote was rigged.'), ['X']);
  assert.deepEqual(channelOf('Karim said on his verified Facebook page that the vote was rigged.'), ['Facebook']);
  assert.deepEqual(channelOf('Monir announced the plan in a post on his verified Facebook page on Saturday.'), ['Facebook']);
  // (an x-ray is no post)
  const xray = channelOf('In an x-ray image, the hospital said, the bone was broken.');
  assert.ok(xray.length > 0 && xray.every((c) => c === null));
});

test('a platform inside the speaker’s own quoted words is not where the speaker spoke', () => {
  assert.deepEqual(channelOf('The Press Secretary said, “Faiz Ahmed has explained on Facebook why he resigned.”'), [null]);
  assert.deepEqual(channelOf('“We are preparing a shadow cabinet,” Asif Mahmud wrote on Facebook.'), ['Facebook']);
  // (mismatched marks that pair across the words between two quotes hide nothing)
  assert.deepEqual(channelOf('\'Networks like these facilitate filesharing. The BPI believes they should stop," it said in a statement. "Illegal file-sharers steal music."').filter(Boolean), ['statement', 'statement']);
});
