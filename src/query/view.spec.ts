import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureGraphFile } from '../../test/support/graph-file.ts';
import { edgesCsv, nodesCsv } from '../export/csv.ts';
import { graphGexf } from '../export/gexf.ts';
import { graphGraphml } from '../export/graphml.ts';
import { graphJson } from '../export/json.ts';
import { neo4jNodes, neo4jRelationships } from '../export/neo4j.ts';
import { fileLineBlocks, fileLineBytes, fileLinesAt, graphFile, LineTooLong, readGraphLines } from './load.ts';
import { explorerView, type ViewLimits } from './view.ts';

type Item = { key: string; source?: string; target?: string; attributes: { pagerank?: number; weight?: number } };

const { exported, graph, file } = fixtureGraphFile();
const dir = dirname(file);
const text = readFileSync(file, 'utf8');
const lines = text.split('\n');
const edgesAt = lines.indexOf('],"edges":['); // 0-based: line edgesAt + 2 is the first edge's, 1-based

const strongerFirst = (rank: (x: Item) => number) => (a: Item, b: Item) => rank(b) - rank(a) || (a.key < b.key ? -1 : 1);
const parsed = (body: Buffer) => JSON.parse(body.toString()) as { attributes: Record<string, unknown>; nodes: Item[]; edges: Item[] };
const keys = (body: Buffer) => [parsed(body).nodes.map((n) => n.key), parsed(body).edges.map((e) => e.key)];
const openFiles = () => readdirSync('/proc/self/fd').length;

/** The fixture with `change` applied to its text, in a file of its own. */
function variant(name: string, change: (text: string) => string): string {
  const path = join(dir, name);
  writeFileSync(path, change(text));
  return path;
}

/** The top-ranked edge among the top `maxNodes` nodes, and one with an end left out. */
function edgeLines(maxNodes: number) {
  const top = new Set([...(exported.nodes as Item[])].sort(strongerFirst((n) => n.attributes.pagerank ?? 0)).slice(0, maxNodes).map((n) => n.key));
  const at = (kept: boolean) => lines.findIndex((l, i) => i > edgesAt && l.startsWith('{') && (top.has(JSON.parse(l.replace(/,$/, '')).source) && top.has(JSON.parse(l.replace(/,$/, '')).target)) === kept);
  return { kept: at(true), left: at(false) };
}

describe('fileLineBlocks, fileLineBytes and fileLinesAt', () => {
  it('gives the lines of a file as bytes whatever the block size: multi-byte text, CRLF, long lines, no final newline', async () => {
    const content = '{"nodes":[\r\n零陵区委书记赵立平,\n\n' + '长'.repeat(40) + '\nlast line 末行';
    const path = variant('lines.txt', () => content);
    for (const blockSize of [1, 2, 3, 7, 64, 1 << 16]) {
      const got: string[] = [];
      const one: string[] = [];
      for (const line of fileLineBytes(path, blockSize)) one.push(line.toString());
      for await (const block of fileLineBlocks(path, blockSize)) for (const line of block) got.push(line.toString());
      expect(got).toEqual(content.replace(/\r/g, '').split('\n'));
      expect(one).toEqual(got);
      // Each line's offset reads it back from the file.
      const bytes = readFileSync(path);
      for (const [line, at] of fileLinesAt(path, blockSize)) expect(bytes.subarray(at, at + line.length).equals(line)).toBe(true);
      expect(Array.from(fileLinesAt(path, blockSize), ([, at]) => at)).toEqual([0, 12, 41, 42, 163]);
    }
  });

  it('stops at a line longer than the bound (a compact export is one line) instead of holding it all', async () => {
    const path = variant('compact.txt', () => `short\n${'x'.repeat(100)}\nend`);
    expect(() => [...fileLineBytes(path, 8, 64)]).toThrow(LineTooLong);
    await expect((async () => { for await (const _ of fileLineBlocks(path, 8, 64)); })()).rejects.toThrow(LineTooLong);
    expect(Array.from(fileLineBytes(path, 8, 128), String)).toEqual(['short', 'x'.repeat(100), 'end']);
  });
});

describe('explorerView', () => {
  it('gives nothing when the whole graph is within the limits: the file is served as it is', async () => {
    expect(await explorerView(file, { maxNodes: graph.order, maxEdges: graph.size })).toBeUndefined();
  });

  it('keeps the nodes with the highest PageRank and every edge among them, in the file order', async () => {
    const view = (await explorerView(file, { maxNodes: 40, maxEdges: 0 }))!;
    const data = parsed(view.body);
    const top = [...(exported.nodes as Item[])].sort(strongerFirst((n) => n.attributes.pagerank ?? 0)).slice(0, 40).map((n) => n.key);
    const kept = new Set(top);
    expect(data.nodes.map((n) => n.key)).toEqual((exported.nodes as Item[]).map((n) => n.key).filter((k) => kept.has(k)));
    const among = (exported.edges as Item[]).filter((e) => kept.has(e.source!) && kept.has(e.target!));
    expect(data.edges.map((e) => e.key)).toEqual(among.map((e) => e.key));
    expect(view.info).toEqual({ nodes: 40, edges: among.length, totalNodes: graph.order, totalEdges: graph.size });
    expect(data.attributes).toEqual({ ...exported.attributes, view: view.info });
    // Node attributes are the whole graph's (degree, PageRank), untouched.
    expect(data.nodes[0].attributes).toEqual(graph.getNodeAttributes(data.nodes[0].key));
  });

  it('keeps the strongest edges when there are too many, and reads back as a graph', async () => {
    const view = (await explorerView(file, { maxNodes: 0, maxEdges: 25 }))!;
    const strongest = [...(exported.edges as Item[])].sort(strongerFirst((e) => e.attributes.weight ?? 0)).slice(0, 25).map((e) => e.key);
    const back = readGraphLines(variant('view.json', () => view.body.toString()))!;
    expect(back.order).toBe(graph.order);
    expect(back.edges().sort()).toEqual(strongest.sort());
    expect(back.getAttribute('view' as never)).toEqual({ nodes: graph.order, edges: 25, totalNodes: graph.order, totalEdges: graph.size });
  });

  it('reads edges laid out otherwise (attributes in another order) by parsing them whole, to the same view', async () => {
    const limits: ViewLimits = { maxNodes: 30, maxEdges: 20 };
    // {"kind":…,"weight":…} → {"weight":…,"kind":…}: the quick read of the line's start no longer matches.
    const reordered = variant('reordered.json', (t) => t.replace(/"attributes":\{"kind":("[a-z_]+"),"weight":([\d.]+)/g, '"attributes":{"weight":$2,"kind":$1'));
    expect(readFileSync(reordered, 'utf8')).not.toMatch(/"attributes":\{"kind"/);
    const quick = (await explorerView(file, limits))!;
    const whole = (await explorerView(reordered, limits))!;
    expect(whole.info).toEqual(quick.info);
    expect(keys(whole.body)).toEqual(keys(quick.body));
  });

  it('checks the edges it keeps, and only those: a damaged line past the weight is found if kept', async () => {
    const { kept, left } = edgeLines(10);
    const damage = (at: number) => (t: string) => t.split('\n').map((l, i) => (i === at ? l.replace('"evidence":[', '"evidence":[BROKEN') : l)).join('\n');
    // Left out, the line is never read past its weight: the view is made.
    expect(await explorerView(variant('left.json', damage(left)), { maxNodes: 10, maxEdges: 0 })).toBeDefined();
    await expect(explorerView(variant('kept.json', damage(kept)), { maxNodes: 10, maxEdges: 0 })).rejects.toThrow(
      new RegExp(`kept.json: line ${kept + 1} is not valid JSON \\(.*; a partial copy\\?\\)`),
    );
  });

  it('says a cut-off file is partial, and leaves files laid out otherwise alone', async () => {
    const limits: ViewLimits = { maxNodes: 10, maxEdges: 10 };
    await expect(explorerView(variant('cut1.json', (t) => lines.slice(0, edgesAt + 5).join('\n')), limits)).rejects.toThrow(/cut1.json ends before its edge list does \(a partial copy\?\)/);
    await expect(explorerView(variant('cut2.json', (t) => lines.slice(0, edgesAt).join('\n')), limits)).rejects.toThrow(/cut2.json ends before its edge list \(a partial copy\?\)/);
    // Cut inside the first edge's key: that line is no edge.
    await expect(explorerView(variant('cut3.json', (t) => t.slice(0, t.indexOf('],"edges":[') + 20)), limits)).rejects.toThrow(/cut3.json: line \d+ is not valid JSON/);
    // A damaged head: line 1.
    await expect(explorerView(variant('head.json', (t) => t.replace('"generator":"newsgraph"', '"generator":newsgraph')), limits)).rejects.toThrow(/head.json: line 1 is not valid JSON/);
    // Without limits the file is not even read: the server streams it as it is.
    expect(await explorerView(join(dir, 'cut3.json'), { maxNodes: 0, maxEdges: 0 })).toBeUndefined();
    // The fixture itself is pretty-printed JSON, not one item per line.
    expect(await explorerView(new URL('../../test/fixtures/web/graph.json', import.meta.url).pathname, limits)).toBeUndefined();
  });

  it('closes the file however the reading ends', async () => {
    const before = openFiles();
    await explorerView(file, { maxNodes: 10, maxEdges: 10 }); // a view
    await explorerView(file, { maxNodes: 1000, maxEdges: 1000 }); // the whole graph
    await explorerView(new URL('../../test/fixtures/web/graph.json', import.meta.url).pathname, { maxNodes: 10, maxEdges: 10 }); // not line by line
    await explorerView(join(dir, 'cut3.json'), { maxNodes: 10, maxEdges: 10 }).catch(() => {}); // damaged
    readGraphLines(new URL('../../test/fixtures/web/graph.json', import.meta.url).pathname);
    expect(openFiles()).toBe(before);
  });
});

describe('graphFile', () => {
  it('gives the writers what the loaded graph gives them, reading the file again for each pass', () => {
    const source = graphFile(file)!;
    const loaded = readGraphLines(file)!;
    for (const write of [graphJson, graphGexf, graphGraphml, nodesCsv, edgesCsv, neo4jNodes, neo4jRelationships]) {
      expect([...write(source)].join('')).toBe([...write(loaded)].join(''));
    }
    expect([...graphJson(source)].join('')).toBe(text);
  });

  it('closes the file when a pass stops early, and says when the file ends too soon', () => {
    const before = openFiles();
    const source = graphFile(file)!;
    for (const _ of source.nodeEntries()) break;
    for (const _ of source.edgeEntries()) break;
    expect(openFiles()).toBe(before);
    const cut = graphFile(variant('cut-source.json', () => lines.slice(0, edgesAt + 5).join('\n')))!;
    expect(() => [...cut.edgeEntries()]).toThrow(/ends before the edge list does \(a partial copy\?\)/);
    expect(graphFile(new URL('../../test/fixtures/web/graph.json', import.meta.url).pathname)).toBeUndefined();
  });
});
