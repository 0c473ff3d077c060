/**
 * The service's BibliographyReader over the file system, for the server and the CLI: a declared path is relative
 * to the document's folder (as LaTeX and pandoc read it when run there), and a file's stamp is its modification
 * time and size, so that the service parses a .bib again only after it changed.
 */
import { dirname, isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BibliographyReader } from '../service';
import { locateFile, readTextFile } from './readText';

/** Far above any real bibliography (PubMed-sized exports run to tens of megabytes); past it a file is not read. */
const MAX_BIBLIOGRAPHY_BYTES = 256 * 1024 * 1024;

export function fileBibliographyReader(): BibliographyReader {
  return {
    locate(documentUri, declaredPath) {
      const document = documentPath(documentUri);
      if (document === undefined) return { missing: 'the document is not a file on disk, so it has no folder to read it from' };
      return locateFile(isAbsolute(declaredPath) ? declaredPath : resolve(dirname(document), declaredPath));
    },
    read(id) {
      const read = readTextFile(id, MAX_BIBLIOGRAPHY_BYTES);
      if ('skipped' in read) throw new Error(`${id}: ${read.skipped}`);
      return read.text;
    },
  };
}

/** A file: URI's path, a plain path as the CLI passes it, or undefined for an unsaved or remote document. */
function documentPath(uri: string): string | undefined {
  if (uri.startsWith('file:')) {
    try {
      return fileURLToPath(uri);
    } catch {
      return undefined;
    }
  }
  return /^[A-Za-z][\w+.-]+:/.test(uri) ? undefined : uri;
}
