/**
 * Which root a LaTeX document is compiled from, as LaTeX users expect it found: a `% !TEX root` magic comment (or
 * subfiles' `\documentclass[root]{subfiles}`) first; a document with its own `\documentclass` is a root; then the
 * `biolex.latex.rootFile` setting; then the first candidate root (a workspace file with `\documentclass`, as the
 * adapter lists them) whose include tree holds the document. Else the document is its own root.
 */
import { buildIncludeTree, type IncludeTree, type ProjectFileCache } from './includeTree';

export enum RootSource {
  /** The document is a root, or no root was found for it. */
  Itself = 'itself',
  /** A `% !TEX root` magic comment or subfiles' `\documentclass[root]{subfiles}`. */
  Directive = 'directive',
  /** The `biolex.latex.rootFile` setting. */
  Setting = 'setting',
  /** A workspace file with `\documentclass` whose includes reach the document. */
  Search = 'search',
}

export interface Project {
  /** The document's own file id. */
  readonly document: string;
  readonly root: string;
  readonly rootSource: RootSource;
  /** The tree from the root; holds the document unless the root named for it does not include it. */
  readonly tree: IncludeTree;
  /** The document's own include problems, resolved from the root's folder as LaTeX resolves them. */
  readonly ownTree: IncludeTree;
  /** A root directive whose file is not there (or is the document itself): the root was then looked for otherwise. */
  readonly directiveProblem?: { readonly start: number; readonly end: number; readonly message: string };
}

export const ROOT_NOT_FOUND = 'root-not-found';

export interface ProjectHints {
  /** The `biolex.latex.rootFile` setting as an absolute path (the adapter resolves it against the workspace folder). */
  readonly rootSetting?: string;
  /** Files that may be roots, nearest first; asked only when neither a directive nor the setting decides. */
  readonly candidateRoots?: () => Iterable<string>;
}

export function findProject(files: ProjectFileCache, document: { id: string; text: string }, hints: ProjectHints): Project {
  const reader = files.reader;
  const folder = reader.folderOf(document.id);
  const located = (path: string | undefined): string | undefined => {
    if (path === undefined) return undefined;
    const found = reader.locate(folder, path);
    return 'missing' in found || found.id === document.id ? undefined : found.id;
  };
  let directiveProblem: Project['directiveProblem'];
  const decide = (): { root: string; rootSource: RootSource; tree?: IncludeTree } => {
    const written = files.rootDirective(document.id, '', document);
    const directive = located(written?.path);
    if (directive) return { root: directive, rootSource: RootSource.Directive };
    if (written) {
      // Said where it is written; the root is then looked for as if the directive were not there.
      const found = reader.locate(folder, written.path);
      const why = 'missing' in found ? found.missing : 'it is this file itself';
      directiveProblem = { start: written.start, end: written.end, message: `The root file ${written.path} named here was not found (${why}); BioLex looks for this file's root as if the directive were not there.` };
    }
    if (files.isRoot(document.id, '', document)) return { root: document.id, rootSource: RootSource.Itself };
    const setting = located(hints.rootSetting);
    if (setting) return { root: setting, rootSource: RootSource.Setting };
    for (const candidate of hints.candidateRoots?.() ?? []) {
      if (candidate === document.id) continue;
      const candidateFile = reader.locate(reader.folderOf(candidate), candidate);
      if ('missing' in candidateFile) continue;
      if (!files.isRoot(candidate, candidateFile.stamp)) continue;
      const tree = buildIncludeTree(files, candidate, reader.folderOf(candidate), document);
      if (tree.files.includes(document.id)) return { root: candidate, rootSource: RootSource.Search, tree };
    }
    return { root: document.id, rootSource: RootSource.Itself };
  };
  const { root, rootSource, tree: searched } = decide();
  const tree = searched ?? buildIncludeTree(files, root, reader.folderOf(root), document);
  // A root that does not include the document (a stale magic comment) still sets where its paths start.
  const ownTree = tree.files.includes(document.id) ? tree : buildIncludeTree(files, document.id, reader.folderOf(root), document);
  return { document: document.id, root, rootSource, tree, ownTree, ...(directiveProblem && { directiveProblem }) };
}

/** The include problems on the document's own commands. */
export function ownIncludeProblems(project: Project): IncludeTree['problems'] {
  return project.ownTree.problems.filter((problem) => problem.file === project.document);
}
