/**
 * The command line:
 *   biolex annotate [--format json|text|bioc|pubtator|brat] [--out DIR] PATH...
 *   biolex check [--format text|json|sarif] [--fail-on error|warning|information|hint|never] PATH...
 * Exit codes: 0 done (check: nothing at or above --fail-on), 1 check found such a diagnostic, 2 bad arguments
 * or unreadable input (one line on stderr).
 */
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, relative } from 'node:path';
import { citedReferences, createBiolexService, DiagnosticSeverity, firstAuthor, LexiconLayer, lexiconFileErrors, referenceLabel, referenceUrl, type Analysis, type BiolexService, type LexiconFile } from './service';
import { formatSarif, type CheckedFile } from './exports/sarif';
import { formatBioc } from './exports/bioc';
import { formatPubtator } from './exports/pubtator';
import { toBrat } from './exports/brat';
import type { ExportInput } from './exports/passages';
import { readLexiconDirectory, readWorkspaceLexiconFiles } from './node/lexiconFiles';
import { LineIndex } from './service/lineIndex';
import { MAX_DOCUMENT_LENGTH } from './service/analysis';
import { readTextFile } from './node/readText';

const MANUSCRIPT_EXTENSIONS = new Set(['.md', '.markdown', '.tex']);
const USAGE =
  'usage: biolex annotate [--format json|text|bioc|pubtator|brat] [--out DIR] [--lexicon PATH]... PATH...\n' +
  '       biolex check [--format text|json|sarif] [--fail-on error|warning|information|hint|never] [--lexicon PATH]... PATH...\n' +
  'A lab\'s own lexicon in ./.biolex/ is read too; --lexicon adds files or folders of them.';
const FORMATS = ['json', 'text', 'bioc', 'pubtator', 'brat'] as const;
const CHECK_FORMATS = ['text', 'json', 'sarif'] as const;
/** Most severe first: a diagnostic fails the run when it is at or above --fail-on. */
const SEVERITY_ORDER: readonly DiagnosticSeverity[] = [DiagnosticSeverity.Error, DiagnosticSeverity.Warning, DiagnosticSeverity.Information, DiagnosticSeverity.Hint];

class UsageError extends Error {}

type Options =
  | {
      readonly command: 'annotate';
      readonly format: (typeof FORMATS)[number];
      /** Where the exports write their files; stdout without it (brat requires it). */
      readonly out?: string;
      readonly lexicons: readonly string[];
      readonly paths: readonly string[];
    }
  | {
      readonly command: 'check';
      readonly format: (typeof CHECK_FORMATS)[number];
      readonly failOn: DiagnosticSeverity | 'never';
      readonly lexicons: readonly string[];
      readonly paths: readonly string[];
    };

function optionValue(rest: readonly string[], i: number, name: string): [string, number] {
  const arg = rest[i]!;
  const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : rest[i + 1];
  if (value === undefined || value === '') throw new UsageError(`${name} needs a value`);
  return [value, arg.includes('=') ? i : i + 1];
}

function parseArguments(argv: readonly string[]): Options {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h') throw new UsageError(USAGE);
  if (command !== 'annotate' && command !== 'check') throw new UsageError(`unknown command "${command}"\n${USAGE}`);
  let format: string = command === 'check' ? 'text' : 'json';
  let out: string | undefined;
  let failOn: DiagnosticSeverity | 'never' = DiagnosticSeverity.Warning;
  const paths: string[] = [];
  const lexicons: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    const [name] = arg.split('=');
    if (name === '--format') {
      [format, i] = optionValue(rest, i, '--format');
      const known: readonly string[] = command === 'check' ? CHECK_FORMATS : FORMATS;
      if (!known.includes(format)) throw new UsageError(`--format for ${command} must be one of ${known.join(', ')}, not "${format}"`);
    } else if (name === '--lexicon') {
      let value: string;
      [value, i] = optionValue(rest, i, '--lexicon');
      lexicons.push(value);
    } else if (name === '--out' && command === 'annotate') {
      [out, i] = optionValue(rest, i, '--out');
    } else if (name === '--fail-on' && command === 'check') {
      let value: string;
      [value, i] = optionValue(rest, i, '--fail-on');
      const known = [...SEVERITY_ORDER, 'never'].find((s) => s === value);
      if (!known) throw new UsageError(`--fail-on must be one of ${[...SEVERITY_ORDER, 'never'].join(', ')}, not "${value}"`);
      failOn = known as DiagnosticSeverity | 'never';
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new UsageError(`unknown option "${arg}" for ${command}\n${USAGE}`);
    } else {
      paths.push(arg);
    }
  }
  if (paths.length === 0) throw new UsageError(`no PATH given\n${USAGE}`);
  if (command === 'check') return { command, format: format as (typeof CHECK_FORMATS)[number], failOn, lexicons, paths };
  if (format === 'brat' && out === undefined) throw new UsageError('--format brat writes a .txt and a .ann per file: --out DIR is required');
  if (out !== undefined && (format === 'json' || format === 'text')) throw new UsageError(`--out applies to --format bioc, pubtator or brat, not ${format}`);
  return { command, format: format as (typeof FORMATS)[number], lexicons, paths, ...(out !== undefined && { out }) };
}

/** Files named on the command line are taken as they are; directories are walked for manuscripts. */
function collectFiles(paths: readonly string[]): string[] {
  const files: string[] = [];
  for (const path of paths) {
    let stats;
    try {
      stats = statSync(path);
    } catch (error) {
      throw new UsageError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
    if (stats.isDirectory()) walk(path, files);
    else files.push(path);
  }
  return files;
}

function walk(directory: string, files: string[]): void {
  for (const dirent of readdirSync(directory, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (dirent.name.startsWith('.') || dirent.name === 'node_modules') continue;
    const path = join(directory, dirent.name);
    if (dirent.isDirectory()) walk(path, files);
    else if (MANUSCRIPT_EXTENSIONS.has(extname(dirent.name).toLowerCase())) files.push(path);
  }
}

interface Annotation {
  file: string;
  start: number;
  end: number;
  line: number;
  column: number;
  text: string;
  id: string;
  label: string;
  type: string;
}

/** A manuscript may have 20 million characters (see `whyNotAnalysed`); in UTF-8 that is at most four times as many bytes. */
const MAX_MANUSCRIPT_BYTES = 4 * MAX_DOCUMENT_LENGTH;

function analyzeFile(service: BiolexService, file: string): { text: string; analysis: Analysis } {
  let text = '';
  try {
    const read = readTextFile(file, MAX_MANUSCRIPT_BYTES);
    if ('skipped' in read) process.stderr.write(`biolex: ${file}: ${read.skipped}\n`);
    else text = read.text;
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const languageId = /\.(tex|ltx)$/i.test(file) ? 'latex' : 'markdown';
  const analysis = service.analyze({ uri: file, languageId, version: 0, getText: () => text });
  if (analysis.skipped) process.stderr.write(`biolex: ${file}: ${analysis.skipped}\n`);
  service.forget(file);
  return { text, analysis };
}

function annotateFile(service: BiolexService, file: string): Annotation[] {
  const { text, analysis } = analyzeFile(service, file);
  const lines = new LineIndex(text);
  return analysis.mentions.map((mention) => {
    const { line, column } = lines.lineColumn(mention.start);
    return {
      file,
      start: mention.start,
      end: mention.end,
      line,
      column,
      text: analysis.source.slice(mention.start, mention.end),
      id: mention.id,
      label: service.lexicon.entries.get(mention.id)?.label ?? mention.id,
      type: mention.type,
    };
  });
}

/** A file as the exports name it: relative to the working directory. */
function displayName(file: string): string {
  return relative(process.cwd(), file) || file;
}

/** BioC and PubTator go to stdout or to one file in --out; brat writes a .txt and a .ann per file in --out. */
function writeExport(options: Extract<Options, { command: 'annotate' }>, inputs: readonly ExportInput[]): void {
  const write = (path: string, text: string): void => {
    try {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
    } catch (error) {
      throw new UsageError(`cannot write ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
  };
  if (options.format === 'brat') {
    for (const document of toBrat(inputs)) {
      write(join(options.out!, `${document.name}.txt`), document.txt);
      write(join(options.out!, `${document.name}.ann`), document.ann);
    }
    return;
  }
  const [text, name] =
    options.format === 'bioc'
      ? [formatBioc(inputs, { date: new Date().toISOString().slice(0, 10).replace(/-/g, '') }), 'biolex.bioc.json']
      : [formatPubtator(inputs), 'biolex.pubtator'];
  if (options.out === undefined) process.stdout.write(text);
  else write(join(options.out, name), text);
}

interface CheckDiagnostic {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: DiagnosticSeverity;
  code: string;
  message: string;
}

function checkFile(service: BiolexService, file: string): CheckedFile {
  const { text, analysis } = analyzeFile(service, file);
  const languageId = analysis.markup === 'latex' ? 'latex' : 'markdown';
  const lines = new LineIndex(text);
  const diagnostics = service.provideDiagnostics({ uri: file, languageId, version: 0, getText: () => text });
  service.forget(file);
  return {
    file: displayName(file),
    diagnostics: diagnostics.map((d) => {
      const start = lines.lineColumn(d.start);
      const end = lines.lineColumn(d.end);
      // Not a spread: a diagnostic's fixes are a getter that reads each fixed sentence again (fixCheck.ts).
      const { start: from, end: to, severity, code, message, href, related, references } = d;
      return {
        start: from,
        end: to,
        severity,
        code,
        message,
        ...(href && { href }),
        related,
        references,
        get fixes() {
          return d.fixes;
        },
        line: start.line,
        column: start.column,
        endLine: end.line,
        endColumn: end.column,
      };
    }),
  };
}

function check(service: BiolexService, options: Extract<Options, { command: 'check' }>, files: readonly string[]): number {
  const checked = files.map((file) => checkFile(service, file));
  const all = checked.flatMap(({ file, diagnostics }) =>
    diagnostics.map((d): CheckDiagnostic => ({ file, line: d.line, column: d.column, endLine: d.endLine, endColumn: d.endColumn, severity: d.severity, code: d.code, message: d.message })),
  );
  if (options.format === 'json') process.stdout.write(`${JSON.stringify(all, null, 1)}\n`);
  else if (options.format === 'sarif') process.stdout.write(`${JSON.stringify(formatSarif(checked, service.lexicon), null, 2)}\n`);
  else {
    for (const { file, diagnostics } of checked) {
      for (const d of diagnostics) process.stdout.write(`${file}:${d.line}:${d.column}: ${d.severity}: ${d.message} [${d.code}]\n`);
      // Each file's findings end with the references they cite, by the numbers the messages use.
      const cited = citedReferences(diagnostics.flatMap((d) => d.references), service.lexicon);
      if (cited.length === 0) continue;
      process.stdout.write(`${file}: references cited\n`);
      for (const ref of cited) process.stdout.write(`  [${referenceLabel(ref)}] ${firstAuthor(ref)} ${ref.title}. ${ref.journal} (${ref.year}). ${referenceUrl(ref)}${ref.doi_problem ? ` (the DOI the review printed, ${ref.doi}, ${ref.doi_problem})` : ''}\n`);
    }
  }
  if (options.failOn === 'never') return 0;
  const threshold = SEVERITY_ORDER.indexOf(options.failOn);
  return all.some((d) => SEVERITY_ORDER.indexOf(d.severity) <= threshold) ? 1 : 0;
}

/**
 * A lab's lexicon files, as the editor reads them: ./.biolex/ and --lexicon paths. A file with an error is
 * reported and left out; the rest of the lexicon is used.
 */
function workspaceLexicons(paths: readonly string[]): LexiconFile[] {
  const { files, notes } = readWorkspaceLexiconFiles([{ folder: process.cwd(), paths }]);
  for (const note of notes) {
    if (/does not exist/.test(note)) throw new UsageError(`--lexicon: ${note.replace(/^biolex\.lexicon\.paths: /, '')}`);
    process.stderr.write(`biolex: lexicon ${note}\n`);
  }
  return files.flatMap((read): LexiconFile[] => {
    const file: LexiconFile = { ...read, layer: LexiconLayer.Workspace };
    const errors = lexiconFileErrors(file);
    for (const e of errors) process.stderr.write(`biolex: lexicon ${e.file}:${e.line}:${e.column}: ${e.message} (file not used)\n`);
    return errors.length === 0 ? [file] : [];
  });
}

export function main(argv: readonly string[]): number {
  try {
    const options = parseArguments(argv);
    const files = collectFiles(options.paths);
    const service = createBiolexService({ lexiconFiles: [...readLexiconDirectory(), ...workspaceLexicons(options.lexicons)] });
    for (const problem of service.lexiconProblems) {
      process.stderr.write(`biolex: lexicon ${problem.file}:${problem.line}:${problem.column}: ${problem.message}\n`);
    }
    if (options.command === 'check') return check(service, options, files);
    if (options.format === 'bioc' || options.format === 'pubtator' || options.format === 'brat') {
      writeExport(options, files.map((file): ExportInput => ({ file: displayName(file), analysis: analyzeFile(service, file).analysis, lexicon: service.lexicon })));
      return 0;
    }
    const annotations = files.flatMap((file) => annotateFile(service, file));
    if (options.format === 'json') {
      process.stdout.write(`${JSON.stringify(annotations, null, 1)}\n`);
    } else {
      for (const a of annotations) {
        process.stdout.write(`${relative(process.cwd(), a.file) || a.file}:${a.line}:${a.column}: ${a.label} (${a.type}) "${a.text.replace(/\s+/g, ' ')}"\n`);
      }
    }
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`biolex: ${error.message}\n`);
      return 2;
    }
    process.stderr.write(`biolex: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
}

// A reader that stops early (`biolex annotate … | head`) is not an error, and leaves the verdict as it was:
// `biolex check … | head` still exits 1 on a warning (main has set the code by the time the pipe reports).
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
process.exitCode = main(process.argv.slice(2));
