// Inline ignore comments: `sourcecheck-disable-next-line [rule …]`, `sourcecheck-disable [rule …]`
// … `sourcecheck-enable [rule …]`. In Markdown they are HTML comments; in plain text, lines that
// start with a configurable line-comment prefix ("//" by default). Directive lines are not prose.
import { escapeRegExp } from '../util/patterns';

export interface Directive {
  /** 0-based line of the directive. */
  line: number;
  kind: 'disable-next-line' | 'disable' | 'enable';
  /** Rule ids, or null for every rule. */
  rules: string[] | null;
  start: number;
  end: number;
}

const BODY = String.raw`sourcecheck-(disable-next-line|disable|enable)\b([^\r\n]*?)`;

export function findDirectives(text: string, format: 'plaintext' | 'markdown', commentPrefix = '//'): Directive[] {
  // (a check asks twice of the same text, the analysis for the prose and the rules for what to
  // silence: the second time is the first's answer, not another scan of the article)
  if (text === last.text && format === last.format && commentPrefix === last.prefix) return last.found;
  const found = scan(text, format, commentPrefix);
  last = { text, format, prefix: commentPrefix, found };
  return found;
}

let last: { text: string; format: string; prefix: string; found: Directive[] } = { text: '', format: '', prefix: '', found: [] };

function scan(text: string, format: 'plaintext' | 'markdown', commentPrefix: string): Directive[] {
  // Most articles have none: one substring search instead of a line-anchored scan.
  if (!text.includes('sourcecheck-')) return [];
  const re = format === 'markdown'
    ? new RegExp(String.raw`<!--\s*${BODY}\s*-->`, 'g')
    : new RegExp(String.raw`^[ \t]*${escapeRegExp(commentPrefix)}[ \t]*${BODY}[ \t]*$`, 'gm');
  const out: Directive[] = [];
  let line = 0;
  let scanned = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    line += countLines(text, scanned, m.index);
    scanned = m.index;
    const rules = m[2].split(/[\s,]+/).filter(Boolean);
    out.push({ line, kind: m[1] as Directive['kind'], rules: rules.length ? rules : null, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Plain-text directive lines blanked to spaces (same length), so they are never analysed. */
export function blankDirectives(text: string, directives: Directive[]): string {
  if (!directives.length) return text;
  let out = '';
  let last = 0;
  for (const d of directives) {
    out += text.slice(last, d.start) + ' '.repeat(d.end - d.start);
    last = d.end;
  }
  return out + text.slice(last);
}

/** Is a finding of `rule` starting on `line` silenced by the directives? */
export function isSuppressed(directives: Directive[], rule: string, line: number): boolean {
  let disabledAll = false;
  const disabled = new Set<string>();
  for (const d of directives) {
    if (d.line >= line) {
      if (d.kind === 'disable-next-line' && d.line === line - 1 && (!d.rules || d.rules.includes(rule))) return true;
      if (d.line > line) break;
      continue;
    }
    if (d.kind === 'disable-next-line') {
      if (d.line === line - 1 && (!d.rules || d.rules.includes(rule))) return true;
    } else if (d.kind === 'disable') {
      if (!d.rules) disabledAll = true;
      else d.rules.forEach((r) => disabled.add(r));
    } else if (!d.rules) {
      disabledAll = false;
      disabled.clear();
    } else {
      d.rules.forEach((r) => disabled.delete(r));
    }
  }
  return disabledAll || disabled.has(rule);
}

function countLines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) n++;
  }
  return n;
}
