// Empty lists meant for objects, one per sentence. V8 gives an empty literal `[]` the elements kind
// of small integers and changes it when the first object goes in, so per-sentence lists would come in
// two shapes: code optimised while it saw one is thrown away when it meets the other (the
// "wrong map" deoptimisations of docs/performance.md). A list made with an object in it and emptied
// has the objects' kind from the start, empty or not.
const PLACEHOLDER = Object.freeze({});

/** n empty lists, each already of V8's elements kind for objects. */
export function emptyObjectLists<T extends object>(n: number): T[][] {
  const lists = new Array<T[]>(n);
  for (let i = 0; i < n; i++) {
    const list = [PLACEHOLDER as T];
    list.pop();
    lists[i] = list;
  }
  return lists;
}
