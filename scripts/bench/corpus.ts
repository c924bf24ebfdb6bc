// The benchmark's inputs: the BBC News folder (2,225 articles, category/NNN.txt) when present, or
// a generated stand-in of the same shape, and long documents assembled from its articles.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateArticle, seededRandom } from './standin';

export interface Corpus {
  /** The folder the CLIs sweep. */
  root: string;
  files: string[];
  texts: string[];
  /** UTF-8 bytes of all files. */
  bytes: number;
  standIn: boolean;
}

export function loadCorpus(path: string): Corpus {
  const standIn = !existsSync(path);
  const root = standIn ? writeStandIn() : path;
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.txt') && !/^README/i.test(name)) files.push(p);
    }
  };
  walk(root);
  const texts = files.map((f) => readFileSync(f, 'utf8'));
  return { root, files, texts, bytes: texts.reduce((n, t) => n + Buffer.byteLength(t), 0), standIn };
}

/**
 * The stand-in when the BBC folder is absent: 2,225 generated news articles of about 2.2 KB in
 * five folders (the BBC set's size and shape), from a fixed seed, written under the temp folder.
 */
function writeStandIn(): string {
  const root = join(tmpdir(), 'sourcecheck-bench-standin');
  if (existsSync(join(root, 'tech', '445.txt'))) return root;
  const r = seededRandom(2225);
  const folders: Array<[string, number]> = [['business', 510], ['entertainment', 386], ['politics', 417], ['sport', 511], ['tech', 401]];
  for (const [folder, n] of folders) {
    mkdirSync(join(root, folder), { recursive: true });
    for (let i = 1; i <= n; i++) writeFileSync(join(root, folder, `${String(i).padStart(3, '0')}.txt`), generateArticle(r, 14, '\n\n'));
  }
  return root;
}

/**
 * One document of exactly `chars` characters: whole articles, blank-line separated, cut at the end.
 * As Markdown, each article's first line is a heading.
 */
export function assemble(texts: string[], chars: number, markdown = false): string {
  const parts: string[] = [];
  let n = 0;
  for (let i = 0; n < chars; i++) {
    const t = markdown ? `# ${texts[i % texts.length]}` : texts[i % texts.length];
    parts.push(t);
    n += t.length + 2;
  }
  return parts.join('\n\n').slice(0, chars);
}
