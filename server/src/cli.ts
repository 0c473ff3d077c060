/**
 * The command line: `biolex annotate [--format json|text] PATH...`. Exit codes: 0 done, 2 bad arguments or
 * unreadable input (one line on stderr).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { createBiolexService, type BiolexService } from './service';
import { readLexiconDirectory } from './node/lexiconFiles';
import { lineColumnIndex } from './node/lineColumn';

const MANUSCRIPT_EXTENSIONS = new Set(['.md', '.markdown', '.tex']);
const USAGE = 'usage: biolex annotate [--format json|text] PATH...';

class UsageError extends Error {}

interface Options {
  readonly command: 'annotate';
  readonly format: 'json' | 'text';
  readonly paths: readonly string[];
}

function parseArguments(argv: readonly string[]): Options {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h') throw new UsageError(USAGE);
  if (command !== 'annotate') throw new UsageError(`unknown command "${command}"; ${USAGE}`);
  let format: Options['format'] = 'json';
  const paths: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : rest[++i];
      if (value !== 'json' && value !== 'text') throw new UsageError(`--format must be json or text, not "${value ?? ''}"`);
      format = value;
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new UsageError(`unknown option "${arg}"; ${USAGE}`);
    } else {
      paths.push(arg);
    }
  }
  if (paths.length === 0) throw new UsageError(`no PATH given; ${USAGE}`);
  return { command, format, paths };
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

function annotateFile(service: BiolexService, file: string): Annotation[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const languageId = /\.(tex|ltx)$/i.test(file) ? 'latex' : 'markdown';
  const analysis = service.analyze({ uri: file, languageId, version: 0, getText: () => text });
  if (analysis.skipped) process.stderr.write(`biolex: ${file}: ${analysis.skipped}\n`);
  const position = lineColumnIndex(text);
  service.forget(file);
  return analysis.mentions.map((mention) => {
    const { line, column } = position(mention.start);
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

export function main(argv: readonly string[]): number {
  try {
    const options = parseArguments(argv);
    const files = collectFiles(options.paths);
    const service = createBiolexService({ lexiconFiles: readLexiconDirectory() });
    for (const problem of service.lexiconProblems) {
      process.stderr.write(`biolex: lexicon ${problem.file}:${problem.line}:${problem.column}: ${problem.message}\n`);
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
