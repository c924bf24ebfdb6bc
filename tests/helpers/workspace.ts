// A throwaway workspace of articles for the workspace-index, links and requests protocol tests:
// the seed, an article whose title is the seed's second cross-link headline, a second article
// quoting Pete Hegseth, and files the index must leave out.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startServer, type LspSession } from './lsp';
import { seedText } from './seed';

export const TARIFFS_MD = `# Trump Warns India of “Massive” Tariffs Over Russian Oil Purchases

US President Donald Trump warned on Tuesday that India would face massive tariffs if it kept buying Russian oil.

“India has been a very bad trading partner,” Trump told reporters at the White House.

Defense Secretary Pete Hegseth said the defense framework with India would not be affected by the trade dispute.
`;

export const MANILA_TXT = `Hegseth Reassures Manila on Alliance
US Defense Secretary Pete Hegseth said on Monday that the alliance with the Philippines was stronger than ever.
Read More: Trump Warns India of Massive Tariffs Over Russian Oil Purchases
`;

export interface TempWorkspace {
  root: string;
  uri(rel: string): string;
  path(rel: string): string;
  write(rel: string, text: string | Uint8Array): void;
  remove(): void;
}

export function makeWorkspace(): TempWorkspace {
  const root = mkdtempSync(join(tmpdir(), 'sc-ws-'));
  const ws: TempWorkspace = {
    root,
    uri: (rel) => pathToFileURL(join(root, rel)).href,
    path: (rel) => join(root, rel),
    write(rel, text) {
      mkdirSync(join(root, rel, '..'), { recursive: true });
      writeFileSync(join(root, rel), text);
    },
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
  ws.write('seed.txt', seedText());
  ws.write('tariffs.md', TARIFFS_MD);
  ws.write('notes/manila.txt', MANILA_TXT);
  // Left out: dependencies, dot-folders, binary and oversized files, other extensions.
  ws.write('node_modules/pkg/README.md', '# Pete Hegseth\nPete Hegseth said nothing here.\n');
  ws.write('.git/notes.txt', 'Pete Hegseth said nothing here either.\n');
  ws.write('photo.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]));
  ws.write('dump.txt', 'Pete Hegseth said so. '.repeat(5000));
  ws.write('data.json', '{"Pete Hegseth": "said"}\n');
  return ws;
}

/** Settings for these tests: dump.txt (110,000 characters) is over the size limit. */
export const WS_SETTINGS = { maxDocumentSize: 100_000, debounceMs: 10 };

/** Runs body against a language server whose workspace is ws, then shuts the server down. */
export async function withServer(ws: TempWorkspace, options: Parameters<typeof startServer>[0], body: (s: LspSession) => Promise<void>): Promise<void> {
  const s = await startServer({ rootPath: ws.root, settings: WS_SETTINGS, ...options });
  try {
    await body(s);
  } finally {
    await s.close();
  }
}
