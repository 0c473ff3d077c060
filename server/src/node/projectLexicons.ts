/**
 * Which workspace lexicons a command-line run uses for a file, found as the editor finds them: the workspace
 * folder is the nearest folder above the file that has a `.biolex/` folder, a `.vscode/settings.json` or a
 * `.git` (else the working directory); its `.biolex/` files are read, then the paths of its
 * `biolex.lexicon.paths` setting in `.vscode/settings.json`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The workspace folder of a file (see above). */
export function workspaceFolderOf(file: string, cwd = process.cwd()): string {
  let folder = dirname(resolve(cwd, file));
  for (;;) {
    if (['.biolex', join('.vscode', 'settings.json'), '.git'].some((name) => existsSync(join(folder, name)))) return folder;
    const parent = dirname(folder);
    if (parent === folder) return resolve(cwd);
    folder = parent;
  }
}

/** `biolex.lexicon.paths` of a folder's `.vscode/settings.json` (JSON with comments), or a note on why none. */
export function settingsLexiconPaths(folder: string): { paths: string[]; note?: string } {
  const file = join(folder, '.vscode', 'settings.json');
  if (!existsSync(file)) return { paths: [] };
  try {
    const settings = JSON.parse(withoutComments(readFileSync(file, 'utf8'))) as Record<string, unknown>;
    const paths = settings['biolex.lexicon.paths'];
    if (paths === undefined) return { paths: [] };
    if (!Array.isArray(paths) || !paths.every((p) => typeof p === 'string')) return { paths: [], note: `${file}: biolex.lexicon.paths is not a list of paths; not used` };
    return { paths };
  } catch (error) {
    return { paths: [], note: `${file}: cannot read the settings (${error instanceof Error ? error.message : String(error)}); biolex.lexicon.paths not used` };
  }
}

/** JSON with comments, as VS Code writes settings: comments and trailing commas dropped, strings kept. */
export function withoutComments(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') {
      const start = i;
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
      out += text.slice(start, i + 1);
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
      out += '\n';
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 1;
    } else {
      out += c;
    }
  }
  return out.replace(/,(\s*[}\]])/g, '$1');
}
