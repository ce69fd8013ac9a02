import { EDGE_KINDS, NODE_TYPES, type EdgeKind, type NodeType } from '../../graph/types.ts';
import { NotFoundError, openGraph, type GraphQuery, type TopMetric } from '../../query/index.ts';
import type { Command } from '../command.ts';
import { EXIT, UsageError, wholeNumber } from '../command.ts';

const METRICS: readonly TopMetric[] = ['pagerank', 'degree', 'weightedDegree', 'mentions'];

const USAGE = `usage: newsgraph query <what> [ARGS] [--graph FILE] [--json]
  entity NAME                     one entity: type, aliases, role, place path, metrics
  find NAME                       every match of a name, alias or pinyin (zhaoliping, zlp)
  neighbours NAME [--type T] [--kind K] [--min-weight W] [--limit N]
  path A B                        shortest chain of relations and co-occurrences from A to B
  evidence A B                    the edges between A and B with their evidence sentences
  ego NAME [--hops N] [--limit N] the neighbourhood of NAME
  top [--type T] [--by pagerank|degree|weightedDegree|mentions] [--limit N]
  programmes                      which places took up which programme (articles naming both)`;

type Values = Record<string, unknown>;

function choice<T extends string>(value: unknown, allowed: readonly T[], flag: string): T | undefined {
  if (value === undefined) return undefined;
  if (!allowed.includes(value as T)) throw new UsageError(`query: --${flag} must be one of ${allowed.join(', ')}, not '${value}'`);
  return value as T;
}

function weight(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new UsageError(`query: --min-weight takes a number ≥ 0 (got '${value}')`);
  return n;
}

const whole = (value: unknown, flag: string, min: number) => (value === undefined ? undefined : wholeNumber('query', flag, value, { min }));

function args(positionals: string[], n: number, names: string) {
  if (positionals.length !== n) throw new UsageError(`query ${positionals[0]}: expected ${names}`);
  return positionals.slice(1);
}

/** Each subcommand: the result (printed as JSON with --json) and its text rendering. */
function answer(q: GraphQuery, positionals: string[], values: Values): { data: unknown; text: string } {
  const type = choice(values.type, NODE_TYPES, 'type') as NodeType | undefined;
  const limit = whole(values.limit, 'limit', 1);
  switch (positionals[0]) {
    case 'entity': {
      const [name] = args(positionals, 2, 'one NAME');
      const e = q.entity(q.resolve(name, type));
      const lines = [
        `${e.label} (${e.type}) ${e.id}`,
        `  ${e.mentions} mentions in ${e.articles.length} articles on ${e.docs.length} pages`,
        e.aliases.length ? `  aliases: ${e.aliases.join(', ')}` : '',
        e.role ? `  role: ${e.role}` : '',
        e.path ? `  place: ${e.path.join(' > ')}${e.code ? ` (${e.code})` : ''}` : '',
        `  pagerank ${e.pagerank}, degree ${e.degree}, weighted degree ${e.weightedDegree}, community ${e.community}`,
      ];
      return { data: e, text: lines.filter(Boolean).join('\n') };
    }
    case 'find': {
      const [name] = args(positionals, 2, 'one NAME');
      const found = q.find(name, { type, limit });
      if (!found.length) throw new NotFoundError(name, []);
      return { data: found, text: found.map((m) => `${m.label} (${m.type}) ${m.id}  [${m.by}, ${m.mentions} mentions]`).join('\n') };
    }
    case 'neighbours':
    case 'neighbors': {
      const [name] = args(positionals, 2, 'one NAME');
      const kind = choice(values.kind, EDGE_KINDS, 'kind') as EdgeKind | undefined;
      const list = q.neighbours(name, { type, kind, minWeight: weight(values['min-weight']), limit });
      const arrow = { out: '→', in: '←', both: '—' };
      return {
        data: list,
        text: list.map((n) => `${String(n.weight).padStart(6)}  ${arrow[n.direction]} ${n.kind.padEnd(13)} ${n.label} (${n.type})${n.dice !== undefined ? `  dice ${n.dice}` : ''}`).join('\n') || '(none)',
      };
    }
    case 'path': {
      const [a, b] = args(positionals, 3, 'A and B');
      const steps = q.path(a, b);
      if (!steps) return { data: null, text: `no path between ${a} and ${b}` };
      const text = steps.map((s) => `${s.label} (${s.type})${s.via ? ` ${s.via.forward ? '' : '←'}${s.via.kind}${s.via.forward ? '→' : ''}` : ''}`).join(' ');
      return { data: steps, text };
    }
    case 'evidence': {
      const [a, b] = args(positionals, 3, 'A and B');
      const edges = q.evidence(a, b);
      const text = edges
        .map((e) => [`${e.kind} ${e.source} → ${e.target} (weight ${e.weight})`, ...e.evidence.map((x) => `  [${x.article}] ${x.text}`)].join('\n'))
        .join('\n');
      return { data: edges, text: text || `no edge between ${a} and ${b}` };
    }
    case 'ego': {
      const [name] = args(positionals, 2, 'one NAME');
      const hops = whole(values.hops, 'hops', 0) ?? 1;
      const ego = q.ego(name, hops, limit ?? 1000);
      return { data: ego, text: `${ego.nodes.length} nodes, ${ego.edges.length} edges\n${ego.nodes.map((n) => `  ${n.label} (${n.type})`).join('\n')}` };
    }
    case 'top': {
      args(positionals, 1, 'no argument');
      const by = choice(values.by, METRICS, 'by') ?? 'pagerank';
      const top = q.top({ type, by, limit: limit ?? 10 });
      return { data: top, text: top.map((t, i) => `${String(i + 1).padStart(3)}. ${t.label} (${t.type})  ${by} ${t.value}`).join('\n') };
    }
    case 'programmes': {
      args(positionals, 1, 'no argument');
      const rows = q.programmePlaces();
      const byProgramme = new Map<string, string[]>();
      for (const r of rows) byProgramme.set(r.programmeLabel, [...(byProgramme.get(r.programmeLabel) ?? []), `${r.placeLabel} ${r.articles}`]);
      return { data: rows, text: [...byProgramme].map(([p, places]) => `${p}: ${places.join(', ')}`).join('\n') || '(no programme named together with a place)' };
    }
    default:
      throw new UsageError(`query: unknown question '${positionals[0] ?? ''}'; one of entity, find, neighbours, path, evidence, ego, top, programmes`);
  }
}

export const command: Command = {
  name: 'query',
  summary: 'Ask the built graph (data/graph.json) about entities, neighbours, paths, evidence, rankings and programmes.\nNames match labels, aliases and pinyin; a name that matches nothing exits 1 with close matches.',
  usage: USAGE,
  options: {
    graph: { type: 'string', default: 'data/graph.json' },
    type: { type: 'string' },
    kind: { type: 'string' },
    'min-weight': { type: 'string' },
    by: { type: 'string' },
    limit: { type: 'string' },
    hops: { type: 'string' },
  },
  async run({ positionals, values }) {
    if (!positionals.length) throw new UsageError('query: say what to ask: entity, find, neighbours, path, evidence, ego, top or programmes');
    const q = openGraph(values.graph as string, { edges: 'as-needed' });
    try {
      const { data, text } = answer(q, positionals, values);
      console.log(values.json ? JSON.stringify(data) : text);
      return EXIT.ok;
    } catch (err) {
      if (!(err instanceof NotFoundError)) throw err;
      console.error(`newsgraph query: ${err.message}`);
      return EXIT.failed;
    }
  },
};
