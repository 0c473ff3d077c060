/**
 * Writing to a workspace lexicon: a new entry, or a new alias of an entry, added to the YAML text with its
 * comments and formatting kept (the `yaml` package's Document API edits the parsed document, not the text).
 * Pure: text in, text out; the caller reads and writes the file.
 */
import { isMap, isScalar, isSeq, parseDocument, type Document, type Node, type YAMLMap } from 'yaml';
import type { EntityType } from './lexicon';
import { GREEK_LETTER_NAMES } from '../recognition/normalize';

/**
 * The schema of workspace lexicons for the modeline of the files BioLex writes. The BioLex extension serves
 * it to the Red Hat YAML extension under this scheme; `contributes.yamlValidation` covers `.biolex/` too.
 */
export const WORKSPACE_SCHEMA_URI = 'biolex://schema/workspace.schema.json';

const HEADER = [
  ` yaml-language-server: $schema=${WORKSPACE_SCHEMA_URI}`,
  " This workspace's own BioLex lexicon, merged over the built-in one (see \"Workspace lexicons\" in BioLex's README).",
  ' entries: new entries (an id the lexicon already has replaces that entry).',
  ' extend: more aliases or xrefs for an entry, or disable: true to turn it off here.',
].join('\n');

export type LexiconAddition =
  /**
   * A new entry labelled with the text, with an id made from it (`newEntryId`) that neither `taken` nor
   * this file has.
   */
  | { readonly kind: 'entry'; readonly text: string; readonly type: EntityType; readonly xref?: string; readonly taken?: (id: string) => boolean }
  /**
   * The text as one more alias of an entry: in this file's `entries` if it is there, else under `extend`
   * when `known` says the lexicon has it.
   */
  | { readonly kind: 'alias'; readonly text: string; readonly aliasOf: string; readonly known?: (id: string) => boolean };

/** The new text, whether it differs, and the id of the entry that has the text now. */
export type AdditionResult = { readonly text: string; readonly changed: boolean; readonly id: string } | { readonly error: string };

const CURIE = /^[A-Za-z][A-Za-z0-9_.]*:[A-Za-z0-9][A-Za-z0-9_.:-]*$/;

/** A compact identifier such as HGNC:4556, CHEBI:16856 or CL:0000625 (the pattern the schema uses). */
export function isCurie(text: string): boolean {
  return CURIE.test(text);
}

/**
 * An id for a new entry: a gene keeps its symbol (GPX4), anything else becomes lowercase words joined by
 * hyphens (Greek letters by name), made unique against `taken`.
 */
export function newEntryId(text: string, type: EntityType, taken: (id: string) => boolean): string {
  const symbol = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(text);
  const base =
    type === 'gene' && symbol
      ? text
      : [...text.normalize('NFKD')]
          .map((c) => (GREEK_LETTER_NAMES.has(c) ? `-${GREEK_LETTER_NAMES.get(c)}-` : c))
          .join('')
          .replace(/[\u0300-\u036f]/g, '')
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '-')
          .replace(/^-+|-+$/g, '') || 'entry';
  let id = base;
  for (let n = 2; taken(id); n++) id = `${base}-${n}`;
  return id;
}

/** `current`: the lexicon file's text, or undefined to create it (with the schema modeline). */
export function addToLexiconText(current: string | undefined, addition: LexiconAddition): AdditionResult {
  const text = addition.text.replace(/\s+/g, ' ').trim();
  if (text === '') return { error: 'Select the spelling to add first.' };
  const doc = parseDocument(current ?? '', { keepSourceTokens: false });
  if (doc.errors.length > 0) return { error: `The lexicon file has YAML errors; fix them first (${doc.errors[0]!.message.split('\n')[0]}).` };
  if (current === undefined || doc.contents === null) {
    if (current === undefined) doc.commentBefore = HEADER;
    doc.contents = doc.createNode({}) as unknown as typeof doc.contents;
  }
  if (!isMap(doc.contents)) return { error: 'The lexicon file is not a mapping of entries, extend, relations and references.' };

  let changed: boolean | string;
  let id: string;
  if (addition.kind === 'entry') {
    const inFile = new Set([...idsIn(doc, 'entries'), ...idsIn(doc, 'extend')]);
    id = newEntryId(text, addition.type, (candidate) => inFile.has(candidate) || (addition.taken?.(candidate) ?? false));
    const item: Record<string, unknown> = { id, label: text, type: addition.type };
    if (addition.xref) item.xrefs = doc.createNode([addition.xref], { flow: true });
    const node = doc.createNode(item);
    // A template of what a good entry has, as comments to fill in: the entry works without them.
    node.comment = [
      ' summary: two to four sentences in your own words (shown on hover)',
      ...(addition.xref ? [] : [' xrefs: [HGNC:…, UniProt:…, PubChem:…]  identifiers as CURIEs']),
      ' refs: [key]  keys of references, listed under `references:` in this file',
    ].join('\n');
    changed = append(doc, 'entries', node);
  } else {
    id = addition.aliasOf;
    changed = addAlias(doc, addition.aliasOf, text, addition.known ?? (() => true));
  }
  if (typeof changed === 'string') return { error: changed };
  return { text: doc.toString({ lineWidth: 0, flowCollectionPadding: false }), changed, id };
}

function idsIn(doc: Document, key: string): string[] {
  const list = doc.get(key, true);
  return isSeq(list) ? list.items.flatMap((item) => (isMap(item) && typeof item.get('id') === 'string' ? [item.get('id') as string] : [])) : [];
}

/** Appends to the list under `key`, creating it; a string is an error. */
function append(doc: Document, key: string, node: Node): true | string {
  const list = doc.get(key, true);
  if (list === undefined || (isScalar(list) && list.value === null)) {
    doc.set(key, doc.createNode([node]));
    return true;
  }
  if (!isSeq(list)) return `\`${key}\` in the lexicon file is not a list.`;
  if (list.flow && list.items.length === 0) list.flow = false;
  list.items.push(node);
  return true;
}

function findById(doc: Document, key: string, id: string): YAMLMap | undefined {
  const list = doc.get(key, true);
  if (!isSeq(list)) return undefined;
  return list.items.find((item): item is YAMLMap => isMap(item) && item.get('id') === id);
}

function addAlias(doc: Document, id: string, text: string, known: (id: string) => boolean): boolean | string {
  const item = findById(doc, 'entries', id) ?? findById(doc, 'extend', id);
  if (!item) {
    if (!known(id)) return `The lexicon has no entry "${id}".`;
    return append(doc, 'extend', doc.createNode({ id, aliases: doc.createNode([text], { flow: true }) }));
  }
  const aliases = item.get('aliases', true);
  if (aliases === undefined || (isScalar(aliases) && aliases.value === null)) {
    item.set('aliases', doc.createNode([text], { flow: true }));
    return true;
  }
  if (!isSeq(aliases)) return `The aliases of "${id}" in the lexicon file are not a list.`;
  const spelled = (alias: unknown): unknown => (isMap(alias) ? alias.get('text') : isScalar(alias) ? alias.value : alias);
  if (aliases.items.some((alias) => spelled(alias) === text)) return false;
  aliases.items.push(doc.createNode(text));
  return true;
}
