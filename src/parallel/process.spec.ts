import { describe, expect, it } from 'vitest';
import { isPageError, pageFromBytes, readFiles, type PageError, type PageFile } from '../ingest/index.ts';
import type { PageResult } from '../model/types.ts';
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

const file = (doc: string, text: string): PageFile => ({ path: doc, doc, bytes: Buffer.from(text), hash: doc });
const unreadable: PageError = { path: 'missing.txt', doc: 'missing.txt', reason: 'no such file (or a dangling symlink); check the path' };

describe('processPages', () => {
  it('gives byte-identical results with 1 and 2 workers on the seeds', async () => {
    const one = await collect(processPages(readFiles([SEEDS]), { workers: 1 }));
    const two = await collect(processPages(readFiles([SEEDS]), { workers: 2 }));
    expect(one).toHaveLength(5);
    expect(one.every((r) => 'entities' in r && r.entities.length > 0)).toBe(true);
    // Page by page, so a failure names the page that differs.
    expect(two.map((r) => r.doc)).toEqual(one.map((r) => r.doc));
    for (const [i, r] of two.entries()) expect(JSON.stringify(r), r.doc).toBe(JSON.stringify(one[i]));
  }, 120_000);

  it('keeps input order and passes bad pages through beside the good ones', async () => {
    const pages = (await collect(readFiles([SEEDS]))) as PageFile[];
    const source = [pages[3], unreadable, file('blank.txt', ' \n\n'), pages[0], pages[4]];
    const out = await collect(processPages(from(source), { workers: 2 }));
    expect(out.map((r) => r.doc)).toEqual([pages[3].doc, 'missing.txt', 'blank.txt', pages[0].doc, pages[4].doc]);
    expect(out[1]).toBe(unreadable);
    // Decoded in the worker, the blank page is reported as readPages reports it.
    expect((out[2] as PageError).reason).toMatch(/^file has no text/);
    expect((out[3] as PageResult).entities.length).toBeGreaterThan(0);
  }, 120_000);
});

describe('readAhead', () => {
  it('keeps at most `ahead` pages in flight, counting the one being consumed, and reports progress', async () => {
    const text = '标题\n\n正文一句。\n';
    const pages = Array.from({ length: 10 }, (_, i) => file(`p${i}.txt`, text));
    const pulled = { count: 0 };
    const seen: Progress[] = [];
    const ahead = readAhead(from(pages, pulled), { workers: 1, ahead: 3, onProgress: (p) => seen.push(p) });
    const most: number[] = [];
    let consumed = 0;
    for await (const page of ahead.pages) {
      consumed++;
      most.push(pulled.count - consumed);
      expect(isPageError(page)).toBe(false);
      // Only pages whose result was taken count their characters.
      if (consumed % 2) await ahead.result(page as PageFile);
    }
    expect(Math.max(...most)).toBe(2);
    expect(seen.at(-1)).toEqual({ done: 10, chars: 5 * pageFromBytes('p.txt', Buffer.from(text)).text.length });
  });

  it('does not send skipped pages to a worker; result() then runs them here', async () => {
    const pages = (await collect(readFiles([SEEDS]))) as PageFile[];
    const ahead = readAhead(from(pages.slice(0, 2)), { workers: 2, skip: (p) => p === pages[0] });
    const results: PageResult[] = [];
    for await (const page of ahead.pages) results.push((await ahead.result(page as PageFile)) as PageResult);
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
