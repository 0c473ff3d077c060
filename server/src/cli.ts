/**
 * The command line: `biolex annotate [--format json|text|bioc|pubtator|brat] [--out DIR] PATH...`. Exit codes:
 * 0 done, 2 bad arguments or unreadable input (one line on stderr).
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, relative } from 'node:path';
import { createBiolexService, type Analysis, type BiolexService } from './service';
import { formatBioc } from './exports/bioc';
import { formatPubtator } from './exports/pubtator';
import { toBrat } from './exports/brat';
import type { ExportInput } from './exports/passages';
import { readLexiconDirectory } from './node/lexiconFiles';
import { LineIndex } from './service/lineIndex';

const MANUSCRIPT_EXTENSIONS = new Set(['.md', '.markdown', '.tex']);
const USAGE = 'usage: biolex annotate [--format json|text|bioc|pubtator|brat] [--out DIR] PATH...';
const FORMATS = ['json', 'text', 'bioc', 'pubtator', 'brat'] as const;

class UsageError extends Error {}

interface Options {
  readonly command: 'annotate';
  readonly format: (typeof FORMATS)[number];
  /** Where the exports write their files; stdout without it (brat requires it). */
  readonly out?: string;
  readonly paths: readonly string[];
}

function parseArguments(argv: readonly string[]): Options {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h') throw new UsageError(USAGE);
  if (command !== 'annotate') throw new UsageError(`unknown command "${command}"; ${USAGE}`);
  let format: Options['format'] = 'json';
  let out: string | undefined;
  const paths: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : rest[++i];
      const known = FORMATS.find((f) => f === value);
      if (known === undefined) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not "${value ?? ''}"`);
      format = known;
    } else if (arg === '--out' || arg.startsWith('--out=')) {
      out = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : rest[++i];
      if (!out) throw new UsageError(`--out needs a directory; ${USAGE}`);
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new UsageError(`unknown option "${arg}"; ${USAGE}`);
    } else {
      paths.push(arg);
    }
  }
  if (paths.length === 0) throw new UsageError(`no PATH given; ${USAGE}`);
  if (format === 'brat' && out === undefined) throw new UsageError('--format brat writes a .txt and a .ann per file: --out DIR is required');
  if (out !== undefined && (format === 'json' || format === 'text')) throw new UsageError(`--out applies to --format bioc, pubtator or brat, not ${format}`);
  return { command, format, paths, ...(out !== undefined && { out }) };
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

function analyzeFile(service: BiolexService, file: string): { text: string; analysis: Analysis } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
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
      text: mention.text,
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
function writeExport(options: Options, inputs: readonly ExportInput[]): void {
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

export function main(argv: readonly string[]): number {
  try {
    const options = parseArguments(argv);
    const files = collectFiles(options.paths);
    const service = createBiolexService({ lexiconFiles: readLexiconDirectory() });
    for (const problem of service.lexiconProblems) {
      process.stderr.write(`biolex: lexicon ${problem.file}:${problem.line}:${problem.column}: ${problem.message}\n`);
    }
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

// A reader that stops early (`biolex annotate … | head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
process.exitCode = main(process.argv.slice(2));
