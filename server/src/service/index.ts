/**
 * BioLex's language service: a pure library over in-memory documents and lexicon text. The LSP server, the
 * CLI and the tests adapt it; nothing here touches the file system, the LSP or VS Code.
 */
import { analyzeDocument, Markup, markupOf, type Analysis, type BiolexDocument } from './analysis';
import { updateAnalysis } from './incremental';
import { loadLexicon, type Lexicon, type LexiconFile, type LexiconProblem, type SourceLocation } from './lexicon/lexicon';
import { TermMatcher } from './recognition/matcher';
import { NO_DEFINITIONS } from './recognition/recognize';
import { provideHover, type HoverResult } from './features/hover';
import { encodeTokens, type EncodedTokens, type PositionIndex } from './features/semanticTokens';
import { LineIndex } from './markup/lineIndex';
import { provideDefinition } from './features/definition';
import { provideReferences, type MentionLocation } from './features/references';
import { MechanismChecker, DiagnosticSeverity, type BiolexDiagnostic, type DiagnosticOptions } from './checker/diagnostics';
import { CheckedClaims } from './checker/checkedClaims';
import { BibliographyCache, type BibliographyReader } from './bibliography/bibliographies';
import { findCitedKeys, type CitedKey } from './bibliography/citationKeys';
import { citableSourceOf } from './bibliography/citationContext';
import { provideCitationHover } from './features/citationHover';
import { provideCitationDiagnostics } from './features/citationDiagnostics';
import { withCitedSupport } from './features/citedSupport';
import { provideUncitedClaims } from './features/uncitedClaims';
import { buildMechanismMap, type MechanismMap } from './features/mechanismMap';
import { citationSuggestionsDisabled } from './checker/inlineControl';
import { ProjectFileCache, type ProjectReader } from './project/includeTree';
import { findProject, type Project, type ProjectHints } from './project/projectRoot';
import { inheritedBibliographies } from './project/projectBibliographies';
import { ProjectDefinitions } from './project/projectDefinitions';
import { provideIncludeDiagnostics } from './features/includeDiagnostics';

export interface BiolexServiceOptions {
  /** The lexicon's YAML or JSON files: entries and references. */
  readonly lexiconFiles: readonly LexiconFile[];
  /** Reads the .bib files documents declare; without it no bibliography is read, and no key is reported unknown. */
  readonly bibliographies?: BibliographyReader;
  /** Reads a LaTeX project's files (roots, includes); without it each document is read alone. */
  readonly projects?: ProjectReader;
}

export interface BiolexService {
  readonly lexicon: Lexicon;
  readonly lexiconProblems: readonly LexiconProblem[];
  /** The document's analysis, computed once per version. */
  analyze(document: BiolexDocument): Analysis;
  /**
   * The LaTeX project a document belongs to: its root and the root's include tree. Undefined for Markdown, for a
   * document that is not a file, and without a project reader. The short forms the project's other files define
   * count in the document's analyses from then on.
   */
  findProject(document: BiolexDocument, hints?: ProjectHints): Project | undefined;
  /** `project`: the document's (from `findProject`); a chapter then cites from its root's bibliographies. */
  provideHover(document: BiolexDocument, offset: number, project?: Project): HoverResult | undefined;
  provideSemanticTokens(document: BiolexDocument, lines: PositionIndex): number[];
  provideDefinition(document: BiolexDocument, offset: number): SourceLocation[];
  /**
   * Every mention of the entry at `offset` in the open documents; with `project`, in the project's files that are
   * not open too (their locations carry a `range`, and their file id as `uri`).
   */
  provideReferences(document: BiolexDocument, offset: number, openDocuments: Iterable<BiolexDocument>, project?: Project): MentionLocation[];
  /**
   * Mechanism claims that contradict the curated lexicon, with fixes; then cited keys missing from the
   * document's bibliographies (its project's, for a chapter that declares none), and bibliographies that are
   * missing or broken; then the project's missing and cyclic includes that this document names. Where the
   * document reads a bibliography, claims the curated literature backs that cite nothing (`uncited-claim`), unless
   * `suggestCitations` is false or the document turns citation suggestions off.
   */
  provideDiagnostics(document: BiolexDocument, options?: Partial<DiagnosticOptions> & { readonly project?: Project; readonly suggestCitations?: boolean }): BiolexDiagnostic[];
  /**
   * The analyses of every file of a LaTeX project, in the order LaTeX reads them: the open documents as the editor
   * has them, the rest as on disk (their `uri` is then their file id). For the status bar's count and the export of
   * a whole project.
   */
  analyzeProject(project: Project, openDocuments: Iterable<BiolexDocument>): Analysis[];
  /**
   * The entries the document makes claims about and its claims, each against the curated lexicon (mechanismMap.ts);
   * `within` (source offsets), those of a part of it only.
   */
  provideMechanismMap(document: BiolexDocument, within?: { readonly start: number; readonly end: number }): MechanismMap;
  /** Drops the cached analysis of a closed document. */
  forget(uri: string): void;
}

export function createBiolexService(options: BiolexServiceOptions): BiolexService {
  const { lexicon, problems } = loadLexicon(options.lexiconFiles);
  const matcher = TermMatcher.fromEntries(lexicon.entries.values());
  const cache = new Map<string, Analysis>();
  // Fixes are checked by reading the fixed sentence again, as a document of its own in the same markup.
  const checker = new MechanismChecker(lexicon, (text, markup) =>
    analyzeDocument({ uri: `biolex-fix-check.${markup === Markup.Latex ? 'tex' : 'md'}`, languageId: markup === Markup.Latex ? 'latex' : 'markdown', version: 0, getText: () => text }, matcher),
  );
  const diagnosticsCache = new WeakMap<Analysis, { severity: DiagnosticSeverity; diagnostics: BiolexDiagnostic[] }>();
  /** Each document's last semantic tokens: after an edit, the next ones are derived from them. */
  const tokensCache = new Map<string, EncodedTokens>();
  const bibliographies = new BibliographyCache(options.bibliographies);
  const projectFiles = options.projects && new ProjectFileCache(options.projects);
  const projectDefinitions = projectFiles && new ProjectDefinitions(projectFiles, matcher);
  const bibliographiesOf = (analysis: Analysis, project: Project | undefined) =>
    bibliographies.bibliographiesOf(analysis, project && projectFiles && analysis.markup === Markup.Latex ? inheritedBibliographies(projectFiles, project) : undefined);
  const checkedClaims = new CheckedClaims(checker);
  /** A chapter's citation style is set by its root's preamble. */
  const preambleOf = (project: Project | undefined): string | undefined => (project && project.root !== project.document ? projectFiles?.readText(project.root) : undefined);
  const citedKeysCache = new WeakMap<Analysis, CitedKey[]>();
  const citedKeys = (analysis: Analysis): CitedKey[] => {
    let keys = citedKeysCache.get(analysis);
    if (!keys) {
      keys = analysis.skipped ? [] : findCitedKeys(analysis.source, analysis.markup, citableSourceOf(analysis));
      citedKeysCache.set(analysis, keys);
    }
    return keys;
  };

  /** The analyses of a project's files that no open document is, from the text its walk read, kept per text. */
  const unopenedAnalyses = new Map<string, Analysis>();
  const unopenedFiles = (project: Project, open: readonly BiolexDocument[]): Analysis[] => {
    if (!projectFiles) return [];
    const openFiles = new Set(open.map((d) => projectFiles.reader.fileOf(d.uri)));
    const analyses: Analysis[] = [];
    for (const file of project.tree.files) {
      const text = projectFiles.readText(file);
      if (openFiles.has(file) || text === undefined) continue;
      // Short forms the project's other files define count in this one too.
      const defined = projectDefinitions?.update(file, { ...project, document: file }) ?? NO_DEFINITIONS;
      let analysis = unopenedAnalyses.get(file);
      if (analysis?.source !== text || analysis.projectDefinitions !== defined) {
        analysis = analyzeDocument({ uri: file, languageId: 'latex', version: 0, getText: () => text }, matcher, defined);
        unopenedAnalyses.set(file, analysis);
      }
      analyses.push(analysis);
    }
    return analyses;
  };

  const analyze = (document: BiolexDocument): Analysis => {
    const cached = cache.get(document.uri);
    // Short forms its project's other files define count too (as last found by `findProject`): an analysis made
    // with others is made again, whole.
    const defined = projectDefinitions?.of(document.uri) ?? NO_DEFINITIONS;
    const same = cached?.projectDefinitions === defined;
    if (cached && same && cached.version === document.version) return cached;
    const analysis = (cached && same && markupOf(document) === cached.markup && updateAnalysis(cached, document, matcher)) || analyzeDocument(document, matcher, defined);
    cache.set(document.uri, analysis);
    return analysis;
  };

  /** The document's mechanism diagnostics, kept with its analysis: the map asks for them too. */
  const mechanismDiagnostics = (analysis: Analysis, severity: DiagnosticSeverity): { severity: DiagnosticSeverity; diagnostics: BiolexDiagnostic[] } => {
    let mechanism = diagnosticsCache.get(analysis);
    if (!mechanism || mechanism.severity !== severity) {
      mechanism = { severity, diagnostics: checker.provideDiagnostics(analysis, { severity }) };
      diagnosticsCache.set(analysis, mechanism);
    }
    return mechanism;
  };

  return {
    lexicon,
    lexiconProblems: problems,
    analyze,
    findProject: (document, hints = {}) => {
      if (!projectFiles || markupOf(document) !== Markup.Latex) return undefined;
      const id = projectFiles.reader.fileOf(document.uri);
      if (id === undefined) return undefined;
      const project = findProject(projectFiles, { id, text: document.getText() }, hints);
      projectDefinitions?.update(document.uri, project);
      return project;
    },
    provideHover: (document, offset, project) => {
      const analysis = analyze(document);
      return provideCitationHover(citedKeys(analysis), offset, () => bibliographiesOf(analysis, project)) ?? provideHover(analysis, offset, lexicon);
    },
    provideSemanticTokens: (document, lines) => {
      const analysis = analyze(document);
      const previous = tokensCache.get(document.uri);
      if (previous?.analysis === analysis) return previous.data;
      const tokens = encodeTokens(analysis, lines, analysis.source, previous);
      tokensCache.set(document.uri, tokens);
      return tokens.data;
    },
    provideDefinition: (document, offset) => provideDefinition(analyze(document), offset, lexicon),
    provideReferences: (document, offset, openDocuments, project) => {
      const open = [...openDocuments];
      return provideReferences(analyze(document), offset, open.map(analyze), project ? unopenedFiles(project, open) : []);
    },
    provideDiagnostics: (document, options) => {
      const analysis = analyze(document);
      const severity = options?.severity ?? DiagnosticSeverity.Warning;
      const mechanism = mechanismDiagnostics(analysis, severity);
      // Not cached with the mechanism ones: they change when a .bib does, the document unchanged.
      const bibliographies = bibliographiesOf(analysis, options?.project);
      const citations = analysis.skipped ? [] : provideCitationDiagnostics(citedKeys(analysis), bibliographies);
      const includes = options?.project ? provideIncludeDiagnostics(options.project) : [];
      const suggest = options?.suggestCitations !== false && !analysis.skipped && bibliographies.anyRead && !citationSuggestionsDisabled(analysis.source, analysis.markup);
      const keys = suggest ? citedKeys(analysis) : [];
      const mechanisms = suggest ? withCitedSupport(mechanism.diagnostics, analysis, keys, bibliographies, lexicon.references) : mechanism.diagnostics;
      const uncited = suggest ? provideUncitedClaims({ analysis, supported: checkedClaims.supported(analysis), keys, bibliographies, lexicon, preamble: preambleOf(options?.project) }) : [];
      if (uncited.length === 0 && citations.length === 0 && includes.length === 0) return mechanisms;
      // In the order of the text, as the command line prints them.
      return [...mechanisms, ...uncited, ...citations, ...includes].sort((a, b) => a.start - b.start);
    },
    provideMechanismMap: (document, within) => {
      const analysis = analyze(document);
      if (analysis.skipped) return { nodes: [], edges: [], unstated: [] };
      return buildMechanismMap({ analysis, checked: checkedClaims.find(analysis), relations: checker.relations, lexicon, diagnostics: mechanismDiagnostics(analysis, DiagnosticSeverity.Warning).diagnostics, ...(within && { within }) });
    },
    analyzeProject: (project, openDocuments) => {
      const byFile = new Map<string, BiolexDocument>();
      for (const document of openDocuments) {
        const file = projectFiles?.reader.fileOf(document.uri);
        if (file !== undefined && project.tree.files.includes(file)) byFile.set(file, document);
      }
      const unopened = new Map(unopenedFiles(project, [...byFile.values()]).map((a) => [a.uri, a]));
      return project.tree.files.flatMap((file) => {
        const open = byFile.get(file);
        return open ? [analyze(open)] : unopened.has(file) ? [unopened.get(file)!] : [];
      });
    },
    forget: (uri) => {
      cache.delete(uri);
      tokensCache.delete(uri);
      checker.forget(uri);
      checkedClaims.forget(uri);
      projectDefinitions?.forget(uri);
    },
  };
}

export type { Analysis, BiolexDocument, SourceMention } from './analysis';
export { Markup, markupOf, toProse } from './analysis';
export type { Entry, Lexicon, LexiconFile, LexiconProblem, Reference, SourceLocation } from './lexicon/lexicon';
export { loadLexicon } from './lexicon/lexicon';
export { precompileLexicon, usePrecompiledLexicon, type PrecompiledLexicon } from './lexicon/precompiled';
export type { HoverResult } from './features/hover';
export { describeEntry } from './features/hover';
export { SEMANTIC_TOKEN_TYPES, SEMANTIC_TOKEN_MODIFIERS, semanticTokensEdits } from './features/semanticTokens';
export type { MentionLocation } from './features/references';
export { TermMatcher } from './recognition/matcher';
export { DiagnosticSeverity, MECHANISM_CONTRADICTION } from './checker/diagnostics';
export type { BiolexDiagnostic, FileAppend, QuickFix, TextEdit } from './checker/diagnostics';
export { LineIndex };
export type { BibliographyReader } from './bibliography/bibliographies';
export type { ProjectReader, IncludeTree, IncludeProblem } from './project/includeTree';
export { MISSING_INCLUDE, INCLUDE_CYCLE } from './project/includeTree';
export { ROOT_NOT_FOUND, RootSource, type Project, type ProjectHints } from './project/projectRoot';
export { findIncludes, IncludeKind, type IncludeCommand } from './project/includes';
export { findRootDirective, isRootDocument } from './project/magicRoot';
export { findBibliographyDeclarations, type BibliographyDeclaration } from './bibliography/declarations';
export { parseBibliography, type BibEntry, type Bibliography } from './bibliography/bibtex';
export { findCitedKeys, type CitedKey } from './bibliography/citationKeys';
export { UNKNOWN_CITATION, BIBLIOGRAPHY_NOT_FOUND, BIBLIOGRAPHY_PROBLEM } from './features/citationDiagnostics';
export { UNCITED_CLAIM } from './features/uncitedClaims';
export { sectionAround } from './features/sections';
export { MapStatus, type MapClaim, type MapEdge, type MapEffect, type MapNode, type MapRelation, type MechanismMap } from './features/mechanismMap';
export * from './lexicon/workspace';
export { citedReferences, firstAuthor, referenceLabel, referenceUrl } from './lexicon/citations';
export type { BlockKind, BlockStart } from './markup/prose';
export { CELL_SEPARATOR } from './markup/prose';
