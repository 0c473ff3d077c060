/** The `biolex.*` settings as the server uses them; anything malformed falls back to the default. */
export interface ServiceSettings {
  readonly enable: boolean;
  readonly languages: readonly string[];
}

export const DEFAULT_SETTINGS: ServiceSettings = Object.freeze({
  enable: true,
  languages: Object.freeze(['markdown', 'latex', 'tex']),
});

export function toServiceSettings(raw: unknown): ServiceSettings {
  const value = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const languages = Array.isArray(value.languages) && value.languages.every((l) => typeof l === 'string') ? (value.languages as string[]) : DEFAULT_SETTINGS.languages;
  return {
    enable: typeof value.enable === 'boolean' ? value.enable : DEFAULT_SETTINGS.enable,
    languages,
  };
}
