/**
 * The command line's arguments: the usage texts, the options of each command, and their checks. Bad arguments
 * are a `UsageError` (one line on stderr, exit 2); --help and --version an `Answer` (stdout, exit 0).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { DiagnosticSeverity } from './service';

export const FORMATS = ['json', 'text', 'bioc', 'pubtator', 'brat'] as const;
export const CHECK_FORMATS = ['text', 'json', 'sarif'] as const;
export const MAP_FORMATS = ['json', 'dot', 'svg'] as const;
/** Most severe first: a diagnostic fails the run when it is at or above --fail-on. */
export const SEVERITY_ORDER: readonly DiagnosticSeverity[] = [DiagnosticSeverity.Error, DiagnosticSeverity.Warning, DiagnosticSeverity.Information, DiagnosticSeverity.Hint];

export const USAGE = {
  general: `usage: biolex <command> [options] PATH...

Commands:
  check      find mechanism claims that contradict the curated lexicon, and citation keys missing from the
             document's bibliography (for a lab's CI); a LaTeX root brings in the files it includes
  annotate   list the entities BioLex recognizes, or export them (BioC, PubTator, brat)
  map        the mechanism map of a file: the entries its claims are about and each claim against the
             curated lexicon (JSON, or Graphviz DOT)
  help [command]   print this, or a command's options

Options for every command:
  -h, --help      print the usage and exit
  -V, --version   print BioLex's version and exit

A PATH is a Markdown or LaTeX file, or a folder whose .md, .markdown and .tex files are read.
A lab's own lexicon is read as the editor reads it: .biolex/ of the workspace folder above each file (the
nearest with .biolex/, .vscode/settings.json or .git) and its biolex.lexicon.paths; --lexicon adds more.
Example: biolex check paper.md`,
  check: `usage: biolex check [options] PATH...

  --format text|json|sarif     text (default): file:line:column: severity: message [code], then the
                               references cited; json: one array; sarif: SARIF 2.1.0 for code scanning
  --fail-on error|warning|information|hint|never
                               exit 1 when a diagnostic at or above this severity is found (default: warning)
  --lexicon PATH               a workspace lexicon file or folder to add (may be repeated)
  --lexicon-errors error|warn  a workspace lexicon file with errors stops the run (error, the default) or is
                               left out with a warning (warn)

Exit codes: 0 nothing at or above --fail-on, 1 such a diagnostic, 2 bad arguments or unreadable input.
Example: biolex check --format sarif --fail-on error chapters/ > biolex.sarif`,
  annotate: `usage: biolex annotate [options] PATH...

  --format json|text|bioc|pubtator|brat
                               json (default) or text: the mentions; bioc, pubtator: one collection;
                               brat: a .txt and an .ann per file (needs --out)
  --out DIR                    write bioc, pubtator or brat files into DIR instead of stdout
  --one-document               bioc, pubtator, brat: a LaTeX root and the files it includes become one
                               document, named after the root (default: one document per file)
  --lexicon PATH               a workspace lexicon file or folder to add (may be repeated)
  --lexicon-errors error|warn  a workspace lexicon file with errors stops the run (default) or is left out

Example: biolex annotate --format brat --out annotations/ paper.tex`,
  map: `usage: biolex map [options] FILE

  --format json|dot|svg        json (default): nodes (the entries the claims are about, and those the curated
                               relations below join), edges (the claims, grouped by entries, effect and status:
                               agrees, contradicts, not-curated; with their source ranges, the curated relation
                               and the diagnostic's message), unstated (curated relations between entries the
                               file names that no claim of it states); dot: the same as a Graphviz graph;
                               svg: that graph laid out by Graphviz (built in, no installation needed)
  --unstated                   dot, svg: draw the unstated curated relations too, light grey and dashed
  --lexicon PATH               a workspace lexicon file or folder to add (may be repeated)
  --lexicon-errors error|warn  a workspace lexicon file with errors stops the run (default) or is left out

Example: biolex map --format svg paper.md > map.svg`,
};

/** Bad arguments or unreadable input: one line on stderr (and the usage where it helps), exit 2. */
export class UsageError extends Error {}

/** --help, help, --version: the text goes to stdout, and the run ends with exit 0. */
export class Answer extends Error {}

export type Options =
  | {
      readonly command: 'annotate';
      readonly format: (typeof FORMATS)[number];
      /** Where the exports write their files; stdout without it (brat requires it). */
      readonly out?: string;
      /** A LaTeX root and the files it includes are exported as one document. */
      readonly oneDocument: boolean;
      readonly lexicons: readonly string[];
      readonly lexiconErrors: 'error' | 'warn';
      readonly paths: readonly string[];
    }
  | {
      readonly command: 'map';
      readonly format: (typeof MAP_FORMATS)[number];
      /** Draw the unstated curated relations (dot, svg). */
      readonly unstated: boolean;
      readonly lexicons: readonly string[];
      readonly lexiconErrors: 'error' | 'warn';
      readonly paths: readonly string[];
    }
  | {
      readonly command: 'check';
      readonly format: (typeof CHECK_FORMATS)[number];
      readonly failOn: DiagnosticSeverity | 'never';
      readonly lexicons: readonly string[];
      readonly lexiconErrors: 'error' | 'warn';
      readonly paths: readonly string[];
    };

/** BioLex's version, from the package.json beside dist/ (or the repository's, from source). */
export function version(): string {
  for (const path of [join(__dirname, '../package.json'), join(__dirname, '../../package.json')]) {
    try {
      const { name, version: v } = JSON.parse(readFileSync(path, 'utf8')) as { name?: string; version?: string };
      if (name === 'biolex' && v) return v;
    } catch {
      // the next place
    }
  }
  return 'unknown';
}

export function parseArguments(argv: readonly string[]): Options {
  const [command, ...rest] = argv;
  if (command === '--version' || command === '-V') throw new Answer(version());
  if (command === '--help' || command === '-h') throw new Answer(USAGE.general);
  if (command === 'help') {
    const topic = rest[0];
    if (topic === undefined) throw new Answer(USAGE.general);
    if (topic === 'check' || topic === 'annotate' || topic === 'map') throw new Answer(USAGE[topic]);
    throw new UsageError(`unknown command "${topic}"\n${USAGE.general}`);
  }
  if (command === undefined) throw new UsageError(`no command given\n${USAGE.general}`);
  if (command !== 'annotate' && command !== 'check' && command !== 'map') throw new UsageError(`unknown command "${command}"\n${USAGE.general}`);
  const options: ParseArgsConfig['options'] = {
    format: { type: 'string' },
    lexicon: { type: 'string', multiple: true },
    'lexicon-errors': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
    version: { type: 'boolean', short: 'V' },
    ...(command === 'check' ? { 'fail-on': { type: 'string' } } : command === 'annotate' ? { out: { type: 'string' }, 'one-document': { type: 'boolean' } } : { unstated: { type: 'boolean' } }),
  };
  let parsed;
  try {
    parsed = parseArgs({ args: [...rest], options, allowPositionals: true, strict: true });
  } catch (error) {
    const { code, message } = error as { code?: string; message: string };
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UsageError(`unknown option ${/'([^']+)'/.exec(message)?.[1] ?? ''} for ${command}\n${USAGE[command]}`);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') throw new UsageError(`${/--[\w-]+/.exec(message)?.[0] ?? 'an option'} needs a value`);
    throw new UsageError(message);
  }
  const values = parsed.values as { format?: string; lexicon?: string[]; 'lexicon-errors'?: string; help?: boolean; version?: boolean; 'fail-on'?: string; out?: string; 'one-document'?: boolean; unstated?: boolean };
  if (values.help) throw new Answer(USAGE[command]);
  if (values.version) throw new Answer(version());
  const paths = parsed.positionals;
  const lexicons = values.lexicon ?? [];
  const lexiconErrors = values['lexicon-errors'] ?? 'error';
  if (lexiconErrors !== 'error' && lexiconErrors !== 'warn') throw new UsageError(`--lexicon-errors must be error or warn, not "${lexiconErrors}"`);
  const format = values.format ?? (command === 'check' ? 'text' : 'json');
  const known: readonly string[] = command === 'check' ? CHECK_FORMATS : command === 'map' ? MAP_FORMATS : FORMATS;
  if (!known.includes(format)) throw new UsageError(`--format for ${command} must be one of ${known.join(', ')}, not "${format}"`);
  if (paths.length === 0) throw new UsageError(`no ${command === 'map' ? 'FILE' : 'PATH'} given\n${USAGE[command]}`);
  if (command === 'map') {
    if (paths.length > 1) throw new UsageError(`map takes one FILE, not ${paths.length}\n${USAGE.map}`);
    if (values.unstated && format === 'json') throw new UsageError('--unstated applies to --format dot or svg (json always lists the unstated relations)');
    return { command, format: format as (typeof MAP_FORMATS)[number], unstated: values.unstated === true, lexicons, lexiconErrors, paths };
  }
  if (command === 'check') {
    const value = values['fail-on'] ?? DiagnosticSeverity.Warning;
    const failOn = [...SEVERITY_ORDER, 'never'].find((s) => s === value);
    if (!failOn) throw new UsageError(`--fail-on must be one of ${[...SEVERITY_ORDER, 'never'].join(', ')}, not "${value}"`);
    return { command, format: format as (typeof CHECK_FORMATS)[number], failOn: failOn as DiagnosticSeverity | 'never', lexicons, lexiconErrors, paths };
  }
  const out = values.out;
  if (format === 'brat' && out === undefined) throw new UsageError('--format brat writes a .txt and a .ann per file: --out DIR is required');
  if (out !== undefined && (format === 'json' || format === 'text')) throw new UsageError(`--out applies to --format bioc, pubtator or brat, not ${format}`);
  const oneDocument = values['one-document'] === true;
  if (oneDocument && (format === 'json' || format === 'text')) throw new UsageError(`--one-document applies to --format bioc, pubtator or brat, not ${format}`);
  return { command, format: format as (typeof FORMATS)[number], lexicons, lexiconErrors, paths, oneDocument, ...(out !== undefined && { out }) };
}

