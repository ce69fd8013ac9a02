// What the explorer is given of a graph too large for a browser: a 1000× corpus's graph.json is 1.6 GB,
// longer than any JS string, and even a 100× graph (45k nodes, 300k edges) takes seconds a frame to draw.
// The view keeps the entities with the highest PageRank and the strongest links among them; node
// attributes (degree, PageRank, community) stay those of the whole graph.
import { fileLineBytes } from './load.ts';

export interface ViewLimits {
  /** Nodes the explorer gets at most; 0: no limit. */
  maxNodes: number;
  /** Edges it gets at most; 0: no limit. */
  maxEdges: number;
}

/** The size the explorer is measured at (`npm run bench:web`: 20,000 nodes, 100,000 edges). */
export const VIEW_LIMITS: ViewLimits = { maxNodes: 20_000, maxEdges: 100_000 };

/** Set as the graph attribute `view` of a view: what it keeps of how much. */
export interface ViewInfo {
  nodes: number;
  edges: number;
  totalNodes: number;
  totalEdges: number;
}

export interface GraphView {
  /** The view as graph.json, UTF-8 (the layout `newsgraph build` writes: one node or edge per line). */
  body: Buffer;
  info: ViewInfo;
}

const NODES_OPEN = /,"nodes":\[$/;

interface Ranked {
  key: string;
  /** PageRank for a node, weight for an edge. */
  rank: number;
}

interface Item extends Ranked {
  /** Its place in the file: the view keeps the file's order. */
  index: number;
  /** Its line, as UTF-8 bytes of its own (a copy: the line read is a view into the block it came in). */
  bytes: Buffer;
}

/** Higher rank first, then key order: the same view every time. */
const before = (a: Ranked, b: Ranked) => a.rank > b.rank || (a.rank === b.rank && a.key < b.key);

/**
 * The view of the graph.json at `path` within `limits`, or undefined when the whole graph is within them
 * (or the file is not laid out as `newsgraph build` writes it): then the file itself is what to serve.
 * Reads the file line by line, so its size is bounded by what is kept, not by the file.
 */
export function explorerView(path: string, limits: ViewLimits = VIEW_LIMITS): GraphView | undefined {
  if (!limits.maxNodes && !limits.maxEdges) return undefined; // no limits: nothing to read
  const lines = fileLineBytes(path);
  const first = lines.next();
  const head = first.done ? '' : first.value.toString();
  if (!NODES_OPEN.test(head)) return undefined;
  let at = 2; // the line number of `line`, for errors (the head is line 1)
  const parse = <T>(bytes: Buffer): T => {
    try {
      return JSON.parse(bytes.toString()) as T;
    } catch (err) {
      throw new Error(`${path}: line ${at} is not a node or edge (${(err as Error).message}; a partial copy?); build it again`);
    }
  };
  // Only the lines of the nodes ranked high enough so far are held: not every node of a large graph.
  const nodes = new TopItems(limits.maxNodes);
  let totalNodes = 0;
  let line = lines.next();
  for (; !line.done && !line.value.equals(EDGES_OPEN); line = lines.next(), at++) {
    if (!line.value.length) continue;
    const bytes = withoutComma(line.value);
    const { key, attributes } = parse<{ key: string; attributes: { pagerank?: number } }>(bytes);
    nodes.offer({ key, rank: attributes.pagerank ?? 0 }, totalNodes++, bytes);
  }
  if (line.done) throw new Error(`${path} ends before its edge list (a partial copy?); build it again`);
  const keptNodes = nodes.items();
  const kept = new Set(keptNodes.map((n) => n.key));
  const edges = new TopItems(limits.maxEdges);
  let totalEdges = 0;
  let ended = false;
  for (line = lines.next(), at++; !line.done; line = lines.next(), at++) {
    if (line.value.equals(END)) {
      ended = true;
      break;
    }
    if (!line.value.length) continue;
    const bytes = withoutComma(line.value);
    // Key, ends and weight are read off the line's start; the rest (the evidence) is not even decoded.
    const start = bytes.indexOf(ATTRIBUTES);
    const head = start < 0 ? null : EDGE_HEAD.exec(bytes.toString('utf8', 0, start + HEAD_BYTES));
    const edge = head
      ? { key: unescape(head[1]), source: unescape(head[2]), target: unescape(head[3]), weight: Number(head[4]) }
      : parseEdge(parse<{ key: string; source: string; target: string; attributes: { weight?: number } }>(bytes));
    if (kept.has(edge.source) && kept.has(edge.target)) edges.offer({ key: edge.key, rank: edge.weight }, totalEdges, bytes);
    totalEdges++;
  }
  if (!ended) throw new Error(`${path} ends before its edge list does (a partial copy?); build it again`);
  if (keptNodes.length === totalNodes && edges.dropped === 0) return undefined;

  const info: ViewInfo = { nodes: keptNodes.length, edges: edges.size, totalNodes, totalEdges };
  const { options, attributes } = JSON.parse(`${head}]}`) as { options: unknown; attributes: Record<string, unknown> };
  const byIndex = (a: Item, b: Item) => a.index - b.index;
  const joined = (items: Item[]) => items.sort(byIndex).flatMap((item, i) => (i ? [COMMA, item.bytes] : [item.bytes]));
  const body = Buffer.concat([
    Buffer.from(`{"options":${JSON.stringify(options)},"attributes":${JSON.stringify({ ...attributes, view: info })},"nodes":[\n`),
    ...joined(keptNodes),
    Buffer.from('\n],"edges":[\n'),
    ...joined(edges.items()),
    Buffer.from('\n]}\n'),
  ]);
  return { body, info };
}

const EDGES_OPEN = Buffer.from('],"edges":[');
const END = Buffer.from(']}');
const COMMA = Buffer.from(',\n');
const ATTRIBUTES = Buffer.from(',"attributes":');

/**
 * The start of an edge line as src/export/json.ts writes it: key, source and target as JSON string bodies,
 * then the weight, which follows the kind; HEAD_BYTES past `,"attributes":` hold both.
 */
const EDGE_HEAD = /^\{"key":"((?:[^"\\]|\\.)*)","source":"((?:[^"\\]|\\.)*)","target":"((?:[^"\\]|\\.)*)","attributes":\{"kind":"[a-z_]+","weight":(-?\d+(?:\.\d+)?(?:e[+-]?\d+)?)[,}]/;
const HEAD_BYTES = 80;
const parseEdge = (e: { key: string; source: string; target: string; attributes: { weight?: number } }) => ({ key: e.key, source: e.source, target: e.target, weight: e.attributes.weight ?? 0 });
const unescape = (body: string) => (body.includes('\\') ? (JSON.parse(`"${body}"`) as string) : body);

const withoutComma = (line: Buffer) => (line[line.length - 1] === 0x2c ? line.subarray(0, -1) : line);

/** The `limit` items ranked highest among those offered one at a time (a min-heap; 0: keeps all). */
class TopItems {
  private heap: Item[] = [];
  /** Offered items not kept. */
  dropped = 0;

  constructor(private readonly limit: number) {}

  get size(): number {
    return this.heap.length;
  }

  items(): Item[] {
    return this.heap.slice();
  }

  /** Offers the item ranked `ranked` at `index` in the file, whose line is `line` (copied if kept). */
  offer(ranked: Ranked, index: number, line: Buffer): void {
    const heap = this.heap;
    if (!this.limit || heap.length < this.limit) {
      heap.push({ ...ranked, index, bytes: Buffer.from(line) });
      this.up(heap.length - 1);
      return;
    }
    this.dropped++;
    // The root is the weakest kept: a stronger item takes its place.
    if (!before(ranked, heap[0])) return;
    heap[0] = { ...ranked, index, bytes: Buffer.from(line) };
    this.down(0);
  }

  private up(i: number): void {
    const heap = this.heap;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(heap[parent], heap[i])) break;
      [heap[parent], heap[i]] = [heap[i], heap[parent]];
      i = parent;
    }
  }

  private down(i: number): void {
    const heap = this.heap;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let weakest = i;
      if (l < heap.length && before(heap[weakest], heap[l])) weakest = l;
      if (r < heap.length && before(heap[weakest], heap[r])) weakest = r;
      if (weakest === i) return;
      [heap[weakest], heap[i]] = [heap[i], heap[weakest]];
      i = weakest;
    }
  }
}
