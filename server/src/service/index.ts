/**
 * BioLex's language service: a pure library over in-memory documents and lexicon text. The LSP server, the
 * CLI and the tests adapt it; nothing here touches the file system, the LSP or VS Code.
 */
import { analyzeDocument, Markup, markupOf, type Analysis, type BiolexDocument } from './analysis';
import { updateAnalysis } from './incremental';
import { loadLexicon, type Lexicon, type LexiconFile, type LexiconProblem, type SourceLocation } from './lexicon/lexicon';
import { TermMatcher } from './recognition/matcher';
import { provideHover, type HoverResult } from './features/hover';
import { encodeTokens, type EncodedTokens, type PositionIndex } from './features/semanticTokens';
import { LineIndex } from './markup/lineIndex';
import { provideDefinition } from './features/definition';
import { provideReferences, type MentionLocation } from './features/references';
import { MechanismChecker, DiagnosticSeverity, type BiolexDiagnostic, type DiagnosticOptions } from './checker/diagnostics';

export interface BiolexServiceOptions {
  /** The lexicon's YAML or JSON files: entries and references. */
  readonly lexiconFiles: readonly LexiconFile[];
}

export interface BiolexService {
  readonly lexicon: Lexicon;
  readonly lexiconProblems: readonly LexiconProblem[];
  /** The document's analysis, computed once per version. */
  analyze(document: BiolexDocument): Analysis;
  provideHover(document: BiolexDocument, offset: number): HoverResult | undefined;
  provideSemanticTokens(document: BiolexDocument, lines: PositionIndex): number[];
  provideDefinition(document: BiolexDocument, offset: number): SourceLocation[];
  provideReferences(document: BiolexDocument, offset: number, openDocuments: Iterable<BiolexDocument>): MentionLocation[];
  /** Mechanism claims that contradict the curated lexicon, with fixes. */
  provideDiagnostics(document: BiolexDocument, options?: Partial<DiagnosticOptions>): BiolexDiagnostic[];
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

  const analyze = (document: BiolexDocument): Analysis => {
    const cached = cache.get(document.uri);
    if (cached && cached.version === document.version) return cached;
    const analysis = (cached && markupOf(document) === cached.markup && updateAnalysis(cached, document, matcher)) || analyzeDocument(document, matcher);
    cache.set(document.uri, analysis);
    return analysis;
  };

  return {
    lexicon,
    lexiconProblems: problems,
    analyze,
    provideHover: (document, offset) => provideHover(analyze(document), offset, lexicon),
    provideSemanticTokens: (document, lines) => {
      const analysis = analyze(document);
      const previous = tokensCache.get(document.uri);
      if (previous?.analysis === analysis) return previous.data;
      const tokens = encodeTokens(analysis, lines, analysis.source, previous);
      tokensCache.set(document.uri, tokens);
      return tokens.data;
    },
    provideDefinition: (document, offset) => provideDefinition(analyze(document), offset, lexicon),
    provideReferences: (document, offset, openDocuments) =>
      provideReferences(analyze(document), offset, [...openDocuments].map(analyze)),
    provideDiagnostics: (document, options) => {
      const analysis = analyze(document);
      const severity = options?.severity ?? DiagnosticSeverity.Warning;
      const cached = diagnosticsCache.get(analysis);
      if (cached && cached.severity === severity) return cached.diagnostics;
      const diagnostics = checker.provideDiagnostics(analysis, { severity });
      diagnosticsCache.set(analysis, { severity, diagnostics });
      return diagnostics;
    },
    forget: (uri) => {
      cache.delete(uri);
      tokensCache.delete(uri);
      checker.forget(uri);
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
export type { BiolexDiagnostic, QuickFix, TextEdit } from './checker/diagnostics';
export { LineIndex };
export * from './lexicon/workspace';
export { citedReferences, firstAuthor, referenceLabel, referenceUrl } from './lexicon/citations';
export type { BlockKind, BlockStart } from './markup/prose';
export { CELL_SEPARATOR } from './markup/prose';
