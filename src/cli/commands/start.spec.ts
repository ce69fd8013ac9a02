import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newest, stale } from './start.ts';

describe('start: what needs rebuilding', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-start-'));
  const seeds = join(dir, 'seeds');
  mkdirSync(join(seeds, 'sub'), { recursive: true });
  const at = (path: string, seconds: number) => utimesSync(path, seconds, seconds);
  writeFileSync(join(seeds, 'a.txt'), 'a');
  writeFileSync(join(seeds, 'sub/b.txt'), 'b');
  writeFileSync(join(dir, 'graph.json'), '{}');
  [seeds, join(seeds, 'sub'), join(seeds, 'a.txt')].forEach((p) => at(p, 1000));
  at(join(seeds, 'sub/b.txt'), 2000);

  it('takes the newest file anywhere under a folder', () => {
    expect(newest(seeds)).toBe(2_000_000);
    expect(newest(join(dir, 'missing'))).toBe(0);
  });

  it('rebuilds when the output is missing or older than an input, not otherwise', () => {
    expect(stale(join(dir, 'nothing.json'), [seeds])).toBe(true);
    at(join(dir, 'graph.json'), 1500);
    expect(stale(join(dir, 'graph.json'), [seeds])).toBe(true);
    at(join(dir, 'graph.json'), 2500);
    expect(stale(join(dir, 'graph.json'), [seeds])).toBe(false);
  });
});
