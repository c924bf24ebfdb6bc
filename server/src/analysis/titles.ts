// Article titles and headline keys: how a cross-link's headline finds the article it promotes.
// A title is the first Markdown H1 (ATX or setext) or else the first non-empty line; two headlines
// match when they are equal after folding case, accents, quotes and punctuation.
import type { Span } from './types';

export interface Title extends Span {
  text: string;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX_H1 = /^( {0,3}#[ \t]+)(.*?)(?:[ \t]+#+)?[ \t]*$/;
const SETEXT_H1 = /^ {0,3}=+[ \t]*$/;

export function articleTitle(text: string, format: 'plaintext' | 'markdown'): Title | null {
  const lines = splitLines(text);
  let first: Title | null = null;
  let i = 0;
  if (format === 'markdown' && lines.length && /^(---|\+\+\+)[ \t]*$/.test(lines[0].text)) {
    const close = lines[0].text.trim() === '---' ? /^(---|\.\.\.)[ \t]*$/ : /^\+\+\+[ \t]*$/;
    const end = lines.findIndex((l, k) => k > 0 && close.test(l.text));
    if (end > 0) i = end + 1;
  }
  let fence: string | null = null;
  for (; i < lines.length; i++) {
    const { text: line, start } = lines[i];
    if (format === 'markdown') {
      const f = FENCE.exec(line);
      if (fence) {
        if (f && f[1][0] === fence[0] && f[1].length >= fence.length) fence = null;
        continue;
      }
      if (f) {
        fence = f[1];
        continue;
      }
      const atx = ATX_H1.exec(line);
      if (atx && atx[2].trim()) return trimmed(atx[2], start + atx[1].length);
      if (line.trim() && i + 1 < lines.length && SETEXT_H1.test(lines[i + 1].text)) return trimmed(line, start);
    }
    if (!first && line.trim()) {
      const lead = /^[ \t>]*(?:#+[ \t]+)?/.exec(line)![0].length;
      first = trimmed(line.slice(lead).replace(/[ \t]+#+[ \t]*$/, ''), start + lead);
      if (format === 'plaintext') return first;
    }
  }
  return first;
}

function trimmed(s: string, offset: number): Title | null {
  const lead = s.length - s.trimStart().length;
  const t = s.trim();
  if (!t) return null;
  return { start: offset + lead, end: offset + lead + t.length, text: inlineText(t) };
}

/** Markdown inline markup to its text: links and images keep their label, emphasis loses its markers. */
function inlineText(s: string): string {
  return s
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|\*|_|`)(\S(?:.*?\S)?)\1/g, '$2')
    .replace(/\s+/g, ' ');
}

function splitLines(text: string): Array<{ text: string; start: number }> {
  const out: Array<{ text: string; start: number }> = [];
  const re = /([^\r\n]*)(\r\n|\r|\n|$)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ text: m[1], start: m.index });
    if (!m[2] || out.length > 200) break; // a title is near the top: never scan a whole book
  }
  return out;
}

/** The comparison key of a headline: "Trump Says ‘Beautiful Planes’" and "trump says beautiful planes" match. */
export function headlineKey(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘`´ʼ"“”«»„‹›]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Titles of a set of files, for resolving cross-links among them (the CLI's files, the workspace). */
export class TitleIndex {
  private byKey = new Map<string, string[]>();

  add(path: string, title: string | null | undefined): void {
    const key = title ? headlineKey(title) : '';
    if (!key) return;
    const list = this.byKey.get(key) ?? [];
    if (!list.includes(path)) list.push(path);
    this.byKey.set(key, list);
  }

  /** The file whose title matches the headline, never the linking file itself; the first by path order. */
  resolve(headline: string, self?: string): string | null {
    const list = this.byKey.get(headlineKey(headline));
    return list?.filter((p) => p !== self).sort()[0] ?? null;
  }
}
