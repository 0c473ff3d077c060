/** The `biolex.*` settings as the server uses them; anything malformed falls back to the default. */
import { DiagnosticSeverity } from './service';

export interface ServiceSettings {
  readonly enable: boolean;
  readonly languages: readonly string[];
  readonly severity: DiagnosticSeverity;
}

export const DEFAULT_SETTINGS: ServiceSettings = Object.freeze({
  enable: true,
  languages: Object.freeze(['markdown', 'latex', 'tex']),
  severity: DiagnosticSeverity.Warning,
});

const SEVERITIES: readonly string[] = Object.values(DiagnosticSeverity);

export function toServiceSettings(raw: unknown): ServiceSettings {
  const value = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const languages = Array.isArray(value.languages) && value.languages.every((l) => typeof l === 'string') ? (value.languages as string[]) : DEFAULT_SETTINGS.languages;
  const diagnostics = (typeof value.diagnostics === 'object' && value.diagnostics !== null ? value.diagnostics : {}) as Record<string, unknown>;
  const severity = typeof diagnostics.severity === 'string' && SEVERITIES.includes(diagnostics.severity) ? (diagnostics.severity as DiagnosticSeverity) : DEFAULT_SETTINGS.severity;
  return {
    enable: typeof value.enable === 'boolean' ? value.enable : DEFAULT_SETTINGS.enable,
    languages,
    severity,
  };
}
