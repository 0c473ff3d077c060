/**
 * Merging workspace lexicons over the built-in one. Pure: lexicon in, lexicon out, with problems for what does
 * not fit. The rule, file by file in the order given (later files win):
 *
 * 1. `references` add references; a key the lexicon already has is replaced.
 * 2. `entries` add entries; an id the lexicon already has is replaced as a whole (an override).
 * 3. `extend` items change an entry that exists after step 2 (built-in or from any workspace file): their
 *    aliases and xrefs are appended to the entry's, or `disable: true` takes the entry out.
 * 4. Disabled entries go, and with them every relation that names them; workspace `relations` are added
 *    when both their entries exist.
 *
 * An extension or relation that names no entry is reported as a warning and skipped; the rest is used.
 */
import type { Alias, Entry, Lexicon, LexiconProblem, LoadedLexicon, Reference, Relation, SourceLocation } from './lexicon';

/** A range in a lexicon file, for problems. */
export interface Span extends SourceLocation {
  readonly length: number;
}

/** One `extend` item. */
export interface EntryExtension {
  readonly id: string;
  readonly aliases: readonly Alias[];
  readonly xrefs: readonly string[];
  readonly disable: boolean;
  /** The item's `id`. */
  readonly at: Span;
}

/** What one workspace lexicon file changes, as read by `loadLexicon`. */
export interface LexiconPatch {
  readonly file: string;
  readonly entries: readonly { readonly entry: Entry; readonly id: Span }[];
  readonly extensions: readonly EntryExtension[];
  readonly relations: readonly { readonly relation: Relation; readonly subject: Span; readonly object: Span }[];
  readonly references: readonly { readonly reference: Reference; readonly key: Span }[];
}

export function mergeLexicon(base: Lexicon, patches: readonly LexiconPatch[]): LoadedLexicon {
  const entries = new Map(base.entries);
  const references = new Map(base.references);
  const problems: LexiconProblem[] = [];
  const warn = (at: Span, message: string): void => {
    problems.push({ ...at, message, severity: 'warning' });
  };

  const referenceFile = new Map<string, string>();
  for (const patch of patches) {
    for (const { reference, key } of patch.references) {
      const earlier = referenceFile.get(reference.key);
      if (earlier) warn(key, `Reference key "${reference.key}" is also defined in ${earlier}; this one is used.`);
      referenceFile.set(reference.key, patch.file);
      references.set(reference.key, reference);
    }
  }

  const entryFile = new Map<string, string>();
  for (const patch of patches) {
    for (const { entry, id } of patch.entries) {
      const earlier = entryFile.get(entry.id);
      if (earlier) warn(id, `Entry id "${entry.id}" is also defined in ${earlier}; this one is used.`);
      entryFile.set(entry.id, patch.file);
      entries.set(entry.id, entry);
    }
  }

  const disabled = new Set<string>();
  for (const patch of patches) {
    for (const extension of patch.extensions) {
      const entry = entries.get(extension.id);
      if (!entry) {
        warn(extension.at, `No entry has the id "${extension.id}": nothing to ${extension.disable ? 'disable' : 'extend'}.`);
        continue;
      }
      if (extension.disable) {
        disabled.add(extension.id);
        continue;
      }
      entries.set(extension.id, extend(entry, extension));
    }
  }
  for (const id of disabled) entries.delete(id);

  const relations: Relation[] = base.relations.filter((r) => !disabled.has(r.subject) && !disabled.has(r.object));
  for (const patch of patches) {
    for (const { relation, subject, object } of patch.relations) {
      let usable = true;
      for (const [id, at] of [[relation.subject, subject], [relation.object, object]] as const) {
        if (entries.has(id)) continue;
        usable = false;
        warn(at, disabled.has(id) ? `"${id}" is disabled, so this relation is not used.` : `Relation names "${id}", which is no lexicon entry: it is not used.`);
      }
      if (usable) relations.push(relation);
    }
  }
  return { lexicon: { entries, references, relations, verbs: base.verbs, predicates: base.predicates }, problems };
}

/** The entry with the extension's aliases and xrefs after its own; a spelling it already has is not repeated. */
function extend(entry: Entry, extension: EntryExtension): Entry {
  const texts = new Set(entry.aliases.map((alias) => alias.text));
  const aliases = [...entry.aliases];
  for (const alias of extension.aliases) {
    if (texts.has(alias.text)) continue;
    texts.add(alias.text);
    aliases.push(alias);
  }
  return { ...entry, aliases, xrefs: [...new Set([...entry.xrefs, ...extension.xrefs])] };
}
