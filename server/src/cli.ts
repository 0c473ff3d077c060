/**
 * The command line:
 *   biolex annotate [--format json|text|bioc|pubtator|brat] [--out DIR] PATH...
 *   biolex check [--format text|json|sarif] [--fail-on error|warning|information|hint|never] PATH...
 *   biolex map [--format json|dot|svg] [--unstated] FILE
 * (arguments: cliArguments.ts). Exit codes: 0 done (check: nothing at or above --fail-on), 1 check found such a diagnostic, 2 bad arguments
 * or unreadable input (one line on stderr).
 */
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, extname, isAbsolute, join, relative, resolve } from 'node:path';
import { citedReferences, createBiolexService, type Project, type ProjectHints, DiagnosticSeverity, firstAuthor, LexiconLayer, lexiconFileErrors, Markup, markupOf, referenceLabel, referenceUrl, type Analysis, type BiolexDocument, type BiolexService, type LexiconFile } from './service';
import { formatSarif, type CheckedFile } from './exports/sarif';
import { formatBioc } from './exports/bioc';
import { formatPubtator } from './exports/pubtator';
import { toBrat } from './exports/brat';
import { formatMechanismDot } from './exports/mechanismDot';
import type { ExportInput, ExportSource } from './exports/passages';
import { readLexiconDirectory, readWorkspaceLexiconFiles } from './node/lexiconFiles';
import { LineIndex } from './service/markup/lineIndex';
import { MAX_DOCUMENT_LENGTH } from './service/analysis';
import { readTextFile } from './node/readText';
import { fileBibliographyReader } from './node/bibliographyFiles';
import { fileProjectReader, settingsLatexRootFile, TexFileSearch } from './node/projectFiles';
import { settingsLexiconPaths, workspaceFolderOf } from './node/projectLexicons';
import { fileURLToPath } from 'node:url';
import { Answer, parseArguments, SEVERITY_ORDER, UsageError, version, type Options } from './cliArguments';

const MANUSCRIPT_EXTENSIONS = new Set(['.md', '.markdown', '.tex']);
/** "no such file or directory" rather than ENOENT. */
function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  const words: Record<string, string> = { ENOENT: 'no such file or directory', EACCES: 'permission denied', EISDIR: 'is a directory', ENOTDIR: 'not a directory', EMFILE: 'too many open files' };
  return (code && words[code]) ?? code ?? String(error);
}

/** Files named on the command line are taken as they are; directories are walked for manuscripts. */
function collectFiles(paths: readonly string[]): string[] {
  const files: string[] = [];
  for (const path of paths) {
    let stats;
    try {
      stats = statSync(path);
    } catch (error) {
      throw new UsageError(`cannot read ${path}: ${reason(error)}`);
    }
    if (stats.isDirectory()) {
      const before = files.length;
      walk(path, files);
      if (files.length === before) process.stderr.write(`biolex: ${path}: no manuscripts (.md, .markdown, .tex) in this folder\n`);
    } else files.push(path);
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

/** Reads and analyses a file once; the caller forgets it (`service.forget`) when done with it. */
function analyzeFile(service: BiolexService, file: string): { text: string; analysis: Analysis; document: BiolexDocument } {
  let text = '';
  try {
    const read = readTextFile(file, MAX_MANUSCRIPT_BYTES);
    if ('skipped' in read) process.stderr.write(`biolex: ${file}: ${read.skipped}\n`);
    else text = read.text;
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${reason(error)}`);
  }
  // The file's extension decides, by the service's one rule (.tex, .ltx, .sty, .cls are LaTeX).
  const languageId = markupOf({ uri: file, languageId: '' }) === Markup.Latex ? 'latex' : 'markdown';
  const document = { uri: file, languageId, version: 0, getText: () => text };
  const analysis = service.analyze(document);
  if (analysis.skipped) process.stderr.write(`biolex: ${file}: ${analysis.skipped}\n`);
  return { text, analysis, document };
}

/**
 * Reads a file of a LaTeX project as its project has it: the short forms the project's other files define count
 * (so the analysis is made after the project is found). Markdown and lone files are read as they are.
 */
function analyzeProjectFile(service: BiolexService, file: string, hints: ProjectHints): { text: string; analysis: Analysis; project?: Project } {
  const { text, document } = analyzeFile(service, file);
  const project = service.findProject(document, hints);
  return { text, analysis: service.analyze(document), ...(project && { project }) };
}

/**
 * The files named, each followed by the files it includes where it is a project's root, each once however often
 * it is named or included: what `check` and `annotate` read of a LaTeX project. `visit` reads one and returns its
 * project.
 */
function forEachProjectFile(files: readonly string[], visit: (file: string, hints: ProjectHints) => Project | undefined): void {
  const seen = new Set<string>();
  const once = (file: string, hints: ProjectHints): void => {
    if (seen.has(resolve(file))) return;
    seen.add(resolve(file));
    const project = visit(file, hints);
    if (project && project.root === project.document) for (const included of project.tree.files.slice(1)) once(included, { rootSetting: project.root });
  };
  for (const file of files) once(file, projectHints(file));
}

function annotations(service: BiolexService, file: string, text: string, analysis: Analysis): Annotation[] {
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

interface ReadFile {
  readonly file: string;
  readonly text: string;
  readonly analysis: Analysis;
  readonly service: BiolexService;
  readonly project?: Project;
}

/**
 * The files read, grouped by LaTeX project: a root read as a root, then the files it includes, in the order
 * `forEachProjectFile` read them; every other file (Markdown, a chapter named without its root) alone.
 */
function projectsJoined(read: readonly ReadFile[]): ReadFile[][] {
  const groups = new Map<string, ReadFile[]>();
  const roots = new Set(read.filter(({ project }) => project && project.root === project.document).map(({ project }) => project!.root));
  for (const file of read) {
    const key = file.project && roots.has(file.project.root) ? file.project.root : resolve(file.file);
    const group = groups.get(key);
    if (group) group.push(file);
    else groups.set(key, [file]);
  }
  return [...groups.values()];
}

/** The mechanism map of one file, read with its LaTeX project's short forms where it has one. */
async function writeMap(serviceFor: (file: string) => BiolexService, options: Extract<Options, { command: 'map' }>, files: readonly string[]): Promise<number> {
  const [file] = files;
  if (file === undefined || files.length > 1) throw new UsageError(`map takes one FILE (a folder holds ${files.length})`);
  const service = serviceFor(file);
  const { document } = analyzeFile(service, file);
  service.findProject(document, projectHints(file));
  const map = service.provideMechanismMap(document);
  if (options.format === 'json') process.stdout.write(`${JSON.stringify({ file: displayName(file), ...map }, null, 1)}\n`);
  else {
    const dot = formatMechanismDot(map, displayName(file), { unstated: options.unstated });
    process.stdout.write(options.format === 'dot' ? dot : await (await import('./node/svgLayout')).dotToSvg(dot));
  }
  return 0;
}

/** A file as the exports name it: relative to the working directory. */
function displayName(file: string): string {
  return relative(process.cwd(), file) || file;
}

/** BioC and PubTator go to stdout or to one file in --out; brat writes a .txt and a .ann per file in --out. */
function writeExport(options: Extract<Options, { command: 'annotate' }>, inputs: readonly ExportSource[]): void {
  const write = (path: string, text: string): void => {
    try {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
    } catch (error) {
      throw new UsageError(`cannot write ${path}: ${reason(error)}`);
    }
  };
  if (options.format === 'brat') {
    // Paths are mirrored from the inputs' common folder: an input outside the working directory does not land
    // in DIR/__/__/….
    const common = commonFolder(inputs.map((input) => resolve(input.file)));
    const documents = toBrat(inputs.map((input) => ({ ...input, file: relative(common, resolve(input.file)) })));
    for (const document of documents) {
      write(join(options.out!, `${document.name}.txt`), document.txt);
      write(join(options.out!, `${document.name}.ann`), document.ann);
    }
    process.stderr.write(`biolex: wrote ${documents.length * 2} files (.txt and .ann) to ${options.out}\n`);
    return;
  }
  const [text, name] =
    options.format === 'bioc'
      ? [formatBioc(inputs, { date: new Date().toISOString().slice(0, 10).replace(/-/g, '') }), 'biolex.bioc.json']
      : [formatPubtator(inputs), 'biolex.pubtator'];
  if (options.out === undefined) process.stdout.write(text);
  else {
    write(join(options.out, name), text);
    process.stderr.write(`biolex: wrote ${join(options.out, name)}\n`);
  }
}

/** The deepest folder that holds all these files. */
function commonFolder(files: readonly string[]): string {
  let common = files.length > 0 ? dirname(files[0]!) : process.cwd();
  for (const file of files) {
    while (relative(common, file).startsWith('..')) common = dirname(common);
  }
  return common;
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

function checkFile(service: BiolexService, file: string, hints: ProjectHints): CheckedFile & { project?: Project } {
  const { text, document } = analyzeFile(service, file);
  const lines = new LineIndex(text);
  const project = service.findProject(document, hints);
  // The same document and version: the service reuses the analysis analyzeFile made.
  const diagnostics = service.provideDiagnostics(document, { project });
  service.forget(file);
  return {
    ...(project && { project }),
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

/** A chapter's root: by magic comment, the folder's biolex.latex.rootFile, or a search of its workspace folder. */
const texFiles = new TexFileSearch();
function projectHints(file: string): ProjectHints {
  const folder = workspaceFolderOf(file);
  const own = dirname(resolve(file));
  // Without a marked workspace folder above the file, its root is searched for from the folder above its own
  // (a chapters/ folder beside the root), not from wherever the command runs.
  const inside = relative(folder, own);
  const searched = inside === '' || inside.startsWith('..') || isAbsolute(inside) ? dirname(own) : folder;
  return texFiles.hints(resolve(file), folder, settingsLatexRootFile(folder), searched);
}

function check(serviceFor: (file: string) => BiolexService, options: Extract<Options, { command: 'check' }>, files: readonly string[]): number {
  const checked: CheckedFile[] = [];
  // A root brings its includes in after it; a file is checked once, however often it is named or included.
  forEachProjectFile(files, (file, hints) => {
    const { project, ...result } = checkFile(serviceFor(file), file, hints);
    checked.push(result);
    return project;
  });
  // The built-in lexicon is the same in every service: the SARIF rule and the references come from it.
  const service = serviceFor(files[0] ?? '.');
  const all = checked.flatMap(({ file, diagnostics }) =>
    diagnostics.map((d): CheckDiagnostic => ({ file, line: d.line, column: d.column, endLine: d.endLine, endColumn: d.endColumn, severity: d.severity, code: d.code, message: d.message })),
  );
  if (options.format === 'json') process.stdout.write(`${JSON.stringify(all, null, 1)}\n`);
  else if (options.format === 'sarif') process.stdout.write(`${JSON.stringify(formatSarif(checked, service.lexicon, version()), null, 2)}\n`);
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
 * A lab's lexicon files for the workspace folder `folder`, as the editor reads them: its `.biolex/` files and
 * its `biolex.lexicon.paths`, then the --lexicon paths. A file with an error stops the run, with its path, line
 * and message, or with --lexicon-errors=warn is reported and left out.
 */
function workspaceLexicons(folder: string, options: Options): LexiconFile[] {
  const settings = settingsLexiconPaths(folder);
  if (settings.note) process.stderr.write(`biolex: ${settings.note}\n`);
  const own = readWorkspaceLexiconFiles([{ folder, paths: settings.paths }]);
  const given = readWorkspaceLexiconFiles([{ folder: process.cwd(), paths: options.lexicons }]);
  for (const note of [...own.notes, ...given.notes]) {
    if (/does not exist/.test(note)) throw new UsageError(`--lexicon: ${note.replace(/^biolex\.lexicon\.paths: /, '')}`);
    process.stderr.write(`biolex: lexicon ${note}\n`);
  }
  const seen = new Set<string>();
  const broken: string[] = [];
  const files = [...own.files, ...given.files].flatMap((read): LexiconFile[] => {
    if (seen.has(read.file)) return [];
    seen.add(read.file);
    const file: LexiconFile = { ...read, layer: LexiconLayer.Workspace };
    const errors = lexiconFileErrors(file);
    for (const e of errors) broken.push(`${displayName(fileURLToPath(e.file))}:${e.line}:${e.column}: ${e.message}`);
    return errors.length === 0 ? [file] : [];
  });
  if (broken.length > 0 && options.lexiconErrors === 'error') {
    throw new UsageError(`the workspace lexicon has errors (--lexicon-errors=warn goes on without the file):\n${broken.join('\n')}`);
  }
  for (const line of broken) process.stderr.write(`biolex: lexicon ${line} (file not used)\n`);
  return files;
}

/** The exit code; a promise of it only for `map --format svg`, which waits for Graphviz to load. */
export function main(argv: readonly string[]): number | Promise<number> {
  try {
    const options = parseArguments(argv);
    const files = collectFiles(options.paths);
    // One service per workspace folder: files of different folders may have different lexicons.
    const builtIn = readLexiconDirectory();
    const services = new Map<string, BiolexService>();
    const serviceFor = (file: string): BiolexService => {
      const folder = workspaceFolderOf(file);
      let service = services.get(folder);
      if (!service) {
        // A document's .bib files are read relative to its folder, as LaTeX and pandoc read them.
        service = createBiolexService({ lexiconFiles: [...builtIn, ...workspaceLexicons(folder, options)], bibliographies: fileBibliographyReader(), projects: fileProjectReader() });
        for (const problem of service.lexiconProblems) {
          process.stderr.write(`biolex: lexicon ${problem.file.startsWith('file:') ? displayName(fileURLToPath(problem.file)) : problem.file}:${problem.line}:${problem.column}: ${problem.message}\n`);
        }
        services.set(folder, service);
      }
      return service;
    };
    if (options.command === 'check') return check(serviceFor, options, files);
    if (options.command === 'map') return writeMap(serviceFor, options, files).catch(failure);
    // A root brings in the files it includes, one document each, read with the project's short forms.
    const read: ReadFile[] = [];
    forEachProjectFile(files, (file, hints) => {
      const service = serviceFor(file);
      const { text, analysis, project } = analyzeProjectFile(service, file, hints);
      service.forget(file);
      read.push({ file, text, analysis, service, ...(project && { project }) });
      return project;
    });
    if (options.format === 'bioc' || options.format === 'pubtator' || options.format === 'brat') {
      const input = ({ file, analysis, service }: ReadFile): ExportInput => ({ file: displayName(file), analysis, lexicon: service.lexicon });
      writeExport(options, options.oneDocument ? projectsJoined(read).map((group) => (group.length === 1 ? input(group[0]!) : { file: displayName(group[0]!.file), parts: group.map(input) })) : read.map(input));
      return 0;
    }
    const found = read.flatMap(({ file, text, analysis, service }) => annotations(service, file, text, analysis));
    if (options.format === 'json') {
      process.stdout.write(`${JSON.stringify(found, null, 1)}\n`);
    } else {
      for (const a of found) {
        process.stdout.write(`${relative(process.cwd(), a.file) || a.file}:${a.line}:${a.column}: ${a.label} (${a.type}) "${a.text.replace(/\s+/g, ' ')}"\n`);
      }
    }
    return 0;
  } catch (error) {
    return failure(error);
  }
}

/** --help and --version are answers (exit 0); bad arguments and unreadable input, and anything else, exit 2. */
function failure(error: unknown): number {
  if (error instanceof Answer) {
    process.stdout.write(`${error.message}\n`);
    return 0;
  }
  if (error instanceof UsageError) {
    process.stderr.write(`biolex: ${error.message}\n`);
    return 2;
  }
  process.stderr.write(`biolex: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
  return 2;
}

// A reader that stops early (`biolex annotate … | head`) is not an error, and leaves the verdict as it was:
// `biolex check … | head` still exits 1 on a warning (main has set the code by the time the pipe reports).
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
// Set at once where main is done at once: a closed pipe's EPIPE (above) comes before any promise would settle.
const code = main(process.argv.slice(2));
if (typeof code === 'number') process.exitCode = code;
else
  void code.then((settled) => {
    process.exitCode = settled;
  });
