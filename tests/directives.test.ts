// Inline ignore comments, honoured alike by the server and the CLI (both go through checkText).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkText } from '../server/src/check';
import { runCli } from './helpers/cli';

const CLAIM = 'The fee rose 50 percent last year.';
const rules = (text: string, format: 'plaintext' | 'markdown' = 'plaintext', prefix?: string) =>
  checkText(text, format, { commentPrefix: prefix }).findings.map((f) => f.rule);

test('disable-next-line silences the next line only, for the named rule or all rules', () => {
  assert.deepEqual(rules(`${CLAIM}\n// sourcecheck-disable-next-line unattributed-claim\n${CLAIM}\n${CLAIM}`), ['unattributed-claim', 'unattributed-claim']);
  assert.deepEqual(rules(`// sourcecheck-disable-next-line\n${CLAIM}`), []);
  assert.deepEqual(rules(`// sourcecheck-disable-next-line vague-source\n${CLAIM}`), ['unattributed-claim']);
});

test('disable … enable blocks, per rule and for all rules', () => {
  const text = `// sourcecheck-disable unattributed-claim\n${CLAIM}\nOfficials said it.\n// sourcecheck-enable unattributed-claim\n${CLAIM}`;
  assert.deepEqual(rules(text), ['vague-source', 'unattributed-claim']);
  assert.deepEqual(rules(`// sourcecheck-disable\n${CLAIM}\n// sourcecheck-enable\n${CLAIM}`), ['unattributed-claim']);
});

test('Markdown uses HTML comments; a configurable prefix in plain text', () => {
  assert.deepEqual(rules(`<!-- sourcecheck-disable-next-line unattributed-claim -->\n${CLAIM}\n`, 'markdown'), []);
  assert.deepEqual(rules(`# sourcecheck-disable-next-line\n${CLAIM}`, 'plaintext', '#'), []);
});

test('a directive line is not analysed as prose', () => {
  const { model } = checkText(`// sourcecheck-disable-next-line vague-source\nOfficials said 9 people died.`, 'plaintext');
  assert.equal(model.sentences.length, 1);
});

test('the CLI honours the same comments', () => {
  const r = runCli(['-'], { input: `// sourcecheck-disable-next-line\n${CLAIM}\n${CLAIM}\n` });
  assert.match(r.stdout, /^<stdin>:3:1: warning unattributed-claim/m);
  assert.doesNotMatch(r.stdout, /^<stdin>:2:/m);
});
