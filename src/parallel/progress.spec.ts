import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countPages, formatProgress, progressBar } from './progress.ts';

const SEEDS = new URL('../../seeds/', import.meta.url).pathname;

function fakeStream(isTTY: boolean) {
  const writes: string[] = [];
  return { writes, stream: { isTTY, columns: 200, write: (s: string) => writes.push(s) > 0 } as unknown as NodeJS.WriteStream };
}

describe('formatProgress', () => {
  it('shows done/total, rates and time left when the total is known', () => {
    expect(formatProgress({ done: 50, total: 200, chars: 1_000_000, seconds: 10 }, 10)).toBe(
      '[###-------] 50/200 pages  5.0 pages/s  100k chars/s  0:10 elapsed  0:30 left',
    );
  });

  it('counts its rates from the first page done, not from the start-up before it', () => {
    const since = { done: 1, chars: 20_000, seconds: 3 };
    expect(formatProgress({ done: 41, total: 401, chars: 820_000, seconds: 5, since }, 10)).toBe(
      '[#---------] 41/401 pages  20.0 pages/s  400k chars/s  0:05 elapsed  0:18 left',
    );
    expect(formatProgress({ done: 1, total: 401, chars: 20_000, seconds: 3, since })).toMatch(/ 0\.0 pages\/s  0k chars\/s  0:03 elapsed$/);
  });

  it('shows a count without bar or time left when the total is unknown', () => {
    expect(formatProgress({ done: 7, chars: 0, seconds: 3725 })).toBe('7 pages  0.0 pages/s  0k chars/s  1h02m elapsed');
  });
});

describe('progressBar', () => {
  it('draws on a terminal and clears the line at the end', () => {
    const { writes, stream } = fakeStream(true);
    const bar = progressBar({ total: 4, stream, delayMs: 0 });
    bar.update({ done: 1, chars: 10 });
    bar.end();
    expect(writes[0]).toMatch(/^\r\[###-{7}\] 1\/4 pages .*\x1b\[K$/);
    expect(writes.at(-1)).toBe('\r\x1b[K');
  });

  it('stays silent when quiet or when stderr is not a terminal', () => {
    for (const [tty, quiet] of [[false, false], [true, true]]) {
      const { writes, stream } = fakeStream(tty);
      const bar = progressBar({ stream, quiet, delayMs: 0 });
      bar.update({ done: 1, chars: 10 });
      bar.end();
      expect(writes).toEqual([]);
    }
  });
});

describe('countPages', () => {
  it('counts page files in folders, skipping hidden ones and other extensions', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-count-'));
    mkdirSync(join(dir, 'a'));
    mkdirSync(join(dir, '.git'));
    for (const f of ['a/1.txt', 'a/2.MD', 'a/.swp.txt', '.git/x.txt', 'notes.pdf', '3.txt']) writeFileSync(join(dir, f), '新闻');
    expect(await countPages([dir, join(dir, 'notes.pdf')])).toBe(4);
    expect(await countPages([SEEDS])).toBe(5);
  });
});
