// Security: no network at run time and no code from the workspace, ever. A full analysis in this
// process runs with every way out (sockets, DNS, UDP, fetch) replaced by a tripwire; the CLI and the
// language server run under a --require hook that does the same and also records any module load
// that is not Node's own (the bundles are self-contained, so any would be workspace code). In an
// untrusted workspace the config file's term lists are ignored.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import dgram from 'node:dgram';
import dns from 'node:dns';
import net from 'node:net';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkText } from '../server/src/check';
import { IncrementalAnalyzer } from '../server/src/analysis/incremental';
import { fileReport, jsonReport } from '../server/src/output/json';
import { sarifReport } from '../server/src/output/sarif';
import { textReport } from '../server/src/output/text';
import { CLI } from './helpers/cli';
import { startServer } from './helpers/lsp';
import { seedText } from './helpers/seed';
import * as D from './robustness/documents';

const dir = mkdtempSync(join(tmpdir(), 'sc-security-'));
test.after(() => rmSync(dir, { recursive: true, force: true }));
const workspace = join(dir, 'workspace');
const MARKER = join(dir, 'workspace-code-ran');
const TRIPWIRE_LOG = join(dir, 'tripwire.log');

// An article full of addresses a careless tool might fetch.
const LINKY = [
  '# Pact signed',
  '',
  'Officials said the deal, announced at <https://example.com/pact>, is worth $3 billion.',
  '',
  '![chart](http://example.com/chart.png) “It is historic,” Hegseth wrote on [X](https://x.com/hegseth/status/1).',
  '',
  '<img src="http://example.net/pixel.gif"> <script src="https://example.org/x.js"></script>',
  '',
  '[ref]: https://example.com/ref "title"',
  '',
  'Read More: [Floods hit Dhaka](https://example.com/floods)',
].join('\n');

// A workspace with code in every place a tool might look for it, each of which leaves a marker if run.
const ATTACK = `require('fs').writeFileSync(${JSON.stringify(MARKER)}, __filename); module.exports = { rules: {} };`;
mkdirSync(join(workspace, 'node_modules', 'sourcecheck-plugin'), { recursive: true });
writeFileSync(join(workspace, 'article.md'), LINKY);
writeFileSync(join(workspace, 'quip.txt'), 'Insiders harrumphed that the budget rose 40 percent.\n');
writeFileSync(join(workspace, '.sourcecheck.json'), JSON.stringify({ $schema: 'https://example.com/sourcecheck.schema.json', extraCues: ['harrumphed'], vagueTerms: ['insiders'] }));
for (const name of ['.sourcecheck.js', '.sourcecheck.cjs', 'sourcecheck.config.js', '.sourcecheckrc.js', join('node_modules', 'sourcecheck-plugin', 'index.js')]) {
  writeFileSync(join(workspace, name), ATTACK);
}

/** The --require hook for child processes: tripwires on the network and on foreign module loads. */
const HOOK = join(dir, 'tripwire.cjs');
writeFileSync(
  HOOK,
  `'use strict';
const fs = require('fs'), net = require('net'), dns = require('dns'), dgram = require('dgram'), Module = require('module');
const record = (what) => fs.appendFileSync(${JSON.stringify(TRIPWIRE_LOG)}, what + '\\n');
const deny = (what) => function () { record(what); throw new Error('network access denied by test: ' + what); };
net.Socket.prototype.connect = deny('net.Socket.connect');
net.connect = net.createConnection = deny('net.connect');
for (const k of Object.keys(dns)) if (typeof dns[k] === 'function' && /^(lookup|resolve)/.test(k)) dns[k] = deny('dns.' + k);
for (const k of Object.keys(dns.promises)) if (typeof dns.promises[k] === 'function' && /^(lookup|resolve)/.test(k)) dns.promises[k] = deny('dns.promises.' + k);
dgram.createSocket = deny('dgram.createSocket');
globalThis.fetch = deny('fetch');
const builtins = new Set(Module.builtinModules);
const load = Module._load;
Module._load = function (request, parent, isMain) {
  const bare = request.replace(/^node:/, '');
  if (!isMain && !builtins.has(bare) && !builtins.has(bare.split('/')[0])) record('require ' + request);
  return load.apply(this, arguments);
};
`,
);

const tripped = (): string => (existsSync(TRIPWIRE_LOG) ? readFileSync(TRIPWIRE_LOG, 'utf8') : '');

/** Runs f with every network entry point of this process replaced by a recording tripwire. */
async function withoutNetwork(f: () => void | Promise<void>): Promise<string[]> {
  const calls: string[] = [];
  const saved: Array<[object, string, unknown]> = [];
  const trap = (obj: object, key: string, name: string) => {
    saved.push([obj, key, (obj as Record<string, unknown>)[key]]);
    (obj as Record<string, unknown>)[key] = () => {
      calls.push(name);
      throw new Error(`network access denied by test: ${name}`);
    };
  };
  trap(net.Socket.prototype, 'connect', 'net.Socket.connect');
  trap(net, 'connect', 'net.connect');
  trap(net, 'createConnection', 'net.createConnection');
  trap(dns, 'lookup', 'dns.lookup');
  trap(dns, 'resolve', 'dns.resolve');
  trap(dns.promises, 'lookup', 'dns.promises.lookup');
  trap(dgram, 'createSocket', 'dgram.createSocket');
  trap(globalThis, 'fetch', 'fetch');
  try {
    await f();
  } finally {
    for (const [obj, key, value] of saved.reverse()) (obj as Record<string, unknown>)[key] = value;
  }
  return calls;
}

test('a full analysis, incremental updates and every report format open no socket', async () => {
  const calls = await withoutNetwork(() => {
    const docs: Array<[string, string, 'plaintext' | 'markdown']> = [
      ['seed.txt', seedText(), 'plaintext'],
      ['linky.md', LINKY, 'markdown'],
      ['unicode.txt', D.unicodeSpacesAndQuotes(), 'plaintext'],
      ['nested.md', D.nestedMarkdown().listsOneLine, 'markdown'],
    ];
    const reports = docs.map(([name, text, format]) => fileReport(name, checkText(text, format, { extraCues: ['harrumphed'], trustedOutlets: ['Reuters'] })));
    JSON.stringify(jsonReport(reports));
    JSON.stringify(sarifReport(reports, '0.0.0'));
    textReport(reports);
    const inc = new IncrementalAnalyzer({ format: 'markdown' });
    inc.update(LINKY);
    inc.update(LINKY + '\nMore text at https://example.com/more.');
  });
  assert.deepEqual(calls, []);
});

test('the tripwires work: a fetch or a connect in their scope is caught', async () => {
  const calls = await withoutNetwork(() => {
    assert.throws(() => net.connect(80, 'example.com'), /denied/);
    assert.throws(() => dns.lookup('example.com', () => undefined), /denied/);
  });
  assert.deepEqual(calls, ['net.connect', 'dns.lookup']);
  const r = spawnSync(process.execPath, ['--require', HOOK, '-e', "require('http').get('http://127.0.0.1:9/')"], { encoding: 'utf8', env: { ...process.env } });
  assert.notEqual(r.status, 0);
  assert.match(tripped(), /net\.(Socket\.)?connect/);
  rmSync(TRIPWIRE_LOG, { force: true });
});

test('the CLI on a hostile workspace: no socket, no workspace code, config read as data', () => {
  for (const args of [['--format', 'sarif', '.'], ['--format', 'json', 'article.md', '-'], ['ledger', 'check', '.']]) {
    const r = spawnSync(process.execPath, ['--require', HOOK, CLI, ...args], { cwd: workspace, input: LINKY, encoding: 'utf8', timeout: 60_000 });
    assert.ok(r.status === 0 || r.status === 1, `${args.join(' ')}: exit ${r.status}\n${r.stderr}`);
  }
  assert.equal(tripped(), '', 'network access or a module load from outside the bundle');
  assert.equal(existsSync(MARKER), false, 'code from the workspace ran');
  // The JSON config applied (extraCues and vagueTerms): "Insiders harrumphed" is a vague source.
  const r = spawnSync(process.execPath, [CLI, '--format', 'json', 'quip.txt'], { cwd: workspace, encoding: 'utf8' });
  assert.ok(JSON.parse(r.stdout).files[0].findings.some((f: { rule: string }) => f.rule === 'vague-source'), r.stdout);
});

test('the language server on a hostile workspace, trusted and untrusted: no socket, no workspace code; untrusted ignores the term lists', async () => {
  const quip = pathToFileURL(join(workspace, 'quip.txt')).href;
  const article = pathToFileURL(join(workspace, 'article.md')).href;
  const codes: Record<string, unknown[]> = {};
  for (const trusted of [true, false]) {
    const s = await startServer({ rootPath: workspace, initializationOptions: { trusted }, nodeArgs: ['--require', HOOK] });
    try {
      // Wait for both before opening: a publish that came first would otherwise be missed.
      const articleChecked = s.diagnostics(article);
      const quipChecked = s.diagnostics(quip, (list) => list.length > 0);
      s.open(article, LINKY, 'markdown');
      s.open(quip, readFileSync(join(workspace, 'quip.txt'), 'utf8'));
      codes[String(trusted)] = (await quipChecked).map((x) => x.code);
      await articleChecked;
      const textDocument = { uri: article };
      const position = { line: 2, character: 5 };
      for (const [method, params] of [
        ['textDocument/hover', { textDocument, position }],
        ['textDocument/documentLink', { textDocument }],
        ['textDocument/definition', { textDocument, position: { line: 10, character: 15 } }],
        ['textDocument/references', { textDocument, position, context: { includeDeclaration: true } }],
        ['workspace/symbol', { query: 'Hegseth' }],
      ] as const) {
        await s.connection.sendRequest(method, params).catch(() => null);
      }
    } finally {
      await s.close();
    }
  }
  assert.equal(tripped(), '', 'network access or a module load from outside the bundle');
  assert.equal(existsSync(MARKER), false, 'code from the workspace ran');
  assert.deepEqual(codes, { true: ['vague-source'], false: ['unattributed-claim'] });
});
