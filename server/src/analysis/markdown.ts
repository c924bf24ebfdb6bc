// Markdown is parsed with mdast-util-from-markdown (micromark, CommonMark-exact positions). We keep
// only prose: the text of paragraphs and headings, including link text, and blank everything else
// (markup, code, HTML, front matter, URLs) to spaces, so offsets into the prose are offsets into
// the document.
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatter } from 'micromark-extension-frontmatter';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { boundedChunks } from './markdown-limits';
import { chunked, rechunked, type Chunked } from './markdown-rechunk';
import type { BlockKind, Span } from './types';

export interface RawBlock extends Span {
  kind: BlockKind;
}

interface MdNode {
  type: string;
  children?: MdNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

/** A chunk's prose (its length) and blocks, offsets from the chunk's start. */
interface ChunkProse {
  prose: string;
  blocks: RawBlock[];
}

/**
 * The chunks of an editor's last two parses of one document, by text: a keystroke re-parses only the
 * chunk it touched (markdown-limits.ts keeps the other chunks the same strings), and undo finds the
 * one before. Owned by the incremental analyzer; analyze() parses without one.
 */
export class MarkdownChunkCache {
  recent = new Map<string, ChunkProse>();
  older = new Map<string, ChunkProse>();
  /** The first chunk apart: only it may hold front matter, so the same text parses differently there. */
  first: { text: string; part: ChunkProse } | null = null;
  /** Chunks parsed, for tests and benchmarks. */
  parsed = 0;
  /** The chunks of the last text asked about, so that estimating an update and running it cut once, and the next text is cut from them. */
  private last: Chunked | null = null;

  chunksOf(text: string): Array<{ start: number; text: string }> {
    if (this.last?.text !== text) this.last = this.last ? rechunked(this.last, text) : chunked(text);
    return this.last.chunks;
  }

  /** A chunk's prose and blocks from a recent parse, if any (the first chunk only as a first chunk). */
  cached(chunk: string, first: boolean): ChunkProse | undefined {
    return first ? (this.first?.text === chunk ? this.first.part : undefined) : (this.recent.get(chunk) ?? this.older.get(chunk));
  }

  /** Characters of `text` in chunks no recent parse has seen: what parsing it would cost. */
  uncached(text: string): number {
    let n = 0;
    this.chunksOf(text).forEach((c, i) => (n += this.cached(c.text, i === 0) ? 0 : c.text.length));
    return n;
  }
}

export function parseMarkdown(original: string, cache?: MarkdownChunkCache): { prose: string; blocks: RawBlock[] } {
  const parse = new MarkdownParse(original, cache);
  parse.step(Infinity);
  return parse.result();
}

/**
 * A parse that can stop between chunks: the editor parses a long document in slices between
 * requests. Chunked and depth-limited so that no document can make the parser hang
 * (markdown-limits.ts). The cache learns the chunks only when the parse completes.
 */
export class MarkdownParse {
  private readonly chunks: Array<{ start: number; text: string }>;
  private next = 0;
  private prose = '';
  private readonly blocks: RawBlock[] = [];
  private readonly used = new Map<string, ChunkProse>();
  private readonly parts: string[] = [];

  constructor(original: string, private readonly cache?: MarkdownChunkCache) {
    this.chunks = cache ? cache.chunksOf(original) : boundedChunks(original);
  }

  /** Parses chunks until performance.now() passes `deadline`; true when all are parsed. */
  step(deadline: number): boolean {
    const { chunks, cache, used } = this;
    for (; this.next < chunks.length; this.next++) {
      if (deadline !== Infinity && performance.now() > deadline) return false;
      const { start, text } = chunks[this.next];
      const first = this.next === 0;
      const cached = (first ? undefined : used.get(text)) ?? cache?.cached(text, first);
      const part = cached ?? parseChunk(text, first);
      if (cache && !cached) cache.parsed++;
      if (!first) used.set(text, part);
      else if (cache) cache.first = { text, part };
      this.prose += part.prose;
      this.parts.push(part.prose);
      for (const b of part.blocks) this.blocks.push({ kind: b.kind, start: b.start + start, end: b.end + start });
    }
    if (cache && cache.recent !== used) {
      cache.older = cache.recent;
      cache.recent = used;
    }
    return true;
  }

  result(): { prose: string; blocks: RawBlock[] } {
    if (this.next < this.chunks.length) throw new Error('sourcecheck: the Markdown parse is not finished');
    return { prose: this.prose, blocks: this.blocks };
  }

  /** Each chunk's prose, in order: equal objects are equal prose (the cache hands out the same object for the same chunk). */
  proseParts(): string[] {
    return this.parts;
  }
}

export function parseChunk(text: string, first: boolean): ChunkProse {
  const tree = fromMarkdown(text, first ? { extensions: [frontmatter(['yaml', 'toml'])], mdastExtensions: [frontmatterFromMarkdown(['yaml', 'toml'])] } : {}) as unknown as MdNode;
  const chars = blankCopy(text);
  const blocks: RawBlock[] = [];

  const copyText = (node: MdNode): void => {
    const s = node.position?.start.offset;
    const e = node.position?.end.offset;
    if (s === undefined || e === undefined) return;
    for (let i = s; i < e; i++) {
      chars[i] = text[i];
      // A text node that runs over lines spans the container prefixes ("> ") of the lines it
      // continues on; those are markup, and a paragraph line cannot start with a literal ">".
      if (text[i] === '\n') while (i + 1 < e && (text[i + 1] === '>' || text[i + 1] === ' ' || text[i + 1] === '\t')) i++;
    }
  };
  // Iterative: emphasis can nest thousands deep (a run of 16,000 asterisks), past the call stack.
  const collectInline = (root: MdNode): void => {
    const stack = [...(root.children ?? [])].reverse();
    while (stack.length) {
      const child = stack.pop()!;
      if (child.type === 'text') copyText(child);
      else if (child.type === 'inlineCode' || child.type === 'html' || child.type === 'image') continue;
      else for (let k = (child.children?.length ?? 0) - 1; k >= 0; k--) stack.push(child.children![k]); // emphasis, strong, link: their text, not their markers
    }
  };
  const walk = (node: MdNode, context: BlockKind): void => {
    for (const child of node.children ?? []) {
      const s = child.position?.start.offset;
      const e = child.position?.end.offset;
      if (child.type === 'paragraph' || child.type === 'heading') {
        if (s === undefined || e === undefined) continue;
        collectInline(child);
        blocks.push({ kind: child.type === 'heading' ? 'heading' : context, start: s, end: e });
      } else if (child.type === 'blockquote') {
        walk(child, 'quote');
      } else if (child.type === 'listItem' || child.type === 'list') {
        walk(child, context === 'quote' ? 'quote' : 'list-item');
      } else if (child.type === 'table' || child.type === 'tableRow' || child.type === 'tableCell') {
        continue; // tables are data, not prose
      } else if (child.children) {
        walk(child, context);
      }
    }
  };
  walk(tree, 'paragraph');
  blocks.sort((a, b) => a.start - b.start);
  return { prose: chars.join(''), blocks };
}

/** Spaces of the same length as text, keeping line breaks so positions stay on their lines. */
function blankCopy(text: string): string[] {
  const out = new Array<string>(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[i] = c === 10 || c === 13 ? text[i] : ' ';
  }
  return out;
}
