// Reading a document file: the whole file, whatever its size against the read buffers, within the
// limit, strictly UTF-8.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputProblem, ReadAhead, readDocumentFile } from '../server/src/util/read-input';

const dir = mkdtempSync(join(tmpdir(), 'sc-read-'));
test.after(() => rmSync(dir, { recursive: true, force: true }));

test('files of every size around the buffers read back exactly', () => {
  for (const size of [0, 1, 4095, 4096, 4097, 65535, 65536, 65537, 200_003]) {
    const text = 'Officials said “x” 1’s. '.repeat(Math.ceil(size / 20)).slice(0, size);
    const path = join(dir, `f${size}.txt`);
    writeFileSync(path, text);
    assert.equal(readDocumentFile(path), text, `size ${size}`);
  }
});

test('the limit holds, and a byte order mark is dropped', () => {
  const path = join(dir, 'big.txt');
  writeFileSync(path, 'a'.repeat(1001));
  assert.throws(() => readDocumentFile(path, 'big.txt', 1000), (e: unknown) => e instanceof InputProblem && /larger than/.test((e as Error).message));
  assert.equal(readDocumentFile(path, 'big.txt', 1001).length, 1001);
  writeFileSync(path, '\ufeffHello');
  assert.equal(readDocumentFile(path), 'Hello');
});

test('read ahead: every file in order, in batches, each failure at its own turn', () => {
  const files: string[] = [];
  for (let i = 0; i < 12; i++) {
    const path = join(dir, `ahead${String(i).padStart(2, '0')}.txt`);
    writeFileSync(path, i === 5 ? Buffer.from([0x00, 0x01]) : `Article ${i} said ${'x'.repeat(i * 10)}.`);
    files.push(path);
  }
  files.splice(8, 0, join(dir, 'missing.txt'));
  // Batches of at most 3 files or 50 bytes beyond their first file: many refills over 13 files.
  const ahead = new ReadAhead(files, 50, 3);
  for (let i = 0; i < files.length; i++) {
    if (i === 5) assert.throws(() => ahead.read(i), /binary file/);
    else if (i === 8) assert.throws(() => ahead.read(i), /missing\.txt.*no such file/);
    else assert.equal(ahead.read(i), readDocumentFile(files[i]), files[i]);
  }
  // A file asked for out of order is read then; one asked for twice is read again.
  assert.equal(ahead.read(2), readDocumentFile(files[2]));
  assert.equal(ahead.read(2), readDocumentFile(files[2]));
  // A file that changed after its batch was read is read as it was: a sweep reads each file once.
  const late = new ReadAhead(files.slice(0, 3));
  assert.equal(late.read(0), readDocumentFile(files[0]));
  writeFileSync(files[1], 'Changed.');
  assert.notEqual(late.read(1), 'Changed.');
});
