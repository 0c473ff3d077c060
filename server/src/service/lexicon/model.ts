/**
 * The lexicon's data model: entries, aliases, references, relations, verb classes and predicates as the loader
 * (lexicon.ts) makes them from the YAML files, and as the rest of the service reads them.
 */
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

/** The places of the cell a location fact names (lexicon/schema/entities.schema.json). */
export type CellLocation = 'plasma-membrane' | 'mitochondrion' | 'inner-mitochondrial-membrane' | 'outer-mitochondrial-membrane' | 'cytosol' | 'nucleus' | 'lysosome' | 'endoplasmic-reticulum';

export interface Location extends Fact {
  readonly value: CellLocation;
}

export interface Target {
  readonly target: string;
  readonly text?: string;
  readonly refs: readonly string[];
}

export interface StateOf {
  readonly entry: string;
  readonly predicate: Predicate;
}

export interface SourceLocation {
  readonly file: string;
  readonly offset: number;
  readonly line: number;
  readonly column: number;
}

/** Which lexicon a file or an entry belongs to. */
export enum LexiconLayer {
  /** The curated lexicon BioLex ships (`lexicon/`). */
  BuiltIn = 'built-in',
  /** A lab's own file (`.biolex/*.yaml` or `biolex.lexicon.paths`), merged over the built-in lexicon. */
  Workspace = 'workspace',
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
  /** What a complex is made of, where `members` are all its subunits. */
  readonly composition?: Fact;
  /** In our own words; empty for a workspace entry that has none. */
  readonly summary: string;
  readonly refs: readonly string[];
  readonly role?: Role;
  readonly immunity?: Fact;
  /** Where in the cell the protein works. */
  readonly location?: Location;
  readonly targets: readonly Target[];
  readonly tumor?: string;
  readonly ferrdbRoles: readonly string[];
  /**
   * For a state of another entry (M2 macrophages of macrophages): the entry and the predicate that puts it in
   * this state. "X polarizes macrophages to M2" then also says that X raises M2 macrophages and lowers the
   * entry's other states.
   */
  readonly stateOf?: StateOf;
  /** For the maturation of cells (dendritic-cell maturation): the id of the cells that mature. */
  readonly maturationOf?: string;
  /** For a tool compound used to take an entry away (deferoxamine, an iron chelator): that entry's id. */
  readonly standsForLossOf?: string;
  /** A well-characterized tool compound: what it is curated to inhibit is all it inhibits among known targets. */
  readonly exclusiveTargets?: boolean;
  /** The entry that is the opposite change of this one (mitochondrial swelling of mitochondrial condensation). */
  readonly opposite?: string;
  /** False for an entry the review does not describe: recognized and identified only, with no mechanism. */
  readonly describedInReview?: false;
  readonly source: SourceLocation;
  /** Set for an entry that a workspace lexicon defines (or redefines); built-in entries leave it out. */
  readonly layer?: LexiconLayer;
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
  /** Why the printed DOI does not lead to the article; links search for the title instead. */
  readonly doi_problem?: string;
}

export interface LexiconProblem {
  readonly file: string;
  readonly message: string;
  readonly offset: number;
  readonly length: number;
  readonly line: number;
  readonly column: number;
  /**
   * `error` (the default): the data is malformed and was skipped; in a workspace file, the whole file is not
   * used. `warning`: the data is well-formed but does not fit the rest of the lexicon (an id no entry has).
   */
  readonly severity?: 'error' | 'warning';
}

export type Predicate =
  | 'inhibits' | 'activates' | 'induces' | 'suppresses' | 'increases' | 'decreases' | 'imports' | 'exports'
  | 'reduces' | 'oxidizes' | 'degrades' | 'converts' | 'requires' | 'polarizes-m1' | 'polarizes-m2' | 'binds' | 'produces' | 'regulates' | 'rises-with' | 'distinct-from';

/** A curated mechanism: subject acts on object, as the literature states it. */
export interface Relation {
  readonly subject: string;
  readonly predicate: Predicate;
  readonly object: string;
  readonly direct?: boolean;
  readonly via?: string;
  /** For a reaction (reduces, oxidizes, converts, degrades): the entry it makes of its object. */
  readonly product?: string;
  readonly context?: string;
  /** For a comparison: what the subject does this more than ("normal cells"). */
  readonly comparedWith?: string;
  /** For requires: the object is what limits the subject's rate. */
  readonly rateLimiting?: boolean;
  /** For increases of cells: the cells that differentiate into the object. */
  readonly differentiationOf?: string;
  readonly contextDependent: boolean;
  readonly text: string;
  readonly refs: readonly string[];
  readonly source: SourceLocation;
}

export type VerbEffect = 'positive' | 'negative' | 'import' | 'export' | 'oxidize' | 'requires' | 'affects' | 'binds';

export interface VerbClass {
  readonly lemma: string;
  readonly effect: VerbEffect;
  /** base, third person singular, past, past participle, gerund. */
  readonly forms: readonly [string, string, string, string, string];
  readonly agent?: string;
  readonly action?: string;
  readonly nouns?: readonly string[];
  readonly preposition?: 'to' | 'against' | 'from' | 'in' | 'toward' | 'on' | 'for';
}

/** How the claim checker judges a predicate (lexicon/predicates.yaml). */
export interface PredicateInfo {
  readonly name: Predicate;
  readonly sign?: 1 | -1;
  readonly opposite?: Predicate;
  readonly verb?: string;
  readonly prepositional_verb?: string;
  readonly consumes?: boolean;
}

export interface Lexicon {
  readonly entries: ReadonlyMap<string, Entry>;
  readonly references: ReadonlyMap<string, Reference>;
  readonly relations: readonly Relation[];
  readonly verbs: readonly VerbClass[];
  readonly predicates: readonly PredicateInfo[];
}

export interface LexiconFile {
  /** A name or URI for messages and for go-to-definition. */
  readonly file: string;
  readonly text: string;
  /** Built-in when left out. */
  readonly layer?: LexiconLayer;
}

export interface LoadedLexicon {
  readonly lexicon: Lexicon;
  readonly problems: readonly LexiconProblem[];
}
