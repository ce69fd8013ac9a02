// A thread writing some output formats of a built graph to their temporaries (see parallel.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { GraphStore } from '../graph/store.ts';
import { writeTemporary } from './atomic.ts';
import { outputFiles } from './index.ts';
import type { WriterData } from './parallel.ts';

const { store, dir, formats } = workerData as WriterData;
for (const file of outputFiles(new GraphStore(store), dir, formats)) writeTemporary(file);
parentPort!.postMessage('done');
