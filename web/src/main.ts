import Sigma from 'sigma';
import { layerPlain, pathLine } from 'sigma/rendering';
import { byId, el } from './dom.ts';
import { declareReducersItemState } from './display/dependency.ts';
import { skipHiddenWorkWhileMoving } from './display/moving.ts';
import { computeView, displayChanged, type View } from './display/view.ts';
import { reduceEdge, reduceNode } from './display/reducers.ts';
import { download } from './export/download.ts';
import { exportSubgraph, toGexf } from './export/gexf.ts';
import { snapshot } from './export/png.ts';
import { revealType, setFilters } from './filters/actions.ts';
import { mountFilters } from './filters/form.ts';
import { clearFocus, clearPath, focusOn, pathFrom, pathTo } from './focus/actions.ts';
import { importGraph } from './graph/load.ts';
import type { EdgeAttrs, GraphAttrs, NewsGraph, NodeAttrs } from './graph/types.ts';
import { toggleLanguage } from './i18n/actions.ts';
import { applyLanguage } from './i18n/apply.ts';
import { t } from './i18n/strings.ts';
import { nodeColor } from './layout/appearance.ts';
import { setAppearance } from './layout/actions.ts';
import { createLayout } from './layout/controller.ts';
import { closePanel, selectEdge, selectNode } from './panel/actions.ts';
import { renderEdge, renderNode } from './panel/render.ts';
import type { PanelActions } from './panel/types.ts';
import { mountSearch } from './search/combobox.ts';
import { searchEntries } from './search/search.ts';
import { createStore, DEFAULT_STATE, type AppState, type Store } from './state.ts';
import { decodeState, encodeState, pruneMissing } from './url/hash.ts';

export type Renderer = Sigma<NodeAttrs, EdgeAttrs, GraphAttrs>;

declare global {
  interface Window {
    /** For the browser tests and the bench: read-only handles, never used by the page itself. */
    __newsgraph?: { graph: NewsGraph; renderer: Renderer; store: Store; view: () => View; firstDraw?: number };
  }
}

async function loadGraph(): Promise<NewsGraph> {
  const response = await fetch('graph.json');
  if (!response.ok) {
    // newsgraph serve says why in the body's first line (no graph file, a damaged one).
    const reason = (await response.text().catch(() => '')).trim().split('\n')[0];
    throw new Error(`graph.json: HTTP ${response.status}${reason ? `: ${reason}` : "; run 'newsgraph build seeds --out data' first"}`);
  }
  return importGraph(await response.json());
}

async function start(graph: NewsGraph) {
  const restore = (hash: string) => pruneMissing(decodeState(hash), (k) => graph.hasNode(k), (k) => graph.hasEdge(k));
  const store = createStore(restore(location.hash));
  let view = computeView(graph, store.get());
  const scale = {
    maxDegree: graph.reduceNodes((m, _k, a) => Math.max(m, a.degree ?? 0), 0),
    maxPagerank: graph.reduceNodes((m, _k, a) => Math.max(m, a.pagerank ?? 0), 0),
  };

  const container = byId('graph');
  const renderer = new Sigma(graph, container, {
    // Straight edges only: the default set also holds the self-loop path, whose 32 segments make
    // every edge cost 66 vertices; graph.json has no self-loops (docs/graph-schema.md).
    primitives: { edges: { paths: [pathLine()], layers: [layerPlain()] } },
    settings: {
      // Sizes in screen pixels: graphs from the builder span tens of thousands of position units.
      itemSizesReference: 'screen',
      // Labels: one per grid cell, densest first, none for tiny nodes — they never pile up.
      labelDensity: 0.6,
      labelGridCellSize: 100,
      labelRenderedSizeThreshold: 6,
      // Edge picking is a second pass over every edge each frame: past 20,000 edges it is off, and
      // edges are opened from the node panel's neighbour list instead. Edges also hide on move.
      enableEdgeEvents: graph.size <= 20_000,
      hideEdgesOnMove: graph.size > 20_000,
    },
    nodeReducer: (key, _data, attrs) => reduceNode(key, attrs, store.get(), view, scale),
    edgeReducer: (key, _data, attrs) => reduceEdge(key, attrs, view),
  });
  declareReducersItemState(renderer);
  skipHiddenWorkWhileMoving(renderer);
  const hooks: NonNullable<Window['__newsgraph']> = { graph, renderer, store, view: () => view };
  window.__newsgraph = hooks;
  // Sigma draws once, synchronously, in its constructor.
  hooks.firstDraw = performance.now();

  const set = (change: (s: AppState) => AppState) => store.update(change);
  const actions: PanelActions = {
    selectNode: (key) => set((s) => selectNode(s, key)),
    selectEdge: (key) => set((s) => selectEdge(s, key)),
    focus: (node, hops) => set((s) => focusOn(s, node, hops)),
    clearFocus: () => set(clearFocus),
    pathFrom: (from) => set((s) => pathFrom(s, from)),
    pathTo: (to) => set((s) => pathTo(s, to)),
    close: () => set(closePanel),
  };

  renderer.on('clickNode', ({ node }) => actions.selectNode(node));
  renderer.on('clickEdge', ({ edge }) => actions.selectEdge(edge));
  renderer.on('clickStage', () => actions.close());
  renderer.on('enterNode', () => (container.style.cursor = 'pointer'));
  renderer.on('leaveNode', () => (container.style.cursor = ''));

  const filters = mountFilters({
    form: byId<HTMLFormElement>('filters'),
    docs: (graph.getAttribute('pages') ?? []).map((p) => p.doc),
    onChange: (f) => set((s) => setFilters(s, f)),
  });
  mountSearch({
    input: byId<HTMLInputElement>('search-input'),
    list: byId<HTMLUListElement>('search-list'),
    entries: await searchEntries(graph),
    lang: () => store.get().lang,
    // A hit of a hidden type is shown anyway: the user asked for it by name.
    onPick: (key) => set((s) => selectNode(revealType(s, graph.getNodeAttribute(key, 'type')), key)),
  });

  const colorBy = byId<HTMLSelectElement>('color-by');
  const sizeBy = byId<HTMLSelectElement>('size-by');
  const onAppearance = () => set((s) => setAppearance(s, {
    colorBy: colorBy.value === 'community' ? 'community' : 'type',
    sizeBy: sizeBy.value === 'pagerank' ? 'pagerank' : 'degree',
  }));
  colorBy.addEventListener('change', onAppearance);
  sizeBy.addEventListener('change', onAppearance);
  byId('lang').addEventListener('click', () => set(toggleLanguage));

  const layout = createLayout(graph);
  const layoutButton = byId('layout-toggle');
  layoutButton.addEventListener('click', () => {
    if (layout.running()) layout.stop();
    else layout.start();
    showLayoutButton();
  });
  const showLayoutButton = () => {
    const running = layout.running();
    layoutButton.setAttribute('aria-pressed', String(running));
    layoutButton.dataset.i18n = running ? 'stopLayout' : 'startLayout';
    layoutButton.textContent = t(store.get().lang, running ? 'stopLayout' : 'startLayout');
  };

  byId('export-gexf').addEventListener('click', () => {
    const { appearance } = store.get();
    const sub = exportSubgraph(graph, view.shown, (n) => nodeColor(graph.getNodeAttributes(n), appearance.colorBy));
    download({ filename: 'newsgraph.gexf', mime: 'application/xml', data: toGexf(sub) });
  });
  byId('export-png').addEventListener('click', async () => {
    download({ filename: 'newsgraph.png', mime: 'image/png', data: await snapshot(renderer) });
  });
  byId('panel-close').addEventListener('click', actions.close);
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !(e.target instanceof HTMLInputElement)) actions.close();
  });
  window.addEventListener('hashchange', () => set(() => restore(location.hash)));

  const panel = byId('panel');
  const panelBody = byId('panel-body');
  const pathResult = byId('path-result');
  const status = byId('status');

  const showPanel = (s: AppState) => {
    const sel = s.selection;
    panel.hidden = !sel;
    if (!sel) return panelBody.replaceChildren();
    const keep = (edge: string) => view.visible.edges.has(edge);
    panelBody.replaceChildren(sel.kind === 'node' ? renderNode(graph, sel.key, s.lang, actions, keep) : renderEdge(graph, sel.key, s.lang, actions));
  };

  const showPath = (s: AppState) => {
    const label = (k?: string) => (k ? graph.getNodeAttribute(k, 'label') : '…');
    const parts: (Node | string)[] = [];
    if (!s.path.from && !s.path.to) parts.push(el('p', {}, t(s.lang, 'pathHint')));
    else {
      parts.push(el('p', {}, `${label(s.path.from)} → ${label(s.path.to)}`));
      if (s.path.from && s.path.to) {
        parts.push(view.path
          ? el('ol', { class: 'path-list', 'data-length': String(view.path.nodes.length) },
              ...view.path.nodes.map((n) => el('li', {}, graph.getNodeAttribute(n, 'label'))))
          : el('p', {}, t(s.lang, 'pathNone')));
      }
      const clear = el('button', { type: 'button', 'data-action': 'clear-path' }, t(s.lang, 'clearPath'));
      clear.addEventListener('click', () => set(clearPath));
      parts.push(clear);
    }
    if (s.focus) {
      const clear = el('button', { type: 'button', 'data-action': 'clear-focus' }, t(s.lang, 'clearFocus'));
      clear.addEventListener('click', actions.clearFocus);
      parts.push(el('p', {}, clear));
    }
    pathResult.replaceChildren(...parts);
  };

  const show = (s: AppState, previous: AppState | null) => {
    if (!previous || s.lang !== previous.lang) {
      applyLanguage(document, s.lang);
      // The toggle names the other language, in that language.
      byId('lang').lang = s.lang === 'zh' ? 'en' : 'zh-CN';
      showLayoutButton();
    }
    if (!previous || s.filters !== previous.filters) filters.show(s.filters);
    colorBy.value = s.appearance.colorBy;
    sizeBy.value = s.appearance.sizeBy;
    showPanel(s);
    showPath(s);
    const part = graph.getAttribute('view');
    status.textContent = t(s.lang, 'visibleCount', { nodes: view.shown.nodes.size, edges: view.shown.edges.size }) + (part ? t(s.lang, 'viewOf', part) : '');
    container.dataset.visibleNodes = String(view.shown.nodes.size);
    container.dataset.visibleEdges = String(view.shown.edges.size);
    const hash = encodeState(s);
    if (hash !== location.hash.replace(/^#/, '')) history.replaceState(null, '', hash ? `#${hash}` : location.pathname + location.search);
  };

  const centre = (s: AppState, previous: AppState | null) => {
    const sel = s.selection;
    if (sel?.kind !== 'node' || (previous?.selection?.kind === 'node' && previous.selection.key === sel.key)) return;
    const at = renderer.getNodeDisplayData(sel.key);
    if (at) renderer.getCamera().animate({ x: at.x, y: at.y }, { duration: 400 });
  };
  store.subscribe((s, previous) => {
    // A full refresh re-runs the reducers over every node and edge: a second on 100,000 edges.
    if (displayChanged(s, previous)) {
      view = computeView(graph, s);
      renderer.refresh();
    }
    show(s, previous);
    centre(s, previous);
  });
  show(store.get(), null);
  centre(store.get(), null);
  document.body.dataset.ready = 'true';
}

loadGraph().then(start, (err: Error) => {
  byId('status').textContent = t(DEFAULT_STATE.lang, 'loadFailed', { reason: err.message });
  document.body.dataset.ready = 'error';
});
