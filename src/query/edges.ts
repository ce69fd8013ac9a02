// Where a GraphQuery's edges come from: the graph itself when it holds them all, or a graph.json read as
// the questions need them. Loading a 1000× graph whole takes half a minute and 3 GB; most questions touch
// a handful of nodes.
import { closeSync, existsSync, openSync, readFileSync, readSync, renameSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { byKey, type NewsGraph } from '../graph/types.ts';
import { addEdgeLine, edgeHead, EDGES_OPEN, END, fileLinesAt, parseLine, withoutComma, type EdgeLine } from './load.ts';
import type { Neighbours } from './path.ts';

export interface EdgeSource {
  /** Puts into the graph every edge of `node` (only those to `others`, when given) that it lacks. */
  load(node: string, others?: ReadonlySet<string>): void;
  /** The distinct nodes one edge away from a node, in key order. */
  neighbours: Neighbours;
}

/** The graph holds every edge already. */
export function wholeGraph(graph: NewsGraph): EdgeSource {
  return { load() {}, neighbours: (node) => graph.neighbors(node).sort(byKey) };
}

/** Where each edge line is in the file and which nodes (by number) it joins. */
interface Index extends Lines {
  number: ReadonlyMap<string, number>;
  keys: string[];
  /** A node's place in key order, by number. */
  rank: Int32Array;
  /** Edges of node v: incident[first[v]] … incident[first[v + 1] - 1], in file order. */
  first: Int32Array;
  incident: Int32Array;
}

/**
 * The edges of a graph.json as written by `newsgraph build`, read into `graph` (which holds its nodes) when
 * a question needs them. The first such question reads the start of every edge line, to note where it is
 * and what it joins; after that each question reads only the lines of the edges it touches.
 */
export class EdgeFile implements EdgeSource {
  private index?: Index;
  /** Per edge: already in the graph. */
  private loaded = new Uint8Array(0);

  constructor(
    private readonly path: string,
    private readonly graph: NewsGraph,
  ) {}

  load(node: string, others?: ReadonlySet<string>): void {
    const index = this.read();
    const v = index.number.get(node);
    if (v === undefined) return;
    const wanted: number[] = [];
    for (let i = index.first[v]; i < index.first[v + 1]; i++) {
      const e = index.incident[i];
      const other = index.keys[index.source[e] === v ? index.target[e] : index.source[e]];
      if (!this.loaded[e] && (!others || others.has(other))) wanted.push(e);
    }
    if (!wanted.length) return;
    const fd = openSync(this.path, 'r');
    try {
      for (const e of wanted.sort((a, b) => a - b)) {
        const line = Buffer.allocUnsafe(index.length[e]);
        if (readSync(fd, line, 0, line.length, index.at[e]) !== line.length) throw this.changed();
        let edge: EdgeLine;
        try {
          edge = parseLine<EdgeLine>(line);
        } catch {
          throw this.changed();
        }
        addEdgeLine(this.graph, edge);
        this.loaded[e] = 1;
      }
    } finally {
      closeSync(fd);
    }
  }

  readonly neighbours: Neighbours = (node) => {
    const index = this.read();
    const v = index.number.get(node);
    if (v === undefined) return [];
    const seen = new Set<number>();
    for (let i = index.first[v]; i < index.first[v + 1]; i++) {
      const e = index.incident[i];
      seen.add(index.source[e] === v ? index.target[e] : index.source[e]);
    }
    return [...seen].sort((a, b) => index.rank[a] - index.rank[b]).map((n) => index.keys[n]);
  };

  private changed(): Error {
    return new Error(`${this.path} changed since it was opened; open it again`);
  }

  private read(): Index {
    if (!this.index) {
      const keys = this.graph.nodes();
      const number = new Map(keys.map((k, i) => [k, i]));
      const stamp = stampOf(statSync(this.path), keys.length);
      const lines = loadLines(this.path, stamp) ?? saveLines(this.path, stamp, scanLines(this.path, number));
      this.index = { ...lines, ...incidence(lines, keys.length), number, keys, rank: keyRanks(keys) };
      this.loaded = new Uint8Array(lines.at.length);
    }
    return this.index;
  }
}

/** Each node's place in key order. */
function keyRanks(keys: readonly string[]): Int32Array {
  const rank = new Int32Array(keys.length);
  keys
    .map((_, i) => i)
    .sort((a, b) => byKey(keys[a], keys[b]))
    .forEach((v, r) => (rank[v] = r));
  return rank;
}

/** Of each edge line: where it starts, its length (without the comma), its ends by node number. */
interface Lines {
  at: Float64Array;
  length: Int32Array;
  source: Int32Array;
  target: Int32Array;
}

// The lines found are kept beside graph.json (`graph.json.index`), so the next `newsgraph query` need not
// look for them again: the file's size, modification time and inode, and the number of its nodes, say
// whether they still hold. A folder that cannot be written to only means looking again next time.
const MAGIC = 'newsgraph edge index 01\n';
const STAMP = 4;
const stampOf = (stat: Stats, nodes: number) => Float64Array.of(stat.size, stat.mtimeMs, stat.ino, nodes);
const indexPath = (path: string) => `${path}.index`;

function loadLines(path: string, stamp: Float64Array): Lines | undefined {
  const file = indexPath(path);
  if (!existsSync(file)) return undefined;
  const bytes = readFileSync(file);
  const head = MAGIC.length;
  if (bytes.length < head + 8 * (STAMP + 1) || bytes.toString('latin1', 0, head) !== MAGIC) return undefined;
  const numbers = new Float64Array(bytes.buffer.slice(bytes.byteOffset + head, bytes.byteOffset + head + 8 * (STAMP + 1)));
  if (stamp.some((x, i) => numbers[i] !== x)) return undefined;
  const m = numbers[STAMP];
  let at = head + 8 * (STAMP + 1);
  if (bytes.length !== at + 20 * m) return undefined;
  const column = <T extends Float64Array | Int32Array>(Type: new (b: ArrayBuffer) => T, width: number): T => {
    const out = new Type(bytes.buffer.slice(bytes.byteOffset + at, bytes.byteOffset + at + width * m));
    at += width * m;
    return out;
  };
  return { at: column(Float64Array, 8), length: column(Int32Array, 4), source: column(Int32Array, 4), target: column(Int32Array, 4) };
}

function saveLines(path: string, stamp: Float64Array, lines: Lines): Lines {
  const file = indexPath(path);
  const temp = `${file}.${process.pid}.tmp`;
  const head = Buffer.concat([Buffer.from(MAGIC, 'latin1'), Buffer.from(Float64Array.of(...stamp, lines.at.length).buffer)]);
  try {
    writeFileSync(temp, Buffer.concat([head, ...[lines.at, lines.length, lines.source, lines.target].map((c) => Buffer.from(c.buffer, c.byteOffset, c.byteLength))]));
    renameSync(temp, file);
  } catch {
    // Read-only folder, full disk: the lines are found again next time.
  }
  return lines;
}

/** One pass over the file: the node lines skipped, of each edge line its place and its ends. */
function scanLines(path: string, number: ReadonlyMap<string, number>): Lines {
  const edges = new EdgeColumns();
  const damaged = (at: number, why: string) => new Error(`${path}: the edge line at byte ${at} ${why}; build it again`);
  let section: 'nodes' | 'edges' | 'end' = 'nodes';
  for (const [line, at] of fileLinesAt(path)) {
    if (section === 'nodes') {
      if (line.equals(EDGES_OPEN)) section = 'edges';
    } else if (section === 'edges') {
      if (line.equals(END)) section = 'end';
      else if (line.length) {
        const bytes = withoutComma(line);
        let ends = edgeHead(bytes);
        if (!ends) {
          try {
            ends = { ...parseLine<EdgeLine>(bytes), weight: 0 };
          } catch (err) {
            throw damaged(at, `is not valid JSON (${(err as Error).message})`);
          }
        }
        const source = number.get(ends.source);
        const target = number.get(ends.target);
        if (source === undefined || target === undefined) throw damaged(at, `joins a node the file does not list (${source === undefined ? ends.source : ends.target})`);
        edges.push(at, bytes.length, source, target);
      }
    }
  }
  if (section !== 'end') throw new Error(`${path} ends before its edge list does (a partial copy?); build it again`);
  return edges.done();
}

/** Each node's edges, in file order. */
function incidence({ source, target }: Lines, nodes: number): Pick<Index, 'first' | 'incident'> {
  const m = source.length;
  const first = new Int32Array(nodes + 1);
  for (let e = 0; e < m; e++) {
    first[source[e] + 1]++;
    first[target[e] + 1]++;
  }
  for (let v = 0; v < nodes; v++) first[v + 1] += first[v];
  const fill = first.slice(0, nodes);
  const incident = new Int32Array(2 * m);
  for (let e = 0; e < m; e++) {
    incident[fill[source[e]]++] = e;
    incident[fill[target[e]]++] = e;
  }
  return { first, incident };
}

/** Edge columns that grow as the file is read. */
class EdgeColumns {
  private size = 0;
  private at = new Float64Array(1024);
  private length = new Int32Array(1024);
  private source = new Int32Array(1024);
  private target = new Int32Array(1024);

  push(at: number, length: number, source: number, target: number): void {
    if (this.size === this.at.length) {
      const grow = <T extends Float64Array | Int32Array>(a: T): T => {
        const b = new (a.constructor as new (n: number) => T)(a.length * 2);
        b.set(a);
        return b;
      };
      this.at = grow(this.at);
      this.length = grow(this.length);
      this.source = grow(this.source);
      this.target = grow(this.target);
    }
    const i = this.size++;
    this.at[i] = at;
    this.length[i] = length;
    this.source[i] = source;
    this.target[i] = target;
  }

  done(): Lines {
    const m = this.size;
    return { at: this.at.slice(0, m), length: this.length.slice(0, m), source: this.source.slice(0, m), target: this.target.slice(0, m) };
  }
}
