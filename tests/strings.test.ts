// detached: a copy of a slice that no longer keeps its source alive.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { detached } from '../server/src/util/strings';

test('detached returns an equal string, for short and long slices alike', () => {
  const article = 'Officials said the bridge would reopen on Monday. '.repeat(100);
  for (const [from, to] of [[0, 9], [0, 12], [0, 13], [5, 60], [0, article.length]]) {
    const slice = article.slice(from, to);
    assert.equal(detached(slice), slice);
  }
  assert.equal(detached(''), '');
});

test('a detached slice does not keep its source alive (a slice does)', () => {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  const heldBy = (cut: (s: string) => string): number => {
    gc();
    const before = process.memoryUsage().heapUsed;
    const kept: string[] = [];
    for (let i = 0; i < 20; i++) {
      const article = `${i} ${'Officials said the bridge would reopen on Monday. '.repeat(20_000)}`; // ~1 MB each
      kept.push(cut(article.slice(3, 40)));
    }
    gc();
    const held = process.memoryUsage().heapUsed - before;
    assert.equal(kept.length, 20);
    return held;
  };
  assert.ok(heldBy((s) => s) > 10e6, 'a plain slice keeps its articles (the reason for detached)');
  assert.ok(heldBy(detached) < 2e6, 'detached slices keep nothing of them');
});
