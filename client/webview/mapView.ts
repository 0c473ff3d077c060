/**
 * The map view's script, in the webview: it shows the SVG the server laid out, keeps the user's zoom and pan across
 * updates, and tells the extension which node or edge was clicked (or chosen with Enter), which the extension
 * reveals in the editor. It draws nothing itself and reaches no network (the panel's Content-Security-Policy).
 */
interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

/** What the extension sends: the SVG, and each element's accessible name by its id (n0, e0, u0). */
interface MapMessage {
  readonly type: 'map';
  readonly svg: string;
  readonly names: Readonly<Record<string, string>>;
  readonly summary: string;
  /** The controls as the extension drew with them (a script may have set them). */
  readonly unstated: boolean;
  readonly scope: string;
}

interface View {
  scale: number;
  x: number;
  y: number;
}

const vscode = acquireVsCodeApi();
const stage = document.getElementById('stage')!;
const summary = document.getElementById('summary')!;
let view: View = (vscode.getState() as View | undefined) ?? { scale: 1, x: 0, y: 0 };

function applyView(): void {
  const svg = stage.querySelector('svg');
  if (svg) svg.style.transform = `translate(${view.x}px, ${view.y}px) scale(${view.scale})`;
  vscode.setState({ ...view, unstated: (document.getElementById('unstated') as HTMLInputElement | null)?.checked === true });
}

function show(message: MapMessage): void {
  stage.innerHTML = message.svg.replace(/^[\s\S]*?(?=<svg)/, '');
  summary.textContent = message.summary;
  for (const [id, name] of Object.entries(message.names)) {
    const element = stage.querySelector(`[id="${CSS.escape(id)}"]`);
    if (!element) continue;
    // Graphviz's <title> is the DOT name ("GPX4->ferroptosis"); the accessible name says what it is.
    element.querySelector('title')?.remove();
    element.setAttribute('tabindex', '0');
    element.setAttribute('role', 'button');
    element.setAttribute('aria-label', name);
  }
  applyView();
}

function reveal(target: EventTarget | null): void {
  const element = (target as Element | null)?.closest('[role="button"]');
  if (element) vscode.postMessage({ type: 'reveal', id: element.id });
}

stage.addEventListener('click', (event) => reveal(event.target));
stage.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' || event.key === ' ') {
    event.preventDefault();
    reveal(event.target);
  }
});
// Zoom with the wheel around the pointer, pan by dragging the background.
stage.addEventListener(
  'wheel',
  (event) => {
    event.preventDefault();
    const factor = Math.exp(-event.deltaY / 500);
    const scale = Math.min(8, Math.max(0.1, view.scale * factor));
    const rect = stage.getBoundingClientRect();
    const px = event.clientX - rect.left;
    const py = event.clientY - rect.top;
    view = { scale, x: px - ((px - view.x) * scale) / view.scale, y: py - ((py - view.y) * scale) / view.scale };
    applyView();
  },
  { passive: false },
);
let drag: { x: number; y: number } | undefined;
stage.addEventListener('pointerdown', (event) => {
  if ((event.target as Element).closest('[role="button"]')) return;
  drag = { x: event.clientX - view.x, y: event.clientY - view.y };
  stage.setPointerCapture(event.pointerId);
});
stage.addEventListener('pointermove', (event) => {
  if (!drag) return;
  view = { ...view, x: event.clientX - drag.x, y: event.clientY - drag.y };
  applyView();
});
stage.addEventListener('pointerup', () => (drag = undefined));
document.getElementById('reset')!.addEventListener('click', () => {
  view = { scale: 1, x: 0, y: 0 };
  applyView();
});
const unstated = document.getElementById('unstated') as HTMLInputElement;
unstated.checked = (vscode.getState() as { unstated?: boolean } | undefined)?.unstated === true;
unstated.addEventListener('change', () => {
  vscode.setState({ ...view, unstated: unstated.checked });
  vscode.postMessage({ type: 'unstated', on: unstated.checked });
});
const scope = document.getElementById('scope') as HTMLSelectElement;
scope.addEventListener('change', () => vscode.postMessage({ type: 'scope', id: scope.value }));
for (const format of ['svg', 'png']) document.getElementById(`save-${format}`)!.addEventListener('click', () => vscode.postMessage({ type: 'save', id: format }));

/** The SVG shown, drawn on a canvas at twice its size, as base64 PNG (the fixed colours Graphviz wrote). */
async function png(): Promise<string | undefined> {
  const svg = stage.querySelector('svg');
  if (!svg) return undefined;
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.removeAttribute('style');
  const { width, height } = svg.getBBox();
  const image = new Image();
  const text = new XMLSerializer().serializeToString(copy);
  image.src = `data:image/svg+xml;base64,${btoa(String.fromCharCode(...new TextEncoder().encode(text)))}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil((image.naturalWidth || width) * 2);
  canvas.height = Math.ceil((image.naturalHeight || height) * 2);
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return canvas.toDataURL('image/png').replace(/^data:image\/png;base64,/, '');
}

window.addEventListener('message', (event: MessageEvent<MapMessage | { type: 'png' }>) => {
  if (event.data?.type === 'map') {
    show(event.data);
    unstated.checked = event.data.unstated;
    scope.value = event.data.scope;
  }
  else if (event.data?.type === 'png') void png().then((data) => vscode.postMessage({ type: 'png', data }));
});
vscode.postMessage({ type: 'ready', on: unstated.checked });
