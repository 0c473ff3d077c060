/** Multi-file LaTeX projects over in-memory files: includes, roots, include problems and inherited bibliographies. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { posix, resolve } from 'node:path';
import {
  createBiolexService,
  findIncludes,
  findRootDirective,
  IncludeKind,
  RootSource,
  type BibliographyReader,
  type BiolexService,
  type ProjectReader,
} from '../../server/src/service';
import { testLexiconFiles } from '../helpers/lexicon';
import { readLexiconDirectory } from '../../server/src/node/lexiconFiles';

/** Files by absolute POSIX path; a value `null` is a folder, an Error a file that cannot be read. */
type Files = Record<string, string | null | Error>;

function projectReader(files: Files): ProjectReader {
  return {
    fileOf: (uri) => (uri.startsWith('/') ? uri : undefined),
    folderOf: (id) => posix.dirname(id),
    subfolder: (folder, path) => posix.resolve(folder, path),
    locate: (folder, path) => {
      const id = posix.resolve(folder, path);
      if (!(id in files)) return { missing: `no file ${id}` };
      if (files[id] === null) return { missing: `${id} is a folder` };
      // A file's stamp changes with its length, as a modification time would.
      return { id, stamp: String((files[id] as string).length) };
    },
    read: (id) => {
      const text = files[id];
      if (text instanceof Error) throw text;
      return text!;
    },
  };
}

function bibliographyReader(files: Files): BibliographyReader {
  return {
    locate: (from, path) => {
      const id = posix.resolve(posix.dirname(from), path);
      return typeof files[id] === 'string' ? { id, stamp: '1' } : { missing: `no file ${id}` };
    },
    read: (id) => files[id] as string,
  };
}

function serviceFor(files: Files): BiolexService {
  return createBiolexService({ lexiconFiles: testLexiconFiles(), projects: projectReader(files), bibliographies: bibliographyReader(files) });
}

/** The document at `path`, its text from `files`; `|` in the text marks the cursor and is dropped. */
function open(files: Files, path: string): { uri: string; languageId: string; version: number; getText(): string; cursor: number } {
  const marked = files[path] as string;
  const cursor = marked.indexOf('|');
  const text = cursor >= 0 ? marked.slice(0, cursor) + marked.slice(cursor + 1) : marked;
  files[path] = text;
  return { uri: path, languageId: 'latex', version: 1, getText: () => text, cursor };
}

const ROOT = '\\documentclass{book}\n\\begin{document}\n\\input{chapters/intro}\n\\include{chapters/results.tex}\n\\bibliography{references}\n\\end{document}\n';
const BIB = '@article{dixon2012, title = {Ferroptosis: an iron-dependent form of nonapoptotic cell death}, author = {Dixon, S. J.}, journal = {Cell}, year = {2012}, doi = {10.1016/j.cell.2012.03.042}}\n';

test('include commands in every form, with the range of the whole command', () => {
  const source = [
    '\\input{a}',
    '\\input b.tex',
    '\\include {c}',
    '\\subfile{d.tex}',
    '\\import{parts/}{e}',
    '\\subimport*{more/}{f.tex}',
    '\\inputencoding{utf8} \\includegraphics{g} \\includeonly{h}',
    '% \\input{commented}',
    '\\begin{verbatim}\\input{verbatim}\\end{verbatim} \\verb|\\input{inline}|',
  ].join('\n');
  const includes = findIncludes(source);
  assert.deepEqual(
    includes.map((i) => [i.kind, i.command, i.directory, i.path, source.slice(i.start, i.end)]),
    [
      [IncludeKind.Input, 'input', undefined, 'a', '\\input{a}'],
      [IncludeKind.Input, 'input', undefined, 'b.tex', '\\input b.tex'],
      [IncludeKind.Input, 'include', undefined, 'c', '\\include {c}'],
      [IncludeKind.Input, 'subfile', undefined, 'd.tex', '\\subfile{d.tex}'],
      [IncludeKind.Import, 'import', 'parts/', 'e', '\\import{parts/}{e}'],
      [IncludeKind.Subimport, 'subimport*', 'more/', 'f.tex', '\\subimport*{more/}{f.tex}'],
    ],
  );
});

test('the root directive: the magic comment in any case and spacing, and subfiles\' documentclass', () => {
  assert.equal(findRootDirective('% !TEX root = ../thesis.tex\n\\chapter{A}')?.path, '../thesis.tex');
  assert.equal(findRootDirective('%!TeX root=main.tex \nText')?.path, 'main.tex');
  assert.equal(findRootDirective('Text\n  %% !tex ROOT = my thesis.tex\n')?.path, 'my thesis.tex');
  assert.equal(findRootDirective('\\documentclass[../main.tex]{subfiles}\n')?.path, '../main.tex');
  assert.equal(findRootDirective('\\documentclass{article}\n% TEX root = x.tex\n'), undefined);
  const source = '% !TEX root = ../thesis.tex\n';
  const directive = findRootDirective(source)!;
  assert.equal(source.slice(directive.start, directive.end), '../thesis.tex');
});

test('a chapter\'s root: the magic comment first, then the setting, then a search for the root that includes it', () => {
  const files: Files = {
    '/p/thesis.tex': ROOT,
    '/p/other.tex': '\\documentclass{article}\n\\input{chapters/results}\n',
    '/p/chapters/intro.tex': '\\chapter{Intro}\n',
    '/p/chapters/results.tex': '\\chapter{Results}\n',
    '/p/chapters/magic.tex': '% !TeX root = ../other.tex\n\\chapter{Magic}\n',
  };
  const service = serviceFor(files);
  const intro = open(files, '/p/chapters/intro.tex');
  const candidates = () => ['/p/other.tex', '/p/thesis.tex'];
  const searched = service.findProject(intro, { candidateRoots: candidates })!;
  assert.deepEqual([searched.root, searched.rootSource], ['/p/thesis.tex', RootSource.Search]);
  assert.deepEqual(searched.tree.files, ['/p/thesis.tex', '/p/chapters/intro.tex', '/p/chapters/results.tex']);
  // The setting wins over the search; the magic comment over the setting.
  const set = service.findProject(intro, { rootSetting: '/p/other.tex', candidateRoots: candidates })!;
  assert.deepEqual([set.root, set.rootSource], ['/p/other.tex', RootSource.Setting]);
  const magic = service.findProject(open(files, '/p/chapters/magic.tex'), { rootSetting: '/p/thesis.tex', candidateRoots: candidates })!;
  assert.deepEqual([magic.root, magic.rootSource], ['/p/other.tex', RootSource.Directive]);
  // The first candidate that includes the chapter, in the order given.
  const results = service.findProject(open(files, '/p/chapters/results.tex'), { candidateRoots: candidates })!;
  assert.equal(results.root, '/p/other.tex');
  // A root is its own; a chapter no root includes too; a Markdown document has no project.
  assert.equal(service.findProject(open(files, '/p/thesis.tex'), { rootSetting: '/p/other.tex' })!.rootSource, RootSource.Itself);
  assert.equal(service.findProject(intro, { candidateRoots: () => ['/p/other.tex'] })!.rootSource, RootSource.Itself);
  assert.equal(service.findProject({ ...intro, uri: '/p/notes.md', languageId: 'markdown' }), undefined);
  // A magic comment naming no file falls through to the search.
  files['/p/chapters/stale.tex'] = '% !TEX root = ../gone.tex\n';
  files['/p/thesis.tex'] = `${ROOT}\\input{chapters/stale}\n`;
  assert.equal(service.findProject(open(files, '/p/chapters/stale.tex'), { candidateRoots: candidates })!.root, '/p/thesis.tex');
});

test('include paths start at the root\'s folder, \\import at its folder, \\subimport at the importing file\'s', () => {
  const files: Files = {
    '/p/main.tex': '\\documentclass{book}\n\\input{chapters/a}\n\\import{parts/}{b}\n',
    '/p/chapters/a.tex': '\\input{chapters/a2}\n',
    '/p/chapters/a2.tex': 'A2\n',
    '/p/parts/b.tex': '\\input{b2}\n\\subimport{deeper/}{c}\n',
    '/p/parts/b2.tex': 'B2\n',
    '/p/parts/deeper/c.tex': 'C\n',
  };
  const project = serviceFor(files).findProject(open(files, '/p/main.tex'))!;
  assert.deepEqual(project.tree.files, ['/p/main.tex', '/p/chapters/a.tex', '/p/chapters/a2.tex', '/p/parts/b.tex', '/p/parts/b2.tex', '/p/parts/deeper/c.tex']);
  assert.deepEqual(project.tree.problems, []);
});

test('a missing or cyclic include is one warning on the command that names it, and the rest is still read', () => {
  const files: Files = {
    '/p/thesis.tex': '\\documentclass{book}\n\\input{gone}\n\\input{chapters}\n\\input{binary}\n\\input{a}\n\\input{z}\n',
    '/p/chapters': null,
    '/p/binary.tex': new Error('a binary file, not LaTeX'),
    '/p/a.tex': 'A \\input{b}\n',
    '/p/b.tex': 'B \\input{a.tex} % and \\input{gone-but-commented}\n',
    '/p/z.tex': 'Z\n',
  };
  const service = serviceFor(files);
  const thesis = open(files, '/p/thesis.tex');
  const project = service.findProject(thesis)!;
  assert.deepEqual(project.tree.files, ['/p/thesis.tex', '/p/a.tex', '/p/b.tex', '/p/z.tex']);
  const diagnostics = service.provideDiagnostics(thesis, { project });
  assert.deepEqual(
    diagnostics.map((d) => [d.code, d.severity, thesis.getText().slice(d.start, d.end)]),
    [
      ['missing-include', 'warning', '\\input{gone}'],
      ['missing-include', 'warning', '\\input{chapters}'],
      ['missing-include', 'warning', '\\input{binary}'],
    ],
  );
  assert.match(diagnostics[0]!.message, /^\\input: gone was not found \(no file \/p\/gone\.tex\)/);
  assert.match(diagnostics[2]!.message, /could not be read \(a binary file, not LaTeX\)/);
  // The cycle is reported in b.tex, the file whose command closes it, with the chain.
  const b = open(files, '/p/b.tex');
  const bProject = service.findProject(b, { candidateRoots: () => ['/p/thesis.tex'] })!;
  const cycle = service.provideDiagnostics(b, { project: bProject });
  assert.deepEqual(cycle.map((d) => [d.code, b.getText().slice(d.start, d.end)]), [['include-cycle', '\\input{a.tex}']]);
  assert.match(cycle[0]!.message, /\(a\.tex → b\.tex → a\.tex\)/);
  // Without a project (a document read alone) there are no include diagnostics.
  assert.deepEqual(service.provideDiagnostics(thesis).filter((d) => d.code.includes('include')), []);
});

test('a file that includes itself, and an include loop through the root, end', () => {
  const files: Files = { '/p/main.tex': '\\documentclass{article}\n\\input{main}\n\\input{c}\n', '/p/c.tex': '\\input{main.tex}\n' };
  const service = serviceFor(files);
  const main = open(files, '/p/main.tex');
  assert.deepEqual(service.provideDiagnostics(main, { project: service.findProject(main)! }).map((d) => d.code), ['include-cycle']);
  const c = open(files, '/p/c.tex');
  assert.deepEqual(service.provideDiagnostics(c, { project: service.findProject(c, { candidateRoots: () => ['/p/main.tex'] })! }).map((d) => d.code), ['include-cycle']);
});

test('a chapter without its own bibliography cites from its root\'s: hover and unknown-citation', () => {
  const files: Files = {
    '/p/thesis.tex': ROOT,
    '/p/references.bib': BIB,
    '/p/chapters/intro.tex': '% !TEX root = ../thesis.tex\nFerroptosis \\cite{dix|on2012} is iron-dependent \\cite{dixon2021}.\n',
    '/p/chapters/results.tex': 'As shown \\cite{dixon2012}.\n\\bibliography{own}\n',
  };
  const service = serviceFor(files);
  const intro = open(files, '/p/chapters/intro.tex');
  const project = service.findProject(intro)!;
  assert.match(service.provideHover(intro, intro.cursor, project)!.contents, /^\*\*Ferroptosis\\: an iron\\-dependent form/);
  const diagnostics = service.provideDiagnostics(intro, { project });
  assert.deepEqual(diagnostics.map((d) => [d.code, intro.getText().slice(d.start, d.end)]), [['unknown-citation', 'dixon2021']]);
  assert.match(diagnostics[0]!.message, /not in the bibliography \(references\.bib\)\. Did you mean "dixon2012"\?/);
  // Read alone, the chapter has no bibliography: no unknown keys.
  assert.deepEqual(service.provideDiagnostics(intro), []);
  assert.match(service.provideHover(intro, intro.cursor)!.contents, /declares no bibliography/);
  // A chapter with its own \bibliography keeps it (here missing: reported in the chapter, not the root's used).
  const results = open(files, '/p/chapters/results.tex');
  const own = service.provideDiagnostics(results, { project: service.findProject(results, { candidateRoots: () => ['/p/thesis.tex'] })! });
  assert.deepEqual(own.map((d) => d.code), ['bibliography-not-found']);
});

test('a root\'s missing bibliography is reported in the root, not in each chapter', () => {
  const files: Files = { '/p/thesis.tex': ROOT, '/p/chapters/intro.tex': 'Text \\cite{dixon2012}.\n', '/p/chapters/results.tex': '' };
  const service = serviceFor(files);
  const intro = open(files, '/p/chapters/intro.tex');
  assert.deepEqual(service.provideDiagnostics(intro, { project: service.findProject(intro, { candidateRoots: () => ['/p/thesis.tex'] })! }), []);
  const thesis = open(files, '/p/thesis.tex');
  assert.deepEqual(service.provideDiagnostics(thesis, { project: service.findProject(thesis)! }).map((d) => d.code), ['bibliography-not-found']);
});

test('a chapter\'s "Cite …" fix follows the root\'s citation style and appends to the root\'s bibliography', () => {
  const files: Files = {
    '/p/thesis.tex': '\\documentclass{book}\n\\usepackage[numbers]{natbib}\n\\begin{document}\n\\include{ch1}\n\\bibliography{refs}\n\\end{document}\n',
    '/p/ch1.tex': 'In our cells FSP1 suppresses ferroptosis.\n',
    '/p/refs.bib': '@article{dixon2012, title = {Ferroptosis}, year = {2012}}\n',
  };
  const service = createBiolexService({ lexiconFiles: readLexiconDirectory(resolve(__dirname, '../../lexicon')), projects: projectReader(files), bibliographies: bibliographyReader(files) });
  const chapter = open(files, '/p/ch1.tex');
  const project = service.findProject(chapter, { candidateRoots: () => ['/p/thesis.tex'] });
  const [found] = service.provideDiagnostics(chapter, { project }).filter((d) => d.code === 'uncited-claim');
  const [fix] = found!.fixes;
  assert.deepEqual(fix!.edits, [{ start: 40, end: 40, newText: '~\\citep{dai2020}' }]);
  assert.equal(fix!.appends![0]!.file, '/p/refs.bib');
});

test('a root directive naming no file is a root-not-found warning on its path, and the root is found by search', () => {
  const files: Files = {
    '/p/thesis.tex': `${ROOT}\\input{chapters/stale}\n`,
    '/p/chapters/stale.tex': '% !TEX root = ../gone.tex\n\\chapter{Stale}\n',
    '/p/chapters/self.tex': '% !TEX root = self.tex\n\\chapter{Self}\n',
  };
  const service = serviceFor(files);
  const stale = open(files, '/p/chapters/stale.tex');
  const project = service.findProject(stale, { candidateRoots: () => ['/p/thesis.tex'] })!;
  assert.deepEqual([project.root, project.rootSource], ['/p/thesis.tex', RootSource.Search]);
  const [found, ...rest] = service.provideDiagnostics(stale, { project }).filter((d) => d.code === 'root-not-found');
  assert.equal(rest.length, 0);
  assert.equal(stale.getText().slice(found!.start, found!.end), '../gone.tex');
  assert.equal(found!.severity, 'warning');
  assert.match(found!.message, /^The root file \.\.\/gone\.tex named here was not found \(no file \/p\/gone\.tex\); BioLex looks for this file's root as if the directive were not there\.$/);
  const self = open(files, '/p/chapters/self.tex');
  const selfProject = service.findProject(self, {})!;
  assert.match(service.provideDiagnostics(self, { project: selfProject }).find((d) => d.code === 'root-not-found')!.message, /\(it is this file itself\)/);
  // A directive that names the root raises nothing.
  files['/p/chapters/stale.tex'] = '% !TEX root = ../thesis.tex\n\\chapter{Stale}\n';
  const mended = open(files, '/p/chapters/stale.tex');
  assert.deepEqual(service.provideDiagnostics({ ...mended, version: 2 }, { project: service.findProject({ ...mended, version: 2 }, {}) }).filter((d) => d.code === 'root-not-found'), []);
});

test('a short form defined in one chapter counts in the others: hover, and a new analysis when the definition goes', () => {
  const files: Files = {
    '/p/thesis.tex': ROOT,
    '/p/chapters/intro.tex': '\\chapter{Intro}\nIron enters on transferrin (TF).\n',
    '/p/chapters/results.tex': '\\chapter{Results}\n\nWe measured T|F in serum.\n',
  };
  const service = serviceFor(files);
  const results = open(files, '/p/chapters/results.tex');
  const hints = { candidateRoots: () => ['/p/thesis.tex'] };
  // Read alone, the chapter does not define TF.
  assert.equal(service.provideHover(results, results.cursor), undefined);
  const project = service.findProject(results, hints)!;
  assert.equal(project.root, '/p/thesis.tex');
  assert.match(service.provideHover(results, results.cursor, project)!.contents, /^\*\*TF\*\*/);
  assert.deepEqual(service.analyze(results).mentions.map((m) => m.id), ['TF']);
  // The intro no longer defines it (its text on disk changed): the chapter is read again without it.
  files['/p/chapters/intro.tex'] = '\\chapter{Intro}\nIron enters on transferrin.\n';
  service.findProject(results, hints);
  assert.deepEqual(service.analyze(results).mentions.map((m) => m.id), []);
  // An edit in the chapter keeps the project's short forms, block by block.
  files['/p/chapters/intro.tex'] = '\\chapter{Intro}\nIron enters on transferrin (TF), as before.\n';
  service.findProject(results, hints);
  const edited = { ...results, version: 2, getText: () => '\\chapter{Results}\n\nWe measured TF in plasma.\n' };
  assert.deepEqual(service.analyze(results).mentions.map((m) => m.id), ['TF']);
  assert.deepEqual(service.analyze(edited).mentions.map((m) => m.id), ['TF']);
  assert.ok(service.analyze(edited).edit, 'the edit was read block by block');
});

test('find all references covers the project\'s files that are not open, with their lines and characters', () => {
  const files: Files = {
    '/p/thesis.tex': ROOT,
    '/p/chapters/intro.tex': '\\chapter{Intro}\nGPX4 first.\n\nThen erastin and\n  GPX4 again.\n',
    '/p/chapters/results.tex': '\\chapter{Results}\nWe saw GP|X4.\n',
  };
  const service = serviceFor(files);
  const results = open(files, '/p/chapters/results.tex');
  const project = service.findProject(results, { candidateRoots: () => ['/p/thesis.tex'] })!;
  const found = service.provideReferences(results, results.cursor, [results], project);
  assert.deepEqual(
    found.map((l) => [l.uri, l.range ? `${l.range.start.line}:${l.range.start.character}-${l.range.end.line}:${l.range.end.character}` : `${l.start}-${l.end}`]),
    [
      ['/p/chapters/results.tex', '25-29'],
      ['/p/chapters/intro.tex', '1:0-1:4'],
      ['/p/chapters/intro.tex', '4:2-4:6'],
    ],
  );
  // Without the project, the open documents only.
  assert.equal(service.provideReferences(results, results.cursor, [results]).length, 1);
});

test('a whole project is analysed in reading order, the open documents as the editor has them', () => {
  const files: Files = {
    '/p/thesis.tex': ROOT,
    '/p/chapters/intro.tex': '\\chapter{Intro}\nGPX4 and erastin.\n',
    '/p/chapters/results.tex': '\\chapter{Results}\nGPX4.\n',
  };
  const service = serviceFor(files);
  const results = open(files, '/p/chapters/results.tex');
  const project = service.findProject(results, { candidateRoots: () => ['/p/thesis.tex'] })!;
  const count = (analyses: { uri: string; mentions: readonly unknown[] }[]) => analyses.map((a) => [a.uri, a.mentions.length]);
  assert.deepEqual(count(service.analyzeProject(project, [results])), [['/p/thesis.tex', 0], ['/p/chapters/intro.tex', 2], ['/p/chapters/results.tex', 1]]);
  // An unsaved edit of the open chapter counts as the editor has it.
  const edited = { ...results, version: 2, getText: () => '\\chapter{Results}\nGPX4, erastin and GPX4.\n' };
  assert.deepEqual(count(service.analyzeProject(project, [edited])), [['/p/thesis.tex', 0], ['/p/chapters/intro.tex', 2], ['/p/chapters/results.tex', 3]]);
});
