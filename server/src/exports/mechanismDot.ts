/**
 * The mechanism map as a Graphviz graph (`biolex map --format dot`): a node per entry, shaped by type; an edge per
 * claim group, its head saying the effect (an arrow for raising, a bar for lowering), its colour how it stands
 * against the curated lexicon (green agrees, red contradicts, grey not curated), dashed where the writer says
 * "indirectly", dotted where the claim is denied. On request, the curated relations the manuscript leaves
 * unstated follow, light grey, as the editor's overlay shows them. Pure: the CLI writes what this returns.
 */
import { MapStatus, type MapNode, type MechanismMap } from '../service';

const SHAPES: Readonly<Record<MapNode['type'], string>> = {
  gene: 'box',
  complex: 'box3d',
  compound: 'hexagon',
  metabolite: 'ellipse',
  cell: 'doublecircle',
  process: 'octagon',
};

const COLOURS: Readonly<Record<MapStatus, string>> = {
  [MapStatus.Agrees]: '#2e7d32',
  [MapStatus.Contradicts]: '#c62828',
  [MapStatus.NotCurated]: '#757575',
};

/** Effects (of claims) and predicates (of unstated relations) that lower their target get a bar; the others an arrow. */
const LOWERING: ReadonlySet<string> = new Set(['inhibits', 'suppresses', 'decreases', 'degrades', 'consumes', 'oxidizes', 'exports']);

export interface DotOptions {
  /** Draw the curated relations the manuscript leaves unstated, and the entries only they join (default: no). */
  readonly unstated?: boolean;
}

export function formatMechanismDot(map: MechanismMap, name: string, options: DotOptions = {}): string {
  const lines = [`digraph ${quote(`BioLex mechanism map: ${name}`)} {`, '  rankdir=LR;', '  node [fontname="Helvetica", fontsize=11];', '  edge [fontname="Helvetica", fontsize=9];'];
  // Each element's `id` (n0, e0, u0: its index in the map's lists) and `class` carry into the SVG, where the map
  // view finds what was clicked and colours it by the theme.
  map.nodes.forEach((node, i) => {
    if (!node.claimed && !options.unstated) return;
    const grey = node.claimed ? '' : ', color="#bdbdbd", fontcolor="#9e9e9e"';
    lines.push(`  ${quote(node.id)} [id="n${i}", class=${quote(`${node.type}${node.claimed ? '' : ' unclaimed'}`)}, label=${quote(node.label)}, shape=${SHAPES[node.type]}${grey}, tooltip=${quote(`${node.label} (${node.type}), named ${node.mentions}×`)}];`);
  });
  map.edges.forEach((edge, i) => {
    const style = edge.negated ? 'dotted' : edge.directness === 'indirect' ? 'dashed' : 'solid';
    const label = `${edge.negated ? 'not ' : ''}${edge.effect}${edge.claims.length > 1 ? ` (${edge.claims.length})` : ''}`;
    // Hovering an edge: how it stands (the diagnostic's message, or the curated relation), then its sentences.
    const sentences = edge.claims.slice(0, 3).map((c) => `“${c.text}”`);
    if (edge.claims.length > 3) sentences.push(`and ${edge.claims.length - 3} more`);
    const tooltip = [edge.message ?? (edge.relation ? `Curated: ${edge.relation.text}` : 'Not curated.'), ...sentences].join('\n');
    lines.push(`  ${quote(edge.from)} -> ${quote(edge.to)} [id="e${i}", class=${quote(edge.status)}, label=${quote(label)}, color=${quote(COLOURS[edge.status])}, fontcolor=${quote(COLOURS[edge.status])}, style=${style}, arrowhead=${LOWERING.has(edge.effect) ? 'tee' : 'normal'}, tooltip=${quote(tooltip)}];`);
  });
  if (options.unstated && map.unstated.length > 0) {
    lines.push('  // Curated relations between entries the manuscript names that none of its claims states.');
    map.unstated.forEach((relation, i) => {
      const lowering = LOWERING.has(relation.predicate);
      lines.push(`  ${quote(relation.subject)} -> ${quote(relation.object)} [id="u${i}", class="unstated", label=${quote(relation.predicate)}, color="#bdbdbd", fontcolor="#9e9e9e", style=dashed, arrowhead=${lowering ? 'tee' : 'normal'}, tooltip=${quote(relation.text)}];`);
    });
  }
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

/** A DOT string: quotes and backslashes escaped, line breaks as \n. */
function quote(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r?\n/g, '\\n')}"`;
}
