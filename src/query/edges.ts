// Where a GraphQuery's edges come from: the graph itself when it holds them all, or a graph.json read as
// the questions need them. Loading a 1000× graph whole takes half a minute and 3 GB; most questions touch
// a handful of nodes.
import { closeSync, openSync, readFileSync, readSync, renameSync, rmSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { byKey, type NewsGraph } from '../graph/types.ts';
import { addEdgeLine, edgeHead, edgeLinesAt, parseLine, withoutComma, type EdgeLine } from './load.ts';
import type { Neighbours } from './path.ts';

export interface EdgeSource {
  /** Puts into the graph every edge of these nodes (only those to `others`, when given) that it lacks. */
  load(nodes: readonly string[], others?: ReadonlySet<string>): void;
  /** The distinct nodes one edge away from a node, in key order. */
  neighbours: Neighbours;
}

/** The graph holds every edge already. */
export function wholeGraph(graph: NewsGraph): EdgeSource {
  return { load() {}, neighbours: (node) => graph.neighbors(node).sort(byKey) };
}

/** Of each edge line: where it starts, its length (without the comma), its ends by node number. */
interface Lines {
  at: Float64Array;
  length: Int32Array;
  source: Int32Array;
  target: Int32Array;
}

/** The lines, and each node's edges: incident[first[v]] … incident[first[v + 1] - 1], in file order. */
interface Index extends Lines {
  first: Int32Array;
  incident: Int32Array;
  /** Read from graph.json.index rather than found in the file. */
  saved: boolean;
}

/** An edge line is not where the index says, or not what it says: the index is wrong or the file changed. */
class Misplaced extends Error {}

/**
 * The edges of a graph.json as written by `newsgraph build`, read into `graph` (which holds its nodes) when
 * a question needs them. The first such question reads the start of every edge line, to note where it is
 * and what it joins; after that each question reads only the lines of the edges it touches.
 * `opened`: the file's stat from before its nodes were read; a file changed since is not read on.
 */
export class EdgeFile implements EdgeSource {
  private index?: Index;
  /** Per edge: already in the graph. */
  private loaded = new Uint8Array(0);
  private readonly keys: string[];
  private readonly number: Map<string, number>;
  private rank?: Int32Array;

  constructor(
    private readonly path: string,
    private readonly graph: NewsGraph,
    private readonly opened: Stats,
  ) {
    this.keys = graph.nodes();
    this.number = new Map(this.keys.map((k, i) => [k, i]));
  }

  load(nodes: readonly string[], others?: ReadonlySet<string>): void {
    try {
      this.loadFrom(this.read(), nodes, others);
    } catch (err) {
      if (!(err instanceof Misplaced) || !this.index?.saved) throw err;
      // A saved index that does not fit the file: find the lines again.
      this.index = undefined;
      rmSync(indexPath(this.path), { force: true });
      this.loadFrom(this.read(), nodes, others);
    }
  }

  readonly neighbours: Neighbours = (node) => {
    const index = this.read();
    const v = this.number.get(node);
    if (v === undefined) return [];
    const rank = (this.rank ??= keyRanks(this.keys));
    const seen = new Set<number>();
    for (let i = index.first[v]; i < index.first[v + 1]; i++) {
      const e = index.incident[i];
      seen.add(index.source[e] === v ? index.target[e] : index.source[e]);
    }
    return [...seen].sort((a, b) => rank[a] - rank[b]).map((n) => this.keys[n]);
  };

  /** Reads the lines of the wanted edges and checks each before any goes into the graph. */
  private loadFrom(index: Index, nodes: readonly string[], others?: ReadonlySet<string>): void {
    const wanted = new Set<number>();
    for (const node of nodes) {
      const v = this.number.get(node);
      if (v === undefined) continue;
      for (let i = index.first[v]; i < index.first[v + 1]; i++) {
        const e = index.incident[i];
        if (!this.loaded[e] && (!others || others.has(this.keys[index.source[e] === v ? index.target[e] : index.source[e]]))) wanted.add(e);
      }
    }
    if (!wanted.size) return;
    this.unchanged();
    const edges: Array<[number, EdgeLine]> = [];
    const fd = openSync(this.path, 'r');
    try {
      for (const e of [...wanted].sort((a, b) => a - b)) edges.push([e, this.lineOf(fd, index, e)]);
    } finally {
      closeSync(fd);
    }
    for (const [e, edge] of edges) {
      try {
        if (!this.graph.hasEdge(edge.key)) addEdgeLine(this.graph, edge);
      } catch (err) {
        throw new Error(`${this.path}: the edge line at byte ${index.at[e]} cannot be added (${(err as Error).message}); build it again`);
      }
      this.loaded[e] = 1;
    }
  }

  private lineOf(fd: number, index: Index, e: number): EdgeLine {
    const line = Buffer.allocUnsafe(index.length[e]);
    if (readSync(fd, line, 0, line.length, index.at[e]) !== line.length) throw new Misplaced(this.changed());
    try {
      const edge = parseLine<EdgeLine>(line);
      if (edge.source === this.keys[index.source[e]] && edge.target === this.keys[index.target[e]]) return edge;
    } catch {
      // not a line: the same as a line of other nodes
    }
    throw new Misplaced(this.changed());
  }

  private read(): Index {
    if (!this.index) {
      this.unchanged();
      const stamp = stampOf(this.opened, this.keys.length);
      const saved = loadLines(this.path, stamp);
      const lines = saved ?? saveLines(this.path, stamp, this.scan());
      this.index = { ...lines, ...incidence(lines, this.keys.length), saved: !!saved };
      this.loaded = new Uint8Array(lines.at.length);
    }
    return this.index;
  }

  /** One pass over the file: of each edge line its place and its ends. */
  private scan(): Lines {
    const at = new Column(new Float64Array(1024));
    const length = new Column(new Int32Array(1024));
    const source = new Column(new Int32Array(1024));
    const target = new Column(new Int32Array(1024));
    const damaged = (offset: number, why: string) => new Error(`${this.path}: the edge line at byte ${offset} ${why}; build it again`);
    try {
      for (const [line, offset] of edgeLinesAt(this.path)) {
        const bytes = withoutComma(line);
        let ends = edgeHead(bytes);
        if (!ends) {
          try {
            ends = { ...parseLine<EdgeLine>(bytes), weight: 0 };
          } catch (err) {
            throw damaged(offset, `is not valid JSON (${(err as Error).message})`);
          }
        }
        const s = this.number.get(ends.source);
        const t = this.number.get(ends.target);
        if (s === undefined || t === undefined) throw damaged(offset, `joins a node the file does not list (${s === undefined ? ends.source : ends.target})`);
        at.push(offset);
        length.push(bytes.length);
        source.push(s);
        target.push(t);
      }
    } catch (err) {
      this.unchanged(); // a file built again meanwhile says so, not that it is damaged
      const message = (err as Error).message;
      throw message.startsWith(this.path) ? err : new Error(`${this.path}: ${message}; build it again`);
    }
    this.unchanged();
    return { at: at.done(), length: length.done(), source: source.done(), target: target.done() };
  }

  /** Throws when the file is not the one whose nodes were read (a build renamed a new one into place). */
  private unchanged(): void {
    const now = statSync(this.path, { throwIfNoEntry: false });
    const same = now && now.size === this.opened.size && now.mtimeMs === this.opened.mtimeMs && now.ino === this.opened.ino;
    if (!same) throw new Error(this.changed());
  }

  private changed(): string {
    return `${this.path} changed since it was opened (built again?); open it again`;
  }
}

/** A typed array that grows as numbers are pushed: 2M edges in JS arrays took 400 MB more. */
class Column<T extends Float64Array | Int32Array> {
  private size = 0;

  constructor(private values: T) {}

  push(x: number): void {
    if (this.size === this.values.length) {
      const grown = new (this.values.constructor as new (n: number) => T)(2 * this.size);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.size++] = x;
  }

  done(): T {
    return this.values.slice(0, this.size) as T;
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

/** Each node's edges, in file order (a self-loop once). */
function incidence({ source, target }: Lines, nodes: number): Pick<Index, 'first' | 'incident'> {
  const m = source.length;
  const first = new Int32Array(nodes + 1);
  for (let e = 0; e < m; e++) {
    first[source[e] + 1]++;
    if (target[e] !== source[e]) first[target[e] + 1]++;
  }
  for (let v = 0; v < nodes; v++) first[v + 1] += first[v];
  const fill = first.slice(0, nodes);
  const incident = new Int32Array(first[nodes]);
  for (let e = 0; e < m; e++) {
    incident[fill[source[e]]++] = e;
    if (target[e] !== source[e]) incident[fill[target[e]]++] = e;
  }
  return { first, incident };
}

// The lines found are kept beside graph.json (`graph.json.index`), so the next `newsgraph query` need not
// look for them again: the file's size, modification time and inode, and the number of its nodes, say
// whether they still hold. An index that cannot be read or written only means looking again.
const MAGIC = 'newsgraph edge index 01\n';
const STAMP = 4;
const stampOf = (stat: Stats, nodes: number) => Float64Array.of(stat.size, stat.mtimeMs, stat.ino, nodes);
const indexPath = (path: string) => `${path}.index`;

/** The saved lines, if they are for this file and could be its lines (ends among its nodes, lines within it). */
function loadLines(path: string, stamp: Float64Array): Lines | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(indexPath(path));
  } catch {
    return undefined;
  }
  const head = MAGIC.length;
  if (bytes.length < head + 8 * (STAMP + 1) || bytes.toString('latin1', 0, head) !== MAGIC) return undefined;
  // Copies: typed arrays over the file's own buffer would need its offsets aligned.
  const copy = (from: number, to: number) => new Uint8Array(bytes.subarray(from, to)).buffer;
  const numbers = new Float64Array(copy(head, head + 8 * (STAMP + 1)));
  if (stamp.some((x, i) => numbers[i] !== x)) return undefined;
  const m = numbers[STAMP];
  let offset = head + 8 * (STAMP + 1);
  if (bytes.length !== offset + 20 * m) return undefined;
  const column = <T extends Float64Array | Int32Array>(Type: new (b: ArrayBuffer) => T, width: number): T => {
    const out = new Type(copy(offset, offset + width * m));
    offset += width * m;
    return out;
  };
  const lines = { at: column(Float64Array, 8), length: column(Int32Array, 4), source: column(Int32Array, 4), target: column(Int32Array, 4) };
  const [size, , , nodes] = stamp;
  for (let e = 0; e < m; e++) {
    const fits = lines.length[e] > 0 && lines.at[e] >= 0 && lines.at[e] + lines.length[e] <= size;
    if (!fits || !(lines.source[e] >= 0 && lines.source[e] < nodes && lines.target[e] >= 0 && lines.target[e] < nodes)) return undefined;
  }
  return lines;
}

function saveLines(path: string, stamp: Float64Array, lines: Lines): Lines {
  const file = indexPath(path);
  const temp = `${file}.${process.pid}.tmp`;
  const head = Buffer.concat([Buffer.from(MAGIC, 'latin1'), Buffer.from(Float64Array.of(...stamp, lines.at.length).buffer)]);
  try {
    writeFileSync(temp, Buffer.concat([head, ...[lines.at, lines.length, lines.source, lines.target].map((c) => Buffer.from(c.buffer, c.byteOffset, c.byteLength))]));
    renameSync(temp, file);
  } catch {
    rmSync(temp, { force: true }); // read-only folder, full disk: the lines are found again next time
  }
  return lines;
}
