import { el } from '../dom.ts';
import type { NewsGraph } from '../graph/types.ts';
import { kindLabel, t } from '../i18n/strings.ts';
import type { Lang } from '../i18n/types.ts';
import { edgeQuotes, nodeQuotes, strongestNeighbours } from './details.ts';
import { highlightSegments } from './highlight.ts';
import type { PanelActions, Quote } from './types.ts';

/** Text runs and <mark>s as DOM nodes; the sentence never passes through an HTML parser. */
function highlighted(text: string, names: string[]): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const s of highlightSegments(text, names)) fragment.append(s.mark ? el('mark', {}, s.text) : document.createTextNode(s.text));
  return fragment;
}

const link = (text: string, onClick: () => void, attrs: Record<string, string> = {}) => {
  const button = el('button', { type: 'button', class: 'link', ...attrs }, text);
  button.addEventListener('click', onClick);
  return button;
};

const button = (text: string, onClick: () => void, attrs: Record<string, string> = {}) => {
  const b = el('button', { type: 'button', ...attrs }, text);
  b.addEventListener('click', onClick);
  return b;
};

function articleTitle(graph: NewsGraph, id: string): string {
  return graph.getAttribute('articles')?.[id]?.title ?? id;
}

function quotes(graph: NewsGraph, lang: Lang, list: Quote[]): HTMLElement {
  if (!list.length) return el('p', { class: 'empty' }, t(lang, 'noEvidence'));
  return el('div', { class: 'evidence' },
    ...list.map((q) => el('blockquote', {},
      highlighted(q.evidence.text, q.names),
      el('cite', {}, `${articleTitle(graph, q.evidence.article)} · ${q.evidence.doc}`))));
}

function facts(rows: [string, string | Node | undefined][]): HTMLElement {
  return el('dl', {}, ...rows.filter(([, v]) => v !== undefined && v !== '').flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, v!)]));
}

export function renderNode(graph: NewsGraph, key: string, lang: Lang, actions: PanelActions, keepEdge: (edge: string) => boolean): HTMLElement {
  const a = graph.getNodeAttributes(key);
  const articles = a.type === 'article' ? [] : (a.articles ?? []);
  return el('div', { 'data-node': key },
    el('h2', { id: 'panel-title' }, a.label),
    facts([
      [t(lang, 'type'), t(lang, a.type)],
      [t(lang, 'aliases'), (a.aliases ?? []).join('、')],
      [t(lang, 'role'), a.role],
      [t(lang, 'gazetteer'), a.path?.join(' › ')],
      [t(lang, 'mentions'), a.mentions === undefined ? undefined : String(a.mentions)],
    ]),
    el('p', { class: 'buttons' },
      button(t(lang, 'focus1'), () => actions.focus(key, 1), { 'data-action': 'focus1' }),
      button(t(lang, 'focus2'), () => actions.focus(key, 2), { 'data-action': 'focus2' }),
      button(t(lang, 'pathFrom'), () => actions.pathFrom(key), { 'data-action': 'path-from' }),
      button(t(lang, 'pathTo'), () => actions.pathTo(key), { 'data-action': 'path-to' })),
    articles.length ? el('h3', {}, t(lang, 'mentionedIn')) : null,
    articles.length ? el('ul', { class: 'articles' }, ...articles.map((id) => el('li', {}, articleTitle(graph, id)))) : null,
    el('h3', {}, t(lang, 'neighbours')),
    el('ul', { class: 'neighbours' }, ...strongestNeighbours(graph, key, 10, keepEdge).map((n) =>
      el('li', {},
        link(n.label, () => actions.selectNode(n.key), { 'data-key': n.key }), ' ',
        link(`${t(lang, 'weight')} ${n.weight}`, () => actions.selectEdge(n.edge), { 'data-edge': n.edge, 'aria-label': `${t(lang, 'evidence')}: ${a.label} — ${n.label}` })))),
    el('h3', {}, t(lang, 'evidence')),
    quotes(graph, lang, nodeQuotes(graph, key)),
  );
}

export function renderEdge(graph: NewsGraph, key: string, lang: Lang, actions: PanelActions): HTMLElement {
  const a = graph.getEdgeAttributes(key);
  const [source, target] = [graph.source(key), graph.target(key)];
  const label = (node: string) => graph.getNodeAttribute(node, 'label');
  return el('div', { 'data-edge': key },
    el('h2', { id: 'panel-title' }, t(lang, 'edgeBetween', { a: label(source), b: label(target) })),
    el('p', {},
      link(label(source), () => actions.selectNode(source)), graph.isDirected(key) ? ' → ' : ' — ',
      link(label(target), () => actions.selectNode(target))),
    facts([
      [t(lang, 'kind'), kindLabel(lang, a.kind)],
      [t(lang, 'weight'), String(a.weight)],
      [t(lang, 'pages'), (a.docs ?? []).join('、')],
    ]),
    el('h3', {}, t(lang, 'evidence')),
    quotes(graph, lang, edgeQuotes(graph, key)),
  );
}
