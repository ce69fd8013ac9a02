import { Worker } from 'node:worker_threads';
import type { PageFile } from '../ingest/index.ts';
import type { Processed } from '../pipeline.ts';
import { trimMemory } from './memory.ts';

/**
 * A page file to decode and process (its bytes are copied, so a page can go to another worker if this
 * one dies), or `close`: release what the thread holds and end.
 */
export type ToWorker = { id: number; file: PageFile } | { close: true };
export type FromWorker = { ready: true } | { id: number; done: Processed } | { id: number; error: string };

interface Task {
  id: number;
  file: PageFile;
  resolve(done: Processed): void;
  reject(err: Error): void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  /** Tasks sent to this worker, oldest first; a worker handles its messages one at a time. */
  tasks: Task[];
}

const ENTRY = new URL('./worker.mjs', import.meta.url);

/** How long an idle worker gets to release its memory and end before it is terminated. */
const CLOSE_MS = 5000;

/**
 * A fixed set of worker threads, each reading pages from their bytes and running processPage. Each page goes to the least busy worker.
 * A worker that dies fails only the page it was working on; the pages queued behind it go to a
 * fresh worker. A worker that cannot even start fails the whole pool (the reason is the same for all).
 */
export class WorkerPool {
  private slots: Slot[] = [];
  private nextId = 0;
  private broken: Error | undefined;
  private closed = false;

  /** `entry`: the worker script (tests give one that misbehaves). */
  constructor(
    readonly size: number,
    private readonly entry: URL = ENTRY,
  ) {
    if (!Number.isInteger(size) || size < 1) throw new Error(`worker pool size must be a whole number ≥ 1 (got ${size})`);
  }

  run(file: PageFile): Promise<Processed> {
    if (this.broken) return Promise.reject(this.broken);
    if (this.closed) return Promise.reject(new Error('the worker pool is closed'));
    return new Promise((resolve, reject) => this.send({ id: this.nextId++, file, resolve, reject }));
  }

  /**
   * Stops every worker; pages still in flight fail. Idle workers end themselves after releasing
   * jieba's dictionaries, busy ones are terminated; then the freed memory goes back to the system.
   */
  async close(): Promise<void> {
    this.closed = true;
    const slots = this.slots;
    this.slots = [];
    const reason = this.broken ?? new Error('the worker pool was closed before this page was done');
    await Promise.all(
      slots.map((slot) => {
        const idle = slot.ready && !slot.tasks.length;
        for (const task of slot.tasks.splice(0)) task.reject(reason);
        return idle ? end(slot.worker) : slot.worker.terminate();
      }),
    );
    trimMemory();
  }

  private send(task: Task): void {
    const slot = this.slots.length < this.size ? this.spawn() : this.slots.reduce((a, b) => (b.tasks.length < a.tasks.length ? b : a));
    slot.tasks.push(task);
    slot.worker.postMessage({ id: task.id, file: task.file } satisfies ToWorker);
  }

  private spawn(): Slot {
    const slot: Slot = { worker: new Worker(this.entry), ready: false, tasks: [] };
    this.slots.push(slot);
    slot.worker.on('message', (msg: FromWorker) => {
      if ('ready' in msg) {
        slot.ready = true;
        return;
      }
      const at = slot.tasks.findIndex((t) => t.id === msg.id);
      if (at < 0) return;
      const [task] = slot.tasks.splice(at, 1);
      if ('error' in msg) task.reject(new Error(msg.error));
      else task.resolve(msg.done);
    });
    slot.worker.on('error', (err) => this.lost(slot, err instanceof Error ? err : new Error(String(err))));
    slot.worker.on('exit', (code) => this.lost(slot, new Error(`worker thread exited with code ${code}`)));
    return slot;
  }

  private lost(slot: Slot, err: Error): void {
    const at = this.slots.indexOf(slot);
    if (at < 0) return; // already handled ('error' is followed by 'exit'), or closed
    this.slots.splice(at, 1);
    const tasks = slot.tasks.splice(0);
    if (!slot.ready) {
      this.broken = new Error(`a worker thread could not start (${err.message}); run with --workers 1 to process in the main thread`);
      for (const task of tasks) task.reject(this.broken);
      void this.close();
      return;
    }
    const [current, ...queued] = tasks;
    current?.reject(new Error(`the worker thread processing this page stopped: ${err.message}`));
    for (const task of queued) this.send(task);
  }
}

/** Asks a worker to end itself; terminates it if it has not within CLOSE_MS. */
function end(worker: Worker): Promise<unknown> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => void worker.terminate(), CLOSE_MS);
    worker.once('exit', () => {
      clearTimeout(timer);
      resolve(undefined);
    });
    worker.postMessage({ close: true } satisfies ToWorker);
  });
}
