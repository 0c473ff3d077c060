/**
 * Graphviz, compiled to WebAssembly (@hpcc-js/wasm-graphviz), lays out a DOT graph as SVG: `biolex map --format
 * svg` draws the map with no browser and no Graphviz installed. Loaded only by that command: the module is 2 MB.
 */
import { Graphviz } from '@hpcc-js/wasm-graphviz';

export async function dotToSvg(dot: string): Promise<string> {
  const graphviz = await Graphviz.load();
  return graphviz.dot(dot, 'svg');
}
