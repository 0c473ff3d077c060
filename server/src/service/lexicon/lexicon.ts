/**
 * The lexicon: entries and references loaded from YAML text, validated against the JSON Schemas in
 * `lexicon/schema/`. Loading never throws: a malformed file or entry is reported as a problem with its
 * position and skipped, and everything valid is kept.
 *
 * Two layers: the built-in files (one kind of data per file, by its top-level key) and workspace files
 * (`.biolex/*.yaml`, a lab's own: `entries`, `extend`, `relations` and `references` in one file), which are
 * merged over the built-in lexicon by `mergeLexicon`. A workspace file with an error is not used at all, so
 * that a half-edited file never leaves half its entries in force.
 */
import Ajv, { type ValidateFunction } from 'ajv';
import { parseDocument, isMap, isScalar, isSeq, visit, type Document, LineCounter } from 'yaml';
import entitiesSchema from '../../../../lexicon/schema/entities.schema.json';
import referencesSchema from '../../../../lexicon/schema/references.schema.json';
import relationsSchema from '../../../../lexicon/schema/relations.schema.json';
import verbsSchema from '../../../../lexicon/schema/verbs.schema.json';
import predicatesSchema from '../../../../lexicon/schema/predicates.schema.json';
import workspaceSchema from '../../../../lexicon/schema/workspace.schema.json';
import { mergeLexicon, type EntryExtension, type LexiconPatch, type Span } from './merge';
export * from './model';
import { CaseRule, LexiconLayer, type Lexicon, type EntityType, type Alias, type Fact, type Role, type Location, type Target, type StateOf, type SourceLocation, type Entry, type Reference, type LexiconProblem, type Relation, type VerbClass, type PredicateInfo, type LexiconFile, type LoadedLexicon } from './model';

interface Validators {
  readonly file: ValidateFunction;
  readonly entry: ValidateFunction;
  readonly references: ValidateFunction;
  readonly relations: ValidateFunction;
  readonly verbs: ValidateFunction;
  readonly predicates: ValidateFunction;
  readonly workspace: ValidateFunction;
}

let ajv: Ajv | undefined;
const compiled = new Map<keyof Validators, ValidateFunction>();

/**
 * Validators are compiled on first use, each on its own: compiling every schema took a quarter of a
 * second at start-up, and most runs never see a workspace file.
 */
function getValidators(): Validators {
  const get = (kind: keyof Validators, make: (a: Ajv) => ValidateFunction) => (): ValidateFunction => {
    let validate = compiled.get(kind);
    if (!validate) {
      if (!ajv) {
        ajv = new Ajv({ allErrors: true, strict: false });
        ajv.addSchema(entitiesSchema, 'entities');
      }
      compiled.set(kind, (validate = make(ajv)));
    }
    return validate;
  };
  const lazy = {
    file: get('file', (a) => a.compile({ type: 'object', required: ['entries'], properties: { entries: { type: 'array' } } })),
    entry: get('entry', (a) => a.getSchema('entities#/definitions/entry')!),
    references: get('references', (a) => a.compile(referencesSchema)),
    relations: get('relations', (a) => a.compile(relationsSchema)),
    verbs: get('verbs', (a) => a.compile(verbsSchema)),
    predicates: get('predicates', (a) => a.compile(predicatesSchema)),
    // Refers to the others by their $id.
    workspace: get('workspace', (a) => {
      for (const schema of [referencesSchema, relationsSchema]) if (!a.getSchema(schema.$id)) a.addSchema(schema);
      return a.compile(workspaceSchema);
    }),
  };
  return {
    get file() { return lazy.file(); },
    get entry() { return lazy.entry(); },
    get references() { return lazy.references(); },
    get relations() { return lazy.relations(); },
    get verbs() { return lazy.verbs(); },
    get predicates() { return lazy.predicates(); },
    get workspace() { return lazy.workspace(); },
  };
}

/** One file, read on its own: what it defines and what is wrong with it. */
/** One lexicon file as read: what it contributes, and its problems. Plain data (see precompiled.ts). */
export interface ParsedFile {
  readonly entries: readonly Entry[];
  readonly references: readonly { readonly reference: Reference; readonly key: Span }[];
  readonly relations: readonly Relation[];
  readonly verbs: readonly VerbClass[];
  readonly predicates: readonly PredicateInfo[];
  /** A workspace file without errors: what it changes. */
  readonly patch?: LexiconPatch;
  readonly problems: readonly LexiconProblem[];
}

/**
 * Files are read once per LexiconFile object: a server that reloads a workspace lexicon passes the same
 * built-in file objects again and pays only for the files that changed.
 */
const parsedFiles = new WeakMap<LexiconFile, ParsedFile>();

/** Takes `parsed` as what `file` reads as, without reading it (a file parsed ahead of time, at build). */
export function useParsedFile(file: LexiconFile, parsed: ParsedFile): void {
  parsedFiles.set(file, parsed);
}

export function parseFile(file: LexiconFile): ParsedFile {
  let parsed = parsedFiles.get(file);
  if (!parsed) {
    parsed = file.layer === LexiconLayer.Workspace ? parseWorkspaceFile(file) : parseBuiltInFile(file);
    parsedFiles.set(file, parsed);
  }
  return parsed;
}

/**
 * Loads built-in files in order, then merges the workspace files over them (see `mergeLexicon`). A built-in
 * file is a references, relations, verbs or predicates file by its top-level key, an entries file otherwise.
 */
export function loadLexicon(files: readonly LexiconFile[]): LoadedLexicon {
  const entries = new Map<string, Entry>();
  const references = new Map<string, Reference>();
  const relations: Relation[] = [];
  const verbs: VerbClass[] = [];
  const predicates: PredicateInfo[] = [];
  const problems: LexiconProblem[] = [];
  const patches: LexiconPatch[] = [];

  for (const file of files) {
    const parsed = parseFile(file);
    problems.push(...parsed.problems);
    if (file.layer === LexiconLayer.Workspace) {
      if (parsed.patch) patches.push(parsed.patch);
      continue;
    }
    for (const entry of parsed.entries) {
      const earlier = entries.get(entry.id);
      if (earlier) problems.push({ ...entry.source, message: `Entry id "${entry.id}" is already defined in ${earlier.source.file}; this one replaces it.`, length: 0 });
      entries.set(entry.id, entry);
    }
    for (const { reference, key } of parsed.references) {
      if (references.has(reference.key)) problems.push({ ...key, message: `Reference key "${reference.key}" is defined twice.` });
      references.set(reference.key, reference);
    }
    relations.push(...parsed.relations);
    verbs.push(...parsed.verbs);
    predicates.push(...parsed.predicates);
  }
  for (const relation of relations) {
    for (const id of [relation.subject, relation.object, ...(relation.differentiationOf ? [relation.differentiationOf] : [])]) {
      if (!entries.has(id)) {
        problems.push({ ...relation.source, message: `Relation names "${id}", which is no lexicon entry.`, length: 0 });
      }
    }
  }
  const base: Lexicon = { entries, references, relations, verbs, predicates };
  if (patches.length === 0) return { lexicon: base, problems };
  const merged = mergeLexicon(base, patches);
  return { lexicon: merged.lexicon, problems: [...problems, ...merged.problems] };
}

/** The errors of one file read on its own; a workspace file with any is not used. */
export function lexiconFileErrors(file: LexiconFile): LexiconProblem[] {
  return parseFile(file).problems.filter((problem) => problem.severity !== 'warning');
}

/** The problems of one file once all files are loaded: its own errors, and how it fits the rest. */
export function lexiconFileProblems(files: readonly LexiconFile[], file: string): LexiconProblem[] {
  return loadLexicon(files).problems.filter((problem) => problem.file === file);
}

type Report = (message: string, offset: number, length: number, severity?: 'warning') => void;

interface ReadFile {
  readonly doc: Document;
  readonly data: unknown;
  readonly lineCounter: LineCounter;
  readonly span: (offset: number, length: number) => Span;
}

/** Parses YAML (JSON is YAML) and reports binary content and syntax errors; undefined when unusable. */
function readFile({ file, text }: LexiconFile, problems: LexiconProblem[]): { read?: ReadFile; report: Report } {
  const lineCounter = new LineCounter();
  const span = (offset: number, length: number): Span => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, offset, length, line, column: col };
  };
  const report: Report = (message, offset, length, severity) => problems.push({ ...span(offset, length), message, ...(severity && { severity }) });
  if (text.includes('\u0000')) {
    report('This lexicon file is binary, not YAML or JSON: skipped.', 0, 0);
    return { report };
  }
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  for (const error of doc.errors) report(`YAML: ${error.message.split('\n')[0]}`, error.pos[0], error.pos[1] - error.pos[0]);
  if (doc.errors.length > 0) return { report };
  let data: unknown;
  try {
    data = doc.toJS();
  } catch (error) {
    // An alias with no anchor, or aliases that would expand without end ("billion laughs"): this file is broken,
    // the others are read. The error names no position; the alias does.
    const at = brokenAlias(doc);
    report(`YAML: ${String((error as Error).message ?? error).split('\n')[0]}`, at?.[0] ?? 0, at ? at[1] - at[0] : 0);
    return { report };
  }
  return { read: { doc, data, lineCounter, span }, report };
}

/** The range of the first alias that resolves to nothing, else of the first alias; undefined without aliases. */
function brokenAlias(doc: Document): [number, number] | undefined {
  let first: [number, number] | undefined;
  let unresolved: [number, number] | undefined;
  visit(doc, {
    Alias(_, node) {
      const range = node.range ? ([node.range[0], node.range[1]] as [number, number]) : undefined;
      first ??= range;
      if (!node.resolve(doc)) {
        unresolved = range;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return unresolved ?? first;
}

function itemOffset(doc: Document, key: string, index: number): number {
  const seq = doc.get(key, true);
  const range = isSeq(seq) ? (seq.items[index] as { range?: [number, number, number] } | undefined)?.range : undefined;
  return range?.[0] ?? 0;
}

function toRelation(raw: RawRelation, source: SourceLocation): Relation {
  const { context_dependent: contextDependent, compared_with: comparedWith, rate_limiting: rateLimiting, differentiation_of: differentiationOf, ...rest } = raw;
  return {
    ...rest,
    ...(comparedWith !== undefined && { comparedWith }),
    ...(rateLimiting && { rateLimiting }),
    ...(differentiationOf !== undefined && { differentiationOf }),
    contextDependent: contextDependent ?? false,
    source,
  };
}

function parseBuiltInFile(lexiconFile: LexiconFile): ParsedFile {
  const { file } = lexiconFile;
  const problems: LexiconProblem[] = [];
  const none: ParsedFile = { entries: [], references: [], relations: [], verbs: [], predicates: [], problems };
  const { read, report } = readFile(lexiconFile, problems);
  if (!read) return none;
  const { doc, data, lineCounter } = read;
  const validators = getValidators(); // each compiled when first needed
  const reportErrors = (validate: ValidateFunction): ParsedFile => {
    for (const error of validate.errors ?? []) reportSchemaError(doc, lexiconFile.text, error, report);
    return none;
  };
  const isObject = typeof data === 'object' && data !== null;

  if (isObject && 'verbs' in data) {
    if (!validators.verbs(data)) return reportErrors(validators.verbs);
    return { ...none, verbs: (data as { verbs: VerbClass[] }).verbs };
  }
  if (isObject && 'predicates' in data) {
    if (!validators.predicates(data)) return reportErrors(validators.predicates);
    return { ...none, predicates: (data as { predicates: PredicateInfo[] }).predicates };
  }
  if (isObject && 'relations' in data) {
    if (!validators.relations(data)) return reportErrors(validators.relations);
    const relations = (data as { relations: RawRelation[] }).relations.map((raw, index) => {
      const offset = itemOffset(doc, 'relations', index);
      const { line, col } = lineCounter.linePos(offset);
      return toRelation(raw, { file, offset, line, column: col });
    });
    return { ...none, relations };
  }
  if (isObject && 'references' in data) {
    if (!validators.references(data)) return reportErrors(validators.references);
    const references = (data as { references: Reference[] }).references.map((reference, index) => {
      const [start, end] = nodeRange(doc, ['references', index, 'key']);
      return { reference, key: read.span(start, end - start) };
    });
    return { ...none, references };
  }

  if (!validators.file(data)) {
    report('A lexicon file needs a top-level "entries" list (or "references" for references).', 0, Math.min(lexiconFile.text.length, 1));
    return none;
  }
  const entries: Entry[] = [];
  (data as { entries: unknown[] }).entries.forEach((raw, index) => {
    const offset = itemOffset(doc, 'entries', index);
    const validateEntry = validators.entry;
    if (!validateEntry(raw)) {
      for (const error of validateEntry.errors ?? []) {
        reportSchemaError(doc, lexiconFile.text, { ...error, instancePath: `/entries/${index}${error.instancePath}` }, report);
      }
      return;
    }
    entries.push(toEntry(raw as RawEntry, file, offset, lineCounter));
  });
  return { ...none, entries };
}

interface RawWorkspaceFile {
  entries?: RawEntry[];
  extend?: { id: string; aliases?: (string | RawAlias)[]; xrefs?: string[]; disable?: boolean }[];
  relations?: RawRelation[];
  references?: Reference[];
}

function parseWorkspaceFile(lexiconFile: LexiconFile): ParsedFile {
  const { file } = lexiconFile;
  const problems: LexiconProblem[] = [];
  const none: ParsedFile = { entries: [], references: [], relations: [], verbs: [], predicates: [], problems };
  const { read, report } = readFile(lexiconFile, problems);
  if (!read) return none;
  const { doc, lineCounter, span } = read;
  // An empty file (just created, or only comments) is a valid lexicon that adds nothing.
  const data = (read.data ?? {}) as RawWorkspaceFile;
  if (read.data !== null && read.data !== undefined && !isMap(doc.contents)) {
    const [start, end] = nodeRange(doc, []);
    report('A workspace lexicon is a mapping with the keys entries, extend, relations or references.', start, end - start);
    return none;
  }
  const { workspace: validate } = getValidators();
  if (!validate(data)) {
    for (const error of validate.errors ?? []) reportSchemaError(doc, lexiconFile.text, error, report);
    return none;
  }
  const spanOf = (path: (string | number)[]): Span => {
    const [start, end] = nodeRange(doc, path);
    return span(start, end - start);
  };

  const entries = (data.entries ?? []).map((raw, index) => ({
    entry: toEntry(raw, file, itemOffset(doc, 'entries', index), lineCounter, LexiconLayer.Workspace),
    id: spanOf(['entries', index, 'id']),
  }));
  const extensions = (data.extend ?? []).map((raw, index): EntryExtension => {
    const at = spanOf(['extend', index, 'id']);
    const aliases = (raw.aliases ?? []).map((alias) => toAlias(typeof alias === 'string' ? { text: alias } : alias));
    const xrefs = raw.xrefs ?? [];
    if (raw.disable === true && (aliases.length > 0 || xrefs.length > 0)) {
      report(`"${raw.id}" is disabled here, so its aliases and xrefs are not used.`, at.offset, at.length, 'warning');
    } else if (raw.disable === undefined && aliases.length === 0 && xrefs.length === 0) {
      report(`Nothing to change in "${raw.id}": add aliases or xrefs, or disable: true.`, at.offset, at.length, 'warning');
    }
    return { id: raw.id, aliases, xrefs, disable: raw.disable === true, at };
  });
  const relations = (data.relations ?? []).map((raw, index) => {
    const offset = itemOffset(doc, 'relations', index);
    const { line, col } = lineCounter.linePos(offset);
    return {
      relation: toRelation(raw, { file, offset, line, column: col }),
      subject: spanOf(['relations', index, 'subject']),
      object: spanOf(['relations', index, 'object']),
    };
  });
  const references = (data.references ?? []).map((reference, index) => ({ reference, key: spanOf(['references', index, 'key']) }));
  return { ...none, patch: { file, entries, extensions, relations, references } };
}

type RawRelation = Omit<Relation, 'contextDependent' | 'comparedWith' | 'rateLimiting' | 'differentiationOf' | 'source'> & {
  context_dependent?: boolean;
  compared_with?: string;
  rate_limiting?: boolean;
  differentiation_of?: string;
};

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
  /** Required in the built-in lexicon, optional in a workspace lexicon. */
  summary?: string;
  refs?: string[];
  role?: Role;
  immunity?: Fact;
  location?: Location;
  composition?: Fact;
  targets?: Target[];
  tumor?: string;
  ferrdb_roles?: string[];
  state_of?: StateOf;
  maturation_of?: string;
  stands_for_loss_of?: string;
  exclusive_targets?: boolean;
  opposite?: string;
  described_in_review?: boolean;
}

function toAlias(spec: RawAlias, entryCase?: CaseRule, type?: EntityType): Alias {
  const text = spec.text.trim();
  return {
    text,
    case: spec.case ?? entryCase ?? defaultCaseRule(text, type),
    requiresDefinition: spec.requires_definition ?? false,
    avoidContext: spec.avoid_context ?? [],
    ambiguous: spec.ambiguous ?? false,
  };
}

function toEntry(raw: RawEntry, file: string, offset: number, lineCounter: LineCounter, layer?: LexiconLayer): Entry {
  const seen = new Set<string>();
  const aliases: Alias[] = [];
  // The label or name may also be listed as an alias with restrictions (TF, requires_definition): those win.
  const explicit = new Map<string, RawAlias>();
  for (const alias of raw.aliases ?? []) if (typeof alias !== 'string') explicit.set(alias.text.trim(), alias);
  const add = (alias: string | RawAlias): void => {
    const spec: RawAlias = typeof alias === 'string' ? (explicit.get(alias.trim()) ?? { text: alias }) : alias;
    const converted = toAlias(spec, raw.case, raw.type);
    if (seen.has(converted.text)) return;
    seen.add(converted.text);
    aliases.push(converted);
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
    summary: raw.summary ?? '',
    refs: raw.refs ?? [],
    ...(raw.role !== undefined && { role: raw.role }),
    ...(raw.immunity !== undefined && { immunity: raw.immunity }),
    ...(raw.location !== undefined && { location: raw.location }),
    ...(raw.composition !== undefined && { composition: raw.composition }),
    targets: raw.targets ?? [],
    ...(raw.tumor !== undefined && { tumor: raw.tumor }),
    ferrdbRoles: raw.ferrdb_roles ?? [],
    ...(raw.state_of !== undefined && { stateOf: raw.state_of }),
    ...(raw.maturation_of !== undefined && { maturationOf: raw.maturation_of }),
    ...(raw.stands_for_loss_of !== undefined && { standsForLossOf: raw.stands_for_loss_of }),
    ...(raw.exclusive_targets !== undefined && { exclusiveTargets: raw.exclusive_targets }),
    ...(raw.opposite !== undefined && { opposite: raw.opposite }),
    ...(raw.described_in_review === false && { describedInReview: false as const }),
    source: { file, offset, line, column: col },
    ...(layer !== undefined && { layer }),
  };
}

/**
 * Spellings with a capital letter and no space are symbols (GPX4, RSL3, CoQ10); names match in any case. A
 * compound, metabolite or process named with a capital and lower-case letters ("Liproxstatin-1", as a sentence
 * opens with it) is a name, not a symbol: it matches in any case too. All-capital short forms (SAS, GSH) stay symbols.
 */
export function defaultCaseRule(text: string, type?: EntityType): CaseRule {
  if (!/\p{Lu}/u.test(text) || /\s/.test(text)) return CaseRule.Any;
  const named = (type === 'compound' || type === 'metabolite' || type === 'process') && /^\p{Lu}\p{Ll}{2}/u.test(text);
  return named ? CaseRule.Any : CaseRule.Symbol;
}

function nodeRange(doc: Document, path: (string | number)[]): [number, number] {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = doc.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
    if (node?.range) return [node.range[0], node.range[1]];
  }
  return [0, 0];
}

/**
 * Where a schema error points: an unknown key at the key itself, a missing key at the first line of the
 * mapping that lacks it, anything else at the offending value; trailing white space left out.
 */
function schemaErrorRange(doc: Document, text: string, path: (string | number)[], params: Record<string, unknown> | undefined): [number, number] {
  let [start, end] = nodeRange(doc, path);
  const node = doc.getIn(path, true);
  if (params && 'additionalProperty' in params && isMap(node)) {
    const pair = node.items.find((item) => isScalar(item.key) && item.key.value === params.additionalProperty);
    const key = pair?.key as { range?: [number, number, number] } | undefined;
    if (key?.range) [start, end] = [key.range[0], key.range[1]];
  } else if (params && 'missingProperty' in params && isMap(node)) {
    const lineEnd = text.indexOf('\n', start);
    if (lineEnd >= 0 && lineEnd < end) end = lineEnd;
  }
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return [start, end];
}

function reportSchemaError(
  doc: Document,
  text: string,
  error: { instancePath: string; message?: string; params?: Record<string, unknown> },
  report: (message: string, offset: number, length: number) => void,
): void {
  const path = error.instancePath.split('/').slice(1).map((part) => (/^\d+$/.test(part) ? Number(part) : part.replace(/~1/g, '/').replace(/~0/g, '~')));
  const [start, end] = schemaErrorRange(doc, text, path, error.params);
  const where = error.instancePath || '/';
  const extra = error.params && 'additionalProperty' in error.params ? ` ("${String(error.params.additionalProperty)}")` : '';
  const allowed = error.params && 'allowedValues' in error.params ? `: ${(error.params.allowedValues as unknown[]).join(', ')}` : '';
  report(`${where} ${error.message ?? 'is invalid'}${extra}${allowed}`, start, end - start);
}
