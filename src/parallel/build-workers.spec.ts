import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { main } from '../cli/main.ts';

const SEEDS = new URL('../../seeds/', import.meta.url).pathname;

async function build(workers: string): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), `newsgraph-workers-${workers}-`));
  const log = vi.spyOn(console, 'log').mockImplementation(() => {});
  try {
    expect(await main(['build', SEEDS, '--out', out, '--workers', workers, '--quiet'])).toBe(0);
  } finally {
    log.mockRestore();
  }
  return readFileSync(join(out, 'graph.json'), 'utf8');
}

describe('newsgraph build --workers', () => {
  it('writes a byte-identical graph.json with 1 and 2 workers on the seeds', async () => {
    const one = await build('1');
    const two = await build('2');
    expect(JSON.parse(one).nodes.length).toBeGreaterThan(100);
    expect(two === one).toBe(true);
  }, 180_000);

  it('refuses a worker count that is not a whole number ≥ 1', async () => {
    const err = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      expect(await main(['build', SEEDS, '--workers', 'two'])).toBe(2);
      expect(err.mock.calls[0][0]).toMatch(/--workers takes a whole number ≥ 1 \(got 'two'\)/);
    } finally {
      err.mockRestore();
    }
  });
});
