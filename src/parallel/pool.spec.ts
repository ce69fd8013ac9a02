import { describe, expect, it } from 'vitest';
import type { PageFile } from '../ingest/index.ts';
import type { Processed } from '../pipeline.ts';
import { WorkerPool } from './pool.ts';

const page = (doc: string): PageFile => ({ path: doc, doc, bytes: new Uint8Array(0), hash: doc });
const settle = (p: Promise<Processed>) => p.then((r) => ('bad' in r ? r.bad.doc : r.result.doc), (e: Error) => `error: ${e.message}`);

describe('WorkerPool', () => {
  it('fails only the page a dying worker was on; the pages queued behind it go to a fresh worker', async () => {
    const pool = new WorkerPool(1, new URL('./fixtures/flaky-worker.mjs', import.meta.url));
    try {
      const docs = ['a.txt', 'crash.txt', 'b.txt', 'throw.txt', 'c.txt'];
      const out = await Promise.all(docs.map((d) => settle(pool.run(page(d)))));
      expect(out).toEqual([
        'a.txt',
        'error: the worker thread processing this page stopped: worker thread exited with code 7',
        'b.txt',
        'error: cannot read throw.txt',
        'c.txt',
      ]);
    } finally {
      await pool.close();
    }
  });

  it('fails every page with one clear reason when a worker cannot start', async () => {
    const pool = new WorkerPool(2, new URL('./fixtures/broken-worker.mjs', import.meta.url));
    const out = await Promise.all(['a.txt', 'b.txt', 'c.txt'].map((d) => settle(pool.run(page(d)))));
    for (const o of out) expect(o).toMatch(/^error: a worker thread could not start \(cannot load the pipeline\); run with --workers 1/);
    expect(await settle(pool.run(page('d.txt')))).toMatch(/could not start/);
    await pool.close();
  });

  it('rejects a size that is not a whole number ≥ 1', () => {
    expect(() => new WorkerPool(0)).toThrow(/whole number ≥ 1 \(got 0\)/);
  });
});
