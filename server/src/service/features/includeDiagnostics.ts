/**
 * A LaTeX project's broken includes, on the command of the file that names them: `missing-include` for a file
 * that is not there or cannot be read, `include-cycle` for one that would bring in a file already being read; and
 * `root-not-found` on a `% !TEX root` (or subfiles) directive whose file is not there.
 */
import { DiagnosticSeverity, type BiolexDiagnostic } from '../checker/diagnostics';
import { ownIncludeProblems, ROOT_NOT_FOUND, type Project } from '../project/projectRoot';

export function provideIncludeDiagnostics(project: Project): BiolexDiagnostic[] {
  const problems = [...ownIncludeProblems(project), ...(project.directiveProblem ? [{ ...project.directiveProblem, code: ROOT_NOT_FOUND }] : [])];
  return problems.map((problem) => ({
    start: problem.start,
    end: problem.end,
    severity: DiagnosticSeverity.Warning,
    code: problem.code,
    message: problem.message,
    related: [],
    fixes: [],
    references: [],
  }));
}
