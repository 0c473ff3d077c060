/** Reads the built-in lexicon's files from disk for the server and the CLI (the service never touches fs). */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LexiconFile } from '../service';

/** The lexicon directory: beside dist/ in the repository and in the VSIX. */
export function builtInLexiconDirectory(): string {
  return resolve(__dirname, '..', 'lexicon');
}

export function readLexiconDirectory(directory: string = builtInLexiconDirectory()): LexiconFile[] {
  const files: LexiconFile[] = [];
  const visit = (dir: string): void => {
    for (const dirent of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, dirent.name);
      if (dirent.isDirectory()) {
        if (dirent.name !== 'schema') visit(path);
      } else if (/\.(ya?ml|json)$/.test(dirent.name)) {
        files.push({ file: pathToFileURL(path).href, text: readFileSync(path, 'utf8') });
      }
    }
  };
  visit(directory);
  return files;
}
