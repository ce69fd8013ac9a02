import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFixtures } from '../../test/fixtures/graph/load.ts';
import { PageCache } from './cache.ts';

describe('PageCache', () => {
  const [page] = loadFixtures();
  const entry = (dir: string) => join(dir, `${page.hash}.json`);

  it('reads an entry once when asked whether it holds a page and then for the page', () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-cache-'));
    const cache = new PageCache(dir, 'v1');
    cache.put(page);
    expect(cache.hold(page.hash, page.doc)).toBe(true);
    rmSync(entry(dir)); // what get() returns now was read by hold()
    expect(cache.get(page.hash, page.doc)).toEqual(page);
    expect(cache.get(page.hash, page.doc)).toBeUndefined(); // taken: asked again, the cache reads the file
  });

  it('holds nothing for another file name, another pipeline version or no entry', () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-cache-'));
    new PageCache(dir, 'v1').put(page);
    expect(new PageCache(dir, 'v1').hold(page.hash, 'renamed.txt')).toBe(false);
    expect(new PageCache(dir, 'v2').hold(page.hash, page.doc)).toBe(false);
    expect(new PageCache(dir, 'v1').hold('0'.repeat(64), page.doc)).toBe(false);
  });
});
