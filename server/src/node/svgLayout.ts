/**
 * Graphviz, compiled to WebAssembly (@hpcc-js/wasm-graphviz), lays out a DOT graph as SVG: `biolex map --format
 * svg` and the editor's map view draw the map with no browser layout and no Graphviz installed. Loaded on first
 * use only (the module is 2 MB), then kept.
 */
import { Graphviz } from '@hpcc-js/wasm-graphviz';

let graphviz: Promise<Graphviz> | undefined;

export async function dotToSvg(dot: string): Promise<string> {
  graphviz ??= Graphviz.load();
  return (await graphviz).dot(dot, 'svg');
}
