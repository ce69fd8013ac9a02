// Neo4j: nodes.csv and relationships.csv with the typed headers `neo4j-admin database import full`
// reads (id:ID, :LABEL, :START_ID, :END_ID, :TYPE, name:int, name:string[] …), and load.cypher,
// which reads the same two files with LOAD CSV for databases that are already running.
import { join } from 'node:path';
import type { GraphSource } from '../graph/store.ts';
import type { EdgeAttributes, EdgeKind, NodeAttributes, NodeType } from '../graph/types.ts';
import { EDGE_KINDS, NODE_TYPES } from '../graph/types.ts';
import type { OutputFile } from './atomic.ts';

type Value = string | number | boolean | readonly string[] | undefined;
type PropType = 'string' | 'int' | 'float' | 'boolean' | 'string[]';

interface Column<A> {
  name: string;
  type: PropType;
  get(a: A): Value;
}

export const NODE_LABELS: Record<NodeType, string> = {
  person: 'Person',
  place: 'Place',
  organisation: 'Organisation',
  programme: 'Programme',
  article: 'Article',
};

export const REL_TYPES: Record<EdgeKind, string> = {
  cooccurrence: 'CO_OCCURS_WITH',
  within: 'WITHIN',
  part_of: 'PART_OF',
  located_in: 'LOCATED_IN',
  holds_role_at: 'HOLDS_ROLE_AT',
  reported: 'REPORTED',
};

/** Entities share the label Entity (one uniqueness constraint, one index for every MATCH by id). */
const labelsOf = (type: NodeType) => (type === 'article' ? ['Article'] : ['Entity', NODE_LABELS[type]]);

const NODE_PROPS: Column<NodeAttributes>[] = [
  { name: 'label', type: 'string', get: (a) => a.label },
  { name: 'type', type: 'string', get: (a) => a.type },
  { name: 'aliases', type: 'string[]', get: (a) => a.aliases },
  { name: 'mentions', type: 'int', get: (a) => a.mentions },
  { name: 'articles', type: 'string[]', get: (a) => a.articles },
  { name: 'docs', type: 'string[]', get: (a) => a.docs },
  { name: 'role', type: 'string', get: (a) => a.role },
  { name: 'code', type: 'string', get: (a) => a.code },
  { name: 'parent', type: 'string', get: (a) => a.parent },
  { name: 'path', type: 'string[]', get: (a) => a.path },
  { name: 'masked', type: 'boolean', get: (a) => a.masked ?? false },
  { name: 'identity', type: 'string', get: (a) => a.identity },
  { name: 'pinyin', type: 'string', get: (a) => a.pinyin },
  { name: 'degree', type: 'int', get: (a) => a.degree },
  { name: 'weightedDegree', type: 'float', get: (a) => a.weightedDegree },
  { name: 'pagerank', type: 'float', get: (a) => a.pagerank },
  { name: 'community', type: 'int', get: (a) => a.community },
];

const REL_PROPS: Column<EdgeAttributes & { key: string }>[] = [
  { name: 'key', type: 'string', get: (a) => a.key },
  { name: 'kind', type: 'string', get: (a) => a.kind },
  { name: 'weight', type: 'float', get: (a) => a.weight },
  { name: 'source', type: 'string', get: (a) => a.source },
  { name: 'sentences', type: 'int', get: (a) => a.sentences },
  { name: 'articles', type: 'int', get: (a) => a.articles },
  { name: 'dice', type: 'float', get: (a) => a.dice },
  { name: 'docs', type: 'string[]', get: (a) => a.docs },
  { name: 'credit', type: 'string', get: (a) => a.credit },
  { name: 'evidence', type: 'string[]', get: (a) => a.evidence.map((e) => e.text) },
  { name: 'evidenceArticles', type: 'string[]', get: (a) => a.evidence.map((e) => e.article) },
];

const header = (c: Column<unknown>) => (c.type === 'string' ? c.name : `${c.name}:${c.type}`);

/**
 * One CSV field. neo4j-admin splits arrays on `;` and has no escape for it, so a `;` inside an
 * element becomes the full-width `；` (Chinese text uses that one anyway). Line breaks become spaces:
 * neo4j-admin rejects them unless run with --multiline-fields.
 */
export function neo4jField(v: Value): string {
  if (v === undefined || (Array.isArray(v) && !v.length)) return ''; // no property
  const s = Array.isArray(v) ? v.map((x) => x.replace(/;/g, '；')).join(';') : String(v);
  const flat = s.replace(/[\r\n]+/g, ' ');
  return /[",]/.test(flat) || flat === '' ? `"${flat.replace(/"/g, '""')}"` : flat;
}

const line = (fields: Value[]) => `${fields.map(neo4jField).join(',')}\n`;

export function* neo4jNodes(graph: GraphSource): Generator<string> {
  yield `id:ID,:LABEL,${NODE_PROPS.map(header).join(',')}\n`;
  for (const { node, attributes: a } of graph.nodeEntries()) {
    yield line([node, labelsOf(a.type).join(';'), ...NODE_PROPS.map((c) => c.get(a))]);
  }
}

export function* neo4jRelationships(graph: GraphSource): Generator<string> {
  yield `:START_ID,:END_ID,:TYPE,${REL_PROPS.map(header).join(',')}\n`;
  // Undirected co-occurrence edges keep the order graphology stores (source < target by key):
  // Cypher reads them in both directions with -[:CO_OCCURS_WITH]-.
  for (const { edge, source, target, attributes } of graph.edgeEntries()) {
    const a = { ...attributes, key: edge };
    yield line([source, target, REL_TYPES[a.kind], ...REL_PROPS.map((c) => c.get(a))]);
  }
}

/** A Cypher expression converting a LOAD CSV field (null when empty) to the column's type. */
function cypherValue(c: Column<unknown>): string {
  const field = `row.\`${header(c)}\``;
  if (c.type === 'int') return `toInteger(${field})`;
  if (c.type === 'float') return `toFloat(${field})`;
  if (c.type === 'boolean') return `toBoolean(${field})`;
  if (c.type === 'string[]') return `CASE WHEN ${field} IS NULL THEN [] ELSE split(${field}, ';') END`;
  return field;
}

const setProps = (v: string, cols: Column<unknown>[]) => cols.map((c) => `${v}.${c.name} = ${cypherValue(c)}`).join(',\n      ');

/** LOAD CSV script for the same two files; MERGE on ids, so running it twice changes nothing. */
export function loadCypher(): string {
  const out = [
    '// newsgraph → Neo4j with LOAD CSV. Copy nodes.csv and relationships.csv into the database\'s import',
    '// folder, then: cypher-shell -u neo4j -p PASSWORD -f load.cypher  (in Neo4j Browser, prefix each',
    '// statement with :auto). For millions of edges use neo4j-admin database import full instead (docs/scale.md).',
    'CREATE CONSTRAINT newsgraph_entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;',
    'CREATE CONSTRAINT newsgraph_article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;',
  ];
  for (const type of NODE_TYPES) {
    out.push(
      '',
      `LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row`,
      `WITH row WHERE row.type = '${type}'`,
      'CALL {',
      '  WITH row',
      `  MERGE (n:${labelsOf(type).join(':')} {id: row.\`id:ID\`})`,
      `  SET ${setProps('n', NODE_PROPS as Column<unknown>[])}`,
      '} IN TRANSACTIONS OF 10000 ROWS;',
    );
  }
  for (const kind of EDGE_KINDS) {
    const end = kind === 'reported' ? 'Article' : 'Entity';
    out.push(
      '',
      `LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row`,
      `WITH row WHERE row.\`:TYPE\` = '${REL_TYPES[kind]}'`,
      'CALL {',
      '  WITH row',
      `  MATCH (a:Entity {id: row.\`:START_ID\`}), (b:${end} {id: row.\`:END_ID\`})`,
      `  MERGE (a)-[r:${REL_TYPES[kind]} {key: row.key}]->(b)`,
      `  SET ${setProps('r', REL_PROPS.filter((c) => c.name !== 'key') as Column<unknown>[])}`,
      '} IN TRANSACTIONS OF 10000 ROWS;',
    );
  }
  return `${out.join('\n')}\n`;
}

/** The Neo4j files, in `<dir>/neo4j/` so they never replace the Gephi nodes.csv beside graph.json. */
export function neo4jFiles(graph: GraphSource, dir: string): OutputFile[] {
  const folder = join(dir, 'neo4j');
  return [
    { path: join(folder, 'nodes.csv'), content: neo4jNodes(graph) },
    { path: join(folder, 'relationships.csv'), content: neo4jRelationships(graph) },
    { path: join(folder, 'load.cypher'), content: loadCypher() },
  ];
}
