import { describe, expect, it } from 'vitest';
import { fixtureGraph } from '../fixture.ts';
import { DEFAULT_FILTERS } from '../filters/types.ts';
import { visibleSubgraph } from '../filters/visible.ts';
import { egoNodes } from './ego.ts';
import { shortestPath } from './path.ts';

describe('focus', () => {
  const graph = fixtureGraph();
  const visible = visibleSubgraph(graph, DEFAULT_FILTERS);

  it('ego network grows with hops and stays inside the visible graph', () => {
    const one = egoNodes(graph, visible, 'person:赵立平', 1);
    const two = egoNodes(graph, visible, 'person:赵立平', 2);
    expect(one).toContain('place:零陵区');
    expect(two.size).toBeGreaterThan(one.size);
    expect(two).toContain('place:永州市');
    for (const n of two) expect(visible.nodes.has(n)).toBe(true);
    expect(egoNodes(graph, visible, 'article:000_2da82a6f435e105f.txt#0', 1).size).toBe(0);
  });

  it('shortest path follows visible edges in either direction', () => {
    const path = shortestPath(graph, visible, 'person:赵立平', 'programme:三长制')!;
    expect(path.nodes[0]).toBe('person:赵立平');
    expect(path.nodes.at(-1)).toBe('programme:三长制');
    expect(path.edges).toHaveLength(path.nodes.length - 1);
    path.edges.forEach((e, i) => expect([graph.source(e), graph.target(e)].sort()).toEqual([path.nodes[i], path.nodes[i + 1]].sort()));
  });

  it('finds no path when the filters cut the link', () => {
    const coOnly = visibleSubgraph(graph, { ...DEFAULT_FILTERS, relations: ['cooccurrence'] });
    expect(shortestPath(graph, coOnly, 'person:赵立平', 'programme:三长制')).toBeNull();
  });
});
