import { describe, expect, it } from 'vitest';
import { isPageError, readPages, type PageError } from '../ingest/index.ts';
import type { Page, PageResult } from '../model/types.ts';
import { processPages, readAhead, workersFor, type Progress } from './process.ts';

const SEEDS = new URL('../../seeds/', import.meta.url).pathname;

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

async function* from<T>(items: T[], pulled?: { count: number }): AsyncGenerator<T> {
  for (const item of items) {
    if (pulled) pulled.count++;
    yield item;
  }
}

const broken = (doc: string): Page => ({ path: doc, doc, encoding: 'utf8', raw: '甲乙', text: '丙丁', toRaw: new Int32Array(3), hash: doc });
const unreadable: PageError = { path: 'missing.txt', doc: 'missing.txt', reason: 'no such file (or a dangling symlink); check the path' };

describe('processPages', () => {
  it('gives byte-identical results with 1 and 2 workers on the seeds', async () => {
    const one = await collect(processPages(readPages([SEEDS]), { workers: 1 }));
    const two = await collect(processPages(readPages([SEEDS]), { workers: 2 }));
    expect(one).toHaveLength(5);
    expect(one.every((r) => 'entities' in r && r.entities.length > 0)).toBe(true);
    // Page by page, so a failure names the page that differs.
    expect(two.map((r) => r.doc)).toEqual(one.map((r) => r.doc));
    for (const [i, r] of two.entries()) expect(JSON.stringify(r), r.doc).toBe(JSON.stringify(one[i]));
  }, 120_000);

  it('keeps input order and passes bad pages through beside the good ones', async () => {
    const pages = (await collect(readPages([SEEDS]))) as Page[];
    const source = [pages[3], unreadable, broken('bad.txt'), pages[0], pages[4]];
    const out = await collect(processPages(from(source), { workers: 2 }));
    expect(out.map((r) => r.doc)).toEqual([pages[3].doc, 'missing.txt', 'bad.txt', pages[0].doc, pages[4].doc]);
    expect(out[1]).toBe(unreadable);
    expect((out[2] as PageError).reason).toMatch(/^the pipeline failed on this page: .*does not match/);
    expect((out[3] as PageResult).entities.length).toBeGreaterThan(0);
  }, 120_000);
});

describe('readAhead', () => {
  it('keeps at most `ahead` pages in flight, counting the one being consumed, and reports progress', async () => {
    const pages = Array.from({ length: 10 }, (_, i) => broken(`p${i}.txt`));
    const pulled = { count: 0 };
    const seen: Progress[] = [];
    const { pages: stream } = readAhead(from(pages, pulled), { workers: 1, ahead: 3, onProgress: (p) => seen.push(p) });
    const most: number[] = [];
    let consumed = 0;
    for await (const page of stream) {
      consumed++;
      most.push(pulled.count - consumed);
      expect(isPageError(page)).toBe(false);
    }
    expect(Math.max(...most)).toBe(2);
    expect(seen.at(-1)).toEqual({ done: 10, chars: 20 });
  });

  it('does not send skipped pages to a worker; result() then runs them here', async () => {
    const pages = (await collect(readPages([SEEDS]))) as Page[];
    const ahead = readAhead(from(pages.slice(0, 2)), { workers: 2, skip: (p) => p === pages[0] });
    const results: PageResult[] = [];
    for await (const page of ahead.pages) results.push(await ahead.result(page as Page));
    expect(results.map((r) => r.doc)).toEqual([pages[0].doc, pages[1].doc]);
  }, 120_000);
});

describe('workersFor', () => {
  it('keeps a few pages in the main thread and never uses more workers than cores', () => {
    expect(workersFor(5, 8)).toBe(1);
    expect(workersFor(120, 8)).toBe(3);
    expect(workersFor(100_000, 2)).toBe(2);
    expect(workersFor(undefined, 4)).toBe(4);
  });
});
