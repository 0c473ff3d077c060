/**
 * The bibliographies a chapter takes from its project when it declares none itself: those of its root and of the
 * project's other files, in the order LaTeX reads them (a thesis often declares them in a back-matter file).
 */
import type { InheritedBibliographies } from '../bibliography/bibliographies';
import type { ProjectFileCache } from './includeTree';
import type { Project } from './projectRoot';

export function inheritedBibliographies(files: ProjectFileCache, project: Project): InheritedBibliographies | undefined {
  if (project.root === project.document) return undefined;
  const declarations = project.tree.files
    .filter((file) => file !== project.document)
    .flatMap((file) => files.bibliographyDeclarations(file).map((declaration) => ({ ...declaration, file })));
  return { root: project.root, declarations };
}
