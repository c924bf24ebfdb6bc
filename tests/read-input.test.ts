// Reading a document file: the whole file, whatever its size against the read buffers, within the
// limit, strictly UTF-8.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputProblem, readDocumentFile } from '../server/src/util/read-input';

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
