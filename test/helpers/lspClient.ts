/**
 * A minimal LSP client for tests: starts the bundled dist/server.js over stdio, answers the requests a
 * server sends to its client, and records what the server sends. Run `npm run build` first.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';

const SERVER = resolve(__dirname, '../../dist/server.js');

export interface TestServer {
  readonly connection: MessageConnection;
  /** Notifications and requests from the server, in order: method and params. */
  readonly received: { method: string; params: unknown }[];
  stop(): Promise<void>;
}

export interface TestServerOptions {
  readonly workspaceFolders?: { uri: string; name: string }[];
  readonly initializationOptions?: unknown;
  /** The `biolex` section `workspace/configuration` answers with. */
  readonly settings?: unknown;
}

export async function startServer(options: TestServerOptions = {}): Promise<TestServer> {
  const child: ChildProcess = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const received: { method: string; params: unknown }[] = [];
  const settings = options.settings ?? { enable: true, languages: ['markdown', 'latex'] };
  connection.onNotification((method, params) => received.push({ method, params }));
  connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => settings));
  connection.onRequest((method, params) => {
    received.push({ method, params });
    return null;
  });
  connection.listen();
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    workspaceFolders: options.workspaceFolders ?? null,
    initializationOptions: options.initializationOptions,
    capabilities: {
      workspace: {
        configuration: true,
        workspaceFolders: true,
        didChangeWatchedFiles: { dynamicRegistration: false },
        semanticTokens: { refreshSupport: true },
        diagnostics: { refreshSupport: true },
      },
      window: { showDocument: { support: true } },
    },
  });
  await connection.sendNotification('initialized', {});
  return {
    connection,
    received,
    async stop() {
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      connection.dispose();
      child.kill();
    },
  };
}

/** Polls `fn` until it returns a truthy value; fails after `timeoutMs` with `what` and the last value. */
export async function waitFor<T>(fn: () => Promise<T> | T, what: string, timeoutMs = 10_000): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  for (let delay = 20; ; delay = Math.min(delay * 2, 200)) {
    last = await fn();
    if (last) return last as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what} (last: ${JSON.stringify(last)})`);
    await new Promise((r) => setTimeout(r, delay));
  }
}

/** A diagnostic as the server sends it over the wire. */
export interface LspDiagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  code: string;
  severity: number;
  source: string;
  message: string;
}

/** The document's diagnostics, pulled as an editor pulls them. */
export async function pullDiagnostics(server: TestServer, uri: string): Promise<LspDiagnostic[]> {
  return ((await server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as { items: LspDiagnostic[] }).items;
}
