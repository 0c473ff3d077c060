/**
 * Hover on a mention: what the entry is, what it does, its identifiers and the references behind each fact.
 * Every piece of lexicon text is escaped: the lexicon is data, and workspace lexicons are not trusted.
 */
import type { Analysis, SourceMention } from '../analysis';
import { mentionAt } from '../analysis';
import { LexiconLayer, type Entry, type Lexicon } from '../lexicon/lexicon';
import { xrefUrl } from '../lexicon/links';
import { citationNumbers, citedReferences, firstAuthor, referenceLabel, referenceUrl } from '../lexicon/citations';
import { escapeMarkdown, markdownLink } from './markdownText';

export interface HoverResult {
  /** Markdown. */
  readonly contents: string;
  readonly start: number;
  readonly end: number;
}

const TYPE_NAMES: Readonly<Record<Entry['type'], string>> = {
  gene: 'gene / protein',
  complex: 'protein complex or family',
  compound: 'compound',
  metabolite: 'metabolite',
  cell: 'cell type',
  process: 'process',
};

const ROLE_NAMES: Readonly<Record<NonNullable<Entry['role']>['value'], string>> = {
  driver: 'promotes ferroptosis (driver)',
  suppressor: 'protects against ferroptosis (suppressor)',
  inducer: 'ferroptosis inducer',
  inhibitor: 'ferroptosis inhibitor',
  'context-dependent': 'context-dependent',
  marker: 'marker of ferroptosis',
  process: 'ferroptosis itself',
  none: 'no direct role stated',
};

export function provideHover(analysis: Analysis, offset: number, lexicon: Lexicon): HoverResult | undefined {
  const mention = mentionAt(analysis, offset);
  if (!mention) return undefined;
  const entry = lexicon.entries.get(mention.id);
  if (!entry) return undefined;
  return { contents: describeEntry(entry, lexicon, mention), start: mention.start, end: mention.end };
}

/** The hover text for an entry; exported for the quick pick and the CLI's text output. */
export function describeEntry(entry: Entry, lexicon: Lexicon, mention?: SourceMention): string {
  const citations = new Citations(lexicon);
  const lines: string[] = [];
  lines.push(`**${escapeMarkdown(entry.label)}** · ${TYPE_NAMES[entry.type]}`);
  const names = entry.aliases.map((a) => a.text).filter((t) => t !== entry.label && t !== entry.name);
  if (entry.name && entry.name.toLowerCase() !== entry.label.toLowerCase()) lines.push('', `*${escapeMarkdown(entry.name)}*`);
  if (names.length > 0) lines.push('', `Also: ${names.map(escapeMarkdown).join(', ')}`);
  if (entry.xrefs.length > 0) {
    lines.push('', entry.xrefs.map((curie) => markdownLink(curie, xrefUrl(curie) ?? '')).join(' · '));
  }
  if (entry.summary !== '') lines.push('', `${escapeMarkdown(entry.summary)}${citations.cite(entry.refs)}`);
  if (entry.describedInReview === false) {
    lines.push('', '*Not described in the review:* BioLex recognizes it and gives its identifiers, but states no mechanism for it.');
  }
  if (entry.ferrdbRoles.length > 0) lines.push('', `**FerrDb roles:** ${entry.ferrdbRoles.map(escapeMarkdown).join(', ')}`);
  if (entry.role) {
    lines.push('', `**Role in ferroptosis:** ${ROLE_NAMES[entry.role.value]}. ${escapeMarkdown(entry.role.text)}${citations.cite(entry.role.refs)}`);
  }
  for (const target of entry.targets) {
    const targetEntry = lexicon.entries.get(target.target);
    const name = escapeMarkdown(targetEntry?.label ?? target.target);
    const note = target.text ? `: ${escapeMarkdown(target.text)}` : '';
    lines.push('', `**Target:** ${name}${note}${citations.cite(target.refs)}`);
  }
  if (entry.location) lines.push('', `**Where it works:** ${escapeMarkdown(entry.location.text)}${citations.cite(entry.location.refs)}`);
  if (entry.immunity) {
    const tumor = entry.tumor ? ` (${escapeMarkdown(entry.tumor)})` : '';
    lines.push('', `**Effect on immunity${tumor}:** ${escapeMarkdown(entry.immunity.text)}${citations.cite(entry.immunity.refs)}`);
  }
  if (entry.members.length > 0) {
    lines.push('', `**Members:** ${entry.members.map((id) => escapeMarkdown(lexicon.entries.get(id)?.label ?? id)).join(', ')}`);
  }
  if (mention && mention.alternatives.length > 0) {
    const others = mention.alternatives.map((id) => escapeMarkdown(lexicon.entries.get(id)?.label ?? id));
    lines.push('', `*This spelling may also mean:* ${others.join(', ')}`);
  }
  if (entry.layer === LexiconLayer.Workspace) lines.push('', `*From this workspace's lexicon:* ${escapeMarkdown(fileName(entry.source.file))}`);
  const references = citations.list();
  if (references.length > 0) lines.push('', '---', '', ...references);
  return lines.join('\n');
}

/** The last segment of a path or URI, decoded: `file:///lab/.biolex/lab%20genes.yaml` → `lab genes.yaml`. */
function fileName(file: string): string {
  const name = file.split(/[\\/]/).filter(Boolean).pop() ?? file;
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/** Numbers references in order of first citation within one hover. */
/** The references a hover cites, by the review's numbers as the diagnostics cite them (see citations.ts). */
class Citations {
  readonly #keys = new Set<string>();
  readonly #lexicon: Lexicon;

  constructor(lexicon: Lexicon) {
    this.#lexicon = lexicon;
  }

  cite(keys: readonly string[]): string {
    const known = keys.filter((key) => this.#lexicon.references.has(key));
    for (const key of known) this.#keys.add(key);
    return known.length > 0 ? ` \\[${citationNumbers(known, this.#lexicon)}\\]` : '';
  }

  list(): string[] {
    return citedReferences(this.#keys, this.#lexicon).map((ref) => {
      const link = ref.doi_problem
        ? ` doi:${escapeMarkdown(ref.doi ?? '')} as printed ${escapeMarkdown(ref.doi_problem)}; ${markdownLink('search for the title', referenceUrl(ref))}`
        : ref.doi
          ? ` ${markdownLink(`doi:${ref.doi}`, referenceUrl(ref))}`
          : '';
      return `${referenceLabel(ref)}\\. ${escapeMarkdown(firstAuthor(ref))} ${escapeMarkdown(ref.title)}. *${escapeMarkdown(ref.journal)}* (${ref.year}).${link}  `;
    });
  }
}
