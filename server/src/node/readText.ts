/**
 * Reading a manuscript or a lexicon file from disk as text, safely: only regular files (a FIFO, a device such as
 * /dev/zero, a socket is skipped with the reason, and is opened without blocking so that a FIFO with no writer
 * cannot hang the reader), at most `maxBytes` (counted while reading, not taken from the reported size, which is 0
 * for devices), and decoded by its byte-order mark: UTF-8 (the mark dropped, so that line-1 columns are right),
 * UTF-16 LE or BE; UTF-8 without a mark otherwise.
 */
import { closeSync, constants, fstatSync, openSync, readSync, statSync } from 'node:fs';

export type TextRead = { readonly text: string } | { readonly skipped: string };

export function readTextFile(path: string, maxBytes: number): TextRead {
  // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer, for ever.
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return { skipped: `not a regular file (${kindOf(stats)}); not read` };
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(1 << 20, maxBytes + 1 - total));
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      chunks.push(chunk.subarray(0, read));
      total += read;
      if (total > maxBytes) return { skipped: `more than ${maxBytes.toLocaleString('en')} bytes; not read` };
    }
    return { text: decodeText(Buffer.concat(chunks, total)) };
  } finally {
    closeSync(fd);
  }
}

/** Text of `bytes` by their byte-order mark: UTF-8 (mark dropped), UTF-16 LE or BE; UTF-8 without a mark. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes);
}

function kindOf(stats: ReturnType<typeof fstatSync>): string {
  if (stats.isFIFO()) return 'a named pipe';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isSocket()) return 'a socket';
  if (stats.isDirectory()) return 'a directory';
  return 'not a file';
}

/**
 * A file a document names (a .bib, an included .tex), found for reading: its path as the id and a stamp that changes
 * whenever the file does (modification time and size), or why there is none to read.
 */
export function locateFile(path: string): { readonly id: string; readonly stamp: string } | { readonly missing: string } {
  try {
    const stats = statSync(path);
    if (stats.isDirectory()) return { missing: `${path} is a folder` };
    if (!stats.isFile()) return { missing: `${path} is not a file` };
    return { id: path, stamp: `${stats.mtimeMs}:${stats.size}` };
  } catch {
    return { missing: `no file ${path}` };
  }
}
