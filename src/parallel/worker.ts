// One pipeline per thread: receives pages, answers with plain PageResult objects (or the error message).
import { parentPort } from 'node:worker_threads';
import { rememberArticles } from '../ingest/index.ts';
import { releaseDictionaries } from '../nlp/segment.ts';
import { processPage } from '../pipeline.ts';
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
    if (msg.articles) rememberArticles(msg.page, msg.articles);
    reply = { id: msg.id, result: processPage(msg.page) };
  } catch (err) {
    reply = { id: msg.id, error: (err as Error).message ?? String(err) };
  }
  port.postMessage(reply);
});
port.postMessage({ ready: true } satisfies FromWorker);
