/**
 * Workspace lexicons read from disk and parsed, for the server: in a worker thread (lexiconWorker.ts) when the
 * bundle has one, on the calling thread otherwise (tests run from source, or a worker that failed to start).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { LexiconLayer, parseFile, type ParsedFile } from '../service/lexicon/lexicon';
import { readWorkspaceLexiconFiles, type LexiconFolder } from './lexiconFiles';

export interface ParsedLexiconFile {
  readonly file: string;
  readonly text: string;
  /** What the text reads as; absent when it is the text of the previous reply for this file. */
  readonly parsed?: ParsedFile;
}

export interface ParsedWorkspaceLexicons {
  readonly files: readonly ParsedLexiconFile[];
  readonly notes: readonly string[];
}

export interface LexiconReadRequest {
  readonly id: number;
  readonly folders: readonly LexiconFolder[];
}

/** Reads the folders' lexicon files and parses those whose text is not the one in `sent`, which it updates. */
export function readParsedWorkspaceLexicons(folders: readonly LexiconFolder[], sent: Map<string, string>): ParsedWorkspaceLexicons {
  const { files, notes } = readWorkspaceLexiconFiles(folders);
  const parsedFiles = files.map(({ file, text }): ParsedLexiconFile => {
    if (sent.get(file) === text) return { file, text };
    return { file, text, parsed: parseFile({ file, text, layer: LexiconLayer.Workspace }) };
  });
  sent.clear();
  for (const { file, text } of files) sent.set(file, text);
  return { files: parsedFiles, notes };
}

type Reply = { id: number; result: ParsedWorkspaceLexicons } | { id: number; error: string };

/** Reads workspace lexicons off the server's thread; one request at a time (the server's reloads are queued). */
export class WorkspaceLexiconReader {
  readonly #workerPath: string;
  #worker: Worker | undefined;
  #failed = false;
  #next = 0;
  /** The texts the caller was last given readings for, when reading on this thread. */
  readonly #sentHere = new Map<string, string>();

  constructor(workerPath = join(__dirname, 'lexiconWorker.js')) {
    this.#workerPath = workerPath;
  }

  async read(folders: readonly LexiconFolder[]): Promise<ParsedWorkspaceLexicons> {
    const worker = this.#startWorker();
    if (!worker) return readParsedWorkspaceLexicons(folders, this.#sentHere);
    const id = ++this.#next;
    const reply = await new Promise<Reply | Error>((resolve) => {
      const onMessage = (message: Reply): void => {
        if (message.id !== id) return;
        worker.off('error', resolve);
        worker.off('message', onMessage);
        resolve(message);
      };
      worker.on('message', onMessage);
      worker.once('error', resolve);
      worker.postMessage({ id, folders } satisfies LexiconReadRequest);
    });
    if (!(reply instanceof Error)) {
      if ('error' in reply) throw new Error(reply.error);
      return reply.result;
    }
    // The worker died, and with it its record of what it sent: read on this thread from now on, every file afresh.
    this.#failed = true;
    this.#worker = undefined;
    void worker.terminate();
    this.#sentHere.clear();
    return readParsedWorkspaceLexicons(folders, this.#sentHere);
  }

  #startWorker(): Worker | undefined {
    if (this.#worker || this.#failed) return this.#worker;
    if (!existsSync(this.#workerPath)) {
      this.#failed = true;
      return undefined;
    }
    this.#worker = new Worker(this.#workerPath);
    // An idle worker must not keep the server alive after the editor has gone.
    this.#worker.unref();
    return this.#worker;
  }

  dispose(): void {
    void this.#worker?.terminate();
    this.#worker = undefined;
  }
}
