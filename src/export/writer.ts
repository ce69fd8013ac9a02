// A thread appending the edges of some output files to their temporaries (see parallel.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { GraphStore } from '../graph/store.ts';
import { writeTemporary } from './atomic.ts';
import { outputParts } from './index.ts';
import type { WriterData } from './parallel.ts';

const { edges, dir, formats } = workerData as WriterData;
// The edges never read the nodes or the graph attributes: the store goes without them.
const store = new GraphStore({ ...edges, nodes: [], attributes: { generator: 'newsgraph', pages: [], articles: {} } });
for (const file of outputParts(dir, formats)) writeTemporary({ path: file.path, content: file.edges(store) }, { append: true });
parentPort!.postMessage('done');
