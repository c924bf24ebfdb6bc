// Attribution forms read from a sentence's shape rather than a verb's subject: a headline's speaker
// before a colon, and more. (tests/attribution.test.ts has the verb forms; this file keeps the
// suites under the size the repository allows a file.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readAttributions, readSpans } from './helpers/attributions';

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
});

test('less common verbs of speech: "intimated", "surmised", "quipped", "derided"', () => {
  assert.deepEqual(read('Ms Lomax intimated that she would resign.'), [['Ms Lomax', 'intimated', 'that she would resign']]);
  assert.deepEqual(read('He surmised that the vote was rigged.'), [['He', 'surmised', 'that the vote was rigged']]);
  assert.deepEqual(read('“Not bad,” he quipped.'), [['he', 'quipped', '“Not bad,”']]);
  assert.deepEqual(read('Mr Blair derided the Tory plans.'), [['Mr Blair', 'derided', 'the Tory plans']]);
  // ("his intimates" is a noun)
  assert.deepEqual(read('His intimates met him in Paris.'), []);
});
