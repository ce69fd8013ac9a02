// What the explorer is given of a graph too large for a browser: a 1000× corpus's graph.json is 1.6 GB
// (chromium gives up on it), and even a 100× graph (37k nodes, 271k edges) takes seconds a frame to draw.
// The view keeps the nodes with the highest PageRank and the strongest edges among them; their lines
// are copied as they are, so every attribute (degree, PageRank, community, evidence) is the whole graph's.
import { edgeHead, EDGES_OPEN, END, fileLineBlocks, LineTooLong, NODES_OPEN, withoutComma } from './load.ts';

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

interface Ranked {
  key: string;
  /** PageRank for a node, weight for an edge. */
  rank: number;
}

interface Item extends Ranked {
  /** Its place among the file's nodes or edges: the view keeps the file's order. */
  index: number;
  /** Its line number, for errors. */
  line: number;
  /** Its line, as UTF-8 bytes of its own (a copy: the line read is a view into the block it came in). */
  bytes: Buffer;
}

/** Higher rank first, then key order: the same view every time. */
const before = (a: Ranked, b: Ranked) => a.rank > b.rank || (a.rank === b.rank && a.key < b.key);

/**
 * The view of the graph.json at `path` within `limits`, or undefined when the whole graph is within them
 * (or the file is not laid out as `newsgraph build` writes it): then the file itself is what to serve.
 * Reads the file block by block (other work goes on in between), holding only what it keeps.
 */
export async function explorerView(path: string, limits: ViewLimits = VIEW_LIMITS): Promise<GraphView | undefined> {
  if (!limits.maxNodes && !limits.maxEdges) return undefined; // no limits: nothing to read
  const reader = new ViewReader(path, limits);
  try {
    // Leaving the loop early closes the file.
    for await (const lines of fileLineBlocks(path)) for (const line of lines) if (!reader.read(line)) return undefined;
  } catch (err) {
    if (err instanceof LineTooLong) return undefined; // a compact export: one line
    throw err;
  }
  return reader.finish();
}

const COMMA = Buffer.from(',\n');
/** graph.json line by line: the head, the nodes, the edges. */
class ViewReader {
  private section: 'head' | 'nodes' | 'edges' | 'end' = 'head';
  /** The number of the line being read. */
  private at = 0;
  private head = '';
  private nodes: TopItems;
  private edges: TopItems;
  private totalNodes = 0;
  private totalEdges = 0;
  private kept = new Set<string>();

  constructor(
    private readonly path: string,
    limits: ViewLimits,
  ) {
    this.nodes = new TopItems(limits.maxNodes);
    this.edges = new TopItems(limits.maxEdges);
  }

  /** Takes the next line; false when the file is not laid out as `newsgraph build` writes graph.json. */
  read(line: Buffer): boolean {
    this.at++;
    if (this.section === 'head') {
      this.head = line.toString();
      this.section = 'nodes';
      return NODES_OPEN.test(this.head);
    }
    if (this.section === 'nodes') {
      if (line.equals(EDGES_OPEN)) {
        // Only the nodes kept so far were held: now they are the nodes of the view.
        this.kept = new Set(this.nodes.items().map((n) => n.key));
        this.section = 'edges';
      } else if (line.length) {
        const bytes = withoutComma(line);
        const { key, attributes } = this.parse<{ key: string; attributes: { pagerank?: number } }>(bytes.toString(), this.at);
        this.nodes.offer({ key, rank: attributes.pagerank ?? 0 }, this.totalNodes++, this.at, bytes);
      }
    } else if (this.section === 'edges') {
      if (line.equals(END)) this.section = 'end';
      else if (line.length) this.edge(withoutComma(line));
    }
    return true;
  }

  private edge(bytes: Buffer): void {
    // Key, ends and weight are read off the line's start; the rest (the evidence) is not even decoded.
    const edge = edgeHead(bytes) ?? this.parseEdge(bytes);
    if (this.kept.has(edge.source) && this.kept.has(edge.target)) this.edges.offer({ key: edge.key, rank: edge.weight }, this.totalEdges, this.at, bytes);
    this.totalEdges++;
  }

  private parseEdge(bytes: Buffer) {
    const e = this.parse<{ key: string; source: string; target: string; attributes: { weight?: number } }>(bytes.toString(), this.at);
    return { key: e.key, source: e.source, target: e.target, weight: e.attributes.weight ?? 0 };
  }

  private parse<T>(text: string, line: number): T {
    try {
      return JSON.parse(text) as T;
    } catch (err) {
      throw new Error(`${this.path}: line ${line} is not valid JSON (${(err as Error).message}; a partial copy?); build it again`);
    }
  }

  /** The view, or undefined when it would be the whole graph. */
  finish(): GraphView | undefined {
    if (this.section === 'head' || this.section === 'nodes') throw new Error(`${this.path} ends before its edge list (a partial copy?); build it again`);
    if (this.section === 'edges') throw new Error(`${this.path} ends before its edge list does (a partial copy?); build it again`);
    const nodes = this.nodes.items();
    const edges = this.edges.items();
    if (nodes.length === this.totalNodes && this.edges.dropped === 0) return undefined;
    // Only the starts of edge lines were read: a kept line damaged further on must not reach the browser.
    for (const e of edges) this.parse(e.bytes.toString(), e.line);
    const info: ViewInfo = { nodes: nodes.length, edges: edges.length, totalNodes: this.totalNodes, totalEdges: this.totalEdges };
    const { options, attributes } = this.parse<{ options: unknown; attributes: Record<string, unknown> }>(`${this.head}]}`, 1);
    const byIndex = (a: Item, b: Item) => a.index - b.index;
    const joined = (items: Item[]) => items.sort(byIndex).flatMap((item, i) => (i ? [COMMA, item.bytes] : [item.bytes]));
    const body = Buffer.concat([
      Buffer.from(`{"options":${JSON.stringify(options)},"attributes":${JSON.stringify({ ...attributes, view: info })},"nodes":[\n`),
      ...joined(nodes),
      Buffer.from('\n],"edges":[\n'),
      ...joined(edges),
      Buffer.from('\n]}\n'),
    ]);
    return { body, info };
  }
}

/** The `limit` items ranked highest among those offered one at a time (a min-heap; 0: keeps all). */
class TopItems {
  private heap: Item[] = [];
  /** Offered items not kept. */
  dropped = 0;

  constructor(private readonly limit: number) {}

  items(): Item[] {
    return this.heap.slice();
  }

  /** Offers the item ranked `ranked`, `index`th of its kind, on line `line` of the file, whose text is `bytes` (copied if kept). */
  offer(ranked: Ranked, index: number, line: number, bytes: Buffer): void {
    const heap = this.heap;
    if (!this.limit || heap.length < this.limit) {
      heap.push({ ...ranked, index, line, bytes: Buffer.from(bytes) });
      this.up(heap.length - 1);
      return;
    }
    this.dropped++;
    // The root is the weakest kept: a stronger item takes its place.
    if (!before(ranked, heap[0])) return;
    heap[0] = { ...ranked, index, line, bytes: Buffer.from(bytes) };
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
