// The workspace's articles for the Claims view: .txt and .md files under the roots, bounded so a
// large monorepo cannot stall the server. Hidden folders and node_modules are skipped.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { formatOf } from '../analysis/analyze';
import { checkText, type CheckSettings } from '../check';
import type { DocumentModel } from '../analysis/types';

const ARTICLE = new Set(['.txt', '.md', '.markdown']);

export function articleFiles(roots: string[], limit = 2000): string[] {
  const out: string[] = [];
  const walk = (dir: string, depth: number) => {
    if (out.length >= limit || depth > 12) return;
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      return;
    }
    for (const name of names) {
      if (name.startsWith('.') || name === 'node_modules' || out.length >= limit) continue;
      const p = join(dir, name);
      let st;
      try {
        st = statSync(p);
      } catch {
        continue;
      }
      if (st.isDirectory()) walk(p, depth + 1);
      else if (ARTICLE.has(extname(name).toLowerCase())) out.push(p);
    }
  };
  for (const r of roots) walk(r, 0);
  return out;
}

/** Models of files on disk, re-analysed only when a file changes. */
export class FileModels {
  private models = new Map<string, { stamp: string; model: DocumentModel }>();

  get(path: string, settings: CheckSettings, maxSize: number): DocumentModel | null {
    let st;
    try {
      st = statSync(path);
    } catch {
      return null;
    }
    if (st.size > maxSize) return null;
    const stamp = `${st.size}:${st.mtimeMs}`;
    const hit = this.models.get(path);
    if (hit?.stamp === stamp) return hit.model;
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      return null;
    }
    const { model } = checkText(text, formatOf(path), settings);
    this.models.set(path, { stamp, model });
    return model;
  }

  clear(): void {
    this.models.clear();
  }
}
