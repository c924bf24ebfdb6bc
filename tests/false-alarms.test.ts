// unattributed-claim on the false alarms of real pages (issue #4): a signed column, reported speech
// that runs on past ", while", a credit line. Hand-made sentences; docs/rules/unattributed-claim.md.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkText } from '../server/src/check';

const flagged = (text: string): string[] =>
  checkText(text, 'plaintext').findings.filter((f) => f.rule === 'unattributed-claim').map((f) => text.slice(f.start, f.end));

const CLAIM = 'India’s trade with its partners rose by 92% between 2021 and 2025.';

test('unattributed-claim: a column signed by its writer in its last lines is the columnist’s', () => {
  for (const note of [
    'The writer is an art critic and cultural curator.',
    '(The author is a Poet, Sociologist & Chairman of National Human Rights Society)',
    'Written by: Rahul Sen (The authors are from AUT University.)',
    'Shahnoor Wahid is Advisory Editor of Bangladesh Post',
    'Bill Thompson is a regular commentator on the BBC World Service programme Go Digital.',
    'Views expressed are the writer’s own.',
  ]) assert.deepEqual(flagged(`${CLAIM}\n\nThat is a good start.\n\n${note}\n`), [], note);
  // a person introduced in the article's body, or far from its end, signs nothing
  assert.ok(flagged(`Rahul Sen is the editor of the Post.\n\n${CLAIM}\n\nA.\n\nB.\n\nC.\n\nD.\n`).includes(CLAIM));
  assert.ok(flagged(`${CLAIM}\n\nThe minister is expected in Delhi on Monday for talks with the editor of the Post, who is a friend.\n`).includes(CLAIM));
});
