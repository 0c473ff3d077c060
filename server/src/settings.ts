/** The `biolex.*` settings as the server uses them; anything malformed falls back to the default. */
import { DiagnosticSeverity } from './service';

export interface ServiceSettings {
  readonly enable: boolean;
  readonly languages: readonly string[];
  readonly severity: DiagnosticSeverity;
  /** `biolex.lexicon.paths`: more workspace lexicon files or folders, relative to the workspace folder. */
  readonly lexiconPaths: readonly string[];
  /** `biolex.latex.rootFile`: the root of the workspace folder's LaTeX project, relative to the folder; '' for none. */
  readonly latexRootFile: string;
  /** `biolex.citations.suggest`: `uncited-claim`, and the cited-support note on contradictions. */
  readonly suggestCitations: boolean;
}

export const DEFAULT_SETTINGS: ServiceSettings = Object.freeze({
  enable: true,
  languages: Object.freeze(['markdown', 'latex', 'tex']),
  severity: DiagnosticSeverity.Warning,
  lexiconPaths: Object.freeze([]),
  latexRootFile: '',
  suggestCitations: true,
});

const SEVERITIES: readonly string[] = Object.values(DiagnosticSeverity);

export function toServiceSettings(raw: unknown): ServiceSettings {
  const value = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const languages = Array.isArray(value.languages) && value.languages.every((l) => typeof l === 'string') ? (value.languages as string[]) : DEFAULT_SETTINGS.languages;
  const diagnostics = (typeof value.diagnostics === 'object' && value.diagnostics !== null ? value.diagnostics : {}) as Record<string, unknown>;
  const severity = typeof diagnostics.severity === 'string' && SEVERITIES.includes(diagnostics.severity) ? (diagnostics.severity as DiagnosticSeverity) : DEFAULT_SETTINGS.severity;
  const lexicon = (typeof value.lexicon === 'object' && value.lexicon !== null ? value.lexicon : {}) as Record<string, unknown>;
  const lexiconPaths = Array.isArray(lexicon.paths) ? lexicon.paths.filter((p): p is string => typeof p === 'string' && p.trim() !== '') : DEFAULT_SETTINGS.lexiconPaths;
  const latex = (typeof value.latex === 'object' && value.latex !== null ? value.latex : {}) as Record<string, unknown>;
  const latexRootFile = typeof latex.rootFile === 'string' ? latex.rootFile.trim() : DEFAULT_SETTINGS.latexRootFile;
  const citations = (typeof value.citations === 'object' && value.citations !== null ? value.citations : {}) as Record<string, unknown>;
  const suggestCitations = typeof citations.suggest === 'boolean' ? citations.suggest : DEFAULT_SETTINGS.suggestCitations;
  return {
    enable: typeof value.enable === 'boolean' ? value.enable : DEFAULT_SETTINGS.enable,
    languages,
    severity,
    lexiconPaths,
    latexRootFile,
    suggestCitations,
  };
}
