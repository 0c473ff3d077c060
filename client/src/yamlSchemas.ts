/**
 * The workspace lexicon schema for the Red Hat YAML extension, when it is installed. `contributes.yamlValidation`
 * associates `.biolex/*.yaml` with the schema; the files BioLex writes also name it in a modeline,
 * `# yaml-language-server: $schema=biolex://schema/workspace.schema.json`, which this module serves through the
 * YAML extension's schema contributor API (so the modeline works on any machine with BioLex, whatever the
 * extension's install path). Other editors see an unknown scheme and ignore it; BioLex's own server validates
 * the files either way.
 */
import * as vscode from 'vscode';
import { readFileSync } from 'node:fs';

interface YamlExtensionApi {
  registerContributor(
    schema: string,
    requestSchema: (resource: string) => string | undefined,
    requestSchemaContent: (uri: string) => string | undefined,
    label?: string,
  ): boolean;
}

const SCHEME = 'biolex';
let registered: Promise<void> | undefined;

/** Registers once; a missing or older YAML extension is fine (BioLex validates lexicon files itself). */
export function registerYamlSchemas(context: vscode.ExtensionContext): Promise<void> {
  registered ??= (async () => {
    const extension = vscode.extensions.getExtension<YamlExtensionApi>('redhat.vscode-yaml');
    if (!extension) return;
    try {
      const api = extension.isActive ? extension.exports : await extension.activate();
      api?.registerContributor?.(SCHEME, () => undefined, (uri) => schemaContent(context, uri), 'BioLex workspace lexicon');
    } catch {
      // The YAML extension failed to start: nothing to register with.
    }
  })();
  return registered;
}

/** `biolex://schema/<name>.schema.json` → the schema BioLex ships in lexicon/schema/ (its $refs come here too). */
function schemaContent(context: vscode.ExtensionContext, uri: string): string | undefined {
  const name = vscode.Uri.parse(uri).path.split('/').pop() ?? '';
  if (!/^[a-z]+\.schema\.json$/.test(name)) return undefined;
  try {
    return readFileSync(context.asAbsolutePath(`lexicon/schema/${name}`), 'utf8');
  } catch {
    return undefined;
  }
}
