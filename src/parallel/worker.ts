// One pipeline per thread: receives page files, answers with what processFile made of them (or the error message).
import { parentPort } from 'node:worker_threads';
import { releaseDictionaries } from '../nlp/segment.ts';
import { processFile } from '../pipeline.ts';
import type { FromWorker, ToWorker } from './pool.ts';

const port = parentPort;
if (!port) throw new Error('src/parallel/worker.ts runs inside a worker thread; use processPages() from src/parallel');

port.on('message', (msg: ToWorker) => {
  if ('close' in msg) {
    // Freed here, the dictionaries' memory can go back to the system when the thread ends (WorkerPool.close).
    releaseDictionaries();
    port.close();
    return;
  }
  let reply: FromWorker;
  try {
    reply = { id: msg.id, done: processFile(msg.file) };
  } catch (err) {
    reply = { id: msg.id, error: (err as Error).message ?? String(err) };
  }
  port.postMessage(reply);
});
port.postMessage({ ready: true } satisfies FromWorker);
