import { DEFAULT_FILTERS, type RelationGroup } from '../filters/types.ts';
import { ENTITY_TYPES, type EntityType } from '../graph/types.ts';
import { LANGS, type Lang } from '../i18n/types.ts';
import { DEFAULT_STATE, type AppState } from '../state.ts';

// Short parameter names keep shared links readable: #node=person:赵立平&types=person,place&lang=en
const list = (v: string | null) => (v ? v.split(',').filter(Boolean) : []);
const num = (v: string | null, fallback: number) => (v !== null && Number.isFinite(Number(v)) ? Number(v) : fallback);
const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** Only what differs from the defaults goes into the hash. */
export function encodeState(s: AppState): string {
  const p = new URLSearchParams();
  const f = s.filters;
  if (s.selection) p.set(s.selection.kind, s.selection.key);
  if (s.focus) { p.set('focus', s.focus.node); p.set('hops', String(s.focus.hops)); }
  if (s.path.from) p.set('from', s.path.from);
  if (s.path.to) p.set('to', s.path.to);
  if (!same(f.types, DEFAULT_FILTERS.types)) p.set('types', f.types.join(','));
  if (!same(f.relations, DEFAULT_FILTERS.relations)) p.set('rel', f.relations.join(','));
  if (f.minWeight !== DEFAULT_FILTERS.minWeight) p.set('w', String(f.minWeight));
  if (f.minDegree !== DEFAULT_FILTERS.minDegree) p.set('deg', String(f.minDegree));
  if (f.docs.length) p.set('docs', f.docs.join(','));
  if (f.hideIsolated) p.set('iso', '0');
  if (s.lang !== DEFAULT_STATE.lang) p.set('lang', s.lang);
  if (s.appearance.colorBy !== DEFAULT_STATE.appearance.colorBy) p.set('color', s.appearance.colorBy);
  if (s.appearance.sizeBy !== DEFAULT_STATE.appearance.sizeBy) p.set('size', s.appearance.sizeBy);
  return p.toString();
}

/** Reads a hash back; unknown or malformed values fall back to the defaults one by one. */
export function decodeState(hash: string, base: AppState = DEFAULT_STATE): AppState {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const types = list(p.get('types')).filter((t): t is EntityType => (ENTITY_TYPES as string[]).includes(t));
  const relations = list(p.get('rel')).filter((r): r is RelationGroup => r === 'cooccurrence' || r === 'typed');
  const lang = p.get('lang');
  const hops = p.get('hops') === '2' ? 2 : 1;
  const node = p.get('node');
  const edge = p.get('edge');
  const focus = p.get('focus');
  return {
    filters: {
      types: p.has('types') ? types : base.filters.types,
      relations: p.has('rel') ? relations : base.filters.relations,
      minWeight: num(p.get('w'), base.filters.minWeight),
      minDegree: num(p.get('deg'), base.filters.minDegree),
      docs: p.has('docs') ? list(p.get('docs')) : base.filters.docs,
      hideIsolated: p.has('iso') || base.filters.hideIsolated,
    },
    selection: node ? { kind: 'node', key: node } : edge ? { kind: 'edge', key: edge } : null,
    focus: focus ? { node: focus, hops } : null,
    path: { ...(p.get('from') ? { from: p.get('from')! } : {}), ...(p.get('to') ? { to: p.get('to')! } : {}) },
    lang: LANGS.includes(lang as Lang) ? (lang as Lang) : base.lang,
    appearance: {
      colorBy: p.get('color') === 'community' ? 'community' : base.appearance.colorBy,
      sizeBy: p.get('size') === 'pagerank' ? 'pagerank' : base.appearance.sizeBy,
    },
  };
}

/** Drops references to nodes and edges the loaded graph does not have (a link to an older graph). */
export function pruneMissing(s: AppState, hasNode: (k: string) => boolean, hasEdge: (k: string) => boolean): AppState {
  const selection = s.selection && (s.selection.kind === 'node' ? hasNode(s.selection.key) : hasEdge(s.selection.key)) ? s.selection : null;
  return {
    ...s,
    selection,
    focus: s.focus && hasNode(s.focus.node) ? s.focus : null,
    path: {
      ...(s.path.from && hasNode(s.path.from) ? { from: s.path.from } : {}),
      ...(s.path.to && hasNode(s.path.to) ? { to: s.path.to } : {}),
    },
  };
}
