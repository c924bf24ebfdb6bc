// .sourcecheck.json: read by server and CLI alike, layered over settings, validated, never executed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { mergeConfig, parseConfigText } from '../server/src/config';
import { checkText } from '../server/src/check';
import { runCli } from './helpers/cli';
import { startServer } from './helpers/lsp';
import { SEED_PATH, seedText } from './helpers/seed';

test('the file wins over settings; severities merge per rule', () => {
  const merged = mergeConfig({ rules: { 'cross-link': 'off', 'vague-source': 'hint' }, placeholder: '[who?]' }, { rules: { 'cross-link': 'error' } }, true);
  assert.deepEqual(merged.rules, { 'cross-link': 'error', 'vague-source': 'hint' });
  assert.equal(merged.placeholder, '[who?]');
});

test('in an untrusted workspace the file’s term lists are ignored, its severities kept', () => {
  const file = parseConfigText(JSON.stringify({ vagueTerms: ['insiders'], rules: { 'cross-link': 'off' } })).partial;
  const merged = mergeConfig({}, file, false);
  assert.deepEqual(merged.vagueTerms, []);
  assert.equal(merged.rules['cross-link'], 'off');
  assert.deepEqual(mergeConfig({}, file, true).vagueTerms, ['insiders']);
});

test('wrong types and unknown keys: one problem each, defaults apply', () => {
  const { config, problems } = parseConfigText(JSON.stringify({ rules: { 'cross-link': 'loud', nope: 'off' }, placeholder: 42, vagueTerms: 'insiders', colour: 'red' }));
  assert.deepEqual(config.rules, {});
  assert.equal(config.placeholder, '[source?]');
  assert.deepEqual(config.vagueTerms, []);
  assert.equal(problems.length, 5, problems.join('\n'));
  assert.equal(parseConfigText('{ "rules": ').problems.length, 1);
});

test('vague terms, extra cues and trusted outlets change the reading', () => {
  const text = 'Insiders harrumphed that the budget rose 40 percent. According to Reuters, the talks collapsed on Monday.';
  const before = checkText(text, 'plaintext').findings.map((f) => f.rule);
  assert.ok(before.includes('secondhand-source'));
  assert.ok(!before.includes('vague-source'));
  const after = checkText(text, 'plaintext', { extraCues: ['harrumphed'], vagueTerms: ['insiders'], trustedOutlets: ['Reuters'] }).findings.map((f) => f.rule);
  assert.ok(after.includes('vague-source'));
  assert.ok(!after.includes('secondhand-source'));
});

test('the CLI reads .sourcecheck.json from the current folder', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sc-config-'));
  copyFileSync(SEED_PATH, join(dir, 'seed.txt'));
  writeFileSync(join(dir, '.sourcecheck.json'), JSON.stringify({ rules: { 'cross-link': 'off' } }));
  const r = runCli(['seed.txt'], { cwd: dir });
  assert.doesNotMatch(r.stdout, /cross-link/);
  writeFileSync(join(dir, '.sourcecheck.json'), '{ broken');
  const bad = runCli(['seed.txt'], { cwd: dir });
  assert.match(bad.stderr, /\.sourcecheck\.json: not valid JSON/);
  assert.match(bad.stdout, /cross-link/, 'defaults apply');
});

test('the server applies the workspace file and puts its problems on the file', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sc-config-'));
  writeFileSync(join(dir, '.sourcecheck.json'), '{\n  "rules": { "cross-link": "off" },\n  "placeholder": 7\n}\n');
  const s = await startServer({ rootPath: dir });
  try {
    const configUri = pathToFileURL(join(dir, '.sourcecheck.json')).href;
    const configDiags = s.diagnostics(configUri, (d) => d.length > 0);
    const uri = pathToFileURL(SEED_PATH).href;
    s.open(uri, seedText());
    const diags = await s.diagnostics(uri, (d) => d.length > 0);
    assert.ok(!diags.some((d) => d.code === 'cross-link'));
    const [problem] = await configDiags;
    assert.match(problem.message, /"placeholder"/);
    assert.equal(problem.range.start.line, 2);
  } finally {
    await s.close();
  }
});

test('configured hedges make a claim unconfirmed, in the server’s incremental path too', async () => {
  const text = 'Per the grapevine, the ministry spent $4 billion on the scheme last year.\n';
  assert.ok(!checkText(text, 'plaintext').findings.some((f) => f.rule === 'unconfirmed-claim'));
  const withHedge = checkText(text, 'plaintext', { hedges: ['per the grapevine'] }).findings.map((f) => f.rule);
  assert.ok(withHedge.includes('unconfirmed-claim'), withHedge.join(','));
  const dir = mkdtempSync(join(tmpdir(), 'sc-config-'));
  writeFileSync(join(dir, '.sourcecheck.json'), JSON.stringify({ hedges: ['per the grapevine'] }));
  const s = await startServer({ rootPath: dir });
  try {
    const uri = pathToFileURL(join(dir, 'a.txt')).href;
    s.open(uri, text);
    const diags = await s.diagnostics(uri, (d) => d.length > 0);
    assert.ok(diags.some((d) => d.code === 'unconfirmed-claim'), JSON.stringify(diags.map((d) => d.code)));
  } finally {
    await s.close();
  }
});
