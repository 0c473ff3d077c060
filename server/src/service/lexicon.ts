/**
 * The lexicon: entries and references loaded from YAML text, validated against the JSON Schemas in
 * `lexicon/schema/`. Loading never throws: a malformed file or entry is reported as a problem with its
 * position and skipped, and everything valid is kept.
 */
import Ajv, { type ValidateFunction } from 'ajv';
import { parseDocument, isSeq, type Document, LineCounter } from 'yaml';
import entitiesSchema from '../../../lexicon/schema/entities.schema.json';
import referencesSchema from '../../../lexicon/schema/references.schema.json';
import relationsSchema from '../../../lexicon/schema/relations.schema.json';
import verbsSchema from '../../../lexicon/schema/verbs.schema.json';

export type EntityType = 'gene' | 'complex' | 'compound' | 'metabolite' | 'cell' | 'process';

export const ENTITY_TYPES: readonly EntityType[] = ['gene', 'complex', 'compound', 'metabolite', 'cell', 'process'];

/** How a spelling's letter case must match. */
export enum CaseRule {
  /** Any case: names such as "erastin" or "lipid peroxidation". */
  Any = 'any',
  /** As written, or mouse-gene style with only the first letter capital (GPX4, Gpx4). */
  Symbol = 'symbol',
  /** Only as written. */
  Exact = 'exact',
}

export interface Alias {
  readonly text: string;
  readonly case: CaseRule;
  /** Recognized only where the document defines it, e.g. "transferrin (TF)". */
  readonly requiresDefinition: boolean;
  /** Words that, in the same paragraph, mean the spelling names something else. */
  readonly avoidContext: readonly string[];
  readonly ambiguous: boolean;
}

export interface Fact {
  readonly text: string;
  readonly refs: readonly string[];
}

export interface Role extends Fact {
  readonly value: 'driver' | 'suppressor' | 'inducer' | 'inhibitor' | 'context-dependent' | 'marker' | 'process' | 'none';
}

export interface Target {
  readonly target: string;
  readonly text?: string;
  readonly refs: readonly string[];
}

export interface SourceLocation {
  readonly file: string;
  readonly offset: number;
  readonly line: number;
  readonly column: number;
}

export interface Entry {
  readonly id: string;
  readonly label: string;
  readonly type: EntityType;
  readonly name?: string;
  /** Every spelling that names the entry, the label and name first. */
  readonly aliases: readonly Alias[];
  readonly xrefs: readonly string[];
  readonly members: readonly string[];
  readonly summary: string;
  readonly refs: readonly string[];
  readonly role?: Role;
  readonly immunity?: Fact;
  readonly targets: readonly Target[];
  readonly tumor?: string;
  readonly ferrdbRoles: readonly string[];
  readonly source: SourceLocation;
}

export interface Reference {
  readonly key: string;
  readonly number?: number;
  readonly authors: string;
  readonly title: string;
  readonly journal: string;
  readonly year: number;
  readonly details?: string;
  readonly doi?: string;
}

export interface LexiconProblem {
  readonly file: string;
  readonly message: string;
  readonly offset: number;
  readonly length: number;
  readonly line: number;
  readonly column: number;
}

export type Predicate =
  | 'inhibits' | 'activates' | 'induces' | 'suppresses' | 'increases' | 'decreases' | 'imports' | 'exports'
  | 'reduces' | 'oxidizes' | 'degrades' | 'converts' | 'requires' | 'polarizes-m1' | 'polarizes-m2' | 'binds';

/** A curated mechanism: subject acts on object, as the literature states it. */
export interface Relation {
  readonly subject: string;
  readonly predicate: Predicate;
  readonly object: string;
  readonly direct?: boolean;
  readonly via?: string;
  readonly context?: string;
  readonly contextDependent: boolean;
  readonly text: string;
  readonly refs: readonly string[];
  readonly source: SourceLocation;
}

export type VerbEffect = 'positive' | 'negative' | 'import' | 'export';

export interface VerbClass {
  readonly lemma: string;
  readonly effect: VerbEffect;
  /** base, third person singular, past, past participle, gerund. */
  readonly forms: readonly [string, string, string, string, string];
  readonly agent?: string;
  readonly action?: string;
  readonly nouns?: readonly string[];
  readonly preposition?: 'to' | 'against' | 'from';
}

export interface Lexicon {
  readonly entries: ReadonlyMap<string, Entry>;
  readonly references: ReadonlyMap<string, Reference>;
  readonly relations: readonly Relation[];
  readonly verbs: readonly VerbClass[];
}

export interface LexiconFile {
  /** A name or URI for messages and for go-to-definition. */
  readonly file: string;
  readonly text: string;
}

export interface LoadedLexicon {
  readonly lexicon: Lexicon;
  readonly problems: readonly LexiconProblem[];
}

let validators:
  | { file: ValidateFunction; entry: ValidateFunction; references: ValidateFunction; relations: ValidateFunction; verbs: ValidateFunction }
  | undefined;

function getValidators(): NonNullable<typeof validators> {
  if (!validators) {
    const ajv = new Ajv({ allErrors: true, strict: false });
    ajv.addSchema(entitiesSchema, 'entities');
    validators = {
      file: ajv.compile({ type: 'object', required: ['entries'], properties: { entries: { type: 'array' } } }),
      entry: ajv.getSchema('entities#/definitions/entry')!,
      references: ajv.compile(referencesSchema),
      relations: ajv.compile(relationsSchema),
      verbs: ajv.compile(verbsSchema),
    };
  }
  return validators;
}

/** A file is a references file when its top-level key is `references`, an entries file otherwise. */
export function loadLexicon(files: readonly LexiconFile[]): LoadedLexicon {
  const entries = new Map<string, Entry>();
  const references = new Map<string, Reference>();
  const relations: Relation[] = [];
  const verbs: VerbClass[] = [];
  const problems: LexiconProblem[] = [];
  const { file: validateFile, entry: validateEntry, references: validateReferences, relations: validateRelations, verbs: validateVerbs } = getValidators();

  for (const { file, text } of files) {
    const lineCounter = new LineCounter();
    const report = (message: string, offset: number, length: number): void => {
      const { line, col } = lineCounter.linePos(offset);
      problems.push({ file, message, offset, length, line, column: col });
    };
    if (text.includes('\u0000')) {
      report('This lexicon file is binary, not YAML or JSON: skipped.', 0, 0);
      continue;
    }
    const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    for (const error of doc.errors) report(`YAML: ${error.message.split('\n')[0]}`, error.pos[0], error.pos[1] - error.pos[0]);
    if (doc.errors.length > 0) continue;
    const data: unknown = doc.toJS();
    const isReferences = typeof data === 'object' && data !== null && 'references' in data;

    if (typeof data === 'object' && data !== null && 'verbs' in data) {
      if (!validateVerbs(data)) {
        for (const error of validateVerbs.errors ?? []) reportSchemaError(doc, error, report);
        continue;
      }
      verbs.push(...(data as { verbs: VerbClass[] }).verbs);
      continue;
    }
    if (typeof data === 'object' && data !== null && 'relations' in data) {
      if (!validateRelations(data)) {
        for (const error of validateRelations.errors ?? []) reportSchemaError(doc, error, report);
        continue;
      }
      const seq = doc.get('relations', true);
      (data as { relations: RawRelation[] }).relations.forEach((raw, index) => {
        const range = isSeq(seq) ? (seq.items[index] as { range?: [number, number, number] } | undefined)?.range : undefined;
        const offset = range?.[0] ?? 0;
        const { line, col } = lineCounter.linePos(offset);
        const { context_dependent: contextDependent, ...rest } = raw;
        relations.push({ ...rest, contextDependent: contextDependent ?? false, source: { file, offset, line, column: col } });
      });
      continue;
    }

    if (isReferences) {
      if (!validateReferences(data)) {
        for (const error of validateReferences.errors ?? []) reportSchemaError(doc, error, report);
        continue;
      }
      for (const reference of (data as { references: Reference[] }).references) {
        if (references.has(reference.key)) {
          const at = nodeRange(doc, ['references']);
          report(`Reference key "${reference.key}" is defined twice.`, at[0], at[1] - at[0]);
        }
        references.set(reference.key, reference);
      }
      continue;
    }

    if (!validateFile(data)) {
      report('A lexicon file needs a top-level "entries" list (or "references" for references).', 0, Math.min(text.length, 1));
      continue;
    }
    const items = (data as { entries: unknown[] }).entries;
    const seq = doc.get('entries', true);
    items.forEach((raw, index) => {
      const range = isSeq(seq) ? (seq.items[index] as { range?: [number, number, number] } | undefined)?.range : undefined;
      const offset = range?.[0] ?? 0;
      if (!validateEntry(raw)) {
        for (const error of validateEntry.errors ?? []) {
          reportSchemaError(doc, { ...error, instancePath: `/entries/${index}${error.instancePath}` }, report);
        }
        return;
      }
      const entry = toEntry(raw as RawEntry, file, offset, lineCounter);
      if (entries.has(entry.id)) {
        report(`Entry id "${entry.id}" is already defined in ${entries.get(entry.id)!.source.file}; this one replaces it.`, offset, 0);
      }
      entries.set(entry.id, entry);
    });
  }
  for (const relation of relations) {
    for (const id of [relation.subject, relation.object]) {
      if (!entries.has(id)) {
        problems.push({ ...relation.source, message: `Relation names "${id}", which is no lexicon entry.`, length: 0 });
      }
    }
  }
  return { lexicon: { entries, references, relations, verbs }, problems };
}

type RawRelation = Omit<Relation, 'contextDependent' | 'source'> & { context_dependent?: boolean };

interface RawAlias {
  text: string;
  case?: CaseRule;
  requires_definition?: boolean;
  avoid_context?: string[];
  ambiguous?: boolean;
}

interface RawEntry {
  id: string;
  label: string;
  type: EntityType;
  name?: string;
  aliases?: (string | RawAlias)[];
  case?: CaseRule;
  xrefs?: string[];
  members?: string[];
  summary: string;
  refs: string[];
  role?: Role;
  immunity?: Fact;
  targets?: Target[];
  tumor?: string;
  ferrdb_roles?: string[];
}

function toEntry(raw: RawEntry, file: string, offset: number, lineCounter: LineCounter): Entry {
  const seen = new Set<string>();
  const aliases: Alias[] = [];
  // The label or name may also be listed as an alias with restrictions (TF, requires_definition): those win.
  const explicit = new Map<string, RawAlias>();
  for (const alias of raw.aliases ?? []) if (typeof alias !== 'string') explicit.set(alias.text.trim(), alias);
  const add = (alias: string | RawAlias): void => {
    const spec: RawAlias = typeof alias === 'string' ? (explicit.get(alias.trim()) ?? { text: alias }) : alias;
    const text = spec.text.trim();
    if (seen.has(text)) return;
    seen.add(text);
    aliases.push({
      text,
      case: spec.case ?? raw.case ?? defaultCaseRule(text),
      requiresDefinition: spec.requires_definition ?? false,
      avoidContext: spec.avoid_context ?? [],
      ambiguous: spec.ambiguous ?? false,
    });
  };
  add(raw.label);
  if (raw.name) add(raw.name);
  for (const alias of raw.aliases ?? []) add(alias);
  const { line, col } = lineCounter.linePos(offset);
  return {
    id: raw.id,
    label: raw.label,
    type: raw.type,
    ...(raw.name !== undefined && { name: raw.name }),
    aliases,
    xrefs: raw.xrefs ?? [],
    members: raw.members ?? [],
    summary: raw.summary,
    refs: raw.refs,
    ...(raw.role !== undefined && { role: raw.role }),
    ...(raw.immunity !== undefined && { immunity: raw.immunity }),
    targets: raw.targets ?? [],
    ...(raw.tumor !== undefined && { tumor: raw.tumor }),
    ferrdbRoles: raw.ferrdb_roles ?? [],
    source: { file, offset, line, column: col },
  };
}

/** Spellings with a capital letter and no space are symbols (GPX4, RSL3, CoQ10); names match in any case. */
export function defaultCaseRule(text: string): CaseRule {
  return /\p{Lu}/u.test(text) && !/\s/.test(text) ? CaseRule.Symbol : CaseRule.Any;
}

function nodeRange(doc: Document, path: (string | number)[]): [number, number] {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = doc.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
    if (node?.range) return [node.range[0], node.range[1]];
  }
  return [0, 0];
}

function reportSchemaError(
  doc: Document,
  error: { instancePath: string; message?: string; params?: Record<string, unknown> },
  report: (message: string, offset: number, length: number) => void,
): void {
  const path = error.instancePath.split('/').slice(1).map((part) => (/^\d+$/.test(part) ? Number(part) : part.replace(/~1/g, '/').replace(/~0/g, '~')));
  const [start, end] = nodeRange(doc, path);
  const where = error.instancePath || '/';
  const extra = error.params && 'additionalProperty' in error.params ? ` ("${String(error.params.additionalProperty)}")` : '';
  const allowed = error.params && 'allowedValues' in error.params ? `: ${(error.params.allowedValues as unknown[]).join(', ')}` : '';
  report(`${where} ${error.message ?? 'is invalid'}${extra}${allowed}`, start, end - start);
}
