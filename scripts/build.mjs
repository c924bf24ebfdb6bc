// Bundles the client, the server and the CLI with esbuild: three self-contained files in dist/.
import { build } from 'esbuild';
import { chmodSync } from 'node:fs';

const common = { bundle: true, platform: 'node', target: 'es2022', format: 'cjs', sourcemap: false, minify: process.argv.includes('--minify'), logLevel: 'warning', legalComments: 'none' };

await Promise.all([
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] }),
  build({ ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' }),
  // `sourcecheck --stdio` loads dist/server.js beside it: the CLI's own runs do not parse the protocol libraries.
  build({ ...common, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', external: ['./server'] }),
]);
chmodSync('dist/cli.js', 0o755);
