// The CLI contract: three formats, exit codes, stdin, folders. Runs the built dist/cli.js.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import { runCli } from './helpers/cli';
import { ROOT, seedText } from './helpers/seed';

const SEED = 'seeds/000_7820780226b292ca.txt';

test('text: one line per finding with 1-based positions, then a summary', () => {
  const r = runCli(['seeds/']);
  assert.equal(r.code, 0, r.stderr);
  const lines = r.stdout.trim().split('\n');
  assert.ok(lines.includes(`${SEED}:6:1: information cross-link Cross-link to another story: "Trump Says Seven ‘Beautiful Planes’ Shot Down in Pak-India Clash". It is excluded from the article's analysis.`));
  assert.ok(lines.some((l) => l.startsWith(`${SEED}:11:1: information cross-link `)));
  assert.ok(lines.some((l) => l.startsWith(`${SEED}:1:121: warning vague-source `)));
  assert.match(lines[lines.length - 1], /^11 findings in 1 file \(0 errors, 6 warnings, 5 information, 0 hints\)$/);
});

test('json: the documented shape, with 0-based UTF-16 ranges', () => {
  const r = runCli(['--format', 'json', SEED]);
  assert.equal(r.code, 0, r.stderr);
  const report = JSON.parse(r.stdout);
  assert.equal(report.version, 1);
  const [file] = report.files;
  assert.equal(file.path, SEED);
  const cross = file.findings.filter((f: { rule: string }) => f.rule === 'cross-link');
  assert.deepEqual(cross[0].range, { start: { line: 5, character: 0 }, end: { line: 5, character: 75 } });
  assert.equal(cross[0].severity, 'information');
  assert.deepEqual(file.crossLinks.map((c: { target: null }) => c.target), [null, null]);
  const kinds = new Set(file.statements.map((s: { kind: string }) => s.kind));
  assert.ok(kinds.has('sentence') && kinds.has('cross-link') && kinds.has('quote'));
  const he = file.statements.find((s: { text: string }) => s.text.startsWith('The pact, he said'));
  assert.deepEqual(
    { source: he.attribution.source, sourceType: he.attribution.sourceType, mention: he.attribution.mention, cue: he.attribution.cue, role: he.attribution.role, status: he.status },
    { source: 'Pete Hegseth', sourceType: 'person', mention: 'he', cue: 'said', role: 'US Defense Secretary', status: 'attributed' },
  );
  const text = seedText().split('\n');
  for (const st of file.statements) {
    assert.equal(text[st.range.start.line].slice(st.range.start.character, st.range.end.character), st.text);
    for (const key of ['attribution', 'claim', 'status', 'hedges']) assert.ok(key in st, `statement has ${key}`);
    if (st.attribution) for (const k of ['sourceRange', 'cueRange', 'contentRange']) assert.ok(k in st.attribution);
  }
  assert.equal(file.statements.length, 16, '11 body lines, three of them with two sentences, and 2 cross-links');
});

test('json: an unattributed claim beside a named source lists the evidence outside its words', () => {
  const text = 'Shares in the company rose 6% on Tuesday after its chief executive said it would hire 500 staff.\n';
  const r = runCli(['--format', 'json', '-'], { input: text });
  const [st] = JSON.parse(r.stdout).files[0].statements;
  assert.equal(st.status, 'unattributed');
  assert.deepEqual(st.unsourced.map((e: { text: string }) => e.text), ['rose', '6%', 'Tuesday']);
  const six = st.unsourced[1].range;
  assert.deepEqual(six, { start: { line: 0, character: text.indexOf('6%') }, end: { line: 0, character: text.indexOf('6%') + 2 } });
  const plain = JSON.parse(runCli(['--format', 'json', '-'], { input: 'Shares rose 6% on Tuesday.\n' }).stdout).files[0].statements[0];
  assert.equal(plain.status, 'unattributed');
  assert.ok(!('unsourced' in plain), 'no source named: no part to set apart');
});

test('sarif: valid SARIF 2.1.0 with one rule descriptor per rule id', () => {
  const r = runCli(['--format', 'sarif', 'seeds/']);
  assert.equal(r.code, 0, r.stderr);
  const sarif = JSON.parse(r.stdout);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const schema = require(join(ROOT, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'));
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  const validate = ajv.compile(schema);
  assert.ok(validate(JSON.parse(r.stdout)), JSON.stringify(validate.errors?.slice(0, 3)));
  const ids = sarif.runs[0].tool.driver.rules.map((x: { id: string }) => x.id);
  assert.equal(new Set(ids).size, ids.length);
  for (const res of sarif.runs[0].results) assert.ok(ids.includes(res.ruleId));
  const cross = sarif.runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'cross-link');
  assert.deepEqual(cross.locations[0].physicalLocation.region, { startLine: 6, startColumn: 1, endLine: 6, endColumn: 76 });
});

test('exit 1 when warnings exceed --max-warnings, 0 within it', () => {
  assert.equal(runCli(['--max-warnings', '5', 'seeds/']).code, 1);
  assert.equal(runCli(['--max-warnings', '6', 'seeds/']).code, 0);
});

test('exit 1 on error-severity findings set by a config file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sc-cli-'));
  writeFileSync(join(dir, 'cfg.json'), JSON.stringify({ rules: { 'unattributed-claim': 'error', 'cross-link': 'off' } }));
  const r = runCli(['--config', join(dir, 'cfg.json'), '--format', 'json', SEED]);
  assert.equal(r.code, 1);
  const rules = JSON.parse(r.stdout).files[0].findings.map((f: { rule: string; severity: string }) => `${f.rule}:${f.severity}`);
  assert.ok(rules.includes('unattributed-claim:error'));
  assert.ok(!rules.some((x: string) => x.startsWith('cross-link')));
});

test('stdin with -, and folders searched for .txt, .md and .markdown only', () => {
  const r = runCli(['-'], { input: 'Officials said the tax rose 40 percent last year.\n' });
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^<stdin>:1:1: warning vague-source /m);
  const dir = mkdtempSync(join(tmpdir(), 'sc-cli-'));
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'a.md'), '# Title\n\nRead more: [Other story](https://x.example)\n');
  writeFileSync(join(dir, 'sub', 'b.markdown'), 'Critics said it failed.\n');
  writeFileSync(join(dir, 'c.json'), '{"not": "an article"}');
  const j = JSON.parse(runCli(['--format', 'json', dir]).stdout);
  assert.deepEqual(j.files.map((f: { path: string }) => f.path.split('/').slice(-1)[0]), ['a.md', 'b.markdown']);
});

test('exit 2 with a one-line message naming the file on usage and input errors', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sc-cli-'));
  writeFileSync(join(dir, 'bin.txt'), Buffer.from([0x48, 0x00, 0x01, 0x02]));
  writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
  const cases: Array<[string[], RegExp]> = [
    [[join(dir, 'missing.txt')], /missing\.txt: no such file or folder/],
    [[join(dir, 'bin.txt')], /bin\.txt: binary file/],
    [[join(dir, 'latin1.txt')], /latin1\.txt: not valid UTF-8/],
    [['--format', 'xml', SEED], /unknown format "xml"/],
    [[], /no PATH given/],
  ];
  for (const [args, message] of cases) {
    const r = runCli(args);
    assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr.split('\n')[0], message);
  }
});
