// The CLI on bad input: missing files, unreadable folders, symlink loops, special files, bad
// encodings, standard input cut short. Each is exit 2 with one line on stderr that names the path;
// a failure of the analysis itself is exit 3, also naming the file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { CLI, runCli } from './helpers/cli';
import { FAULT_MARK, writeFaultHook } from './helpers/fault';

const dir = mkdtempSync(join(tmpdir(), 'sc-cli-errors-'));
test.after(() => rmSync(dir, { recursive: true, force: true }));
const at = (...p: string[]) => join(dir, ...p);
const ARTICLE = 'Officials said the bridge would reopen on Monday.\n';

writeFileSync(at('ok.txt'), ARTICLE);
writeFileSync(at('latin1.txt'), Buffer.from('Caf\xe9 owners said prices rose.\n', 'latin1'));
writeFileSync(at('cut.txt'), Buffer.concat([Buffer.from('Officials said caf'), Buffer.from([0xc3])]));
writeFileSync(at('utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Officials said so.', 'utf16le')]));
writeFileSync(at('bin.md'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x01]));
symlinkSync('loop-b.txt', at('loop-a.txt'));
symlinkSync('loop-a.txt', at('loop-b.txt'));
mkdirSync(at('walk'));
writeFileSync(at('walk', 'a.txt'), ARTICLE);
symlinkSync('.', at('walk', 'again')); // a folder loop: walked once, not an error
mkdirSync(at('looping'));
symlinkSync('self.md', at('looping', 'self.md'));
mkdirSync(at('fifo'));

/** Exit 2, exactly one line on stderr, and that line names the path. */
function assertInputError(r: { code: number | null; stderr: string }, path: string, reason: RegExp): void {
  assert.equal(r.code, 2, `exit ${r.code}; stderr: ${r.stderr}`);
  const lines = r.stderr.trimEnd().split('\n');
  assert.equal(lines.length, 1, `one line expected, got:\n${r.stderr}`);
  assert.ok(lines[0].includes(path), `${lines[0]} should name ${path}`);
  assert.match(lines[0], reason);
}

test('a missing file, alone or among good ones', () => {
  assertInputError(runCli([at('missing.txt')]), 'missing.txt', /no such file or folder/);
  assertInputError(runCli([at('ok.txt'), at('gone', 'deeper.md')]), 'deeper.md', /no such file or folder/);
  assertInputError(runCli([at('ok.txt', 'child.txt')]), 'child.txt', /not a folder/);
});

test('symlink loops: as the argument, inside a folder, and a folder that links to itself', () => {
  assertInputError(runCli([at('loop-a.txt')]), 'loop-a.txt', /symbolic link loop/);
  assertInputError(runCli([at('looping')]), 'self.md', /symbolic link loop/);
  const r = runCli(['--format', 'json', at('walk')]);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(JSON.parse(r.stdout).files.length, 1, 'the loop is not followed twice');
});

test('encodings: Latin-1, a cut multi-byte character, UTF-16 and binary are refused with the reason', () => {
  assertInputError(runCli([at('latin1.txt')]), 'latin1.txt', /not valid UTF-8/);
  assertInputError(runCli([at('cut.txt')]), 'cut.txt', /not valid UTF-8/);
  assertInputError(runCli([at('utf16.txt')]), 'utf16.txt', /UTF-16/);
  assertInputError(runCli([at('bin.md')]), 'bin.md', /binary/);
});

test('special files: a FIFO without a writer and /dev/zero are refused at once, never read', () => {
  const fifo = at('fifo', 'pipe.txt');
  const made = spawnSync('mkfifo', [fifo]);
  if (made.status === 0) assertInputError(runCli([fifo]), 'pipe.txt', /not a regular file/);
  assertInputError(runCli(['/dev/zero']), '/dev/zero', /not a regular file/);
});

test('a config that is missing, a folder or not a file is exit 2 naming it', () => {
  assertInputError(runCli(['--config', at('nope.json'), at('ok.txt')]), 'nope.json', /no such file/);
  assertInputError(runCli(['--config', at('walk'), at('ok.txt')]), 'walk', /folder/);
  assertInputError(runCli(['--config', '/dev/zero', at('ok.txt')]), '/dev/zero', /not a regular file/);
});

test('standard input: cut mid-character, a folder, or closed before anything arrives', () => {
  assertInputError(runCli(['-'], { input: Buffer.concat([Buffer.from('Officials said caf'), Buffer.from([0xc3])]) }), '<stdin>', /not valid UTF-8/);
  const empty = spawnSync(process.execPath, [CLI, '-'], { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  assert.equal(empty.status, 0, `an empty (closed) standard input is an empty article: ${empty.stderr}`);
  // Standard input that is a folder: opened read-only and handed over as fd 0.
  const r = spawnSync('sh', ['-c', `"${process.execPath}" "${CLI}" - < "${dir}"`], { encoding: 'utf8' });
  assertInputError({ code: r.status, stderr: r.stderr }, '<stdin>', /cannot read \(is a folder\)/);
});

test('a reader that closes standard output early ends the run quietly', async () => {
  const big = at('big.txt');
  writeFileSync(big, ARTICLE.repeat(20_000));
  const child = spawn(process.execPath, [CLI, '--format', 'json', big], { stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  child.stderr.on('data', (d) => (err += d));
  child.stdout.once('data', () => child.stdout.destroy());
  const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
  assert.doesNotMatch(err, /EPIPE|at .*\.js:\d+/, err);
  assert.notEqual(code, null);
});

// Permission errors need an unprivileged reader: the tests run as root, which reads anything, so
// the CLI is run as the `nobody` user (uid 65534) on a copy of the bundle it is allowed to read.
test('a folder and a file without read permission', (t) => {
  const root = process.getuid?.() === 0;
  const locked = at('locked');
  mkdirSync(at('locked', 'inner'), { recursive: true });
  writeFileSync(at('locked', 'inner', 'a.txt'), ARTICLE);
  writeFileSync(at('secret.txt'), ARTICLE);
  chmodSync(at('locked', 'inner'), 0o000);
  chmodSync(at('secret.txt'), 0o000);
  chmodSync(dir, 0o755);
  const cli = at('cli.js');
  copyFileSync(CLI, cli);
  copyFileSync(join(dirname(CLI), 'cli-main.js'), at('cli-main.js'));
  chmodSync(cli, 0o755);
  const run = (args: string[]) => {
    const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', cwd: dir, timeout: 30_000, ...(root ? { uid: 65534, gid: 65534 } : {}) });
    return { code: r.status, stderr: r.stderr ?? String(r.error) };
  };
  const probe = run(['--version']);
  if (probe.code !== 0) return t.skip(`cannot run the CLI as an unprivileged user here: ${probe.stderr.split('\n')[0]}`);
  assertInputError(run([locked]), 'inner', /cannot read folder \(permission denied\)/);
  assertInputError(run([at('secret.txt')]), 'secret.txt', /permission denied/);
  chmodSync(at('locked', 'inner'), 0o755);
});

test('in a folder, the first bad file in order is the one reported, and only it', () => {
  // Files are taken in name order: a bad file later in the folder is not reported before (or
  // instead of) the first bad one, nothing is printed on failure, and the report keeps that order.
  mkdirSync(at('many'));
  for (let i = 0; i < 20; i++) writeFileSync(at('many', `${String(i).padStart(2, '0')}.txt`), ARTICLE);
  writeFileSync(at('many', '13.txt'), Buffer.from([0x00, 0x01]));
  writeFileSync(at('many', '17.txt'), Buffer.from('Caf\xe9 owners said prices rose.\n', 'latin1'));
  const r = runCli([at('many')]);
  assertInputError(r, '13.txt', /binary/);
  assert.equal(r.stdout, '');
  writeFileSync(at('many', '13.txt'), ARTICLE);
  assertInputError(runCli(['--format', 'json', at('many')]), '17.txt', /UTF-8/);
  writeFileSync(at('many', '17.txt'), ARTICLE);
  const ok = runCli(['--format', 'json', at('many')]);
  assert.deepEqual(JSON.parse(ok.stdout).files.map((f: { path: string }) => f.path.slice(-6)), Array.from({ length: 20 }, (_, i) => `${String(i).padStart(2, '0')}.txt`));
});

test('a failure of the analysis itself is exit 3 naming the file, not a stack trace, with one thread or more', () => {
  // A fault injected from outside the product: the tokenizer's expression throws on one article.
  const preload = writeFaultHook(dir);
  mkdirSync(at('faulty'));
  writeFileSync(at('faulty', 'a.txt'), ARTICLE);
  writeFileSync(at('faulty', 'b.txt'), `The ${FAULT_MARK} figure rose 5% in May, officials said.\n`);
  writeFileSync(at('faulty', 'c.txt'), ARTICLE);
  const run = (args: string[], env: NodeJS.ProcessEnv = {}) => {
    const r = spawnSync(process.execPath, ['-r', preload, CLI, ...args], { encoding: 'utf8', timeout: 30_000, env: { ...process.env, ...env, SOURCECHECK_DEBUG: env.SOURCECHECK_DEBUG ?? '' } });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  for (const args of [[at('faulty')], ['--jobs', '2', at('faulty')], ['--format', 'json', at('faulty')]]) {
    const r = run(args);
    assert.equal(r.code, 3, `${args.join(' ')}: exit ${r.code}; stderr: ${r.stderr}`);
    assert.match(r.stderr, /^sourcecheck: internal error: .*b\.txt: injected fault\n/);
    assert.match(r.stderr, /a bug in Source Check/);
    assert.doesNotMatch(r.stderr, /^\s+at /m, 'no stack trace unless asked');
    assert.equal(r.stdout, '');
  }
  assert.match(run([at('faulty')], { SOURCECHECK_DEBUG: '1' }).stderr, /^\s+at /m, 'SOURCECHECK_DEBUG=1 prints the stack');
  // the same files without the fault are fine
  assert.equal(runCli([at('faulty')]).code, 0);
});
