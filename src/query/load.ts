import { closeSync, openSync, readSync } from 'node:fs';
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
 * Lines of a file as bytes, read in blocks. Each line is a view into the block, good until the next one is
 * asked for: copy what is kept. Cheaper than fileLines when most lines need no decoding.
 */
export function* fileLineBytes(path: string, blockSize = 1 << 24): Generator<Buffer> {
  const fd = openSync(path, 'r');
  try {
    let buffer = Buffer.allocUnsafe(blockSize);
    let carried = 0; // bytes of a line the last block ended in, at the buffer's start
    for (;;) {
      if (carried === buffer.length) buffer = Buffer.concat([buffer, Buffer.allocUnsafe(buffer.length)]); // a line longer than a block
      const n = readSync(fd, buffer, carried, buffer.length - carried, null);
      if (n === 0) break;
      const end = carried + n;
      let start = 0;
      // Bytes past `end` are left from earlier blocks: a newline there is no line's end.
      for (let nl = buffer.indexOf(10, start); nl >= 0 && nl < end; nl = buffer.indexOf(10, start)) {
        yield buffer.subarray(start, nl);
        start = nl + 1;
      }
      buffer.copy(buffer, 0, start, end);
      carried = end - start;
    }
    if (carried) yield buffer.subarray(0, carried);
  } finally {
    closeSync(fd);
  }
}

const NODES_OPEN = /,"nodes":\[$/;
const EDGES_OPEN = '],"edges":[';

/**
 * Reads a graph.json as written by `newsgraph build` (src/export/json.ts: a header line, then one
 * node or edge per line), so its size is not bounded by the longest string. Returns undefined
 * when the file is laid out otherwise; the caller then parses it whole.
 */
export function readGraphLines(path: string): NewsGraph | undefined {
  const lines = fileLines(path);
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
