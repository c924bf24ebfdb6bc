// A memo keyed by names cut from articles, for the analysis's per-name work.
import { detached } from './strings';

/**
 * Values by name, at most `limit` of them (a memo, not a store: edits to names make new keys, so it
 * is cleared when full). Keys are kept detached, so a name never keeps its article alive.
 */
export class NameMemo<V> {
  private readonly values = new Map<string, V>();

  constructor(private readonly limit = 10_000) {}

  get(name: string, compute: (name: string) => V): V {
    let value = this.values.get(name);
    if (value === undefined) {
      value = compute(name);
      if (this.values.size > this.limit) this.values.clear();
      this.values.set(detached(name), value);
    }
    return value;
  }
}
