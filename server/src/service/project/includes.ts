/**
 * The files a LaTeX source brings in: `\input{x}` and TeX's `\input x`, `\include{x}`, `\subfile{x}`, and the
 * import package's `\import{dir/}{x}`, `\subimport{dir/}{x}` (with their `*`, `inputfrom` and `includefrom`
 * kin), outside comments, verbatim and math.
 */
import { Markup } from '../analysis';
import { citableSource } from '../bibliography/citationContext';

export enum IncludeKind {
  /** `\input`, `\include`, `\subfile`: the path is relative to the importing base (the root's folder, as LaTeX runs there). */
  Input = 'input',
  /** `\import{dir}{x}`: `dir` is relative to the root's folder (or absolute), and becomes the base of what x brings in. */
  Import = 'import',
  /** `\subimport{dir}{x}`: `dir` is relative to the current base, and becomes the base of what x brings in. */
  Subimport = 'subimport',
}

export interface IncludeCommand {
  readonly kind: IncludeKind;
  /** The command as written, without the backslash: `input`, `subimport*`… */
  readonly command: string;
  /** The import commands' folder argument, as written. */
  readonly directory?: string;
  /** The file argument, as written (with or without `.tex`). */
  readonly path: string;
  /** Source range of the whole command, from the backslash to the closing brace. */
  readonly start: number;
  readonly end: number;
}

const INCLUDE = /\\(input|include|subfile|(?:sub)?(?:import|inputfrom|includefrom))(?![A-Za-z@])(\*?)/g;

export function findIncludes(source: string): IncludeCommand[] {
  const visible = citableSource(source, Markup.Latex);
  const includes: IncludeCommand[] = [];
  for (const match of visible.matchAll(INCLUDE)) {
    const name = match[1]!;
    const after = match.index + match[0].length;
    const kind = /^sub(?:import|inputfrom|includefrom)$/.test(name) ? IncludeKind.Subimport : /^(?:import|inputfrom|includefrom)$/.test(name) ? IncludeKind.Import : IncludeKind.Input;
    const command = name + match[2]!;
    if (kind === IncludeKind.Input) {
      const argument = braced(visible, after) ?? (name === 'input' ? bareFileName(visible, after) : undefined);
      if (argument && argument.text.trim() !== '') includes.push({ kind, command, path: argument.text.trim(), start: match.index, end: argument.end });
      continue;
    }
    const directory = braced(visible, after);
    const file = directory && braced(visible, directory.end);
    if (!directory || !file || file.text.trim() === '') continue;
    includes.push({ kind, command, directory: directory.text.trim(), path: file.text.trim(), start: match.index, end: file.end });
  }
  return includes;
}

/** A `{…}` group after optional spaces (one line break at most, as TeX skips), without nested braces. */
function braced(source: string, from: number): { text: string; end: number } | undefined {
  const group = /^[ \t]*(?:\r?\n[ \t]*)?\{([^{}]*)\}/.exec(source.slice(from, from + 4096));
  return group ? { text: group[1]!, end: from + group[0].length } : undefined;
}

/** TeX's `\input chapters/intro `: the name runs to a space, a brace or the end of the line. */
function bareFileName(source: string, from: number): { text: string; end: number } | undefined {
  const name = /^[ \t]+([^\s{}%\\]+)/.exec(source.slice(from, from + 4096));
  return name ? { text: name[1]!, end: from + name[0].length } : undefined;
}
