// `sourcecheck ledger ...` and the ledger's effect on the main command, run as a user would: the
// built CLI in a temporary project holding a copy of the seed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI } from './helpers/cli';
import { seedText } from './helpers/seed';

const LEDGER = join('.sourcecheck', 'ledger.json');

function project(): { dir: string; run: (args: string[], env?: Record<string, string | undefined>) => { code: number | null; stdout: string; stderr: string }; done: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'sourcecheck-ledger-cli-'));
  mkdirSync(join(dir, 'news'));
  writeFileSync(join(dir, 'news', 'article.txt'), seedText());
  writeFileSync(join(dir, '.sourcecheck.json'), '{}\n');
  return {
    dir,
    run(args, env = {}) {
      const r = spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8', timeout: 30_000, env: { ...process.env, GIT_AUTHOR_NAME: undefined, ...env } });
      return { code: r.status, stdout: r.stdout, stderr: r.stderr };
    },
    done: () => rmSync(dir, { recursive: true, force: true }),
  };
}

type Report = { files: Array<{ findings: Array<{ rule: string; severity: string; range: { start: { line: number } } }>; statements: Array<{ text: string; claim: unknown; review: null | Record<string, unknown> }> }> };
const report = (stdout: string): Report['files'][0] => (JSON.parse(stdout) as Report).files[0];
const onLine = (r: Report['files'][0], line: number) => r.findings.filter((f) => f.range.start.line === line - 1).map((f) => `${f.rule}:${f.severity}`);

test('mark records the claim on a line; --format json gives each statement a review and the warning goes', () => {
  const p = project();
  try {
    const before = report(p.run(['--format', 'json', 'news']).stdout);
    assert.ok(before.statements.every((s) => s.review === null), 'every statement has a review field, null when unreviewed');
    assert.deepEqual(onLine(before, 10), ['unattributed-claim:warning']);
    const r = p.run(['ledger', 'mark', 'news/article.txt:10', '--status', 'verified', '--note', 'USTR notice of Aug 6', '--evidence', 'https://ustr.gov/a', '--evidence', 'https://ustr.gov/b', '--reviewer', 'Ana Ruiz']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /news\/article\.txt:10: marked 1 claim verified in \.sourcecheck\/ledger\.json/);
    const ledger = JSON.parse(readFileSync(join(p.dir, LEDGER), 'utf8'));
    assert.equal(ledger.version, 1);
    assert.equal(ledger.entries[0].document, 'news/article.txt');
    assert.deepEqual(ledger.entries[0].evidence, ['https://ustr.gov/a', 'https://ustr.gov/b']);
    const after = report(p.run(['--format', 'json', 'news']).stdout);
    assert.deepEqual(onLine(after, 10), []);
    const reviewed = after.statements.filter((s) => s.review);
    assert.equal(reviewed.length, 1);
    assert.match(reviewed[0].text, /^Tensions between/);
    const { date, ...rest } = reviewed[0].review!;
    assert.deepEqual(rest, { status: 'verified', note: 'USTR notice of Aug 6', evidence: ['https://ustr.gov/a', 'https://ustr.gov/b'], reviewer: 'Ana Ruiz', stale: false });
    assert.match(String(date), /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  } finally {
    p.done();
  }
});

test('a false claim is an error that fails the main command; editing the claim makes the review stale', () => {
  const p = project();
  try {
    assert.equal(p.run(['ledger', 'mark', 'news/article.txt:10', '--status', 'false', '--note', 'It was 25 percent', '--reviewer', 'Ana']).code, 0);
    const r = p.run(['news/article.txt']);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /article\.txt:10:1: error claim-false False claim: marked false by Ana on \d{4}-\d\d-\d\d: It was 25 percent/);
    const file = join(p.dir, 'news', 'article.txt');
    writeFileSync(file, seedText().replace('to 50 percent', 'to 25 percent'));
    const stale = report(p.run(['--format', 'json', 'news']).stdout);
    assert.deepEqual(onLine(stale, 10), ['stale-review:hint', 'unattributed-claim:warning']);
    const s = stale.statements.find((x) => x.review)!;
    assert.match(s.text, /25 percent/);
    assert.deepEqual([s.review!.status, s.review!.stale], ['false', true]);
  } finally {
    p.done();
  }
});

test('check fails on unreviewed and false claims by default and --fail-on chooses the states', () => {
  const p = project();
  try {
    const first = p.run(['ledger', 'check', 'news']);
    assert.equal(first.code, 1);
    assert.match(first.stdout, /news\/article\.txt:10: unreviewed claim: “Tensions between/);
    assert.match(first.stdout, /failing \(--fail-on unreviewed,false\)\n$/);
    assert.equal(p.run(['ledger', 'check', '--fail-on', 'false', 'news']).code, 0);
    p.run(['ledger', 'mark', 'news/article.txt:10', '--status', 'false', '--reviewer', 'Ana']);
    const failing = p.run(['ledger', 'check', '--fail-on', 'false,misleading', 'news']);
    assert.equal(failing.code, 1);
    assert.deepEqual(failing.stdout.trim().split('\n').slice(0, -1), ['news/article.txt:10: false claim (marked by Ana): “Tensions between the two countries had spiked in August after US President Dona…”']);
    const bad = p.run(['ledger', 'check', '--fail-on', 'wrong']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /unknown state "wrong"/);
  } finally {
    p.done();
  }
});

test('export writes ClaimReview JSON-LD for current reviews and skips stale ones', () => {
  const p = project();
  try {
    p.run(['ledger', 'mark', 'news/article.txt:10', '--status', 'verified', '--note', 'ok', '--reviewer', 'Ana']);
    p.run(['ledger', 'mark', 'news/article.txt:12', '--status', 'misleading', '--reviewer', 'Ben']);
    const r = p.run(['ledger', 'export', '--base-url', 'https://example.org/']);
    assert.equal(r.code, 0, r.stderr);
    const ld = JSON.parse(r.stdout);
    assert.equal(ld['@context'], 'https://schema.org');
    assert.deepEqual(ld['@graph'].map((g: any) => [g['@type'], g.reviewRating.alternateName, g.author.name, g.itemReviewed.appearance.url]), [
      ['ClaimReview', 'Misleading', 'Ben', 'https://example.org/news/article.txt'],
      ['ClaimReview', 'True', 'Ana', 'https://example.org/news/article.txt'],
    ]);
    writeFileSync(join(p.dir, 'news', 'article.txt'), seedText().replace('to 50 percent', 'to 25 percent'));
    const out = p.run(['ledger', 'export', '--out', 'reviews.jsonld']);
    assert.equal(out.code, 0);
    assert.match(out.stderr, /stale or its claim is gone; not exported/);
    assert.deepEqual(JSON.parse(readFileSync(join(p.dir, 'reviews.jsonld'), 'utf8'))['@graph'].map((g: any) => g.reviewRating.alternateName), ['Misleading']);
  } finally {
    p.done();
  }
});

test('the reviewer defaults to git’s user.name, read from the repository config', () => {
  const p = project();
  try {
    mkdirSync(join(p.dir, '.git'));
    writeFileSync(join(p.dir, '.git', 'config'), '[user]\n\tname = Rita Repo\n');
    assert.equal(p.run(['ledger', 'mark', 'news/article.txt:10', '--status', 'needs-source'], { HOME: p.dir, XDG_CONFIG_HOME: p.dir }).code, 0);
    assert.equal(JSON.parse(readFileSync(join(p.dir, LEDGER), 'utf8')).entries[0].reviewer, 'Rita Repo');
  } finally {
    p.done();
  }
});

test('usage, input and ledger problems exit 2 with one line, and a malformed ledger is left alone', () => {
  const p = project();
  try {
    const cases: Array<[string[], RegExp]> = [
      [['ledger', 'mark', 'news/article.txt:10', '--status', 'maybe'], /unknown status "maybe"/],
      [['ledger', 'mark', 'news/article.txt', '--status', 'verified'], /expected PATH:LINE/],
      [['ledger', 'mark', 'news/article.txt:6', '--status', 'verified'], /^sourcecheck: news\/article\.txt:6: no claim on this line\n$/],
      [['ledger', 'mark', 'news/missing.txt:1', '--status', 'verified'], /^sourcecheck: news\/missing\.txt: cannot read/],
      [['ledger', 'mark', 'news/article.txt:10', '--status', 'verified', '--evidence', 'not a url'], /is not a URL/],
      [['ledger', 'frobnicate'], /unknown ledger command/],
    ];
    for (const [args, message] of cases) {
      const r = p.run(args);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, message);
    }
    mkdirSync(join(p.dir, '.sourcecheck'));
    const broken = '{\n  "version": 1,\n  "entries": [\n    { "id": "x" }\n  ]\n}\n';
    writeFileSync(join(p.dir, LEDGER), broken);
    const r = p.run(['ledger', 'mark', 'news/article.txt:10', '--status', 'verified']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^sourcecheck: .*ledger\.json:4: entry 1: "document" must be a non-empty string; fix the ledger first/);
    assert.equal(readFileSync(join(p.dir, LEDGER), 'utf8'), broken);
    const main = p.run(['news']);
    assert.match(main.stderr, /ledger\.json:4: entry 1/, 'the main command says so too, and still runs');
    assert.equal(main.code, 0);
    assert.equal(p.run(['ledger', '--help']).code, 0);
  } finally {
    p.done();
  }
});
