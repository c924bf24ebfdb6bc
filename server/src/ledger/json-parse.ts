// Strict JSON with positions. JSON.parse in Node 20 does not always say where the text is broken,
// and a ledger problem must be reported with its line, so the ledger is read with this parser.
// It also records where each object starts, for "entry on line N" messages.

import { LineIndex } from '../analysis/lines';

export class JsonSyntaxError extends Error {
  constructor(message: string, readonly offset: number) {
    super(message);
  }
}

export interface Parsed {
  value: unknown;
  /** Start offset of every object and array in the text. */
  offsets: Map<object, number>;
}

export function parseJson(text: string): Parsed {
  const offsets = new Map<object, number>();
  let i = 0;
  const ws = () => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  const fail = (what: string): never => {
    throw new JsonSyntaxError(i >= text.length ? `unexpected end of file, expected ${what}` : `unexpected ${JSON.stringify(text[i])}, expected ${what}`, i);
  };
  const expect = (c: string, what: string) => {
    ws();
    if (text[i] !== c) fail(what);
    i++;
  };
  const string = (): string => {
    const start = i;
    i++;
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 34 /* " */) break;
      if (c < 0x20) fail('a closing quote (strings cannot span lines)');
      if (c === 92 /* \ */) {
        i++;
        if (text[i] === 'u' ? !/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5)) : !'"\\/bfnrt'.includes(text[i] ?? 'x')) fail('a valid escape');
      }
    }
    if (i >= text.length) fail('a closing quote');
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const value = (): unknown => {
    ws();
    const start = i;
    const c = text[i];
    if (c === '{') {
      i++;
      const obj: Record<string, unknown> = {};
      offsets.set(obj, start);
      ws();
      if (text[i] === '}') {
        i++;
        return obj;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail('a property name in double quotes');
        const key = string();
        expect(':', '":"');
        obj[key] = value();
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return obj;
        }
        fail('"," or "}"');
      }
    }
    if (c === '[') {
      i++;
      const arr: unknown[] = [];
      offsets.set(arr, start);
      ws();
      if (text[i] === ']') {
        i++;
        return arr;
      }
      for (;;) {
        arr.push(value());
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return arr;
        }
        fail('"," or "]"');
      }
    }
    if (c === '"') return string();
    const m = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 400));
    if (!m) fail('a value');
    i += m![0].length;
    return JSON.parse(m![0]);
  };
  const result = value();
  ws();
  if (i < text.length) fail('end of file');
  return { value: result, offsets };
}

/** 1-based line of an offset. */
export const lineAt = (text: string, offset: number): number => new LineIndex(text).positionAt(offset).line + 1;
