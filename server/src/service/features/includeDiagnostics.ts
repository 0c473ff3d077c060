/**
 * A LaTeX project's broken includes, on the command of the file that names them: `missing-include` for a file
 * that is not there or cannot be read, `include-cycle` for one that would bring in a file already being read.
 */
import { DiagnosticSeverity, type BiolexDiagnostic } from '../checker/diagnostics';
import { ownIncludeProblems, type Project } from '../project/projectRoot';

export function provideIncludeDiagnostics(project: Project): BiolexDiagnostic[] {
  return ownIncludeProblems(project).map((problem) => ({
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
