import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureGraphFile } from '../../test/support/graph-file.ts';
import { readGraphLines } from './load.ts';
import { explorerView } from './view.ts';

type Item = { key: string; source?: string; target?: string; attributes: { pagerank?: number; weight?: number } };

const { exported, graph, file } = fixtureGraphFile();
const dir = dirname(file);

const strongerFirst = (rank: (x: Item) => number) => (a: Item, b: Item) => rank(b) - rank(a) || (a.key < b.key ? -1 : 1);

describe('explorerView', () => {
  it('gives nothing when the whole graph is within the limits: the file is served as it is', () => {
    expect(explorerView(file, { maxNodes: graph.order, maxEdges: graph.size })).toBeUndefined();
    expect(explorerView(file, { maxNodes: 0, maxEdges: 0 })).toBeUndefined();
  });

  it('keeps the nodes with the highest PageRank and every edge among them, in the file order', () => {
    const view = explorerView(file, { maxNodes: 40, maxEdges: 0 })!;
    const data = JSON.parse(view.body.toString()) as { attributes: Record<string, unknown>; nodes: Item[]; edges: Item[] };
    const top = [...(exported.nodes as Item[])].sort(strongerFirst((n) => n.attributes.pagerank ?? 0)).slice(0, 40).map((n) => n.key);
    expect(data.nodes.map((n) => n.key).sort()).toEqual([...top].sort());
    const kept = new Set(top);
    const among = (exported.edges as Item[]).filter((e) => kept.has(e.source!) && kept.has(e.target!));
    expect(data.edges.map((e) => e.key)).toEqual(among.map((e) => e.key));
    const order = (exported.nodes as Item[]).map((n) => n.key).filter((k) => kept.has(k));
    expect(data.nodes.map((n) => n.key)).toEqual(order);
    expect(view.info).toEqual({ nodes: 40, edges: among.length, totalNodes: graph.order, totalEdges: graph.size });
    expect(data.attributes).toEqual({ ...exported.attributes, view: view.info });
    // Node attributes are the whole graph's (degree, PageRank), untouched.
    expect(data.nodes[0].attributes).toEqual(graph.getNodeAttributes(data.nodes[0].key));
  });

  it('keeps the strongest edges when there are too many, and reads back as a graph', () => {
    const view = explorerView(file, { maxNodes: 0, maxEdges: 25 })!;
    const strongest = [...(exported.edges as Item[])].sort(strongerFirst((e) => e.attributes.weight ?? 0)).slice(0, 25).map((e) => e.key);
    const viewFile = join(dir, 'view.json');
    writeFileSync(viewFile, view.body);
    const back = readGraphLines(viewFile)!;
    expect(back.order).toBe(graph.order);
    expect(back.edges().sort()).toEqual(strongest.sort());
    expect(back.getAttribute('view' as never)).toEqual({ nodes: graph.order, edges: 25, totalNodes: graph.order, totalEdges: graph.size });
  });

  it('reads edges laid out otherwise (attributes in another order) by parsing them whole, to the same view', () => {
    const limits = { maxNodes: 30, maxEdges: 20 };
    const keys = (text: string) => {
      const data = JSON.parse(text) as { nodes: Item[]; edges: Item[] };
      return [data.nodes.map((n) => n.key), data.edges.map((e) => e.key)];
    };
    const reordered = join(dir, 'reordered.json');
    // {"kind":…,"weight":…} → {"weight":…,"kind":…}: the fast read of the line's start no longer matches.
    writeFileSync(reordered, readFileSync(file, 'utf8').replace(/"attributes":\{"kind":("[a-z_]+"),"weight":([\d.]+)/g, '"attributes":{"weight":$2,"kind":$1'));
    expect(readFileSync(reordered, 'utf8')).not.toMatch(/"attributes":\{"kind"/);
    const fast = explorerView(file, limits)!;
    const whole = explorerView(reordered, limits)!;
    expect(whole.info).toEqual(fast.info);
    expect(keys(whole.body.toString())).toEqual(keys(fast.body.toString()));
  });

  it('says a cut-off file is partial, and leaves files laid out otherwise alone', () => {
    const text = readFileSync(file, 'utf8');
    const cut = join(dir, 'cut.json');
    const edges = text.indexOf('],"edges":[');
    writeFileSync(cut, text.slice(0, text.indexOf('\n', edges + 200)));
    expect(() => explorerView(cut, { maxNodes: 10, maxEdges: 10 })).toThrow(/ends before its edge list does \(a partial copy\?\)/);
    // Cut inside the first edge's key: that line is no edge.
    writeFileSync(cut, text.slice(0, edges + 20));
    const line = text.slice(0, edges + 20).split('\n').length;
    expect(() => explorerView(cut, { maxNodes: 10, maxEdges: 10 })).toThrow(new RegExp(`cut.json: line ${line} is not a node or edge \\(.*; a partial copy\\?\\)`));
    // Without limits the file is not even read: the server streams it as it is.
    expect(explorerView(cut, { maxNodes: 0, maxEdges: 0 })).toBeUndefined();
    writeFileSync(cut, text.slice(0, edges - 1));
    expect(() => explorerView(cut, { maxNodes: 10, maxEdges: 10 })).toThrow(/ends before its edge list \(a partial copy\?\)/);
    // The fixture itself is pretty-printed JSON, not one item per line.
    expect(explorerView(new URL('../../test/fixtures/web/graph.json', import.meta.url).pathname, { maxNodes: 10, maxEdges: 10 })).toBeUndefined();
  });
});
