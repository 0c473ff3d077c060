/**
 * The worker thread that reads and parses workspace lexicons for the server. A lexicon of 100,000 entries takes
 * seconds to parse and check against the schema; done on the server's thread, every hover and every keystroke's
 * colours waited for it on each save. Here the reading (which may meet a slow disk) and the parsing happen
 * beside the server, which keeps answering with the lexicon it has until the new one is ready.
 *
 * Each reply carries a file's reading only when its text differs from the one sent last time for that name:
 * the server keeps the readings of unchanged files.
 */
import { parentPort } from 'node:worker_threads';
import { readParsedWorkspaceLexicons, type LexiconReadRequest } from './lexiconReading';

const sent = new Map<string, string>();

parentPort?.on('message', (request: LexiconReadRequest) => {
  try {
    parentPort!.postMessage({ id: request.id, result: readParsedWorkspaceLexicons(request.folders, sent) });
  } catch (error) {
    parentPort!.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) });
  }
});
