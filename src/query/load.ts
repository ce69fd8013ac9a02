import { closeSync, openSync, readSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { StringDecoder } from 'node:string_decoder';
import { MultiGraph } from 'graphology';
import type { EdgeAttributes, GraphAttributes, NewsGraph, NodeAttributes } from '../graph/types.ts';

/** Lines of a file, read in blocks: a graph.json of a large corpus is longer than any JS string. */
export function* fileLines(path: string, blockSize = 1 << 24): Generator<string> {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(blockSize);
    const decoder = new StringDecoder('utf8');
    let rest = '';
    for (let n; (n = readSync(fd, buffer, 0, blockSize, null)) > 0; ) {
      const lines = (rest + decoder.write(buffer.subarray(0, n))).split('\n');
      rest = lines.pop()!;
      yield* lines;
    }
    rest += decoder.end();
    if (rest) yield rest;
  } finally {
    closeSync(fd);
  }
}

/**
 * Lines of a file as bytes, block by block: each array holds the lines one read of up to `blockSize` bytes
 * completed. They are views into a buffer the next read reuses: copy what is kept. A CR before the newline
 * is left out. Cheaper than fileLines when most lines need no decoding, and other work goes on between blocks.
 */
export async function* fileLineBlocks(path: string, blockSize = 1 << 24): AsyncGenerator<Buffer[]> {
  const file = await open(path, 'r');
  try {
    let buffer = Buffer.allocUnsafe(blockSize);
    let carried = 0; // bytes of a line the last block ended in, at the buffer's start
    for (;;) {
      if (carried === buffer.length) buffer = Buffer.concat([buffer, Buffer.allocUnsafe(buffer.length)]); // a line longer than a block
      const { bytesRead } = await file.read(buffer, carried, buffer.length - carried, null);
      if (bytesRead === 0) break;
      const end = carried + bytesRead;
      const lines: Buffer[] = [];
      let start = 0;
      // Bytes past `end` are left from earlier blocks: a newline there is no line's end.
      for (let nl = buffer.indexOf(10, start); nl >= 0 && nl < end; nl = buffer.indexOf(10, start)) {
        lines.push(lineAt(buffer, start, nl));
        start = nl + 1;
      }
      yield lines;
      buffer.copy(buffer, 0, start, end);
      carried = end - start;
    }
    if (carried) yield [lineAt(buffer, 0, carried)];
  } finally {
    await file.close();
  }
}

const lineAt = (buffer: Buffer, start: number, end: number) => buffer.subarray(start, end > start && buffer[end - 1] === 13 ? end - 1 : end);

const NODES_OPEN = /,"nodes":\[$/;
const EDGES_OPEN = '],"edges":[';

/**
 * Reads a graph.json as written by `newsgraph build` (src/export/json.ts: a header line, then one
 * node or edge per line), so its size is not bounded by the longest string. Returns undefined
 * when the file is laid out otherwise; the caller then parses it whole.
 */
export function readGraphLines(path: string): NewsGraph | undefined {
  const lines = fileLines(path);
  try {
    return graphOfLines(lines);
  } finally {
    lines.return(undefined); // closes the file, however the reading ended
  }
}

function graphOfLines(lines: Generator<string>): NewsGraph | undefined {
  const head = lines.next();
  if (head.done || !NODES_OPEN.test(head.value)) return undefined;
  const { options, attributes } = JSON.parse(`${head.value}]}`) as { options: object; attributes: GraphAttributes };
  const graph: NewsGraph = new MultiGraph<NodeAttributes, EdgeAttributes, GraphAttributes>({ ...options, type: 'mixed', multi: true });
  graph.replaceAttributes(attributes);
  let section: 'nodes' | 'edges' | 'end' = 'nodes';
  for (const line of lines) {
    if (line === EDGES_OPEN) section = 'edges';
    else if (line === ']}') section = 'end';
    else if (line && section !== 'end') {
      const item = JSON.parse(line.endsWith(',') ? line.slice(0, -1) : line);
      if (section === 'nodes') graph.addNode(item.key, item.attributes);
      else if (item.undirected) graph.addUndirectedEdgeWithKey(item.key, item.source, item.target, item.attributes);
      else graph.addDirectedEdgeWithKey(item.key, item.source, item.target, item.attributes);
    }
  }
  if (section !== 'end') throw new Error('the file ends before the edge list does (a partial copy?)');
  return graph;
}
