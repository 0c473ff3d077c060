/**
 * SARIF 2.1.0 for `biolex check --format sarif`, so that GitHub code scanning and other SARIF viewers show the
 * claims that contradict the curated lexicon and the citations the bibliography lacks. Columns count UTF-16 code units, as the rest of BioLex does.
 */
import { pathToFileURL } from 'node:url';
import { BIBLIOGRAPHY_NOT_FOUND, BIBLIOGRAPHY_PROBLEM, DiagnosticSeverity, MECHANISM_CONTRADICTION, UNKNOWN_CITATION, type BiolexDiagnostic, type Lexicon } from '../service';

export interface CheckedFile {
  /** Relative to the working directory, as printed. */
  readonly file: string;
  readonly diagnostics: readonly (BiolexDiagnostic & { line: number; column: number; endLine: number; endColumn: number })[];
}

const LEVEL: Readonly<Record<DiagnosticSeverity, 'error' | 'warning' | 'note'>> = {
  [DiagnosticSeverity.Error]: 'error',
  [DiagnosticSeverity.Warning]: 'warning',
  [DiagnosticSeverity.Information]: 'note',
  [DiagnosticSeverity.Hint]: 'note',
};

/** The review the lexicon is curated from: where a reader learns what the rule checks against. */
const SOURCE_REVIEW = 'https://doi.org/10.3389/fimmu.2025.1524711';

/** The diagnostics about citations (features/citationDiagnostics.ts), each a rule of its own. */
const CITATION_RULES = [
  { id: UNKNOWN_CITATION, name: 'UnknownCitation', text: "A cited key is in none of the document's bibliographies." },
  { id: BIBLIOGRAPHY_NOT_FOUND, name: 'BibliographyNotFound', text: 'A bibliography the document declares is not there.' },
  { id: BIBLIOGRAPHY_PROBLEM, name: 'BibliographyProblem', text: 'A bibliography has entries that could not be read.' },
].map(({ id, name, text }) => ({ id, name, shortDescription: { text }, defaultConfiguration: { level: 'warning' } }));

export function formatSarif(files: readonly CheckedFile[], lexicon: Lexicon, version = '0.1.0'): object {
  const rule = {
    id: MECHANISM_CONTRADICTION,
    name: 'MechanismContradiction',
    shortDescription: { text: 'A mechanism claim contradicts the curated literature.' },
    fullDescription: {
      text:
        'The sentence states an effect (inhibits, promotes, imports, directly acts on…) that the curated BioLex lexicon, ' +
        'built from a CC BY 4.0 review of ferroptosis and tumour immunotherapy, records the other way. The message states the ' +
        'curated relation and its references.',
    },
    help: {
      text:
        'Check the cited references. If the sentence is right (a new finding, a specific context), keep it and disable the check ' +
        'for the line with <!-- biolex-disable-next-line --> (Markdown) or % biolex-disable-next-line (LaTeX).',
      markdown:
        'Check the cited references. If the sentence is right (a new finding, a specific context), keep it and disable the check ' +
        'for the line with `<!-- biolex-disable-next-line -->` (Markdown) or `% biolex-disable-next-line` (LaTeX).',
    },
    helpUri: SOURCE_REVIEW,
    defaultConfiguration: { level: 'warning' },
    properties: { tags: ['biomedical', 'ferroptosis', 'mechanism'], precision: 'high' },
  };
  const rules = [rule, ...CITATION_RULES];
  const results = files.flatMap(({ file, diagnostics }) =>
    diagnostics.map((d) => ({
      ruleId: d.code,
      ruleIndex: Math.max(0, rules.findIndex((r) => r.id === d.code)),
      level: LEVEL[d.severity],
      message: { text: d.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: file.split(/[\\/]/).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' },
            region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn },
          },
        },
      ],
      relatedLocations: d.related.map((related, index) => ({
        id: index + 1,
        message: { text: related.message },
        physicalLocation: {
          artifactLocation: { uri: related.location.file },
          region: { startLine: related.location.line, startColumn: related.location.column },
        },
      })),
      ...(d.href && { properties: { referenceUri: d.href } }),
    })),
  );
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'BioLex',
            version,
            semanticVersion: version,
            informationUri: SOURCE_REVIEW,
            rules,
            properties: { lexiconEntries: lexicon.entries.size, curatedRelations: lexicon.relations.length },
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: `${pathToFileURL(process.cwd()).href}/` } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}
