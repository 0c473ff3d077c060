#!/usr/bin/env node
/**
 * `npm start`: builds BioLex, installs code-server if needed (scripts/setup-code-server.sh), and serves VS Code in
 * the browser with BioLex installed and examples/ open. Prints the address; runs until Ctrl-C.
 *
 *   npm start                 # http://127.0.0.1:8080/?folder=<repo>/examples
 *   PORT=9000 npm start       # another port (a free one is picked if the port is taken)
 *
 * BioLex is installed by linking this repo into a fresh extensions folder, so a rebuild (`npm run build`) plus
 * "Developer: Reload Window" in the browser picks up changes. User data lives in a temporary folder, removed on exit.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const FOLDER = join(REPO, 'examples');
const CODE_SERVER = join(process.env.BIOLEX_CODE_SERVER_DIR || join(REPO, '.cache/code-server'), 'node_modules/code-server');
const HOST = '127.0.0.1';

function step(title, command, args) {
  console.log(`> ${title}`);
  const result = spawnSync(command, args, { cwd: REPO, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`${title} failed (${result.error?.message ?? `exit ${result.status ?? result.signal}`})`);
    process.exit(1);
  }
}

function listen(port) {
  return new Promise((ok) => {
    const server = createServer();
    server.once('error', () => ok(undefined));
    server.listen(port, HOST, () => {
      const { port: bound } = server.address();
      server.close(() => ok(bound));
    });
  });
}

step('npm run build', 'npm', ['run', 'build']);
step('bash scripts/setup-code-server.sh', 'bash', ['scripts/setup-code-server.sh']);

const wanted = Number(process.env.PORT) || 8080;
const port = (await listen(wanted)) ?? (await listen(0));
if (port !== wanted) console.log(`port ${wanted} is taken; using ${port}`);

const manifest = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8'));
const tmp = mkdtempSync(join(tmpdir(), 'biolex-start-'));
const userData = join(tmp, 'user-data');
const extensions = join(tmp, 'extensions');
mkdirSync(join(userData, 'User'), { recursive: true });
mkdirSync(extensions, { recursive: true });
symlinkSync(REPO, join(extensions, `${manifest.publisher}.${manifest.name}-${manifest.version}`), 'dir');
writeFileSync(
  join(userData, 'User/settings.json'),
  JSON.stringify({ 'workbench.startupEditor': 'none', 'telemetry.telemetryLevel': 'off', 'update.mode': 'none', 'extensions.autoCheckUpdates': false, 'extensions.ignoreRecommendations': true, 'git.openRepositoryInParentFolders': 'never' }, null, 2),
);

const logFile = join(tmp, 'code-server.log');
const log = createWriteStream(logFile);
const server = spawn(
  process.execPath,
  [
    join(CODE_SERVER, 'out/node/entry.js'),
    '--auth', 'none',
    '--bind-addr', `${HOST}:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--user-data-dir', userData,
    '--extensions-dir', extensions,
    FOLDER,
  ],
  { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, CODE_SERVER_CONFIG: join(tmp, 'config.yaml') } },
);
server.stdout.pipe(log);
server.stderr.pipe(log);

let stopping = false;
function stop(code) {
  stopping = true;
  try {
    process.kill(-server.pid, 'SIGTERM'); // code-server's process group: it and the extension hosts it started
  } catch {
    /* already gone */
  }
  setTimeout(() => {
    try {
      process.kill(-server.pid, 'SIGKILL');
    } catch {
      /* gone */
    }
    rmSync(tmp, { recursive: true, force: true });
    process.exit(code);
  }, 1_000);
}
process.on('SIGINT', () => {
  console.log('\nstopping code-server');
  stop(0);
});
process.on('SIGTERM', () => stop(0));
server.on('exit', (code, signal) => {
  if (stopping) return;
  console.error(`code-server stopped (${signal ?? `exit ${code}`}); its log:\n${existsSync(logFile) ? readFileSync(logFile, 'utf8').slice(-4000) : ''}`);
  rmSync(tmp, { recursive: true, force: true });
  process.exit(1);
});

const base = `http://${HOST}:${port}`;
for (let i = 0; ; i++) {
  try {
    if ((await fetch(`${base}/healthz`)).ok) break;
  } catch {
    /* not listening yet */
  }
  if (i > 300) {
    console.error(`code-server did not answer on ${base} within a minute; log: ${logFile}`);
    stop(1);
    break;
  }
  await new Promise((r) => setTimeout(r, 200));
}
if (!stopping) {
  console.log(`\nBioLex is running in VS Code at ${base}/?folder=${FOLDER}`);
  console.log('Open examples/manuscript.md or manuscript.tex and hover over a highlighted entity. Press Ctrl-C to stop.');
}
