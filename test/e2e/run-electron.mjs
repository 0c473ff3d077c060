#!/usr/bin/env node
/**
 * Runs the end-to-end suite (test/e2e/suite/index.js) in desktop VS Code through @vscode/test-electron, for
 * contributors whose machines can download VS Code (the first run fetches it into .vscode-test/).
 *
 *   npm run build && npm run test:e2e:electron
 *   VSCODE_VERSION=1.90.0 npm run test:e2e:electron    # the oldest VS Code that package.json's engines allows
 *
 * On Linux without a display, wrap it in `xvfb-run -a`. CI uses test/e2e/run-code-server.mjs instead, which
 * needs no download. Both load the same suite; this one prints the same summary and closing line.
 */
import { runTests } from '@vscode/test-electron';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const resultDir = mkdtempSync(join(tmpdir(), 'biolex-e2e-electron-'));

for (const file of ['dist/extension.js', 'dist/server.js']) {
  if (!existsSync(join(REPO, file))) {
    console.error(`${file} is missing: run \`npm run build\` first`);
    process.exit(1);
  }
}

let exitCode = 1;
let runError;
try {
  exitCode = await runTests({
    version: process.env.VSCODE_VERSION || 'stable',
    extensionDevelopmentPath: REPO,
    extensionTestsPath: join(REPO, 'test/e2e/suite/index.js'),
    extensionTestsEnv: { BIOLEX_E2E_RESULT_DIR: resultDir },
    launchArgs: [join(REPO, 'examples'), '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
  });
} catch (error) {
  runError = error;
}

let tests = [];
try {
  tests = JSON.parse(readFileSync(join(resultDir, 'result.json'), 'utf8')).tests;
} catch {
  const why = String(runError?.message ?? runError ?? 'no result.json was written');
  const hint = /ENOTFOUND|ECONNREFUSED|download/i.test(why) ? '\n(VS Code could not be downloaded here: use `npm run test:e2e`, which runs the same suite in code-server)' : '';
  tests = [{ name: 'the suite runs in VS Code', ok: false, error: why + hint }];
}
rmSync(resultDir, { recursive: true, force: true });

for (const t of tests) {
  console.log(`${t.ok ? '✔' : '✖'} ${t.name} (${t.durationMs ?? 0}ms)`);
  if (!t.ok) for (const line of String(t.error).split('\n').slice(0, 12)) console.log(`  ${line}`);
}
const passed = tests.filter((t) => t.ok).length;
const failed = tests.length - passed;
console.log(`ℹ tests ${tests.length}`);
console.log(`ℹ pass ${passed}`);
console.log(`ℹ fail ${failed}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 && exitCode === 0 ? 0 : 1);
