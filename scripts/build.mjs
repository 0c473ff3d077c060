// Bundles the client, the server and the CLI with esbuild. Type-checking is `npm run typecheck` (tsc --noEmit).
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';

const production = process.argv.includes('--production');
const common = {
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  minify: production,
  sourcemap: production ? false : 'linked',
  logLevel: 'warning',
  loader: { '.json': 'json' },
};

await Promise.all([
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] }),
  // The mechanism map view's script runs in the webview, a browser page.
  build({ ...common, entryPoints: ['client/webview/mapView.ts'], outfile: 'dist/mapView.js', platform: 'browser', format: 'iife' }),
  build({ ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' }),
  // The server reads and parses workspace lexicons in this worker thread (see lexiconReading.ts).
  build({ ...common, entryPoints: ['server/src/node/lexiconWorker.ts'], outfile: 'dist/lexiconWorker.js' }),
  build({ ...common, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } }),
  // The benchmark runs bundled code, as the server does: tsx's per-module getters would distort the figures.
  ...(process.argv.includes('--bench') ? [build({ ...common, minify: true, entryPoints: ['bench/bench.ts'], outfile: 'dist/bench.js' })] : []),
]);
// The built-in lexicon, parsed once here rather than on every start of the server and the CLI.
await build({ ...common, sourcemap: false, entryPoints: ['server/src/node/precompileLexicon.ts'], outfile: 'dist/precompile-lexicon.js' });
execFileSync(process.execPath, ['dist/precompile-lexicon.js'], { stdio: 'inherit' });
console.log(`built dist/extension.js, dist/server.js, dist/cli.js, dist/lexicon.json${production ? ' (production)' : ''}`);
