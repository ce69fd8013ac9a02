import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MultiGraph } from 'graphology';
import graphologyGexf from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import { writeFilesAtomic } from '../src/export/atomic.ts';
import { csvField } from '../src/export/csv.ts';
import { writeOutputs } from '../src/export/index.ts';
import { escapeXml } from '../src/export/xml.ts';
import { buildGraph } from '../src/graph/build.ts';
import { loadFixtures } from './fixtures/graph/load.ts';
import { networkxPython } from './support/networkx.ts';

const fresh = () => mkdtempSync(join(tmpdir(), 'newsgraph-export-'));
const results = loadFixtures();
// A headline with XML specials and a control character: every export must survive it.
results[2].articles[1].title = 'A&B <护老> "行动"\u0001';
const graph = buildGraph(results);
const dir = fresh();
writeOutputs(graph, dir);
const read = (name: string) => readFileSync(join(dir, name), 'utf8');

describe('exports', () => {
  it('writes graph.json that graphology imports back unchanged', () => {
    const again = MultiGraph.from(JSON.parse(read('graph.json')));
    expect(again.export()).toEqual(graph.export());
  });

  it('writes byte-identical files for the same input', () => {
    const other = fresh();
    writeOutputs(buildGraph(results), other);
    for (const name of ['graph.json', 'graph.gexf', 'graph.graphml', 'nodes.csv', 'edges.csv']) {
      expect(readFileSync(join(other, name), 'utf8'), name).toBe(read(name));
    }
  });

  it('declares GEXF 1.3 and typed attributes', () => {
    const gexf = read('graph.gexf');
    expect(gexf).toMatch(/<gexf xmlns="http:\/\/gexf.net\/1.3" .* version="1.3">/);
    expect(gexf).toContain('<attribute id="pagerank" title="pagerank" type="double"/>');
    expect(gexf).not.toContain('\u0001');
    // graphology-gexf's parser reads it back with the same nodes, edges and typed values
    const back = graphologyGexf.parse(MultiGraph, gexf);
    expect([back.order, back.size]).toEqual([graph.order, graph.size]);
    expect(back.getNodeAttribute('place:零陵区', 'pagerank')).toBe(graph.getNodeAttribute('place:零陵区', 'pagerank'));
  });

  it('NetworkX reads GEXF and GraphML with the same nodes, edges and attributes as graph.json', () => {
    const script = `
import json, sys, networkx as nx
g = nx.read_gexf(sys.argv[1]); h = nx.read_graphml(sys.argv[2])
def pick(G, n, e): return {'nodes': G.number_of_nodes(), 'edges': G.number_of_edges(),
  'type': G.nodes[n]['type'], 'pagerank': G.nodes[n]['pagerank'], 'path': G.nodes[n].get('path'),
  'kinds': sorted(d['kind'] for _, _, d in G.edges(data=True)), 'dice': [d.get('dice') for _, _, k, d in G.edges(keys=True, data=True) if (d.get('id') or k) == e][0]}
n, e = 'place:零陵区', 'co:organisation:零陵区委|person:赵立平@零陵区委'
print(json.dumps({'gexf': pick(g, n, e), 'graphml': pick(h, n, e), 'label': g.nodes['article:003_318566546281f657.txt#1']['label']}, ensure_ascii=False))`;
    const out = JSON.parse(execFileSync(networkxPython(), ['-c', script, join(dir, 'graph.gexf'), join(dir, 'graph.graphml')], { encoding: 'utf8' }));
    const node = graph.getNodeAttributes('place:零陵区');
    const expected = {
      nodes: graph.order,
      edges: graph.size,
      type: 'place',
      pagerank: node.pagerank,
      path: '湖南省/永州市/零陵区',
      kinds: graph.mapEdges((_k, a) => a.kind).sort(),
      dice: graph.getEdgeAttribute('co:organisation:零陵区委|person:赵立平@零陵区委', 'dice'),
    };
    expect(out.gexf).toEqual(expected);
    expect(out.graphml).toEqual(expected);
    expect(out.label).toBe('A&B <护老> "行动"');
  });

  it('quotes CSV fields as RFC 4180 says', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(undefined)).toBe('');
    const lines = read('nodes.csv').split('\r\n');
    expect(lines[0].startsWith('id,label,type,aliases,mentions')).toBe(true);
    expect(lines.length - 2).toBe(graph.order); // header + rows + final empty string
    expect(read('nodes.csv')).toContain('"A&B <护老> ""行动""\u0001"');
  });

  it('escapes XML specials and drops characters XML cannot hold', () => {
    expect(escapeXml('a<b>&"c"\u0000\u0008\uFFFE\uD800')).toBe('a&lt;b&gt;&amp;&quot;c&quot;');
    expect(escapeXml('tab\tok\n\r😀')).toBe('tab&#9;ok&#10;&#13;😀');
  });
});

describe('writeFilesAtomic', () => {
  it('keeps the previous files and leaves no temporary file when a write fails', () => {
    const out = fresh();
    writeFileSync(join(out, 'a.txt'), 'old a');
    writeFileSync(join(out, 'b.txt'), 'old b');
    function* failing() {
      yield 'half';
      throw new Error('disk full');
    }
    expect(() => writeFilesAtomic([{ path: join(out, 'a.txt'), content: 'new a' }, { path: join(out, 'b.txt'), content: failing() }])).toThrow('disk full');
    expect(readFileSync(join(out, 'a.txt'), 'utf8')).toBe('old a');
    expect(readFileSync(join(out, 'b.txt'), 'utf8')).toBe('old b');
    expect(readdirSync(out).sort()).toEqual(['a.txt', 'b.txt']);
  });
});
