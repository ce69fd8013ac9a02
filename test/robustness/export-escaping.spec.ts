// Text from articles reaches every export: names, aliases, roles, headlines, evidence sentences and page
// names full of XML specials and characters XML cannot hold must give valid GEXF and GraphML that parse
// back (python3 xml.etree and NetworkX) to the same text, and CSV that round-trips field for field.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeOutputs } from '../../src/export/index.ts';
import { stripInvalidXml } from '../../src/export/xml.ts';
import { buildGraph } from '../../src/graph/build.ts';
import { pageFromBytes } from '../../src/ingest/index.ts';
import type { Article, Entity, PageResult } from '../../src/model/types.ts';
import { processPage } from '../../src/pipeline.ts';
import { networkxPython } from '../support/networkx.ts';

/** Every C0 control, XML's non-characters, lone surrogates, and markup that must stay text. */
const CONTROLS = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join('');
const HOSTILE = `&<>"' ]]> --> <![CDATA[x]]> &amp; &#0; ${CONTROLS} \uFFFE\uFFFF \ud800 \udc00 <script>alert(1)</script> <img src=x onerror=alert(1)>`;

/** Names as the resolver makes them (no spaces or control characters), the rest of the hostile text kept. */
const NAME_PART = HOSTILE.replace(/[\s\u0000-\u001f]+/g, '');
const name = (base: string) => `${base}${NAME_PART}`;
const doc = `page "&<>'.txt`;
const first = `${name('张三')}在${name('零陵区')}调研${HOSTILE}。`;
const text = `${first}\n第二句${HOSTILE}。`;
const s0 = { start: 0, end: first.length };
const s1 = { start: first.length + 1, end: text.length };
const article: Article = {
  doc,
  id: `${doc}#0`,
  index: 0,
  title: `标题${HOSTILE}`,
  byline: [name('李四')],
  credits: [{ name: name('李四'), kind: 'byline' }],
  text,
  paragraphs: [s0, s1],
  sentences: [s0, s1],
  pageOffset: 0,
};
const occurrence = (start: number, end: number) => ({ article: article.id, sentence: 0, start, end });
const person: Entity = {
  id: `person:${name('张三')}`,
  type: 'person',
  name: name('张三'),
  aliases: [`<img_src=x_onerror=alert(1)>`, `a&b"c'd`],
  role: `书记${HOSTILE}`,
  mentions: 1,
  occurrences: [occurrence(0, name('张三').length)],
};
const place: Entity = {
  id: `place:${name('零陵区')}`,
  type: 'place',
  name: name('零陵区'),
  aliases: [],
  mentions: 1,
  occurrences: [occurrence(name('张三').length + 1, name('张三').length + 1 + name('零陵区').length)],
};
const page: PageResult = { doc, path: doc, hash: 'f'.repeat(64), articles: [article], entities: [person, place] };

const graph = buildGraph([page]);
/** The person's node key (people are keyed by what anchors them across pages). */
const personNode = graph.filterNodes((_, a) => a.type === 'person')[0];
const dir = mkdtempSync(join(tmpdir(), 'newsgraph-escape-'));
writeOutputs(graph, dir);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What XML can carry of a string: the same text without the characters XML 1.0 forbids. */
const xmlText = (s: string) => stripInvalidXml(s);
/** What UTF-8 can carry: a lone surrogate becomes U+FFFD. */
const utf8 = (s: string) => Buffer.from(s, 'utf8').toString('utf8');

const PARSE = `
import json, sys, xml.etree.ElementTree as ET, networkx as nx
gexf, graphml = sys.argv[1], sys.argv[2]
ET.parse(gexf); ET.parse(graphml)
g = nx.read_gexf(gexf); h = nx.read_graphml(graphml)
def nodes(G, key): return {n: {k: d.get(k) for k in ('label', 'aliases', 'role')} for n, d in G.nodes(data=True)}
def edges(G):
    es = G.edges(keys=True, data=True) if G.is_multigraph() else ((u, v, None, d) for u, v, d in G.edges(data=True))
    return sorted([d.get('id') or k, u, v, d.get('evidence')] for u, v, k, d in es)
print(json.dumps({'gexf': {'nodes': nodes(g, 'label'), 'edges': edges(g)}, 'graphml': {'nodes': nodes(h, 'label'), 'edges': edges(h)}}))
`;

describe('exports of hostile article text', () => {
  it('GEXF and GraphML are well-formed and NetworkX reads back every name, alias, role and evidence sentence', () => {
    const back = JSON.parse(execFileSync(networkxPython(), ['-c', PARSE, join(dir, 'graph.gexf'), join(dir, 'graph.graphml')], { encoding: 'utf8' }));
    const co = graph.edges().find((e) => graph.getEdgeAttribute(e, 'kind') === 'cooccurrence')!;
    const evidence = graph.getEdgeAttribute(co, 'evidence')[0].text;
    expect(evidence).toContain('<script>');
    for (const format of ['gexf', 'graphml'] as const) {
      const { nodes, edges } = back[format];
      for (const [node, e] of [[personNode, person], [place.id, place]] as const) {
        const key = xmlText(node);
        expect(nodes[key], `${format}: ${e.id}`).toBeDefined();
        expect(nodes[key].label, `${format}: label of ${e.id}`).toBe(xmlText(e.name));
      }
      const p = nodes[xmlText(personNode)];
      const title = nodes[xmlText(`article:${article.id}`)];
      expect(title?.label, `${format}: headline`).toBe(xmlText(article.title));
      expect(p.aliases).toBe(xmlText(person.aliases.join('|')));
      expect(p.role).toBe(xmlText(person.role!));
      const edge = edges.find((x: string[]) => x[0] === xmlText(co));
      expect(edge, `${format}: edge ${co}`).toBeDefined();
      expect(edge[3]).toBe(xmlText(evidence));
    }
  });

  it('CSV round-trips every field (RFC 4180 quoting of quotes, commas and line breaks)', () => {
    const script = `
import csv, json, sys
rows = lambda p: list(csv.reader(open(p, newline='', encoding='utf-8')))
print(json.dumps({'nodes': rows(sys.argv[1]), 'edges': rows(sys.argv[2])}))`;
    const back = JSON.parse(execFileSync('python3', ['-c', script, join(dir, 'nodes.csv'), join(dir, 'edges.csv')], { encoding: 'utf8' }));
    const header: string[] = back.nodes[0];
    const row = back.nodes.find((r: string[]) => r[0] === personNode);
    expect(row, 'person row').toBeDefined();
    expect(row[header.indexOf('label')]).toBe(utf8(person.name));
    expect(row[header.indexOf('aliases')]).toBe(person.aliases.join('|'));
    expect(row[header.indexOf('role')]).toBe(utf8(person.role!));
    const title = back.nodes.find((r: string[]) => r[0] === `article:${article.id}`);
    expect(title[header.indexOf('label')]).toBe(utf8(article.title));
    expect(back.nodes.every((r: string[]) => r.length === header.length)).toBe(true);
    const eh: string[] = back.edges[0];
    const co = back.edges.find((r: string[]) => r[eh.indexOf('kind')] === 'cooccurrence');
    expect(co[eh.indexOf('evidence')]).toBe(utf8(first));
    expect(back.edges.every((r: string[]) => r.length === eh.length)).toBe(true);
  });

  it('graph.json keeps the text exactly', () => {
    const json = JSON.parse(readFileSync(join(dir, 'graph.json'), 'utf8'));
    expect(json.nodes.find((n: { key: string }) => n.key === personNode).attributes.aliases).toEqual(person.aliases);
  });
});

describe('control characters through the real pipeline', () => {
  it('a NUL inside a quoted name (a UTF-16 page) gives a clean name, and the graph builds', () => {
    const text = '永州市推行“三\u0000长制”行动，零陵区委书记赵立平调研“四\u0001夜”行动。';
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const result = processPage(pageFromBytes('utf16.txt', bytes));
    expect(result.entities.map((e) => e.id)).toContain('programme:三长制');
    for (const e of result.entities) expect(e.id + e.aliases.join('')).not.toMatch(/[\u0000-\u001f]/);
    expect(buildGraph([result]).hasNode('programme:三长制')).toBe(true);
  });
});
