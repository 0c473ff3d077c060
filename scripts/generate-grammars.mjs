// Writes the TextMate injection grammars in syntaxes/ from the lexicon, so that mentions are coloured before
// the language server is up. Only spellings that need no document context are included (no TF, no ROS).
// The server's semantic tokens then take over with exact, context-aware ranges.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const TYPES = {
  gene: 'entity.name.type.gene.biolex',
  complex: 'entity.name.type.complex.biolex',
  compound: 'entity.name.function.compound.biolex',
  metabolite: 'variable.other.metabolite.biolex',
  cell: 'variable.other.enummember.cell.biolex',
  process: 'keyword.other.process.biolex',
};

function escape(text) {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/[-‐‑–−]/g, '[-‐‑–−]');
}

export function grammarPatterns(lexiconDir) {
  const spellings = Object.fromEntries(Object.keys(TYPES).map((t) => [t, { exact: new Set(), any: new Set() }]));
  const dir = join(lexiconDir, 'entities');
  for (const name of readdirSync(dir).filter((n) => /\.ya?ml$/.test(n)).sort()) {
    const data = parse(readFileSync(join(dir, name), 'utf8'));
    for (const entry of data?.entries ?? []) {
      const restricted = new Set((entry.aliases ?? []).filter((a) => typeof a !== 'string' && (a.requires_definition || a.avoid_context?.length || a.ambiguous)).map((a) => a.text));
      const all = [entry.label, entry.name, ...(entry.aliases ?? []).map((a) => (typeof a === 'string' ? a : a.text))].filter(Boolean);
      for (const text of all) {
        if (restricted.has(text) || text.length < 2) continue;
        const symbol = /\p{Lu}/u.test(text) && !/\s/.test(text);
        spellings[entry.type][symbol ? 'exact' : 'any'].add(text);
      }
    }
  }
  const patterns = [];
  for (const [type, scope] of Object.entries(TYPES)) {
    for (const [kind, set] of Object.entries(spellings[type])) {
      if (set.size === 0) continue;
      // Longest first, so that alternation prefers "lipid peroxidation" over "lipid".
      const alternation = [...set].sort((a, b) => b.length - a.length).map(escape).join('|');
      const flags = kind === 'any' ? '(?i)' : '';
      patterns.push({ name: scope, match: `${flags}(?<![\\p{L}\\p{N}])(?:${alternation})(?![\\p{L}\\p{N}])` });
    }
  }
  return patterns;
}

export function writeGrammars(root) {
  const patterns = grammarPatterns(join(root, 'lexicon'));
  const grammars = {
    'markdown.injection.tmLanguage.json': {
      scopeName: 'biolex.markdown.injection',
      injectionSelector: 'L:text.html.markdown -markup.fenced_code -markup.inline.raw -markup.raw -comment -meta.embedded -markup.underline.link',
    },
    'latex.injection.tmLanguage.json': {
      scopeName: 'biolex.latex.injection',
      injectionSelector: 'L:text.tex -comment -string -meta.embedded -markup.raw -support.function -constant.other.reference -meta.math -markup.underline.link',
    },
  };
  for (const [file, head] of Object.entries(grammars)) {
    const grammar = { $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json', ...head, patterns };
    writeFileSync(join(root, 'syntaxes', file), `${JSON.stringify(grammar, null, 2)}\n`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeGrammars(process.cwd());
  console.log('wrote syntaxes/*.injection.tmLanguage.json');
}
