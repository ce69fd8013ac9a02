import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { MultiGraph } from 'graphology';
import type { GraphSource } from '../graph/store.ts';
import type { EdgeAttributes, GraphAttributes, NewsGraph, NodeAttributes } from '../graph/types.ts';

/**
 * Cuts blocks of a file into lines of bytes: a graph.json of a large corpus is longer than any JS string,
 * and most of its lines need no decoding. The lines are views into a buffer the next read reuses (copy what
 * is kept); a CR before the newline is left out.
 */
class LineCutter {
  private buffer: Buffer;
  /** Bytes of a line the last block ended in, at the buffer's start. */
  private carried = 0;
  /** The last block's unfinished line: where it starts and ends in the buffer. */
  private pending: [number, number] = [0, 0];
  /** Where in the file the buffer starts. */
  private base = 0;
  /** Where in the file each line of the last lines() starts. */
  readonly starts: number[] = [];

  /** `fileSize`: no bigger a buffer is needed to begin with. */
  constructor(
    blockSize: number,
    fileSize: number,
    private readonly maxLine: number,
  ) {
    this.buffer = Buffer.allocUnsafe(Math.max(1, Math.min(blockSize, fileSize)));
  }

  /** Where the next read goes: buffer, offset, length (the buffer doubles for a line longer than it). */
  room(): [Buffer, number, number] {
    if (this.carried === this.buffer.length) {
      if (this.carried >= this.maxLine) throw new LineTooLong(this.maxLine);
      this.buffer = Buffer.concat([this.buffer, Buffer.allocUnsafe(this.buffer.length)]);
    }
    return [this.buffer, this.carried, this.buffer.length - this.carried];
  }

  /** The lines that `bytesRead` more bytes, read into room(), complete. */
  lines(bytesRead: number): Buffer[] {
    const { buffer } = this;
    const end = this.carried + bytesRead;
    const lines: Buffer[] = [];
    this.starts.length = 0;
    let start = 0;
    // Bytes past `end` are left from earlier blocks: a newline there is no line's end.
    for (let nl = buffer.indexOf(10, start); nl >= 0 && nl < end; nl = buffer.indexOf(10, start)) {
      lines.push(lineAt(buffer, start, nl));
      this.starts.push(this.base + start);
      start = nl + 1;
    }
    this.pending = [start, end];
    return lines;
  }

  /** Once the lines of the last block are handled: keeps the line it ended in for the next. */
  next(): void {
    const [start, end] = this.pending;
    this.buffer.copy(this.buffer, 0, start, end);
    this.base += start;
    this.carried = end - start;
    this.pending = [0, 0];
  }

  /** The last line, when the file does not end with a newline. */
  last(): Buffer[] {
    this.starts.length = 0;
    if (this.carried) this.starts.push(this.base);
    return this.carried ? [lineAt(this.buffer, 0, this.carried)] : [];
  }
}

/** Longer lines are no graph.json line (a compact export is one line): reading stops there. */
const MAX_LINE = 2 ** 28;

export class LineTooLong extends Error {
  constructor(maxLine: number) {
    super(`a line longer than ${maxLine} bytes`);
  }
}

const lineAt = (buffer: Buffer, start: number, end: number) => buffer.subarray(start, end > start && buffer[end - 1] === 13 ? end - 1 : end);

/** Lines of a file as bytes, block by block (see LineCutter), other work going on between blocks; LineTooLong past `maxLine` bytes. */
export async function* fileLineBlocks(path: string, blockSize = 1 << 24, maxLine = MAX_LINE): AsyncGenerator<Buffer[]> {
  const file = await open(path, 'r');
  try {
    const cutter = new LineCutter(blockSize, (await file.stat()).size, maxLine);
    for (;;) {
      const { bytesRead } = await file.read(...cutter.room(), null);
      if (bytesRead === 0) break;
      yield cutter.lines(bytesRead);
      cutter.next();
    }
    yield cutter.last();
  } finally {
    await file.close();
  }
}

/** Lines of a file as bytes, one at a time (see LineCutter); LineTooLong past `maxLine` bytes. */
export function* fileLineBytes(path: string, blockSize = 1 << 24, maxLine = MAX_LINE): Generator<Buffer> {
  for (const [line] of fileLinesAt(path, blockSize, maxLine)) yield line;
}

/** Lines of a file as bytes, each with where it starts in the file (see LineCutter). */
export function* fileLinesAt(path: string, blockSize = 1 << 24, maxLine = MAX_LINE): Generator<[line: Buffer, at: number]> {
  const fd = openSync(path, 'r');
  try {
    const cutter = new LineCutter(blockSize, fstatSync(fd).size, maxLine);
    const each = function* (lines: Buffer[]): Generator<[Buffer, number]> {
      for (let i = 0; i < lines.length; i++) yield [lines[i], cutter.starts[i]];
    };
    for (let n; (n = readSync(fd, ...cutter.room(), null)) > 0; cutter.next()) yield* each(cutter.lines(n));
    yield* each(cutter.last());
  } finally {
    closeSync(fd);
  }
}

// graph.json as src/export/json.ts writes it: the head line ends opening the node list; one line opens the
// edge list and one closes the file; every node or edge line but the last of its list ends with a comma.
export const NODES_OPEN = /,"nodes":\[$/;
export const EDGES_OPEN = Buffer.from('],"edges":[');
export const END = Buffer.from(']}');

/** A node or edge line without the comma that separates it from the next. */
export const withoutComma = (line: Buffer) => (line[line.length - 1] === 0x2c ? line.subarray(0, -1) : line);

const ATTRIBUTES = Buffer.from(',"attributes":');

/**
 * The start of an edge line as src/export/json.ts writes it: key, source and target as JSON string bodies,
 * then the weight, which follows the kind; HEAD_BYTES past `,"attributes":` hold both.
 */
const EDGE_HEAD = /^\{"key":"((?:[^"\\]|\\.)*)","source":"((?:[^"\\]|\\.)*)","target":"((?:[^"\\]|\\.)*)","attributes":\{"kind":"[a-z_]+","weight":(-?\d+(?:\.\d+)?(?:e[+-]?\d+)?)[,}]/;
const HEAD_BYTES = 80;
const unescape = (body: string) => (body.includes('\\') ? (JSON.parse(`"${body}"`) as string) : body);

/**
 * Key, ends and weight of an edge line (without its comma), read off its start: the rest (the evidence,
 * most of the line) is not even decoded. Undefined when the line starts otherwise: parse it whole then.
 */
export function edgeHead(line: Buffer): { key: string; source: string; target: string; weight: number } | undefined {
  const start = line.indexOf(ATTRIBUTES);
  const head = start < 0 ? null : EDGE_HEAD.exec(line.toString('utf8', 0, start + HEAD_BYTES));
  return head ? { key: unescape(head[1]), source: unescape(head[2]), target: unescape(head[3]), weight: Number(head[4]) } : undefined;
}

interface Head {
  options: { type: string; multi: boolean; allowSelfLoops: boolean };
  attributes: GraphAttributes;
}
type NodeLine = { key: string; attributes: NodeAttributes };
export type EdgeLine = { key: string; source: string; target: string; attributes: EdgeAttributes; undirected?: boolean };

/** The head of a graph.json as `newsgraph build` writes it (src/export/json.ts), or undefined when it is laid out otherwise. */
function readHead(lines: Generator<Buffer>): Head | undefined {
  const first = lines.next();
  const head = first.done ? '' : first.value.toString();
  return NODES_OPEN.test(head) ? (JSON.parse(`${head}]}`) as Head) : undefined;
}

export const parseLine = <T>(line: Buffer): T => JSON.parse(withoutComma(line).toString()) as T;

// The loops below call next() themselves: leaving a for…of would close `lines` for the reader after them.

const ENDS_EARLY = 'the file ends before the edge list does (a partial copy?)';

/** The node lines after the head, parsed, up to the edge list. */
function* nodeLines(lines: Generator<Buffer>): Generator<NodeLine> {
  for (let line = lines.next(); !line.done; line = lines.next()) {
    if (line.value.equals(EDGES_OPEN)) return;
    if (line.value.length) yield parseLine<NodeLine>(line.value);
  }
  throw new Error(ENDS_EARLY);
}

/** Skips the items (lines, as `bytes` gives them) up to the one that opens the edge list, undecoded. */
function skipNodes<T>(items: Iterator<T>, bytes: (item: T) => Buffer): void {
  for (let item = items.next(); !item.done; item = items.next()) if (bytes(item.value).equals(EDGES_OPEN)) return;
  throw new Error(ENDS_EARLY);
}

/** The items of the edge lines, up to the line that closes the list; throws when the file ends first. */
function* edgeItems<T>(items: Iterator<T>, bytes: (item: T) => Buffer): Generator<T> {
  for (let item = items.next(); !item.done; item = items.next()) {
    const line = bytes(item.value);
    if (line.equals(END)) return;
    if (line.length) yield item.value;
  }
  throw new Error(ENDS_EARLY);
}

const itself = (line: Buffer) => line;

/** The edge lines after the edge list opens, parsed. */
function* edgeLines(lines: Generator<Buffer>): Generator<EdgeLine> {
  for (const line of edgeItems(lines, itself)) yield parseLine<EdgeLine>(line);
}

/** The edge lines of a graph.json as `newsgraph build` writes it, as bytes, each with where it starts in the file. */
export function* edgeLinesAt(path: string): Generator<[line: Buffer, at: number]> {
  const items = fileLinesAt(path);
  try {
    skipNodes(items, ([line]) => line);
    yield* edgeItems(items, ([line]) => line);
  } finally {
    items.return(undefined);
  }
}

/** Runs `read` over the file's lines and closes it however that ends; a line too long is no graph.json line. */
function withLines<T>(path: string, read: (lines: Generator<Buffer>) => T): T | undefined {
  const lines = fileLineBytes(path);
  try {
    return read(lines);
  } catch (err) {
    if (err instanceof LineTooLong) return undefined;
    throw err;
  } finally {
    lines.return(undefined);
  }
}

/** Adds an edge line to a graph, directed or not as the line says. */
export function addEdgeLine(graph: NewsGraph, e: EdgeLine): void {
  if (e.undirected) graph.addUndirectedEdgeWithKey(e.key, e.source, e.target, e.attributes);
  else graph.addDirectedEdgeWithKey(e.key, e.source, e.target, e.attributes);
}

/**
 * Reads a graph.json as written by `newsgraph build` (src/export/json.ts: a header line, then one
 * node or edge per line), so its size is not bounded by the longest string; with `edges: false` it
 * stops at the edge list (see EdgeFile). Returns undefined when the file is laid out otherwise; the
 * caller then parses it whole.
 */
export function readGraphLines(path: string, { edges = true } = {}): NewsGraph | undefined {
  return withLines(path, (lines) => {
    const head = readHead(lines);
    if (!head) return undefined;
    const graph: NewsGraph = new MultiGraph<NodeAttributes, EdgeAttributes, GraphAttributes>({ ...head.options, type: 'mixed', multi: true });
    graph.replaceAttributes(head.attributes);
    for (const n of nodeLines(lines)) graph.addNode(n.key, n.attributes);
    if (edges) for (const e of edgeLines(lines)) addEdgeLine(graph, e);
    return graph;
  });
}

/**
 * A graph.json written by `newsgraph build`, as a source for the writers without loading it: each pass
 * over its nodes or edges reads the file again, one line at a time, so memory stays that of one line
 * (loading a 1000× graph into graphology takes 3 GB). Undefined when the file is laid out otherwise.
 */
export function graphFile(path: string): GraphSource | undefined {
  const head = withLines(path, readHead);
  if (!head) return undefined;
  // One pass: the file opened again, past its head, `read` over the rest, closed however the pass ends.
  function* pass<T>(read: (lines: Generator<Buffer>) => Generator<T>): Generator<T> {
    const lines = fileLineBytes(path);
    try {
      readHead(lines);
      yield* read(lines);
    } finally {
      lines.return(undefined);
    }
  }
  return {
    ...head.options,
    getAttributes: () => head.attributes,
    *nodeEntries() {
      for (const n of pass(nodeLines)) yield { node: n.key, attributes: n.attributes };
    },
    *edgeEntries() {
      const edges = pass(function* (lines) {
        skipNodes(lines, itself);
        yield* edgeLines(lines);
      });
      for (const e of edges) yield { edge: e.key, source: e.source, target: e.target, attributes: e.attributes, undirected: !!e.undirected };
    },
  };
}
