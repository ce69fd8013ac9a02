import { describe, expect, it } from 'vitest';
import { loadFixtures } from '../../test/fixtures/graph/load.ts';
import { buildGraph } from '../graph/build.ts';
import { EDGE_KINDS, NODE_TYPES } from '../graph/types.ts';
import { loadCypher, neo4jField, neo4jFiles, neo4jNodes, neo4jRelationships, NODE_LABELS, REL_TYPES } from './neo4j.ts';

const results = loadFixtures();
// A headline with the CSV specials and a line break: the import must survive it.
results[0].articles[0].title = '“四夜”,行动 "夜话"\n第二行';
const graph = buildGraph(results);

/** RFC 4180 reader (LF rows), enough to read back what neo4jField writes. */
function parse(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i];
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\n') row.push(field), rows.push(row), (row = []), (field = '');
    else field += c;
  }
  return rows;
}

const records = (csv: string) => {
  const [head, ...rows] = parse(csv);
  return { head, rows: rows.map((r) => Object.fromEntries(head.map((h, i) => [h, r[i]]))) };
};

const nodes = records([...neo4jNodes(graph)].join(''));
const rels = records([...neo4jRelationships(graph)].join(''));

describe('neo4j export', () => {
  it('writes the typed headers neo4j-admin database import full reads', () => {
    expect(nodes.head.slice(0, 5)).toEqual(['id:ID', ':LABEL', 'label', 'type', 'aliases:string[]']);
    expect(nodes.head).toContain('mentions:int');
    expect(nodes.head).toContain('pagerank:float');
    expect(rels.head.slice(0, 3)).toEqual([':START_ID', ':END_ID', ':TYPE']);
    expect(rels.head).toContain('weight:float');
    expect(rels.head).toContain('evidence:string[]');
  });

  it('has one row per node and per edge, and every relationship ends at a node', () => {
    expect(nodes.rows).toHaveLength(graph.order);
    expect(rels.rows).toHaveLength(graph.size);
    const ids = new Set(nodes.rows.map((r) => r['id:ID']));
    expect(ids.size).toBe(graph.order);
    for (const r of rels.rows) {
      expect(ids.has(r[':START_ID']) && ids.has(r[':END_ID']), `${r.key}`).toBe(true);
      expect(Object.values(REL_TYPES)).toContain(r[':TYPE']);
    }
    expect(new Set(rels.rows.map((r) => r[':TYPE']))).toContain('CO_OCCURS_WITH');
  });

  it('labels entities with Entity and their type, articles with Article, and keeps arrays as ; lists', () => {
    expect(nodes.rows.find((r) => r.type === 'person')![':LABEL']).toBe('Entity;Person');
    const named = nodes.rows.find((r) => r['aliases:string[]']?.includes(';'))!;
    expect(named[':LABEL']).toBe(`Entity;${NODE_LABELS[named.type as 'place']}`);
    expect(named['aliases:string[]'].split(';')).toEqual(graph.getNodeAttribute(named['id:ID'], 'aliases'));
    const article = nodes.rows.find((r) => r.type === 'article' && r.label.includes('夜话'))!;
    expect(article[':LABEL']).toBe('Article');
    expect(article.label).toBe('“四夜”,行动 "夜话" 第二行');
  });

  it('keeps a ; inside an array element from splitting it, and leaves empty arrays unset', () => {
    expect(neo4jField(['a;b', 'c'])).toBe('a；b;c');
    expect(neo4jField([])).toBe('');
    expect(neo4jField('')).toBe('""');
    expect(neo4jField(undefined)).toBe('');
  });

  it('writes load.cypher covering every label and relationship type with the CSV headers', () => {
    const cypher = loadCypher();
    for (const t of NODE_TYPES) expect(cypher).toContain(`:${NODE_LABELS[t]} {id: row.\`id:ID\`}`);
    for (const k of EDGE_KINDS) expect(cypher).toContain(`MERGE (a)-[r:${REL_TYPES[k]} {key: row.key}]->(b)`);
    const used = new Set([...cypher.matchAll(/row\.`([^`]+)`/g)].map((m) => m[1]));
    for (const h of used) expect([...nodes.head, ...rels.head], h).toContain(h);
    expect(cypher.match(/IN TRANSACTIONS OF 10000 ROWS;/g)).toHaveLength(NODE_TYPES.length + EDGE_KINDS.length);
  });

  it('puts its files in <out>/neo4j/, away from the Gephi nodes.csv', () => {
    expect(neo4jFiles(graph, 'data').map((f) => f.path)).toEqual(['data/neo4j/nodes.csv', 'data/neo4j/relationships.csv', 'data/neo4j/load.cypher']);
  });
});
