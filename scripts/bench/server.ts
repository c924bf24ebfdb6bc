// The language server as an editor sees it (dist/server.js over stdio): memory with 100 articles
// open and over 10,000 edits, hover round trips on a 1 MB document, and how long after the last
// keystroke its diagnostics arrive.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type LspSession } from '../../tests/helpers/lsp';
import { assemble, type Corpus } from './corpus';
import { seededRandom } from './standin';
import { median, p95, type Row } from './stats';

const DEBOUNCE_MS = 200;

/** Resident and peak resident memory of a process, in MB (Linux /proc). */
function memory(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string): number => Number(/(\d+) kB/.exec(status.split('\n').find((l) => l.startsWith(key)) ?? '')?.[1] ?? NaN);
  return { rss: kb('VmRSS:') / 1024, peak: kb('VmHWM:') / 1024 };
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

async function session(heapFile?: string): Promise<{ lsp: LspSession; done: () => Promise<void> }> {
  // An empty workspace, so the workspace index has nothing to read.
  const root = mkdtempSync(join(tmpdir(), 'sourcecheck-bench-ws-'));
  const saved = process.env.NODE_OPTIONS;
  if (heapFile) {
    process.env.NODE_OPTIONS = `--expose-gc --require ${join(__dirname, 'heap-probe.cjs')}`;
    process.env.SOURCECHECK_HEAP_FILE = heapFile;
  }
  const lsp = await startServer({ rootPath: root, settings: { debounceMs: DEBOUNCE_MS } });
  if (saved === undefined) delete process.env.NODE_OPTIONS;
  else process.env.NODE_OPTIONS = saved;
  return { lsp, done: async () => (await lsp.close(), rmSync(root, { recursive: true, force: true })) };
}

/** The server's live heap after a full collection, in MB (through scripts/bench/heap-probe.cjs). */
async function liveHeap(pid: number, file: string): Promise<number> {
  rmSync(file, { force: true });
  process.kill(pid, 'SIGUSR2');
  for (let i = 0; i < 100 && !existsSync(file); i++) await sleep(50);
  return Number(readFileSync(file, 'utf8')) / 1e6;
}

function change(lsp: LspSession, uri: string, version: number, text: string, at: number, remove: number, insert: string): string {
  const pos = (o: number) => {
    const before = text.slice(0, o);
    const line = before.split('\n').length - 1;
    return { line, character: o - (before.lastIndexOf('\n') + 1) };
  };
  lsp.connection.sendNotification('textDocument/didChange', {
    textDocument: { uri, version },
    contentChanges: [{ range: { start: pos(at), end: pos(at + remove) }, text: insert }],
  });
  return text.slice(0, at) + insert + text.slice(at + remove);
}

const published = (lsp: LspSession, uri: string, version: number, timeoutMs = 120_000): Promise<unknown> =>
  lsp.diagnostics(uri, (_d, v) => v === version, timeoutMs);

export async function serverFigures(corpus: Corpus, quick: boolean): Promise<Row[]> {
  const rows: Row[] = [];

  // 100 articles open, then 10,000 single-character edits spread over them: once for RSS as an
  // editor would see it, once more collecting garbage every 1,000 edits to read the live heap.
  const edits = quick ? 2000 : 10_000;
  const heapFile = join(tmpdir(), `sourcecheck-bench-heap-${process.pid}`);
  for (const probe of [false, true]) {
    const { lsp, done } = await session(probe ? heapFile : undefined);
    const pid = lsp.child.pid!;
    const r = seededRandom(11);
    const docs = corpus.texts.slice(0, 100).map((text, i) => ({ uri: `file:///bench/article-${i}.txt`, text, version: 1 }));
    const base = memory(pid).rss;
    await Promise.all(docs.map((d) => (lsp.open(d.uri, d.text), published(lsp, d.uri, 1))));
    const open = memory(pid);
    const samples: number[] = [];
    for (let i = 1; i <= edits; i++) {
      const d = docs[Math.floor(r() * docs.length)];
      const at = Math.floor(r() * d.text.length);
      // Type a character or delete one, so the articles keep their size.
      d.text = r() < 0.5 && d.text.length > 10 ? change(lsp, d.uri, ++d.version, d.text, at, 1, '') : change(lsp, d.uri, ++d.version, d.text, at, 0, 'e');
      if (i % 100 === 0) {
        await published(lsp, d.uri, d.version); // let the debounce fire: edits arrive in bursts, as typing does
        if (i % 1000 === 0) samples.push(probe ? await liveHeap(pid, heapFile) : memory(pid).rss);
      }
    }
    const half = samples[samples.length / 2 - 1];
    const last = samples[samples.length - 1];
    const marks = `at 1,000 / ${(edits / 2).toLocaleString('en')} / ${edits.toLocaleString('en')} edits: ${samples[0].toFixed(0)} / ${half.toFixed(0)} / ${last.toFixed(0)} MB`;
    if (!probe) {
      rows.push({ measure: 'Server RSS with 100 articles open', samples: [open.rss], unit: 'MB', target: '< 150 MB', ok: open.peak < 150, note: `peak ${open.peak.toFixed(0)} MB; idle server ${base.toFixed(0)} MB` });
      rows.push({ measure: `Server RSS over ${edits.toLocaleString('en')} edits (every 1,000)`, samples, unit: 'MB', target: 'no growth after warm-up', ok: last - half < 10, note: `${marks}; peak ${memory(pid).peak.toFixed(0)} MB` });
    } else {
      rows.push({ measure: 'Server live heap after a full GC, same edits (every 1,000)', samples, unit: 'MB', target: 'no growth after warm-up', ok: last - samples[0] < 5, note: marks });
    }
    await done();
  }
  rmSync(heapFile, { force: true });

  // A 1 MB document: hovers when settled, hovers right after an edit, diagnostics after typing stops.
  rows.push(...(await longDocument(corpus, 'plaintext', quick)));
  // The same in Markdown (each article's title a heading), parsed chunk by chunk.
  rows.push(...(await longDocument(corpus, 'markdown', quick)));
  return rows;
}

/** Opening, hovering and typing in a 1 MB document of `format`, over the protocol. */
async function longDocument(corpus: Corpus, format: 'plaintext' | 'markdown', quick: boolean): Promise<Row[]> {
  const rows: Row[] = [];
  const markdown = format === 'markdown';
  const of = markdown ? ', Markdown' : '';
  const r = seededRandom(12);
  const { lsp, done } = await session();
  const uri = markdown ? 'file:///bench/long.md' : 'file:///bench/long.txt';
  let text = assemble(corpus.texts, 1_000_000, markdown);
  let version = 1;
  let t = performance.now();
  lsp.open(uri, text, format);
  await published(lsp, uri, 1);
  rows.push({ measure: `Server: open 1 MB${of}, first diagnostics`, samples: [performance.now() - t], unit: 'ms' });
  const lines = text.split('\n');
  const hover = async (): Promise<number> => {
    const line = Math.floor(r() * lines.length);
    const start = performance.now();
    await lsp.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character: Math.floor(r() * (lines[line].length + 1)) } });
    return performance.now() - start;
  };
  // Other features do whole-document work once per version (ledger, index): let it finish first.
  for (let calm = 0, start = performance.now(); calm < 10 && performance.now() - start < 10_000; ) calm = (await hover()) < 5 ? calm + 1 : 0;
  const settled: number[] = [];
  for (let i = 0; i < (quick || markdown ? 50 : 300); i++) settled.push(await hover());
  rows.push({ measure: `Hover round trip on 1 MB${of} (LSP, settled)`, samples: settled, unit: 'ms', target: '< 5 ms p95', ok: p95(settled) < 5 });

  const afterEdit: number[] = [];
  const latency: number[] = [];
  const mid = text.length >> 1;
  for (let burst = 0; burst < (quick ? 4 : markdown ? 8 : 15); burst++) {
    // Typing: 10 characters 40 ms apart, a hover right after one of them, then the wait for diagnostics.
    for (let k = 0; k < 10; k++) {
      text = change(lsp, uri, ++version, text, mid + k, 0, 'x');
      if (k === 5) afterEdit.push(await hover());
      await sleep(40);
    }
    t = performance.now();
    await published(lsp, uri, version);
    latency.push(performance.now() - t + 40);
    for (let k = 0; k < 10; k++) text = change(lsp, uri, ++version, text, mid, 1, '');
    await published(lsp, uri, version);
  }
  rows.push({ measure: `Hover round trip on 1 MB${of} right after an edit (LSP)`, samples: afterEdit, unit: 'ms', note: 'includes bringing the analysis up to date' });
  rows.push({
    measure: `Diagnostics after the last keystroke, 1 MB${of} (debounce ${DEBOUNCE_MS} ms)`,
    samples: latency,
    unit: 'ms',
    target: `≤ ${DEBOUNCE_MS} ms`,
    ok: median(latency) <= DEBOUNCE_MS,
  });
  await done();
  return rows;
}
