#!/usr/bin/env node
/**
 * Runs the end-to-end suite (test/e2e/suite/index.js) against BioLex in a real VS Code: code-server
 * (VS Code in the browser) driven by headless Debian Chromium through playwright-core.
 *
 *   npm run build && bash scripts/setup-code-server.sh   # once
 *   npm run test:e2e
 *
 * How it works: code-server starts on a free port with fresh user-data and extensions folders; Chromium opens
 * the workbench with a `payload` naming BioLex as the extension under development and the suite as its tests,
 * so VS Code runs the suite's run() in the Node extension host. The suite and this runner talk through files in
 * BIOLEX_E2E_RESULT_DIR, an environment variable of the code-server process that the extension host inherits
 * (see the suite's header). VS Code also calls window.codeAutomationExit(code) in the page when run() ends.
 * After the suite's own tests, this runner checks one hover in the page as a person would see it (mouse over
 * GPX4 in manuscript.md) and saves test-results/hover.png.
 *
 * Prints one line per test, the plain closing line `N passed, N failed`, and exits 0 or 1. On failure it keeps a
 * screenshot and the logs in test-results/. Environment (all optional):
 *   BIOLEX_E2E_EXTENSION   extension folder to load (default: this repo)
 *   BIOLEX_E2E_FOLDER      workspace folder to open (default: <repo>/examples)
 *   BIOLEX_CODE_SERVER_DIR where scripts/setup-code-server.sh installed code-server (default: <repo>/.cache/code-server)
 *   BIOLEX_E2E_KEEP=1      keep the temporary user-data folder and print its path
 *   BIOLEX_E2E_GREP=regex  run only the suite's tests whose names match (case-insensitive); the hover check in the
 *                          page runs as always
 */
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const EXTENSION = resolve(process.env.BIOLEX_E2E_EXTENSION || REPO);
const FOLDER = resolve(process.env.BIOLEX_E2E_FOLDER || join(REPO, 'examples'));
const SUITE = join(REPO, 'test/e2e/suite/index.js');
const CODE_SERVER = join(process.env.BIOLEX_CODE_SERVER_DIR || join(REPO, '.cache/code-server'), 'node_modules/code-server');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const RESULTS = join(REPO, 'test-results');

const GLOBAL_TIMEOUT_MS = 5 * 60_000;
const SERVER_READY_MS = 60_000; // code-server answers /healthz
const SUITE_START_MS = 120_000; // the workbench loads and the extension host calls run()
const SUITE_DONE_MS = 150_000; // run() finishes its tests
const HOVER_MS = 20_000;

const t0 = Date.now();
const log = (message) => console.log(`# ${message}`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Polls fn until it returns a truthy value; returns undefined after `timeout` ms. */
async function waitFor(fn, timeout, interval = 250) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await fn();
    if (value) return value;
    if (Date.now() >= deadline) return undefined;
    await sleep(interval);
  }
}

function freePort() {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => ok(port));
    });
  });
}

const readJson = (file) => {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
};

function preflight() {
  const problems = [];
  for (const file of ['dist/extension.js', 'dist/server.js']) {
    if (!existsSync(join(EXTENSION, file))) problems.push(`${join(EXTENSION, file)} is missing: run \`npm run build\` first`);
  }
  if (!existsSync(join(FOLDER, 'manuscript.md'))) problems.push(`${FOLDER}/manuscript.md is missing`);
  if (!existsSync(join(CODE_SERVER, 'out/node/entry.js'))) problems.push(`code-server is not installed in ${CODE_SERVER}: run \`bash scripts/setup-code-server.sh\``);
  if (!existsSync(CHROMIUM)) problems.push(`${CHROMIUM} is missing: run \`bash scripts/setup-code-server.sh\` (installs Debian's chromium)`);
  return problems;
}

// ---- everything the run starts, so that every exit path can stop it ----
let server; // code-server child process (leader of its own process group)
let browser;
let page;
let tmp;
let serverLog = '';
const consoleLines = [];

function killServer(signal) {
  if (!server) return;
  try {
    process.kill(-server.pid, signal); // the group: code-server, its extension host, pty host, file watcher
  } catch {
    /* already gone */
  }
}

async function cleanup() {
  if (browser) await Promise.race([browser.close().catch(() => {}), sleep(5_000)]);
  browser = undefined;
  if (server) {
    killServer('SIGTERM');
    await waitFor(() => server.exitCode !== null || server.signalCode !== null, 5_000, 100);
    killServer('SIGKILL');
    server = undefined;
  }
  if (tmp && process.env.BIOLEX_E2E_KEEP !== '1') rmSync(tmp, { recursive: true, force: true });
}
process.on('exit', () => killServer('SIGKILL')); // last resort; playwright kills the browser it launched on exit
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    console.error(`\n# ${signal}: stopping code-server and Chromium`);
    await cleanup();
    process.exit(130);
  });
}

const tests = []; // { name, ok, durationMs, error }

function report() {
  for (const t of tests) {
    const ms = `(${t.durationMs ?? 0}ms)`;
    if (t.ok) console.log(`✔ ${t.name} ${ms}`);
    else {
      console.log(`✖ ${t.name} ${ms}`);
      for (const line of String(t.error ?? 'failed').split('\n').slice(0, 12)) console.log(`  ${line}`);
    }
  }
  const passed = tests.filter((t) => t.ok).length;
  const failed = tests.length - passed;
  console.log(`ℹ tests ${tests.length}`);
  console.log(`ℹ pass ${passed}`);
  console.log(`ℹ fail ${failed}`);
  console.log(`ℹ duration_ms ${Date.now() - t0}`);
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0 && passed > 0;
}

async function saveFailureArtifacts(page, reason) {
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(join(RESULTS, 'code-server.log'), serverLog);
  writeFileSync(join(RESULTS, 'browser-console.log'), consoleLines.join('\n') + '\n');
  if (page) await page.screenshot({ path: join(RESULTS, 'failure.png') }).catch(() => {});
  console.log(`# ${reason}`);
  console.log(`# artefacts: test-results/failure.png, test-results/code-server.log, test-results/browser-console.log`);
  const show = (title, lines) => lines.length && console.log(`# ${title}:\n${lines.map((l) => `#   ${l}`).join('\n')}`);
  show('code-server log (last lines)', serverLog.trim().split('\n').slice(-25));
  show('browser console errors (last lines)', consoleLines.filter((l) => /^\[(error|pageerror)\]/.test(l)).slice(-10).map((l) => l.split('\n')[0]));
}

/** Finds GPX4 in the editor's rendered line and returns the centre of its glyphs, in page coordinates. */
async function mentionPoint(page, ready) {
  return page.evaluate(({ lineText, character, word }) => {
    const normalise = (s) => s.replace(/\u00a0/g, ' ');
    const lines = [...document.querySelectorAll('.editor-group-container.active .monaco-editor .view-lines .view-line')];
    const line = lines.find((el) => normalise(el.textContent).trimEnd() === lineText.trimEnd());
    if (!line) return undefined;
    const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
    let offset = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const length = node.textContent.length;
      if (character >= offset && character + word.length <= offset + length) {
        const range = document.createRange();
        range.setStart(node, character - offset);
        range.setEnd(node, character - offset + word.length);
        const box = range.getBoundingClientRect();
        return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      }
      offset += length;
    }
    return undefined;
  }, ready);
}

/** The hover as a person sees it: mouse over GPX4; if no widget shows, the command "Show or Focus Hover". */
async function checkHoverInPage(page, ready) {
  const widget = page.locator('.monaco-hover:not(.hidden)', { hasText: ready.word }).first();
  const point = await waitFor(() => mentionPoint(page, ready), 10_000);
  if (!point) throw new Error(`could not find "${ready.lineText}" rendered in the editor`);
  await page.mouse.move(point.x + 40, point.y + 40);
  await page.mouse.move(point.x, point.y, { steps: 4 });
  let how = 'mouse over the mention';
  try {
    await widget.waitFor({ state: 'visible', timeout: HOVER_MS / 2 });
  } catch {
    how = 'command "Show or Focus Hover"';
    await page.keyboard.press('F1');
    await page.keyboard.type('Show or Focus Hover');
    await page.keyboard.press('Enter');
    await widget.waitFor({ state: 'visible', timeout: HOVER_MS / 2 });
  }
  const text = (await widget.innerText()).replace(/\s+/g, ' ').trim();
  if (!text.includes(ready.word)) throw new Error(`hover text lacks ${ready.word}: ${text.slice(0, 200)}`);
  await sleep(300); // let the fade-in finish so the screenshot shows the widget fully drawn
  mkdirSync(RESULTS, { recursive: true });
  await page.screenshot({ path: join(RESULTS, 'hover.png') });
  return { how, text };
}

async function main() {
  // On a fresh clone `npm test` installs code-server (and Debian's chromium) as `npm start` does, unless a
  // runner points BIOLEX_CODE_SERVER_DIR somewhere else.
  if (!process.env.BIOLEX_CODE_SERVER_DIR && (!existsSync(join(CODE_SERVER, 'out/node/entry.js')) || !existsSync(CHROMIUM))) {
    console.log('# code-server or chromium is not installed yet: running bash scripts/setup-code-server.sh');
    const setup = spawnSync('bash', [join(REPO, 'scripts/setup-code-server.sh')], { cwd: REPO, stdio: 'inherit' });
    if (setup.status !== 0) console.log(`# scripts/setup-code-server.sh exited with ${setup.status}`);
  }
  const problems = preflight();
  if (problems.length) {
    tests.push({ name: 'prerequisites', ok: false, durationMs: 0, error: problems.join('\n') });
    return;
  }
  rmSync(join(RESULTS, 'failure.png'), { force: true });
  rmSync(join(RESULTS, 'hover.png'), { force: true });

  tmp = mkdtempSync(join(tmpdir(), 'biolex-e2e-'));
  const userData = join(tmp, 'user-data');
  const extensionsDir = join(tmp, 'extensions');
  const resultDir = join(tmp, 'result');
  mkdirSync(join(userData, 'User'), { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  mkdirSync(resultDir, { recursive: true });
  writeFileSync(
    join(userData, 'User/settings.json'),
    JSON.stringify(
      {
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'workbench.enableExperiments': false,
        'workbench.editor.enablePreview': false,
        'security.workspace.trust.enabled': false,
        'telemetry.telemetryLevel': 'off',
        'update.mode': 'none',
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'extensions.ignoreRecommendations': true,
        'git.enabled': false,
        'git.openRepositoryInParentFolders': 'never',
        'chat.commandCenter.enabled': false,
        'editor.minimap.enabled': false,
        'editor.hover.delay': 300,
        'editor.semanticHighlighting.enabled': true,
      },
      null,
      2,
    ),
  );

  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  log(`code-server on ${base}, folder ${FOLDER}, extension ${EXTENSION}`);
  const logStream = createWriteStream(join(tmp, 'code-server.log'));
  server = spawn(
    process.execPath,
    [
      join(CODE_SERVER, 'out/node/entry.js'),
      '--auth', 'none',
      '--bind-addr', `127.0.0.1:${port}`,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--user-data-dir', userData,
      '--extensions-dir', extensionsDir,
      FOLDER,
    ],
    {
      detached: true, // own process group, so cleanup can stop everything it starts
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        CODE_SERVER_CONFIG: join(tmp, 'config.yaml'),
        BIOLEX_E2E_RESULT_DIR: resultDir,
        BIOLEX_E2E_UI_HOLD: '1',
      },
    },
  );
  for (const stream of [server.stdout, server.stderr]) {
    stream.on('data', (chunk) => {
      serverLog += chunk;
      logStream.write(chunk);
    });
  }
  let serverExit;
  server.on('exit', (code, signal) => (serverExit = signal ?? code));

  const healthy = await waitFor(async () => {
    if (serverExit !== undefined) return 'exited';
    try {
      return (await fetch(`${base}/healthz`)).ok && 'ok';
    } catch {
      return undefined;
    }
  }, SERVER_READY_MS);
  if (healthy !== 'ok') {
    await saveFailureArtifacts(undefined, healthy === 'exited' ? `code-server exited (${serverExit}) before it was ready` : `code-server did not answer ${base}/healthz within ${SERVER_READY_MS / 1000}s`);
    tests.push({ name: 'code-server starts', ok: false, durationMs: Date.now() - t0, error: 'see the code-server log above' });
    return;
  }
  log(`code-server ready after ${Date.now() - t0}ms`);

  const { chromium } = await import('playwright-core');
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on('console', (m) => consoleLines.push(`[${m.type()}] ${m.text()}`));
  page.on('pageerror', (e) => consoleLines.push(`[pageerror] ${e.message}`));
  let automationExit;
  await page.exposeFunction('codeAutomationExit', (code) => {
    automationExit = code;
  });

  const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
  const payload = [
    ['extensionDevelopmentPath', remote(EXTENSION)],
    ['extensionTestsPath', remote(SUITE)],
  ];
  const url = `${base}/?folder=${encodeURIComponent(FOLDER)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  await page.goto(url);

  // 1. run() starts in the extension host.
  const started = await waitFor(() => readJson(join(resultDir, 'started.json')) || automationExit !== undefined || serverExit !== undefined, SUITE_START_MS);
  if (!started || started === true) {
    const why = !started ? `the suite's run() did not start within ${SUITE_START_MS / 1000}s` : automationExit !== undefined ? `the extension host ended (code ${automationExit}) before run() started` : `code-server exited (${serverExit})`;
    await saveFailureArtifacts(page, `${why}; is BIOLEX_E2E_RESULT_DIR reaching the extension host, and does the extension load?`);
    tests.push({ name: 'the suite starts in the extension host', ok: false, durationMs: Date.now() - t0, error: why });
    return;
  }
  log(`run() started after ${Date.now() - t0}ms in VS Code ${started.vscodeVersion}`);

  // 2. run() reports its tests.
  const result = await waitFor(() => readJson(join(resultDir, 'result.json')) || (serverExit !== undefined && 'exit'), SUITE_DONE_MS);
  if (!result || result === 'exit') {
    const why = result === 'exit' ? `code-server exited (${serverExit}) during the suite` : `the suite did not finish within ${SUITE_DONE_MS / 1000}s`;
    await saveFailureArtifacts(page, why);
    tests.push({ name: 'the suite finishes', ok: false, durationMs: Date.now() - t0, error: why });
    return;
  }
  tests.push(...result.tests);
  mkdirSync(RESULTS, { recursive: true });
  copyFileSync(join(resultDir, 'result.json'), join(RESULTS, 'e2e-result.json'));

  // 3. The hover in the page, while the suite keeps manuscript.md open with the cursor on GPX4.
  const hoverStart = Date.now();
  const hoverTest = { name: 'manuscript.md: the hover widget shows GPX4 in the editor', ok: false };
  tests.push(hoverTest);
  try {
    const ready = await waitFor(() => readJson(join(resultDir, 'ui-ready.json')), 30_000);
    if (!ready) throw new Error('the suite did not open manuscript.md for the UI check (no ui-ready.json)');
    const document = readFileSync(join(FOLDER, ready.file), 'utf8').split(/\r?\n/);
    const { how, text } = await checkHoverInPage(page, { ...ready, lineText: document[ready.line] });
    hoverTest.ok = true;
    log(`hover via ${how}: "${text.slice(0, 100)}…" → test-results/hover.png`);
  } catch (error) {
    hoverTest.error = error.message;
  } finally {
    hoverTest.durationMs = Date.now() - hoverStart;
    writeFileSync(join(resultDir, 'ui-done'), '');
  }

  // 4. run() returns; VS Code reports the exit code to the page. Informational: result.json is what counts.
  await waitFor(() => automationExit !== undefined, 15_000);
  log(`extension host test exit code: ${automationExit ?? 'not reported'}`);

  if (tests.some((t) => !t.ok)) await saveFailureArtifacts(page, 'some end-to-end tests failed');
}

let timedOut = false;
const globalTimer = setTimeout(async () => {
  timedOut = true; // main() may still be awaiting; from here on only this handler reports and exits
  tests.push({ name: 'end-to-end run', ok: false, durationMs: Date.now() - t0, error: `global timeout of ${GLOBAL_TIMEOUT_MS / 1000}s` });
  await saveFailureArtifacts(page, `global timeout after ${GLOBAL_TIMEOUT_MS / 1000}s`).catch(() => {});
  await cleanup().catch(() => {});
  report();
  process.exit(1);
}, GLOBAL_TIMEOUT_MS);

let ok = false;
try {
  await main();
} catch (error) {
  if (!timedOut) {
    tests.push({ name: 'end-to-end run', ok: false, durationMs: Date.now() - t0, error: error.stack || String(error) });
    await saveFailureArtifacts(page, `runner error: ${error.message}`).catch(() => {});
  }
} finally {
  if (timedOut) await new Promise(() => {}); // the timeout handler exits the process
  clearTimeout(globalTimer);
  if (tmp && process.env.BIOLEX_E2E_KEEP === '1') log(`kept ${tmp}`);
  await cleanup();
  ok = report();
}
process.exit(ok ? 0 : 1);
