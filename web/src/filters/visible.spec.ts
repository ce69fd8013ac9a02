import { describe, expect, it } from 'vitest';
import { fixtureGraph } from '../fixture.ts';
import { DEFAULT_FILTERS } from './types.ts';
import { visibleSubgraph } from './visible.ts';

describe('visibleSubgraph', () => {
  const graph = fixtureGraph();

  it('hides article nodes by default and keeps edges only between visible nodes', () => {
    const v = visibleSubgraph(graph, DEFAULT_FILTERS);
    expect([...v.nodes].some((n) => n.startsWith('article:'))).toBe(false);
    expect(v.nodes.has('person:赵立平')).toBe(true);
    for (const e of v.edges) expect(v.nodes.has(graph.source(e)) && v.nodes.has(graph.target(e))).toBe(true);
    const withArticles = visibleSubgraph(graph, { ...DEFAULT_FILTERS, types: [...DEFAULT_FILTERS.types, 'article'] });
    expect([...withArticles.edges].some((e) => e.startsWith('reported:'))).toBe(true);
  });

  it('filters by relation kind and edge weight', () => {
    const co = visibleSubgraph(graph, { ...DEFAULT_FILTERS, relations: ['cooccurrence'] });
    expect([...co.edges].every((e) => e.startsWith('co:'))).toBe(true);
    const heavy = visibleSubgraph(graph, { ...DEFAULT_FILTERS, minWeight: 2 });
    expect(heavy.edges.size).toBeGreaterThan(0);
    expect([...heavy.edges].every((e) => graph.getEdgeAttribute(e, 'weight') >= 2)).toBe(true);
  });

  it('counts degree over visible edges for the degree and isolated filters', () => {
    const all = visibleSubgraph(graph, DEFAULT_FILTERS);
    const connected = visibleSubgraph(graph, { ...DEFAULT_FILTERS, hideIsolated: true });
    expect(all.nodes.has('person:单建华')).toBe(true); // byline author: linked only to a hidden article
    expect(connected.nodes.has('person:单建华')).toBe(false);
    const hubs = visibleSubgraph(graph, { ...DEFAULT_FILTERS, minDegree: 4 });
    for (const n of hubs.nodes) expect(graph.edges(n).filter((e) => all.edges.has(e)).length).toBeGreaterThanOrEqual(4);
  });

  it('keeps only nodes from the chosen pages', () => {
    const v = visibleSubgraph(graph, { ...DEFAULT_FILTERS, docs: ['001_dddf51ff3723c7fd.txt'] });
    expect(v.nodes.has('programme:三长制')).toBe(true);
    expect(v.nodes.has('person:赵立平')).toBe(false);
  });
});
