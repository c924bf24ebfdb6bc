// Writes that a kill, a full disk or a crash can never leave half-done: the data goes to a temporary
// file in the same folder (a rename across file systems is not atomic), is flushed to disk, and
// then renamed over the target in one step. Readers see the old file or the new one, never a mix;
// on any failure the temporary file is removed and the old file is untouched.
import {
  closeSync, fsyncSync, openSync, renameSync, statSync, unlinkSync, writeSync, promises as fsp,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomHex } from './lazy-crypto';

function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomHex(4)}.tmp`);
}

/** The target's permission bits, so a rewrite keeps them; 0o644 for a new file. */
function modeOf(path: string): number {
  try {
    return statSync(path).mode & 0o777;
  } catch {
    return 0o644;
  }
}

function toBytes(data: string | Uint8Array): Uint8Array {
  return typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
}

/** Flushes the folder entry too, so the rename itself survives a power cut (best effort). */
function syncFolder(path: string): void {
  try {
    const fd = openSync(dirname(path), 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    /* not supported on every platform (Windows); the rename is still atomic */
  }
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    /* already gone */
  }
}

export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const bytes = toBytes(data);
  const tmp = tempPathFor(path);
  const fd = openSync(tmp, 'wx', modeOf(path));
  try {
    for (let off = 0; off < bytes.length; ) off += writeSync(fd, bytes, off, bytes.length - off);
    fsyncSync(fd);
  } catch (e) {
    closeSync(fd);
    removeQuietly(tmp);
    throw e;
  }
  closeSync(fd);
  try {
    renameSync(tmp, path);
  } catch (e) {
    removeQuietly(tmp);
    throw e;
  }
  syncFolder(path);
}

export async function writeFileAtomicAsync(path: string, data: string | Uint8Array): Promise<void> {
  const bytes = toBytes(data);
  const tmp = tempPathFor(path);
  const handle = await fsp.open(tmp, 'wx', modeOf(path));
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } catch (e) {
    await handle.close();
    await fsp.unlink(tmp).catch(() => undefined);
    throw e;
  }
  await handle.close();
  try {
    await fsp.rename(tmp, path);
  } catch (e) {
    await fsp.unlink(tmp).catch(() => undefined);
    throw e;
  }
  syncFolder(path);
}
